//! Security headers and escaping.

use serde_json::json;

use crate::helpers::{
    FLOW_ID, Page, attr, csrf_node, flow_with_nodes, header, spawn_app, spawn_app_with,
};

fn directives(csp: &str) -> Vec<(String, Vec<String>)> {
    csp.split(';')
        .map(|d| {
            let mut parts = d.split_whitespace().map(str::to_owned);
            (parts.next().unwrap_or_default(), parts.collect())
        })
        .collect()
}

fn directive(csp: &str, name: &str) -> Vec<String> {
    directives(csp)
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name} in {csp}"))
        .1
}

#[tokio::test]
async fn flow_pages_carry_a_strict_csp_with_a_fresh_nonce_and_are_not_cached() {
    let app = spawn_app().await;
    app.kratos_answers_flow(
        "settings",
        FLOW_ID,
        200,
        flow_with_nodes(json!([csrf_node()])),
    )
    .await;
    let mut nonces = Vec::new();
    for _ in 0..2 {
        let response = app.get(&format!("/settings?flow={FLOW_ID}")).await;
        assert_eq!(response.status(), 200);
        assert_eq!(header(&response, "cache-control"), "no-store");
        assert_eq!(header(&response, "x-content-type-options"), "nosniff");
        assert_eq!(
            header(&response, "referrer-policy"),
            "strict-origin-when-cross-origin"
        );
        let csp = header(&response, "content-security-policy");
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
            "{csp}"
        );
        let script_src = directive(&csp, "script-src");
        assert!(script_src.contains(&"'self'".to_owned()));
        assert!(script_src.contains(&app.kratos_browser()), "{csp}");
        let nonce = script_src
            .iter()
            .find(|s| s.starts_with("'nonce-"))
            .expect("a nonce")
            .clone();
        assert_eq!(directive(&csp, "img-src"), ["'self'", "data:"]);
        assert_eq!(
            directive(&csp, "form-action"),
            ["'self'".to_owned(), app.kratos_browser()]
        );
        assert_eq!(directive(&csp, "frame-ancestors"), ["'none'"]);
        assert_eq!(directive(&csp, "base-uri"), ["'none'"]);
        assert_eq!(directive(&csp, "default-src"), ["'none'"]);
        let page = Page::of(response).await;
        let app_js = page.one("script[src*='/static/app.js']");
        assert_eq!(
            format!("'nonce-{}'", crate::helpers::attr(app_js, "nonce")),
            nonce
        );
        nonces.push(nonce);
    }
    assert_ne!(nonces[0], nonces[1], "nonces are per response");
}

#[tokio::test]
async fn pages_with_oidc_allow_forms_to_reach_the_provider() {
    let link = json!({"type": "input", "group": "oidc", "messages": [], "meta": {},
        "attributes": {"node_type": "input", "name": "link", "type": "submit", "value": "github"}});

    let app = spawn_app().await;
    let csp = header(
        &app.open_settings(flow_with_nodes(json!([csrf_node(), link.clone()])))
            .await,
        "content-security-policy",
    );
    assert_eq!(
        directive(&csp, "form-action"),
        [
            "'self'".to_owned(),
            app.kratos_browser(),
            "https:".to_owned()
        ]
    );

    let app =
        spawn_app_with(|s| s.ui.form_action_origins = Some(vec!["https://github.com".to_owned()]))
            .await;
    let csp = header(
        &app.open_settings(flow_with_nodes(json!([csrf_node(), link])))
            .await,
        "content-security-policy",
    );
    assert_eq!(
        directive(&csp, "form-action"),
        [
            "'self'".to_owned(),
            app.kratos_browser(),
            "https://github.com".to_owned()
        ]
    );
}

