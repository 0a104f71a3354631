//! Splits a flow's nodes into one form per method group.
//!
//! One form per group because Kratos marks some inputs `required` (password, totp_code): in a
//! single form the browser would block every other button. Every form repeats the hidden
//! `default` nodes (the CSRF token); visible `default` nodes (the login identifier, the
//! registration traits) go only to the forms that submit them, so that e.g. "Sign in with
//! GitHub" is not blocked by an empty required email field. OIDC and SAML share one
//! "Connected accounts" form. Script nodes are page-level and are lifted out of the forms.

use super::account::{self, AccountFacts, Landing, StateView, with_fragment};
use super::copy;
use super::ids::IdAllocator;
use super::nodes::{ButtonRole, NodeView, ScriptView, node_view, script_view};
use super::recovery_codes::CodesOffer;
pub use super::section_key::SectionKey;
use crate::i18n::Localizer;
use crate::kratos::FlowKind;
use crate::kratos::models::{Group, NodeAttributes, UiContainer, UiNode};

#[derive(Debug, Clone)]
pub struct SectionView {
    pub key: SectionKey,
    /// `form/<slug>`, a stable hook for tests and themes.
    pub test_id: String,
    /// The section's DOM id: a submit from it lands here (or on one of its `landings`).
    pub anchor: String,
    pub heading_id: String,
    pub heading: String,
    pub description: String,
    /// Settings: what the account has here, before any action.
    pub state: Option<StateView>,
    pub landings: Vec<Landing>,
    /// Where the main form lands after a submit (settings only).
    pub form_landing: Option<String>,
    pub action: String,
    pub method: &'static str,
    /// The main form's nodes; none visible when the section only shows its state and removals.
    pub nodes: Vec<NodeView>,
    /// Recovery codes on show: what is offered beside them (download, or confirm first).
    pub codes_offer: CodesOffer,
}

impl SectionView {
    /// Whether the main form has anything to show (its removals may have moved out).
    pub fn has_form(&self) -> bool {
        self.nodes.iter().any(NodeView::is_visible)
    }

    /// Points every form of the section at its landing (when `lands`), else at `action`.
    pub fn aim(&mut self, action: &str, lands: bool) {
        let aimed = |landing: &str| {
            if lands {
                with_fragment(action, landing)
            } else {
                action.to_owned()
            }
        };
        if let Some(landing) = &self.form_landing {
            self.action = aimed(landing);
        }
        for node in &mut self.nodes {
            if let NodeView::Button(button) = node
                && let Some(landing) = &button.landing
            {
                button.formaction = lands.then(|| aimed(landing));
            }
        }
        if let Some(state) = &mut self.state {
            let items = state
                .items
                .iter_mut()
                .filter_map(|item| item.removal.as_mut());
            for removal in items.chain(state.removal.as_mut()) {
                removal.action = aimed(&removal.landing);
            }
        }
    }
}

/// The order in which sections appear; groups not listed follow in the order Kratos sent them.
fn preferred_order(kind: FlowKind) -> &'static [SectionKey] {
    use SectionKey::{ConnectedAccounts, Group as G};
    const SETTINGS: &[SectionKey] = &[
        G(Group::Profile),
        G(Group::Password),
        ConnectedAccounts,
        G(Group::Totp),
        G(Group::LookupSecret),
        G(Group::Webauthn),
        G(Group::Passkey),
    ];
    const SIGN_IN: &[SectionKey] = &[
        G(Group::IdentifierFirst),
        G(Group::Profile),
        G(Group::Password),
        G(Group::Code),
        G(Group::Passkey),
        G(Group::Webauthn),
        G(Group::Totp),
        G(Group::LookupSecret),
        ConnectedAccounts,
    ];
    const ADDRESS: &[SectionKey] = &[G(Group::Code), G(Group::Link)];
    match kind {
        FlowKind::Settings => SETTINGS,
        FlowKind::Login | FlowKind::Registration => SIGN_IN,
        FlowKind::Recovery | FlowKind::Verification => ADDRESS,
    }
}

