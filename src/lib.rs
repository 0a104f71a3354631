//! kratos-account-ui: a server-side rendered account UI for Ory Kratos.

pub mod assets;
pub mod brand;
pub mod config;
pub mod csrf;
pub mod error;
pub mod forwarded;
pub mod i18n;
pub mod kratos;
pub mod metrics;
pub mod middleware;
pub mod routes;
pub mod security;
pub mod session;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod trace;
pub mod ui;
pub mod urls;
pub mod views;
