//! A typed client for Kratos' public API, used server-side only.
//!
//! Every call sends `Accept: application/json` (without it Kratos answers some errors with a
//! redirect to its own UI), never follows redirects, forwards the browser's `Cookie` header
//! verbatim and to Kratos alone, and is bounded in time and body size. Each call carries the
//! request's `X-Request-Id` and a W3C `traceparent`, and is counted in the metrics.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::header::{ACCEPT, COOKIE, HeaderName, HeaderValue, LINK, USER_AGENT};
use http::{Method, Request, Uri};
use http_body_util::{BodyExt, Empty};
use hyper::body::Body;
use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use serde::de::DeserializeOwned;
use thread_local::ThreadLocal;
use uuid::Uuid;

use super::FlowKind;
use super::budget::{BodyBudget, BodyPermit, Budgeted, Pool, STREAMED_FIRST_SHARE};
use super::error::{FlowError, SessionsError, UpstreamError, classify, classify_sessions};
use super::models::{ErrorEnvelope, Flow, LogoutFlow, RevokedCount, Session, parse_answer};
use super::pagination::next_page_token;
use crate::metrics::Metrics;
use crate::trace::TraceContext;

/// The largest body we read from Kratos. A settings flow with a QR code, recovery codes and
/// WebAuthn options is a few tens of KiB.
const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// Every call is a GET or a DELETE without a body, over HTTP/1.1 (with TLS when the URL says
/// https). hyper's client directly, not reqwest: reqwest parses each call's URL three times
/// and runs it through redirect, retry and proxy layers none of which applies here, about 8%
/// of a settings page's instructions.
type Http = Client<HttpsConnector<HttpConnector>, Empty<Bytes>>;

const USER_AGENT_VALUE: &str = concat!("kratos-account-ui/", env!("CARGO_PKG_VERSION"));

#[derive(Clone)]
pub struct KratosClient {
    /// One client, and so one connection pool, per worker thread. A connection's task runs on
    /// the thread that opened it; shared between workers, every call made on another thread
    /// would wake that thread twice (request out, answer back), with a context switch each.
    http: Arc<ThreadLocal<Http>>,
    /// The system's trust roots, loaded once and shared by every thread's client.
    tls: Arc<rustls::ClientConfig>,
    /// The public API as reached from this server, without a trailing slash.
    public_url: String,
    timeout: Duration,
    /// Shared by every clone, so it bounds the whole process.
    budget: BodyBudget,
    metrics: Option<Metrics>,
}

/// TLS as reqwest set it up for us before: the platform's verifier and roots.
fn tls_config() -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = rustls::crypto::CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()));
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone())?;
    // ALPN is left to the connector, which offers HTTP/1.1 alone.
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth())
}

/// The read buffer each connection to Kratos keeps (hyper's smallest).
const READ_BUFFER_BYTES: usize = 8 * 1024;

fn http_client(tls: &rustls::ClientConfig, timeout: Duration) -> Http {
    let mut connector = HttpConnector::new();
    connector.enforce_http(false);
    connector.set_nodelay(true);
    connector.set_connect_timeout(Some(timeout.min(Duration::from_secs(5))));
    let connector = HttpsConnectorBuilder::new()
        .with_tls_config(tls.clone())
        .https_or_http()
        .enable_http1()
        .wrap_connector(connector);
    Client::builder(TokioExecutor::new())
        .pool_idle_timeout(Duration::from_secs(90))
        // hyper's adaptive read buffer grows with the answers and stays grown on the pooled
        // connection (up to ~400 KiB with flows near the body cap), though each answer is
        // copied out at once. Three connections per page in flight made that a third of the
        // RSS under load; reading 8 KiB at a time costs one more read per ordinary flow.
        .http1_read_buf_exact_size(READ_BUFFER_BYTES)
        .build(connector)
}

impl KratosClient {
    pub fn new(public_url: &str, timeout: Duration) -> Result<Self, rustls::Error> {
        Ok(Self {
            http: Arc::new(ThreadLocal::new()),
            tls: Arc::new(tls_config()?),
            public_url: public_url.trim_end_matches('/').to_owned(),
            timeout,
            budget: BodyBudget::default(),
            metrics: None,
        })
    }

    fn http(&self) -> &Http {
        self.http.get_or(|| http_client(&self.tls, self.timeout))
    }

