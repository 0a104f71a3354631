//! Pure functions from a Kratos flow to view models: forms per method group, node views,
//! labels, messages and test ids. No web framework types, so it is unit-tested on its own.

pub mod account;
pub mod affordances;
pub mod confine;
pub mod copy;
pub mod errors;
pub mod ids;
pub mod links;
pub mod messages;
pub mod mode;
pub mod nodes;
pub mod recovery_codes;
pub mod section_key;
pub mod sections;
pub mod sessions;
pub mod steps;
pub mod transitions;

use serde_json::Value;

use crate::i18n::Localizer;
use crate::kratos::FlowKind;
use crate::kratos::models::{Flow, FlowState, Group, Identity, MessageKind, Session};
use crate::urls::{UrlPolicy, safe_link};
use account::AccountFacts;
use confine::UntrustedAction;
use ids::IdAllocator;
use messages::MessageView;
pub use mode::FlowMode;
use nodes::{NodeView, ScriptView};
use recovery_codes::{CodesOffer, codes_on_show};
use sections::{SectionKey, SectionView, build_sections, lead_with_one};
use steps::ChosenIdentifier;
pub use transitions::Arrival;

/// Everything a flow page shows, decided here so templates only loop and match.
#[derive(Debug, Clone)]
pub struct FlowView {
    pub mode: FlowMode,
    pub title: String,
    pub messages: Vec<MessageView>,
    pub sections: Vec<SectionView>,
    /// Sign-in and sign-up: the methods after the leading one, shown below an "or".
    pub alternatives: Vec<SectionView>,
    /// Registration's second step: who is signing up, with a way back to change it.
    pub chosen_identifier: Option<ChosenIdentifier>,
    pub scripts: Vec<ScriptView>,
    /// The flow completed and Kratos sent no success message of its own to say so.
    pub show_saved_banner: bool,
    /// Who is signed in (an email or another identifying trait).
    pub identity_label: Option<String>,
    /// Where "Back" goes: the flow's `return_to`, when it is an http(s) URL.
    pub back_url: Option<String>,
    pub unverified_addresses: Vec<String>,
    /// The page offers OIDC/SAML, whose forms redirect to the provider's origin.
    pub offers_external_login: bool,
    /// The flow offers no method at all (only its CSRF token): say so, and show the ways out.
    pub no_method_available: bool,
    /// "You have signed out", once, on the sign-in page that follows signing out.
    pub signed_out: bool,
}

