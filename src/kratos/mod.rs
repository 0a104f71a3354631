//! Everything that speaks to Kratos: the typed client, its models and the soft-error taxonomy.

pub mod client;
pub mod error;
pub mod models;

pub use client::KratosClient;
pub use error::{FlowError, UpstreamError};

/// The self-service flows this UI renders. One enum drives the Kratos endpoints, the UI route
/// and which query parameters survive a re-initialisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowKind {
    Settings,
    Login,
    Registration,
    Recovery,
    Verification,
}

impl FlowKind {
    /// Where the UI server fetches a flow (`?id=` is appended).
    pub fn fetch_path(self) -> &'static str {
        match self {
            FlowKind::Settings => "/self-service/settings/flows",
            FlowKind::Login => "/self-service/login/flows",
            FlowKind::Registration => "/self-service/registration/flows",
            FlowKind::Recovery => "/self-service/recovery/flows",
            FlowKind::Verification => "/self-service/verification/flows",
        }
    }

    /// Where a browser starts a fresh flow.
    pub fn browser_init_path(self) -> &'static str {
        match self {
            FlowKind::Settings => "/self-service/settings/browser",
            FlowKind::Login => "/self-service/login/browser",
            FlowKind::Registration => "/self-service/registration/browser",
            FlowKind::Recovery => "/self-service/recovery/browser",
            FlowKind::Verification => "/self-service/verification/browser",
        }
    }

    /// Query parameters of our page that Kratos' browser init understands and that must
    /// survive when we send the browser to start (again).
    pub fn init_params(self) -> &'static [&'static str] {
        match self {
            FlowKind::Login => &[
                "return_to",
                "refresh",
                "aal",
                "organization",
                "via",
                "login_challenge",
            ],
            FlowKind::Registration => &[
                "return_to",
                "login_challenge",
                "organization",
                "after_verification_return_to",
            ],
            FlowKind::Settings | FlowKind::Recovery | FlowKind::Verification => &["return_to"],
        }
    }
}
