//! Settings, parsed once at start-up from command-line flags or environment variables whose
//! names match Ory's Node UI (`KRATOS_PUBLIC_URL`, `KRATOS_BROWSER_URL`, `PORT`, ...).

use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use url::Url;

use crate::forwarded::TrustedProxies;

#[derive(Debug, Clone)]
pub struct Settings {
    pub host: String,
    pub port: u16,
    pub kratos: KratosSettings,
    pub ui: UiSettings,
    pub session: SessionSettings,
    pub log_format: LogFormat,
    /// Whose `X-Forwarded-For` / `Forwarded` we believe for the client address.
    pub trusted_proxies: TrustedProxies,
    /// `/metrics` on its own port (same host) instead of the main one.
    pub metrics_port: Option<u16>,
    /// After SIGTERM: how long readiness fails while requests are still served, so that load
    /// balancers stop sending new ones before the server stops accepting. Zero: no drain.
    pub shutdown_drain: Duration,
}

/// The per-browser cookie session (CSRF token and other small values).
#[derive(Debug, Clone)]
pub struct SessionSettings {
    /// Encrypts and signs the session cookie. `None` only in development mode, where a random
    /// per-process key is used instead.
    pub secret: Option<SessionSecret>,
    pub dev_mode: bool,
    /// The cookie's `Secure` flag: on unless in development mode (plain http on localhost).
    pub cookie_secure: bool,
}

/// At least [`SessionSecret::MIN_BYTES`] bytes; never printed.
#[derive(Clone)]
pub struct SessionSecret(Vec<u8>);

impl SessionSecret {
    /// What `actix_web::cookie::Key` needs (signing and encryption halves).
    pub const MIN_BYTES: usize = 64;

    pub fn new(bytes: impl Into<Vec<u8>>) -> Result<Self, String> {
        let bytes = bytes.into();
        if bytes.len() < Self::MIN_BYTES {
            return Err(format!(
                "must be at least {} bytes, got {} (e.g. `openssl rand -base64 64`)",
                Self::MIN_BYTES,
                bytes.len()
            ));
        }
        Ok(Self(bytes))
    }

    pub fn expose(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for SessionSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionSecret([redacted])")
    }
}

#[derive(Debug, Clone)]
pub struct KratosSettings {
    /// Kratos' public API as reached from this server.
    pub public_url: Url,
    /// Kratos' public API as reached from the browser; every Kratos URL we emit uses it.
    pub browser_url: Url,
    /// Bound on each upstream call.
    pub timeout: Duration,
    /// Bytes of flows in flight at once (`kratos::budget`).
    pub flow_budget: usize,
    /// Bytes of Kratos' other answers in flight at once (`kratos::budget`).
    pub answer_budget: usize,
}

#[derive(Debug, Clone)]
pub struct UiSettings {
    /// Prefix every route and link is mounted under: empty or `/something` (no trailing `/`).
    pub base_path: String,
    pub static_dir: PathBuf,
    /// Extra origins forms may be submitted (and redirected) to: the OIDC providers Kratos
    /// sends the browser to when linking an account. `None` means: allow any `https:` origin
    /// on pages that offer OIDC or SAML.
    pub form_action_origins: Option<Vec<String>>,
    /// The operator's Fluent files, `<dir>/<lang>/*.ftl`, over the built-in catalogue.
    pub messages_dir: Option<PathBuf>,
    pub brand: BrandSettings,
    /// Kratos' minimum password length, stated under new-password fields.
    pub min_password_length: u32,
}

/// The operator's brand, applied at start-up (no rebuild). Files are names in `STATIC_DIR`,
/// so the strict CSP (`'self'` styles and images) stays as it is.
#[derive(Debug, Clone, Default)]
pub struct BrandSettings {
    /// Shown in the header and `<title>`; unset: the catalogue's word for "Account".
    pub product_name: Option<String>,
    pub logo: Option<String>,
    pub favicon: Option<String>,
    /// A stylesheet loaded after `app.css` (colours, fonts).
    pub theme_css: Option<String>,
    /// Where "Help and support" goes: an http(s) or mailto: URL.
    pub support_url: Option<String>,
    pub footer_text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// A setting that cannot be used; start-up stops with this one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The environment variable (or `arguments` for a command line clap cannot read).
    pub variable: String,
    pub problem: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {}: {}", self.variable, self.problem)
    }
}

