//! Builds the application: the same builder serves `main` and the tests (port 0 allowed).
//! It also owns the shutdown: SIGTERM drains (readiness fails, serving goes on), then stops.

use std::net::{IpAddr, TcpListener};
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};

use crate::config::Settings;
use crate::middleware::request_context;
use crate::routes;
use crate::state::{AppState, Draining, StartupError};

pub struct Application {
    port: u16,
    server: Server,
    /// `/metrics` alone on `METRICS_PORT`, when set.
    metrics: Option<(u16, Server)>,
    draining: Draining,
    drain: Duration,
}

/// mimalloc, the binary's allocator, tuned to hand memory back soon after a burst: its
/// defaults keep freed pages for a second and commit a page's memory whole, which under load
/// held a few MiB more than glibc did (BENCHMARKS.md, "mimalloc shipped"). A `MIMALLOC_*`
/// variable in the environment still decides its own option, for operators who tune it:
/// mimalloc reads them when the process loads, before `main`, and keeps what they set
/// against a new default.
pub fn tune_allocator() {
    use libmimalloc_sys::mi_option_set_default;
    // SAFETY: each call sets the default of one entry of mimalloc's option table; mimalloc
    // checks the number is in range, and the tests that it names the option meant.
    unsafe {
        // Freed memory goes back to the kernel at once rather than a second later.
        mi_option_set_default(mimalloc_option::PURGE_DELAY, 0);
        // A page's memory is committed as it is used, not when the page is first taken.
        mi_option_set_default(mimalloc_option::PAGE_COMMIT_ON_DEMAND, 1);
    }
    // The kernel may back this process' memory with 2 MiB pages where the machine says
    // `always`: the process would hold memory in 2 MiB steps. mimalloc's own switch for this
    // (`allow_thp`) is read before `main`; this is what it does when the switch is off.
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: prctl with PR_SET_THP_DISABLE takes plain integers and changes one flag of
        // this process.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
    }
}

/// The numbers of mimalloc's options that libmimalloc-sys does not name (`mi_option_t` in
/// mimalloc v3's `mimalloc.h`).
mod mimalloc_option {
    use libmimalloc_sys::mi_option_t;
    pub const PURGE_DELAY: mi_option_t = 15;
    pub const PAGE_COMMIT_ON_DEMAND: mi_option_t = 40;
}

/// rustls is built without a default crypto provider choice (see Cargo.toml): every TLS
/// client of this process uses ring, installed here. `main` calls it first; `build` again for tests
/// and embedders that do not start in `main` (a second install is a no-op).
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        install_crypto_provider();
        let host = unbracketed(&settings.host);
        let address = format!("{}:{}", bracketed(host), settings.port);
        // (host, port) rather than one string: an IPv6 address such as `::` needs no brackets.
        let listener =
            TcpListener::bind((host, settings.port)).map_err(|source| StartupError::Bind {
                address: address.clone(),
                source,
            })?;
        let port = listener
            .local_addr()
            .map_err(|source| StartupError::Bind { address, source })?
            .port();
        let state = web::Data::new(AppState::new(&settings)?);
        let draining = state.draining.clone();
        let metrics = match settings.metrics_port {
            Some(metrics_port) => Some(metrics_server(host, metrics_port, &state)?),
            None => None,
        };
        let server =
            run(listener, state, metrics.is_none()).map_err(|source| StartupError::Bind {
                address: format!("{}:{}", bracketed(host), port),
                source,
            })?;
        tracing::info!(
            port,
            base_path = %settings.ui.base_path,
            kratos_public_url = %settings.kratos.public_url,
            kratos_browser_url = %settings.kratos.browser_url,
            "listening on {}:{port}; open http://{}:{port}{}/",
            bracketed(host),
            browse_host(host),
            settings.ui.base_path
        );
        Ok(Self {
            port,
            server,
            metrics,
            draining,
            drain: settings.shutdown_drain,
        })
    }

    /// The port `/metrics` is served on (the main port unless `METRICS_PORT` is set).
    pub fn metrics_port(&self) -> u16 {
        self.metrics.as_ref().map_or(self.port, |(port, _)| *port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Runs until SIGTERM or SIGINT. SIGTERM (an orchestrator's stop) first drains: readiness
    /// answers 503 at once while requests are served for `SHUTDOWN_DRAIN`. Then the server
    /// stops accepting and finishes the requests in flight (up to 10 s). SIGINT (Ctrl-C) skips
    /// the drain. `/metrics` on its own port is served until the main server has stopped.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let metrics = self.metrics.map(|(_, metrics)| {
            let handle = metrics.handle();
            tokio::spawn(metrics);
            handle
        });
        let outcome = serve_then_drain(self.server, &self.draining, self.drain).await;
        if let Some(metrics) = metrics {
            metrics.stop(true).await;
        }
        outcome
    }
}

