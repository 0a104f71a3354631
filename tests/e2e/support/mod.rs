//! The end-to-end harness, one module per concern; `scenario` puts them together per test.

pub mod account;
pub mod artifacts;
pub mod browser;
pub mod chromedriver;
pub mod idp;
pub mod kratos;
pub mod mail;
pub mod net;
pub mod proxy;
pub mod scenario;
pub mod tls;
pub mod totp;
pub mod ui;
pub mod wait;