/// `session` is the browser's session, when the page asked for it: it names who is signed in
/// when the flow itself does not (login in re-authentication or second-factor mode), and
/// tells the settings page what the account has.
pub fn flow_view(
    kind: FlowKind,
    flow: &Flow,
    session: Option<&Session>,
    l: &Localizer,
    policy: &UrlPolicy<'_>,
) -> Result<FlowView, UntrustedAction> {
    let action = confine::form_action(&flow.ui.action, policy)?;
    let mode = FlowMode::of(kind, flow);
    let session_identity = session.and_then(|s| s.identity.as_ref());
    let mut ids = IdAllocator::default();
    let messages: Vec<MessageView> = flow
        .ui
        .messages
        .iter()
        .enumerate()
        .map(|(i, text)| MessageView::new(text, ids.allocate(&["flow-message", &i.to_string()]), l))
        .collect();
    let facts = (kind == FlowKind::Settings).then(|| AccountFacts::of(flow, session));
    let mut built = build_sections(kind, &flow.ui, facts.as_ref(), &mut ids, l);
    confine::confine(&mut built.sections, &mut built.scripts, &action, policy);
    // The browser keeps the fragment across Kratos' 303 back to this page; after a success
    // with a `return_to` Kratos sends it on to that page, which has no use for ours.
    let lands = kind == FlowKind::Settings && flow.return_to.as_deref().is_none_or(str::is_empty);
    for section in &mut built.sections {
        section.aim(&action, lands);
    }
    let identity_label = flow
        .identity
        .as_ref()
        .or(session_identity)
        .map(identity_label);
    if kind == FlowKind::Settings
        && let Some(username) = &identity_label
    {
        add_username_hint(&mut built.sections, username);
    }
    if kind == FlowKind::Settings {
        let offer = CodesOffer::from(&codes_on_show(flow, l));
        for section in built
            .sections
            .iter_mut()
            .filter(|s| s.key == SectionKey::Group(Group::LookupSecret))
        {
            section.codes_offer = offer;
        }
    }
    let offers_external_login = built
        .sections
        .iter()
        .any(|s| s.key == SectionKey::ConnectedAccounts);
    let succeeded = flow.state == Some(FlowState::Success);
    let has_success_message = flow
        .ui
        .messages
        .iter()
        .any(|m| m.kind == MessageKind::Success);

    let chosen_identifier = match kind {
        FlowKind::Registration => {
            steps::label_first_step(&mut built.sections, l);
            steps::take_chosen_identifier(&mut built.sections, l)
        }
        _ => None,
    };
    let no_method_available = built.sections.is_empty();
    affordances::apply(kind, affordances::focus(kind, flow), &mut built.sections);
    let (sections, alternatives) = lead_with_one(kind, built.sections);
    Ok(FlowView {
        mode,
        title: l.t(copy::page_title(kind, mode)).into_owned(),
        show_saved_banner: succeeded && !has_success_message,
        identity_label,
        back_url: flow.return_to.as_deref().and_then(safe_link),
        unverified_addresses: flow
            .identity
            .iter()
            .flat_map(|identity| &identity.verifiable_addresses)
            .filter(|address| !address.verified)
            .map(|address| address.value.clone())
            .collect(),
        offers_external_login,
        messages,
        no_method_available,
        signed_out: false,
        sections,
        alternatives,
        chosen_identifier,
        scripts: built.scripts,
    })
}

/// Password managers file a new password under the username they find in its form.
fn add_username_hint(sections: &mut [SectionView], username: &str) {
    for section in sections
        .iter_mut()
        .filter(|s| s.key == SectionKey::Group(Group::Password))
    {
        let position = section
            .nodes
            .iter()
            .take_while(|n| matches!(n, NodeView::Hidden(_)))
            .count();
        section
            .nodes
            .insert(position, NodeView::UsernameHint(username.to_owned()));
    }
}

