//! Every row of the soft-error table: what Kratos answers -> where the browser goes.

use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::helpers::{FLOW_ID, csrf_node, fixture, flow_with_nodes, location, spawn_app};

#[tokio::test]
async fn without_a_flow_the_browser_starts_one_at_kratos() {
    let app = spawn_app().await;
    let response = app.get("/settings").await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        location(&response),
        format!("{}/self-service/settings/browser", app.kratos_browser())
    );
}

#[tokio::test]
async fn return_to_survives_the_init_redirect() {
    let app = spawn_app().await;
    let response = app
        .get("/settings?return_to=https%3A%2F%2Fapp.example.com%2Fhome%3Fa%3D1")
        .await;
    assert_eq!(
        location(&response),
        format!(
            "{}/self-service/settings/browser?return_to=https%3A%2F%2Fapp.example.com%2Fhome%3Fa%3D1",
            app.kratos_browser()
        )
    );
}

#[tokio::test]
async fn the_browser_url_is_used_for_redirects_not_the_server_url() {
    let app = crate::helpers::spawn_app_with(|s| {
        s.kratos.browser_url = "https://auth.example.com/".parse().unwrap();
    })
    .await;
    let response = app.get("/settings").await;
    assert_eq!(
        location(&response),
        "https://auth.example.com/self-service/settings/browser"
    );
}

#[tokio::test]
async fn a_malformed_flow_id_gets_a_fresh_flow_without_asking_kratos() {
    let app = spawn_app().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&app.kratos)
        .await;
    for bad in ["not-a-uuid", "%27%3Cscript%3E", "", "123"] {
        let response = app
            .get(&format!(
                "/settings?flow={bad}&return_to=https%3A%2F%2Fapp%2F"
            ))
            .await;
        assert_eq!(response.status(), 303, "{bad}");
        assert_eq!(
            location(&response),
            format!(
                "{}/self-service/settings/browser?return_to=https%3A%2F%2Fapp%2F",
                app.kratos_browser()
            )
        );
    }
}

