//! Verifying an address from the hint on settings, with the emailed code.

use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};

#[tokio::test]
async fn the_settings_hint_leads_to_verification_by_code_and_the_address_becomes_verified() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        let hint = env
            .browser
            .wait_for("[data-testid=verification-hint]")
            .await;
        assert!(hint.text().await.contains(ALICE), "{}", hint.text().await);

        env.click("[data-testid=verification-hint] a").await;
        env.flow_page("/verification").await;
        env.fill("code", "email", ALICE).await;
        env.submit("code", "code").await;
        let flow = env.flow_page("/verification").await;
        env.browser
            .wait_for("[data-testid='ui/message/1080003']")
            .await;
        // Registering mailed a code for another flow; this flow's mail names it in its link.
        env.enter_mailed_verification_code(ALICE, &flow).await;
        assert!(env.kratos.is_verified(ALICE).await);
        // Signed in: on to the account, not back to signing in.
        assert!(
            env.browser
                .find("[data-testid=sign-in-link]")
                .await
                .is_none(),
            "a signed-in person is offered to sign in"
        );
        env.click("[data-testid=continue-link]").await;
        env.settings_flow_id().await;
        env.header_names(ALICE).await;
        assert!(
            env.browser
                .find("[data-testid=verification-hint]")
                .await
                .is_none(),
            "settings still asks to verify a verified address"
        );
    })
    .await;
}
