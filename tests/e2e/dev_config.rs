//! The configuration `scripts/dev` runs (`config/kratos/dev.env`): trying the UI locally must
//! show the second factor a person has just set up, not sign them in without it.

use crate::support::account::PASSWORD;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};
use crate::support::totp;

const SECRET: &str = "[data-testid='node/text/totp_secret_key/text']";

#[tokio::test]
async fn with_the_dev_configuration_signing_in_after_enabling_totp_asks_for_the_code() {
    scenario(Knobs::dev(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        let secret = env.browser.wait_for(SECRET).await.text().await;
        env.fill("totp", "totp_code", &totp::code_now(&secret))
            .await;
        env.submit("totp", "totp").await;
        env.saved().await;
        env.sign_out().await;

        env.sign_in_on_login_page(ALICE, PASSWORD).await;
        env.asked_for_a_second_factor().await;
        env.fill("totp", "totp_code", &totp::code_now(&secret))
            .await;
        env.submit("totp", "totp").await;

        env.settings_flow_id().await;
        let session = env.assert_signed_in_as(ALICE).await;
        assert_eq!(
            session["authenticator_assurance_level"], "aal2",
            "{session}"
        );
    })
    .await;
}
