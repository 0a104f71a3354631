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
        let remove = env.browser.wait_for("[name=webauthn_remove]").await;
        assert!(
            remove.text().await.contains("e2e key"),
            "{}",
            remove.text().await
        );
        assert_eq!(
            env.browser
                .authenticator_credentials(&authenticator)
                .await
                .len(),
            1
        );
        assert_eq!(keys(&env, "webauthn").await, 1);

        env.click("[name=webauthn_remove]").await;
        env.saved().await;
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
        env.browser.wait_for("[name=passkey_remove]").await;
        assert_eq!(keys(&env, "passkey").await, 1);

        env.click("[name=passkey_remove]").await;
        env.saved().await;
        env.browser.wait_for_gone("[name=passkey_remove]").await;
        assert_eq!(keys(&env, "passkey").await, 0);
    })
    .await;
}