impl std::error::Error for ConfigError {}

/// The command line: every setting as a flag (which wins over its variable), and the
/// `healthcheck` subcommand.
#[derive(Debug, Parser)]
#[command(name = "kratos-account-ui", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    flags: Flags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Exit 0 if an instance with these settings answers on this machine (for container health
    /// checks: the image needs no curl)
    Healthcheck,
}

/// Every setting: its flag, its variable, its default and what it means (the README's table).
#[derive(Debug, Args)]
struct Flags {
    /// Kratos' public API as reached from this server
    #[arg(long, env = "KRATOS_PUBLIC_URL", default_value = "http://127.0.0.1:4433",
        value_parser = parse_url, global = true)]
    kratos_public_url: Url,
    /// Kratos' public API as reached from the browser; every Kratos URL sent to a browser uses
    /// it (unset: KRATOS_PUBLIC_URL)
    #[arg(long, env = "KRATOS_BROWSER_URL", value_parser = parse_url, global = true)]
    kratos_browser_url: Option<Url>,
    /// Address to listen on
    #[arg(long, env = "HOST", default_value = "127.0.0.1", global = true)]
    host: String,
    /// Port to listen on (0: any free port)
    #[arg(long, env = "PORT", default_value = "4455", value_parser = parse_port, global = true)]
    port: u16,
    /// Mount every route under this prefix (e.g. /account); every link and redirect respects it
    #[arg(long, env = "BASE_PATH", default_value = "", value_parser = parse_base_path,
        hide_default_value = true, global = true)]
    base_path: String,
    /// Bound on each upstream call (500ms, 3s, 1m, or seconds)
    #[arg(long, env = "KRATOS_TIMEOUT", default_value = "10s", value_parser = parse_duration,
        global = true)]
    kratos_timeout: Duration,
    /// Memory for Kratos' flows while they are read and made into pages (e.g. 4MiB, 512KiB, or
    /// bytes; 64KiB to 1GiB): pages beyond it wait up to KRATOS_TIMEOUT, a larger flow is a 502
    #[arg(long, env = "KRATOS_FLOW_BUDGET", default_value = "4MiB", value_parser = parse_budget,
        global = true)]
    kratos_flow_budget: usize,
    /// Memory for Kratos' other answers (who is signed in, sessions, logout, errors), as for
    /// KRATOS_FLOW_BUDGET: beyond it a settings page goes without its sessions, another page is
    /// a 503
    #[arg(long, env = "KRATOS_ANSWER_BUDGET", default_value = "4MiB",
        value_parser = parse_budget, global = true)]
    kratos_answer_budget: usize,
    /// text or json; RUST_LOG filters (default info)
    #[arg(long, env = "LOG_FORMAT", default_value = "text", value_parser = parse_log_format,
        global = true)]
    log_format: LogFormat,
    /// After SIGTERM, how long /health/ready answers 503 while requests are still served, so
    /// load balancers move away before the server stops accepting (500ms, 3s, 1m, or seconds;
    /// 0: stop at once)
    #[arg(long, env = "SHUTDOWN_DRAIN", default_value = "5s", value_parser = parse_drain,
        global = true)]
    shutdown_drain: Duration,
    /// Where the CSS/JS assets are read from at start-up
    #[arg(long, env = "STATIC_DIR", default_value = "static", global = true)]
    static_dir: PathBuf,
    /// At least 64 bytes (e.g. openssl rand -base64 64): encrypts and signs the per-browser
    /// cookie session (the chosen language, our CSRF token); required unless DEV_MODE. Share it
    /// between replicas; rotating it only starts every browser a fresh session
    #[arg(long, env = "SESSION_SECRET", value_parser = parse_session_secret, global = true)]
    session_secret: Option<SessionSecret>,
    /// The session cookie's Secure flag (true/false; unset: true, false in development mode);
    /// false only when the UI is served over plain http
    #[arg(long, env = "SESSION_COOKIE_SECURE", value_parser = parse_bool,
        action = clap::ArgAction::Set, global = true)]
    session_cookie_secure: Option<bool>,
    /// Development mode: without SESSION_SECRET a random key per process is used (the log says
    /// so) and the session cookie is not Secure. Never in production
    #[arg(long, env = "DEV_MODE", default_value = "false", value_parser = parse_bool,
        action = clap::ArgAction::Set, global = true)]
    dev_mode: bool,
    /// Origins your OIDC/SAML providers redirect to (e.g. https://github.com
    /// https://accounts.google.com), added to the CSP form-action. Unset: pages that offer
    /// OIDC/SAML allow any https: origin, because the provider is only known once Kratos
    /// redirects
    #[arg(long, env = "CSP_FORM_ACTION_ORIGINS", value_parser = parse_origins, global = true)]
    csp_form_action_origins: Option<Origins>,
    /// A folder of Fluent files (<dir>/<lang>/*.ftl) whose messages override the built-in
    /// catalogue's
    #[arg(long, env = "MESSAGES_DIR", global = true)]
    messages_dir: Option<PathBuf>,
    /// The product's name in the header and <title> (unset: the catalogue's "Account")
    #[arg(long, env = "PRODUCT_NAME", value_parser = parse_text, global = true)]
    product_name: Option<String>,
    /// A file in STATIC_DIR shown in the header before the product name
    #[arg(long, env = "LOGO", value_parser = parse_static_file_name, global = true)]
    logo: Option<String>,
    /// A file in STATIC_DIR used as the page icon (unset: favicon.svg)
    #[arg(long, env = "FAVICON", value_parser = parse_static_file_name, global = true)]
    favicon: Option<String>,
    /// A stylesheet in STATIC_DIR loaded after app.css (colours, fonts); the CSP stays
    /// style-src 'self'
    #[arg(long, env = "THEME_CSS", value_parser = parse_static_file_name, global = true)]
    theme_css: Option<String>,
    /// An http(s) or mailto: link shown as "Help and support" in the footer of every page,
    /// error pages included
    #[arg(long, env = "SUPPORT_URL", value_parser = parse_support_url, global = true)]
    support_url: Option<String>,
    /// A line of text in the footer of every page
    #[arg(long, env = "FOOTER_TEXT", value_parser = parse_text, global = true)]
    footer_text: Option<String>,
    /// Proxies whose X-Forwarded-For / Forwarded headers are believed for the client address
    /// (addresses or CIDR ranges, e.g. 127.0.0.1 10.0.0.0/8). Unset: none, the connection's
    /// address is logged
    #[arg(long, env = "TRUSTED_PROXIES", value_parser = parse_trusted_proxies, global = true)]
    trusted_proxies: Option<TrustedProxies>,
    /// Serve /metrics (Prometheus) on this port instead, so it stays off the public proxy.
    /// Unset: /metrics on PORT, at the root (outside BASE_PATH)
    #[arg(long, env = "METRICS_PORT", value_parser = parse_port, global = true)]
    metrics_port: Option<u16>,
    /// Kratos' selfservice.methods.password.config.min_password_length (6 or more), stated
    /// under every new-password field before the first try: Kratos' flows do not say it
    #[arg(long, env = "MIN_PASSWORD_LENGTH", default_value = "8",
        value_parser = clap::value_parser!(u32).range(6..=4096), global = true)]
    min_password_length: u32,
}

