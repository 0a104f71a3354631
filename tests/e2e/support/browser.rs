//! A small W3C WebDriver client for chromedriver: one session (a fresh Chromium profile) per
//! scenario, elements, cookies, the browser log, the WebAuthn extension and DevTools commands.
//! Methods panic with context, because each call is a test step.

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::Method;
use serde::Deserialize;
use serde_json::{Value, json};
use url::Url;

use super::artifacts::Artifacts;
use super::chromedriver::{self, CHROMIUM};
use super::wait::{PATIENCE, until};

/// The key WebDriver wraps element references in.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

const CHROMIUM_ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
    "--window-size=1280,1000",
    // Hermetic: everything a scenario talks to is on localhost. Without this, the first tab of
    // a fresh profile (Debian's new-tab page, which loads https://start.duckduckgo.com/) holds
    // up the first navigation for as long as DNS takes to fail: up to 5 s in a sandbox.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
];

/// One browser session; clones share it.
#[derive(Clone)]
pub struct Browser {
    inner: Arc<Session>,
}

struct Session {
    http: reqwest::Client,
    /// `http://127.0.0.1:<driver>/session/<id>`
    url: String,
    profile: PathBuf,
    /// Every browser log entry read so far (chromedriver hands each out only once).
    log: Mutex<Vec<LogEntry>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LogEntry {
    pub level: String,
    pub message: String,
    #[serde(default)]
    pub source: String,
}

impl fmt::Display for LogEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{} {}] {}", self.level, self.source, self.message)
    }
}

#[derive(Debug)]
pub struct WebDriverError {
    pub error: String,
    pub message: String,
}

impl fmt::Display for WebDriverError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.error, self.message)
    }
}

/// An element of the current page.
#[derive(Clone)]
pub struct Element {
    browser: Browser,
    id: String,
}