async fn serve_then_drain(
    server: Server,
    draining: &Draining,
    drain: Duration,
) -> std::io::Result<()> {
    let handle = server.handle();
    let mut server = std::pin::pin!(server);
    let signal = tokio::select! {
        result = &mut server => return result,
        signal = stop_signal() => signal?,
    };
    if signal == StopSignal::Terminate && !drain.is_zero() {
        draining.start();
        tracing::info!(
            drain_ms = u64::try_from(drain.as_millis()).unwrap_or(u64::MAX),
            "SIGTERM: readiness fails from now on; serving until the drain period ends"
        );
        tokio::select! {
            result = &mut server => return result,
            () = tokio::time::sleep(drain) => {}
        }
    }
    tracing::info!("stopping: no new connections; finishing the requests in flight");
    // The server future carries out the stop command: poll both.
    let ((), result) = tokio::join!(handle.stop(true), server);
    result
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StopSignal {
    Terminate,
    Interrupt,
}

async fn stop_signal() -> std::io::Result<StopSignal> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    Ok(tokio::select! {
        _ = terminate.recv() => StopSignal::Terminate,
        _ = interrupt.recv() => StopSignal::Interrupt,
    })
}

/// Whether an instance with these settings answers `/health/alive` on this machine.
pub async fn is_alive(settings: &Settings) -> bool {
    let url = format!(
        "http://{}:{}/health/alive",
        bracketed(&dial_host(&settings.host)),
        settings.port
    );
    let Ok(uri) = url.parse::<http::Uri>() else {
        return false;
    };
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<http_body_util::Empty<bytes::Bytes>>();
    matches!(
        tokio::time::timeout(Duration::from_secs(3), client.get(uri)).await,
        Ok(Ok(response)) if response.status().is_success()
    )
}

/// Where this machine reaches a server that listens on `host`: the wildcard addresses mean
/// every interface, so the loopback address of the same family; any other address or name
/// is dialled as it is.
fn dial_host(host: &str) -> String {
    let host = unbracketed(host);
    match host.parse::<IpAddr>() {
        Ok(IpAddr::V4(ip)) if ip.is_unspecified() => "127.0.0.1".to_owned(),
        Ok(IpAddr::V6(ip)) if ip.is_unspecified() => "::1".to_owned(),
        _ => host.to_owned(),
    }
}

/// The host of the URL to open for a server listening on `host`: for this machine's own
/// addresses `localhost`, as `scripts/dev` says (browsers keep Kratos' cookies by host name, and
/// WebAuthn and passkeys refuse IP addresses); any other address or name as it is.
fn browse_host(host: &str) -> String {
    let host = unbracketed(host);
    match host.parse::<IpAddr>() {
        Ok(ip) if ip.is_loopback() || ip.is_unspecified() => "localhost".to_owned(),
        _ => bracketed(host),
    }
}

/// `HOST` may be written `[::1]` as in a URL; the socket API wants `::1`.
fn unbracketed(host: &str) -> &str {
    let host = host.trim();
    host.strip_prefix('[')
        .and_then(|inner| inner.strip_suffix(']'))
        .unwrap_or(host)
}

/// An IPv6 address in brackets, as URLs and `address:port` need it.
fn bracketed(host: &str) -> String {
    if host.contains(':') {
        format!("[{host}]")
    } else {
        host.to_owned()
    }
}