#[derive(Debug, Clone)]
struct Origins(Vec<String>);

/// The command line could not become settings: show clap's help or version, or stop.
#[derive(Debug)]
pub enum CommandLineError {
    /// `--help` or `--version`: print it (`clap::Error::exit`) and exit successfully.
    Show(clap::Error),
    Invalid(ConfigError),
}

impl Settings {
    /// Flags over the environment, as `main` sees them.
    pub fn from_command_line<I, T>(args: I) -> Result<(Option<Command>, Self), CommandLineError>
    where
        I: IntoIterator<Item = T>,
        T: Into<OsString> + Clone,
    {
        // A variable set to blanks counts as unset, as in the Node UI and most container setups.
        let blank = |name: &std::ffi::OsStr| {
            std::env::var_os(name).is_some_and(|value| value.to_string_lossy().trim().is_empty())
        };
        let command = Self::command().mut_args(|arg| match arg.get_env() {
            Some(name) if blank(name) => arg.env(None),
            _ => arg,
        });
        parse(command, args)
    }

    /// What `DEV_MODE=true` alone gives: every default, and a random session key. The
    /// settings of tests, benchmarks and the fuzz target.
    pub fn development() -> Self {
        Self::from_lookup(|name| (name == "DEV_MODE").then(|| "true".to_owned()))
            .expect("DEV_MODE=true alone is a valid configuration")
    }

