//! The real binary stopped as an orchestrator stops it (SIGTERM during traffic), and its
//! `healthcheck` subcommand on every kind of listen address.

use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const BINARY: &str = env!("CARGO_BIN_EXE_kratos-account-ui");

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The binary on `host:port`, with Kratos at `kratos`, and `extra` settings on top.
fn start(host: &str, port: u16, kratos: &str, extra: &[(&str, &str)]) -> Child {
    let mut command = Command::new(BINARY);
    command
        .env("HOST", host)
        .env("PORT", port.to_string())
        .env("KRATOS_PUBLIC_URL", kratos)
        .env("KRATOS_TIMEOUT", "5s")
        .env("SESSION_SECRET", "s".repeat(64))
        .env("STATIC_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/static"))
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for (name, value) in extra {
        command.env(name, value);
    }
    command.spawn().unwrap()
}

async fn get(client: &reqwest::Client, url: &str) -> reqwest::Result<reqwest::Response> {
    client.get(url).send().await
}

/// Waits until `url` answers at all (any status).
async fn wait_until_up(url: &str) {
    let client = crate::helpers::http_client();
    let started = Instant::now();
    while get(&client, url).await.is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{url} never answered"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn sigterm(child: &Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

async fn wait_for_exit(child: &mut Child, within: Duration) -> ExitStatus {
    let deadline = Instant::now() + within;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(Instant::now() < deadline, "still running after {within:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A fresh connection per request: keep-alive must not hide whether new ones are accepted.
fn fresh_client() -> reqwest::Client {
    kratos_account_ui::startup::install_crypto_provider();
    reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn sigterm_fails_readiness_at_once_serves_through_the_drain_then_exits() {
    let kratos = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/health/alive"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&kratos)
        .await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = start(
        "127.0.0.1",
        port,
        &kratos.uri(),
        &[("SHUTDOWN_DRAIN", "2s")],
    );
    wait_until_up(&format!("{base}/health/alive")).await;
    let client = fresh_client();
    let ready = get(&client, &format!("{base}/health/ready")).await.unwrap();
    assert_eq!(ready.status(), 200, "ready before the signal");

    sigterm(&child);
    let signalled = Instant::now();
    // Readiness fails at once (well within one probe period).
    let not_ready = loop {
        let status = get(&client, &format!("{base}/health/ready"))
            .await
            .expect("still accepting during the drain")
            .status();
        if status == 503 {
            break signalled.elapsed();
        }
        assert!(
            signalled.elapsed() < Duration::from_secs(1),
            "ready stayed {status}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    assert!(not_ready < Duration::from_millis(500), "{not_ready:?}");

    // New connections are still accepted and served for the drain period.
    let mut served = 0;
    while signalled.elapsed() < Duration::from_millis(1500) {
        let page = get(&client, &format!("{base}/health/alive")).await;
        assert_eq!(page.expect("refused during the drain").status(), 200);
        served += 1;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(served >= 5, "{served}");
    assert!(
        child.try_wait().unwrap().is_none(),
        "exited during the drain"
    );

    let exit = wait_for_exit(&mut child, Duration::from_secs(10)).await;
    let stopped = signalled.elapsed();
    assert!(exit.success(), "{exit:?}");
    assert!(
        stopped >= Duration::from_secs(2),
        "stopped before the drain ended: {stopped:?}"
    );
    assert!(
        stopped < Duration::from_secs(5),
        "drain plus stop took {stopped:?}"
    );
    assert!(
        get(&client, &format!("{base}/health/alive")).await.is_err(),
        "still accepting after the stop"
    );
}

#[tokio::test]
async fn requests_in_flight_at_the_stop_are_finished() {
    let kratos = MockServer::start().await;
    // The flow takes a while to come: the request is in flight when SIGTERM arrives.
    Mock::given(method("GET"))
        .and(path("/self-service/settings/flows"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(serde_json::json!({"error": {"code": 401}}))
                .set_delay(Duration::from_millis(1500)),
        )
        .mount(&kratos)
        .await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = start("127.0.0.1", port, &kratos.uri(), &[("SHUTDOWN_DRAIN", "0")]);
    wait_until_up(&format!("{base}/health/alive")).await;

    let client = fresh_client();
    let slow = tokio::spawn({
        let client = client.clone();
        let url = format!("{base}/settings?flow=0a4f1a8c-8a5e-4a8e-9d7a-0d3f1c2b3a4d");
        async move { get(&client, &url).await }
    });
    // Signal once the request has reached Kratos, i.e. is being handled.
    let started = Instant::now();
    while kratos
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty()
    {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the request never reached Kratos"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    sigterm(&child);
    let signalled = Instant::now();
    // Without a drain, new connections are refused soon after the signal.
    let refused = loop {
        if get(&client, &format!("{base}/health/alive")).await.is_err() {
            break signalled.elapsed();
        }
        assert!(
            signalled.elapsed() < Duration::from_secs(1),
            "still accepting"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    assert!(refused < Duration::from_millis(1000), "{refused:?}");

    let response = slow
        .await
        .unwrap()
        .expect("the request in flight was cut off");
    assert_eq!(
        response.status(),
        303,
        "Kratos' 401 becomes a redirect to sign-in"
    );
    let exit = wait_for_exit(&mut child, Duration::from_secs(10)).await;
    assert!(exit.success(), "{exit:?}");
}

#[tokio::test]
async fn the_healthcheck_dials_whatever_address_the_server_listens_on() {
    let kratos = MockServer::start().await;
    for host in ["::1", "[::1]", "127.0.0.2", "0.0.0.0", "::", "localhost"] {
        let port = free_port();
        let mut child = start(host, port, &kratos.uri(), &[("SHUTDOWN_DRAIN", "0")]);
        // The probe holds no session key: it only dials.
        let healthcheck = || {
            tokio::process::Command::new(BINARY)
                .arg("healthcheck")
                .env_remove("SESSION_SECRET")
                .env_remove("DEV_MODE")
                .env("HOST", host)
                .env("PORT", port.to_string())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
        };
        let started = Instant::now();
        while !healthcheck().await.unwrap().success() {
            if let Some(exit) = child.try_wait().unwrap() {
                panic!("the server on {host} exited: {exit:?}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "healthcheck with HOST={host} never passed"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        sigterm(&child);
        assert!(
            wait_for_exit(&mut child, Duration::from_secs(10))
                .await
                .success()
        );
        // Nothing listens there any more: the same check now fails.
        assert!(!healthcheck().await.unwrap().success(), "HOST={host}");
    }
}
