//! Kratos down, slow or talking nonsense: a clear error page with a 5xx, never a crash.

use std::time::Duration;

use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::helpers::{FLOW_ID, Page, TestApp, header, spawn_app, spawn_app_with};

async fn assert_error_page(app: &TestApp, expected_status: u16, must_not_leak: &str) {
    let response = app.get(&format!("/settings?flow={FLOW_ID}")).await;
    assert_eq!(response.status(), expected_status);
    assert!(header(&response, "content-type").starts_with("text/html"));
    assert_eq!(header(&response, "cache-control"), "no-store");
    let request_id = header(&response, "x-request-id");
    let body = response.text().await.unwrap();
    if !must_not_leak.is_empty() {
        assert!(
            !body.contains(must_not_leak),
            "the upstream body leaked into the page"
        );
    }
    let page = Page(scraper::Html::parse_document(&body));
    assert_eq!(page.text("[data-testid='reference']"), request_id);
    assert!(page.text("h1").len() > 5);
    // The process is still up and serving.
    assert_eq!(app.get("/health/alive").await.status(), 200);
}

async fn kratos_flow_answers(app: &TestApp, template: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path("/self-service/settings/flows"))
        .respond_with(template)
        .mount(&app.kratos)
        .await;
}

#[tokio::test]
async fn a_kratos_server_error_is_a_502_page_without_its_body() {
    let app = spawn_app().await;
    kratos_flow_answers(
        &app,
        ResponseTemplate::new(500)
            .set_body_string(r#"{"error":{"code":500,"reason":"SECRET-DB-DSN"}}"#),
    )
    .await;
    assert_error_page(&app, 502, "SECRET-DB-DSN").await;
}

#[tokio::test]
async fn an_unexpected_client_error_is_a_502_page() {
    let app = spawn_app().await;
    kratos_flow_answers(
        &app,
        ResponseTemplate::new(400).set_body_string(r#"{"error":{"code":400,"reason":"odd"}}"#),
    )
    .await;
    assert_error_page(&app, 502, "odd").await;
}

#[tokio::test]
async fn garbage_json_is_a_502_page() {
    let app = spawn_app().await;
    kratos_flow_answers(
        &app,
        ResponseTemplate::new(200).set_body_string("<html>GARBAGE-BODY</html>"),
    )
    .await;
    assert_error_page(&app, 502, "GARBAGE-BODY").await;
}

#[tokio::test]
async fn a_body_of_the_wrong_shape_is_a_502_page() {
    let app = spawn_app().await;
    kratos_flow_answers(
        &app,
        ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": 5, "ui": "WRONG-SHAPE"})),
    )
    .await;
    assert_error_page(&app, 502, "WRONG-SHAPE").await;
}

#[tokio::test]
async fn a_huge_body_is_refused_with_a_502_page() {
    let app = spawn_app().await;
    let huge = format!("{{\"padding\": \"{}\"}}", "x".repeat(3 * 1024 * 1024));
    kratos_flow_answers(&app, ResponseTemplate::new(200).set_body_string(huge)).await;
    assert_error_page(&app, 502, "xxxxxxxx").await;
}

#[tokio::test]
async fn a_redirect_from_kratos_is_not_followed() {
    let app = spawn_app().await;
    kratos_flow_answers(
        &app,
        ResponseTemplate::new(302).insert_header("location", "http://localhost:4455/login"),
    )
    .await;
    assert_error_page(&app, 502, "").await;
}

#[tokio::test]
async fn a_slow_kratos_is_a_504_page_within_the_timeout() {
    let app = spawn_app().await;
    kratos_flow_answers(
        &app,
        ResponseTemplate::new(200).set_delay(Duration::from_secs(5)),
    )
    .await;
    let started = std::time::Instant::now();
    assert_error_page(&app, 504, "").await;
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "the 1s timeout bounds the wait"
    );
}

#[tokio::test]
async fn an_unreachable_kratos_is_a_502_page() {
    // Bind a port, then free it: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = spawn_app_with(|s| {
        s.kratos.public_url = format!("http://127.0.0.1:{port}").parse().unwrap();
    })
    .await;
    assert_error_page(&app, 502, "").await;
}

#[tokio::test]
async fn an_unknown_page_is_a_404_page() {
    let app = spawn_app().await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status(), 404);
    assert!(header(&response, "content-type").starts_with("text/html"));
    let page = Page::of(response).await;
    assert_eq!(page.text("h1"), "Page not found");
}