impl Browser {
    /// A new Chromium with a fresh profile in `profile` (so: no cookies).
    pub async fn start(profile: PathBuf) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(90))
            .build()
            .expect("an HTTP client for chromedriver");
        let driver = chromedriver::url(&http).await;
        let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|a| a.to_string()).collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM, "args": args},
            "goog:loggingPrefs": {"browser": "ALL"},
            "webauthn:virtualAuthenticators": true,
            "timeouts": {"pageLoad": 30_000, "script": 30_000},
        }}});
        let response = http
            .post(format!("{driver}/session"))
            .json(&capabilities)
            .send()
            .await
            .expect("chromedriver answers");
        let body: Value = response.json().await.expect("a JSON answer");
        let id = body["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no browser session: {body}"));
        Self {
            inner: Arc::new(Session {
                url: format!("{driver}/session/{id}"),
                http,
                profile,
                log: Mutex::new(Vec::new()),
            }),
        }
    }

    /// Ends the session (Chromium exits) and removes its profile.
    pub async fn close(&self) {
        if let Err(err) = self.command(Method::DELETE, "", None).await {
            eprintln!("e2e: closing the browser: {err}");
        }
        let _ = std::fs::remove_dir_all(&self.inner.profile);
    }

    async fn command(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, WebDriverError> {
        let url = format!("{}{path}", self.inner.url);
        let mut request = self.inner.http.request(method.clone(), &url);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let transport = |err: reqwest::Error| WebDriverError {
            error: "transport".to_owned(),
            message: format!("{method} {path}: {err}"),
        };
        let response = request.send().await.map_err(transport)?;
        let ok = response.status().is_success();
        let body: Value = response.json().await.map_err(transport)?;
        let value = body.get("value").cloned().unwrap_or(Value::Null);
        if ok {
            Ok(value)
        } else {
            Err(WebDriverError {
                error: value["error"].as_str().unwrap_or("unknown").to_owned(),
                message: value["message"].as_str().unwrap_or_default().to_owned(),
            })
        }
    }

    /// A command that must succeed.
    async fn run(&self, method: Method, path: &str, body: Option<Value>) -> Value {
        self.command(method.clone(), path, body)
            .await
            .unwrap_or_else(|err| panic!("WebDriver {method} {path}: {err}"))
    }

    pub async fn goto(&self, url: &str) {
        self.run(Method::POST, "/url", Some(json!({ "url": url })))
            .await;
    }

    pub async fn refresh(&self) {
        self.run(Method::POST, "/refresh", Some(json!({}))).await;
    }

    pub async fn url(&self) -> Url {
        let url = self.run(Method::GET, "/url", None).await;
        Url::parse(url.as_str().unwrap_or_default()).expect("the browser reports a URL")
    }

    /// Waits until the current URL satisfies `accept` and returns it.
    pub async fn wait_for_url(&self, what: &str, accept: impl Fn(&Url) -> bool) -> Url {
        until(format!("the URL to be {what}"), PATIENCE, || async {
            let url = self.url().await;
            accept(&url).then_some(url)
        })
        .await
    }

    pub async fn find(&self, css: &str) -> Option<Element> {
        let found = self
            .command(Method::POST, "/element", Some(locator(css)))
            .await;
        self.element_or_none(found, css)
    }

    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        let found = self
            .run(Method::POST, "/elements", Some(locator(css)))
            .await;
        self.elements(found)
    }

    /// The element, once it is on the page.
    pub async fn wait_for(&self, css: &str) -> Element {
        until(format!("`{css}` to appear"), PATIENCE, || self.find(css)).await
    }

    /// Waits until nothing matches `css`.
    pub async fn wait_for_gone(&self, css: &str) {
        until(format!("`{css}` to disappear"), PATIENCE, || async {
            self.find(css).await.is_none().then_some(())
        })
        .await
    }

    /// Clicks and waits until the browser has left this page and loaded the next one, wherever
    /// the redirects went. (Waiting for an element alone could find it on the old page.)
    pub async fn click_and_wait_for_next_page(&self, element: &Element, what: &str) {
        let old_page = self.wait_for("html").await;
        element.click().await;
        until(
            format!("the next page after clicking {what}"),
            PATIENCE,
            || async { old_page.is_stale().await.then_some(()) },
        )
        .await;
        until("the page to finish loading", PATIENCE, || async {
            let state = self
                .command(
                    Method::POST,
                    "/execute/sync",
                    Some(json!({"script": "return document.readyState", "args": []})),
                )
                .await
                .ok()?;
            (state == "complete").then_some(())
        })
        .await;
    }

    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        self.run(
            Method::POST,
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
        .await
    }

    /// A Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.run(
            Method::POST,
            "/goog/cdp/execute",
            Some(json!({"cmd": cmd, "params": params})),
        )
        .await
    }

    /// Runs `script` in every page this browser loads from now on, before the page's own
    /// scripts (DevTools injects it, so the page's CSP does not apply).
    pub async fn run_before_every_page(&self, script: &str) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": script }),
        )
        .await;
    }

    /// The whole page at `width` CSS pixels, as tall as its content.
    pub async fn full_page_screenshot(&self, width: u32) -> Vec<u8> {
        let emulate = |height: u64| json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false});
        self.cdp("Emulation.setDeviceMetricsOverride", emulate(1000))
            .await;
        let height = self
            .execute("return document.documentElement.scrollHeight", vec![])
            .await
            .as_u64()
            .expect("a page height");
        self.cdp("Emulation.setDeviceMetricsOverride", emulate(height))
            .await;
        let shot = self
            .cdp(
                "Page.captureScreenshot",
                json!({"format": "png", "captureBeyondViewport": true}),
            )
            .await;
        self.cdp("Emulation.clearDeviceMetricsOverride", json!({}))
            .await;
        decode_png(&shot["data"])
    }

    /// Sets a cookie for the current page's host (a host-only cookie, as Kratos sets them).
    pub async fn add_cookie(&self, name: &str, value: &str) {
        let cookie = json!({"cookie": {
            "name": name, "value": value, "path": "/", "httpOnly": true, "sameSite": "Lax",
        }});
        self.run(Method::POST, "/cookie", Some(cookie)).await;
    }

    /// All cookies the browser would send to the current page, HttpOnly ones included.
    pub async fn cookies(&self) -> Vec<(String, String)> {
        let cookies = self.run(Method::GET, "/cookie", None).await;
        cookies
            .as_array()
            .expect("a cookie list")
            .iter()
            .map(|c| {
                let field = |name: &str| c[name].as_str().unwrap_or_default().to_owned();
                (field("name"), field("value"))
            })
            .collect()
    }

    /// Every browser log entry of this session so far.
    pub async fn log(&self) -> Vec<LogEntry> {
        self.try_log()
            .await
            .unwrap_or_else(|err| panic!("cannot read the browser log: {err}"))
    }

    /// Like [`Self::log`], for the harness, which must not panic while cleaning up.
    pub async fn try_log(&self) -> Result<Vec<LogEntry>, WebDriverError> {
        let entries = self
            .command(Method::POST, "/se/log", Some(json!({"type": "browser"})))
            .await?;
        let entries: Vec<LogEntry> =
            serde_json::from_value(entries).map_err(|err| WebDriverError {
                error: "unreadable log".to_owned(),
                message: err.to_string(),
            })?;
        let mut log = self.inner.log.lock().unwrap();
        log.extend(entries);
        Ok(log.clone())
    }

    /// A platform authenticator (resident keys, user verification) that answers
    /// `navigator.credentials` without a person; returns its id.
    pub async fn add_virtual_authenticator(&self) -> String {
        let options = json!({
            "protocol": "ctap2", "transport": "internal", "hasResidentKey": true,
            "hasUserVerification": true, "isUserVerified": true,
        });
        let id = self
            .run(Method::POST, "/webauthn/authenticator", Some(options))
            .await;
        id.as_str().expect("an authenticator id").to_owned()
    }

    /// The credentials the virtual authenticator holds.
    pub async fn authenticator_credentials(&self, authenticator: &str) -> Vec<Value> {
        let path = format!("/webauthn/authenticator/{authenticator}/credentials");
        let credentials = self.run(Method::GET, &path, None).await;
        credentials.as_array().cloned().unwrap_or_default()
    }

    /// Writes what the browser shows (URL, any alert, source, screenshot, log) for a failed
    /// test. Never panics: the test has already failed.
    pub async fn save_diagnostics(&self, artifacts: &Artifacts) {
        let mut notes = String::new();
        if let Ok(text) = self.command(Method::GET, "/alert/text", None).await {
            notes.push_str(&format!("alert open: {text}\n"));
            let _ = self
                .command(Method::POST, "/alert/dismiss", Some(json!({})))
                .await;
        }
        match self.command(Method::GET, "/url", None).await {
            Ok(url) => notes.push_str(&format!("url: {}\n", url.as_str().unwrap_or_default())),
            Err(err) => notes.push_str(&format!("url: {err}\n")),
        }
        artifacts.write("failure.txt", notes);
        if let Ok(source) = self.command(Method::GET, "/source", None).await {
            artifacts.write("page.html", source.as_str().unwrap_or_default());
        }
        if let Ok(png) = self.command(Method::GET, "/screenshot", None).await {
            artifacts.write("screenshot.png", decode_png(&png));
        }
        if let Err(err) = self.try_log().await {
            eprintln!("e2e: cannot read the browser log: {err}");
        }
        self.write_log(artifacts);
    }

    /// Writes the browser log read so far to `browser.log`.
    pub fn write_log(&self, artifacts: &Artifacts) {
        let log = self.inner.log.lock().unwrap();
        let text: String = log.iter().map(|entry| format!("{entry}\n")).collect();
        artifacts.write("browser.log", text);
    }

    fn element_or_none(&self, found: Result<Value, WebDriverError>, css: &str) -> Option<Element> {
        match found {
            Ok(value) => Some(self.element(&value)),
            Err(err) if err.error == "no such element" => None,
            Err(err) => panic!("finding `{css}`: {err}"),
        }
    }

    fn element(&self, value: &Value) -> Element {
        Element {
            browser: self.clone(),
            id: value[ELEMENT]
                .as_str()
                .unwrap_or_else(|| panic!("not an element reference: {value}"))
                .to_owned(),
        }
    }

    fn elements(&self, values: Value) -> Vec<Element> {
        values
            .as_array()
            .expect("a list of elements")
            .iter()
            .map(|value| self.element(value))
            .collect()
    }
}