    /// Builds settings from any variable source (a map in tests), ignoring the process
    /// environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let mut args = vec![OsString::from("kratos-account-ui")];
        let command = Self::command().mut_args(|arg| {
            if let (Some(name), Some(long)) = (arg.get_env(), arg.get_long())
                && let Some(value) = lookup(&name.to_string_lossy())
                && !value.trim().is_empty()
            {
                args.push(format!("--{long}={value}").into());
            }
            arg.env(None)
        });
        match parse(command, args) {
            Ok((_, settings)) => Ok(settings),
            Err(CommandLineError::Invalid(err)) => Err(err),
            Err(CommandLineError::Show(err)) => Err(ConfigError {
                variable: "arguments".to_owned(),
                problem: err.kind().to_string(),
            }),
        }
    }

    /// The command line as clap sees it (for `--help` and the README's table). Help shows
    /// no variable's value: a setting may be a secret.
    pub fn command() -> clap::Command {
        Cli::command().mut_args(|arg| arg.hide_env_values(true))
    }
}

fn parse<I, T>(
    mut command: clap::Command,
    args: I,
) -> Result<(Option<Command>, Settings), CommandLineError>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = command
        .try_get_matches_from_mut(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .map_err(|err| match err.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => CommandLineError::Show(err),
            _ => CommandLineError::Invalid(one_line(&err)),
        })?;
    let flags = cli.flags;
    let dev_mode = flags.dev_mode;
    // The healthcheck only dials an instance: it needs no key (a probe should not hold one).
    if flags.session_secret.is_none() && !dev_mode && cli.command.is_none() {
        return Err(CommandLineError::Invalid(ConfigError {
            variable: "SESSION_SECRET".to_owned(),
            problem: "is required (at least 64 bytes), unless DEV_MODE=true".to_owned(),
        }));
    }
    let session = SessionSettings {
        cookie_secure: flags.session_cookie_secure.unwrap_or(!dev_mode),
        secret: flags.session_secret,
        dev_mode,
    };
    let settings = Settings {
        host: flags.host,
        port: flags.port,
        kratos: KratosSettings {
            browser_url: flags
                .kratos_browser_url
                .unwrap_or_else(|| flags.kratos_public_url.clone()),
            public_url: flags.kratos_public_url,
            timeout: flags.kratos_timeout,
            flow_budget: flags.kratos_flow_budget,
            answer_budget: flags.kratos_answer_budget,
        },
        ui: UiSettings {
            base_path: flags.base_path,
            static_dir: flags.static_dir,
            form_action_origins: flags.csp_form_action_origins.map(|origins| origins.0),
            messages_dir: flags.messages_dir,
            brand: BrandSettings {
                product_name: flags.product_name,
                logo: flags.logo,
                favicon: flags.favicon,
                theme_css: flags.theme_css,
                support_url: flags.support_url,
                footer_text: flags.footer_text,
            },
            min_password_length: flags.min_password_length,
        },
        session,
        log_format: flags.log_format,
        trusted_proxies: flags.trusted_proxies.unwrap_or_default(),
        metrics_port: flags.metrics_port,
        shutdown_drain: flags.shutdown_drain,
    };
    Ok((cli.command, settings))
}

