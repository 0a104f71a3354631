//! `GET /logout`: a confirmation page whose button follows Kratos' tokenised logout URL.
//! (Logging out on a plain GET would let any page sign the user out.)

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::http::{PageQuery, cookie_header, html_page, see_other};
use crate::error::AppError;
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
    let cookie = cookie_header(&req);
    let logout = match state
        .kratos
        .logout_flow(cookie.as_deref(), query.get("return_to"))
        .await
    {
        Ok(logout) => logout,
        Err(FlowError::Upstream(err)) => return Err(AppError::Upstream(err)),
        // Not signed in (or a return_to Kratos refuses): nothing to sign out of here.
        Err(_) => return Ok(see_other(state.urls.page(Page::Flow(FlowKind::Login)))),
    };
    let logout_url = state
        .urls
        .trusted_redirect(&logout.logout_url)
        .ok_or_else(|| {
            AppError::Upstream(UpstreamError::InvalidBody(
                "the logout URL is not on the Kratos browser origin".to_owned(),
            ))
        })?;
    let l = state.localizer(&context);
    let title = l.t("title-logout").into_owned();
    let page = LogoutPage {
        layout: Layout::new(&state.urls, &state.assets, &state.brand, l, title, &context),
        logout_url,
        cancel_url: state.urls.page(Page::Home),
    };
    Ok(html_page(page.render()?))
}
