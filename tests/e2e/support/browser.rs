//! The browser a scenario drives: one chromedriver session (a fresh Chromium profile) through
//! thirtyfour, plus the chromedriver endpoints it has no call for (the WebAuthn extension).
//! Methods panic with context, because each call is a test step.

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};
use thirtyfour::common::command::{Command, ExtensionCommand};
use thirtyfour::error::{WebDriverError, WebDriverErrorInner, WebDriverResult};
use thirtyfour::{By, Capabilities, Cookie, SameSite, WebDriver, WebElement};
use url::Url;

use super::artifacts::Artifacts;
use super::chromedriver::{self, CHROMIUM};
use super::wait::{PATIENCE, until};

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
    driver: WebDriver,
    profile: Arc<PathBuf>,
    /// Every browser log entry read so far (chromedriver hands each out only once).
    log: Arc<Mutex<Vec<LogEntry>>>,
    /// Every request the browser sent so far, when recorded (see [`Browser::start`]).
    requests: Arc<Mutex<Vec<SentRequest>>>,
}

/// A request the browser sent (from DevTools' `Network.requestWillBeSent`), with the
/// `Location` of the redirect that led to it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentRequest {
    pub method: String,
    pub url: String,
    pub redirected_by: Option<String>,
}

impl fmt::Display for SentRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.url)?;
        if let Some(location) = &self.redirected_by {
            write!(f, " (redirected by Location: {location})")?;
        }
        Ok(())
    }
}

/// A browser log entry; `source` is e.g. `network`, `javascript`, `security`.
#[derive(Debug, Clone)]
pub struct LogEntry {
    pub level: String,
    pub message: String,
    pub source: String,
}

impl From<thirtyfour::BrowserLogEntry> for LogEntry {
    fn from(entry: thirtyfour::BrowserLogEntry) -> Self {
        Self {
            level: entry.level,
            message: entry.message,
            source: entry.source.unwrap_or_default(),
        }
    }
}

impl fmt::Display for LogEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{} {}] {}", self.level, self.source, self.message)
    }
}

/// An element of the current page.
#[derive(Clone)]
pub struct Element {
    browser: Browser,
    element: WebElement,
}

/// A chromedriver endpoint of the session that thirtyfour has no method for.
#[derive(Debug)]
struct Endpoint {
    method: reqwest::Method,
    path: String,
    body: Option<Value>,
}

impl ExtensionCommand for Endpoint {
    fn parameters_json(&self) -> Option<Value> {
        self.body.clone()
    }

    fn method(&self) -> reqwest::Method {
        self.method.clone()
    }

    fn endpoint(&self) -> Arc<str> {
        self.path.as_str().into()
    }
}

