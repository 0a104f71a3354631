//! `GET /`: signed in -> settings; anyone else -> sign in.

use actix_web::{HttpRequest, HttpResponse, web};

use super::http::{cookie_header, see_other};
use crate::error::AppError;
use crate::kratos::{FlowError, FlowKind};
use crate::state::AppState;
use crate::urls::Page;

pub async fn show(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let cookie = cookie_header(&req);
    let target = match state.kratos.whoami(cookie.as_deref()).await {
        // A session that needs a second factor still belongs on settings, which steps it up.
        Ok(_) | Err(FlowError::RedirectBrowser(_) | FlowError::Unusable) => {
            Page::Flow(FlowKind::Settings)
        }
        Err(FlowError::NoSession | FlowError::AlreadySignedIn) => Page::Flow(FlowKind::Login),
        Err(FlowError::Upstream(err)) => return Err(AppError::Upstream(err)),
    };
    Ok(see_other(state.urls.page(target)))
}
