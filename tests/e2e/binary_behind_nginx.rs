//! The real binary behind the shipped nginx config, without a browser: the client address it
//! logs (`TRUSTED_PROXIES` both ways), what the config leaves unrouted (`/metrics`) and its
//! limit on sign-in attempts.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::Stdio;
use std::time::Instant;

use reqwest::{Method, Response};
use tokio::io::AsyncReadExt;
use tokio::process::{Child, Command};

use crate::support::artifacts::{Artifacts, repo_path};
use crate::support::net::free_ports;
use crate::support::proxy::{KRATOS_PREFIX, Proxy, UI_PREFIX};
use crate::support::tls::test_ca;
use crate::support::wait::{PATIENCE, until};

const BINARY: &str = env!("CARGO_BIN_EXE_kratos-account-ui");
/// The client's address: another loopback address than the one nginx connects from, so the
/// two can be told apart.
const CLIENT: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 2);
/// What the client claims to be; nginx appends the address it really came from.
const SPOOFED: &str = "203.0.113.9";
const PROBE: &str = "/health/alive";

/// The binary (JSON logs, `BASE_PATH=/account`) behind nginx, and a client on [`CLIENT`].
struct Deployed {
    artifacts: Artifacts,
    ui: Child,
    ui_port: u16,
    proxy: Option<Proxy>,
    client: reqwest::Client,
}

impl Deployed {
    /// Starts both and waits until the UI answers through nginx (each try sends a spoofed
    /// `X-Forwarded-For`).
    async fn start(test: &str, trusted_proxies: Option<&str>) -> Self {
        // The tests' HTTP clients use rustls like the binary's (no default provider).
        kratos_account_ui::startup::install_crypto_provider();
        let artifacts = Artifacts::fresh(test);
        let [ui_port, proxy_port, kratos_port] = free_ports();
        let mut command = Command::new(BINARY);
        command
            .env("HOST", "127.0.0.1")
            .env("PORT", ui_port.to_string())
            .env("BASE_PATH", UI_PREFIX)
            .env("DEV_MODE", "true")
            .env("LOG_FORMAT", "json")
            .env("STATIC_DIR", repo_path("static"))
            .env_remove("TRUSTED_PROXIES")
            .env_remove("METRICS_PORT")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true);
        if let Some(trusted) = trusted_proxies {
            command.env("TRUSTED_PROXIES", trusted);
        }
        let ui = command.spawn().expect("start the binary");
        // Kratos is not needed: nothing here reaches it.
        let proxy = Proxy::start(proxy_port, ui_port, kratos_port, &artifacts).await;
        let client = test_ca()
            .client_builder()
            .local_address(IpAddr::V4(CLIENT))
            .resolve("localhost", SocketAddr::from(([127, 0, 0, 1], proxy_port)))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client");
        let deployed = Self {
            artifacts,
            ui,
            ui_port,
            proxy: Some(proxy),
            client,
        };
        let probe = deployed.through_nginx(&format!("{UI_PREFIX}{PROBE}"));
        until("the UI to answer through nginx", PATIENCE, || async {
            let response = deployed
                .client
                .get(&probe)
                .header("x-forwarded-for", SPOOFED)
                .send()
                .await
                .ok()?;
            (response.status() == 200).then_some(())
        })
        .await;
        deployed
    }

    fn through_nginx(&self, path: &str) -> String {
        let proxy = self
            .proxy
            .as_ref()
            .expect("nginx runs until the logs are read");
        format!("{}{path}", proxy.origin)
    }

    async fn answer(&self, method: Method, url: &str, headers: &[(&str, &str)]) -> Response {
        let request = headers.iter().fold(
            self.client.request(method, url),
            |request, (name, value)| request.header(*name, *value),
        );
        request.send().await.expect("an answer")
    }

    async fn status(&self, method: Method, url: &str) -> u16 {
        self.answer(method, url, &[]).await.status().as_u16()
    }

    /// Stops nginx and the binary; every client address the binary logged for the probe.
    async fn logged_clients(mut self) -> Vec<String> {
        self.proxy = None;
        // Every line is written by the time its request was answered; the pipe keeps them.
        self.ui.start_kill().expect("stop the binary");
        self.ui.wait().await.expect("the binary stops");
        let mut logs = String::new();
        let stdout = self.ui.stdout.as_mut().expect("piped stdout");
        stdout
            .read_to_string(&mut logs)
            .await
            .expect("read the logs");
        self.artifacts.write("ui.log", &logs);
        let clients: Vec<String> = logs
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|line| line["message"] == "request")
            .filter(|line| line["path"] == format!("{UI_PREFIX}{PROBE}"))
            .map(|line| line["client"].as_str().unwrap_or_default().to_owned())
            .collect();
        assert!(!clients.is_empty(), "no request was logged:\n{logs}");
        clients
    }
}