impl Browser {
    /// A new Chromium with a fresh profile in `profile` (so: no cookies). With
    /// `record_requests`, every request it sends is recorded ([`Browser::sent_requests`]).
    pub async fn start(profile: PathBuf, record_requests: bool) -> Self {
        let driver_url = chromedriver::url().await;
        let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|a| a.to_string()).collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        // chromedriver refuses perfLoggingPrefs unless the performance log is on.
        let mut chrome_options = json!({"binary": CHROMIUM, "args": args});
        let mut logs = json!({"browser": "ALL"});
        if record_requests {
            chrome_options["perfLoggingPrefs"] =
                json!({"enableNetwork": true, "enablePage": false});
            logs["performance"] = json!("ALL");
        }
        let mut capabilities = Capabilities::new();
        for (key, value) in [
            ("browserName", json!("chrome")),
            ("goog:chromeOptions", chrome_options),
            ("goog:loggingPrefs", logs),
            ("webauthn:virtualAuthenticators", json!(true)),
            ("timeouts", json!({"pageLoad": 30_000, "script": 30_000})),
        ] {
            capabilities
                .set(key, value)
                .expect("a capability is plain JSON");
        }
        let driver = WebDriver::builder(driver_url, capabilities)
            .request_timeout(Duration::from_secs(90))
            .await
            .unwrap_or_else(|err| panic!("no browser session: {err}"));
        Self {
            driver,
            profile: Arc::new(profile),
            log: Arc::default(),
            requests: Arc::default(),
        }
    }

    /// Ends the session (Chromium exits) and removes its profile.
    pub async fn close(&self) {
        if let Err(err) = self.driver.clone().quit().await {
            eprintln!("e2e: closing the browser: {err}");
        }
        let _ = std::fs::remove_dir_all(self.profile.as_ref());
    }

    pub async fn goto(&self, url: &str) {
        self.driver.goto(url).await.step(format!("opening {url}"))
    }

    pub async fn refresh(&self) {
        self.driver.refresh().await.step("reloading")
    }

    pub async fn url(&self) -> Url {
        self.driver.current_url().await.step("reading the URL")
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
        let found = self.driver.find(By::Css(css)).await;
        self.element_or_none(found, css)
    }

    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        let found = self.driver.find_all(By::Css(css)).await;
        found
            .step(format!("finding all `{css}`"))
            .into_iter()
            .map(|e| self.element(e))
            .collect()
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
                .driver
                .execute("return document.readyState", Vec::new())
                .await
                .ok()?;
            (state.json() == "complete").then_some(())
        })
        .await;
    }

    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        let result = self.driver.execute(script, args).await;
        result.step(format!("running `{script}`")).json().clone()
    }

    /// The `name` of the focused element (empty when nothing named has the focus).
    pub async fn focused_name(&self) -> String {
        let name = self
            .execute(
                "var e = document.activeElement; return (e && e.name) || '';",
                Vec::new(),
            )
            .await;
        name.as_str().unwrap_or_default().to_owned()
    }

    /// A Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        let result = self.driver.cdp().send_raw(cmd, params).await;
        result.step(format!("DevTools {cmd}"))
    }

    /// Pages load from now on as in a browser with JavaScript switched off.
    pub async fn without_scripts(&self) {
        self.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({"value": true}),
        )
        .await;
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
        self.span_the_page(width).await;
        self.capture(json!({"format": "png", "captureBeyondViewport": false}))
            .await
    }

    /// Makes the viewport `width` CSS pixels wide and as tall as the page.
    async fn span_the_page(&self, width: u32) {
        let emulate = |height: u64| json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600});
        self.cdp("Emulation.setDeviceMetricsOverride", emulate(1000))
            .await;
        let height = self
            .execute("return document.documentElement.scrollHeight", vec![])
            .await
            .as_u64()
            .expect("a page height");
        self.cdp("Emulation.setDeviceMetricsOverride", emulate(height))
            .await;
    }

    /// A PNG as `Page.captureScreenshot` takes it with `params`; then the page's own size again.
    /// The viewport must already span the page: capturing beyond it shifts right-to-left pages
    /// sideways in Chromium.
    async fn capture(&self, params: Value) -> Vec<u8> {
        let shot = self.cdp("Page.captureScreenshot", params).await;
        self.cdp("Emulation.clearDeviceMetricsOverride", json!({}))
            .await;
        STANDARD
            .decode(shot["data"].as_str().unwrap_or_default())
            .expect("a base64 screenshot")
    }

    /// The element `css` alone, on a page `width` CSS pixels wide.
    pub async fn element_screenshot(&self, css: &str, width: u32) -> Vec<u8> {
        self.span_the_page(width).await;
        let selector = Value::String(css.to_owned());
        let rect = self
            .execute(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect(); \
                 return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height];",
                vec![selector],
            )
            .await;
        let at = |i: usize| rect[i].as_f64().expect("a bounding box");
        let clip = json!({"x": at(0), "y": at(1), "width": at(2), "height": at(3), "scale": 1});
        self.capture(json!({"format": "png", "captureBeyondViewport": false, "clip": clip}))
            .await
    }

    /// Sets a cookie for the current page's host (a host-only cookie, as Kratos sets them).
    pub async fn add_cookie(&self, name: &str, value: &str) {
        let mut cookie = Cookie::new(name, value);
        cookie.set_path("/");
        cookie.set_http_only(true);
        cookie.set_same_site(SameSite::Lax);
        let added = self.driver.add_cookie(cookie).await;
        added.step(format!("setting the cookie {name}"))
    }

    /// All cookies the browser would send to the current page, HttpOnly ones included.
    pub async fn cookies(&self) -> Vec<(String, String)> {
        let cookies = self.driver.get_all_cookies().await.step("reading cookies");
        cookies.into_iter().map(|c| (c.name, c.value)).collect()
    }

    /// Every cookie the browser would send to the current page, as WebDriver shows it
    /// (`name`, `value`, `secure`, `sameSite`, `httpOnly`, ...).
    pub async fn cookie_details(&self) -> Vec<Value> {
        let cookies = self.endpoint(reqwest::Method::GET, "/cookie", None).await;
        cookies.as_array().expect("a cookie list").clone()
    }

    /// Every request the browser has sent so far (needs `record_requests`; DevTools'
    /// network events, which chromedriver hands out once, in its performance log).
    pub async fn sent_requests(&self) -> Vec<SentRequest> {
        let body = Some(json!({"type": "performance"}));
        let entries = self.endpoint(reqwest::Method::POST, "/se/log", body).await;
        let mut requests = self.requests.lock().unwrap();
        for entry in entries.as_array().into_iter().flatten() {
            let Some(message) = entry["message"].as_str() else {
                continue;
            };
            let event: Value = serde_json::from_str(message).expect("a DevTools event");
            let event = &event["message"];
            if event["method"] != "Network.requestWillBeSent" {
                continue;
            }
            let params = &event["params"];
            let location = &params["redirectResponse"]["headers"];
            let redirected_by = location
                .as_object()
                .into_iter()
                .flatten()
                .find(|(name, _)| name.eq_ignore_ascii_case("location"))
                .and_then(|(_, value)| value.as_str().map(str::to_owned));
            requests.push(SentRequest {
                method: params["request"]["method"]
                    .as_str()
                    .unwrap_or("?")
                    .to_owned(),
                url: params["request"]["url"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                redirected_by,
            });
        }
        requests.clone()
    }

    /// Every browser log entry of this session so far.
    pub async fn log(&self) -> Vec<LogEntry> {
        self.try_log()
            .await
            .unwrap_or_else(|err| panic!("cannot read the browser log: {err}"))
    }

    /// Like [`Self::log`], for the harness, which must not panic while cleaning up.
    pub async fn try_log(&self) -> WebDriverResult<Vec<LogEntry>> {
        let entries = self.driver.browser_log().await?;
        let mut log = self.log.lock().unwrap();
        log.extend(entries.into_iter().map(LogEntry::from));
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
            .endpoint(
                reqwest::Method::POST,
                "/webauthn/authenticator",
                Some(options),
            )
            .await;
        id.as_str().expect("an authenticator id").to_owned()
    }

    /// The credentials the virtual authenticator holds.
    pub async fn authenticator_credentials(&self, authenticator: &str) -> Vec<Value> {
        let path = format!("/webauthn/authenticator/{authenticator}/credentials");
        let credentials = self.endpoint(reqwest::Method::GET, &path, None).await;
        credentials.as_array().cloned().unwrap_or_default()
    }

    /// Writes what the browser shows (URL, any alert, source, screenshot, log) for a failed
    /// test, and returns the URL, alert and the page's text so that a run whose artifacts are
    /// gone (CI) still says where the browser was. Never panics: the test has already failed.
    pub async fn save_diagnostics(&self, artifacts: &Artifacts) -> String {
        let mut notes = String::new();
        if let Ok(text) = self.driver.get_alert_text().await {
            notes.push_str(&format!("alert open: {text}\n"));
            let _ = self.driver.dismiss_alert().await;
        }
        match self.driver.current_url().await {
            Ok(url) => notes.push_str(&format!("url: {url}\n")),
            Err(err) => notes.push_str(&format!("url: {err}\n")),
        }
        if let Ok(body) = self.driver.find(By::Css("body")).await
            && let Ok(text) = body.text().await
        {
            notes.push_str(&format!("page text: {}\n", excerpt(&text, 1500)));
        }
        artifacts.write("failure.txt", &notes);
        if let Ok(source) = self.driver.source().await {
            artifacts.write("page.html", source);
        }
        if let Ok(png) = self.driver.screenshot_as_png().await {
            artifacts.write("screenshot.png", png);
        }
        if let Err(err) = self.try_log().await {
            eprintln!("e2e: cannot read the browser log: {err}");
        }
        self.write_log(artifacts);
        notes
    }

    /// Writes the browser log read so far to `browser.log`.
    pub fn write_log(&self, artifacts: &Artifacts) {
        let log = self.log.lock().unwrap();
        let text: String = log.iter().map(|entry| format!("{entry}\n")).collect();
        artifacts.write("browser.log", text);
    }

    /// Calls a chromedriver endpoint under `/session/<id>` that must succeed.
    async fn endpoint(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let command = Endpoint {
            method: method.clone(),
            path: path.to_owned(),
            body,
        };
        let answer = self
            .driver
            .cmd(Command::ExtensionCommand(Box::new(command)))
            .await
            .and_then(|response| response.value_json());
        answer.step(format!("WebDriver {method} {path}"))
    }

    fn element_or_none(&self, found: WebDriverResult<WebElement>, css: &str) -> Option<Element> {
        match found {
            Ok(element) => Some(self.element(element)),
            Err(err) if matches!(*err, WebDriverErrorInner::NoSuchElement(_)) => None,
            Err(err) => panic!("finding `{css}`: {err}"),
        }
    }

    fn element(&self, element: WebElement) -> Element {
        Element {
            browser: self.clone(),
            element,
        }
    }
}

