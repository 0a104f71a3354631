//! Everything that speaks to Kratos: the typed client, its models and the soft-error taxonomy.

pub mod budget;
pub mod client;
pub mod error;
pub mod models;
pub mod pagination;

pub use client::{KratosClient, SessionPage};
pub use error::{FlowError, SessionsError, UpstreamError};

/// The self-service flows this UI renders. One enum drives the Kratos endpoints, the UI route
/// and which query parameters survive a re-initialisation. Every `match` on it names each
/// variant, so a new kind does not compile until each place has decided what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowKind {
    Settings,
    Login,
    Registration,
    Recovery,
    Verification,
}

impl FlowKind {
    /// The one name of a kind: Kratos' path segment (`/self-service/<slug>/...`) and our page
    /// (`/<slug>`). Every path of a kind derives from it.
    pub fn slug(self) -> &'static str {
        match self {
            FlowKind::Settings => "settings",
            FlowKind::Login => "login",
            FlowKind::Registration => "registration",
            FlowKind::Recovery => "recovery",
            FlowKind::Verification => "verification",
        }
    }

    /// Where the UI server fetches a flow (`?id=` is appended).
    pub fn fetch_path(self) -> String {
        format!("/self-service/{}/flows", self.slug())
    }

    /// Where a browser starts a fresh flow.
    pub fn browser_init_path(self) -> String {
        format!("/self-service/{}/browser", self.slug())
    }

    /// Only a signed-in person has this flow: without a session, sign in first (and the page
    /// can offer a way out from the start).
    pub fn requires_session(self) -> bool {
        match self {
            FlowKind::Settings => true,
            FlowKind::Login
            | FlowKind::Registration
            | FlowKind::Recovery
            | FlowKind::Verification => false,
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