    /// Builds this thread's client now, so that its long-lived memory comes before any
    /// page's.
    pub fn prepare_this_thread(&self) {
        self.http();
    }

    /// Draws every body on `budget` instead of the default one.
    pub fn with_budget(mut self, budget: BodyBudget) -> Self {
        self.budget = budget;
        self
    }

    /// Counts every call in `metrics` (by endpoint and outcome, with its latency).
    pub fn with_metrics(mut self, metrics: Metrics) -> Self {
        self.metrics = Some(metrics);
        self
    }

    pub async fn fetch_flow(
        &self,
        kind: FlowKind,
        id: Uuid,
        cookie: Option<&[u8]>,
    ) -> Result<Budgeted<Flow>, FlowError> {
        let path = format!("{}?id={}", kind.fetch_path(), id);
        self.get_json(Pool::Flow, &path, cookie).await
    }

    /// A logout URL for the signed-in browser; Kratos sends it to `return_to` afterwards.
    pub async fn logout_flow(
        &self,
        cookie: Option<&[u8]>,
        return_to: Option<&str>,
    ) -> Result<LogoutFlow, FlowError> {
        let path = match return_to {
            Some(return_to) => format!(
                "/self-service/logout/browser?{}",
                url::form_urlencoded::Serializer::new(String::new())
                    .append_pair("return_to", return_to)
                    .finish()
            ),
            None => "/self-service/logout/browser".to_owned(),
        };
        self.get_json(Pool::Answer, &path, cookie)
            .await
            .map(Budgeted::into_inner)
    }

    /// The browser's session, if it has one, holding its share of the budget while it is used.
    pub async fn whoami(&self, cookie: Option<&[u8]>) -> Result<Budgeted<Session>, FlowError> {
        self.get_json(Pool::Answer, "/sessions/whoami", cookie)
            .await
    }

    /// One page of the identity's *other* active sessions (Kratos leaves the current one
    /// out), and the token of the next page when Kratos links one.
    pub async fn list_my_sessions(
        &self,
        cookie: Option<&[u8]>,
        page_size: u32,
        page_token: Option<&str>,
    ) -> Result<Budgeted<SessionPage>, SessionsError> {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        query.append_pair("page_size", &page_size.to_string());
        if let Some(token) = page_token {
            query.append_pair("page_token", token);
        }
        let path = format!("/sessions?{}", query.finish());
        self.sessions_call(Method::GET, &path, "/sessions", cookie, |reply| {
            let sessions: Vec<Session> = parse_body(&path, &reply.body)
                .map_err(|err| SessionsError::Upstream(UpstreamError::InvalidBody(err)))?;
            let page = SessionPage {
                sessions,
                next_page_token: reply.link.as_deref().and_then(next_page_token),
            };
            Ok(Budgeted::new(page, reply.permit))
        })
        .await
    }

    /// Ends one of the identity's other sessions (`DELETE /sessions/{id}`).
    pub async fn disable_my_session(
        &self,
        id: Uuid,
        cookie: Option<&[u8]>,
    ) -> Result<(), SessionsError> {
        let path = format!("/sessions/{id}");
        self.sessions_call(
            Method::DELETE,
            &path,
            "DELETE /sessions/{id}",
            cookie,
            |_| Ok(()),
        )
        .await
    }

    /// Ends every session of the identity but the current one; how many ended.
    pub async fn disable_my_other_sessions(
        &self,
        cookie: Option<&[u8]>,
    ) -> Result<u64, SessionsError> {
        self.sessions_call(
            Method::DELETE,
            "/sessions",
            "DELETE /sessions",
            cookie,
            |reply| {
                // The count only informs: an unreadable body does not undo the sign-outs.
                Ok(serde_json::from_slice::<RevokedCount>(&reply.body)
                    .map(|revoked| revoked.count)
                    .unwrap_or(0))
            },
        )
        .await
    }