/// Clap's error as the one line start-up prints: a bad value names its variable (whether it
/// came from the flag or the environment), so operators find it in their deployment.
fn one_line(err: &clap::Error) -> ConfigError {
    let flag = match err.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(flag)) => flag.split([' ', '=']).next().unwrap_or_default(),
        _ => "",
    };
    // The full command: the one that parsed may have had its variables switched off.
    let variable = Settings::command()
        .get_arguments()
        .find(|arg| {
            arg.get_long()
                .is_some_and(|long| flag == format!("--{long}"))
        })
        .and_then(|arg| arg.get_env())
        .map(|name| name.to_string_lossy().into_owned());
    match (err.kind(), variable) {
        (ErrorKind::ValueValidation, Some(variable)) => ConfigError {
            problem: std::error::Error::source(err)
                .map_or_else(|| err.kind().to_string(), ToString::to_string),
            variable,
        },
        (ErrorKind::InvalidValue, Some(variable)) => ConfigError {
            variable,
            problem: format!("{flag} needs a value"),
        },
        (ErrorKind::UnknownArgument, _) => ConfigError {
            variable: "arguments".to_owned(),
            problem: match err.get(ContextKind::InvalidArg) {
                Some(ContextValue::String(arg)) => format!("unknown argument {arg:?} (see --help)"),
                _ => "unknown argument (see --help)".to_owned(),
            },
        },
        (kind, variable) => ConfigError {
            variable: variable.unwrap_or_else(|| "arguments".to_owned()),
            problem: match flag {
                "" => kind.to_string(),
                flag => format!("{flag}: {kind}"),
            },
        },
    }
}

fn parse_text(value: &str) -> Result<String, String> {
    Ok(value.trim().to_owned())
}

/// A file directly in `STATIC_DIR` (served under `/static/`): a plain name, no path.
fn parse_static_file_name(value: &str) -> Result<String, String> {
    let name = value.trim();
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if plain {
        Ok(name.to_owned())
    } else {
        Err(format!(
            "{value:?} must be the name of a file in STATIC_DIR, such as logo.svg"
        ))
    }
}

fn parse_support_url(value: &str) -> Result<String, String> {
    let value = value.trim();
    match Url::parse(value) {
        Ok(url) if matches!(url.scheme(), "http" | "https" | "mailto") => Ok(url.into()),
        _ => Err(format!("{value:?} must be an http(s) or mailto: URL")),
    }
}

fn parse_trusted_proxies(value: &str) -> Result<TrustedProxies, String> {
    value.parse()
}

fn parse_session_secret(value: &str) -> Result<SessionSecret, String> {
    SessionSecret::new(value)
}

fn parse_bool(value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => Err(format!("{value:?} is neither true nor false")),
    }
}

fn parse_port(value: &str) -> Result<u16, String> {
    value
        .trim()
        .parse()
        .map_err(|_| format!("{value:?} is not a port number (0-65535)"))
}

fn parse_log_format(value: &str) -> Result<LogFormat, String> {
    match value.trim() {
        "text" => Ok(LogFormat::Text),
        "json" => Ok(LogFormat::Json),
        other => Err(format!("{other:?} is neither \"text\" nor \"json\"")),
    }
}

fn parse_url(value: &str) -> Result<Url, String> {
    let url = Url::parse(value.trim()).map_err(|err| format!("{value:?} is not a URL ({err})"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(format!("{value:?} must be an absolute http(s) URL"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!("{value:?} must not carry a query or fragment"));
    }
    Ok(url)
}

fn parse_origins(value: &str) -> Result<Origins, String> {
    value
        .split([',', ' '])
        .filter(|part| !part.is_empty())
        .map(|part| Ok(parse_url(part)?.origin().ascii_serialization()))
        .collect::<Result<_, String>>()
        .map(Origins)
}

/// `""`, `"/"` -> `""`; `"account/"` -> `"/account"`. Only URL-safe path characters.
fn parse_base_path(value: &str) -> Result<String, String> {
    let trimmed = value.trim().trim_matches('/');
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    let valid = trimmed
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '/'));
    if !valid || trimmed.contains("//") || trimmed.split('/').any(|seg| seg == ".." || seg == ".") {
        return Err(format!("{value:?} must be a plain path such as /account"));
    }
    Ok(format!("/{trimmed}"))
}

