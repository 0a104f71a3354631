//! The one error type handlers return, and the one error page every failure renders as.

use std::fmt;

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, ContentType, RETRY_AFTER};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::kratos::UpstreamError;
use crate::security::RequestContext;
use crate::state::AppState;
use crate::ui::errors::{Reference, own_error};
use crate::views::{ErrorPage, Layout};

#[derive(Debug)]
pub enum AppError {
    /// Kratos is down, slow, or answered something unusable.
    Upstream(UpstreamError),
    NotFound,
    /// The reverse proxy's limit on sign-in, sign-up and recovery attempts was reached; the
    /// proxy sends the browser here (`deploy/nginx`).
    TooManyAttempts,
    /// A state-changing request that failed our CSRF checks.
    Forbidden,
    /// A request we cannot read (what, for the log).
    BadRequest(&'static str),
    /// A failure of our own (randomness, session storage).
    Internal(String),
    Template(askama::Error),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Upstream(UpstreamError::Timeout) => StatusCode::GATEWAY_TIMEOUT,
            AppError::Upstream(UpstreamError::Busy) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Upstream(_) => StatusCode::BAD_GATEWAY,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Internal(_) | AppError::Template(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn is_server_side(&self) -> bool {
        self.status().is_server_error()
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Upstream(err) => err.fmt(f),
            AppError::NotFound => f.write_str("no such page"),
            AppError::TooManyAttempts => f.write_str("too many attempts (the proxy's limit)"),
            AppError::Forbidden => f.write_str("refused by the CSRF checks"),
            AppError::BadRequest(what) => write!(f, "bad request: {what}"),
            AppError::Internal(cause) => write!(f, "internal failure: {cause}"),
            AppError::Template(err) => write!(f, "template failed: {err}"),
        }
    }
}

impl std::error::Error for AppError {}

impl From<askama::Error> for AppError {
    fn from(err: askama::Error) -> Self {
        AppError::Template(err)
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        self.status()
    }

    /// A bare response; the request middleware replaces it with the rendered error page,
    /// which needs the request id this method cannot see.
    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status()).finish()
    }
}

/// Renders the error page. Without state (an error before the app was reached) it still
/// answers with a minimal page: the status and the request id, no words to translate.
pub fn render_error_page(
    state: Option<&AppState>,
    status: StatusCode,
    context: &RequestContext,
) -> HttpResponse {
    let request_id = context.request_id.as_str();
    let body = state.and_then(|state| {
        let l = state.localizer(context);
        let error =
            own_error(status.as_u16(), &l).quoting(Reference::Request(request_id.to_owned()));
        let page = ErrorPage {
            layout: Layout::new(
                &state.urls,
                &state.assets,
                &state.brand,
                l.clone(),
                error.title.clone(),
                context,
            ),
            error,
        };
        page.render()
            .map_err(|err| tracing::error!(error = %err, "error page template failed"))
            .ok()
    });
    let mut response = HttpResponse::build(status);
    response
        .content_type(ContentType::html())
        .insert_header((CACHE_CONTROL, "no-store"));
    if status == StatusCode::TOO_MANY_REQUESTS {
        // What the page asks of the reader; by then the shipped nginx limit (20 a minute,
        // a burst of 20) has given back every attempt.
        response.insert_header((RETRY_AFTER, "60"));
    }
    response.body(body.unwrap_or_else(|| format!("{} · {request_id}\n", status.as_u16())))
}
