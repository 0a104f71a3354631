//! A fake Kratos upstream for load tests: answers every settings flow fetch with a real
//! recorded flow and every logout request with a logout URL, as fast as it can.
//!
//!     cargo run --release --example fake_kratos -- 127.0.0.1:4433
//!
//! See BENCHMARKS.md for the full recipe.

use actix_web::{App, HttpResponse, HttpServer, web};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:4433".to_owned());
    let flow = include_str!("../tests/fixtures/kratos/settings-fresh.json");
    let logout = include_str!("../tests/fixtures/kratos/logout-browser.json");
    eprintln!("fake_kratos: listening on http://{address}");
    HttpServer::new(move || {
        App::new()
            .route(
                "/self-service/settings/flows",
                web::get().to(move || async move {
                    HttpResponse::Ok()
                        .content_type("application/json")
                        .body(flow)
                }),
            )
            .route(
                "/self-service/logout/browser",
                web::get().to(move || async move {
                    HttpResponse::Ok()
                        .content_type("application/json")
                        .body(logout)
                }),
            )
    })
    .bind(address)?
    .run()
    .await
}
