//! Signing up in the browser: Kratos' two-step registration on our page, then the
//! verification page it sends the browser to, with the code from the mail.

use crate::support::account::{FIRST_NAME, PASSWORD, password_works};
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};

#[tokio::test]
async fn signing_up_with_a_password_verifies_the_address_by_code_and_ends_on_settings() {
    scenario(Knobs::default(), |env| async move {
        let verification = env.sign_up_in_browser(ALICE).await;
        env.browser
            .wait_for("[data-testid='ui/message/1080003']")
            .await;
        let session = env.assert_signed_in_as(ALICE).await;
        assert_eq!(session["identity"]["traits"]["name"]["first"], FIRST_NAME);
        assert!(password_works(&env.kratos.public_url, ALICE, PASSWORD).await);
        assert!(!env.kratos.is_verified(ALICE).await);

        env.enter_mailed_verification_code(ALICE, &verification)
            .await;
        assert!(env.kratos.is_verified(ALICE).await);

        env.click("[data-testid='node/anchor/continue']").await;
        env.settings_flow_id().await;
        env.header_names(ALICE).await;
    })
    .await;
}
