//! What a page says about the step before it: "You have signed out" once after our "Sign out"
//! form; "Continue to your account" after a verification, for a signed-in person.

use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::helpers::{Page, TestApp, attr, fixture, location, session_cookie, spawn_app};

const SIGNED_OUT: &str = "[data-testid=signed-out-notice]";

/// Signs out with the settings page's form and returns the session cookie afterwards.
async fn sign_out(app: &TestApp) -> String {
    let logout_url = format!(
        "{}/self-service/logout?token=ory_lo_z",
        app.kratos_browser()
    );
    app.kratos_answers_logout(
        200,
        json!({"logout_url": logout_url, "logout_token": "ory_lo_z"}),
    )
    .await;
    let (cookie, token) = app.sign_out_form().await;
    let response = app
        .post_form(
            "/logout",
            &[("kau_csrf", &token)],
            &[("cookie", &cookie), ("sec-fetch-site", "same-origin")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), logout_url);
    session_cookie(&response)
}

#[tokio::test]
async fn the_sign_in_page_after_signing_out_says_so_once() {
    let app = spawn_app().await;
    let flow = fixture("login-fresh");
    let id = flow["id"].as_str().unwrap().to_owned();
    app.kratos_answers_flow("login", &id, 200, flow).await;
    let login = format!("/login?flow={id}");

    // Without signing out first: no notice.
    let page = Page::of(app.get(&login).await).await;
    assert_eq!(page.count(SIGNED_OUT), 0);

    let cookie = sign_out(&app).await;
    let response = app.get_with(&login, &[("cookie", &cookie)]).await;
    assert_eq!(response.status(), 200);
    // The browser keeps the session the page handed back (the notice taken out of it).
    let after = response
        .cookies()
        .find(|c| c.name() == "kau_session")
        .map(|c| format!("kau_session={}", c.value()))
        .expect("the notice is taken out of the session");
    let page = Page::of(response).await;
    assert_eq!(page.text(SIGNED_OUT), "You have signed out.");
    assert_eq!(attr(page.one(SIGNED_OUT), "role"), "status");

    // Said once: the same page again says nothing.
    let page = Page::of(app.get_with(&login, &[("cookie", &after)]).await).await;
    assert_eq!(page.count(SIGNED_OUT), 0);
}

/// Kratos' answer after a correct code: the return URL as a GET form with "Continue".
fn verified(continue_to: &str) -> Value {
    let mut flow = fixture("verification-fresh");
    flow["state"] = json!("passed_challenge");
    flow["ui"]["method"] = json!("GET");
    flow["ui"]["action"] = json!(continue_to);
    flow["ui"]["messages"] = json!([{"id": 1080002, "type": "success",
        "text": "You successfully verified your email address."}]);
    flow["ui"]["nodes"] = json!([
        {"type": "input", "group": "default", "messages": [], "meta": {},
         "attributes": {"node_type": "input", "name": "csrf_token", "type": "hidden", "value": "t"}},
        {"type": "a", "group": "code", "messages": [],
         "meta": {"label": {"id": 1070009, "text": "Continue", "type": "info"}},
         "attributes": {"node_type": "a", "id": "continue", "href": continue_to,
                        "title": {"id": 1070009, "text": "Continue", "type": "info"}}}
    ]);
    flow
}

async fn signed_in(app: &TestApp) {
    Mock::given(method("GET"))
        .and(path("/sessions/whoami"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "s", "active": true,
            "identity": {"id": "i", "traits": {"email": "alice@example.com"}}
        })))
        .mount(&app.kratos)
        .await;
}

#[tokio::test]
async fn a_finished_verification_offers_a_signed_in_person_their_account() {
    let app = spawn_app().await;
    signed_in(&app).await;
    let page = Page::of(
        app.open_flow("verification", verified("http://127.0.0.1:4455/"))
            .await,
    )
    .await;
    page.one("[data-testid='ui/message/1080002']");
    let onward = page.one("[data-testid=continue-link]");
    assert_eq!(attr(onward, "href"), "/settings");
    assert_eq!(
        onward.text().collect::<String>(),
        "Continue to your account"
    );
    assert_eq!(page.count("[data-testid=sign-in-link]"), 0);
    // Kratos' own "Continue" to the same place is not repeated.
    assert_eq!(page.count("[data-testid='node/anchor/continue']"), 0);
    page.one("[data-testid=identity-label]");
}

#[tokio::test]
async fn a_verification_returning_to_an_application_keeps_its_continue() {
    let app = spawn_app().await;
    signed_in(&app).await;
    let mut flow = verified("http://127.0.0.1:4455/app/home");
    flow["return_to"] = json!("http://127.0.0.1:4455/app/home");
    let page = Page::of(app.open_flow("verification", flow).await).await;
    page.one("[data-testid=continue-link]");
    assert_eq!(
        attr(page.one("[data-testid='node/anchor/continue']"), "href"),
        "http://127.0.0.1:4455/app/home"
    );
}

#[tokio::test]
async fn a_finished_verification_without_a_session_leads_back_to_sign_in() {
    let app = spawn_app().await;
    app.kratos_answers("/sessions/whoami", 401, json!({"error": {"code": 401}}))
        .await;
    let page = Page::of(
        app.open_flow("verification", verified("http://127.0.0.1:4455/"))
            .await,
    )
    .await;
    assert_eq!(page.count("[data-testid=continue-link]"), 0);
    page.one("[data-testid=sign-in-link]");
    page.one("[data-testid='node/anchor/continue']");
}
