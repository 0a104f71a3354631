//! Settings, loaded once at start-up from environment variables whose names match Ory's
//! Node UI (`KRATOS_PUBLIC_URL`, `KRATOS_BROWSER_URL`, `PORT`, ...), then passed down.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use url::Url;

#[derive(Debug, Clone)]
pub struct Settings {
    pub host: String,
    pub port: u16,
    pub kratos: KratosSettings,
    pub ui: UiSettings,
    pub session: SessionSettings,
    pub log_format: LogFormat,
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
    pub variable: &'static str,
    pub problem: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {}: {}", self.variable, self.problem)
    }
}

impl std::error::Error for ConfigError {}

impl Settings {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Command-line flags (`--kratos-public-url=...` or `--port 4455`) over the environment.
    pub fn from_args_and_env(args: &[String]) -> Result<Self, ConfigError> {
        let flags = parse_flags(args)?;
        Self::from_lookup(|name| {
            flags
                .iter()
                .find(|(variable, _)| *variable == name)
                .map(|(_, value)| value.clone())
                .or_else(|| std::env::var(name).ok())
        })
    }

    /// Builds settings from any variable source (the environment, or a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());

        let public_url = parse_url(
            "KRATOS_PUBLIC_URL",
            get("KRATOS_PUBLIC_URL")
                .as_deref()
                .unwrap_or("http://127.0.0.1:4433"),
        )?;
        let browser_url = match get("KRATOS_BROWSER_URL") {
            Some(value) => parse_url("KRATOS_BROWSER_URL", &value)?,
            None => public_url.clone(),
        };
        let timeout = match get("KRATOS_TIMEOUT") {
            Some(value) => parse_duration(&value).map_err(|problem| ConfigError {
                variable: "KRATOS_TIMEOUT",
                problem,
            })?,
            None => Duration::from_secs(10),
        };
        let port = match get("PORT") {
            Some(value) => value.trim().parse::<u16>().map_err(|_| ConfigError {
                variable: "PORT",
                problem: format!("{value:?} is not a port number (0-65535)"),
            })?,
            None => 4455,
        };
        let log_format = match get("LOG_FORMAT").as_deref().map(str::trim) {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(ConfigError {
                    variable: "LOG_FORMAT",
                    problem: format!("{other:?} is neither \"text\" nor \"json\""),
                });
            }
        };
        let form_action_origins = match get("CSP_FORM_ACTION_ORIGINS") {
            Some(value) => Some(parse_origins("CSP_FORM_ACTION_ORIGINS", &value)?),
            None => None,
        };

        let session = parse_session(&get)?;

        Ok(Settings {
            host: get("HOST").unwrap_or_else(|| "127.0.0.1".to_owned()),
            port,
            kratos: KratosSettings {
                public_url,
                browser_url,
                timeout,
            },
            ui: UiSettings {
                base_path: parse_base_path(get("BASE_PATH").as_deref().unwrap_or(""))?,
                static_dir: PathBuf::from(get("STATIC_DIR").unwrap_or_else(|| "static".to_owned())),
                form_action_origins,
                messages_dir: get("MESSAGES_DIR").map(PathBuf::from),
                brand: BrandSettings {
                    product_name: get("PRODUCT_NAME").map(|v| v.trim().to_owned()),
                    logo: get("LOGO")
                        .map(|v| static_file_name("LOGO", &v))
                        .transpose()?,
                    favicon: get("FAVICON")
                        .map(|v| static_file_name("FAVICON", &v))
                        .transpose()?,
                    theme_css: get("THEME_CSS")
                        .map(|v| static_file_name("THEME_CSS", &v))
                        .transpose()?,
                    support_url: get("SUPPORT_URL").map(|v| support_url(&v)).transpose()?,
                    footer_text: get("FOOTER_TEXT").map(|v| v.trim().to_owned()),
                },
            },
            session,
            log_format,
        })
    }
}

/// Every setting, as its environment variable; each has a flag `--lower-case-with-dashes`.
pub const VARIABLES: &[&str] = &[
    "KRATOS_PUBLIC_URL",
    "KRATOS_BROWSER_URL",
    "HOST",
    "PORT",
    "BASE_PATH",
    "KRATOS_TIMEOUT",
    "LOG_FORMAT",
    "STATIC_DIR",
    "CSP_FORM_ACTION_ORIGINS",
    "MESSAGES_DIR",
    "PRODUCT_NAME",
    "LOGO",
    "FAVICON",
    "THEME_CSS",
    "SUPPORT_URL",
    "FOOTER_TEXT",
    "SESSION_SECRET",
    "SESSION_COOKIE_SECURE",
    "DEV_MODE",
];

/// A file directly in `STATIC_DIR` (served under `/static/`): a plain name, no path.
fn static_file_name(variable: &'static str, value: &str) -> Result<String, ConfigError> {
    let name = value.trim();
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if plain {
        Ok(name.to_owned())
    } else {
        Err(ConfigError {
            variable,
            problem: format!(
                "{value:?} must be the name of a file in STATIC_DIR, such as logo.svg"
            ),
        })
    }
}

fn support_url(value: &str) -> Result<String, ConfigError> {
    let value = value.trim();
    match Url::parse(value) {
        Ok(url) if matches!(url.scheme(), "http" | "https" | "mailto") => Ok(url.into()),
        _ => Err(ConfigError {
            variable: "SUPPORT_URL",
            problem: format!("{value:?} must be an http(s) or mailto: URL"),
        }),
    }
}

