//! Signing in with a second factor on our login page. Settings wants the highest level the
//! identity has, so after the password Kratos asks for a second factor: once a code from
//! the authenticator app, once a recovery code.

use crate::support::account::PASSWORD;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};
use crate::support::totp;

/// Signs in with the password on our sign-in page and waits for the second-factor page:
/// Alice is named, can sign out, and her session is still aal1.
async fn password_then_asked_for_a_second_factor(env: &Env) {
    env.flow_page("/login").await;
    env.sign_in_on_login_page(ALICE, PASSWORD).await;
    env.asked_for_a_second_factor().await;
    env.header_names(ALICE).await;
    env.browser.wait_for("[data-testid=logout-link]").await;
    let session = env.assert_signed_in_as(ALICE).await;
    assert_eq!(session["authenticator_assurance_level"], "aal1");
}

/// Back on settings with an aal2 session.
async fn signed_in_with_two_factors(env: &Env) {
    env.settings_flow_id().await;
    env.header_names(ALICE).await;
    let session = env.assert_signed_in_as(ALICE).await;
    assert_eq!(
        session["authenticator_assurance_level"], "aal2",
        "{session}"
    );
}

#[tokio::test]
async fn after_the_password_an_authenticator_code_or_a_recovery_code_completes_the_sign_in() {
    let knobs = Knobs {
        settings_required_aal: "highest_available",
        ..Knobs::default()
    };
    scenario(knobs, |env| async move {
        let account = env.register(ALICE).await;
        let secret = account.link_totp().await;
        let codes = account.confirm_recovery_codes().await;

        env.browser.goto(&env.ui.page("/")).await;
        password_then_asked_for_a_second_factor(&env).await;
        env.fill("totp", "totp_code", &totp::code_now(&secret))
            .await;
        env.submit("totp", "totp").await;
        signed_in_with_two_factors(&env).await;

        env.sign_out().await;
        password_then_asked_for_a_second_factor(&env).await;
        env.fill("lookup_secret", "lookup_secret", &codes[0]).await;
        env.submit("lookup_secret", "lookup_secret").await;
        signed_in_with_two_factors(&env).await;
    })
    .await;
}
