//! The settings page as a whole.

use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};

#[tokio::test]
async fn visiting_settings_signed_in_lands_on_a_flow_and_shows_every_enabled_section() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        for (group, control) in [
            ("profile", "button[name=method][value=profile]"),
            ("password", "input[name=password]"),
            ("connected-accounts", "button[name=link][value=test-idp]"),
            ("totp", "img[data-testid='node/image/totp_qr']"),
            ("lookup_secret", "button[name=lookup_secret_regenerate]"),
            ("webauthn", "[name=webauthn_register_trigger]"),
            ("passkey", "[name=passkey_register_trigger]"),
        ] {
            let section = env.section(group).await;
            assert!(
                section.find(control).await.is_some(),
                "the {group} section lacks {control}"
            );
        }
        let who = env.browser.wait_for("[data-testid=identity-label]").await;
        assert_eq!(who.text().await, ALICE);
    })
    .await;
}
