//! Which links a flow page offers around its forms, and where they go.

use super::FlowView;
use super::mode::FlowMode;
use super::nodes::{AnchorView, NodeView};
use super::transitions::{drop_default_continue, verified_while_signed_in};
use crate::kratos::FlowKind;
use crate::kratos::models::Flow;
use crate::urls::{Page, Urls};

#[derive(Debug, Clone, Default)]
pub struct FlowLinks {
    /// A way to sign out, when someone is signed in.
    pub sign_out: Option<SignOut>,
    pub sign_in_url: Option<String>,
    pub sign_up_url: Option<String>,
    pub recovery_url: Option<String>,
    /// Where "verify your address" goes (settings with unverified addresses).
    pub verification_url: Option<String>,
    /// A way out of a page that offers no method.
    pub settings_url: Option<String>,
    /// Re-authentication abandoned: back where the person came from.
    pub cancel_url: Option<String>,
    /// A finished verification, for a signed-in person: on to their account.
    pub continue_url: Option<String>,
}

/// Our `/logout`: the page header's form posts to it (Kratos' tokenised logout URL is asked
/// for only when the button is pressed, not on every page); a plain link to it opens the
/// confirmation page.
#[derive(Debug, Clone)]
pub struct SignOut {
    pub url: String,
    /// Our CSRF token, which the form carries (`crate::csrf::FIELD`).
    pub csrf_token: String,
}

impl FlowLinks {
    pub fn has_navigation(&self) -> bool {
        self.sign_in_url.is_some()
            || self.sign_up_url.is_some()
            || self.recovery_url.is_some()
            || self.cancel_url.is_some()
            || self.continue_url.is_some()
    }
}

pub fn flow_links(
    kind: FlowKind,
    view: &FlowView,
    flow: &Flow,
    urls: &Urls,
    sign_out_token: Option<&str>,
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
        sign_out: sign_out_token.map(|token| SignOut {
            url: urls.page(Page::Logout),
            csrf_token: token.to_owned(),
        }),
        ..FlowLinks::default()
    };
    match (kind, view.mode) {
        (FlowKind::Login, FlowMode::Normal) => {
            links.sign_up_url = page(FlowKind::Registration);
            links.recovery_url = page(FlowKind::Recovery);
        }
        (FlowKind::Verification, _)
            if verified_while_signed_in(kind, flow, view.identity_label.is_some()) =>
        {
            links.continue_url = Some(urls.page(Page::Flow(FlowKind::Settings)));
        }
        (FlowKind::Registration | FlowKind::Recovery | FlowKind::Verification, _) => {
            links.sign_in_url = page(FlowKind::Login);
        }
        (FlowKind::Settings, _) if !view.unverified_addresses.is_empty() => {
            links.verification_url = page(FlowKind::Verification);
        }
        (FlowKind::Login, FlowMode::Reauthenticate) => {
            links.cancel_url = Some(
                view.back_url
                    .clone()
                    .unwrap_or_else(|| urls.page(Page::Flow(FlowKind::Settings))),
            );
        }
        (FlowKind::Settings, _) | (FlowKind::Login, FlowMode::SecondFactor) => {}
    }
    if view.no_method_available && kind != FlowKind::Settings {
        links.settings_url = Some(urls.page(Page::Flow(FlowKind::Settings)));
    }
    // Only a signed-in person needs a way out.
    if kind == FlowKind::Login && !view.mode.is_signed_in() {
        links.sign_out = None;
    }
    links
}

/// On to the account after a verification: Kratos' own "Continue" to the same place goes.
pub fn place_continue_link(view: &mut FlowView, links: &FlowLinks, flow: &Flow) {
    if links.continue_url.is_some() {
        drop_default_continue(&mut view.sections, flow);
    }
}

