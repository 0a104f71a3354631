//! The password section, including Kratos' re-authentication for a stale session.

use std::time::Duration;

use crate::support::account::{PASSWORD, password_works};
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

const NEW_PASSWORD: &str = "e2e-Another-Long-Passphrase-7";

async fn submit_password(env: &Env, password: &str) {
    let field = env
        .section("password")
        .await
        .find("input[name=password]")
        .await
        .expect("a password field");
    field.fill(password).await;
    env.click("[data-testid='form/password'] button[name=method][value=password]")
        .await;
}

#[tokio::test]
async fn a_too_short_password_is_refused_beside_the_field_and_a_good_one_replaces_the_old() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        // The rule is stated before the first try, and the field points at it.
        let rule = env
            .browser
            .wait_for("[data-testid='node/input/password'] [data-testid=password-rule]")
            .await;
        assert_eq!(rule.text().await, "At least 8 characters.");
        let described = env
            .browser
            .wait_for("input[name=password]")
            .await
            .attr("aria-describedby")
            .await
            .unwrap_or_default();
        assert!(
            described.contains(&rule.attr("id").await.unwrap_or_default()),
            "{described}"
        );

        submit_password(&env, "short").await;
        let message = env
            .browser
            .wait_for("[data-testid='node/input/password'] [data-testid='ui/message/4000032']")
            .await;
        assert!(
            message.text().await.contains("at least 8 characters"),
            "{}",
            message.text().await
        );
        assert!(password_works(&env.kratos.public_url, ALICE, PASSWORD).await);

        submit_password(&env, NEW_PASSWORD).await;
        env.saved().await;
        assert!(!password_works(&env.kratos.public_url, ALICE, PASSWORD).await);
        assert!(password_works(&env.kratos.public_url, ALICE, NEW_PASSWORD).await);
    })
    .await;
}

#[tokio::test]
async fn saving_a_password_with_a_stale_session_reauthenticates_on_our_login_page_then_saves() {
    let knobs = Knobs {
        privileged_session_max_age: "1s",
        ..Knobs::default()
    };
    scenario(knobs, |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        // Setup, not an assertion: let the session grow older than the privileged age.
        tokio::time::sleep(Duration::from_millis(1500)).await;

        submit_password(&env, NEW_PASSWORD).await;
        let login = env.login_flow().await;
        assert_eq!(login["refresh"], true, "not a re-authentication: {login}");
        let cancel = env.browser.wait_for("[data-testid=cancel-link]").await;
        let back_to = cancel.attr("href").await.unwrap_or_default();
        assert!(back_to.contains("/settings"), "cancel goes to {back_to}");
        assert!(
            !password_works(&env.kratos.public_url, ALICE, NEW_PASSWORD).await,
            "saved before re-authentication"
        );

        env.sign_in_on_login_page(ALICE, PASSWORD).await;
        env.settings_flow_id().await;
        env.saved().await;
        assert!(password_works(&env.kratos.public_url, ALICE, NEW_PASSWORD).await);
        assert!(!password_works(&env.kratos.public_url, ALICE, PASSWORD).await);
    })
    .await;
}