/// The one place routes, middleware and shared state are attached.
fn run(
    listener: TcpListener,
    state: web::Data<AppState>,
    with_metrics: bool,
) -> std::io::Result<Server> {
    let server = HttpServer::new(move || {
        // Called on each worker's own thread.
        state.kratos.prepare_this_thread();
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
    // Signals are ours (`run_until_stopped`): actix would stop accepting at once.
    .disable_signals()
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
    let address = format!("{}:{port}", bracketed(host));
    let bind_error = |source| StartupError::Bind {
        address: address.clone(),
        source,
    };
    let listener = TcpListener::bind((host, port)).map_err(bind_error)?;
    let port = listener.local_addr().map_err(bind_error)?.port();
    let state = state.clone();
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .service(routes::metrics::resource())
    })
    .workers(1)
    // Stopped by `run_until_stopped`, after the main server: scrapes go on through the drain.
    .disable_signals()
    .listen(listener)
    .map_err(bind_error)?
    .run();
    tracing::info!(port, "metrics on http://{}:{port}/metrics", bracketed(host));
    Ok((port, server))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The option numbers are mimalloc's enum order, which a new mimalloc may change: each is
    /// recognised by its default and its neighbours' (purge delay 1000 ms between two options
    /// that default to 1 and 0; commit on demand off, before the reclaim limits -1 and 32).
    /// Then the tuning takes, and this process no longer gets transparent huge pages.
    #[test]
    fn the_allocator_options_are_the_ones_meant_and_tuning_sets_them() {
        use libmimalloc_sys::mi_option_get;
        use mimalloc_option::{PAGE_COMMIT_ON_DEMAND, PURGE_DELAY};
        let option = |number| unsafe { mi_option_get(number) };
        assert_eq!(
            [PURGE_DELAY - 1, PURGE_DELAY, PURGE_DELAY + 1].map(option),
            [1, 1000, 0]
        );
        assert_eq!(
            [
                PAGE_COMMIT_ON_DEMAND,
                PAGE_COMMIT_ON_DEMAND + 1,
                PAGE_COMMIT_ON_DEMAND + 2
            ]
            .map(option),
            [0, -1, 32]
        );
        tune_allocator();
        assert_eq!([PURGE_DELAY, PAGE_COMMIT_ON_DEMAND].map(option), [0, 1]);
        #[cfg(target_os = "linux")]
        assert_eq!(
            unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) },
            1
        );
    }

    #[test]
    fn the_start_up_line_points_browsers_at_localhost_for_this_machine() {
        for (host, opened) in [
            ("127.0.0.1", "localhost"),
            ("127.0.0.2", "localhost"),
            ("0.0.0.0", "localhost"),
            ("::1", "localhost"),
            ("[::]", "localhost"),
            ("localhost", "localhost"),
            ("10.1.2.3", "10.1.2.3"),
            ("fd00::7", "[fd00::7]"),
            ("account.example.com", "account.example.com"),
        ] {
            assert_eq!(browse_host(host), opened, "{host}");
        }
    }

    #[test]
    fn the_healthcheck_dials_the_address_the_server_listens_on() {
        for (host, dialled, in_url) in [
            ("0.0.0.0", "127.0.0.1", "127.0.0.1"),
            ("::", "::1", "[::1]"),
            ("[::]", "::1", "[::1]"),
            ("127.0.0.1", "127.0.0.1", "127.0.0.1"),
            ("10.1.2.3", "10.1.2.3", "10.1.2.3"),
            ("::1", "::1", "[::1]"),
            ("[::1]", "::1", "[::1]"),
            ("fd00::7", "fd00::7", "[fd00::7]"),
            ("localhost", "localhost", "localhost"),
            (" 127.0.0.2 ", "127.0.0.2", "127.0.0.2"),
        ] {
            assert_eq!(dial_host(host), dialled, "{host}");
            assert_eq!(bracketed(&dial_host(host)), in_url, "{host}");
        }
    }
}
