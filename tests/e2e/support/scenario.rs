//! One scenario = a fresh world: mail sink, OpenID provider, the UI, Kratos and a browser,
//! all on free ports. The body runs as its own task so that, whatever happens, the harness
//! afterwards reads the browser log (a CSP violation or a console error fails the test),
//! saves diagnostics on failure, and closes the browser.

use std::any::Any;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use url::Url;
use uuid::Uuid;

use super::account::{Account, FIRST_NAME, PASSWORD, password_works};
use super::artifacts::Artifacts;
use super::browser::{Browser, Element, LogEntry};
use super::chromedriver;
use super::idp::Idp;
use super::kratos::{Knobs, Kratos, PortTaken, Wiring, log_summary};
use super::mail::MailSink;
use super::net::free_ports;
use super::proxy::{KRATOS_PREFIX, Proxy, stray_requests};
use super::ui::{Ui, UiWiring};

/// Each scenario's Kratos is its own in-memory database, so these can be reused everywhere.
pub const ALICE: &str = "alice@example.com";
pub const BOB: &str = "bob@example.com";

const SCENARIO_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Clone)]
pub struct Env {
    pub browser: Browser,
    pub kratos: Arc<Kratos>,
    pub ui: Arc<Ui>,
    /// nginx in front of both, in scenarios `behind_proxy`.
    pub proxy: Option<Arc<Proxy>>,
    pub mail: MailSink,
    /// Approves sign-ins as [`ALICE`] unless told otherwise.
    pub idp: Idp,
    pub artifacts: Artifacts,
    expected_load_failures: Arc<Mutex<Vec<ExpectedLoadFailure>>>,
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
                let expected = env.expected_load_failures.lock().unwrap().clone();
                let mut problems = log_problems(&log, &expected);
                problems.extend(env.stray_requests().await);
                (!problems.is_empty()).then(|| {
                    Failure::Harness(format!(
                        "the browser logged CSP violations or errors, or missed an expected one:\n{}",
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
        let browser = env.browser.save_diagnostics(&env.artifacts).await;
        let kratos_log = std::fs::read_to_string(env.artifacts.path("kratos.log"));
        let kratos = kratos_log.map_or_else(
            |err| format!("cannot read Kratos' log: {err}\n"),
            |log| log_summary(&log, 12),
        );
        eprintln!(
            "e2e: diagnostics in {}\n{browser}{kratos}",
            env.artifacts.dir().display()
        );
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

/// A page the scenario makes the browser load although it answers with an error status (our
/// error page answers with the status of the Kratos error it explains). Chromium logs such a
/// load as a SEVERE network entry: exactly that entry is excused, and it must occur.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedLoadFailure {
    pub url: String,
    pub status: u16,
}

impl ExpectedLoadFailure {
    fn matches(&self, entry: &LogEntry) -> bool {
        let message = format!(
            "{} - Failed to load resource: the server responded with a status of {} ",
            self.url, self.status
        );
        entry.level == "SEVERE" && entry.source == "network" && entry.message.starts_with(&message)
    }
}

/// What fails a scenario after its body ran: every [`console_problems`] entry that is not an
/// expected load failure, and every expected load failure that did not happen.
pub fn log_problems(log: &[LogEntry], expected: &[ExpectedLoadFailure]) -> Vec<String> {
    let mut problems: Vec<String> = console_problems(log)
        .into_iter()
        .filter(|entry| !expected.iter().any(|failure| failure.matches(entry)))
        .map(ToString::to_string)
        .collect();
    for failure in expected {
        if !log.iter().any(|entry| failure.matches(entry)) {
            problems.push(format!(
                "expected the browser to report {} answering {}, but it did not",
                failure.url, failure.status
            ));
        }
    }
    problems
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
        let mut attempts = 0;
        let (ui, kratos, proxy) = loop {
            attempts += 1;
            let [public_port, admin_port, proxy_port] = free_ports();
            let proxy_origin = Proxy::origin_for(proxy_port);
            let proxy_origin = knobs.behind_proxy.then_some(proxy_origin.as_str());
            let direct_url = Kratos::public_url_for(public_port);
            let browser_url = match proxy_origin {
                Some(origin) => format!("{origin}{KRATOS_PREFIX}"),
                None => direct_url.clone(),
            };
            let ui = Ui::start(&UiWiring {
                kratos_public_url: &direct_url,
                kratos_browser_url: &browser_url,
                proxy_origin,
                provider_origin: &idp.issuer,
            })
            .await;
            let wiring = Wiring {
                public_port,
                admin_port,
                public_url: &browser_url,
                ui_url: &ui.url,
                smtp_url: &mail.smtp_url(),
                oidc_issuer: &idp.issuer,
            };
            match Kratos::start(&wiring, knobs, &artifacts).await {
                Ok(kratos) => {
                    let proxy = match knobs.behind_proxy {
                        true => {
                            Some(Proxy::start(proxy_port, ui.port, public_port, &artifacts).await)
                        }
                        false => None,
                    };
                    break (ui, kratos, proxy);
                }
                // The UI started for this attempt stays up, unused, until the test ends.
                Err(PortTaken) if attempts < 3 => {
                    eprintln!("e2e: a port picked for Kratos was taken meanwhile; picking others");
                }
                Err(PortTaken) => panic!("Kratos found its ports taken {attempts} times"),
            }
        };
        let browser = Browser::start(artifacts.path("chromium-profile"), proxy.is_some()).await;
        Self {
            browser,
            kratos: Arc::new(kratos),
            ui: Arc::new(ui),
            proxy: proxy.map(Arc::new),
            mail,
            idp,
            artifacts,
            expected_load_failures: Arc::default(),
        }
    }

    /// Behind the proxy: every request the browser sent that left the proxy's origin or
    /// its two prefixes (see [`stray_requests`]). The requests are kept as an artifact.
    async fn stray_requests(&self) -> Vec<String> {
        let Some(proxy) = &self.proxy else {
            return Vec::new();
        };
        let requests = self.browser.sent_requests().await;
        let listing: String = requests.iter().map(|r| format!("{r}\n")).collect();
        self.artifacts.write("browser-requests.log", listing);
        let mut problems: Vec<String> = stray_requests(&requests, &proxy.origin)
            .into_iter()
            .map(|request| format!("the browser left the proxy's layout: {request}"))
            .collect();
        if !requests.iter().any(|r| r.url.starts_with(&proxy.origin)) {
            problems.push("no request through the proxy was recorded".to_owned());
        }
        problems
    }

    /// Declares that the browser loads `url` with the error `status` on purpose (see
    /// [`ExpectedLoadFailure`]); the scenario fails if it does not.
    pub fn expect_load_failure(&self, url: &Url, status: u16) {
        self.expected_load_failures
            .lock()
            .unwrap()
            .push(ExpectedLoadFailure {
                url: url.to_string(),
                status,
            });
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
        self.open_flow_page("/settings").await
    }

    /// Opens the UI's flow page `path` (`/login`, `/recovery`, ...), waits until it shows a
    /// flow and its forms, and returns the flow id.
    pub async fn open_flow_page(&self, path: &str) -> String {
        self.browser.goto(&self.ui.page(path)).await;
        self.flow_page(path).await
    }

    /// Waits until the browser shows a settings flow and returns its id.
    pub async fn settings_flow_id(&self) -> String {
        self.flow_page("/settings").await
    }

    /// Waits until the browser shows the UI's flow page `path` (`/login`, `/verification`,
    /// ...) with a flow and its forms, and returns the flow id.
    pub async fn flow_page(&self, path: &str) -> String {
        let url = self
            .browser
            .wait_for_url(&format!("the UI's {path}?flow=<id>"), |url| {
                self.is_ui_page(url, path) && flow_id(url).is_some()
            })
            .await;
        self.browser.wait_for("[data-testid^='form/']").await;
        flow_id(&url).expect("checked above")
    }

    /// Is `url` the UI's page `path`?
    pub fn is_ui_page(&self, url: &Url, path: &str) -> bool {
        url.as_str().starts_with(&self.ui.url) && url.path() == self.ui.path(path)
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
        let id = self.flow_page("/login").await;
        let flow = self.browser_as_account().await.flow("login", &id).await;
        assert_eq!(flow.status, 200, "the login flow {id}: {flow:?}");
        flow.body
    }

    /// Waits for our sign-in page asking for a second factor (Kratos' login flow at aal2).
    pub async fn asked_for_a_second_factor(&self) {
        let login = self.login_flow().await;
        assert_eq!(login["requested_aal"], "aal2", "{login}");
        assert_eq!(
            self.browser.wait_for("h1").await.text().await,
            "Second factor"
        );
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

    /// On a recovery page: asks for a code for `email` and waits for Kratos' "sent" message
    /// (1060003).
    pub async fn ask_for_a_recovery_code(&self, email: &str) {
        self.fill("code", "email", email).await;
        self.submit("code", "code").await;
        self.flow_page("/recovery").await;
        self.browser
            .wait_for("[data-testid='ui/message/1060003']")
            .await;
    }

    /// Types `text` into the input `name` of the form of `group` (`form/<group>`).
    pub async fn fill(&self, group: &str, name: &str, text: &str) {
        self.section(group)
            .await
            .find(&format!("input[name='{name}']"))
            .await
            .unwrap_or_else(|| panic!("no input `{name}` in form/{group}"))
            .fill(text)
            .await;
    }

    /// Clicks the `method=<method>` button of the form of `group` and waits for the next page.
    pub async fn submit(&self, group: &str, method: &str) {
        self.click(&format!(
            "[data-testid='form/{group}'] button[name=method][value={method}]"
        ))
        .await;
    }

    /// Clicks "Sign out" in the page header: Kratos ends the session and sends the browser
    /// to our sign-in page.
    pub async fn sign_out(&self) {
        self.click("[data-testid=logout-link]").await;
        self.flow_page("/login").await;
    }

    /// The browser's Kratos session (`/sessions/whoami` with its cookies), if it has one.
    /// The browser must be on a `localhost` page (cookies ignore ports, not hosts).
    pub async fn browser_session(&self) -> Option<Value> {
        self.browser_as_account().await.session().await
    }

    /// Asserts that the browser is signed in as `email` and returns the session.
    pub async fn assert_signed_in_as(&self, email: &str) -> Value {
        let session = self
            .browser_session()
            .await
            .unwrap_or_else(|| panic!("the browser has no session; expected {email}"));
        assert_eq!(
            session["identity"]["traits"]["email"], email,
            "signed in as someone else: {session}"
        );
        session
    }

    /// Waits for the header's "Signed in as" to name `email`.
    pub async fn header_names(&self, email: &str) {
        let who = self.browser.wait_for("[data-testid=identity-label]").await;
        assert_eq!(who.text().await, email);
    }

    /// Turns the authenticator app on from the settings page on show: reads the shown secret,
    /// enters its current code and submits (the caller waits for what follows).
    pub async fn turn_on_totp_on_settings(&self) {
        let secret = self
            .browser
            .wait_for("[data-testid='node/text/totp_secret_key/text']")
            .await
            .text()
            .await;
        self.fill("totp", "totp_code", &super::totp::code_now(&secret))
            .await;
        self.submit("totp", "totp").await;
    }

    /// Adds a passkey on settings (Kratos' script talks to `authenticator`) and checks the
    /// authenticator now holds exactly one credential.
    pub async fn add_passkey_on_settings(&self, authenticator: &str) {
        self.open_settings().await;
        self.click("[name=passkey_register_trigger]").await;
        self.saved().await;
        let credentials = self.browser.authenticator_credentials(authenticator).await;
        assert_eq!(credentials.len(), 1, "the authenticator holds the passkey");
    }

    /// Signs up as `email` with [`PASSWORD`] the way a person does: from the home page to
    /// sign-in, "Sign up", the profile step, the password step. Returns the verification flow
    /// the browser lands on (Kratos has mailed a code).
    pub async fn sign_up_in_browser(&self, email: &str) -> String {
        self.browser.goto(&self.ui.page("/")).await;
        self.flow_page("/login").await;
        self.click("[data-testid=sign-up-link]").await;
        self.flow_page("/registration").await;
        self.fill("profile", "traits.email", email).await;
        self.fill("profile", "traits.name.first", FIRST_NAME).await;
        self.submit("profile", "profile").await;
        self.flow_page("/registration").await;
        self.fill("password", "password", PASSWORD).await;
        self.submit("password", "password").await;
        self.flow_page("/verification").await
    }

    /// On settings: replaces `old` by `new` in the password section and checks that Kratos
    /// took it (the new one works, the old one no longer does).
    pub async fn change_password(&self, email: &str, old: &str, new: &str) {
        self.fill("password", "password", new).await;
        self.submit("password", "password").await;
        self.saved().await;
        assert!(password_works(&self.kratos.public_url, email, new).await);
        assert!(!password_works(&self.kratos.public_url, email, old).await);
    }

    /// What a cross-site form post amounts to: the CSRF token of the form of `group` no
    /// longer matches the cookie.
    pub async fn forge_csrf_token(&self, group: &str) {
        self.section(group).await;
        self.browser
            .execute(
                &format!(
                    "document.querySelector(\"[data-testid='form/{group}'] input[name=csrf_token]\").value = 'forged';"
                ),
                vec![],
            )
            .await;
    }

    /// The Kratos error id our error page shows as its reference.
    pub async fn error_code(&self) -> String {
        self.browser
            .wait_for("[data-testid=error-code]")
            .await
            .text()
            .await
    }

    /// Waits for our error page and declares its `status` (it answers with the status of the
    /// error it explains, which Chromium logs); returns its URL.
    pub async fn error_page(&self, status: u16) -> Url {
        let url = self
            .browser
            .wait_for_url("the UI's /error?id=<id>", |url| {
                self.is_ui_page(url, "/error")
            })
            .await;
        self.expect_load_failure(&url, status);
        url
    }

    /// Removes something behind its second look (`confirm/<name>/<value>`): checks that the
    /// real submit is out of sight until the disclosure opens, opens it, clicks the submit and
    /// waits for the next page.
    pub async fn confirm_removal(&self, name: &str, value: &str) {
        let confirm = format!("[data-testid='confirm/{name}/{value}']");
        let submit = format!("{confirm} button[name='{name}'][value='{value}']");
        let button = self.browser.wait_for(&submit).await;
        assert!(
            !button.is_displayed().await,
            "{submit} shows before its second look"
        );
        self.browser
            .wait_for(&format!("{confirm} summary"))
            .await
            .click()
            .await;
        assert!(button.is_displayed().await, "{submit} still hidden");
        self.click(&submit).await;
    }

    /// The state line of a settings section (`section/<slug>/state`).
    pub async fn state_of(&self, slug: &str) -> String {
        self.browser
            .wait_for(&format!("[data-testid='section/{slug}/state']"))
            .await
            .text()
            .await
    }

    /// Waits for the browser to land on `#<landing>` and for the outcome there to show;
    /// returns its text.
    pub async fn landed_on(&self, landing: &str) -> String {
        let url = self
            .browser
            .wait_for_url(&format!("a page ending in #{landing}"), |url| {
                url.fragment() == Some(landing)
            })
            .await;
        assert!(self.is_ui_page(&url, "/settings"), "{url}");
        let outcome = self.browser.wait_for(&format!("[id='{landing}']")).await;
        assert!(
            outcome.is_displayed().await,
            "the outcome at #{landing} is hidden"
        );
        outcome.text().await
    }

    /// Waits for Kratos' "Your changes have been saved!" (1050001).
    pub async fn saved(&self) {
        self.browser
            .wait_for("[data-testid='ui/message/1050001']")
            .await;
    }

    /// On a verification page that has mailed a code: enters the code of the mail to
    /// `address` that contains `marker` (earlier mails may carry other codes) and waits for
    /// Kratos' "verified" message (1080002).
    pub async fn enter_mailed_verification_code(&self, address: &str, marker: &str) {
        let mail = self
            .mail
            .next_mail_to_containing(address, marker, super::wait::PATIENCE)
            .await;
        self.fill("code", "code", &mail.code()).await;
        self.submit("code", "code").await;
        // A finished verification may have no form left (a signed-in person only goes on).
        self.browser
            .wait_for_url("the UI's /verification?flow=<id>", |url| {
                self.is_ui_page(url, "/verification") && flow_id(url).is_some()
            })
            .await;
        self.browser
            .wait_for("[data-testid='ui/message/1080002']")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(level: &str, source: &str, message: &str) -> LogEntry {
        LogEntry {
            level: level.to_owned(),
            source: source.to_owned(),
            message: message.to_owned(),
        }
    }

    /// What Chromium logs for a page answered with an error status (copied from a real log).
    const FORBIDDEN: &str = "http://localhost:33409/error?id=16733f1e-3c66-42ce-82e9-aa6c4bc88ab6 \
                             - Failed to load resource: the server responded with a status of \
                             403 (Forbidden)";

    #[test]
    fn an_expected_load_failure_excuses_only_that_url_and_status_and_must_happen() {
        let expected = [ExpectedLoadFailure {
            url: "http://localhost:33409/error?id=16733f1e-3c66-42ce-82e9-aa6c4bc88ab6".to_owned(),
            status: 403,
        }];
        let forbidden = entry("SEVERE", "network", FORBIDDEN);
        assert_eq!(
            log_problems(std::slice::from_ref(&forbidden), &expected),
            Vec::<String>::new()
        );

        // Anything else still fails: another status, another page, a script error, a CSP
        // violation; and so does an expected failure that never happened.
        let other_status = entry(
            "SEVERE",
            "network",
            &FORBIDDEN.replace("403 (Forbidden)", "404 (Not Found)"),
        );
        let other_page = entry(
            "SEVERE",
            "network",
            &FORBIDDEN.replace("/error?id=", "/settings?flow="),
        );
        let script = entry("SEVERE", "javascript", "Uncaught TypeError: x is undefined");
        let csp = entry(
            "SEVERE",
            "security",
            "Refused to load ... Content Security Policy ...",
        );
        let log = [forbidden, other_status, other_page, script, csp];
        assert_eq!(log_problems(&log, &expected).len(), 4);
        let missing = log_problems(&log[1..], &expected);
        assert_eq!(missing.len(), 5);
        assert!(
            missing[4].contains("answering 403, but it did not"),
            "{missing:?}"
        );
    }
}
