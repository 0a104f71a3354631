//! What every handler shares, built once at start-up: the Kratos client, the message catalogue,
//! URLs, assets, the CSP policy, the cookie-session key, the metrics, the trusted proxies and
//! the shutdown state. Its own module so that routes and middleware need not import the server
//! builder.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::assets::{Assets, AssetsError};
use crate::brand::{Brand, MissingBrandFile};
use crate::config::Settings;
use crate::forwarded::TrustedProxies;
use crate::i18n::{Catalogue, CatalogueError, Localizer};
use crate::kratos::KratosClient;
use crate::kratos::budget::BodyBudget;
use crate::metrics::Metrics;
use crate::security::{CspPolicy, RequestContext};
use crate::session::SessionConfig;
use crate::urls::Urls;

/// Shared by all workers; cheap to clone behind `web::Data`.
pub struct AppState {
    pub kratos: KratosClient,
    pub catalogue: Arc<Catalogue>,
    pub brand: Brand,
    pub urls: Urls,
    pub assets: Assets,
    pub csp: CspPolicy,
    pub session: SessionConfig,
    pub metrics: Metrics,
    pub trusted_proxies: TrustedProxies,
    pub draining: Draining,
    /// Kratos' minimum password length, which new-password fields state.
    pub min_password_length: u32,
}

/// Switched on once when SIGTERM arrives: readiness then fails while requests are still
/// served, so that load balancers move new traffic away before the server stops accepting.
#[derive(Debug, Clone, Default)]
pub struct Draining(Arc<AtomicBool>);

impl Draining {
    pub fn start(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn is_on(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

impl AppState {
    pub fn new(settings: &Settings) -> Result<Self, StartupError> {
        let urls = Urls::new(settings);
        let session = SessionConfig::new(&settings.session, &settings.ui.base_path);
        let catalogue = Catalogue::load(settings.ui.messages_dir.as_deref())
            .map_err(StartupError::Catalogue)?;
        let assets = Assets::load(&settings.ui.static_dir).map_err(StartupError::Assets)?;
        let brand = Brand::new(&settings.ui.brand, &urls, &assets).map_err(StartupError::Brand)?;
        let metrics = Metrics::new();
        Ok(Self {
            brand,
            catalogue: Arc::new(catalogue),
            kratos: KratosClient::new(settings.kratos.public_url.as_str(), settings.kratos.timeout)
                .map_err(|err| StartupError::HttpClient(err.to_string()))?
                .with_budget(BodyBudget::new(
                    settings.kratos.flow_budget,
                    settings.kratos.answer_budget,
                ))
                .with_metrics(metrics.clone()),
            metrics,
            trusted_proxies: settings.trusted_proxies.clone(),
            assets,
            csp: CspPolicy::new(
                urls.kratos_browser_origin(),
                settings.ui.form_action_origins.clone(),
            ),
            session,
            urls,
            draining: Draining::default(),
            min_password_length: settings.ui.min_password_length,
        })
    }

    /// The reader's language for this request (negotiated or chosen in the middleware).
    pub fn localizer(&self, context: &RequestContext) -> Localizer {
        Localizer::new(self.catalogue.clone(), context.locale)
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
    Catalogue(CatalogueError),
    Brand(MissingBrandFile),
}

impl fmt::Display for StartupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartupError::Bind { address, source } => {
                write!(f, "cannot listen on {address}: {source}")
            }
            StartupError::Assets(err) => err.fmt(f),
            StartupError::HttpClient(err) => write!(f, "cannot build the HTTP client: {err}"),
            StartupError::Catalogue(err) => err.fmt(f),
            StartupError::Brand(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for StartupError {}
