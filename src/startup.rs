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
        let server = run(listener, state).map_err(|source| StartupError::Bind {
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
        Ok(Self { port, server })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Runs until SIGTERM/SIGINT, then drains in-flight requests.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
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
fn run(listener: TcpListener, state: web::Data<AppState>) -> std::io::Result<Server> {
    let server = HttpServer::new(move || {
        let base_path = state.urls.base_path().to_owned();
        // The cookie session is outermost: the request context reads the chosen language
        // from it.
        let mut app = App::new()
            .wrap(from_fn(request_context))
            .wrap(state.session.middleware())
            .app_data(state.clone());
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
