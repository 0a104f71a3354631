//! One scenario = a fresh world: mail sink, OpenID provider, the UI, Kratos and a browser,
//! all on free ports. The body runs as its own task so that, whatever happens, the harness
//! afterwards reads the browser log (a CSP violation or a console error fails the test),
//! saves diagnostics on failure, and closes the browser.

use std::any::Any;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use url::Url;
use uuid::Uuid;

use super::account::Account;
use super::artifacts::Artifacts;
use super::browser::{Browser, Element, LogEntry};
use super::chromedriver;
use super::idp::Idp;
use super::kratos::{Knobs, Kratos, Wiring};
use super::mail::MailSink;
use super::net::free_ports;
use super::ui::Ui;

/// Each scenario's Kratos is its own in-memory database, so these can be reused everywhere.
pub const ALICE: &str = "alice@example.com";
pub const BOB: &str = "bob@example.com";

const SCENARIO_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Clone)]
pub struct Env {
    pub browser: Browser,
    pub kratos: Arc<Kratos>,
    pub ui: Arc<Ui>,
    pub mail: MailSink,
    /// Approves sign-ins as [`ALICE`] unless told otherwise.
    pub idp: Idp,
    pub artifacts: Artifacts,
}

/// Runs `body` in a fresh world configured by `knobs`, then checks the browser log.
pub async fn scenario<F, Fut>(knobs: Knobs, body: F)
where
    F: FnOnce(Env) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let artifacts = Artifacts::fresh(&test_name());
    let _slot = chromedriver::browser_slot().await;
    let env = Env::start(&knobs, artifacts).await;

    let outcome = tokio::spawn(tokio::time::timeout(SCENARIO_TIMEOUT, body(env.clone()))).await;
    let failure = match outcome {
        Ok(Ok(())) => match env.browser.try_log().await {
            Ok(log) => {
                let problems: Vec<String> = console_problems(&log)
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                (!problems.is_empty()).then(|| {
                    Failure::Harness(format!(
                        "the browser logged CSP violations or errors:\n{}",
                        problems.join("\n")
                    ))
                })
            }
            Err(err) => Some(Failure::Harness(format!(
                "cannot read the browser log: {err}"
            ))),
        },
        Ok(Err(_)) => Some(Failure::Harness(format!(
            "the scenario did not finish within {SCENARIO_TIMEOUT:?}"
        ))),
        Err(join) if join.is_panic() => Some(Failure::Panicked(join.into_panic())),
        Err(join) => Some(Failure::Harness(format!(
            "the scenario task failed: {join}"
        ))),
    };
    if failure.is_some() {
        env.browser.save_diagnostics(&env.artifacts).await;
        eprintln!("e2e: diagnostics in {}", env.artifacts.dir().display());
    } else {
        env.browser.write_log(&env.artifacts);
    }
    env.browser.close().await;
    match failure {
        None => {}
        Some(Failure::Panicked(payload)) => std::panic::resume_unwind(payload),
        Some(Failure::Harness(message)) => panic!("{message}"),
    }
}

enum Failure {
    /// The body panicked (its message is printed already).
    Panicked(Box<dyn Any + Send>),
    /// The body finished, but the harness found a problem.
    Harness(String),
}

/// What fails a scenario in the browser log: any CSP violation, any error-level entry.
pub fn console_problems(log: &[LogEntry]) -> Vec<&LogEntry> {
    log.iter()
        .filter(|entry| {
            entry.level == "SEVERE" || entry.message.contains("Content Security Policy")
        })
        .collect()
}

/// The running test's name (libtest names each test's thread after it).
fn test_name() -> String {
    let thread = std::thread::current();
    let full = thread.name().unwrap_or("unnamed");
    full.rsplit("::").next().unwrap_or(full).to_owned()
}

impl Env {
    async fn start(knobs: &Knobs, artifacts: Artifacts) -> Self {
        let mail = MailSink::start().await;
        let idp = Idp::start(ALICE).await;
        let [public_port, admin_port] = free_ports();
        let ui = Ui::start(&Kratos::public_url_for(public_port), &idp.issuer).await;
        let wiring = Wiring {
            public_port,
            admin_port,
            ui_url: &ui.url,
            smtp_url: &mail.smtp_url(),
            oidc_issuer: &idp.issuer,
        };
        let kratos = Kratos::start(&wiring, knobs, &artifacts).await;
        let browser = Browser::start(artifacts.path("chromium-profile")).await;
        Self {
            browser,
            kratos: Arc::new(kratos),
            ui: Arc::new(ui),
            mail,
            idp,
            artifacts,
        }
    }

