//! Builds the application: the same builder serves `main` and the tests (port 0 allowed).

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};

use crate::config::Settings;
use crate::middleware::request_context;
use crate::routes;
use crate::state::{AppState, StartupError};

pub struct Application {
    port: u16,
    server: Server,
    /// `/metrics` alone on `METRICS_PORT`, when set.
    metrics: Option<(u16, Server)>,
}

/// reqwest is built without a default TLS crypto provider (see Cargo.toml): every HTTP client
/// of this process uses ring, installed here. `main` calls it first; `build` again for tests
/// and embedders that do not start in `main` (a second install is a no-op).
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        install_crypto_provider();
        let address = format!("{}:{}", settings.host, settings.port);
        let listener = TcpListener::bind(&address).map_err(|source| StartupError::Bind {
            address: address.clone(),
            source,
        })?;
        let port = listener
            .local_addr()
            .map_err(|source| StartupError::Bind { address, source })?
            .port();
        let state = web::Data::new(AppState::new(&settings)?);
        let metrics = match settings.metrics_port {
            Some(metrics_port) => Some(metrics_server(&settings.host, metrics_port, &state)?),
            None => None,
        };
        let server =
            run(listener, state, metrics.is_none()).map_err(|source| StartupError::Bind {
                address: format!("{}:{}", settings.host, port),
                source,
            })?;
        tracing::info!(
            port,
            base_path = %settings.ui.base_path,
            kratos_public_url = %settings.kratos.public_url,
            kratos_browser_url = %settings.kratos.browser_url,
            "listening on http://{}:{}{}/",
            settings.host,
            port,
            settings.ui.base_path
        );
        Ok(Self {
            port,
            server,
            metrics,
        })
    }

    /// The port `/metrics` is served on (the main port unless `METRICS_PORT` is set).
    pub fn metrics_port(&self) -> u16 {
        self.metrics.as_ref().map_or(self.port, |(port, _)| *port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Runs until SIGTERM/SIGINT, then drains in-flight requests.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let Some((_, metrics)) = self.metrics else {
            return self.server.await;
        };
        let metrics_handle = metrics.handle();
        tokio::spawn(metrics);
        let outcome = self.server.await;
        metrics_handle.stop(true).await;
        outcome
    }
}

/// Whether an instance with these settings answers `/health/alive` on this machine.
pub async fn is_alive(settings: &Settings) -> bool {
    let url = format!("http://127.0.0.1:{}/health/alive", settings.port);
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(3))
        .build();
    match client {
        Ok(client) => client
            .get(url)
            .send()
            .await
            .is_ok_and(|r| r.status().is_success()),
        Err(_) => false,
    }
}

/// The one place routes, middleware and shared state are attached.
fn run(
    listener: TcpListener,
    state: web::Data<AppState>,
    with_metrics: bool,
) -> std::io::Result<Server> {
    let server = HttpServer::new(move || {
        let base_path = state.urls.base_path().to_owned();
        // The cookie session is outermost: the request context reads the chosen language
        // from it.
        let mut app = App::new()
            .wrap(from_fn(request_context))
            .wrap(state.session.middleware())
            .app_data(state.clone());
        if with_metrics {
            // At the root, outside BASE_PATH: a proxy that forwards only the prefix hides it.
            app = app.service(routes::metrics::resource());
        }
        if !base_path.is_empty() {
            // Probes and browsers reach these at the root; the proxy reaches the prefixed copy.
            // (Scopes do not fall through, so the prefixed copy lives in the same scope.)
            app = app.configure(routes::configure_fixed);
        }
        app.service(
            web::scope(&base_path)
                .configure(routes::configure_fixed)
                .configure(routes::configure),
        )
        .default_service(web::to(routes::not_found))
    })
    .listen(listener)?
    .shutdown_timeout(10)
    .run();
    Ok(server)
}

/// `/metrics` alone on `host:port` (one worker: a scrape every few seconds).
fn metrics_server(
    host: &str,
    port: u16,
    state: &web::Data<AppState>,
) -> Result<(u16, Server), StartupError> {
    let address = format!("{host}:{port}");
    let bind_error = |source| StartupError::Bind {
        address: address.clone(),
        source,
    };
    let listener = TcpListener::bind(&address).map_err(bind_error)?;
    let port = listener.local_addr().map_err(bind_error)?.port();
    let state = state.clone();
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .service(routes::metrics::resource())
    })
    .workers(1)
    .listen(listener)
    .map_err(bind_error)?
    .run();
    tracing::info!(port, "metrics on http://{host}:{port}/metrics");
    Ok((port, server))
}
