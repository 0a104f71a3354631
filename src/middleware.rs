//! The middleware every request goes through: a request id, a trace context and a CSP nonce,
//! security headers, one log line and the metrics per request, and rendering of every error
//! as the HTML error page.

use std::future::{Ready, ready};
use std::time::Instant;

use actix_session::SessionExt;
use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, FromRequest, HttpMessage, HttpRequest, web};
use tracing::Instrument;

use crate::error::{AppError, render_error_page};
use crate::i18n::SESSION_LOCALE;
use crate::security::{ExternalFormTargets, RequestContext};
use crate::state::AppState;
use crate::trace::TraceContext;

/// What pages may use: no camera, microphone or location; WebAuthn (passkeys, security keys)
/// for our own origin only.
const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), \
     publickey-credentials-get=(self), publickey-credentials-create=(self)";

/// Handlers take the context the middleware stored; outside it (never in practice) a fresh one.
impl FromRequest for RequestContext {
    type Error = Error;
    type Future = Ready<Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(req
            .extensions()
            .get::<RequestContext>()
            .cloned()
            .unwrap_or_default()))
    }
}

pub async fn request_context(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let mut context = RequestContext::with_forwarded_id(
        req.headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
    );
    if let Some(state) = req.app_data::<web::Data<AppState>>() {
        // The language menu's choice (kept in the cookie session) over the browser's list.
        let chosen = req
            .get_session()
            .get::<String>(SESSION_LOCALE)
            .ok()
            .flatten()
            .and_then(|tag| state.catalogue.find(&tag));
        let accept_language = req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        context.locale = chosen.unwrap_or_else(|| state.catalogue.negotiate(accept_language));
    }
    context.here = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.path().to_owned(), |p| p.as_str().to_owned());
    req.extensions_mut().insert(context.clone());
    let method = req.method().clone();
    let path = req.path().to_owned();
    let client = client_address(&req);
    let trace = TraceContext::new(
        &context.request_id,
        req.headers()
            .get("traceparent")
            .and_then(|v| v.to_str().ok()),
    );
    let span = tracing::info_span!(
        "request",
        request_id = %context.request_id,
        trace_id = %trace.trace_id()
    );

    let outcome = trace.scope(next.call(req).instrument(span.clone())).await;
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
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static(PERMISSIONS_POLICY),
    );
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
    if let Some(state) = response.request().app_data::<web::Data<AppState>>() {
        // The route's pattern, never the raw path: ids and probes must not add series.
        let route = response.request().match_pattern();
        state.metrics.observe_request(
            method_label(&method),
            route.as_deref().unwrap_or("unmatched"),
            status,
            started.elapsed(),
        );
    }
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

/// Clients may send any method token; only these become metric labels.
fn method_label(method: &actix_web::http::Method) -> &'static str {
    use actix_web::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        _ => "other",
    }
}

/// The connection's address, or the forwarded client's when the connection comes from a
/// trusted proxy (`TRUSTED_PROXIES`).
fn client_address(req: &ServiceRequest) -> String {
    let peer = req.peer_addr().map(|addr| addr.ip());
    let lines = |name: &str| -> Vec<&str> {
        req.headers()
            .get_all(name)
            .filter_map(|v| v.to_str().ok())
            .collect()
    };
    let client =
        match req.app_data::<web::Data<AppState>>() {
            Some(state) if !state.trusted_proxies.is_empty() => state
                .trusted_proxies
                .client_address(peer, &lines("forwarded"), &lines("x-forwarded-for")),
            _ => peer,
        };
    client.map_or_else(|| "-".to_owned(), |address| address.to_string())
}

fn error_page_for(
    request: &HttpRequest,
    response: &actix_web::HttpResponse,
    context: &RequestContext,
) -> actix_web::HttpResponse {
    let error = response.error().expect("checked by the caller");
    let state = request.app_data::<web::Data<AppState>>();
    let state = state.map(|s| s.get_ref());
    match error.as_error::<AppError>() {
        Some(app_error) => {
            if app_error.is_server_side() {
                tracing::warn!(error = %app_error, "answering with an error page");
            }
            render_error_page(state, app_error.status(), context)
        }
        None => render_error_page(state, response.status(), context),
    }
}