/// A duration as [`parse_duration`] reads it, or zero (`0`, `0s`, `0ms`): no drain at all.
fn parse_drain(value: &str) -> Result<Duration, String> {
    let value = value.trim();
    let number = ["ms", "s", "m"]
        .iter()
        .find_map(|unit| value.strip_suffix(unit))
        .unwrap_or(value);
    match number.parse::<f64>() {
        Ok(0.0) => Ok(Duration::ZERO),
        _ => parse_duration(value),
    }
}

/// `4MiB`, `512KiB`, `1GiB` or a bare number of bytes, from 64 KiB (a streamed body's first
/// share) to 1 GiB.
fn parse_budget(value: &str) -> Result<usize, String> {
    let value = value.trim();
    let split = value
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(split);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{value:?} is not a size such as 4MiB or 512KiB"))?;
    let unit: u64 = match unit {
        "" | "B" => 1,
        "KiB" => 1 << 10,
        "MiB" => 1 << 20,
        "GiB" => 1 << 30,
        _ => {
            return Err(format!(
                "{value:?} has an unknown unit (use KiB, MiB or GiB)"
            ));
        }
    };
    match number.checked_mul(unit) {
        Some(bytes) if (64 << 10..=1 << 30).contains(&bytes) => Ok(bytes as usize),
        _ => Err(format!("{value:?} must be from 64KiB to 1GiB")),
    }
}

