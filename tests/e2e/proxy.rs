//! Behind nginx as the project ships it (`deploy/nginx/`): one https origin, the UI under
//! `/account`, Kratos under `/.ory/kratos/public/`, Kratos without `--dev`. The harness fails
//! each of these on any request that leaves that layout (e.g. to the UI's or Kratos' own port).

use std::time::Duration;

use crate::support::account::{PASSWORD, password_works};
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

const NEW_PASSWORD: &str = "e2e-Proxied-Long-Passphrase-5";

fn behind_proxy() -> Knobs {
    Knobs {
        behind_proxy: true,
        ..Knobs::default()
    }
}

/// Kratos' cookies in the browser are first-party, `Secure` and `SameSite=Lax`.
async fn assert_kratos_cookies_are_secure(env: &Env) {
    let cookies = env.browser.cookie_details().await;
    assert!(
        cookies.iter().any(|c| c["name"] == "ory_kratos_session"),
        "no Kratos session cookie: {cookies:?}"
    );
    for cookie in &cookies {
        assert_eq!(cookie["secure"], true, "not Secure: {cookie}");
        assert_eq!(cookie["sameSite"], "Lax", "{cookie}");
        assert_eq!(cookie["domain"], "localhost", "{cookie}");
    }
}

#[tokio::test]
async fn behind_the_proxy_a_person_signs_up_saves_the_profile_changes_the_password_and_signs_out() {
    scenario(behind_proxy(), |env| async move {
        let verification = env.sign_up_in_browser(ALICE).await;
        assert_kratos_cookies_are_secure(&env).await;
        env.enter_mailed_verification_code(ALICE, &verification)
            .await;
        assert!(env.kratos.is_verified(ALICE).await);

        env.open_settings().await;
        env.header_names(ALICE).await;
        env.fill("profile", "traits.name.first", "Alicia").await;
        env.submit("profile", "profile").await;
        env.saved().await;
        let identity = env.kratos.identity(ALICE).await;
        assert_eq!(identity["traits"]["name"]["first"], "Alicia");

        env.change_password(ALICE, PASSWORD, NEW_PASSWORD).await;

        env.sign_out().await;
        assert!(env.browser_session().await.is_none());
    })
    .await;
}

#[tokio::test]
async fn behind_the_proxy_a_passkey_is_added_and_removed_and_totp_is_linked() {
    scenario(behind_proxy(), |env| async move {
        let authenticator = env.browser.add_virtual_authenticator().await;
        env.signed_in(ALICE).await;
        env.add_passkey_on_settings(&authenticator).await;
        let remove = env.browser.wait_for("[name=passkey_remove]").await;
        let key_id = remove.attr("value").await.unwrap_or_default();
        env.confirm_removal("passkey_remove", &key_id).await;
        env.saved().await;
        env.browser.wait_for_gone("[name=passkey_remove]").await;
        let identity = env.kratos.identity(ALICE).await;
        let passkeys = &identity["credentials"]["passkey"]["config"]["credentials"];
        assert_eq!(passkeys.as_array().map_or(0, Vec::len), 0, "{identity}");

        env.turn_on_totp_on_settings().await;
        env.saved().await;
        env.browser
            .wait_for("[data-testid='form/totp'] [name=totp_unlink]")
            .await;
        let identity = env.kratos.identity(ALICE).await;
        assert!(identity["credentials"]["totp"].is_object(), "{identity}");
    })
    .await;
}

#[tokio::test]
async fn behind_the_proxy_settings_signed_out_leads_to_sign_in_and_back_to_settings() {
    scenario(behind_proxy(), |env| async move {
        env.register(ALICE).await;
        env.browser.goto(&env.ui.page("/settings")).await;
        env.login_flow().await;
        env.sign_in_on_login_page(ALICE, PASSWORD).await;
        env.settings_flow_id().await;
        env.header_names(ALICE).await;
        assert_kratos_cookies_are_secure(&env).await;
    })
    .await;
}

#[tokio::test]
async fn behind_the_proxy_an_expired_settings_flow_is_replaced_by_a_fresh_one() {
    let knobs = Knobs {
        settings_lifespan: "2s",
        ..behind_proxy()
    };
    scenario(knobs, |env| async move {
        env.signed_in(ALICE).await;
        let expired = env.open_settings().await;
        // Setup, not an assertion: outlive the flow's 2 s lifespan.
        tokio::time::sleep(Duration::from_secs(3)).await;
        env.fill("password", "password", NEW_PASSWORD).await;
        env.submit("password", "password").await;
        let fresh = env.settings_flow_id().await;
        assert_ne!(fresh, expired);
        assert!(password_works(&env.kratos.public_url, ALICE, PASSWORD).await);
    })
    .await;
}

#[tokio::test]
async fn behind_the_proxy_a_kratos_error_shows_our_error_page() {
    scenario(behind_proxy(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        // A forged CSRF token makes Kratos answer with a self-service error.
        env.forge_csrf_token("password").await;
        env.fill("password", "password", NEW_PASSWORD).await;
        env.submit("password", "password").await;
        env.error_page(403).await;
        assert_eq!(env.error_code().await, "security_csrf_violation");
        assert!(password_works(&env.kratos.public_url, ALICE, PASSWORD).await);
    })
    .await;
}
