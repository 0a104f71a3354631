//! A fake Kratos upstream for load tests: answers every settings flow fetch with a real
//! recorded flow, and the two calls a settings page makes beside it (who is signed in, and the
//! other sessions) and every logout request with what a real Kratos answered, as fast as it
//! can. Like Kratos, it answers compact JSON (the fixtures are pretty-printed for reading).
//!
//!     cargo run --release --example fake_kratos -- 127.0.0.1:4433 [FLOW_BYTES]
//!
//! With `FLOW_BYTES`, the settings flow is grown (one more "remove security key" button at a
//! time) to about that size: the memory bound is measured with flows near the body cap.
//!
//! See BENCHMARKS.md for the full recipe.

use actix_web::{App, HttpResponse, HttpServer, web};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:4433".to_owned());
    let recorded = compact(include_str!("../tests/fixtures/kratos/settings-fresh.json"));
    let flow = match std::env::args().nth(2) {
        Some(bytes) => grown(&recorded, bytes.parse().expect("FLOW_BYTES is a number")),
        None => recorded,
    };
    let flow: &'static str = Box::leak(flow.into_boxed_str());
    let logout = leaked(compact(include_str!(
        "../tests/fixtures/kratos/logout-browser.json"
    )));
    let whoami = leaked(compact(include_str!(
        "../tests/fixtures/kratos/session-whoami.json"
    )));
    let others = leaked(compact(include_str!(
        "../tests/fixtures/kratos/sessions-others.json"
    )));
    eprintln!(
        "fake_kratos: listening on http://{address}; the settings flow is {} bytes",
        flow.len()
    );
    HttpServer::new(move || {
        App::new()
            .route(
                "/self-service/settings/flows",
                web::get().to(move || json(flow)),
            )
            .route("/sessions/whoami", web::get().to(move || json(whoami)))
            .route("/sessions", web::get().to(move || json(others)))
            .route(
                "/self-service/logout/browser",
                web::get().to(move || json(logout)),
            )
    })
    .bind(address)?
    .run()
    .await
}

async fn json(body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(body)
}

fn leaked(body: String) -> &'static str {
    Box::leak(body.into_boxed_str())
}

/// The JSON text without the whitespace between its tokens, keys in their order.
fn compact(pretty: &str) -> String {
    let mut out = String::with_capacity(pretty.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in pretty.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_ascii_whitespace() {
            out.push(c);
        }
    }
    out
}

fn grown(recorded: &str, bytes: usize) -> String {
    let mut flow: serde_json::Value = serde_json::from_str(recorded).expect("a JSON fixture");
    let nodes = flow["ui"]["nodes"].as_array_mut().expect("nodes");
    let mut size = recorded.len();
    let mut i = 0;
    while size < bytes {
        let node = serde_json::json!({"type": "input", "group": "webauthn", "messages": [],
            "meta": {"label": {"id": 1050018, "text": format!("Remove security key \"YubiKey {i}\""), "type": "info"}},
            "attributes": {"node_type": "input", "name": "webauthn_remove", "type": "submit",
                "value": format!("{i:032x}"), "disabled": false}});
        size += node.to_string().len() + 1;
        nodes.push(node);
        i += 1;
    }
    flow.to_string()
}
