//! A real Kratos per scenario: `config/kratos/kratos.yml.tmpl` filled in, on a SQLite file
//! of its own, started in about 0.7 s, killed when the scenario drops it.
//!
//! Not the template's `dsn: memory`: that is SQLite's shared cache, where a write that meets
//! another (the courier marking a mail sent while the browser starts a flow) fails at once
//! with "database table is locked" instead of waiting, so a scenario would fail now and then
//! on a 500 from Kratos. A file in WAL mode makes the second writer wait its turn.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::OnceLock;
use std::time::UNIX_EPOCH;

use serde_json::Value;
use tokio::process::{Child, Command};
use url::Url;

use super::artifacts::{Artifacts, repo_path};
use super::tls::http_client;
use super::wait::{PATIENCE, until};

pub const KRATOS_BINARY: &str = ".cache/bin/kratos";

/// The per-scenario knobs of the template.
#[derive(Debug, Clone)]
pub struct Knobs {
    pub privileged_session_max_age: &'static str,
    pub settings_required_aal: &'static str,
    pub whoami_required_aal: &'static str,
    pub settings_lifespan: &'static str,
    /// Everything behind nginx on one https origin (`deploy/nginx/`), Kratos without `--dev`.
    pub behind_proxy: bool,
}

impl Default for Knobs {
    fn default() -> Self {
        Self {
            privileged_session_max_age: "15m",
            settings_required_aal: "aal1",
            whoami_required_aal: "aal1",
            settings_lifespan: "1h",
            behind_proxy: false,
        }
    }
}

/// The knobs `scripts/dev` fills the template with.
const DEV_KNOBS: &str = include_str!("../../../config/kratos/dev.env");

impl Knobs {
    /// What `scripts/dev` runs (`config/kratos/dev.env`), so that a scenario shows what people
    /// see when they try the UI locally.
    pub fn dev() -> Self {
        let mut knobs = Self::default();
        let settings = DEV_KNOBS
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'));
        for line in settings {
            let (name, value) = line
                .split_once('=')
                .unwrap_or_else(|| panic!("config/kratos/dev.env: not NAME=value: {line}"));
            let knob = match name {
                "PRIVILEGED_SESSION_MAX_AGE" => &mut knobs.privileged_session_max_age,
                "SETTINGS_REQUIRED_AAL" => &mut knobs.settings_required_aal,
                "WHOAMI_REQUIRED_AAL" => &mut knobs.whoami_required_aal,
                "SETTINGS_LIFESPAN" => &mut knobs.settings_lifespan,
                other => panic!("config/kratos/dev.env: {other} is not a knob of the e2e suite"),
            };
            *knob = value;
        }
        knobs
    }
}

/// Where everything else listens; Kratos' own ports are picked by the caller, because the
/// UI has to know them before Kratos can be configured with the UI's port.
pub struct Wiring<'a> {
    pub public_port: u16,
    pub admin_port: u16,
    /// Kratos' public base URL as browsers reach it (its `serve.public.base_url`).
    pub public_url: &'a str,
    pub ui_url: &'a str,
    pub smtp_url: &'a str,
    pub oidc_issuer: &'a str,
}

/// Kratos could not listen on a port picked for it: pick others and start again.
#[derive(Debug)]
pub struct PortTaken;

pub struct Kratos {
    /// `http://localhost:<port>`, or the proxy's `https://localhost:<port>/.ory/kratos/public`:
    /// the browser and the tests use one host name, because cookies are per host and WebAuthn
    /// refuses IP addresses.
    pub public_url: String,
    pub admin_url: String,
    _process: Child,
}

impl Kratos {
    pub fn public_url_for(port: u16) -> String {
        format!("http://localhost:{port}")
    }

    /// Starts Kratos and waits until it is ready. Fails only when a port picked for it was
    /// taken in the meantime (ports are picked free, then released: any process may grab one
    /// before Kratos binds it); any other early exit panics with Kratos' log.
    pub async fn start(
        wiring: &Wiring<'_>,
        knobs: &Knobs,
        artifacts: &Artifacts,
    ) -> Result<Self, PortTaken> {
        let binary = repo_path(KRATOS_BINARY);
        assert!(
            binary.exists(),
            "{} is missing: run scripts/test, which builds Kratos (scripts/build-kratos)",
            binary.display()
        );
        let direct_url = Self::public_url_for(wiring.public_port);
        let config = artifacts.path("kratos.yml");
        std::fs::write(&config, fill_template(wiring, knobs)).expect("write the Kratos config");

        let database = artifacts.path("kratos.sqlite");
        for stale in ["kratos.sqlite-wal", "kratos.sqlite-shm"] {
            let _ = std::fs::remove_file(artifacts.path(stale));
        }
        std::fs::copy(migrated_database(&binary), &database)
            .expect("copy the migrated Kratos database");
        let log = File::create(artifacts.path("kratos.log")).expect("create the Kratos log");
        // `--dev` is what lets Kratos set cookies without `Secure` (session, CSRF and
        // continuity cookies) over plain http; behind the https proxy it stays off.
        let dev: &[&str] = if knobs.behind_proxy { &[] } else { &["--dev"] };
        let process = Command::new(&binary)
            .arg("serve")
            .args(dev)
            .args(["--watch-courier", "--sqa-opt-out", "-c"])
            .arg(&config)
            .env("DSN", scenario_dsn(&database))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("clone the log handle"))
            .stderr(log)
            .kill_on_drop(true)
            .spawn()
            .expect("start Kratos");

