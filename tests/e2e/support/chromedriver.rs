//! One chromedriver per test binary, started on first use on a free port, and a cap on how
//! many browsers run at once (2 cores: more than two Chromium instances only adds flakiness).
//!
//! The driver outlives every test (statics are never dropped), so it is started behind a tiny
//! `sh` that holds our stdin: when the test binary exits, however it exits, the pipe closes,
//! `read` returns and the shell stops chromedriver.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;

use tokio::sync::{Semaphore, SemaphorePermit};

use super::artifacts;
use super::net::free_port;
use super::tls;
use super::wait::{PATIENCE, until};

pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Browsers running at the same time.
static BROWSERS: Semaphore = Semaphore::const_new(2);

struct Driver {
    port: u16,
    // Held for its stdin pipe (see the module docs); never waited on.
    _shell: Child,
}

static DRIVER: OnceLock<Driver> = OnceLock::new();

/// A permit to run one browser; hold it for as long as the browser lives.
pub async fn browser_slot() -> SemaphorePermit<'static> {
    BROWSERS
        .acquire()
        .await
        .expect("the semaphore is never closed")
}

/// The driver's base URL, once it answers.
pub async fn url() -> String {
    let driver = DRIVER.get_or_init(spawn);
    let url = format!("http://127.0.0.1:{}", driver.port);
    let status = format!("{url}/status");
    let http = reqwest::Client::new();
    until("chromedriver to answer /status", PATIENCE, || async {
        let response = http.get(&status).send().await.ok()?;
        response.status().is_success().then_some(())
    })
    .await;
    url
}

fn spawn() -> Driver {
    for binary in [CHROMEDRIVER, CHROMIUM] {
        assert!(
            PathBuf::from(binary).exists(),
            "{binary} is missing: run scripts/test, which installs Chromium and chromedriver"
        );
    }
    let port = free_port();
    std::fs::create_dir_all(artifacts::root()).expect("create the artifacts folder");
    let log = artifacts::root().join("chromedriver.log");
    let shell = Command::new("sh")
        .arg("-c")
        .arg(r#""$0" --port="$1" --log-path="$2" & driver=$!; read -r _; kill "$driver""#)
        .arg(CHROMEDRIVER)
        .arg(port.to_string())
        .arg(&log)
        // Chromium reads the NSS database that trusts the suite's CA from $HOME/.pki/nssdb.
        .env("HOME", &tls::test_ca().browser_home)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    Driver {
        port,
        _shell: shell,
    }
}