fn parse_flags(args: &[String]) -> Result<Vec<(&'static str, String)>, ConfigError> {
    let mut flags = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let unknown = || ConfigError {
            variable: "arguments",
            problem: format!(
                "unknown argument {arg:?} (flags: {})",
                flag_names().join(", ")
            ),
        };
        let body = arg.strip_prefix("--").ok_or_else(unknown)?;
        let (name, inline_value) = match body.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (body, None),
        };
        let variable = VARIABLES
            .iter()
            .find(|variable| flag_name(variable) == name)
            .ok_or_else(unknown)?;
        let value = match inline_value.or_else(|| args.next().cloned()) {
            Some(value) => value,
            None => {
                return Err(ConfigError {
                    variable,
                    problem: format!("--{name} needs a value"),
                });
            }
        };
        flags.push((*variable, value));
    }
    Ok(flags)
}

fn parse_session(get: &impl Fn(&str) -> Option<String>) -> Result<SessionSettings, ConfigError> {
    let dev_mode = match get("DEV_MODE") {
        Some(value) => parse_bool("DEV_MODE", &value)?,
        None => false,
    };
    let cookie_secure = match get("SESSION_COOKIE_SECURE") {
        Some(value) => parse_bool("SESSION_COOKIE_SECURE", &value)?,
        None => !dev_mode,
    };
    let secret = match get("SESSION_SECRET") {
        Some(value) => Some(SessionSecret::new(value).map_err(|problem| ConfigError {
            variable: "SESSION_SECRET",
            problem,
        })?),
        None if dev_mode => None,
        None => {
            return Err(ConfigError {
                variable: "SESSION_SECRET",
                problem: "is required (at least 64 bytes), unless DEV_MODE=true".to_owned(),
            });
        }
    };
    Ok(SessionSettings {
        secret,
        dev_mode,
        cookie_secure,
    })
}

fn parse_bool(variable: &'static str, value: &str) -> Result<bool, ConfigError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => Err(ConfigError {
            variable,
            problem: format!("{value:?} is neither true nor false"),
        }),
    }
}

fn flag_name(variable: &str) -> String {
    variable.to_ascii_lowercase().replace('_', "-")
}

fn flag_names() -> Vec<String> {
    VARIABLES
        .iter()
        .map(|v| format!("--{}", flag_name(v)))
        .collect()
}

fn parse_url(variable: &'static str, value: &str) -> Result<Url, ConfigError> {
    let error = |problem: String| ConfigError { variable, problem };
    let url =
        Url::parse(value.trim()).map_err(|err| error(format!("{value:?} is not a URL ({err})")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(error(format!("{value:?} must be an absolute http(s) URL")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(error(format!(
            "{value:?} must not carry a query or fragment"
        )));
    }
    Ok(url)
}

fn parse_origins(variable: &'static str, value: &str) -> Result<Vec<String>, ConfigError> {
    value
        .split([',', ' '])
        .filter(|part| !part.is_empty())
        .map(|part| {
            let url = parse_url(variable, part)?;
            Ok(url.origin().ascii_serialization())
        })
        .collect()
}

/// `""`, `"/"` -> `""`; `"account/"` -> `"/account"`. Only URL-safe path characters.
fn parse_base_path(value: &str) -> Result<String, ConfigError> {
    let trimmed = value.trim().trim_matches('/');
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    let valid = trimmed
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '/'));
    if !valid || trimmed.contains("//") || trimmed.split('/').any(|seg| seg == ".." || seg == ".") {
        return Err(ConfigError {
            variable: "BASE_PATH",
            problem: format!("{value:?} must be a plain path such as /account"),
        });
    }
    Ok(format!("/{trimmed}"))
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
    fn defaults_match_the_node_ui() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.kratos.public_url.as_str(), "http://127.0.0.1:4433/");
        assert_eq!(s.kratos.browser_url, s.kratos.public_url);
        assert_eq!((s.host.as_str(), s.port), ("127.0.0.1", 4455));
        assert_eq!(s.kratos.timeout, Duration::from_secs(10));
        assert_eq!(s.ui.base_path, "");
        assert_eq!(s.log_format, LogFormat::Text);
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
            ("LOG_FORMAT", "xml"),
            ("BASE_PATH", "/a b"),
            ("BASE_PATH", "/../etc"),
            ("CSP_FORM_ACTION_ORIGINS", "github.com"),
        ] {
            let err = settings(&[(var, value)]).expect_err(value);
            assert_eq!(err.variable, var, "{value}");
            assert!(err.to_string().starts_with(&format!("invalid {var}: ")));
        }
    }

    #[test]
    fn flags_mirror_the_variables() {
        let args: Vec<String> = ["--port", "5000", "--kratos-public-url=http://kratos:4433"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let flags = parse_flags(&args).unwrap();
        assert_eq!(
            flags,
            [
                ("PORT", "5000".to_owned()),
                ("KRATOS_PUBLIC_URL", "http://kratos:4433".to_owned())
            ]
        );
        let err = parse_flags(&["--colour".to_owned()]).unwrap_err();
        assert_eq!(err.variable, "arguments");
        assert!(err.problem.contains("--kratos-browser-url"));
        let err = parse_flags(&["--port".to_owned()]).unwrap_err();
        assert_eq!(err.variable, "PORT");
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