#[tokio::test]
async fn hostile_labels_values_and_messages_are_escaped() {
    let app = spawn_app().await;
    let evil = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
    let flow = flow_with_nodes(json!([
        csrf_node(),
        {"type": "input", "group": "profile",
         "messages": [{"id": 4000001, "text": evil, "type": "error"}],
         "meta": {"label": {"id": 1, "text": evil, "type": "info"}},
         "attributes": {"node_type": "input", "name": "traits.name", "type": "text", "value": evil}},
        {"type": "input", "group": "profile", "messages": [], "meta": {"label": {"id": 2, "text": evil, "type": "info"}},
         "attributes": {"node_type": "input", "name": "method", "type": "submit", "value": evil}},
        {"type": "text", "group": "profile", "messages": [], "meta": {},
         "attributes": {"node_type": "text", "id": evil, "text": {"id": 3, "text": evil, "type": "info"}}},
    ]));
    let mut flow = flow;
    flow["ui"]["messages"] = json!([{"id": 4000002, "text": evil, "type": "error"}]);
    flow["identity"]["traits"]["email"] = json!(evil);
    app.kratos_answers_flow("settings", FLOW_ID, 200, flow)
        .await;
    let response = app.get(&format!("/settings?flow={FLOW_ID}")).await;
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    assert!(
        !body.contains("<script>alert"),
        "raw script tag in the page"
    );
    assert!(!body.contains("<img src=x"), "raw img tag in the page");
    let page = Page(scraper::Html::parse_document(&body));
    // Each hostile string arrived as text, intact.
    assert_eq!(page.count("img"), 0);
    assert_eq!(
        crate::helpers::attr(page.one("input[name='traits.name']"), "value"),
        evil
    );
    assert_eq!(page.text("[data-testid='ui/message/4000002']"), evil.trim());
    assert_eq!(page.count("[onerror]"), 0);
}

#[tokio::test]
async fn a_proxy_request_id_is_kept_and_a_bad_one_replaced() {
    let app = spawn_app().await;
    let response = app
        .get_with("/settings", &[("x-request-id", "req-123")])
        .await;
    assert_eq!(header(&response, "x-request-id"), "req-123");
    let response = app
        .get_with("/settings", &[("x-request-id", "bad id with spaces")])
        .await;
    let generated = header(&response, "x-request-id");
    assert_ne!(generated, "bad id with spaces");
    assert_eq!(generated.len(), 32);
}

/// A settings flow whose forms post to `action`.
fn flow_posting_to(action: &str) -> serde_json::Value {
    let mut flow = flow_with_nodes(json!([csrf_node(), password_node()]));
    flow["ui"]["action"] = json!(action);
    // Each answer its own flow: the mock Kratos answers a flow id with its first body.
    flow["id"] = json!(uuid::Uuid::new_v4().to_string());
    flow
}

fn password_node() -> serde_json::Value {
    json!({"type": "input", "group": "password", "messages": [], "meta": {},
        "attributes": {"node_type": "input", "name": "password", "type": "password", "required": true}})
}

#[tokio::test]
async fn a_flow_whose_forms_post_outside_kratos_is_a_502_without_its_forms() {
    let app = spawn_app().await;
    for action in [
        "https://evil.example/steal",
        "//evil.example/steal",
        "/self-service/settings",
        "http://localhost:4433@evil.example/steal",
        "javascript:alert(1)",
    ] {
        let response = app.open_settings(flow_posting_to(action)).await;
        assert_eq!(response.status(), 502, "{action}");
        let body = response.text().await.unwrap();
        assert!(!body.contains("evil.example"), "{action}: {body}");
        assert!(!body.contains("name=\"password\""), "{action}");
    }
    let page = app
        .settings_page(flow_posting_to(&format!(
            "{}/self-service/settings?flow=f",
            app.kratos_browser()
        )))
        .await;
    let form = page.one("form:has(input[name=password])");
    assert_eq!(
        attr(form, "action"),
        format!(
            "{}/self-service/settings?flow=f#password-changed",
            app.kratos_browser()
        )
    );
}

