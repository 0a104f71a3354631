//! Liveness (the process answers) and readiness (Kratos answers too, and no shutdown is under
//! way).

use actix_web::{HttpResponse, web};

use crate::routes::http::get_and_head;
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(get_and_head("/health/alive", alive))
        .service(get_and_head("/health/ready", ready));
}

async fn alive() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
}

async fn ready(state: web::Data<AppState>) -> HttpResponse {
    if state.draining.is_on() {
        return HttpResponse::ServiceUnavailable().json(serde_json::json!({"status": "draining"}));
    }
    if state.kratos.is_alive().await {
        HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
    } else {
        HttpResponse::ServiceUnavailable().json(serde_json::json!({"status": "kratos unavailable"}))
    }
}
