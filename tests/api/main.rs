//! Black-box tests through the real app builder against a mock Kratos.
//! One test binary (one link step) with a module per concern.

mod helpers;

mod account_state;
mod affordances;
mod assets_and_health;
mod companion_pages;
mod hard_errors;
mod languages;
mod module_graph;
mod observability;
mod process;
mod recovery_codes;
mod redirects;
mod rendering;
mod security;
mod sessions;
mod shutdown;
mod theme;
mod transitions;