fn script_node(id: &str, src: &str) -> serde_json::Value {
    json!({"type": "script", "group": "webauthn", "messages": [], "meta": {},
        "attributes": {"node_type": "script", "id": id, "src": src, "async": true,
            "referrerpolicy": "no-referrer", "crossorigin": "anonymous", "integrity": "", "type": "text/javascript", "nonce": "n"}})
}

#[tokio::test]
async fn only_scripts_on_the_kratos_origin_get_the_nonce() {
    let app = spawn_app().await;
    let kratos_js = format!("{}/.well-known/ory/webauthn.js", app.kratos_browser());
    let page = app
        .settings_page(flow_with_nodes(json!([
            csrf_node(),
            password_node(),
            script_node("webauthn_script", &kratos_js),
            script_node("evil", "http://evil.example:18080/x.js"),
            script_node("evil_relative", "//evil.example/x.js"),
            script_node("evil_port", "http://localhost:4434/x.js"),
        ])))
        .await;
    let kratos_scripts = page.all("script[data-kratos-script]");
    assert_eq!(kratos_scripts.len(), 1);
    assert_eq!(attr(kratos_scripts[0], "src"), kratos_js);
    assert!(!attr(kratos_scripts[0], "nonce").is_empty());
    assert_eq!(page.count("script[src*='evil']"), 0);
    assert_eq!(page.count("script[src*='4434']"), 0);
}

fn anchor_node(id: &str, href: &str) -> serde_json::Value {
    json!({"type": "a", "group": "profile", "messages": [], "meta": {},
        "attributes": {"node_type": "a", "id": id, "href": href, "title": {"id": 1, "text": id, "type": "info"}}})
}

#[tokio::test]
async fn links_a_browser_would_resolve_to_another_host_are_not_rendered() {
    let app = spawn_app().await;
    let hostile = [
        "/\\evil.com",
        "/\\t/evil.com",
        "/\t/evil.com",
        "/\n/evil.com",
        "\\\\evil.com",
        "//evil.com",
        "https://evil.com/",
        "javascript:alert(1)",
    ];
    let mut nodes = vec![csrf_node(), password_node()];
    for (i, href) in hostile.iter().enumerate() {
        nodes.push(anchor_node(&format!("evil{i}"), href));
    }
    let kratos_link = format!("{}/self-service/login/browser", app.kratos_browser());
    nodes.push(anchor_node("ours", "/recovery"));
    nodes.push(anchor_node("kratos", &kratos_link));
    let page = app.settings_page(flow_with_nodes(json!(nodes))).await;
    for (i, href) in hostile.iter().enumerate() {
        assert_eq!(
            page.count(&format!("[data-testid='node/anchor/evil{i}']")),
            0,
            "{href:?} was rendered"
        );
    }
    assert_eq!(
        attr(page.one("[data-testid='node/anchor/ours']"), "href"),
        "/recovery"
    );
    assert_eq!(
        attr(page.one("[data-testid='node/anchor/kratos']"), "href"),
        kratos_link
    );
}

#[tokio::test]
async fn images_come_from_data_urls_or_the_allowed_origins_only() {
    let app = spawn_app().await;
    let image = |id: &str, src: &str| {
        json!({"type": "img", "group": "totp", "messages": [], "meta": {},
            "attributes": {"node_type": "img", "id": id, "src": src, "width": 1, "height": 1}})
    };
    let page = app
        .settings_page(flow_with_nodes(json!([
            csrf_node(),
            image("totp_qr", "data:image/png;base64,AAAA"),
            image("tracker", "https://tracker.example/pixel.gif"),
            image("tricky", "/\\tracker.example/pixel.gif"),
            {"type": "input", "group": "totp", "messages": [], "meta": {},
             "attributes": {"node_type": "input", "name": "totp_code", "type": "text", "required": true}},
        ])))
        .await;
    page.one("[data-testid='node/image/totp_qr']");
    assert_eq!(page.count("[data-testid='node/image/tracker']"), 0);
    assert_eq!(page.count("[data-testid='node/image/tricky']"), 0);
}
