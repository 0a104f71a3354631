//! Liveness (the process answers) and readiness (Kratos answers too).

use actix_web::{HttpResponse, get, web};

use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(alive).service(ready);
}

#[get("/health/alive")]
async fn alive() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
}

#[get("/health/ready")]
async fn ready(state: web::Data<AppState>) -> HttpResponse {
    if state.kratos.is_alive().await {
        HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
    } else {
        HttpResponse::ServiceUnavailable().json(serde_json::json!({"status": "kratos unavailable"}))
    }
}