/// Whether a form of `key` submits the visible `default` nodes (identifier, traits).
fn takes_visible_defaults(kind: FlowKind, key: &SectionKey) -> bool {
    let SectionKey::Group(group) = key else {
        return false;
    };
    match kind {
        FlowKind::Login => matches!(
            group,
            Group::Password
                | Group::Code
                | Group::IdentifierFirst
                | Group::Webauthn
                | Group::Unknown(_)
        ),
        FlowKind::Registration => matches!(
            group,
            Group::Profile
                | Group::Password
                | Group::Code
                | Group::Webauthn
                | Group::Passkey
                | Group::Unknown(_)
        ),
        FlowKind::Settings | FlowKind::Recovery | FlowKind::Verification => !matches!(
            group,
            Group::Totp | Group::LookupSecret | Group::Webauthn | Group::Passkey
        ),
    }
}

pub struct Sections {
    pub sections: Vec<SectionView>,
    pub scripts: Vec<ScriptView>,
}

/// `facts` is given for the settings page: its sections then lead with the account's state.
pub fn build_sections(
    kind: FlowKind,
    ui: &UiContainer,
    facts: Option<&AccountFacts<'_>>,
    ids: &mut IdAllocator,
    l: &Localizer,
) -> Sections {
    let mut defaults: Vec<&UiNode> = Vec::new();
    let mut groups: Vec<(SectionKey, Vec<&UiNode>)> = Vec::new();
    let mut scripts: Vec<ScriptView> = Vec::new();

    for node in &ui.nodes {
        if let NodeAttributes::Script(script) = &node.attributes {
            // Kratos may send the same script once per group (webauthn and passkey).
            if let Some(view) = script_view(script)
                && !scripts.iter().any(|s| s.src == view.src)
            {
                scripts.push(view);
            }
            continue;
        }
        if node.group == Group::Default {
            defaults.push(node);
            continue;
        }
        let key = SectionKey::of(&node.group);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, nodes)) => nodes.push(node),
            None => groups.push((key, vec![node])),
        }
    }

    let order = preferred_order(kind);
    groups.sort_by_key(|(key, _)| order.iter().position(|k| k == key).unwrap_or(order.len()));

    let method = if ui.method.eq_ignore_ascii_case("get") {
        "GET"
    } else {
        "POST"
    };
    // Visible defaults must reach some form; when no form takes them, every form does.
    let any_taker = groups
        .iter()
        .any(|(key, _)| takes_visible_defaults(kind, key));
    let mut sections = Vec::with_capacity(groups.len());
    for (key, nodes) in groups {
        let slug = key.slug().to_owned();
        let takes_visible = !any_taker || takes_visible_defaults(kind, &key);
        let views: Vec<NodeView> = defaults
            .iter()
            .filter(|node| takes_visible || is_hidden_input(node))
            .chain(nodes.iter())
            .filter_map(|node| node_view(node, &slug, ids, l))
            .collect();
        if !views.iter().any(NodeView::is_visible) {
            tracing::debug!(section = %slug, "skipping a form with nothing to show");
            continue;
        }
        let anchor = ids.allocate(&[&slug]);
        let mut section = section_view(kind, key, views, ui, method, anchor, ids, l);
        if let Some(facts) = facts {
            let shaped = account::shape(
                &section.key,
                &nodes,
                std::mem::take(&mut section.nodes),
                &section.anchor,
                facts,
                ids,
                l,
            );
            section.nodes = shaped.nodes;
            section.state = shaped.state;
            section.landings = shaped.landings;
            section.form_landing = Some(shaped.form_landing);
        }
        sections.push(section);
    }

    // A flow with only default nodes (e.g. a single-step form) still needs its form.
    if sections.is_empty() && defaults.iter().any(|n| !is_hidden_input(n)) {
        let nodes = defaults
            .iter()
            .filter_map(|node| node_view(node, "default", ids, l))
            .collect();
        let key = SectionKey::Group(Group::Default);
        let anchor = ids.allocate(&[key.slug()]);
        sections.push(section_view(kind, key, nodes, ui, method, anchor, ids, l));
    }

    Sections { sections, scripts }
}

/// Sign-in and sign-up lead with one method (the first in [`preferred_order`]); the others
/// follow an "or" as quieter choices, so a page never offers three equal primary buttons.
/// Other pages show every section alike.
pub fn lead_with_one(
    kind: FlowKind,
    mut sections: Vec<SectionView>,
) -> (Vec<SectionView>, Vec<SectionView>) {
    let leads = match kind {
        FlowKind::Login | FlowKind::Registration => true,
        FlowKind::Settings | FlowKind::Recovery | FlowKind::Verification => false,
    };
    if !leads || sections.len() < 2 {
        return (sections, Vec::new());
    }
    let mut alternatives = sections.split_off(1);
    for button in alternatives
        .iter_mut()
        .flat_map(|section| section.nodes.iter_mut())
        .filter_map(|node| match node {
            NodeView::Button(button) => Some(button),
            _ => None,
        })
    {
        if button.role == ButtonRole::Primary {
            button.role = ButtonRole::Secondary;
        }
    }
    (sections, alternatives)
}

