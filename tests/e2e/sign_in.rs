//! Signing out (from the page header, and on the confirmation page) and back in on our
//! sign-in page, which says once that the person has signed out.

use crate::support::account::PASSWORD;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};

#[tokio::test]
async fn signing_out_and_back_in_with_the_password_and_out_again_on_the_logout_page() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        env.header_names(ALICE).await;

        env.sign_out().await;
        assert!(
            env.browser_session().await.is_none(),
            "still signed in after signing out"
        );
        let notice = env
            .browser
            .wait_for("[data-testid=signed-out-notice]")
            .await;
        assert_eq!(notice.text().await, "You have signed out.");
        // Said once: the same page again does not repeat it.
        env.browser.refresh().await;
        env.flow_page("/login").await;
        assert!(
            env.browser
                .find("[data-testid=signed-out-notice]")
                .await
                .is_none(),
            "the notice outlived its page"
        );
        assert!(
            env.browser
                .find("[data-testid=logout-link]")
                .await
                .is_none(),
            "the sign-in page offers to sign out"
        );

        // Signed in, Kratos sends the browser home, and home to settings.
        env.sign_in_on_login_page(ALICE, PASSWORD).await;
        env.settings_flow_id().await;
        env.header_names(ALICE).await;
        env.assert_signed_in_as(ALICE).await;

        env.browser.goto(&env.ui.page("/logout")).await;
        assert_eq!(env.browser.wait_for("h1").await.text().await, "Sign out?");
        // Opening the page alone signs no one out.
        env.assert_signed_in_as(ALICE).await;
        env.click("[data-testid=logout-confirm]").await;
        env.flow_page("/login").await;
        assert!(env.browser_session().await.is_none());
        env.browser
            .wait_for("[data-testid=signed-out-notice]")
            .await;
    })
    .await;
}
