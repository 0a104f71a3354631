//! `/logout`: `GET` shows a confirmation page whose form posts here; `POST` (that form, or the
//! "Sign out" form in the page header) goes on to Kratos' tokenised logout URL.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::http::{PageQuery, cookie_header, html_page, see_other};
use crate::csrf::{self, Checked, CsrfForm};
use crate::error::AppError;
use crate::kratos::models::LogoutFlow;
use crate::kratos::{FlowError, FlowKind, UpstreamError};
use crate::security::RequestContext;
use crate::session::SIGNED_OUT;
use crate::state::AppState;
use crate::urls::Page;
use crate::views::{Layout, LogoutPage};

/// Kratos is asked here too: without a session (or with a `return_to` it refuses) there is
/// nothing to confirm, and the browser goes to sign in.
pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    context: RequestContext,
    session: Session,
) -> Result<HttpResponse, AppError> {
    let query = PageQuery::parse(req.query_string());
    let return_to = query.get("return_to");
    if logout_url(&req, &state, return_to).await?.is_none() {
        return Ok(see_other(state.urls.page(Page::Flow(FlowKind::Login))));
    }
    let l = state.localizer(&context);
    let title = l.t("title-logout").into_owned();
    let page = LogoutPage {
        layout: Layout::new(&state.urls, &state.assets, &state.brand, l, title, &context),
        action: state.urls.page(Page::Logout),
        csrf_token: csrf::token(&session)?,
        return_to: return_to.map(ToOwned::to_owned),
        cancel_url: state.urls.page(Page::Home),
    };
    Ok(html_page(page.render()?))
}

/// A "Sign out" form (the header's, or the confirmation page's with its `return_to`).
#[derive(Deserialize)]
pub struct SignOutForm {
    #[serde(default)]
    kau_csrf: String,
    /// Where Kratos sends the browser afterwards; Kratos checks it against its allow-list.
    #[serde(default)]
    return_to: Option<String>,
}

impl CsrfForm for SignOutForm {
    fn csrf_token(&self) -> &str {
        &self.kau_csrf
    }
}

/// Only this request asks Kratos for a logout token, so pages that merely offer the button
/// cost no upstream call for it. [`Checked`] refuses (403) a request from another site or
/// without this browser's token before Kratos is asked anything. The sign-in page Kratos sends
/// the browser to afterwards says "You have signed out" (a flag in our cookie session).
pub async fn sign_out(
    req: HttpRequest,
    state: web::Data<AppState>,
    session: Session,
    Checked(form): Checked<SignOutForm>,
) -> Result<HttpResponse, AppError> {
    let return_to = form.return_to.as_deref().filter(|r| !r.is_empty());
    Ok(see_other(
        match logout_url(&req, &state, return_to).await? {
            Some(url) => {
                if let Err(err) = session.insert(SIGNED_OUT, true) {
                    tracing::warn!(error = %err, "could not keep the signed-out notice");
                }
                url
            }
            None => state.urls.page(Page::Flow(FlowKind::Login)),
        },
    ))
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