impl Element {
    /// This element as a script argument.
    fn reference(&self) -> Value {
        json!({ ELEMENT: self.id })
    }

    fn path(&self, rest: &str) -> String {
        format!("/element/{}{rest}", self.id)
    }

    pub async fn click(&self) {
        // Scroll the element to the middle first, instantly: a click point computed during a
        // (smooth) scroll, or at the very edge of the viewport, can land on something else.
        self.browser
            .execute(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                vec![self.reference()],
            )
            .await;
        self.browser
            .run(Method::POST, &self.path("/click"), Some(json!({})))
            .await;
    }

    /// Replaces the field's value with `text`.
    pub async fn fill(&self, text: &str) {
        self.browser
            .run(Method::POST, &self.path("/clear"), Some(json!({})))
            .await;
        self.browser
            .run(
                Method::POST,
                &self.path("/value"),
                Some(json!({ "text": text })),
            )
            .await;
    }

    /// The rendered text, trimmed.
    pub async fn text(&self) -> String {
        let text = self
            .browser
            .run(Method::GET, &self.path("/text"), None)
            .await;
        text.as_str().unwrap_or_default().trim().to_owned()
    }

    pub async fn attr(&self, name: &str) -> Option<String> {
        let value = self
            .browser
            .run(Method::GET, &self.path(&format!("/attribute/{name}")), None)
            .await;
        value.as_str().map(str::to_owned)
    }

    /// The live DOM property (e.g. an input's current `value`).
    pub async fn prop(&self, name: &str) -> Value {
        self.browser
            .run(Method::GET, &self.path(&format!("/property/{name}")), None)
            .await
    }

    pub async fn find(&self, css: &str) -> Option<Element> {
        let found = self
            .browser
            .command(Method::POST, &self.path("/element"), Some(locator(css)))
            .await;
        self.browser.element_or_none(found, css)
    }

    /// The element is no longer in the document (its page was replaced).
    async fn is_stale(&self) -> bool {
        match self
            .browser
            .command(Method::GET, &self.path("/name"), None)
            .await
        {
            Ok(_) => false,
            Err(err) => matches!(
                err.error.as_str(),
                "stale element reference" | "no such element"
            ),
        }
    }
}

fn locator(css: &str) -> Value {
    json!({"using": "css selector", "value": css})
}

fn decode_png(data: &Value) -> Vec<u8> {
    STANDARD
        .decode(data.as_str().unwrap_or_default())
        .expect("a base64 screenshot")
}
