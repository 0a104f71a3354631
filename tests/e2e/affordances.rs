//! Field affordances in a real browser: where the focus starts, show-password and copy
//! (which exist only where scripts run).

use serde_json::{Value, json};

use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};
use crate::support::wait::{PATIENCE, until};

const SECRET: &str = "[data-testid='node/text/totp_secret_key/text']";

/// Whether `css` is rendered (not `hidden`, not `display: none`).
async fn shown(env: &Env, css: &str) -> bool {
    let script = "var e = document.querySelector(arguments[0]); return !!e && !e.hidden && e.offsetParent !== null;";
    env.browser.execute(script, vec![json!(css)]).await == Value::Bool(true)
}

#[tokio::test]
async fn sign_in_starts_in_the_identifier_and_a_wrong_password_returns_to_the_password() {
    scenario(Knobs::default(), |env| async move {
        env.register(ALICE).await;
        env.open_flow_page("/login").await;
        assert_eq!(env.browser.focused_name().await, "identifier");
        // The identifier is labelled from the identity schema, in the catalogue's spelling.
        let label = env
            .browser
            .wait_for("[data-testid='node/input/identifier'] label")
            .await;
        assert_eq!(label.text().await, "Email");

        env.fill("password", "identifier", ALICE).await;
        env.fill("password", "password", "not the password").await;
        env.submit("password", "password").await;
        env.flow_page("/login").await;
        env.browser
            .wait_for("[data-testid='ui/message/4000006']")
            .await;
        assert_eq!(env.browser.focused_name().await, "password");
    })
    .await;
}

#[tokio::test]
async fn with_javascript_a_typed_password_can_be_shown_and_the_authenticator_secret_copied() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.browser
            .cdp(
                "Browser.grantPermissions",
                json!({"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]}),
            )
            .await;
        env.open_settings().await;

        let reveal = "[data-testid='reveal/node/input/password']";
        env.fill("password", "password", "a new secret").await;
        assert!(shown(&env, reveal).await, "no show-password button");
        let input = env.browser.wait_for("input[name=password]").await;
        let button = env.browser.wait_for(reveal).await;
        button.click().await;
        assert_eq!(input.attr("type").await.as_deref(), Some("text"));
        assert_eq!(button.attr("aria-pressed").await.as_deref(), Some("true"));
        assert_eq!(input.prop("value").await, "a new secret");
        button.click().await;
        assert_eq!(input.attr("type").await.as_deref(), Some("password"));

        let secret = env.browser.wait_for(SECRET).await.text().await;
        let copy = "[data-testid='copy/node/text/totp_secret_key/text']";
        assert!(shown(&env, copy).await, "no copy button");
        let copy = env.browser.wait_for(copy).await;
        copy.click().await;
        until("the copy button to say Copied", PATIENCE, || async {
            (copy.text().await == "Copied").then_some(())
        })
        .await;
        let copied = env
            .browser
            .execute("return navigator.clipboard.readText()", vec![])
            .await;
        assert_eq!(copied.as_str(), Some(secret.as_str()));
    })
    .await;
}

#[tokio::test]
async fn without_javascript_show_password_and_copy_stay_hidden() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.browser.without_scripts().await;
        env.open_settings().await;
        for css in [
            "[data-testid='reveal/node/input/password']",
            "[data-testid='copy/node/text/totp_secret_key/text']",
        ] {
            let button = env.browser.wait_for(css).await;
            assert!(!button.is_displayed().await, "{css} shows without scripts");
        }
        // The page itself is all there.
        assert!(env.browser.wait_for(SECRET).await.is_displayed().await);
    })
    .await;
}