#[tokio::test]
async fn behind_a_trusted_nginx_the_client_address_is_the_one_nginx_saw() {
    let deployed = Deployed::start(
        "behind_a_trusted_nginx_the_client_address_is_the_one_nginx_saw",
        Some("127.0.0.1"),
    )
    .await;
    for client in deployed.logged_clients().await {
        assert_eq!(client, CLIENT.to_string(), "not the spoofed {SPOOFED}");
    }
}

#[tokio::test]
async fn behind_an_untrusted_nginx_the_client_address_is_nginx_own() {
    let deployed = Deployed::start(
        "behind_an_untrusted_nginx_the_client_address_is_nginx_own",
        None,
    )
    .await;
    for client in deployed.logged_clients().await {
        assert_eq!(client, "127.0.0.1", "forwarded headers were believed");
    }
}

#[tokio::test]
async fn the_shipped_nginx_config_answers_head_and_never_routes_metrics() {
    let deployed = Deployed::start(
        "the_shipped_nginx_config_answers_head_and_never_routes_metrics",
        Some("127.0.0.1"),
    )
    .await;
    let probe = deployed.through_nginx(&format!("{UI_PREFIX}{PROBE}"));
    assert_eq!(deployed.status(Method::HEAD, &probe).await, 200);
    for path in ["/metrics", &format!("{UI_PREFIX}/metrics")] {
        let url = deployed.through_nginx(path);
        assert_eq!(deployed.status(Method::GET, &url).await, 404, "{url}");
    }
    // The binary does serve it, on its own port.
    let direct = format!("http://127.0.0.1:{}/metrics", deployed.ui_port);
    let metrics = deployed.client.get(&direct).send().await;
    let metrics = metrics.expect("/metrics answers");
    assert_eq!(metrics.status(), 200);
    let text = metrics.text().await.expect("a text body");
    assert!(
        text.contains(&format!(
            r#"http_requests_total{{method="HEAD",route="{UI_PREFIX}{PROBE}",status="200"}} 1"#
        )),
        "{text}"
    );
}

fn header<'a>(response: &'a Response, name: &str) -> Option<&'a str> {
    response
        .headers()
        .get(name)
        .map(|value| value.to_str().unwrap())
}

/// The template's limit on sign-in, sign-up, recovery and verification posts: `burst` held
/// over `rate` a minute.
const ATTEMPTS_BURST: usize = 20;
const ATTEMPTS_PER_MINUTE: f64 = 20.0;

