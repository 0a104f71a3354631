//! Our error page, reached the way Kratos sends browsers there: a real self-service error.

use serde_json::Value;

use crate::support::account::PASSWORD;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};

/// Every longer string in a JSON value.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(text) if text.len() > 8 => out.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| strings(item, out)),
        Value::Object(fields) => fields.values().for_each(|field| strings(field, out)),
        _ => {}
    }
}

/// The error card's rendered width in CSS pixels.
async fn card_width(env: &crate::support::scenario::Env) -> f64 {
    let width = env
        .browser
        .execute(
            "return document.querySelector('[data-testid=error-page]').getBoundingClientRect().width",
            vec![],
        )
        .await;
    width.as_f64().expect("a width")
}

#[tokio::test]
async fn a_forged_csrf_token_on_sign_in_ends_on_our_error_page_with_a_human_explanation() {
    scenario(Knobs::default(), |env| async move {
        env.register(ALICE).await;
        env.open_flow_page("/login").await;
        env.forge_csrf_token("password").await;
        env.sign_in_on_login_page(ALICE, PASSWORD).await;
        let url = env.error_page(403).await;
        let id = url
            .query_pairs()
            .find(|(key, _)| key == "id")
            .map(|(_, id)| id.into_owned())
            .unwrap_or_else(|| panic!("no error id in {url}"));
        assert_eq!(
            env.browser.wait_for("h1").await.text().await,
            "Please try again"
        );
        assert_eq!(env.error_code().await, "security_csrf_violation");
        // The reference to quote is the id Kratos keeps the error under.
        let reference = env.browser.wait_for("[data-testid=reference]").await;
        assert_eq!(reference.text().await, id);
        let kratos_card = card_width(&env).await;
        let page = env.browser.wait_for("main").await.text().await;
        // The status, as shown (the style sets it in capitals).
        assert!(page.to_lowercase().contains("error 403"), "{page}");
        let error = env.kratos.self_service_error(&id).await;
        assert_eq!(error["error"]["id"], "security_csrf_violation", "{error}");
        // Shown: the id (as the reference), the status and Kratos' reason (what to do about
        // it). Never its message, details or debug output.
        let reason = error["error"]["reason"].as_str().expect("a reason");
        assert!(page.contains(reason), "the page lacks {reason:?}:\n{page}");
        let mut debug = Vec::new();
        for field in ["message", "details", "debug"] {
            strings(&error["error"][field], &mut debug);
        }
        assert!(!debug.is_empty(), "{error}");
        for text in debug {
            assert!(!page.contains(&text), "the page shows {text:?}:\n{page}");
        }
        // The forged post signed no one in.
        assert!(env.browser_session().await.is_none());

        // Our own error page has the same frame: the same width, a reference to quote.
        let missing = url::Url::parse(&env.ui.page("/no-such-page")).unwrap();
        env.expect_load_failure(&missing, 404);
        env.browser.goto(missing.as_str()).await;
        assert_eq!(
            env.browser.wait_for("h1").await.text().await,
            "Page not found"
        );
        let reference = env.browser.wait_for("[data-testid=reference]").await;
        assert!(!reference.text().await.is_empty());
        assert_eq!(card_width(&env).await, kratos_card);
    })
    .await;
}
