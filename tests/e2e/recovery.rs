//! Account recovery by emailed code, from the sign-in page to a new password.

use crate::support::account::PASSWORD;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};
use crate::support::wait::PATIENCE;

const NEW_PASSWORD: &str = "e2e-Recovered-Passphrase-42";

#[tokio::test]
async fn a_forgotten_password_is_recovered_by_code_and_replaced_on_settings() {
    scenario(Knobs::default(), |env| async move {
        env.register(ALICE).await;
        env.open_flow_page("/login").await;
        env.click("[data-testid=recovery-link]").await;
        env.flow_page("/recovery").await;

        env.ask_for_a_recovery_code(ALICE).await;
        // Registering mailed a verification code to the same address: pick the right mail.
        let first = env
            .mail
            .next_mail_to_containing(ALICE, "recover access to your account", PATIENCE)
            .await;
        // "Resend code" shares its form with the required, still empty code field: it must
        // not be blocked by the browser's validation. The newest code is the one that counts.
        env.click("[data-testid='form/code'] button[name=email]")
            .await;
        env.flow_page("/recovery").await;
        let mail = env
            .mail
            .next_mail_to_containing(ALICE, "recover access to your account", PATIENCE)
            .await;
        assert_ne!(first.code(), mail.code(), "a new code was sent");
        env.fill("code", "code", &mail.code()).await;
        env.submit("code", "code").await;

        // Kratos signs the browser in and asks for a new password on settings: the page
        // opens with the focus in that field.
        env.settings_flow_id().await;
        env.browser
            .wait_for("[data-testid='ui/message/1060001']")
            .await;
        assert_eq!(env.browser.focused_name().await, "password");
        let focused_form = env
            .browser
            .execute(
                "return document.activeElement.closest('[data-testid^=\"form/\"]').dataset.testid",
                vec![],
            )
            .await;
        assert_eq!(focused_form.as_str(), Some("form/password"));
        env.assert_signed_in_as(ALICE).await;
        env.change_password(ALICE, PASSWORD, NEW_PASSWORD).await;

        env.sign_out().await;
        env.sign_in_on_login_page(ALICE, NEW_PASSWORD).await;
        env.settings_flow_id().await;
        env.header_names(ALICE).await;
    })
    .await;
}
