//! The middleware every request goes through: a request id and a CSP nonce, security headers,
//! one log line per request, and rendering of every error as the HTML error page.

use std::future::{Ready, ready};
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpMessage, HttpRequest, web};
use tracing::Instrument;
use uuid::Uuid;

use crate::error::{AppError, render_error_page};
use crate::startup::AppState;

/// Per-request values the pages need: the id shown on error pages and the CSP nonce.
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub request_id: String,
    pub nonce: String,
}

impl FromRequest for RequestContext {
    type Error = Error;
    type Future = Ready<Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(req
            .extensions()
            .get::<RequestContext>()
            .cloned()
            .unwrap_or_else(RequestContext::new)))
    }
}

impl RequestContext {
    fn new() -> Self {
        Self {
            request_id: Uuid::new_v4().simple().to_string(),
            nonce: Uuid::new_v4().simple().to_string(),
        }
    }

    /// A proxy's `X-Request-Id` is kept when it looks like an id, so logs line up.
    fn from_request_headers(req: &ServiceRequest) -> Self {
        let mut context = Self::new();
        if let Some(id) = req
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            && !id.is_empty()
            && id.len() <= 64
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            context.request_id = id.to_owned();
        }
        context
    }
}

/// Set by a page whose forms redirect to an external identity provider (OIDC, SAML).
#[derive(Debug, Clone, Copy)]
pub struct ExternalFormTargets;

/// Which origins forms may go to, beyond ours and Kratos'.
#[derive(Debug, Clone)]
pub struct CspPolicy {
    kratos_origin: String,
    form_action_origins: Option<Vec<String>>,
}

impl CspPolicy {
    pub fn new(kratos_origin: &str, form_action_origins: Option<Vec<String>>) -> Self {
        Self {
            kratos_origin: kratos_origin.to_owned(),
            form_action_origins,
        }
    }

    pub fn header_value(&self, nonce: &str, external_forms: bool) -> String {
        let kratos = &self.kratos_origin;
        let extra = match (&self.form_action_origins, external_forms) {
            (Some(origins), _) => origins.iter().map(|o| format!(" {o}")).collect(),
            // The provider is only known once Kratos redirects; allow TLS origins then.
            (None, true) => " https:".to_owned(),
            (None, false) => String::new(),
        };
        format!(
            "default-src 'none'; script-src 'self' 'nonce-{nonce}' {kratos}; style-src 'self'; \
             img-src 'self' data:; font-src 'self'; connect-src 'self' {kratos}; \
             form-action 'self' {kratos}{extra}; frame-ancestors 'none'; base-uri 'none'"
        )
    }
}

pub async fn request_context(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let context = RequestContext::from_request_headers(&req);
    req.extensions_mut().insert(context.clone());
    let method = req.method().clone();
    let path = req.path().to_owned();
    let client = req
        .connection_info()
        .realip_remote_addr()
        .unwrap_or("-")
        .to_owned();
    let span = tracing::info_span!("request", request_id = %context.request_id);

    let outcome = next.call(req).instrument(span.clone()).await;
    let mut response = match outcome {
        Ok(response) if response.response().error().is_some() => {
            let (request, response) = response.map_into_boxed_body().into_parts();
            let error_page = error_page_for(&request, &response, &context);
            ServiceResponse::new(request, error_page)
        }
        Ok(response) => response.map_into_boxed_body(),
        Err(err) => {
            // Errors from inner middleware carry no request; answer with a bare error page.
            let page = render_error_page(None, err.as_response_error().status_code(), &context);
            return Err(actix_web::error::InternalError::from_response(err, page).into());
        }
    };

    let external_forms = response
        .response()
        .extensions()
        .get::<ExternalFormTargets>()
        .is_some();
    let csp = response
        .request()
        .app_data::<web::Data<AppState>>()
        .map(|state| state.csp.header_value(&context.nonce, external_forms));
    let headers = response.headers_mut();
    if let Some(csp) = csp.and_then(|v| HeaderValue::from_str(&v).ok()) {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if !headers.contains_key(header::CACHE_CONTROL) {
        // Pages show TOTP secrets, recovery codes and CSRF tokens.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if let Ok(id) = HeaderValue::from_str(&context.request_id) {
        headers.insert(HeaderName::from_static("x-request-id"), id);
    }

    let status = response.status().as_u16();
    // Path only: queries may carry return_to URLs; cookies and tokens are never logged.
    span.in_scope(|| {
        tracing::info!(
            %method, path, status, client,
            elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
            "request"
        )
    });
    Ok(response)
}

fn error_page_for(
    request: &HttpRequest,
    response: &actix_web::HttpResponse,
    context: &RequestContext,
) -> actix_web::HttpResponse {
    let error = response.error().expect("checked by the caller");
    let state = request.app_data::<web::Data<AppState>>();
    match error.as_error::<AppError>() {
        Some(app_error) => {
            if app_error.is_server_side() {
                tracing::warn!(error = %app_error, "answering with an error page");
            }
            render_error_page(state.map(|s| s.get_ref()), app_error.status(), context)
        }
        None => render_error_page(state.map(|s| s.get_ref()), response.status(), context),
    }
}
