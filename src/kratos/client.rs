//! A typed client for Kratos' public API, used server-side only.
//!
//! Every call sends `Accept: application/json` (without it Kratos answers some errors with a
//! redirect to its own UI), never follows redirects, forwards the browser's `Cookie` header
//! verbatim and to Kratos alone, and is bounded in time and body size.

use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, COOKIE, HeaderValue};
use reqwest::redirect::Policy;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::FlowKind;
use super::error::{FlowError, UpstreamError, classify};
use super::models::{ErrorEnvelope, Flow, LogoutFlow, Session};

/// The largest body we read from Kratos. A settings flow with a QR code, recovery codes and
/// WebAuthn options is a few tens of KiB.
const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

#[derive(Clone)]
pub struct KratosClient {
    http: reqwest::Client,
    /// The public API as reached from this server, without a trailing slash.
    public_url: String,
}

impl KratosClient {
    pub fn new(public_url: &str, timeout: Duration) -> Result<Self, reqwest::Error> {
        let http = reqwest::Client::builder()
            .redirect(Policy::none())
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .user_agent(concat!("kratos-account-ui/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            http,
            public_url: public_url.trim_end_matches('/').to_owned(),
        })
    }

    pub async fn fetch_flow(
        &self,
        kind: FlowKind,
        id: Uuid,
        cookie: Option<&[u8]>,
    ) -> Result<Flow, FlowError> {
        let path = format!("{}?id={}", kind.fetch_path(), id);
        self.get_json(&path, cookie).await
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
        self.get_json(&path, cookie).await
    }

    /// The browser's session, if it has one.
    pub async fn whoami(&self, cookie: Option<&[u8]>) -> Result<Session, FlowError> {
        self.get_json("/sessions/whoami", cookie).await
    }

    /// Fetches a self-service error (`/self-service/errors?id=`).
    pub async fn fetch_error(&self, id: Uuid) -> Result<ErrorEnvelope, FlowError> {
        self.get_json(&format!("/self-service/errors?id={id}"), None)
            .await
    }

    pub async fn is_alive(&self) -> bool {
        matches!(self.get("/health/alive", None).await, Ok((200, _)))
    }

    async fn get_json<T: DeserializeOwned>(
        &self,
        path_and_query: &str,
        cookie: Option<&[u8]>,
    ) -> Result<T, FlowError> {
        let (status, body) = self
            .get(path_and_query, cookie)
            .await
            .map_err(FlowError::Upstream)?;
        if status != 200 {
            return Err(classify(status, &body));
        }
        serde_json::from_slice(&body).map_err(|err| {
            tracing::warn!(path = path_and_query, error = %err, "Kratos sent a body we cannot use");
            FlowError::Upstream(UpstreamError::InvalidBody(err.to_string()))
        })
    }

    async fn get(
        &self,
        path_and_query: &str,
        cookie: Option<&[u8]>,
    ) -> Result<(u16, Vec<u8>), UpstreamError> {
        let started = Instant::now();
        let mut request = self
            .http
            .get(format!("{}{}", self.public_url, path_and_query))
            .header(ACCEPT, "application/json");
        if let Some(cookie) = cookie.and_then(|c| HeaderValue::from_bytes(c).ok()) {
            request = request.header(COOKIE, cookie);
        }
        let outcome = async {
            let mut response = request.send().await.map_err(map_transport_error)?;
            let status = response.status().as_u16();
            if response
                .content_length()
                .is_some_and(|len| len > MAX_BODY_BYTES as u64)
            {
                return Err(UpstreamError::TooLarge);
            }
            let mut body = Vec::new();
            while let Some(chunk) = response.chunk().await.map_err(map_transport_error)? {
                if body.len() + chunk.len() > MAX_BODY_BYTES {
                    return Err(UpstreamError::TooLarge);
                }
                body.extend_from_slice(&chunk);
            }
            Ok((status, body))
        }
        .await;
        // The path carries at most a flow id; cookies are never logged.
        match &outcome {
            Ok((status, _)) => tracing::debug!(
                path = path_and_query,
                status,
                elapsed_ms = started.elapsed().as_millis() as u64,
                "kratos call"
            ),
            Err(err) => tracing::warn!(
                path = path_and_query,
                error = %err,
                elapsed_ms = started.elapsed().as_millis() as u64,
                "kratos call failed"
            ),
        }
        outcome
    }
}

fn map_transport_error(err: reqwest::Error) -> UpstreamError {
    if err.is_timeout() {
        UpstreamError::Timeout
    } else {
        // reqwest's Display does not include the URL's query for connection errors, and
        // the URL carries no secrets anyway.
        UpstreamError::Unreachable(err.without_url().to_string())
    }
}
