//! Security keys and passkeys through Chromium's virtual authenticator. These prove the
//! static script wiring (`data-onclick-trigger` -> `window[name]()`) works under the strict
//! CSP, with no inline JavaScript.

use serde_json::Value;

use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

/// How many keys of `kind` (webauthn, passkey) Kratos holds for Alice.
async fn keys(env: &Env, kind: &str) -> usize {
    let identity = env.kratos.identity(ALICE).await;
    let keys: &Value = &identity["credentials"][kind]["config"]["credentials"];
    keys.as_array().map_or(0, Vec::len)
}

#[tokio::test]
async fn a_security_key_can_be_added_by_name_and_removed() {
    scenario(Knobs::default(), |env| async move {
        let authenticator = env.browser.add_virtual_authenticator().await;
        env.signed_in(ALICE).await;
        env.open_settings().await;

        env.section("webauthn")
            .await
            .find("[name=webauthn_register_displayname]")
            .await
            .expect("a key name field")
            .fill("e2e key")
            .await;
        env.click("[name=webauthn_register_trigger]").await;
        env.saved().await;
        assert_eq!(
            env.landed_on("webauthn-added").await,
            "Security key “e2e key” added."
        );
        // The state names the key and the day Kratos says it was added.
        let state = env.state_of("webauthn").await;
        let today = env
            .browser
            .execute(
                "return new Date().toLocaleDateString('en-US', \
                 {month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC'})",
                vec![],
            )
            .await;
        let today = today.as_str().unwrap_or_default();
        assert!(
            state.contains("e2e key") && state.contains(&format!("Added {today}")),
            "{state}"
        );
        let remove = env.browser.wait_for("[name=webauthn_remove]").await;
        let key_id = remove.attr("value").await.unwrap_or_default();
        assert_eq!(
            env.browser
                .authenticator_credentials(&authenticator)
                .await
                .len(),
            1
        );
        assert_eq!(keys(&env, "webauthn").await, 1);

        env.confirm_removal("webauthn_remove", &key_id).await;
        env.saved().await;
        assert_eq!(
            env.landed_on("webauthn-removed").await,
            "Security key removed."
        );
        assert_eq!(env.state_of("webauthn").await, "No security keys yet.");
        env.browser.wait_for_gone("[name=webauthn_remove]").await;
        assert_eq!(keys(&env, "webauthn").await, 0);
    })
    .await;
}

#[tokio::test]
async fn a_passkey_can_be_added_and_removed() {
    scenario(Knobs::default(), |env| async move {
        let authenticator = env.browser.add_virtual_authenticator().await;
        env.signed_in(ALICE).await;
        env.add_passkey_on_settings(&authenticator).await;
        let remove = env.browser.wait_for("[name=passkey_remove]").await;
        let key_id = remove.attr("value").await.unwrap_or_default();
        assert_eq!(keys(&env, "passkey").await, 1);
        assert!(
            env.landed_on("passkey-added")
                .await
                .starts_with("Passkey “")
        );
        assert!(!env.state_of("passkey").await.contains("No passkeys"));

        env.confirm_removal("passkey_remove", &key_id).await;
        env.saved().await;
        assert_eq!(env.landed_on("passkey-removed").await, "Passkey removed.");
        env.browser.wait_for_gone("[name=passkey_remove]").await;
        assert_eq!(keys(&env, "passkey").await, 0);
    })
    .await;
}