/// "Forgot your password?" belongs by the password it is about: when the leading form asks
/// for one, the recovery link moves from the list below the forms to right under that field.
pub fn place_recovery_link(view: &mut FlowView, links: &mut FlowLinks, label: String) {
    let Some(href) = links.recovery_url.as_ref() else {
        return;
    };
    let password_field = view
        .sections
        .iter_mut()
        .flat_map(|section| section.nodes.iter_mut())
        .find_map(|node| match node {
            NodeView::Field(field) if field.input_type == "password" => Some(field),
            _ => None,
        });
    if let Some(field) = password_field {
        field.aside = Some(AnchorView {
            test_id: "recovery-link".to_owned(),
            href: href.clone(),
            text: label,
        });
        links.recovery_url = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::i18n::Localizer;
    use crate::ui::flow_view;

    /// URLs for a Kratos at the origin the fixture was recorded from.
    fn urls(flow: &Flow) -> Urls {
        let mut settings = Settings::development();
        let mut kratos = url::Url::parse(&flow.ui.action).unwrap();
        kratos.set_path("/");
        kratos.set_query(None);
        settings.kratos.browser_url = kratos;
        Urls::new(&settings)
    }

    fn page(kind: FlowKind, fixture: &str) -> (FlowView, FlowLinks) {
        let flow: Flow = serde_json::from_str(fixture).unwrap();
        let urls = urls(&flow);
        let policy = urls.policy_for(Page::Flow(kind));
        let view = flow_view(kind, &flow, None, &Localizer::english(), &policy).unwrap();
        let links = flow_links(kind, &view, &flow, &urls, None);
        (view, links)
    }

    fn asides(view: &FlowView) -> Vec<(String, String)> {
        view.sections
            .iter()
            .chain(&view.alternatives)
            .flat_map(|section| &section.nodes)
            .filter_map(|node| match node {
                NodeView::Field(field) => field
                    .aside
                    .as_ref()
                    .map(|a| (field.name.clone(), a.href.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_recovery_link_sits_under_the_sign_in_password() {
        let (mut view, mut links) = page(
            FlowKind::Login,
            include_str!("../../tests/fixtures/kratos/login-fresh.json"),
        );
        let recovery = links.recovery_url.clone().expect("sign-in offers recovery");
        place_recovery_link(&mut view, &mut links, "Forgot?".to_owned());
        assert_eq!(asides(&view), [("password".to_owned(), recovery)]);
        assert_eq!(links.recovery_url, None, "shown once, by the field");
        assert!(links.sign_up_url.is_some());
    }

    #[test]
    fn re_authentication_can_be_abandoned_back_to_where_it_started() {
        let (_, links) = page(
            FlowKind::Login,
            include_str!("../../tests/fixtures/kratos/login-refresh.json"),
        );
        let cancel = links.cancel_url.expect("a way back");
        assert!(cancel.ends_with("/settings"), "{cancel}");
        assert_eq!(links.recovery_url, None);
        assert_eq!(links.sign_up_url, None);
        let (_, links) = page(
            FlowKind::Login,
            include_str!("../../tests/fixtures/kratos/login-fresh.json"),
        );
        assert_eq!(
            links.cancel_url, None,
            "a plain sign-in has nothing to cancel"
        );
    }

    #[test]
    fn without_a_password_field_the_recovery_link_stays_below() {
        // Second factor: no password, and no recovery link either.
        let (mut view, mut links) = page(
            FlowKind::Login,
            include_str!("../../tests/fixtures/kratos/login-aal2.json"),
        );
        place_recovery_link(&mut view, &mut links, "Forgot?".to_owned());
        assert!(asides(&view).is_empty());
        // Registration asks for a password but offers no recovery.
        let (mut view, mut links) = page(
            FlowKind::Registration,
            include_str!("../../tests/fixtures/kratos/registration-fresh.json"),
        );
        place_recovery_link(&mut view, &mut links, "Forgot?".to_owned());
        assert!(asides(&view).is_empty());
        assert_eq!(links.recovery_url, None);
        // A sign-in page whose methods ask for no password keeps the link in the list.
        let mut flow: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/kratos/login-fresh.json"))
                .unwrap();
        let nodes = flow["ui"]["nodes"].as_array_mut().unwrap();
        nodes.retain(|node| node["group"] != "password");
        let (mut view, mut links) = page(FlowKind::Login, &flow.to_string());
        place_recovery_link(&mut view, &mut links, "Forgot?".to_owned());
        assert!(asides(&view).is_empty());
        assert!(links.recovery_url.is_some());
    }
}
