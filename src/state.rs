//! What every handler shares, built once at start-up: the Kratos client, URLs, assets and the
//! CSP policy. Its own module so that routes and middleware need not import the server builder.

use std::fmt;

use crate::assets::{Assets, AssetsError};
use crate::config::Settings;
use crate::kratos::KratosClient;
use crate::security::CspPolicy;
use crate::urls::Urls;

/// Shared by all workers; cheap to clone behind `web::Data`.
pub struct AppState {
    pub kratos: KratosClient,
    pub urls: Urls,
    pub assets: Assets,
    pub csp: CspPolicy,
}

impl AppState {
    pub fn new(settings: &Settings) -> Result<Self, StartupError> {
        let urls = Urls::new(settings);
        Ok(Self {
            kratos: KratosClient::new(settings.kratos.public_url.as_str(), settings.kratos.timeout)
                .map_err(|err| StartupError::HttpClient(err.to_string()))?,
            assets: Assets::load(&settings.ui.static_dir).map_err(StartupError::Assets)?,
            csp: CspPolicy::new(
                urls.kratos_browser_origin(),
                settings.ui.form_action_origins.clone(),
            ),
            urls,
        })
    }
}

#[derive(Debug)]
pub enum StartupError {
    Bind {
        address: String,
        source: std::io::Error,
    },
    Assets(AssetsError),
    HttpClient(String),
}

impl fmt::Display for StartupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartupError::Bind { address, source } => {
                write!(f, "cannot listen on {address}: {source}")
            }
            StartupError::Assets(err) => err.fmt(f),
            StartupError::HttpClient(err) => write!(f, "cannot build the HTTP client: {err}"),
        }
    }
}

impl std::error::Error for StartupError {}