/// The trait a person recognises themselves by: email, then username, then any string trait.
pub fn identity_label(identity: &Identity) -> String {
    let traits = &identity.traits;
    ["email", "username", "phone"]
        .iter()
        .find_map(|key| traits.get(key).and_then(Value::as_str))
        .or_else(|| traits.as_object()?.values().find_map(Value::as_str))
        .filter(|label| !label.is_empty())
        .unwrap_or(&identity.id)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::urls::{Page, Urls};
    use serde_json::json;

    fn urls() -> Urls {
        let mut settings = Settings::development();
        settings.kratos.browser_url = url::Url::parse("http://k").unwrap();
        Urls::new(&settings)
    }

    fn flow(value: Value) -> Flow {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn the_identity_is_named_by_its_email_or_a_fallback() {
        let identity: Identity =
            serde_json::from_value(json!({"id": "i-1", "traits": {"email": "a@example.com"}}))
                .unwrap();
        assert_eq!(identity_label(&identity), "a@example.com");
        let identity: Identity =
            serde_json::from_value(json!({"id": "i-1", "traits": {"nick": "neo"}})).unwrap();
        assert_eq!(identity_label(&identity), "neo");
        let identity: Identity =
            serde_json::from_value(json!({"id": "i-1", "traits": {}})).unwrap();
        assert_eq!(identity_label(&identity), "i-1");
    }

    #[test]
    fn success_without_a_message_shows_a_banner() {
        let base = json!({"id": "f", "state": "success", "ui": {"action": "http://k/a", "method": "POST", "nodes": []}});
        assert!(
            flow_view(
                FlowKind::Settings,
                &flow(base.clone()),
                None,
                &Localizer::english(),
                &urls().policy_for(Page::Flow(FlowKind::Settings))
            )
            .unwrap()
            .show_saved_banner
        );
        let mut with_message = base;
        with_message["ui"]["messages"] =
            json!([{"id": 1050001, "text": "Your changes have been saved!", "type": "success"}]);
        let view = flow_view(
            FlowKind::Settings,
            &flow(with_message),
            None,
            &Localizer::english(),
            &urls().policy_for(Page::Flow(FlowKind::Settings)),
        )
        .unwrap();
        assert!(!view.show_saved_banner);
        assert_eq!(view.messages[0].test_id, "ui/message/1050001");
    }

    #[test]
    fn back_links_and_unverified_addresses() {
        let view = flow_view(
            FlowKind::Settings,
            &flow(json!({
                "id": "f", "return_to": "javascript:alert(1)",
                "identity": {"id": "i", "traits": {"email": "a@example.com"},
                             "verifiable_addresses": [{"value": "a@example.com", "verified": false, "via": "email"}]},
                "ui": {"action": "http://k/a", "method": "POST", "nodes": []}
            })),
            None,
            &Localizer::english(), &urls().policy_for(Page::Flow(FlowKind::Settings))).unwrap();
        assert_eq!(view.back_url, None);
        assert_eq!(view.unverified_addresses, ["a@example.com"]);
        let view = flow_view(
            FlowKind::Settings,
            &flow(json!({
                "id": "f", "return_to": "https://app.example.com/home",
                "ui": {"action": "http://k/a", "method": "POST", "nodes": []}
            })),
            None,
            &Localizer::english(),
            &urls().policy_for(Page::Flow(FlowKind::Settings)),
        )
        .unwrap();
        assert_eq!(
            view.back_url.as_deref(),
            Some("https://app.example.com/home")
        );
    }

    #[test]
    fn login_modes_and_titles_follow_the_flow() {
        let login = |extra: Value| {
            let mut value =
                json!({"id": "f", "ui": {"action": "http://k/a", "method": "POST", "nodes": []}});
            value
                .as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            flow(value)
        };
        let plain = flow_view(
            FlowKind::Login,
            &login(json!({"refresh": false, "requested_aal": "aal1"})),
            None,
            &Localizer::english(),
            &urls().policy_for(Page::Flow(FlowKind::Settings)),
        )
        .unwrap();
        assert_eq!(
            (plain.mode, plain.title.as_str()),
            (FlowMode::Normal, "Sign in")
        );
        let refresh = flow_view(
            FlowKind::Login,
            &login(json!({"refresh": true, "requested_aal": "aal1"})),
            None,
            &Localizer::english(),
            &urls().policy_for(Page::Flow(FlowKind::Settings)),
        )
        .unwrap();
        assert_eq!(refresh.mode, FlowMode::Reauthenticate);
        let aal2 = flow_view(
            FlowKind::Login,
            &login(json!({"refresh": false, "requested_aal": "aal2"})),
            None,
            &Localizer::english(),
            &urls().policy_for(Page::Flow(FlowKind::Settings)),
        )
        .unwrap();
        assert_eq!(aal2.mode, FlowMode::SecondFactor);
        assert!(aal2.mode.is_signed_in());
        let identity: Identity =
            serde_json::from_value(json!({"id": "i", "traits": {"email": "a@example.com"}}))
                .unwrap();
        let session = Session {
            identity: Some(identity),
            ..Session::default()
        };
        let named = flow_view(
            FlowKind::Login,
            &login(json!({"refresh": true})),
            Some(&session),
            &Localizer::english(),
            &urls().policy_for(Page::Flow(FlowKind::Settings)),
        )
        .unwrap();
        assert_eq!(named.identity_label.as_deref(), Some("a@example.com"));
    }
}