#[tokio::test]
async fn the_browser_cookie_is_forwarded_verbatim_with_a_json_accept() {
    let app = spawn_app().await;
    let cookie = "ory_kratos_session=abc.def; csrf_token_82b1=xyz==";
    Mock::given(method("GET"))
        .and(path("/self-service/settings/flows"))
        .and(header("cookie", cookie))
        .and(header("accept", "application/json"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(flow_with_nodes(json!([csrf_node()]))),
        )
        .expect(1)
        .mount(&app.kratos)
        .await;
    let response = app
        .get_with(&format!("/settings?flow={FLOW_ID}"), &[("cookie", cookie)])
        .await;
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn no_cookie_is_invented_when_the_browser_sends_none() {
    let app = spawn_app().await;
    Mock::given(method("GET"))
        .and(path("/self-service/settings/flows"))
        .and(wiremock::matchers::header_exists("cookie"))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&app.kratos)
        .await;
    app.kratos_answers_flow("settings", FLOW_ID, 401, fixture("error-401-no-session"))
        .await;
    let response = app.get(&format!("/settings?flow={FLOW_ID}")).await;
    assert_eq!(response.status(), 303);
}

#[tokio::test]
async fn a_missing_session_redirects_to_login_returning_to_a_fresh_settings_flow() {
    let app = spawn_app().await;
    // The real 401 carries no error.id; the documented one says session_inactive.
    for body in [
        fixture("error-401-no-session"),
        json!({"error": {"id": "session_inactive", "code": 401}}),
    ] {
        let id = uuid::Uuid::new_v4().to_string();
        app.kratos_answers_flow("settings", &id, 401, body).await;
        let response = app
            .get(&format!(
                "/settings?flow={id}&return_to=https%3A%2F%2Fapp%2Fx"
            ))
            .await;
        assert_eq!(response.status(), 303);
        let target = url::Url::parse(&location(&response)).unwrap();
        assert_eq!(target.path(), "/self-service/login/browser");
        let return_to: Vec<_> = target
            .query_pairs()
            .filter(|(k, _)| k == "return_to")
            .collect();
        assert_eq!(return_to.len(), 1);
        assert_eq!(
            return_to[0].1,
            format!(
                "{}/self-service/settings/browser?return_to=https%3A%2F%2Fapp%2Fx",
                app.kratos_browser()
            )
        );
    }
}

#[tokio::test]
async fn an_unusable_flow_is_replaced_by_a_fresh_one_keeping_return_to() {
    let app = spawn_app().await;
    let cases = [
        (403, fixture("error-403-identity-mismatch")),
        (
            403,
            json!({"error": {"id": "security_csrf_violation", "code": 403}}),
        ),
        (
            403,
            json!({"error": {"code": 403, "reason": "something else"}}),
        ),
        (404, fixture("error-404-unknown-flow")),
        (410, json!({"error": {"code": 410}})),
    ];
    for (status, body) in cases {
        let id = uuid::Uuid::new_v4().to_string();
        app.kratos_answers_flow("settings", &id, status, body).await;
        let response = app
            .get(&format!(
                "/settings?flow={id}&return_to=https%3A%2F%2Fapp%2F"
            ))
            .await;
        assert_eq!(response.status(), 303, "{status}");
        assert_eq!(
            location(&response),
            format!(
                "{}/self-service/settings/browser?return_to=https%3A%2F%2Fapp%2F",
                app.kratos_browser()
            ),
            "{status}"
        );
    }
}

#[tokio::test]
async fn aal2_required_sends_the_browser_to_kratos_step_up() {
    let app = spawn_app().await;
    let target = format!(
        "{}/self-service/login/browser?aal=aal2&return_to=http%3A%2F%2Flocalhost%3A4455%2Fsettings%3Fflow%3D{FLOW_ID}",
        app.kratos_browser()
    );
    let mut body = fixture("error-403-aal2-required");
    body["redirect_browser_to"] = json!(target);
    body["error"]["details"]["redirect_browser_to"] = json!(target);
    app.kratos_answers_flow("settings", FLOW_ID, 403, body)
        .await;
    let response = app.get(&format!("/settings?flow={FLOW_ID}")).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), target);
}

#[tokio::test]
async fn an_expired_flow_goes_where_kratos_says() {
    let app = spawn_app().await;
    let mut body = fixture("error-410-expired");
    let successor = format!(
        "{}/self-service/settings/browser?return_to=https%3A%2F%2Fapp%2F",
        app.kratos_browser()
    );
    body["error"]["details"]["redirect_to"] = json!(successor);
    app.kratos_answers_flow("settings", FLOW_ID, 410, body)
        .await;
    let response = app.get(&format!("/settings?flow={FLOW_ID}")).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), successor);
}

#[tokio::test]
async fn redirect_targets_off_the_kratos_browser_origin_are_not_followed() {
    let app = spawn_app().await;
    let cases = [
        (
            403,
            json!({"error": {"id": "session_aal2_required", "code": 403}, "redirect_browser_to": "https://evil.example/phish"}),
        ),
        (
            403,
            json!({"error": {"id": "session_aal2_required", "code": 403}, "redirect_browser_to": "javascript:alert(1)"}),
        ),
        (
            410,
            json!({"error": {"code": 410, "details": {"redirect_to": "//evil.example/x"}}}),
        ),
        (
            410,
            json!({"error": {"code": 410, "details": {"redirect_to": "http://127.0.0.1:1/self-service/settings/browser"}}}),
        ),
    ];
    for (status, body) in cases {
        let id = uuid::Uuid::new_v4().to_string();
        app.kratos_answers_flow("settings", &id, status, body.clone())
            .await;
        let response = app.get(&format!("/settings?flow={id}")).await;
        assert_eq!(response.status(), 303, "{body}");
        assert_eq!(
            location(&response),
            format!("{}/self-service/settings/browser", app.kratos_browser()),
            "{body}"
        );
    }
}
