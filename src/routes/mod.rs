//! HTTP routes. `flow` is the one pipeline every flow page goes through; the other files
//! are the few pages that are not a Kratos flow.

pub mod assets;
pub mod error;
pub mod flow;
pub mod health;
pub mod home;
pub mod http;
pub mod language;
pub mod logout;
pub mod metrics;
pub mod recovery_codes;
pub mod sessions;

use actix_web::web;

use crate::error::AppError;
use crate::routes::http::get_and_head;
use crate::urls::Page;
use crate::views::{
    FlowTemplate, LoginPage, RecoveryPage, RegistrationPage, SettingsPage, VerificationPage,
};

/// Routes mounted under `BASE_PATH`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    flow_page::<SettingsPage>(cfg);
    flow_page::<LoginPage>(cfg);
    flow_page::<RegistrationPage>(cfg);
    flow_page::<RecoveryPage>(cfg);
    flow_page::<VerificationPage>(cfg);
    cfg.service(get_and_head(&Page::Home.path(), home::show))
        .service(get_and_head(&Page::Error.path(), error::show))
        .service(
            get_and_head(&Page::Logout.path(), logout::show)
                .route(web::post().to(logout::sign_out)),
        )
        .service(get_and_head(&Page::Language.path(), language::choose))
        .service(get_and_head(
            &Page::TooManyAttempts.path(),
            too_many_attempts,
        ))
        .route(&Page::EndSession.path(), web::post().to(sessions::end))
        .route(
            &Page::EndOtherSessions.path(),
            web::post().to(sessions::end_others),
        )
        .route(
            &Page::RecoveryCodes.path(),
            web::post().to(recovery_codes::download),
        )
        .service(get_and_head(assets::STATIC_PATH, assets::serve));
}

/// Routes answered at the root as well as under `BASE_PATH`: probes and browsers ask for
/// them at fixed paths.
pub fn configure_fixed(cfg: &mut web::ServiceConfig) {
    health::configure(cfg);
    cfg.service(get_and_head(assets::FAVICON_PATH, assets::favicon));
}

fn flow_page<P: FlowTemplate + 'static>(cfg: &mut web::ServiceConfig) {
    cfg.service(get_and_head(&Page::Flow(P::KIND).path(), flow::show::<P>));
}

pub async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}

/// The page a proxy's rate limit shows (nginx' `error_page 429`): the error page, in the
/// reader's language, with the proxy's status.
async fn too_many_attempts() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::TooManyAttempts)
}
