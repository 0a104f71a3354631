//! The real binary as a process: start-up errors, logs, shutdown.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const BINARY: &str = env!("CARGO_BIN_EXE_kratos-account-ui");

#[test]
fn a_bad_setting_stops_start_up_with_one_line_naming_it() {
    for (variable, value) in [
        ("KRATOS_PUBLIC_URL", "not a url"),
        ("KRATOS_BROWSER_URL", "ftp://x"),
        ("PORT", "99999"),
        ("KRATOS_TIMEOUT", "forever"),
        ("LOG_FORMAT", "yaml"),
        ("BASE_PATH", "/a b"),
        ("SESSION_SECRET", "too-short"),
        ("DEV_MODE", "maybe"),
        ("TRUSTED_PROXIES", "proxy.internal"),
        ("METRICS_PORT", "metrics"),
    ] {
        let output = Command::new(BINARY)
            .env("DEV_MODE", "true")
            .env(variable, value)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{variable}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(&format!("invalid {variable}:")), "{stderr}");
    }
}

#[test]
fn without_a_session_secret_start_up_stops_naming_it() {
    let output = Command::new(BINARY).env("PORT", "0").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("invalid SESSION_SECRET: is required"),
        "{stderr}"
    );
}

#[test]
fn a_missing_static_dir_stops_start_up() {
    let output = Command::new(BINARY)
        .env("PORT", "0")
        .env("DEV_MODE", "true")
        .env("STATIC_DIR", "/nonexistent")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("STATIC_DIR"), "{stderr}");
    // Development mode (no SESSION_SECRET) says so before anything else.
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        format!("{stdout}{stderr}").contains("development mode"),
        "{stdout}{stderr}"
    );
}

/// Runs the binary with JSON logs, sends a request with a session cookie through a flow
/// fetch, stops it with SIGTERM and returns everything it logged.
#[tokio::test]
async fn logs_are_json_carry_request_ids_and_never_cookies_and_sigterm_stops_it() {
    let kratos = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/self-service/settings/flows"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(serde_json::json!({"error": {"code": 401}})),
        )
        .mount(&kratos)
        .await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(BINARY)
        .env("PORT", port.to_string())
        .env("KRATOS_PUBLIC_URL", kratos.uri())
        .env("LOG_FORMAT", "json")
        .env("SHUTDOWN_DRAIN", "0")
        .env("RUST_LOG", "debug")
        .env("SESSION_SECRET", "TOPSECRETKEY".repeat(8))
        .env("STATIC_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/static"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let client = crate::helpers::http_client();
    let url = format!("http://127.0.0.1:{port}/settings?flow=0a4f1a8c-8a5e-4a8e-9d7a-0d3f1c2b3a4d");
    let started = Instant::now();
    let response = loop {
        match client
            .get(&url)
            .header(
                "cookie",
                "ory_kratos_session=TOPSECRETSESSION; csrf_token_x=TOPSECRETCSRF",
            )
            .send()
            .await
        {
            Ok(response) => break response,
            Err(_) if started.elapsed() < Duration::from_secs(10) => {
                tokio::time::sleep(Duration::from_millis(50)).await
            }
            Err(err) => panic!("the binary never answered: {err}"),
        }
    };
    assert_eq!(response.status(), 303);
    let request_id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();

    // SIGTERM: actix drains and exits cleanly.
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(15);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(Instant::now() < deadline, "no exit after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");

    let mut lines = Vec::new();
    BufReader::new(child.stdout.take().unwrap())
        .lines()
        .for_each(|l| lines.push(l.unwrap()));
    BufReader::new(child.stderr.take().unwrap())
        .lines()
        .for_each(|l| lines.push(l.unwrap()));
    let all = lines.join("\n");
    assert!(
        !all.contains("TOPSECRET"),
        "a cookie value or the session secret reached the logs:\n{all}"
    );
    let request_line = lines
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["message"] == "request" && v["status"] == 303)
        .unwrap_or_else(|| panic!("no JSON request log line in:\n{all}"));
    assert_eq!(request_line["path"], "/settings");
    // As scripts/dev says: browse on localhost, not 127.0.0.1 (cookies, WebAuthn).
    let started_line = lines
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| {
            v["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("listening on"))
        })
        .unwrap_or_else(|| panic!("no start-up line in:\n{all}"));
    assert_eq!(
        started_line["message"],
        format!("listening on 127.0.0.1:{port}; open http://localhost:{port}/")
    );
    assert!(all.contains(&request_id), "log lines carry the request id");
    assert!(
        all.contains("kratos call"),
        "the upstream call is logged at debug"
    );
}

