//! `GET /static/{name}`: assets held in memory, with ETags and long caching for versioned URLs;
//! `GET /favicon.ico`, which browsers ask for even on pages that name no icon.

use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use actix_web::{HttpRequest, HttpResponse, web};

use crate::error::AppError;
use crate::state::AppState;

pub const STATIC_PATH: &str = "/static/{name}";
pub const FAVICON_PATH: &str = "/favicon.ico";

pub async fn serve(
    req: HttpRequest,
    name: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    respond(&req, &name, &state)
}

pub async fn favicon(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    respond(&req, "favicon.svg", &state)
}

fn respond(req: &HttpRequest, name: &str, state: &AppState) -> Result<HttpResponse, AppError> {
    let asset = state.assets.get(name).ok_or(AppError::NotFound)?;
    let etag = format!("\"{}\"", asset.version);
    // A URL carrying the content hash never changes meaning; others revalidate.
    let versioned = req.query_string() == format!("v={}", asset.version);
    let cache_control = if versioned {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    let not_modified = req
        .headers()
        .get(IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|tag| tag.trim() == etag));
    let mut response = if not_modified {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((ETAG, etag))
        .insert_header((CACHE_CONTROL, cache_control));
    if not_modified {
        return Ok(response.finish());
    }
    Ok(response
        .insert_header((CONTENT_TYPE, asset.content_type))
        .body(asset.bytes.clone()))
}
