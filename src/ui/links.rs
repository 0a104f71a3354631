//! Which links a flow page offers around its forms, and where they go.

use super::FlowView;
use super::mode::FlowMode;
use crate::kratos::FlowKind;
use crate::kratos::models::Flow;
use crate::urls::{Page, Urls};

#[derive(Debug, Clone, Default)]
pub struct FlowLinks {
    /// Kratos' tokenised logout URL, when someone is signed in.
    pub logout_url: Option<String>,
    pub sign_in_url: Option<String>,
    pub sign_up_url: Option<String>,
    pub recovery_url: Option<String>,
    /// Where "verify your address" goes (settings with unverified addresses).
    pub verification_url: Option<String>,
    /// A way out of a page that offers no method.
    pub settings_url: Option<String>,
}

impl FlowLinks {
    pub fn has_navigation(&self) -> bool {
        self.sign_in_url.is_some() || self.sign_up_url.is_some() || self.recovery_url.is_some()
    }
}

pub fn flow_links(
    kind: FlowKind,
    view: &FlowView,
    flow: &Flow,
    urls: &Urls,
    logout_url: Option<String>,
) -> FlowLinks {
    // Sibling pages keep the flow's return_to so the person ends up where they started.
    let return_to: Vec<(&str, &str)> = flow
        .return_to
        .as_deref()
        .filter(|r| !r.is_empty())
        .map(|r| vec![("return_to", r)])
        .unwrap_or_default();
    let page = |kind| Some(urls.page_with(Page::Flow(kind), &return_to));
    let mut links = FlowLinks {
        logout_url,
        ..FlowLinks::default()
    };
    match (kind, view.mode) {
        (FlowKind::Login, FlowMode::Normal) => {
            links.sign_up_url = page(FlowKind::Registration);
            links.recovery_url = page(FlowKind::Recovery);
        }
        (FlowKind::Registration | FlowKind::Recovery | FlowKind::Verification, _) => {
            links.sign_in_url = page(FlowKind::Login);
        }
        (FlowKind::Settings, _) if !view.unverified_addresses.is_empty() => {
            links.verification_url = page(FlowKind::Verification);
        }
        (FlowKind::Settings, _)
        | (FlowKind::Login, FlowMode::Reauthenticate | FlowMode::SecondFactor) => {}
    }
    if view.no_method_available && kind != FlowKind::Settings {
        links.settings_url = Some(urls.page(Page::Flow(FlowKind::Settings)));
    }
    // Only a signed-in person needs a way out.
    if kind == FlowKind::Login && !view.mode.is_signed_in() {
        links.logout_url = None;
    }
    links
}
