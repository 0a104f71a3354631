//! Signing up in the browser: the sign-in page's one clear path, Kratos' two-step
//! registration told as steps, then the verification page it sends the browser to, with the
//! code from the mail. Screenshots of both pages, desktop and phone, for the docs.

use serde_json::json;

use crate::screenshots::both_widths;
use crate::support::account::{FIRST_NAME, PASSWORD, password_works};
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

/// Sign-in leads with the password form: its button is the only primary one, "Forgot your
/// password?" sits under the password, and the other methods follow an "or".
async fn the_sign_in_page_has_one_clear_path(env: &Env) {
    let layout = env
        .browser
        .execute(
            "const primary = [...document.querySelectorAll('.button--primary')];\
             const divider = document.querySelector('.divider');\
             const after = el => !!divider && !!el && !!(divider.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);\
             return {\
               primary: primary.map(b => b.closest('[data-testid^=\"form/\"]').dataset.testid),\
               forgot_by_password: !!document.querySelector(\"[data-testid='node/input/password'] [data-testid=recovery-link]\"),\
               forgot_links: document.querySelectorAll('[data-testid=recovery-link]').length,\
               passkey_after_or: after(document.querySelector(\"[data-testid='form/passkey']\")),\
               provider_after_or: after(document.querySelector(\"[data-testid='form/connected-accounts']\")),\
               password_after_or: after(document.querySelector(\"[data-testid='form/password']\")),\
             };",
            vec![],
        )
        .await;
    assert_eq!(
        layout,
        json!({
            "primary": ["form/password"],
            "forgot_by_password": true,
            "forgot_links": 1,
            "passkey_after_or": true,
            "provider_after_or": true,
            "password_after_or": false,
        }),
        "the sign-in page's hierarchy"
    );
}

#[tokio::test]
async fn signing_up_with_a_password_verifies_the_address_by_code_and_ends_on_settings() {
    scenario(Knobs::default(), |env| async move {
        env.browser.goto(&env.ui.page("/")).await;
        env.flow_page("/login").await;
        the_sign_in_page_has_one_clear_path(&env).await;
        both_widths(&env, "sign-in").await;
        env.click("[data-testid=sign-up-link]").await;
        env.flow_page("/registration").await;

        // Step one: who you are. Its button only continues, and says so.
        let step_one = "[data-testid='form/profile'] button[name=method][value=profile]";
        assert_eq!(
            env.browser.wait_for(step_one).await.text().await,
            "Continue"
        );
        env.fill("profile", "traits.email", "typo@example.com")
            .await;
        env.fill("profile", "traits.name.first", FIRST_NAME).await;
        both_widths(&env, "registration-step-1").await;
        env.submit("profile", "profile").await;
        // Step two names the address; "Change" goes back with everything typed so far.
        env.flow_page("/registration").await;
        let chosen = "[data-testid=chosen-identifier-value]";
        assert_eq!(
            env.browser.wait_for(chosen).await.text().await,
            "typo@example.com"
        );
        env.click("[data-testid='form/profile'] button[name=screen][value=previous]")
            .await;
        env.flow_page("/registration").await;
        let first_name = env
            .browser
            .wait_for("[data-testid='form/profile'] input[name='traits.name.first']")
            .await;
        assert_eq!(first_name.prop("value").await, FIRST_NAME);
        env.fill("profile", "traits.email", ALICE).await;
        env.submit("profile", "profile").await;
        // Step two again: the credential.
        env.flow_page("/registration").await;
        assert_eq!(env.browser.wait_for(chosen).await.text().await, ALICE);
        // The password rule is there before the first try (Kratos' default length).
        let rule = "[data-testid='form/password'] [data-testid='node/input/password'] [data-testid=password-rule]";
        assert_eq!(
            env.browser.wait_for(rule).await.text().await,
            "At least 8 characters."
        );
        both_widths(&env, "registration-step-2").await;
        env.fill("password", "password", PASSWORD).await;
        env.submit("password", "password").await;

        let verification = env.flow_page("/verification").await;
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

        // Signed in by signing up: on to the account.
        env.click("[data-testid=continue-link]").await;
        env.settings_flow_id().await;
        env.header_names(ALICE).await;
    })
    .await;
}
