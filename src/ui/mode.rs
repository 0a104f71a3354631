//! Why a person sees a flow page (plain use, re-authentication, a second factor): titles,
//! links and the pipeline all ask, so it sits below every other `ui` module.

use crate::kratos::FlowKind;
use crate::kratos::models::Flow;

/// Why a person sees a login page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowMode {
    /// Signing in, registering, recovering, verifying or changing settings.
    Normal,
    /// Signed in, but the session is too old for what they were doing (`refresh=true`).
    Reauthenticate,
    /// Signed in with one factor; a second one is required (`aal=aal2`).
    SecondFactor,
}

impl FlowMode {
    pub fn of(kind: FlowKind, flow: &Flow) -> Self {
        if kind != FlowKind::Login {
            FlowMode::Normal
        } else if flow.requested_aal.as_deref() == Some("aal2") {
            FlowMode::SecondFactor
        } else if flow.refresh == Some(true) {
            FlowMode::Reauthenticate
        } else {
            FlowMode::Normal
        }
    }

    /// Someone is already signed in (show who, and a way out).
    pub fn is_signed_in(self) -> bool {
        self != FlowMode::Normal
    }
}
