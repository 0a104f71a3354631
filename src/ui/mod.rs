//! Pure functions from a Kratos flow to view models: forms per method group, node views,
//! labels, messages and test ids. No web framework types, so it is unit-tested on its own.

pub mod copy;
pub mod ids;
pub mod messages;
pub mod nodes;
pub mod sections;

use serde_json::Value;

use crate::kratos::FlowKind;
use crate::kratos::models::{Flow, FlowState, Identity, MessageKind};
use crate::urls::safe_link;
use ids::IdAllocator;
use messages::MessageView;
use nodes::ScriptView;
use sections::{SectionKey, SectionView, build_sections};

/// Everything a flow page shows, decided here so templates only loop and match.
#[derive(Debug, Clone)]
pub struct FlowView {
    pub kind: FlowKind,
    pub title: &'static str,
    pub messages: Vec<MessageView>,
    pub sections: Vec<SectionView>,
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
}

pub fn flow_view(kind: FlowKind, flow: &Flow) -> FlowView {
    let mut ids = IdAllocator::default();
    let messages: Vec<MessageView> = flow
        .ui
        .messages
        .iter()
        .enumerate()
        .map(|(i, text)| MessageView::new(text, ids.allocate(&["flow-message", &i.to_string()])))
        .collect();
    let built = build_sections(kind, &flow.ui, &mut ids);
    let succeeded = flow.state == Some(FlowState::Success);
    let has_success_message = flow
        .ui
        .messages
        .iter()
        .any(|m| m.kind == MessageKind::Success);

    FlowView {
        kind,
        title: copy::page_title(kind),
        show_saved_banner: succeeded && !has_success_message,
        identity_label: flow.identity.as_ref().map(identity_label),
        back_url: flow.return_to.as_deref().and_then(safe_link),
        unverified_addresses: flow
            .identity
            .iter()
            .flat_map(|identity| &identity.verifiable_addresses)
            .filter(|address| !address.verified)
            .map(|address| address.value.clone())
            .collect(),
        offers_external_login: built
            .sections
            .iter()
            .any(|s| s.key == SectionKey::ConnectedAccounts),
        messages,
        sections: built.sections,
        scripts: built.scripts,
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
    use serde_json::json;

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
        let base = json!({"id": "f", "state": "success", "ui": {"action": "a", "method": "POST", "nodes": []}});
        assert!(flow_view(FlowKind::Settings, &flow(base.clone())).show_saved_banner);
        let mut with_message = base;
        with_message["ui"]["messages"] =
            json!([{"id": 1050001, "text": "Your changes have been saved!", "type": "success"}]);
        let view = flow_view(FlowKind::Settings, &flow(with_message));
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
                "ui": {"action": "a", "method": "POST", "nodes": []}
            })),
        );
        assert_eq!(view.back_url, None);
        assert_eq!(view.unverified_addresses, ["a@example.com"]);
        let view = flow_view(
            FlowKind::Settings,
            &flow(json!({
                "id": "f", "return_to": "https://app.example.com/home",
                "ui": {"action": "a", "method": "POST", "nodes": []}
            })),
        );
        assert_eq!(
            view.back_url.as_deref(),
            Some("https://app.example.com/home")
        );
    }
}