        let http = reqwest::Client::new();
        let ready = format!("{direct_url}/health/ready");
        let log = artifacts.path("kratos.log");
        let process = std::sync::Mutex::new(process);
        until(
            format!("Kratos to be ready (log: {})", log.display()),
            PATIENCE,
            || async {
                if let Ok(Some(status)) = process.lock().unwrap().try_wait() {
                    let log = std::fs::read_to_string(&log).unwrap_or_default();
                    if log.contains("bind: address already in use") {
                        return Some(Err(PortTaken));
                    }
                    panic!("Kratos exited with {status} before it was ready:\n{log}");
                }
                let response = http.get(&ready).send().await.ok()?;
                (response.status() == 200).then_some(Ok(()))
            },
        )
        .await?;
        let process = process.into_inner().unwrap();
        Ok(Self {
            public_url: wiring.public_url.to_owned(),
            admin_url: format!("http://127.0.0.1:{}", wiring.admin_port),
            _process: process,
        })
    }
}

/// A SQLite database with Kratos' migrations applied, made once per Kratos binary (0.9 s)
/// and copied for each scenario.
fn migrated_database(binary: &Path) -> &'static Path {
    static MIGRATED: OnceLock<PathBuf> = OnceLock::new();
    MIGRATED.get_or_init(|| {
        let built = std::fs::metadata(binary).expect("the Kratos binary's metadata");
        let built_at = built
            .modified()
            .ok()
            .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |since| since.as_secs());
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let path = dir.join(format!("kratos-migrated-{built_at}-{}.sqlite", built.len()));
        if path.exists() {
            return path;
        }
        // Made aside and renamed, so that a test process running beside this one never
        // copies a half-migrated file.
        let partial = dir.join(format!("kratos-migrating-{}.sqlite", std::process::id()));
        let _ = std::fs::remove_file(&partial);
        let migrated = std::process::Command::new(binary)
            .args(["migrate", "sql", "-e", "--yes"])
            .env("DSN", format!("sqlite://{}?_fk=true", partial.display()))
            .stdin(Stdio::null())
            .output()
            .expect("run Kratos' migrations");
        assert!(
            migrated.status.success(),
            "Kratos' migrations failed:\n{}",
            String::from_utf8_lossy(&migrated.stderr)
        );
        std::fs::rename(&partial, &path).expect("keep the migrated database");
        path
    })
}

/// The DSN of a scenario's database: writers wait for each other up to 10 s, and nothing is
/// synced to disk, since the file dies with the scenario. (`_txlock=immediate` made Kratos
/// fail more often, docs/kratos-notes.md says how much.)
fn scenario_dsn(database: &Path) -> String {
    format!(
        "sqlite://{}?_fk=true&_journal_mode=WAL&_busy_timeout=10000&_sync=OFF",
        database.display()
    )
}

impl Kratos {
    /// The identity with this login identifier, as the admin API shows it (credentials by
    /// type; secrets left out).
    pub async fn identity(&self, identifier: &str) -> Value {
        let http = reqwest::Client::new();
        let mut list = Url::parse(&format!("{}/admin/identities", self.admin_url)).expect("a URL");
        list.query_pairs_mut()
            .append_pair("credentials_identifier", identifier);
        let found: Value = get_json(&http, list.as_str()).await;
        let id = found[0]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no identity with the identifier {identifier}: {found}"));
        // Security keys and passkeys only show their keys (`config.credentials`) on request.
        let url = format!(
            "{}/admin/identities/{id}?include_credential=webauthn&include_credential=passkey",
            self.admin_url
        );
        get_json(&http, &url).await
    }

    /// A self-service error as Kratos' public API shows it (`/self-service/errors?id=`).
    pub async fn self_service_error(&self, id: &str) -> Value {
        let mut url =
            Url::parse(&format!("{}/self-service/errors", self.public_url)).expect("a URL");
        url.query_pairs_mut().append_pair("id", id);
        get_json(&http_client(), url.as_str()).await
    }

    /// Whether the address `email` (also the identity's identifier) is verified, as the
    /// admin API shows it.
    pub async fn is_verified(&self, email: &str) -> bool {
        let identity = self.identity(email).await;
        let addresses = identity["verifiable_addresses"].as_array();
        let address = addresses
            .into_iter()
            .flatten()
            .find(|a| a["value"] == email)
            .unwrap_or_else(|| panic!("{email} is not a verifiable address: {identity}"));
        address["verified"] == true
    }
}

async fn get_json(http: &reqwest::Client, url: &str) -> Value {
    let response = http
        .get(url)
        .send()
        .await
        .unwrap_or_else(|err| panic!("GET {url}: {err}"));
    assert!(
        response.status().is_success(),
        "GET {url}: {}",
        response.status()
    );
    response.json().await.expect("a JSON answer")
}