/// `10s`, `500ms`, `2m`, or a bare number of seconds.
fn parse_duration(value: &str) -> Result<Duration, String> {
    let value = value.trim();
    let split = value
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(split);
    let number: f64 = number
        .parse()
        .map_err(|_| format!("{value:?} is not a duration such as 10s or 500ms"))?;
    let seconds = match unit {
        "" | "s" => number,
        "ms" => number / 1000.0,
        "m" => number * 60.0,
        _ => return Err(format!("{value:?} has an unknown unit (use ms, s or m)")),
    };
    if !(seconds > 0.0 && seconds <= 600.0) {
        return Err(format!(
            "{value:?} must be more than 0 and at most 10 minutes"
        ));
    }
    Ok(Duration::from_secs_f64(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let map: HashMap<String, String> = [("DEV_MODE", "true")]
            .iter()
            .chain(vars)
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn blank_values_count_as_unset() {
        let s = settings(&[("PORT", " "), ("KRATOS_TIMEOUT", ""), ("BASE_PATH", "")]).unwrap();
        assert_eq!((s.port, s.kratos.timeout), (4455, Duration::from_secs(10)));
    }

    #[test]
    fn defaults_match_the_node_ui() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.kratos.public_url.as_str(), "http://127.0.0.1:4433/");
        assert_eq!(s.kratos.browser_url, s.kratos.public_url);
        assert_eq!((s.host.as_str(), s.port), ("127.0.0.1", 4455));
        assert_eq!(s.kratos.timeout, Duration::from_secs(10));
        assert_eq!(s.ui.base_path, "");
        assert_eq!(s.log_format, LogFormat::Text);
        assert_eq!(s.shutdown_drain, Duration::from_secs(5));
    }

    #[test]
    fn budgets_are_sizes_and_default_to_the_budget_module() {
        use crate::kratos::budget::{ANSWER_BUDGET_BYTES, FLOW_BUDGET_BYTES};
        let s = settings(&[]).unwrap();
        assert_eq!(
            (s.kratos.flow_budget, s.kratos.answer_budget),
            (FLOW_BUDGET_BYTES, ANSWER_BUDGET_BYTES)
        );
        for (value, bytes) in [
            ("64KiB", 64 << 10),
            (" 512KiB ", 512 << 10),
            ("32MiB", 32 << 20),
            ("1GiB", 1 << 30),
            ("100000", 100_000),
            ("100000B", 100_000),
        ] {
            let s = settings(&[
                ("KRATOS_FLOW_BUDGET", value),
                ("KRATOS_ANSWER_BUDGET", value),
            ])
            .unwrap();
            assert_eq!(
                (s.kratos.flow_budget, s.kratos.answer_budget),
                (bytes, bytes)
            );
        }
    }

    #[test]
    fn every_bad_value_names_its_variable() {
        for (var, value) in [
            ("KRATOS_PUBLIC_URL", "not a url"),
            ("KRATOS_PUBLIC_URL", "ftp://kratos"),
            ("KRATOS_BROWSER_URL", "/relative"),
            ("PORT", "70000"),
            ("PORT", "http"),
            ("KRATOS_TIMEOUT", "soon"),
            ("KRATOS_TIMEOUT", "5h"),
            ("KRATOS_TIMEOUT", "0s"),
            ("KRATOS_FLOW_BUDGET", "4MB"),
            ("KRATOS_FLOW_BUDGET", "lots"),
            ("KRATOS_FLOW_BUDGET", "63KiB"),
            ("KRATOS_ANSWER_BUDGET", "2GiB"),
            ("KRATOS_ANSWER_BUDGET", "-1MiB"),
            ("KRATOS_ANSWER_BUDGET", "99999999999999999999GiB"),
            ("LOG_FORMAT", "xml"),
            ("BASE_PATH", "/a b"),
            ("BASE_PATH", "/../etc"),
            ("CSP_FORM_ACTION_ORIGINS", "github.com"),
            ("TRUSTED_PROXIES", "proxy.internal"),
            ("METRICS_PORT", "metrics"),
            ("SHUTDOWN_DRAIN", "a while"),
            ("SHUTDOWN_DRAIN", "-1s"),
            ("SHUTDOWN_DRAIN", "11m"),
            ("SHUTDOWN_DRAIN", "0h"),
        ] {
            let err = settings(&[(var, value)]).expect_err(value);
            assert_eq!(err.variable, var, "{value}");
            assert!(err.to_string().starts_with(&format!("invalid {var}: ")));
        }
    }

    fn command_line(args: &[&str]) -> Result<(Option<Command>, Settings), ConfigError> {
        // Development mode: these tests are not about the session secret.
        let args = ["kratos-account-ui", "--dev-mode=true"]
            .into_iter()
            .chain(args.iter().copied());
        Settings::from_command_line(args).map_err(|err| match err {
            CommandLineError::Invalid(err) => err,
            CommandLineError::Show(shown) => panic!("unexpected help: {shown}"),
        })
    }

    #[test]
    fn flags_mirror_the_variables() {
        let (command, s) =
            command_line(&["--port", "5000", "--kratos-public-url=http://kratos:4433"]).unwrap();
        assert_eq!(command, None);
        assert_eq!(s.port, 5000);
        assert_eq!(s.kratos.public_url.as_str(), "http://kratos:4433/");
        let err = command_line(&["--colour"]).unwrap_err();
        assert_eq!(err.variable, "arguments");
        assert!(err.problem.contains("unknown argument \"--colour\""));
        let err = command_line(&["--port"]).unwrap_err();
        assert_eq!(
            (err.variable.as_str(), err.problem.as_str()),
            ("PORT", "--port needs a value")
        );
        let err = command_line(&["--base-path=/a b"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid BASE_PATH: \"/a b\" must be a plain path such as /account"
        );
    }

    #[test]
    fn healthcheck_is_a_subcommand_that_takes_the_same_flags() {
        let (command, s) = command_line(&["healthcheck", "--port", "5001"]).unwrap();
        assert_eq!((command, s.port), (Some(Command::Healthcheck), 5001));
        // Without development mode and without a key: a probe holds no secret.
        let (command, _) =
            Settings::from_command_line(["kratos-account-ui", "healthcheck"]).unwrap();
        assert_eq!(command, Some(Command::Healthcheck));
    }

    #[test]
    fn help_and_version_are_shown_not_refused() {
        for flag in ["--help", "--version", "-V"] {
            let outcome = Settings::from_command_line(["kratos-account-ui", flag]);
            assert!(matches!(outcome, Err(CommandLineError::Show(_))), "{flag}");
        }
    }

    #[test]
    fn the_readme_settings_table_is_what_help_prints() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
            .expect("the README");
        let readme_rows: Vec<[String; 4]> = readme
            .lines()
            .skip_while(|line| !line.starts_with("| variable | flag | default | meaning |"))
            .skip(2)
            .take_while(|line| line.starts_with('|'))
            .map(|line| {
                let cells: Vec<String> = line
                    .trim_matches('|')
                    .split(" | ")
                    .map(|cell| cell.trim().replace('`', ""))
                    .collect();
                cells.try_into().expect("four cells a row")
            })
            .collect();
        let help_rows: Vec<[String; 4]> = Settings::command()
            .get_arguments()
            .filter_map(|arg| {
                let defaults: Vec<_> = arg
                    .get_default_values()
                    .iter()
                    .map(|d| d.to_string_lossy())
                    .collect();
                Some([
                    arg.get_env()?.to_string_lossy().into_owned(),
                    format!("--{}", arg.get_long()?),
                    match defaults.as_slice() {
                        [] => "unset".to_owned(),
                        [empty] if empty.is_empty() => "empty".to_owned(),
                        values => values.join(" "),
                    },
                    arg.get_help()?.to_string(),
                ])
            })
            .collect();
        assert_eq!(readme_rows, help_rows);
        assert_eq!(
            help_rows.len(),
            25,
            "every setting has a variable and a flag"
        );
    }

    #[test]
    fn the_session_secret_is_required_outside_development_mode() {
        let without = |vars: &[(&str, &str)]| {
            let map: HashMap<&str, &str> = vars.iter().copied().collect();
            Settings::from_lookup(|name| map.get(name).map(|v| v.to_string()))
        };
        let err = without(&[]).unwrap_err();
        assert_eq!(err.variable, "SESSION_SECRET");
        let err = without(&[("SESSION_SECRET", "short")]).unwrap_err();
        assert_eq!(err.variable, "SESSION_SECRET");
        assert!(err.problem.contains("64 bytes"), "{}", err.problem);
        assert!(!err.to_string().contains("short"), "the secret is echoed");

        let secret = "s".repeat(64);
        let s = without(&[("SESSION_SECRET", &secret)]).unwrap();
        assert!(s.session.cookie_secure && !s.session.dev_mode);
        assert_eq!(
            s.session.secret.as_ref().unwrap().expose(),
            secret.as_bytes()
        );
        assert!(
            !format!("{s:?}").contains(&secret),
            "the secret is printable"
        );

        let dev = without(&[("DEV_MODE", "true")]).unwrap();
        assert!(dev.session.secret.is_none() && !dev.session.cookie_secure);
        let dev = without(&[("DEV_MODE", "1"), ("SESSION_COOKIE_SECURE", "true")]).unwrap();
        assert!(dev.session.cookie_secure);
        let err = without(&[("DEV_MODE", "maybe")]).unwrap_err();
        assert_eq!(err.variable, "DEV_MODE");
    }

    #[test]
    fn durations_accept_common_units() {
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("3").unwrap(), Duration::from_secs(3));
        assert_eq!(parse_duration("1.5s").unwrap(), Duration::from_millis(1500));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        for zero in ["0", "0s", "0ms", "0.0"] {
            assert_eq!(parse_drain(zero).unwrap(), Duration::ZERO, "{zero}");
        }
        assert_eq!(parse_drain("2s").unwrap(), Duration::from_secs(2));
        assert!(parse_duration("0s").is_err(), "only the drain may be zero");
    }

    #[test]
    fn base_paths_are_normalised() {
        assert_eq!(parse_base_path("/").unwrap(), "");
        assert_eq!(parse_base_path("account/").unwrap(), "/account");
        assert_eq!(parse_base_path("/auth/ui").unwrap(), "/auth/ui");
    }

    #[test]
    fn form_action_origins_are_reduced_to_origins() {
        let s = settings(&[(
            "CSP_FORM_ACTION_ORIGINS",
            "https://github.com/login, https://accounts.google.com",
        )])
        .unwrap();
        assert_eq!(
            s.ui.form_action_origins.unwrap(),
            vec!["https://github.com", "https://accounts.google.com"]
        );
    }
}
