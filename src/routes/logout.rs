//! `/logout`: `GET` shows a confirmation page whose button follows Kratos' tokenised logout
//! URL; `POST` (the "Sign out" form in the page header) goes there straight away.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::http::{PageQuery, cookie_header, html_page, see_other};
use crate::csrf::{Checked, CsrfForm};
use crate::error::AppError;
use crate::kratos::models::LogoutFlow;
use crate::kratos::{FlowError, FlowKind, UpstreamError};
use crate::security::RequestContext;
use crate::state::AppState;
use crate::urls::Page;
use crate::views::{Layout, LogoutPage};

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    context: RequestContext,
) -> Result<HttpResponse, AppError> {
    let query = PageQuery::parse(req.query_string());
    let Some(logout_url) = logout_url(&req, &state, query.get("return_to")).await? else {
        return Ok(see_other(state.urls.page(Page::Flow(FlowKind::Login))));
    };
    let l = state.localizer(&context);
    let title = l.t("title-logout").into_owned();
    let page = LogoutPage {
        layout: Layout::new(&state.urls, &state.assets, &state.brand, l, title, &context),
        logout_url,
        cancel_url: state.urls.page(Page::Home),
    };
    Ok(html_page(page.render()?))
}

/// The header's "Sign out" form: our CSRF token, nothing else.
#[derive(Deserialize)]
pub struct SignOutForm {
    #[serde(default)]
    kau_csrf: String,
}

impl CsrfForm for SignOutForm {
    fn csrf_token(&self) -> &str {
        &self.kau_csrf
    }
}

/// Only this request asks Kratos for a logout token, so pages that merely offer the button
/// cost no upstream call for it. [`Checked`] refuses (403) a request from another site or
/// without this browser's token before Kratos is asked anything.
pub async fn sign_out(
    req: HttpRequest,
    state: web::Data<AppState>,
    _form: Checked<SignOutForm>,
) -> Result<HttpResponse, AppError> {
    Ok(see_other(match logout_url(&req, &state, None).await? {
        Some(url) => url,
        None => state.urls.page(Page::Flow(FlowKind::Login)),
    }))
}

/// Kratos' tokenised logout URL for this browser; `None` when it has no session (or Kratos
/// refuses the `return_to`): there is nothing to sign out of.
async fn logout_url(
    req: &HttpRequest,
    state: &AppState,
    return_to: Option<&str>,
) -> Result<Option<String>, AppError> {
    let cookie = cookie_header(req);
    let LogoutFlow { logout_url } =
        match state.kratos.logout_flow(cookie.as_deref(), return_to).await {
            Ok(logout) => logout,
            Err(FlowError::Upstream(err)) => return Err(AppError::Upstream(err)),
            Err(_) => return Ok(None),
        };
    state
        .urls
        .trusted_redirect(&logout_url)
        .map(Some)
        .ok_or_else(|| {
            AppError::Upstream(UpstreamError::InvalidBody(
                "the logout URL is not on the Kratos browser origin".to_owned(),
            ))
        })
}
