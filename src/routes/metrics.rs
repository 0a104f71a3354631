//! `GET /metrics`: the Prometheus text format, at the root of the main port or alone on
//! `METRICS_PORT` (see `startup`), never under `BASE_PATH`, so the shipped proxy never routes it.

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpResponse, Resource, web};

use crate::metrics::CONTENT_TYPE;
use crate::routes::http::get_and_head;
use crate::state::AppState;

pub fn resource() -> Resource {
    get_and_head("/metrics", show)
}

async fn show(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(CONTENT_TYPE)
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(state.metrics.render())
}
