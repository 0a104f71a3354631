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

/// Kratos streams bodies over 4 KiB (chunked, no `Content-Length`): a stand-in that answers
/// every request with `body` that way, 16 KiB a chunk.
async fn streaming_kratos(body: String) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let body = body.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") {
                    if socket.read(&mut byte).await.unwrap_or(0) == 0 {
                        return;
                    }
                    head.push(byte[0]);
                }
                let mut answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\
                    Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    .to_vec();
                for chunk in body.as_bytes().chunks(16 * 1024) {
                    answer.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
                    answer.extend_from_slice(chunk);
                    answer.extend_from_slice(b"\r\n");
                }
                answer.extend_from_slice(b"0\r\n\r\n");
                let _ = socket.write_all(&answer).await;
            });
        }
    });
    address
}

/// The recorded sign-in flow, led by `padding` bytes Kratos would not send: a page renders
/// only if every byte after them was read.
fn padded_login_flow(padding: usize) -> String {
    let recorded = include_str!("../fixtures/kratos/login-fresh.json").trim_start();
    let rest = recorded.strip_prefix('{').expect("a JSON object");
    format!("{{\"padding\": \"{}\", {rest}", "x".repeat(padding))
}

#[tokio::test]
async fn a_streamed_flow_larger_than_its_first_share_of_memory_is_read_whole() {
    let kratos = streaming_kratos(padded_login_flow(300 * 1024)).await;
    let app = spawn_app_with(|settings| settings.kratos.public_url = kratos.parse().unwrap()).await;
    let response = app
        .get("/login?flow=49254200-fc87-4d0f-a6bb-075fdcc890a8")
        .await;
    assert_eq!(response.status(), 200);
    let page = Page::of(response).await;
    assert_eq!(page.count("input[name='identifier']"), 1);
}

#[tokio::test]
async fn a_streamed_flow_beyond_the_body_cap_is_refused_with_a_502_page() {
    let kratos = streaming_kratos(padded_login_flow(3 * 1024 * 1024)).await;
    let app = spawn_app_with(|settings| settings.kratos.public_url = kratos.parse().unwrap()).await;
    let response = app
        .get("/login?flow=49254200-fc87-4d0f-a6bb-075fdcc890a8")
        .await;
    assert_eq!(response.status(), 502);
    assert!(!response.text().await.unwrap().contains("xxxxxxxx"));
}