    /// Registers `email` through Kratos' registration flow (not in the browser).
    pub async fn register(&self, email: &str) -> Account {
        Account::register(&self.kratos.public_url, email).await
    }

    /// Hands the account's Kratos cookies (session and CSRF cookie) to the browser. Cookies
    /// ignore ports, so the UI on `localhost` gets them too.
    pub async fn sign_in_browser(&self, account: &Account) {
        self.browser.goto(&self.ui.page("/health/alive")).await;
        for (name, value) in account.cookies() {
            self.browser.add_cookie(&name, &value).await;
        }
    }

    /// A new identity `email`, signed in in the browser.
    pub async fn signed_in(&self, email: &str) -> Account {
        let account = self.register(email).await;
        self.sign_in_browser(&account).await;
        account
    }

    /// An HTTP client holding the browser's cookies, to ask Kratos about the browser's flows.
    pub async fn browser_as_account(&self) -> Account {
        Account::with_cookies(&self.kratos.public_url, &self.browser.cookies().await)
    }

    /// Opens `/settings` and returns the flow id it settles on.
    pub async fn open_settings(&self) -> String {
        self.browser.goto(&self.ui.page("/settings")).await;
        self.settings_flow_id().await
    }

    /// Waits until the browser shows a settings flow and returns its id.
    pub async fn settings_flow_id(&self) -> String {
        let url = self
            .browser
            .wait_for_url("the UI's /settings?flow=<id>", |url| {
                self.is_ui_page(url, "/settings") && flow_id(url).is_some()
            })
            .await;
        self.browser.wait_for("[data-testid^='form/']").await;
        flow_id(&url).expect("checked above")
    }

    /// Is `url` the UI's page `path`?
    pub fn is_ui_page(&self, url: &Url, path: &str) -> bool {
        url.as_str().starts_with(&self.ui.url) && url.path() == path
    }

    /// The section form of a settings group, e.g. `section("password")`.
    pub async fn section(&self, group: &str) -> Element {
        self.browser
            .wait_for(&format!("[data-testid='form/{group}']"))
            .await
    }

    /// Clicks `css` and waits for the page the click leads to.
    pub async fn click(&self, css: &str) {
        let element = self.browser.wait_for(css).await;
        self.browser
            .click_and_wait_for_next_page(&element, &format!("`{css}`"))
            .await;
    }

    /// Waits for the UI's `/login?flow=<id>` and returns Kratos' login flow behind it.
    pub async fn login_flow(&self) -> Value {
        let url = self
            .browser
            .wait_for_url("the UI's /login?flow=<id>", |url| {
                self.is_ui_page(url, "/login") && flow_id(url).is_some()
            })
            .await;
        self.browser.wait_for("[data-testid^='form/']").await;
        let flow = self
            .browser_as_account()
            .await
            .flow("login", &flow_id(&url).expect("checked above"))
            .await;
        assert_eq!(flow.status, 200, "the login flow behind {url}: {flow:?}");
        flow.body
    }

    /// Signs in with a password on the UI's login page (the identifier is typed only when
    /// the page asks for it: a re-authentication carries it hidden).
    pub async fn sign_in_on_login_page(&self, email: &str, password: &str) {
        let form = self.section("password").await;
        if let Some(identifier) = form.find("input[name=identifier]").await
            && identifier.attr("type").await.as_deref() != Some("hidden")
        {
            identifier.fill(email).await;
        }
        form.find("input[name=password]")
            .await
            .expect("a password field on the login page")
            .fill(password)
            .await;
        self.click("[data-testid='form/password'] button[name=method][value=password]")
            .await;
    }

    /// Waits for Kratos' "Your changes have been saved!" (1050001).
    pub async fn saved(&self) {
        self.browser
            .wait_for("[data-testid='ui/message/1050001']")
            .await;
    }
}

/// The `flow` query parameter of a URL, when it is a flow id (a UUID).
pub fn flow_id(url: &Url) -> Option<String> {
    url.query_pairs()
        .find(|(key, _)| key == "flow")
        .map(|(_, value)| value.into_owned())
        .filter(|id| Uuid::parse_str(id).is_ok())
}