    /// A call to the session API: a 2xx answer goes to `read`, anything else is classified.
    /// `endpoint` names the call in the metrics without its ids.
    async fn sessions_call<T>(
        &self,
        method: Method,
        path_and_query: &str,
        endpoint: &str,
        cookie: Option<&[u8]>,
        read: impl FnOnce(Reply) -> Result<T, SessionsError>,
    ) -> Result<T, SessionsError> {
        let started = Instant::now();
        let outcome = match self
            .send(method, Pool::Answer, path_and_query, cookie)
            .await
        {
            Ok(reply) if (200..300).contains(&reply.status) => read(reply),
            Ok(reply) => Err(classify_sessions(reply.status, &reply.body)),
            Err(err) => Err(SessionsError::Upstream(err)),
        };
        if let Some(metrics) = &self.metrics {
            let label = outcome
                .as_ref()
                .map_or_else(SessionsError::outcome, |_| "ok");
            metrics.observe_kratos_call(endpoint, label, started.elapsed());
        }
        outcome
    }

    /// Fetches a self-service error (`/self-service/errors?id=`).
    pub async fn fetch_error(&self, id: Uuid) -> Result<ErrorEnvelope, FlowError> {
        self.get_json(Pool::Answer, &format!("/self-service/errors?id={id}"), None)
            .await
            .map(Budgeted::into_inner)
    }

    pub async fn is_alive(&self) -> bool {
        let started = Instant::now();
        let answer = self
            .send(Method::GET, Pool::Answer, "/health/alive", None)
            .await;
        let outcome = match &answer {
            Ok(Reply { status: 200, .. }) => "ok",
            Ok(reply) => UpstreamError::Status(reply.status).outcome(),
            Err(err) => err.outcome(),
        };
        self.observe("/health/alive", outcome, started);
        matches!(answer, Ok(Reply { status: 200, .. }))
    }

    fn observe(&self, path_and_query: &str, outcome: &str, started: Instant) {
        if let Some(metrics) = &self.metrics {
            metrics.observe_kratos_call(path_only(path_and_query), outcome, started.elapsed());
        }
    }

    async fn get_json<T: DeserializeOwned>(
        &self,
        pool: Pool,
        path_and_query: &str,
        cookie: Option<&[u8]>,
    ) -> Result<Budgeted<T>, FlowError> {
        let started = Instant::now();
        let outcome = self.parse_json(pool, path_and_query, cookie).await;
        let label = outcome.as_ref().map_or_else(FlowError::outcome, |_| "ok");
        self.observe(path_and_query, label, started);
        outcome
    }

    async fn parse_json<T: DeserializeOwned>(
        &self,
        pool: Pool,
        path_and_query: &str,
        cookie: Option<&[u8]>,
    ) -> Result<Budgeted<T>, FlowError> {
        let reply = self
            .send(Method::GET, pool, path_and_query, cookie)
            .await
            .map_err(FlowError::Upstream)?;
        if reply.status != 200 {
            return Err(classify(reply.status, &reply.body));
        }
        let value = parse_body(path_and_query, &reply.body)
            .map_err(|err| FlowError::Upstream(UpstreamError::InvalidBody(err)))?;
        Ok(Budgeted::new(value, reply.permit))
    }

    /// The request for one call: JSON wanted, the browser's cookies for Kratos, and this
    /// request's id and trace context.
    fn request(
        &self,
        method: &Method,
        path_and_query: &str,
        cookie: Option<&[u8]>,
    ) -> Result<Request<Empty<Bytes>>, UpstreamError> {
        let uri: Uri = format!("{}{}", self.public_url, path_and_query)
            .parse()
            .map_err(|err: http::uri::InvalidUri| UpstreamError::Unreachable(err.to_string()))?;
        let mut request = Request::builder()
            .method(method.clone())
            .uri(uri)
            .header(ACCEPT, HeaderValue::from_static("application/json"))
            .header(USER_AGENT, HeaderValue::from_static(USER_AGENT_VALUE));
        if let Some(cookie) = cookie.and_then(|c| HeaderValue::from_bytes(c).ok()) {
            request = request.header(COOKIE, cookie);
        }
        if let Some(trace) = TraceContext::current() {
            // The request id was checked when it came in; the traceparent is ours.
            if let Ok(id) = HeaderValue::from_str(&trace.request_id) {
                request = request.header(HeaderName::from_static("x-request-id"), id);
            }
            if let Ok(parent) = HeaderValue::from_str(&trace.traceparent()) {
                request = request.header(HeaderName::from_static("traceparent"), parent);
            }
        }
        request
            .body(Empty::new())
            .map_err(|err| UpstreamError::Unreachable(err.to_string()))
    }