fn fill_template(wiring: &Wiring<'_>, knobs: &Knobs) -> String {
    let template = std::fs::read_to_string(repo_path("config/kratos/kratos.yml.tmpl"))
        .expect("read config/kratos/kratos.yml.tmpl");
    let file_url = |relative: &str| format!("file://{}", repo_path(relative).display());
    let values = [
        ("KRATOS_PUBLIC_URL", wiring.public_url.to_owned()),
        ("KRATOS_PUBLIC_PORT", wiring.public_port.to_string()),
        ("KRATOS_ADMIN_PORT", wiring.admin_port.to_string()),
        ("UI_URL", wiring.ui_url.to_owned()),
        ("UI_ORIGIN", origin(wiring.ui_url)),
        ("SMTP_URL", wiring.smtp_url.to_owned()),
        (
            "IDENTITY_SCHEMA_URL",
            file_url("config/kratos/identity.schema.json"),
        ),
        ("OIDC_ISSUER_URL", wiring.oidc_issuer.to_owned()),
        (
            "OIDC_MAPPER_URL",
            file_url("config/kratos/oidc.mapper.jsonnet"),
        ),
        (
            "PRIVILEGED_SESSION_MAX_AGE",
            knobs.privileged_session_max_age.to_owned(),
        ),
        (
            "SETTINGS_REQUIRED_AAL",
            knobs.settings_required_aal.to_owned(),
        ),
        ("WHOAMI_REQUIRED_AAL", knobs.whoami_required_aal.to_owned()),
        ("SETTINGS_LIFESPAN", knobs.settings_lifespan.to_owned()),
    ];
    let filled = values.iter().fold(template, |text, (key, value)| {
        text.replace(&format!("{{{{{key}}}}}"), value)
    });
    // A placeholder added to the template must be added here too (comments may name them).
    let unfilled: Vec<&str> = filled
        .lines()
        .filter(|line| !line.trim_start().starts_with('#') && line.contains("{{"))
        .collect();
    assert!(
        unfilled.is_empty(),
        "the Kratos template has placeholders the e2e suite does not fill: {unfilled:?}"
    );
    filled
}

/// `scheme://host[:port]` of a URL (the UI's URL may carry a base path).
fn origin(url: &str) -> String {
    Url::parse(url)
        .expect("the UI's URL")
        .origin()
        .ascii_serialization()
}

/// The last `count` requests Kratos completed (method, path, status) and every error or
/// warning it logged after starting, from its text log: enough to tell from a CI log alone
/// whether a stuck page was Kratos' doing.
pub fn log_summary(log: &str, count: usize) -> String {
    let started = log
        .find("Starting the public httpd")
        .map_or(log, |at| &log[at..]);
    let mut requests = Vec::new();
    let mut problems = Vec::new();
    for line in started.lines() {
        if line.contains("msg=completed handling request") {
            let field = |name: &str| {
                line.split_once(&format!(" {name}:"))
                    .and_then(|(_, rest)| rest.split([' ', ']']).next())
                    .unwrap_or("?")
                    .to_owned()
            };
            let path = line
                .split_once(" method:")
                .and_then(|(_, rest)| rest.split_once(" path:"))
                .and_then(|(_, rest)| rest.split(' ').next())
                .unwrap_or("?");
            requests.push(format!("{} {path} -> {}", field("method"), field("status")));
        } else if line.contains("level=error") || line.contains("level=warning") {
            problems.push(line.chars().take(400).collect::<String>());
        }
    }
    let skipped = requests.len().saturating_sub(count);
    let mut summary = format!("Kratos' last {} requests:\n", requests.len() - skipped);
    for request in &requests[skipped..] {
        summary.push_str(&format!("  {request}\n"));
    }
    for problem in problems {
        summary.push_str(&format!("Kratos: {problem}\n"));
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::log_summary;

    #[test]
    fn the_summary_names_the_last_requests_and_the_problems_after_start() {
        let log = "\
time=t level=warning msg=YOU ARE RUNNING Ory KRATOS IN DEV MODE.
time=t level=info msg=Starting the public httpd on: 127.0.0.1:1
time=t level=info msg=completed handling request http_request=map[headers:map[accept:*/*] host:h method:GET path:/health/ready query:<nil> remote:r] http_response=map[headers:map[vary:Origin] size:16 status:200 text_status:OK]
time=t level=error msg=database is locked
time=t level=info msg=completed handling request http_request=map[headers:map[accept:*/*] host:h method:POST path:/self-service/settings query:<nil> remote:r] http_response=map[size:9 status:500 text_status:Internal Server Error]
time=t level=info msg=completed handling request http_request=map[headers:map[accept:*/*] host:h method:GET path:/sessions/whoami query:<nil> remote:r] http_response=map[size:9 status:401]
";
        assert_eq!(
            log_summary(log, 2),
            "Kratos' last 2 requests:\n  POST /self-service/settings -> 500\n  \
             GET /sessions/whoami -> 401\nKratos: time=t level=error msg=database is locked\n"
        );
    }
}