impl Element {
    pub async fn click(&self) {
        // Scroll the element to the middle first, instantly: a click point computed during a
        // (smooth) scroll, or at the very edge of the viewport, can land on something else.
        let reference = self.element.to_json().step("referring to an element");
        self.browser
            .execute(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                vec![reference],
            )
            .await;
        self.element.click().await.step("clicking")
    }

    /// Replaces the field's value with `text`.
    pub async fn fill(&self, text: &str) {
        self.element.clear().await.step("clearing a field");
        self.element.send_keys(text).await.step("typing")
    }

    /// Whether the element is rendered (WebDriver's own check: not `display: none`, not
    /// zero-sized, not hidden by an ancestor).
    pub async fn is_displayed(&self) -> bool {
        let shown = self.element.is_displayed().await;
        shown.step("checking whether an element is displayed")
    }

    /// The rendered text, trimmed.
    pub async fn text(&self) -> String {
        let text = self.element.text().await.step("reading text");
        text.trim().to_owned()
    }

    pub async fn attr(&self, name: &str) -> Option<String> {
        let value = self.element.attr(name).await;
        value.step(format!("reading the attribute {name}"))
    }

    /// The live DOM property as text (e.g. an input's current `value`); empty when unset.
    pub async fn prop(&self, name: &str) -> String {
        let value = self.element.prop(name).await;
        value
            .step(format!("reading the property {name}"))
            .unwrap_or_default()
    }

    pub async fn find(&self, css: &str) -> Option<Element> {
        let found = self.element.find(By::Css(css)).await;
        self.browser.element_or_none(found, css)
    }

    /// The element is no longer in the document (its page was replaced).
    async fn is_stale(&self) -> bool {
        match self.element.tag_name().await {
            Ok(_) => false,
            Err(err) => matches!(
                *err,
                WebDriverErrorInner::StaleElementReference(_)
                    | WebDriverErrorInner::NoSuchElement(_)
            ),
        }
    }
}

/// A WebDriver call that must succeed: each is a test step, so a failure panics with context.
trait Step<T> {
    fn step(self, what: impl fmt::Display) -> T;
}

impl<T> Step<T> for WebDriverResult<T> {
    fn step(self, what: impl fmt::Display) -> T {
        self.unwrap_or_else(|err: WebDriverError| panic!("WebDriver: {what}: {err}"))
    }
}

/// `text` on one line, cut after `max` characters.
fn excerpt(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}