    async fn send(
        &self,
        method: Method,
        pool: Pool,
        path_and_query: &str,
        cookie: Option<&[u8]>,
    ) -> Result<Reply, UpstreamError> {
        let started = Instant::now();
        // One deadline for the whole call, body included: a slow body holds a page no longer
        // than a slow answer does.
        let deadline = tokio::time::Instant::from_std(started) + self.timeout;
        let outcome = async {
            let request = self.request(&method, path_and_query, cookie)?;
            let response = tokio::time::timeout_at(deadline, self.http().request(request))
                .await
                .map_err(|_| UpstreamError::Timeout)?
                .map_err(map_transport_error)?;
            let status = response.status().as_u16();
            let link = response
                .headers()
                .get(LINK)
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned);
            let mut incoming = response.into_body();
            let length = incoming.size_hint().exact();
            if length.is_some_and(|len| len > MAX_BODY_BYTES as u64) {
                return Err(UpstreamError::TooLarge);
            }
            // An announced body gets its whole share before its first byte is read; a
            // streamed one starts small and grows only into free bytes (budget.rs says why).
            let expected = length.map_or(STREAMED_FIRST_SHARE, |len| len as usize);
            let mut permit = self.budget.reserve(pool, expected, self.timeout).await?;
            let mut body = Vec::with_capacity(length.map_or(0, |len| len as usize));
            while let Some(frame) = tokio::time::timeout_at(deadline, incoming.frame())
                .await
                .map_err(|_| UpstreamError::Timeout)?
            {
                let Ok(chunk) = frame.map_err(map_body_error)?.into_data() else {
                    continue; // trailers
                };
                let needed = body.len() + chunk.len();
                if needed > MAX_BODY_BYTES {
                    return Err(UpstreamError::TooLarge);
                }
                permit.make_room(needed, MAX_BODY_BYTES)?;
                body.extend_from_slice(&chunk);
            }
            permit.shrink_to(body.len());
            Ok(Reply {
                status,
                link,
                body,
                permit,
            })
        }
        .await;
        // The path only: queries carry return_to URLs (which may hold tokens) and flow ids;
        // cookies are never logged.
        let path = path_only(path_and_query);
        match &outcome {
            Ok(Reply { status, .. }) => tracing::debug!(
                %method,
                path,
                status,
                elapsed_ms = started.elapsed().as_millis() as u64,
                "kratos call"
            ),
            Err(err) => tracing::warn!(
                %method,
                path,
                error = %err,
                elapsed_ms = started.elapsed().as_millis() as u64,
                "kratos call failed"
            ),
        }
        outcome
    }
}

/// A page of `GET /sessions`.
#[derive(Debug, Clone, Default)]
pub struct SessionPage {
    pub sessions: Vec<Session>,
    pub next_page_token: Option<String>,
}

struct Reply {
    status: u16,
    /// The `Link` header (pagination).
    link: Option<String>,
    body: Vec<u8>,
    permit: BodyPermit,
}

fn parse_body<T: DeserializeOwned>(path_and_query: &str, body: &[u8]) -> Result<T, String> {
    parse_answer(body).map_err(|err| {
        let path = path_only(path_and_query);
        tracing::warn!(path, error = %err, "Kratos sent a body we cannot use");
        err.to_string()
    })
}

fn path_only(path_and_query: &str) -> &str {
    path_and_query
        .split_once('?')
        .map_or(path_and_query, |(path, _)| path)
}

fn map_transport_error(err: hyper_util::client::legacy::Error) -> UpstreamError {
    let causes: Vec<&dyn std::error::Error> =
        std::iter::successors(std::error::Error::source(&err), |cause| cause.source()).collect();
    let timed_out = causes.iter().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::TimedOut)
    });
    if timed_out {
        return UpstreamError::Timeout;
    }
    // The chain of causes says what failed (refused, reset, TLS); it holds no URL.
    let text = std::iter::once(err.to_string())
        .chain(causes.iter().map(ToString::to_string))
        .collect::<Vec<_>>()
        .join(": ");
    if err.is_connect() {
        UpstreamError::Refused(text)
    } else {
        UpstreamError::Unreachable(text)
    }
}

