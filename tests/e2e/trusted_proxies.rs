//! The client address the real binary logs behind the shipped nginx config: the forwarded one
//! only when `TRUSTED_PROXIES` names nginx, and never one the client wrote itself. The client
//! connects from 127.0.0.2, nginx from 127.0.0.1, so the two can be told apart on loopback.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::Stdio;

use tokio::io::AsyncReadExt;
use tokio::process::Command;

use crate::support::artifacts::{Artifacts, repo_path};
use crate::support::net::free_ports;
use crate::support::proxy::{Proxy, UI_PREFIX};
use crate::support::tls::test_ca;
use crate::support::wait::{PATIENCE, until};

const BINARY: &str = env!("CARGO_BIN_EXE_kratos-account-ui");
const CLIENT: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 2);
/// What the client claims to be; nginx appends the address it really came from.
const SPOOFED: &str = "203.0.113.9";

/// Runs the binary behind nginx with `trusted_proxies`, sends requests through nginx from
/// [`CLIENT`] with a spoofed `X-Forwarded-For`, and returns every client address the UI
/// logged for them.
async fn logged_clients(test: &str, trusted_proxies: Option<&str>) -> Vec<String> {
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
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true);
    if let Some(trusted) = trusted_proxies {
        command.env("TRUSTED_PROXIES", trusted);
    }
    let mut ui = command.spawn().expect("start the binary");
    // Kratos is not needed: /health/alive is the UI's own.
    let proxy = Proxy::start(proxy_port, ui_port, kratos_port, &artifacts).await;

    let client = test_ca()
        .client_builder()
        .local_address(IpAddr::V4(CLIENT))
        .resolve("localhost", SocketAddr::from(([127, 0, 0, 1], proxy_port)))
        .build()
        .expect("an HTTP client");
    let url = format!("{}{UI_PREFIX}/health/alive", proxy.origin);
    until("the UI to answer through nginx", PATIENCE, || async {
        let response = client
            .get(&url)
            .header("x-forwarded-for", SPOOFED)
            .send()
            .await
            .ok()?;
        (response.status() == 200).then_some(())
    })
    .await;
    drop(proxy);

    // Every line is written by the time the request was answered; the pipe keeps them.
    ui.start_kill().expect("stop the binary");
    ui.wait().await.expect("the binary stops");
    let mut logs = String::new();
    ui.stdout
        .take()
        .expect("piped stdout")
        .read_to_string(&mut logs)
        .await
        .expect("read the logs");
    artifacts.write("ui.log", &logs);
    let clients: Vec<String> = logs
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|line| {
            line["message"] == "request" && line["path"] == format!("{UI_PREFIX}/health/alive")
        })
        .map(|line| line["client"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(!clients.is_empty(), "no request was logged:\n{logs}");
    clients
}

#[tokio::test]
async fn behind_a_trusted_nginx_the_client_address_is_the_one_nginx_saw() {
    let clients = logged_clients(
        "behind_a_trusted_nginx_the_client_address_is_the_one_nginx_saw",
        Some("127.0.0.1"),
    )
    .await;
    for client in clients {
        assert_eq!(client, CLIENT.to_string(), "not the spoofed {SPOOFED}");
    }
}

#[tokio::test]
async fn behind_an_untrusted_nginx_the_client_address_is_nginx_own() {
    let clients = logged_clients(
        "behind_an_untrusted_nginx_the_client_address_is_nginx_own",
        None,
    )
    .await;
    for client in clients {
        assert_eq!(client, "127.0.0.1", "forwarded headers were believed");
    }
}
