//! One builder, one request helper, one fixture loader for the black-box tests.

use std::path::PathBuf;

use kratos_account_ui::config::Settings;
use kratos_account_ui::startup::Application;
use scraper::{Html, Selector};
use serde_json::Value;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

pub struct TestApp {
    pub address: String,
    /// Where `/metrics` answers (`METRICS_PORT`, or the main port at the root).
    pub metrics_url: String,
    pub kratos: MockServer,
    kratos_browser: String,
    client: reqwest::Client,
}

/// The app, built by the same builder as `main`, with Kratos replaced by a mock.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(customise: impl FnOnce(&mut Settings)) -> TestApp {
    let kratos = MockServer::start().await;
    let mut settings = Settings::from_lookup(|name| match name {
        "KRATOS_PUBLIC_URL" => Some(kratos.uri()),
        // Where browsers reach Kratos: the origin our recorded fixtures carry.
        "KRATOS_BROWSER_URL" => Some(KRATOS_BROWSER.to_owned()),
        "PORT" => Some("0".to_owned()),
        "KRATOS_TIMEOUT" => Some("1s".to_owned()),
        "STATIC_DIR" => Some(concat!(env!("CARGO_MANIFEST_DIR"), "/static").to_owned()),
        // The production path (a configured key), over plain http.
        "SESSION_SECRET" => Some(SESSION_SECRET.to_owned()),
        "SESSION_COOKIE_SECURE" => Some("false".to_owned()),
        _ => None,
    })
    .expect("test settings are valid");
    customise(&mut settings);
    let base_path = settings.ui.base_path.clone();
    let kratos_browser = settings
        .kratos
        .browser_url
        .as_str()
        .trim_end_matches('/')
        .to_owned();
    let application = Application::build(settings).await.expect("the app builds");
    let address = format!("http://127.0.0.1:{}{}", application.port(), base_path);
    let metrics_url = format!("http://127.0.0.1:{}/metrics", application.metrics_port());
    tokio::spawn(application.run_until_stopped());

    let client = http_client();
    TestApp {
        address,
        metrics_url,
        kratos,
        kratos_browser,
        client,
    }
}

async fn send_with(
    mut request: reqwest::RequestBuilder,
    headers: &[(&str, &str)],
) -> reqwest::Response {
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.expect("the app answers")
}

/// A client like a test's browser would be, minus redirects (the tests check them).
pub fn http_client() -> reqwest::Client {
    // reqwest is built without a default crypto provider (see Cargo.toml).
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Kratos as browsers reach it in the tests (the server-side calls go to the mock).
pub const KRATOS_BROWSER: &str = "http://localhost:4433";

impl TestApp {
    /// Kratos' browser URL as the app was configured with (no trailing slash).
    pub fn kratos_browser(&self) -> String {
        self.kratos_browser.clone()
    }

    /// GET a path of the app (relative to its base path), never following redirects.
    pub async fn get(&self, path_and_query: &str) -> reqwest::Response {
        self.get_with(path_and_query, &[]).await
    }

    pub async fn get_with(
        &self,
        path_and_query: &str,
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let request = self
            .client
            .get(format!("{}{}", self.address, path_and_query));
        send_with(request, headers).await
    }

    /// Any request to the app (relative to its base path).
    pub async fn request(
        &self,
        method: reqwest::Method,
        path_and_query: &str,
    ) -> reqwest::Response {
        self.client
            .request(method, format!("{}{}", self.address, path_and_query))
            .send()
            .await
            .expect("the app answers")
    }

    /// The Prometheus text the app exposes right now.
    pub async fn metrics(&self) -> String {
        let response = self
            .client
            .get(&self.metrics_url)
            .send()
            .await
            .expect("/metrics answers");
        assert_eq!(response.status(), 200);
        response.text().await.expect("a text body")
    }

    /// POST a form to a path of the app, with extra headers (cookies, Origin, ...).
    pub async fn post_form(
        &self,
        path: &str,
        form: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        self.post_form_body(path, &body, headers).await
    }

    /// POST a form (`body` already URL-encoded) to a path of the app, never following
    /// redirects.
    pub async fn post_form_body(
        &self,
        path_and_query: &str,
        body: &str,
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let request = self
            .client
            .post(format!("{}{}", self.address, path_and_query))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.to_owned());
        send_with(request, headers).await
    }

    /// Kratos answers the settings flow fetch for `flow_id` with `status` and `body`.
    pub async fn kratos_answers_flow(&self, kind: &str, flow_id: &str, status: u16, body: Value) {
        Mock::given(method("GET"))
            .and(path(format!("/self-service/{kind}/flows")))
            .and(query_param("id", flow_id))
            .respond_with(ResponseTemplate::new(status).set_body_json(body))
            .mount(&self.kratos)
            .await;
    }

    /// Kratos serves `flow` (a settings flow); the browser opens it.
    pub async fn open_settings(&self, flow: Value) -> reqwest::Response {
        self.open_flow("settings", flow).await
    }

    /// Kratos serves `flow` of `kind` (`login`, `recovery`, ...); the browser opens its page.
    pub async fn open_flow(&self, kind: &str, flow: Value) -> reqwest::Response {
        let id = flow["id"].as_str().unwrap_or(FLOW_ID).to_owned();
        self.kratos_answers_flow(kind, &id, 200, flow).await;
        self.get(&format!("/{kind}?flow={id}")).await
    }

    /// Like [`Self::open_settings`], for a page that must render.
    pub async fn settings_page(&self, flow: Value) -> Page {
        let response = self.open_settings(flow).await;
        assert_eq!(response.status(), 200);
        Page::of(response).await
    }

    /// Kratos answers any GET of `path` (whatever the query) with `status` and `body`.
    pub async fn kratos_answers(&self, path_: &str, status: u16, body: Value) {
        Mock::given(method("GET"))
            .and(path(path_))
            .respond_with(ResponseTemplate::new(status).set_body_json(body))
            .mount(&self.kratos)
            .await;
    }

    /// Opens a settings page as a browser would and returns its session cookie and the CSRF
    /// token of its "Sign out" form.
    pub async fn sign_out_form(&self) -> (String, String) {
        let response = self.open_settings(fixture("settings-fresh")).await;
        assert_eq!(response.status(), 200);
        let cookie = session_cookie(&response);
        let page = Page::of(response).await;
        let token = attr(
            page.one("[data-testid='sign-out-form'] input[name=kau_csrf]"),
            "value",
        );
        (cookie, token.to_owned())
    }

    pub async fn kratos_answers_logout(&self, status: u16, body: Value) {
        self.kratos_answers("/self-service/logout/browser", status, body)
            .await;
    }
}

