//! The reader's language: negotiated from Accept-Language, right-to-left where it should be,
//! Kratos' messages by id in that language, and the language menu on every page.

use serde_json::json;

use crate::helpers::{
    FLOW_ID, Page, attr, csrf_node, fixture, flow_with_nodes, location, spawn_app,
};

#[tokio::test]
async fn the_page_speaks_the_browsers_language() {
    let app = spawn_app().await;
    app.kratos_answers_flow(
        "settings",
        FLOW_ID,
        200,
        fixture("settings-lookup-revealed"),
    )
    .await;
    let response = app
        .get_with(
            &format!("/settings?flow={FLOW_ID}"),
            &[("accept-language", "fr-CH, de;q=0.9, en;q=0.8")],
        )
        .await;
    let page = Page::of(response).await;
    let html = page.one("html");
    assert_eq!((attr(html, "lang"), attr(html, "dir")), ("fr", "ltr"));
    assert_eq!(page.text("h1"), "Paramètres du compte");
    assert!(
        page.text("title")
            .starts_with("Paramètres du compte · Compte")
    );
    assert_eq!(
        page.text("[data-testid='form/password'] h2"),
        "Mot de passe"
    );
}

#[tokio::test]
async fn arabic_pages_run_right_to_left_and_kratos_messages_follow_by_id() {
    let app = spawn_app().await;
    let password = json!({"type": "input", "group": "password", "meta": {"label": {"id": 1070001, "text": "Password", "type": "info"}},
        "messages": [{"id": 4000032, "text": "The password must be at least 8 characters long, but got 5.", "type": "error",
                      "context": {"min_length": 8, "actual_length": 5}}],
        "attributes": {"node_type": "input", "name": "password", "type": "password", "required": true}});
    let save = json!({"type": "input", "group": "password", "messages": [], "meta": {"label": {"id": 1070003, "text": "Save", "type": "info"}},
        "attributes": {"node_type": "input", "name": "method", "type": "submit", "value": "password"}});
    let flow = flow_with_nodes(json!([csrf_node(), password, save]));
    app.kratos_answers_flow("settings", FLOW_ID, 200, flow)
        .await;
    let response = app
        .get_with(
            &format!("/settings?flow={FLOW_ID}"),
            &[("accept-language", "ar-EG")],
        )
        .await;
    let page = Page::of(response).await;
    assert_eq!(attr(page.one("html"), "dir"), "rtl");
    assert_eq!(page.text("main label[for]"), "كلمة المرور");
    assert_eq!(page.text("button[name=method]"), "تغيير كلمة المرور");
    let message = page.text("[data-testid='ui/message/4000032']");
    // Arabic digits, the "many"/"few" forms of the word, and no English left.
    assert!(message.contains('٨') && message.contains('٥'), "{message}");
    assert!(!message.contains("password"), "{message}");
}

#[tokio::test]
async fn every_page_offers_the_language_menu_without_javascript() {
    let app = spawn_app().await;
    let page = app.settings_page(fixture("settings-lookup-revealed")).await;
    let menu = page.one("form[data-testid='language-menu']");
    assert_eq!(attr(menu, "method"), "get");
    assert_eq!(attr(menu, "action"), "/language");
    let options: Vec<&str> = page
        .all("select[name=lang] option")
        .iter()
        .map(|o| attr(*o, "value"))
        .collect();
    assert_eq!(options.len(), 13);
    assert!(options.contains(&"pt-BR") && options.contains(&"zh-Hans") && options.contains(&"ar"));
    let back = attr(page.one("input[name=return_to][type=hidden]"), "value");
    assert!(back.starts_with("/settings?flow="), "{back}");
    // The error page too.
    let not_found = Page::of(app.get("/no-such-page").await).await;
    not_found.one("form[data-testid='language-menu']");
}

#[tokio::test]
async fn the_language_route_only_goes_back_to_our_own_pages() {
    let app = spawn_app().await;
    let back = app
        .get("/language?lang=de&return_to=%2Fsettings%3Fflow%3D1")
        .await;
    assert_eq!(back.status(), 303);
    assert_eq!(location(&back), "/settings?flow=1");
    for hostile in [
        "%2F%2Fevil.example",
        "https%3A%2F%2Fevil.example%2F",
        "%2F%5Cevil.example",
    ] {
        let response = app
            .get(&format!("/language?lang=de&return_to={hostile}"))
            .await;
        assert_eq!(location(&response), "/", "{hostile}");
    }
    let unknown = app.get("/language?lang=xx&return_to=%2F").await;
    assert_eq!(unknown.status(), 303);
}

#[tokio::test]
async fn the_operators_brand_shows_without_a_rebuild() {
    let static_dir = std::env::temp_dir().join(format!("kau-brand-{}", uuid_like()));
    std::fs::create_dir_all(&static_dir).unwrap();
    for file in ["app.css", "app.js", "favicon.svg"] {
        std::fs::copy(format!("static/{file}"), static_dir.join(file)).unwrap();
    }
    std::fs::write(
        static_dir.join("logo.svg"),
        "<svg xmlns='http://www.w3.org/2000/svg'/>",
    )
    .unwrap();
    std::fs::write(
        static_dir.join("theme.css"),
        ":root { --color-accent: #7c3aed; }",
    )
    .unwrap();
    let dir = static_dir.clone();
    let app = crate::helpers::spawn_app_with(move |settings| {
        settings.ui.static_dir = dir;
        settings.ui.brand.product_name = Some("Example Cloud".to_owned());
        settings.ui.brand.logo = Some("logo.svg".to_owned());
        settings.ui.brand.theme_css = Some("theme.css".to_owned());
        settings.ui.brand.support_url = Some("mailto:help@example.com".to_owned());
        settings.ui.brand.footer_text = Some("© Example <Inc>".to_owned());
    })
    .await;
    let page = app.settings_page(fixture("settings-lookup-revealed")).await;
    assert!(
        page.text("title").ends_with("· Example Cloud"),
        "{}",
        page.text("title")
    );
    assert_eq!(page.text("[data-testid='brand']"), "Example Cloud");
    assert!(attr(page.one("[data-testid='brand'] img"), "src").starts_with("/static/logo.svg?v="));
    // The theme comes after app.css, so its rules win.
    let sheets: Vec<&str> = page
        .all("link[rel=stylesheet]")
        .iter()
        .map(|l| attr(*l, "href"))
        .collect();
    assert!(sheets[0].starts_with("/static/app.css") && sheets[1].starts_with("/static/theme.css"));
    assert_eq!(
        attr(page.one("[data-testid='support-link']"), "href"),
        "mailto:help@example.com"
    );
    assert_eq!(page.text("[data-testid='footer-text']"), "© Example <Inc>");
    // Error pages carry the brand too.
    let error = Page::of(app.get("/nowhere").await).await;
    assert!(error.text("title").ends_with("· Example Cloud"));
    error.one("[data-testid='support-link']");
    std::fs::remove_dir_all(&static_dir).unwrap();
}

fn uuid_like() -> String {
    format!("{}-{:?}", std::process::id(), std::thread::current().id())
        .replace(|c: char| !c.is_ascii_alphanumeric(), "")
}