#[tokio::test]
async fn the_shipped_nginx_config_holds_back_repeated_sign_in_attempts_and_nothing_else() {
    let deployed = Deployed::start(
        "the_shipped_nginx_config_holds_back_repeated_sign_in_attempts_and_nothing_else",
        Some("127.0.0.1"),
    )
    .await;
    let kratos = |path: &str| deployed.through_nginx(&format!("{KRATOS_PREFIX}{path}"));
    let flow = "?flow=00000000-0000-0000-0000-000000000000";
    // No Kratos runs here: a post nginx lets through is its 502, one it holds back a 429.
    let login = kratos(&format!("/self-service/login{flow}"));
    let started = Instant::now();
    let mut statuses = Vec::new();
    for _ in 0..ATTEMPTS_BURST + 6 {
        statuses.push(deployed.status(Method::POST, &login).await);
    }
    // Through: one for the rate and the burst beyond it, then at most one more for each
    // attempt the rate freed while the posts went out; the rest held back.
    let freed = (started.elapsed().as_secs_f64() * ATTEMPTS_PER_MINUTE / 60.0).ceil() as usize;
    let first_through = statuses.iter().take_while(|&&status| status == 502).count();
    let through = statuses.iter().filter(|&&status| status == 502).count();
    assert!(first_through > ATTEMPTS_BURST, "{statuses:?}");
    assert!(through <= ATTEMPTS_BURST + 1 + freed, "{statuses:?}");
    assert!(
        statuses.iter().all(|status| [429, 502].contains(status)),
        "{statuses:?}"
    );
    assert!(statuses.contains(&429), "{statuses:?}");

    // The same address is held back on the other counted forms, also under an encoded path.
    // Two posts each: the rate frees one attempt every 3 s, so on a slow machine the first
    // may get through, but not both.
    for path in [
        "/self-service/registration",
        "/self-service/recovery",
        "/self-service/verification",
        "/self-service/log%69n",
        "/self-service/login/",
    ] {
        let url = kratos(&format!("{path}{flow}"));
        let pair = [
            deployed.status(Method::POST, &url).await,
            deployed.status(Method::POST, &url).await,
        ];
        assert!(
            pair.contains(&429) && pair.iter().all(|status| [429, 502].contains(status)),
            "{path}: {pair:?}"
        );
    }
    // Nothing else is counted: reading flows, settings changes, the UI's own pages.
    for (method, path) in [
        (
            Method::GET,
            format!("{KRATOS_PREFIX}/self-service/login/browser"),
        ),
        (
            Method::GET,
            format!("{KRATOS_PREFIX}/self-service/login/flows{flow}"),
        ),
        (
            Method::POST,
            format!("{KRATOS_PREFIX}/self-service/settings{flow}"),
        ),
        (Method::POST, format!("{KRATOS_PREFIX}/self-service/logout")),
    ] {
        let url = deployed.through_nginx(&path);
        assert_eq!(
            deployed.status(method.clone(), &url).await,
            502,
            "{method} {path}"
        );
    }
    let probe = deployed.through_nginx(&format!("{UI_PREFIX}{PROBE}"));
    assert_eq!(deployed.status(Method::GET, &probe).await, 200);

    // What the browser shows when held back: the UI's page, in the reader's language (a
    // second try, should the rate have freed an attempt meanwhile).
    let german = [("accept-language", "de")];
    let mut held = deployed.answer(Method::POST, &login, &german).await;
    if held.status() == 502 {
        held = deployed.answer(Method::POST, &login, &german).await;
    }
    assert_eq!(held.status(), 429);
    assert_eq!(header(&held, "cache-control"), Some("no-store"));
    assert_eq!(header(&held, "retry-after"), Some("60"));
    let page = held.text().await.expect("a page");
    assert!(page.contains("<html lang=\"de\""), "{page}");
    assert!(page.contains("Zu viele Versuche"), "{page}");
}

#[tokio::test]
async fn the_shipped_nginx_config_tells_browsers_to_keep_to_https() {
    let deployed = Deployed::start(
        "the_shipped_nginx_config_tells_browsers_to_keep_to_https",
        Some("127.0.0.1"),
    )
    .await;
    // A page of the UI, an error of nginx' own and an answer on Kratos' prefix alike.
    for (path, status) in [
        (format!("{UI_PREFIX}{PROBE}"), 200),
        ("/metrics".to_owned(), 404),
        (format!("{KRATOS_PREFIX}/health/alive"), 502),
    ] {
        let url = deployed.through_nginx(&path);
        let response = deployed.answer(Method::GET, &url, &[]).await;
        assert_eq!(response.status().as_u16(), status, "{path}");
        assert_eq!(
            header(&response, "strict-transport-security"),
            Some("max-age=31536000"),
            "{path}"
        );
    }
}
