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

use actix_web::web;

use crate::error::AppError;
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
    cfg.route(&Page::Home.path(), web::get().to(home::show))
        .route(&Page::Error.path(), web::get().to(error::show))
        .route(&Page::Logout.path(), web::get().to(logout::show))
        .route(&Page::Language.path(), web::get().to(language::choose))
        .service(assets::serve);
}

/// Routes answered at the root as well as under `BASE_PATH`: probes and browsers ask for
/// them at fixed paths.
pub fn configure_fixed(cfg: &mut web::ServiceConfig) {
    health::configure(cfg);
    cfg.service(assets::favicon);
}

fn flow_page<P: FlowTemplate + 'static>(cfg: &mut web::ServiceConfig) {
    cfg.route(&Page::Flow(P::KIND).path(), web::get().to(flow::show::<P>));
}

pub async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}
