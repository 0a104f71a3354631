//! The middleware every request goes through: a request id and a CSP nonce, security headers,
//! one log line per request, and rendering of every error as the HTML error page.

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
