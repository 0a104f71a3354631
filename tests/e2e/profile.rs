//! The profile section: plain traits and the email address (a protected trait).

use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};
use crate::support::wait::PATIENCE;

#[tokio::test]
async fn changing_the_first_name_saves_it_and_shows_the_new_value() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        let profile = env.section("profile").await;
        let first = profile
            .find("input[name='traits.name.first']")
            .await
            .expect("a first-name field");
        first.fill("Alicia").await;
        env.click("[data-testid='form/profile'] button[name=method][value=profile]")
            .await;
        env.saved().await;

        let first = env
            .browser
            .wait_for("[data-testid='form/profile'] input[name='traits.name.first']")
            .await;
        assert_eq!(first.prop("value").await, "Alicia");
        let identity = env.kratos.identity(ALICE).await;
        assert_eq!(identity["traits"]["name"]["first"], "Alicia");
    })
    .await;
}

#[tokio::test]
async fn changing_the_email_with_a_fresh_session_sends_a_code_to_the_new_address() {
    const NEW_EMAIL: &str = "alice.new@example.com";
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        let email = env
            .section("profile")
            .await
            .find("input[name='traits.email']")
            .await
            .expect("an email field");
        email.fill(NEW_EMAIL).await;
        env.click("[data-testid='form/profile'] button[name=method][value=profile]")
            .await;
        env.saved().await;

        let email = env
            .browser
            .wait_for("[data-testid='form/profile'] input[name='traits.email']")
            .await;
        assert_eq!(email.prop("value").await, NEW_EMAIL);
        assert_eq!(
            env.kratos.identity(NEW_EMAIL).await["traits"]["email"],
            NEW_EMAIL
        );

        let mail = env.mail.next_mail_to(NEW_EMAIL, PATIENCE).await;
        let code = mail.code();
        assert!(
            mail.text().contains("/self-service/verification"),
            "not a verification mail:\n{}",
            mail.text()
        );
        assert_eq!(code.len(), 6);
    })
    .await;
}
