//! What a page says about the step that led to it, which the flow alone does not tell: "You have
//! signed out" on the sign-in page after signing out; "Continue to your account" for a signed-in
//! person whose address has just been verified.

use super::mode::FlowMode;
use super::nodes::NodeView;
use super::sections::SectionView;
use crate::kratos::FlowKind;
use crate::kratos::models::{Flow, FlowState, Session};

/// How the browser came to this page, as far as our cookie session knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Arrival {
    #[default]
    Direct,
    /// Right after signing out with our "Sign out" form.
    SignedOut,
}

/// What a flow page needs beyond the flow: the session as Kratos sent it (who is signed in,
/// when the flow does not say; what the account has, for settings), the sign-out form's CSRF
/// token when someone is, how the browser came, and
/// the password rule Kratos is configured with.
#[derive(Debug, Clone, Copy)]
pub struct PageFacts<'a> {
    pub session: Option<&'a Session>,
    pub sign_out_token: Option<&'a str>,
    pub arrival: Arrival,
    pub min_password_length: u32,
}

impl Default for PageFacts<'_> {
    /// Nobody signed in, and Kratos' own default length.
    fn default() -> Self {
        Self {
            session: None,
            sign_out_token: None,
            arrival: Arrival::Direct,
            min_password_length: 8,
        }
    }
}

/// Whether the page says "You have signed out": only a plain sign-in page does, once.
pub fn says_signed_out(kind: FlowKind, mode: FlowMode, arrival: Arrival) -> bool {
    arrival == Arrival::SignedOut && kind == FlowKind::Login && mode == FlowMode::Normal
}

/// Whether a page needs to know who is signed in to decide its way on: a finished
/// verification (on to the account, or back to sign in).
pub fn asks_who_is_signed_in(kind: FlowKind, flow: &Flow) -> bool {
    kind == FlowKind::Verification && flow.state == Some(FlowState::PassedChallenge)
}

/// A finished verification, seen by a signed-in person: the way on is their account.
pub fn verified_while_signed_in(kind: FlowKind, flow: &Flow, signed_in: bool) -> bool {
    asks_who_is_signed_in(kind, flow) && signed_in
}

/// Without a `return_to`, Kratos' own "Continue" goes to its default return URL (this UI's
/// home), where "Continue to your account" goes already: it is dropped, and a form left with
/// nothing to show goes too. A "Continue" back to an application (`return_to`) stays.
pub fn drop_default_continue(sections: &mut Vec<SectionView>, flow: &Flow) {
    if flow.return_to.as_deref().is_some_and(|r| !r.is_empty()) {
        return;
    }
    for section in sections.iter_mut() {
        section.nodes.retain(|node| {
            !matches!(node, NodeView::Anchor(anchor) if anchor.test_id == "node/anchor/continue")
        });
    }
    sections.retain(|section| section.nodes.iter().any(NodeView::is_visible));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_plain_sign_in_page_says_signed_out() {
        use FlowKind::*;
        let table = [
            (Login, FlowMode::Normal, Arrival::SignedOut, true),
            (Login, FlowMode::Normal, Arrival::Direct, false),
            (Login, FlowMode::Reauthenticate, Arrival::SignedOut, false),
            (Login, FlowMode::SecondFactor, Arrival::SignedOut, false),
            (Registration, FlowMode::Normal, Arrival::SignedOut, false),
            (Settings, FlowMode::Normal, Arrival::SignedOut, false),
            (Recovery, FlowMode::Normal, Arrival::SignedOut, false),
            (Verification, FlowMode::Normal, Arrival::SignedOut, false),
        ];
        for (kind, mode, arrival, says) in table {
            assert_eq!(
                says_signed_out(kind, mode, arrival),
                says,
                "{kind:?} {mode:?} {arrival:?}"
            );
        }
    }

    #[test]
    fn only_a_finished_verification_asks_who_is_signed_in() {
        let flow = |state: &str| -> Flow {
            serde_json::from_value(serde_json::json!({"id": "f", "state": state,
                "ui": {"action": "http://k/a", "method": "POST", "nodes": []}}))
            .unwrap()
        };
        let table = [
            (FlowKind::Verification, "passed_challenge", true),
            (FlowKind::Verification, "sent_email", false),
            (FlowKind::Verification, "choose_method", false),
            (FlowKind::Recovery, "passed_challenge", false),
            (FlowKind::Login, "passed_challenge", false),
        ];
        for (kind, state, asks) in table {
            assert_eq!(
                asks_who_is_signed_in(kind, &flow(state)),
                asks,
                "{kind:?} {state}"
            );
        }
    }
}
