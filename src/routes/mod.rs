//! HTTP routes. `flow` is the one pipeline every flow page goes through; each page file
//! only names its flow kind and its template.

pub mod assets;
pub mod flow;
pub mod health;
pub mod settings;

use actix_web::web;

use crate::error::AppError;

/// Routes mounted under `BASE_PATH`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(settings::show).service(assets::serve);
}

pub async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}
