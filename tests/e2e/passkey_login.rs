//! Signing in with a passkey on our sign-in page, through Kratos' `webauthn.js` as wired by
//! `static/app.js`: once by autofill (the load trigger's conditional request), once with the
//! "Sign in with passkey" button (the click trigger).

use serde_json::Value;

use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

/// Chromium's virtual authenticator answers a conditional (autofill) request at once, as if
/// the person picked the passkey from the list. A browser without passkey autofill:
const NO_PASSKEY_AUTOFILL: &str = "PublicKeyCredential.isConditionalMediationAvailable = \
                                   () => Promise.resolve(false);";

/// Waits for settings and checks that the browser's session is a new one, made by a passkey.
async fn signed_in_by_passkey(env: &Env, old_session: &Value) -> Value {
    env.settings_flow_id().await;
    env.header_names(ALICE).await;
    let session = env.assert_signed_in_as(ALICE).await;
    assert_ne!(session["id"], old_session["id"], "the old session survived");
    let methods = &session["authentication_methods"];
    assert_eq!(methods[0]["method"], "passkey", "{session}");
    session
}

#[tokio::test]
async fn a_passkey_added_on_settings_signs_in_by_autofill_and_by_button() {
    scenario(Knobs::default(), |env| async move {
        let authenticator = env.browser.add_virtual_authenticator().await;
        env.signed_in(ALICE).await;
        env.add_passkey_on_settings(&authenticator).await;
        let password_session = env.assert_signed_in_as(ALICE).await;

        // Signing out lands on our sign-in page, whose load trigger offers the passkey.
        env.click("[data-testid=logout-link]").await;
        let autofill_session = signed_in_by_passkey(&env, &password_session).await;

        env.browser.run_before_every_page(NO_PASSKEY_AUTOFILL).await;
        env.sign_out().await;
        env.click("[data-testid='form/passkey'] [name=passkey_login_trigger]")
            .await;
        signed_in_by_passkey(&env, &autofill_session).await;
    })
    .await;
}
