//! What operators watch: `/metrics`, the request id and trace context passed on to Kratos,
//! HEAD and 405 like any well-behaved server, and the Permissions-Policy of pages.

use std::time::Duration;

use reqwest::Method;
use wiremock::matchers::{header_exists, method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::helpers::{FLOW_ID, fixture, header, spawn_app, spawn_app_with};

/// The value of the sample `name{labels}` in Prometheus text, if present.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test]
async fn metrics_count_requests_by_route_pattern_and_status_with_latency() {
    let app = spawn_app().await;
    app.open_settings(fixture("settings-fresh")).await;
    app.get(&format!("/settings?flow={FLOW_ID}")).await;
    app.get("/static/no-such-file.css").await;
    app.get("/static/also-missing.js").await;
    app.get("/wp-admin/probe").await;

    let text = app.metrics().await;
    let settings = r#"{method="GET",route="/settings",status="200"}"#;
    assert_eq!(
        sample(&text, &format!("http_requests_total{settings}")),
        Some(2.0),
        "{text}"
    );
    // Patterns, never raw paths: the two missing assets are one series, probes are "unmatched".
    let assets = r#"http_requests_total{method="GET",route="/static/{name}",status="404"}"#;
    assert_eq!(sample(&text, assets), Some(2.0), "{text}");
    let probe = r#"http_requests_total{method="GET",route="unmatched",status="404"}"#;
    assert_eq!(sample(&text, probe), Some(1.0), "{text}");
    assert!(
        !text.contains("wp-admin") && !text.contains("no-such-file"),
        "{text}"
    );
    let count = r#"http_request_duration_seconds_count{method="GET",route="/settings"}"#;
    assert_eq!(sample(&text, count), Some(2.0), "{text}");
    let inf = r#"http_request_duration_seconds_bucket{method="GET",route="/settings",le="+Inf"}"#;
    assert_eq!(sample(&text, inf), Some(2.0), "{text}");
}

#[tokio::test]
async fn metrics_count_kratos_calls_by_endpoint_and_outcome() {
    let app = spawn_app().await;
    app.open_settings(fixture("settings-fresh")).await;
    // A soft error (no session), a 5xx, and a timeout (KRATOS_TIMEOUT is 1 s in tests).
    let gone = "0a4f1a8c-0000-4a8e-9d7a-0d3f1c2b3a4d";
    app.kratos_answers_flow(
        "login",
        gone,
        401,
        serde_json::json!({"error": {"code": 401}}),
    )
    .await;
    app.get(&format!("/login?flow={gone}")).await;
    app.kratos_answers("/self-service/errors", 502, serde_json::json!({}))
        .await;
    app.get(&format!("/error?id={FLOW_ID}")).await;
    Mock::given(method("GET"))
        .and(path("/sessions/whoami"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
        .mount(&app.kratos)
        .await;
    app.get("/").await;
    // Readiness asks Kratos too; the mock knows no /health/alive (404).
    app.get("/health/ready").await;

    let text = app.metrics().await;
    let calls = |endpoint: &str, outcome: &str| {
        sample(
            &text,
            &format!(r#"kratos_requests_total{{endpoint="{endpoint}",outcome="{outcome}"}}"#),
        )
    };
    assert_eq!(
        calls("/self-service/settings/flows", "ok"),
        Some(1.0),
        "{text}"
    );
    assert_eq!(
        calls("/self-service/login/flows", "no_session"),
        Some(1.0),
        "{text}"
    );
    assert_eq!(calls("/self-service/errors", "5xx"), Some(1.0), "{text}");
    assert_eq!(calls("/sessions/whoami", "timeout"), Some(1.0), "{text}");
    assert_eq!(
        calls("/health/alive", "unexpected_status"),
        Some(1.0),
        "{text}"
    );
    let latency =
        r#"kratos_request_duration_seconds_count{endpoint="/self-service/settings/flows"}"#;
    assert_eq!(sample(&text, latency), Some(1.0), "{text}");
    assert!(!text.contains(FLOW_ID), "no ids in labels: {text}");
}

#[tokio::test]
async fn a_kratos_that_refuses_connections_is_counted_as_refused() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_url = format!("http://127.0.0.1:{}", closed.local_addr().unwrap().port());
    drop(closed);
    let app = spawn_app_with(|settings| {
        settings.kratos.public_url = closed_url.parse().unwrap();
    })
    .await;
    app.get(&format!("/settings?flow={FLOW_ID}")).await;
    let text = app.metrics().await;
    let refused =
        r#"kratos_requests_total{endpoint="/self-service/settings/flows",outcome="refused"}"#;
    assert_eq!(sample(&text, refused), Some(1.0), "{text}");
}

#[tokio::test]
async fn with_a_metrics_port_metrics_leave_the_main_port() {
    let app = spawn_app_with(|settings| {
        settings.metrics_port = Some(0);
        settings.ui.base_path = "/account".to_owned();
    })
    .await;
    app.get("/health/alive").await;
    let text = app.metrics().await;
    assert!(text.contains("http_requests_total"), "{text}");
    let root = app.address.trim_end_matches("/account");
    assert!(!app.metrics_url.starts_with(root), "{}", app.metrics_url);
    let main_port = crate::helpers::http_client()
        .get(format!("{root}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(main_port.status(), 404);
}

#[tokio::test]
async fn without_a_metrics_port_metrics_sit_at_the_root_outside_the_base_path() {
    let app = spawn_app_with(|settings| settings.ui.base_path = "/account".to_owned()).await;
    let root = app.address.trim_end_matches("/account");
    assert_eq!(app.metrics_url, format!("{root}/metrics"));
    assert_eq!(
        app.get("/metrics").await.status(),
        404,
        "not under BASE_PATH"
    );
    let text = app.metrics().await;
    assert!(
        text.contains("# TYPE http_requests_total counter"),
        "{text}"
    );
}

#[tokio::test]
async fn the_request_id_and_a_continued_traceparent_go_on_to_kratos() {
    let app = spawn_app().await;
    app.kratos_answers_flow("settings", FLOW_ID, 200, fixture("settings-fresh"))
        .await;
    let incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    let response = app
        .get_with(
            &format!("/settings?flow={FLOW_ID}"),
            &[("x-request-id", "proxy-id-42"), ("traceparent", incoming)],
        )
        .await;
    assert_eq!(response.status(), 200);

    let calls = app.kratos.received_requests().await.unwrap();
    assert!(!calls.is_empty());
    for call in &calls {
        let id = call
            .headers
            .get("x-request-id")
            .map(|v| v.to_str().unwrap());
        assert_eq!(id, Some("proxy-id-42"), "{} {}", call.method, call.url);
        let parent = call.headers.get("traceparent").unwrap().to_str().unwrap();
        let parts: Vec<&str> = parent.split('-').collect();
        assert_eq!(parts.len(), 4, "{parent}");
        assert_eq!(parts[0], "00");
        assert_eq!(parts[1], "4bf92f3577b34da6a3ce929d0e0e4736", "same trace");
        assert_eq!(parts[2].len(), 16);
        assert_ne!(parts[2], "00f067aa0ba902b7", "our own span id");
        assert_eq!(parts[3], "01");
    }
}

#[tokio::test]
async fn without_a_traceparent_each_request_starts_its_own_trace_for_kratos() {
    let app = spawn_app().await;
    Mock::given(method("GET"))
        .and(path("/sessions/whoami"))
        .and(header_exists("traceparent"))
        .and(header_exists("x-request-id"))
        .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({})))
        .expect(2)
        .mount(&app.kratos)
        .await;
    let first = app.get("/").await;
    app.get_with("/", &[("traceparent", "00-not-a-valid-header-01")])
        .await;

    let calls = app.kratos.received_requests().await.unwrap();
    let traces: Vec<String> = calls
        .iter()
        .map(|call| {
            call.headers
                .get("traceparent")
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    for parent in &traces {
        let parts: Vec<&str> = parent.split('-').collect();
        assert_eq!(parts.len(), 4, "{parent}");
        assert!(parts[1].len() == 32 && parts[1].bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(parts[1].bytes().any(|b| b != b'0'));
    }
    assert_ne!(traces[0].split('-').nth(1), traces[1].split('-').nth(1));
    // The id Kratos sees is the one the browser got back.
    let id = calls[0]
        .headers
        .get("x-request-id")
        .unwrap()
        .to_str()
        .unwrap();
    assert_eq!(id, header(&first, "x-request-id"));
}

#[tokio::test]
async fn head_is_answered_wherever_get_is_without_a_body() {
    let app = spawn_app_with(|settings| settings.ui.base_path = "/account".to_owned()).await;
    app.kratos_answers_flow("settings", FLOW_ID, 200, fixture("settings-fresh"))
        .await;
    for path in [
        format!("/settings?flow={FLOW_ID}"),
        "/health/alive".to_owned(),
        "/favicon.ico".to_owned(),
        "/static/app.css".to_owned(),
        "/settings".to_owned(),
    ] {
        let get = app.get(&path).await;
        let head = app.request(Method::HEAD, &path).await;
        assert_eq!(head.status(), get.status(), "HEAD {path}");
        assert_eq!(
            head.headers().get("content-type"),
            get.headers().get("content-type"),
            "HEAD {path}"
        );
        assert!(
            head.bytes().await.unwrap().is_empty(),
            "HEAD {path} has a body"
        );
    }
}

#[tokio::test]
async fn other_methods_on_a_route_get_405_with_allow_and_unknown_paths_stay_404() {
    let app = spawn_app_with(|settings| settings.ui.base_path = "/account".to_owned()).await;
    for (verb, path) in [
        (Method::POST, "/settings"),
        (Method::PUT, "/settings"),
        (Method::DELETE, "/health/alive"),
        (Method::POST, "/static/app.css"),
        (Method::PATCH, "/"),
    ] {
        let response = app.request(verb.clone(), path).await;
        assert_eq!(response.status(), 405, "{verb} {path}");
        assert_eq!(header(&response, "allow"), "GET, HEAD", "{verb} {path}");
    }
    assert_eq!(
        app.request(Method::POST, "/nothing-here").await.status(),
        404
    );
    assert_eq!(
        app.request(Method::GET, "/nothing-here").await.status(),
        404
    );
}

#[tokio::test]
async fn pages_forbid_camera_microphone_and_location_and_allow_webauthn_for_self() {
    let app = spawn_app().await;
    let response = app.open_settings(fixture("settings-fresh")).await;
    assert_eq!(response.status(), 200);
    let policy = header(&response, "permissions-policy");
    let directives: Vec<&str> = policy.split(',').map(str::trim).collect();
    for expected in [
        "camera=()",
        "microphone=()",
        "geolocation=()",
        "publickey-credentials-get=(self)",
        "publickey-credentials-create=(self)",
    ] {
        assert!(
            directives.contains(&expected),
            "{expected} missing: {policy}"
        );
    }
}