#[allow(clippy::too_many_arguments)]
fn section_view(
    kind: FlowKind,
    key: SectionKey,
    nodes: Vec<NodeView>,
    ui: &UiContainer,
    method: &'static str,
    anchor: String,
    ids: &mut IdAllocator,
    l: &Localizer,
) -> SectionView {
    let (heading, description) = copy::section(l, kind, &key);
    SectionView {
        test_id: ["form/", key.slug()].concat(),
        anchor,
        heading_id: ids.allocate(&[key.slug(), "heading"]),
        heading,
        description,
        state: None,
        landings: Vec::new(),
        form_landing: None,
        action: ui.action.clone(),
        method,
        nodes,
        key,
        codes_offer: CodesOffer::None,
    }
}

fn is_hidden_input(node: &UiNode) -> bool {
    matches!(&node.attributes, NodeAttributes::Input(input)
        if input.input_type == crate::kratos::models::InputType::Hidden)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn container(nodes: serde_json::Value) -> UiContainer {
        serde_json::from_value(json!({"action": "http://k/self-service/settings?flow=f", "method": "POST", "nodes": nodes}))
            .unwrap()
    }

    fn build(kind: FlowKind, ui: &UiContainer) -> Sections {
        build_sections(
            kind,
            ui,
            None,
            &mut IdAllocator::default(),
            &Localizer::english(),
        )
    }

    /// Password, passkey and a provider, as Kratos offers them at sign-in.
    fn sign_in_methods() -> UiContainer {
        container(json!([
            input("oidc", "provider", "submit"),
            input("default", "csrf_token", "hidden"),
            input("default", "identifier", "text"),
            input("passkey", "passkey_login_trigger", "button"),
            input("password", "password", "password"),
            input("password", "method", "submit"),
        ]))
    }

    fn input(group: &str, name: &str, kind: &str) -> serde_json::Value {
        json!({"type": "input", "group": group, "messages": [], "meta": {},
               "attributes": {"node_type": "input", "name": name, "type": kind, "value": group}})
    }

    #[test]
    fn one_form_per_group_in_the_settings_order_each_with_the_csrf_token() {
        let ui = container(json!([
            input("default", "csrf_token", "hidden"),
            input("passkey", "passkey_register_trigger", "button"),
            input("totp", "totp_code", "text"),
            input("saml", "link", "submit"),
            input("password", "password", "password"),
            input("oidc", "link", "submit"),
            input("profile", "traits.email", "email"),
            input("lookup_secret", "lookup_secret_reveal", "submit"),
            input("webauthn", "webauthn_register_trigger", "button"),
            input("brand_new", "brand_new_button", "submit"),
        ]));
        let built = build(FlowKind::Settings, &ui);
        let slugs: Vec<&str> = built.sections.iter().map(|s| s.key.slug()).collect();
        assert_eq!(
            slugs,
            [
                "profile",
                "password",
                "connected-accounts",
                "totp",
                "lookup_secret",
                "webauthn",
                "passkey",
                "brand_new"
            ]
        );
        for section in &built.sections {
            assert!(
                matches!(&section.nodes[0], NodeView::Hidden(h) if h.name == "csrf_token"),
                "{} lacks the csrf token",
                section.key.slug()
            );
            assert_eq!(section.action, "http://k/self-service/settings?flow=f");
            assert_eq!(section.method, "POST");
        }
        let connected = &built.sections[2];
        assert_eq!(connected.nodes.len(), 3, "oidc and saml share a form");
    }

    #[test]
    fn scripts_are_lifted_out_and_deduplicated() {
        let script = json!({"type": "script", "group": "webauthn", "messages": [], "meta": {},
            "attributes": {"node_type": "script", "id": "webauthn_script", "src": "http://k/.well-known/ory/webauthn.js",
                           "async": true, "crossorigin": "anonymous", "integrity": "sha512-x", "referrerpolicy": "no-referrer", "type": "text/javascript"}});
        let mut passkey_script = script.clone();
        passkey_script["group"] = json!("passkey");
        let ui = container(json!([
            input("default", "csrf_token", "hidden"),
            script,
            input("webauthn", "webauthn_register_trigger", "button"),
            passkey_script,
        ]));
        let built = build(FlowKind::Settings, &ui);
        assert_eq!(built.scripts.len(), 1);
        assert_eq!(built.scripts[0].test_id, "node/script/webauthn_script");
        assert_eq!(built.sections.len(), 1);
    }

    #[test]
    fn the_login_identifier_goes_only_to_forms_that_submit_it() {
        let ui = sign_in_methods();
        let built = build(FlowKind::Login, &ui);
        let names = |slug: &str| -> Vec<String> {
            let section = built
                .sections
                .iter()
                .find(|s| s.key.slug() == slug)
                .unwrap();
            section
                .nodes
                .iter()
                .map(|n| match n {
                    NodeView::Hidden(h) => h.name.clone(),
                    NodeView::Field(f) => f.name.clone(),
                    NodeView::Button(b) => b.name.clone(),
                    other => format!("{other:?}"),
                })
                .collect()
        };
        assert_eq!(
            names("password"),
            ["csrf_token", "identifier", "password", "method"]
        );
        assert_eq!(names("passkey"), ["csrf_token", "passkey_login_trigger"]);
        assert_eq!(names("connected-accounts"), ["csrf_token", "provider"]);
    }

    #[test]
    fn visible_defaults_without_a_taker_go_everywhere() {
        let ui = container(json!([
            input("default", "csrf_token", "hidden"),
            input("default", "traits.email", "email"),
            input("oidc", "provider", "submit"),
        ]));
        let built = build(FlowKind::Login, &ui);
        assert_eq!(built.sections.len(), 1);
        assert_eq!(built.sections[0].nodes.len(), 3);
    }

    #[test]
    fn sign_in_leads_with_its_first_method_and_the_others_turn_secondary() {
        let ui = sign_in_methods();
        let roles = |sections: &[SectionView]| -> Vec<(String, Vec<ButtonRole>)> {
            sections
                .iter()
                .map(|s| {
                    let roles = s.nodes.iter().filter_map(|n| match n {
                        NodeView::Button(b) => Some(b.role),
                        _ => None,
                    });
                    (s.key.slug().to_owned(), roles.collect())
                })
                .collect()
        };
        for (kind, leads) in [
            (FlowKind::Login, true),
            (FlowKind::Registration, true),
            (FlowKind::Settings, false),
            (FlowKind::Recovery, false),
            (FlowKind::Verification, false),
        ] {
            let built = build(kind, &ui);
            let count = built.sections.len();
            let (main, alternatives) = lead_with_one(kind, built.sections);
            if !leads {
                assert_eq!((main.len(), alternatives.len()), (count, 0), "{kind:?}");
                continue;
            }
            assert_eq!(
                roles(&main),
                [("password".to_owned(), vec![ButtonRole::Primary])],
                "{kind:?}"
            );
            assert!(
                roles(&alternatives)
                    .iter()
                    .all(|(_, roles)| roles.iter().all(|r| *r == ButtonRole::Secondary)),
                "{kind:?}: {:?}",
                roles(&alternatives)
            );
            assert_eq!(alternatives.len(), 2, "{kind:?}");
        }
    }

    #[test]
    fn a_single_method_has_no_alternatives() {
        let ui = container(json!([
            input("default", "csrf_token", "hidden"),
            input("totp", "totp_code", "text"),
            input("totp", "method", "submit"),
        ]));
        let built = build(FlowKind::Login, &ui);
        let (main, alternatives) = lead_with_one(FlowKind::Login, built.sections);
        assert_eq!((main.len(), alternatives.len()), (1, 0));
    }

    #[test]
    fn a_group_of_only_hidden_inputs_is_not_a_form() {
        let ui = container(json!([
            input("default", "csrf_token", "hidden"),
            input("passkey", "passkey_create_data", "hidden"),
            input("profile", "method", "submit"),
        ]));
        let built = build(FlowKind::Settings, &ui);
        let slugs: Vec<&str> = built.sections.iter().map(|s| s.key.slug()).collect();
        assert_eq!(slugs, ["profile"]);
    }
}