pub const SESSION_SECRET: &str =
    "test-session-secret-test-session-secret-test-session-secret-0123456789";

pub const FLOW_ID: &str = "dd36eeab-831f-4ca2-9c46-da280819c641";

/// A body recorded from our own real Kratos (see tests/fixtures/kratos/README.md).
pub fn fixture(name: &str) -> Value {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "fixtures",
        "kratos",
        &format!("{name}.json"),
    ]
    .iter()
    .collect();
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    serde_json::from_str(&text).expect("fixtures are JSON")
}

/// A minimal settings flow around the given nodes.
pub fn flow_with_nodes(nodes: Value) -> Value {
    serde_json::json!({
        "id": FLOW_ID,
        "type": "browser",
        "state": "show_form",
        "identity": {"id": "i-1", "traits": {"email": "alice@example.com"}},
        "ui": {
            "action": format!("{KRATOS_BROWSER}/self-service/settings?flow={FLOW_ID}"),
            "method": "POST",
            "nodes": nodes
        }
    })
}

/// Matches a request to Kratos that forwards the browser's cookie `pair` (`name=value`).
pub fn carries_cookie(pair: &'static str) -> impl Fn(&wiremock::Request) -> bool {
    move |request| {
        request
            .headers
            .get("cookie")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split("; ").any(|p| p == pair))
    }
}

pub fn csrf_node() -> Value {
    serde_json::json!({"type": "input", "group": "default", "messages": [], "meta": {},
        "attributes": {"node_type": "input", "name": "csrf_token", "type": "hidden", "value": "csrf-value", "required": true}})
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .expect("a Location header")
        .to_str()
        .unwrap()
        .to_owned()
}

/// The `Cookie` header value a browser would send back for the cookie session the response
/// started.
pub fn session_cookie(response: &reqwest::Response) -> String {
    let cookie = response
        .cookies()
        .find(|cookie| cookie.name() == "kau_session")
        .expect("a kau_session cookie");
    format!("kau_session={}", cookie.value())
}

pub fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .unwrap_or_else(|| panic!("a {name} header"))
        .to_str()
        .unwrap()
        .to_owned()
}

/// Parsed HTML with CSS-selector helpers.
pub struct Page(pub Html);

impl Page {
    pub async fn of(response: reqwest::Response) -> Self {
        Page(Html::parse_document(&response.text().await.unwrap()))
    }

    pub fn all(&self, selector: &str) -> Vec<scraper::ElementRef<'_>> {
        let selector =
            Selector::parse(selector).unwrap_or_else(|_| panic!("bad selector {selector}"));
        self.0.select(&selector).collect()
    }

    pub fn one(&self, selector: &str) -> scraper::ElementRef<'_> {
        let found = self.all(selector);
        assert_eq!(
            found.len(),
            1,
            "expected exactly one {selector}, found {}",
            found.len()
        );
        found[0]
    }

    pub fn count(&self, selector: &str) -> usize {
        self.all(selector).len()
    }

    pub fn text(&self, selector: &str) -> String {
        self.one(selector)
            .text()
            .collect::<String>()
            .trim()
            .to_owned()
    }
}

pub fn attr<'a>(element: scraper::ElementRef<'a>, name: &str) -> &'a str {
    element
        .value()
        .attr(name)
        .unwrap_or_else(|| panic!("no {name} attribute"))
}
