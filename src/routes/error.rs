//! `GET /error`: a Kratos self-service error (`?id=`) or an OAuth2 error redirect
//! (`?error=&error_description=`), explained, with the error's status as the HTTP status.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use uuid::Uuid;

use super::http::{PageQuery, html_page};
use crate::error::AppError;
use crate::kratos::FlowError;
use crate::security::RequestContext;
use crate::state::AppState;
use crate::ui::errors::{kratos_error, oauth2_error, reference, unknown_error};
use crate::views::{ErrorPage, Layout};

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    context: RequestContext,
) -> Result<HttpResponse, AppError> {
    let query = PageQuery::parse(req.query_string());
    let l = state.localizer(&context);
    let id = query.get("id").and_then(|id| Uuid::parse_str(id).ok());
    let (error, kratos_knew_it) = if let Some(id) = id {
        match state.kratos.fetch_error(id).await {
            Ok(envelope) => (kratos_error(&envelope.error, &l), true),
            Err(FlowError::Upstream(err)) => return Err(AppError::Upstream(err)),
            Err(_) => (unknown_error(&l), false),
        }
    } else if let Some(error) = query.get("error") {
        (
            oauth2_error(error, query.get("error_description"), &l),
            false,
        )
    } else {
        (unknown_error(&l), false)
    };
    let id = id.map(|id| id.to_string());
    let error = error.quoting(reference(
        id.as_deref(),
        kratos_knew_it,
        &context.request_id,
    ));
    let status = StatusCode::from_u16(error.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let page = ErrorPage {
        layout: Layout::new(
            &state.urls,
            &state.assets,
            &state.brand,
            l,
            error.title.clone(),
            &context,
        ),
        error,
    };
    let mut response = html_page(page.render()?);
    *response.status_mut() = status;
    Ok(response)
}
