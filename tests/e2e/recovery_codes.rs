//! The recovery-code (lookup secret) section, and that the codes it shows work at Kratos.

use serde_json::json;

use crate::support::account::{Account, PASSWORD};
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

const CODES: &str = "[data-testid='node/text/lookup_secret_codes/text'] code";

async fn shown_codes(env: &Env) -> Vec<String> {
    env.browser.wait_for(CODES).await;
    let mut codes = Vec::new();
    for code in env.browser.find_all(CODES).await {
        codes.push(code.text().await);
    }
    codes
}

#[tokio::test]
async fn recovery_codes_are_generated_confirmed_revealed_accepted_by_kratos_and_disabled() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;

        env.click("button[name=lookup_secret_regenerate]").await;
        let codes = shown_codes(&env).await;
        assert_eq!(codes.len(), 12, "{codes:?}");
        env.click("button[name=lookup_secret_confirm]").await;
        env.saved().await;
        assert!(
            env.browser.find(CODES).await.is_none(),
            "codes still shown after saving"
        );

        env.click("button[name=lookup_secret_reveal]").await;
        assert_eq!(shown_codes(&env).await, codes);

        // A second factor for a new password sign-in (aal1 -> aal2), with a shown code.
        let other_device = Account::sign_in(&env.kratos.public_url, ALICE, PASSWORD).await;
        assert_eq!(
            other_device.whoami().await["authenticator_assurance_level"],
            "aal1"
        );
        let step_up = other_device.start_flow("login", &[("aal", "aal2")]).await;
        let answer = other_device
            .submit(
                &step_up,
                json!({"method": "lookup_secret", "lookup_secret": codes[0]}),
            )
            .await;
        assert_eq!(answer.status, 200, "{answer:?}");
        assert_eq!(
            other_device.whoami().await["authenticator_assurance_level"],
            "aal2"
        );

        env.open_settings().await;
        env.click("button[name=lookup_secret_disable]").await;
        env.saved().await;
        env.browser
            .wait_for("button[name=lookup_secret_regenerate]")
            .await;
        assert!(
            env.browser
                .find("button[name=lookup_secret_reveal]")
                .await
                .is_none()
        );
        let identity = env.kratos.identity(ALICE).await;
        assert!(
            identity["credentials"]["lookup_secret"].is_null(),
            "{identity}"
        );
    })
    .await;
}