fn map_body_error(err: hyper::Error) -> UpstreamError {
    if err.is_timeout() {
        UpstreamError::Timeout
    } else {
        UpstreamError::Unreachable(format!("reading the body: {err}"))
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::Mutex;

    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::*;

    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Everything logged at debug and above while `work` runs on this thread.
    async fn logs_of<F: Future>(work: F) -> String {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        work.await;
        String::from_utf8(captured.0.lock().unwrap().clone()).unwrap()
    }

    /// Tests that call Kratos take turns. tracing caches, per log statement, whether anyone
    /// listens; a statement first reached on one thread while another thread installs its
    /// capturing subscriber can keep "no one" for good, and the capture then misses it.
    static CALLS_KRATOS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

    #[tokio::test]
    async fn return_to_values_never_reach_the_logs() {
        let _turn = CALLS_KRATOS.lock().await;
        let return_to = "https://app.example/done?token=SECRET-RETURN-TO";
        let kratos = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/self-service/logout/browser"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "logout_url": "http://k/self-service/logout?token=t", "logout_token": "t"
            })))
            .mount(&kratos)
            .await;
        // The binary installs the provider at start-up (startup::install_crypto_provider).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = KratosClient::new(&kratos.uri(), Duration::from_secs(1)).unwrap();
        let answered = logs_of(async {
            assert!(client.logout_flow(None, Some(return_to)).await.is_ok());
        })
        .await;
        assert!(answered.contains("kratos call"), "{answered}");
        assert!(
            answered.contains("/self-service/logout/browser"),
            "{answered}"
        );

        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let unreachable = format!("http://{}", closed.local_addr().unwrap());
        drop(closed);
        let client = KratosClient::new(&unreachable, Duration::from_secs(1)).unwrap();
        let failed = logs_of(async {
            assert!(client.logout_flow(None, Some(return_to)).await.is_err());
        })
        .await;
        assert!(failed.contains("kratos call failed"), "{failed}");

        for logs in [answered, failed] {
            assert!(!logs.contains("SECRET-RETURN-TO"), "{logs}");
            assert!(!logs.contains("app.example"), "{logs}");
        }
    }

    /// An HTTP/1.1 server that keeps connections open and answers every request with a logout
    /// flow; it counts the connections it accepted.
    fn counting_server() -> (String, Arc<std::sync::atomic::AtomicUsize>) {
        use std::io::{BufRead, BufReader};
        use std::sync::atomic::{AtomicUsize, Ordering};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let accepted = Arc::new(AtomicUsize::new(0));
        let counter = accepted.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { return };
                counter.fetch_add(1, Ordering::SeqCst);
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(stream.try_clone().unwrap());
                    let mut writer = stream;
                    let body = r#"{"logout_url":"http://k/self-service/logout?token=t","logout_token":"t"}"#;
                    let mut line = String::new();
                    loop {
                        line.clear();
                        match reader.read_line(&mut line) {
                            Ok(0) | Err(_) => return,
                            Ok(_) if line == "\r\n" => {
                                let answer = format!(
                                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                                    body.len()
                                );
                                if writer.write_all(answer.as_bytes()).is_err() {
                                    return;
                                }
                            }
                            Ok(_) => {}
                        }
                    }
                });
            }
        });
        (url, accepted)
    }

    #[test]
    fn each_thread_calls_kratos_over_connections_of_its_own() {
        let _turn = CALLS_KRATOS.blocking_lock();
        use std::sync::atomic::Ordering;
        let _ = rustls::crypto::ring::default_provider().install_default();
        let (url, accepted) = counting_server();
        // A runtime that keeps driving its connections after the calls made on it.
        let first = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let client = KratosClient::new(&url, Duration::from_secs(2)).unwrap();
        // A connection goes back to its pool just after its answer has been read: the pauses
        // leave it idle there.
        let settle = || std::thread::sleep(Duration::from_millis(200));
        for _ in 0..2 {
            first.block_on(async { assert!(client.logout_flow(None, None).await.is_ok()) });
            settle();
        }
        assert_eq!(
            accepted.load(Ordering::SeqCst),
            1,
            "a thread reuses its connection"
        );

        let other = client.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async { assert!(other.logout_flow(None, None).await.is_ok()) });
        })
        .join()
        .unwrap();
        assert_eq!(
            accepted.load(Ordering::SeqCst),
            2,
            "another thread opens its own, though the first is idle and open"
        );
        drop(first);
    }
}