#[tokio::test]
async fn the_healthcheck_subcommand_reports_a_running_instance() {
    let app = crate::helpers::spawn_app().await;
    let port = url::Url::parse(&app.address)
        .unwrap()
        .port()
        .unwrap()
        .to_string();
    let ok = tokio::process::Command::new(BINARY)
        .arg("healthcheck")
        .env("PORT", &port)
        .env("DEV_MODE", "true")
        .status()
        .await
        .unwrap();
    assert!(ok.success());
    let free = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
        .to_string();
    let down = tokio::process::Command::new(BINARY)
        .arg("healthcheck")
        .env("PORT", &free)
        .env("DEV_MODE", "true")
        .status()
        .await
        .unwrap();
    assert!(!down.success());
}

#[test]
fn flags_override_the_environment_and_unknown_ones_are_refused() {
    let output = Command::new(BINARY)
        .env("PORT", "4455")
        .env("DEV_MODE", "true")
        .args(["--port", "nope"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("invalid PORT: \"nope\"")
    );
    let output = Command::new(BINARY).arg("--colour=blue").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("unknown argument")
    );
}

#[test]
fn help_and_version_answer_with_exit_code_zero() {
    let help = Command::new(BINARY).arg("--help").output().unwrap();
    assert_eq!(help.status.code(), Some(0));
    let help = String::from_utf8(help.stdout).unwrap();
    for expected in [
        "--kratos-public-url",
        "[env: KRATOS_PUBLIC_URL",
        "[default: 4455]",
        "healthcheck",
    ] {
        assert!(help.contains(expected), "{expected} missing from:\n{help}");
    }
    let version = Command::new(BINARY).arg("--version").output().unwrap();
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(version.stdout).unwrap().trim(),
        concat!("kratos-account-ui ", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_never_prints_a_variables_value() {
    let help = Command::new(BINARY)
        .arg("--help")
        .env("KRATOS_PUBLIC_URL", "http://SECRET-HOST:4433")
        .output()
        .unwrap();
    assert!(
        !String::from_utf8(help.stdout)
            .unwrap()
            .contains("SECRET-HOST")
    );
}

#[test]
fn a_bad_flag_of_the_healthcheck_stops_it_with_one_line() {
    let output = Command::new(BINARY)
        .args(["healthcheck", "--kratos-timeout", "forever"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("invalid KRATOS_TIMEOUT:"), "{stderr}");
}

#[test]
fn text_logs_written_to_a_pipe_carry_no_colour_codes() {
    let mut child = Command::new(BINARY)
        .env("SESSION_SECRET", "s".repeat(64))
        .env("PORT", "0")
        .env("LOG_FORMAT", "text")
        .env_remove("RUST_LOG")
        .env("STATIC_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/static"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first_line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first_line)
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(first_line.contains("INFO"), "{first_line:?}");
    assert!(!first_line.contains('\u{1b}'), "{first_line:?}");
}

/// The binary in development mode on `port`, its JSON logs on stdout, with `variable` set to
/// `value` or, for `None`, removed (this process' environment does not decide).
fn json_logging_binary(port: u16, variable: &str, value: Option<&str>) -> Command {
    let mut command = Command::new(BINARY);
    command
        .env("PORT", port.to_string())
        .env("DEV_MODE", "true")
        .env("LOG_FORMAT", "json")
        .env("STATIC_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/static"))
        .env_remove(variable)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if let Some(value) = value {
        command.env(variable, value);
    }
    command
}

/// Runs the binary with JSON logs and `TRUSTED_PROXIES` (if any), sends one request from
/// loopback with the given forwarding headers, stops it and returns the `client` it logged.
async fn logged_client(trusted_proxies: Option<&str>, headers: &[(&str, &str)]) -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = json_logging_binary(port, "TRUSTED_PROXIES", trusted_proxies)
        .spawn()
        .unwrap();
    let client = crate::helpers::http_client();
    let url = format!("http://127.0.0.1:{port}/health/alive");
    let started = Instant::now();
    loop {
        let mut request = client.get(&url).header("x-request-id", "forwarding-probe");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        match request.send().await {
            Ok(response) => {
                assert_eq!(response.status(), 200);
                break;
            }
            Err(_) if started.elapsed() < Duration::from_secs(10) => {
                tokio::time::sleep(Duration::from_millis(50)).await
            }
            Err(err) => panic!("the binary never answered: {err}"),
        }
    }
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
    let lines: Vec<String> = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map(Result::unwrap)
        .collect();
    let line = lines
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["message"] == "request" && v["span"]["request_id"] == "forwarding-probe")
        .unwrap_or_else(|| panic!("no request log line in:\n{}", lines.join("\n")));
    line["client"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn forwarded_addresses_are_logged_only_from_trusted_proxies() {
    let spoofed = [("x-forwarded-for", "203.0.113.9")];
    // Nobody is trusted by default: a client cannot put another address into the logs.
    assert_eq!(logged_client(None, &spoofed).await, "127.0.0.1");
    assert_eq!(
        logged_client(None, &[("forwarded", "for=203.0.113.9")]).await,
        "127.0.0.1"
    );
    // Trusted only when the connection comes from a listed proxy.
    assert_eq!(
        logged_client(Some("10.0.0.0/8"), &spoofed).await,
        "127.0.0.1"
    );
    assert_eq!(
        logged_client(Some("127.0.0.1"), &spoofed).await,
        "203.0.113.9"
    );
    // Through a trusted proxy, what the client itself prepended is still not believed.
    let prepended = [("x-forwarded-for", "198.51.100.1, 203.0.113.9")];
    assert_eq!(
        logged_client(Some("127.0.0.0/8"), &prepended).await,
        "203.0.113.9"
    );
}

/// The binary takes its memory in ordinary pages (`startup::tune_allocator`): the kernel's
/// transparent huge pages would hold it in 2 MiB steps. An operator's `MIMALLOC_ALLOW_THP`
/// still decides.
#[cfg(target_os = "linux")]
#[test]
fn the_binary_turns_transparent_huge_pages_off_unless_told_otherwise() {
    let thp_enabled = |pid: &str| {
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .unwrap()
            .lines()
            .find_map(|line| {
                line.strip_prefix("THP_enabled:")
                    .map(|v| v.trim().to_owned())
            })
            .expect("the kernel reports THP_enabled")
    };
    // The flag is inherited: the child can only show what it set itself if this process has
    // huge pages on.
    assert_eq!(
        thp_enabled("self"),
        "1",
        "this test's own process has transparent huge pages off, so its children cannot show \
         theirs"
    );
    for (allow, expected) in [(None, "0"), (Some("1"), "1")] {
        let mut child = json_logging_binary(0, "MIMALLOC_ALLOW_THP", allow)
            .spawn()
            .unwrap();
        // Listening means `main` is past its first lines. Read on a thread of its own, so that
        // a binary that hangs before it listens fails the test instead of stalling the suite.
        let stdout = child.stdout.take().unwrap();
        let (told, listening) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let listening = BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .any(|line| line.contains("listening on"));
            let _ = told.send(listening);
        });
        let listening = listening
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or(false);
        let seen = thp_enabled(&child.id().to_string());
        child.kill().unwrap();
        child.wait().unwrap();
        assert!(listening, "the binary did not start");
        assert_eq!(seen, expected, "MIMALLOC_ALLOW_THP={allow:?}");
    }
}
