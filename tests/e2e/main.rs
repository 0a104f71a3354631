//! End-to-end suite: the real UI against a real Kratos (`.cache/bin/kratos`) in a real
//! headless Chromium, driven over WebDriver. Every scenario gets its own Kratos, mail sink,
//! OpenID provider and browser profile, and fails on any CSP violation or console error.
//! Run with `cargo test --features e2e --test e2e` (`scripts/test` installs what it needs);
//! diagnostics land in `target/e2e-artifacts/<test>/`.

mod support;

mod accessibility;
mod account_page;
mod affordances;
mod binary_behind_nginx;
mod dev_config;
mod error_page;
mod harness;
mod languages;
mod oidc;
mod oidc_login;
mod passkey_login;
mod password;
mod profile;
mod proxy;
mod recovery;
mod recovery_codes;
mod redirects;
mod registration;
mod screenshots;
mod second_factor;
mod sections;
mod sessions;
mod sign_in;
mod totp;
mod verification;
mod webauthn;
