//! The one "show a flow" pipeline: no flow id -> start one at Kratos; fetch it with the
//! browser's cookies; render it; soft errors -> redirects; hard errors -> the error page.

use actix_web::{HttpRequest, HttpResponse, web};
use uuid::Uuid;

use super::http::{PageQuery, cookie_header, html_page, see_other};
use crate::error::AppError;
use crate::kratos::{FlowError, FlowKind};
use crate::security::{ExternalFormTargets, RequestContext};
use crate::state::AppState;
use crate::ui::links::flow_links;
use crate::ui::{FlowMode, flow_view};
use crate::views::{FlowPage, FlowTemplate, Layout};

/// The handler of every flow page (`/settings`, `/login`, ...).
pub async fn show<P: FlowTemplate>(
    req: HttpRequest,
    state: web::Data<AppState>,
    context: RequestContext,
) -> Result<HttpResponse, AppError> {
    show_flow::<P>(&req, &state, &context).await
}

async fn show_flow<P: FlowTemplate>(
    req: &HttpRequest,
    state: &AppState,
    context: &RequestContext,
) -> Result<HttpResponse, AppError> {
    let kind = P::KIND;
    let query = PageQuery::parse(req.query_string());
    let init_params = query.init_params(kind);
    let fresh_flow = || see_other(state.urls.browser_init(kind, &init_params));

    let Some(raw_id) = query.get("flow") else {
        return Ok(fresh_flow());
    };
    // A malformed id is "not found": no need to ask Kratos.
    let Ok(flow_id) = Uuid::parse_str(raw_id) else {
        return Ok(fresh_flow());
    };

    let cookie = cookie_header(req);
    let cookie = cookie.as_deref();
    let fetch = state.kratos.fetch_flow(kind, flow_id, cookie);
    // Settings always has a signed-in user: ask for the logout URL at the same time.
    let (flow, mut logout) = if kind == FlowKind::Settings {
        let (flow, logout) = tokio::join!(fetch, state.kratos.logout_flow(cookie, None));
        (flow, logout.ok())
    } else {
        (fetch.await, None)
    };

    let flow = match flow {
        Ok(flow) => flow,
        Err(FlowError::NoSession) if kind == FlowKind::Settings => {
            return Ok(see_other(state.urls.login_then(kind, &init_params)));
        }
        Err(FlowError::NoSession | FlowError::Unusable | FlowError::AlreadySignedIn) => {
            // For a signed-in browser Kratos' own init sends it on to `return_to` (checked
            // against its allow-list) or its default, so no redirect target is ours to trust.
            return Ok(fresh_flow());
        }
        Err(FlowError::RedirectBrowser(target)) => {
            return Ok(match state.urls.trusted_redirect(&target) {
                Some(target) => see_other(target),
                None => {
                    tracing::warn!("ignoring a redirect outside the Kratos browser origin");
                    fresh_flow()
                }
            });
        }
        Err(FlowError::Upstream(err)) => return Err(AppError::Upstream(err)),
    };

    // Re-authentication and step-up: show who is signed in, and a way out.
    let mut session_identity = None;
    if FlowMode::of(kind, &flow).is_signed_in() {
        let (session, logout_flow) = tokio::join!(
            state.kratos.whoami(cookie),
            state.kratos.logout_flow(cookie, None)
        );
        session_identity = session.ok().and_then(|session| session.identity);
        logout = logout_flow.ok();
    }

    let view = flow_view(kind, &flow, session_identity.as_ref());
    let external_forms = view.offers_external_login;
    let logout_url = logout.and_then(|logout| state.urls.trusted_redirect(&logout.logout_url));
    let links = flow_links(kind, &view, &flow, &state.urls, logout_url);
    let page = P::from(FlowPage {
        layout: Layout::new(&state.urls, &state.assets, view.title, &context.nonce),
        flow: view,
        links,
    });
    let mut response = html_page(page.render()?);
    if external_forms {
        response.extensions_mut().insert(ExternalFormTargets);
    }
    Ok(response)
}
