//! Health endpoints, static assets and the base path.

use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::helpers::{
    attr, csrf_node, flow_with_nodes, header, location, spawn_app, spawn_app_with,
};

#[tokio::test]
async fn alive_always_answers() {
    let app = spawn_app().await;
    assert_eq!(app.get("/health/alive").await.status(), 200);
}

#[tokio::test]
async fn ready_follows_kratos() {
    let app = spawn_app().await;
    assert_eq!(app.get("/health/ready").await.status(), 503);
    Mock::given(method("GET"))
        .and(path("/health/alive"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"status": "ok"})))
        .mount(&app.kratos)
        .await;
    assert_eq!(app.get("/health/ready").await.status(), 200);
}

#[tokio::test]
async fn static_assets_are_versioned_cached_and_revalidated() {
    let app = spawn_app().await;
    let page = app
        .settings_page(flow_with_nodes(serde_json::json!([csrf_node()])))
        .await;
    let css_href = attr(page.one("link[rel=stylesheet]"), "href").to_owned();
    assert!(css_href.starts_with("/static/app.css?v="));

    let response = app.get(&css_href["".len()..]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "content-type"), "text/css; charset=utf-8");
    assert_eq!(
        header(&response, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    let etag = header(&response, "etag");
    assert!(response.text().await.unwrap().contains("--color-accent"));

    let unversioned = app.get("/static/app.css").await;
    assert_eq!(header(&unversioned, "cache-control"), "public, max-age=300");
    let revalidated = app
        .get_with("/static/app.css", &[("if-none-match", &etag)])
        .await;
    assert_eq!(revalidated.status(), 304);
    assert_eq!(app.get("/static/nope.css").await.status(), 404);
    let icon = app.get("/favicon.ico").await;
    assert_eq!(icon.status(), 200);
    assert_eq!(header(&icon, "content-type"), "image/svg+xml");
    assert_eq!(app.get("/static/..%2FCargo.toml").await.status(), 404);
}

#[tokio::test]
async fn everything_lives_under_the_base_path() {
    let app = spawn_app_with(|s| s.ui.base_path = "/account".to_owned()).await;
    // `app.address` includes the base path.
    assert_eq!(
        location(&app.get("/settings").await),
        format!("{}/self-service/settings/browser", app.kratos_browser())
    );
    let page = app
        .settings_page(flow_with_nodes(serde_json::json!([csrf_node()])))
        .await;
    assert!(
        attr(page.one("link[rel=stylesheet]"), "href").starts_with("/account/static/app.css?v=")
    );
    assert!(
        attr(page.one("script[src*='app.js']"), "src").starts_with("/account/static/app.js?v=")
    );
    assert_eq!(attr(page.one(".site-header__brand"), "href"), "/account/");
    assert_eq!(app.get("/health/alive").await.status(), 200);

    // Outside the base path there is no settings page.
    let root = app.address.trim_end_matches("/account").to_owned();
    let outside = crate::helpers::http_client();
    assert_eq!(
        outside
            .get(format!("{root}/settings"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    assert_eq!(
        outside
            .get(format!("{root}/health/alive"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}
