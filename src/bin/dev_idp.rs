//! The end-to-end suite's OpenID provider, on a fixed port, for `scripts/dev`: it approves
//! every sign-in at once as one made-up person, so "Sign in with Test IdP" and "Link Test IdP"
//! can be tried without a real provider.
//!
//!     cargo run --features dev-idp --bin dev_idp -- 4444 oidc-person@example.com
//!
//! A binary behind a feature, not an example: examples build every dev-dependency.

#[allow(dead_code)]
#[path = "../../tests/e2e/support/idp.rs"]
mod idp;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let port = args.next().unwrap_or_else(|| "4444".to_owned());
    let email = args
        .next()
        .unwrap_or_else(|| "oidc-person@example.com".to_owned());
    let listener = std::net::TcpListener::bind(format!("127.0.0.1:{port}"))?;
    let provider = idp::Idp::start_on(listener, &email);
    eprintln!(
        "dev_idp: {} approves every sign-in as {email}",
        provider.issuer
    );
    std::future::pending::<()>().await;
    Ok(())
}
