//! What a settings section says before it offers anything: the account's state (addresses,
//! password, providers, second factors, keys), removals behind a second look, and where the
//! browser lands after a submit, so that the answer shows where the person acted.

use std::collections::HashMap;

use serde_json::Value;
use time::OffsetDateTime;

use super::ids::IdAllocator;
use super::nodes::{ButtonRole, ButtonView, HiddenView, NodeView};
use super::section_key::SectionKey;
use crate::i18n::Localizer;
use crate::kratos::models::{
    Flow, FlowState, Group, MessageKind, NodeAttributes, Session, UiNode, UiText,
    VerifiableAddress, value_as_form_string,
};

/// What the settings page knows about the account besides the nodes of one section.
#[derive(Debug, Clone, Copy)]
pub struct AccountFacts<'a> {
    /// From the session (the flow's identity when the session is not at hand).
    pub addresses: &'a [VerifiableAddress],
    /// The session was signed in with a password, so one is set. Kratos shows no other sign
    /// of it to the browser (credentials are for its admin API), so without it we say nothing.
    pub password_used: bool,
    /// The last submit was saved (`state: success` and no error anywhere).
    pub saved: bool,
}

impl<'a> AccountFacts<'a> {
    pub fn of(flow: &'a Flow, session: Option<&'a Session>) -> Self {
        let identity = session
            .and_then(|s| s.identity.as_ref())
            .or(flow.identity.as_ref());
        let error = |text: &UiText| text.kind == MessageKind::Error;
        let flagged = flow.ui.messages.iter().any(error)
            || flow.ui.nodes.iter().any(|n| n.messages.iter().any(error));
        AccountFacts {
            addresses: identity
                .map(|identity| identity.verifiable_addresses.as_slice())
                .unwrap_or_default(),
            password_used: session.is_some_and(|s| {
                s.authentication_methods
                    .iter()
                    .any(|m| m.method.as_deref() == Some("password"))
            }),
            saved: flow.state == Some(FlowState::Success) && !flagged,
        }
    }
}

/// How a state line reads, which the theme shows (`state--<tone>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateTone {
    /// Set up, on, verified, connected.
    On,
    /// Not set up, off, not verified.
    Off,
}

#[derive(Debug, Clone)]
pub struct StateLine {
    pub text: String,
    pub tone: StateTone,
}

/// One thing the section holds: an address, a provider, a key.
#[derive(Debug, Clone)]
pub struct StateItem {
    pub label: String,
    pub detail: Option<StateLine>,
    pub removal: Option<RemovalView>,
}

/// The state a section leads with (`section/<slug>/state`).
#[derive(Debug, Clone)]
pub struct StateView {
    pub test_id: String,
    pub summary: Option<StateLine>,
    pub items: Vec<StateItem>,
    /// Turning the whole method off (authenticator app, recovery codes).
    pub removal: Option<RemovalView>,
}

/// A removal behind a second look: a disclosure that says what will happen and holds the
/// real submit (Kratos' name and value), in a form of its own so that pressing Enter in
/// another field can never remove anything.
#[derive(Debug, Clone)]
pub struct RemovalView {
    /// `confirm/<name>/<value>`.
    pub test_id: String,
    /// Kratos' action with the fragment of [`RemovalView::landing`].
    pub action: String,
    pub landing: String,
    /// The form's hidden `default` nodes (the CSRF token).
    pub hidden: Vec<HiddenView>,
    /// The disclosure's summary: "Turn off…".
    pub ask: String,
    pub consequence: String,
    pub button: ButtonView,
}

/// An element a submit lands on (the fragment of the form's action). It shows the outcome
/// when the page answers a submit that saved exactly this change; else it is only a target.
#[derive(Debug, Clone)]
pub struct Landing {
    pub id: String,
    /// `section/<slug>/outcome`; only the landing the browser targets is visible.
    pub test_id: String,
    pub outcome: Option<String>,
}

/// A settings section, shaped: the nodes left for its main form, its state, its landings.
pub struct Shaped {
    pub nodes: Vec<NodeView>,
    pub state: Option<StateView>,
    pub landings: Vec<Landing>,
    /// Where the main form lands.
    pub form_landing: String,
}

/// The words of turning a whole method off: the disclosure, what will happen, the button.
const TOTP_OFF: [&str; 3] = [
    "settings-confirm-totp-ask",
    "settings-confirm-totp-consequence",
    "settings-confirm-totp-button",
];
const LOOKUP_OFF: [&str; 3] = [
    "settings-confirm-lookup-ask",
    "settings-confirm-lookup-consequence",
    "settings-confirm-lookup-button",
];

/// Kratos' names of the buttons that remove something.
pub fn is_removal(name: &str) -> bool {
    matches!(
        name,
        "unlink" | "totp_unlink" | "lookup_secret_disable" | "webauthn_remove" | "passkey_remove"
    )
}

/// Shapes the section `key` of the settings page. `raw` are the section's own nodes (not the
/// `default` ones), `nodes` its views; `anchor` is the section's DOM id.
pub fn shape(
    key: &SectionKey,
    raw: &[&UiNode],
    nodes: Vec<NodeView>,
    anchor: &str,
    facts: &AccountFacts<'_>,
    ids: &mut IdAllocator,
    l: &Localizer,
) -> Shaped {
    // A removal's own form needs the CSRF token, not the section's hidden inputs (Kratos'
    // WebAuthn script looks those up by name, so they must exist once).
    let hidden: Vec<HiddenView> = nodes
        .iter()
        .filter_map(|node| match node {
            NodeView::Hidden(hidden) if !has_input(raw, &hidden.name) => Some(hidden.clone()),
            _ => None,
        })
        .collect();
    let (removal_buttons, nodes): (Vec<NodeView>, Vec<NodeView>) = nodes
        .into_iter()
        .partition(|node| matches!(node, NodeView::Button(b) if is_removal(&b.name)));
    // Only sections with buttons to name look anything up.
    let submissions = if removal_buttons.is_empty() && *key != SectionKey::ConnectedAccounts {
        Submissions::default()
    } else {
        Submissions::of(raw)
    };
    let removals = removal_buttons
        .into_iter()
        .filter_map(|node| match node {
            NodeView::Button(button) => {
                let raw = submissions.button(&button.name, &button.value);
                Some(Removable { button, raw })
            }
            _ => None,
        })
        .collect();
    let mut shaper = Shaper {
        anchor,
        slug: key.slug(),
        hidden,
        ids,
        l,
        saved: facts.saved,
        landings: Vec::new(),
        nodes,
        removals,
    };
    let (state, form_landing) = match key {
        SectionKey::Group(Group::Profile) => shaper.profile(facts.addresses),
        SectionKey::Group(Group::Password) => shaper.password(facts.password_used),
        SectionKey::ConnectedAccounts => shaper.connected(&submissions),
        SectionKey::Group(Group::Totp) => shaper.totp(),
        SectionKey::Group(Group::LookupSecret) => shaper.lookup(raw),
        SectionKey::Group(Group::Webauthn) => shaper.keys(KeyKind::SecurityKey),
        SectionKey::Group(Group::Passkey) => shaper.keys(KeyKind::Passkey),
        _ => (None, anchor.to_owned()),
    };
    let state = shaper.leftover_removals(state);
    Shaped {
        nodes: shaper.nodes,
        state,
        landings: shaper.landings,
        form_landing,
    }
}

/// A removal button with the raw node behind it, whose label context names the thing.
struct Removable<'n> {
    button: ButtonView,
    raw: Option<&'n UiNode>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    SecurityKey,
    Passkey,
}

/// The words of a removal: the disclosure's summary, what will happen, the button.
struct Ask {
    ask: String,
    consequence: String,
    button: Option<String>,
}

struct Shaper<'a, 'n> {
    anchor: &'a str,
    slug: &'a str,
    hidden: Vec<HiddenView>,
    ids: &'a mut IdAllocator,
    l: &'a Localizer,
    saved: bool,
    landings: Vec<Landing>,
    /// The main form's nodes (removals taken out).
    nodes: Vec<NodeView>,
    /// Removals not placed yet.
    removals: Vec<Removable<'n>>,
}

type Shape = (Option<StateView>, String);

impl<'n> Shaper<'_, 'n> {
    fn state(&self, summary: Option<StateLine>, items: Vec<StateItem>) -> StateView {
        StateView {
            test_id: ["section/", self.slug, "/state"].concat(),
            summary,
            items,
            removal: None,
        }
    }

    fn line(&self, id: &str, tone: StateTone) -> StateLine {
        StateLine {
            text: self.l.t(id).into_owned(),
            tone,
        }
    }

    fn take_removal(&mut self, name: &str) -> Option<Removable<'n>> {
        let at = self.removals.iter().position(|r| r.button.name == name)?;
        Some(self.removals.remove(at))
    }

    fn relabel(&mut self, name: &str, id: &str) {
        let label = self.l.t(id).into_owned();
        for node in &mut self.nodes {
            if let NodeView::Button(button) = node
                && button.name == name
            {
                button.label = label.clone();
            }
        }
    }

    fn profile(&mut self, addresses: &[VerifiableAddress]) -> Shape {
        self.relabel("method", "settings-profile-save");
        let items: Vec<StateItem> = addresses
            .iter()
            .map(|address| StateItem {
                label: address.value.clone(),
                detail: Some(if address.verified {
                    self.line("settings-state-verified", StateTone::On)
                } else {
                    self.line("settings-state-not-verified", StateTone::Off)
                }),
                removal: None,
            })
            .collect();
        let landing = self.landing("saved", Some("settings-outcome-profile-saved"));
        let state = (!items.is_empty()).then(|| self.state(None, items));
        (state, landing)
    }

    fn password(&mut self, used: bool) -> Shape {
        self.relabel("method", "settings-password-change");
        let landing = self.landing("changed", Some("settings-outcome-password-changed"));
        let state = used.then(|| {
            self.state(
                Some(self.line("settings-state-password-set", StateTone::On)),
                Vec::new(),
            )
        });
        (state, landing)
    }

    fn connected(&mut self, submissions: &Submissions<'n>) -> Shape {
        let linked: Vec<Removable<'n>> = std::mem::take(&mut self.removals)
            .into_iter()
            .filter(|r| r.button.name == "unlink")
            .collect();
        let mut items = Vec::new();
        for Removable { button, raw } in linked {
            let provider = context_str(raw, "provider")
                .unwrap_or(&button.value)
                .to_owned();
            let value = button.value.clone();
            self.outcome_with(
                &format!("linked-{value}"),
                "settings-outcome-provider-linked",
                "provider",
                &provider,
            );
            let landing = self.outcome_with(
                &format!("unlinked-{value}"),
                "settings-outcome-provider-unlinked",
                "provider",
                &provider,
            );
            let l = self.l;
            let removal = self.removal(
                button,
                landing,
                Ask {
                    ask: l.t1("settings-confirm-unlink-ask", "provider", provider.as_str()),
                    consequence: l.t1(
                        "settings-confirm-unlink-consequence",
                        "provider",
                        provider.as_str(),
                    ),
                    button: Some(l.t1(
                        "settings-confirm-unlink-button",
                        "provider",
                        provider.as_str(),
                    )),
                },
            );
            items.push(StateItem {
                label: provider,
                detail: Some(self.line("settings-state-connected", StateTone::On)),
                removal: Some(removal),
            });
        }
        // Providers not linked yet: each button says where it goes and lands on its outcome.
        let mut links = Vec::new();
        for node in &mut self.nodes {
            if let NodeView::Button(button) = node
                && button.name == "link"
            {
                let raw = submissions.button("link", &button.value);
                let provider = context_str(raw, "provider")
                    .unwrap_or(&button.value)
                    .to_owned();
                button.label = self
                    .l
                    .t1("settings-provider-link", "provider", provider.as_str());
                links.push((button.value.clone(), provider));
            }
        }
        for (value, provider) in links {
            let landing = self.outcome_with(
                &format!("linked-{value}"),
                "settings-outcome-provider-linked",
                "provider",
                &provider,
            );
            self.outcome_with(
                &format!("unlinked-{value}"),
                "settings-outcome-provider-unlinked",
                "provider",
                &provider,
            );
            self.land_button("link", Some(&value), &landing);
        }
        let summary = items
            .is_empty()
            .then(|| self.line("settings-state-no-connected", StateTone::Off));
        (Some(self.state(summary, items)), self.anchor.to_owned())
    }

    fn totp(&mut self) -> Shape {
        let unlink = self.take_removal("totp_unlink");
        let on = unlink.is_some();
        self.relabel("method", "settings-totp-turn-on");
        let on_landing = self.landing("on", on.then_some("settings-outcome-totp-on"));
        let off_landing = self.landing("off", (!on).then_some("settings-outcome-totp-off"));
        let removal = self.turn_off(unlink, off_landing, TOTP_OFF);
        let summary = if on {
            self.line("settings-state-totp-on", StateTone::On)
        } else {
            self.line("settings-state-totp-off", StateTone::Off)
        };
        let mut state = self.state(Some(summary), Vec::new());
        state.removal = removal;
        (Some(state), on_landing)
    }

    fn lookup(&mut self, raw: &[&UiNode]) -> Shape {
        let disable = self.take_removal("lookup_secret_disable");
        let codes = text_node(raw, "lookup_secret_codes");
        let unconfirmed = has_input(raw, "lookup_secret_confirm");
        let set_up = !unconfirmed
            && (disable.is_some() || has_input(raw, "lookup_secret_reveal") || codes.is_some());
        self.relabel(
            "lookup_secret_regenerate",
            if set_up {
                "settings-lookup-replace"
            } else {
                "settings-lookup-create"
            },
        );
        self.relabel("lookup_secret_reveal", "settings-lookup-show");
        self.relabel("lookup_secret_confirm", "settings-lookup-confirm");
        let saved_landing = self.landing(
            "saved",
            (set_up && codes.is_none()).then_some("settings-outcome-lookup-saved"),
        );
        self.land_button("lookup_secret_confirm", None, &saved_landing);
        let off_landing = self.landing(
            "off",
            (!set_up && !unconfirmed).then_some("settings-outcome-lookup-off"),
        );
        let removal = self.turn_off(disable, off_landing, LOOKUP_OFF);
        let summary = if unconfirmed {
            self.line("settings-state-lookup-unconfirmed", StateTone::Off)
        } else if set_up {
            self.line("settings-state-lookup-on", StateTone::On)
        } else {
            self.line("settings-state-lookup-off", StateTone::Off)
        };
        // Kratos says how many are left only while it shows them.
        let items = codes
            .filter(|_| set_up)
            .and_then(unused_codes)
            .map(|left| StateItem {
                label: self.l.t1("settings-state-lookup-left", "count", left),
                detail: None,
                removal: None,
            })
            .into_iter()
            .collect();
        let mut state = self.state(Some(summary), items);
        state.removal = removal;
        (Some(state), self.anchor.to_owned())
    }

    fn keys(&mut self, kind: KeyKind) -> Shape {
        let (remove_name, none, ask, consequence, added, removed) = match kind {
            KeyKind::SecurityKey => (
                "webauthn_remove",
                "settings-state-no-keys",
                "settings-confirm-key-ask",
                "settings-confirm-key-consequence",
                "settings-outcome-key-added",
                "settings-outcome-key-removed",
            ),
            KeyKind::Passkey => (
                "passkey_remove",
                "settings-state-no-passkeys",
                "settings-confirm-passkey-ask",
                "settings-confirm-passkey-consequence",
                "settings-outcome-passkey-added",
                "settings-outcome-passkey-removed",
            ),
        };
        let (keys, others): (Vec<_>, Vec<_>) = std::mem::take(&mut self.removals)
            .into_iter()
            .partition(|r| r.button.name == remove_name);
        self.removals = others;
        // After an add, the newest key is the one just added.
        let newest = keys
            .iter()
            .filter_map(|r| Some((added_at(r.raw)?, key_name(&r.button, r.raw))))
            .max_by_key(|(at, _)| *at)
            .map(|(_, name)| name);
        let added_landing = self.landing_id("added");
        let outcome = newest
            .filter(|_| self.saved)
            .map(|name| self.l.t1(added, "name", name.as_str()));
        self.push(added_landing.clone(), outcome);
        let removed_landing = self.landing("removed", Some(removed));
        let mut items = Vec::new();
        for Removable { button, raw } in keys {
            let name = key_name(&button, raw);
            let detail = added_at(raw).map(|at| StateLine {
                text: self.l.t1("settings-state-added-on", "day", self.l.day(at)),
                tone: StateTone::On,
            });
            let removal = self.removal(
                button,
                removed_landing.clone(),
                Ask {
                    ask: self.l.t1(ask, "name", name.as_str()),
                    consequence: self.l.t1(consequence, "name", name.as_str()),
                    button: None,
                },
            );
            items.push(StateItem {
                label: name,
                detail,
                removal: Some(removal),
            });
        }
        let summary = items.is_empty().then(|| self.line(none, StateTone::Off));
        (Some(self.state(summary, items)), added_landing)
    }

    /// Removals this page does not know how to put beside a state: still behind a second look.
    fn leftover_removals(&mut self, state: Option<StateView>) -> Option<StateView> {
        let mut state = state;
        for Removable { button, .. } in std::mem::take(&mut self.removals) {
            let label = button.label.clone();
            let ask = Ask {
                ask: self
                    .l
                    .t1("settings-confirm-generic-ask", "action", label.as_str()),
                consequence: self
                    .l
                    .t("settings-confirm-generic-consequence")
                    .into_owned(),
                button: None,
            };
            let removal = self.removal(button, self.anchor.to_owned(), ask);
            let item = StateItem {
                label,
                detail: None,
                removal: Some(removal),
            };
            match &mut state {
                Some(state) => state.items.push(item),
                None => state = Some(self.state(None, vec![item])),
            }
        }
        state
    }

    /// Turning a whole method off, in the words of `[ask, consequence, button]`.
    fn turn_off(
        &mut self,
        removable: Option<Removable<'n>>,
        landing: String,
        [ask, consequence, button]: [&str; 3],
    ) -> Option<RemovalView> {
        let Removable { button: view, .. } = removable?;
        let words = Ask {
            ask: self.l.t(ask).into_owned(),
            consequence: self.l.t(consequence).into_owned(),
            button: Some(self.l.t(button).into_owned()),
        };
        Some(self.removal(view, landing, words))
    }

    /// Points the main form's button `name` (of `value`, when given) at its own landing.
    fn land_button(&mut self, name: &str, value: Option<&str>, landing: &str) {
        for node in &mut self.nodes {
            if let NodeView::Button(button) = node
                && button.name == name
                && value.is_none_or(|value| button.value == value)
            {
                button.landing = Some(landing.to_owned());
            }
        }
    }

    fn landing_id(&mut self, verb: &str) -> String {
        self.ids.allocate(&[self.anchor, verb])
    }

    fn push(&mut self, id: String, outcome: Option<String>) {
        self.landings.push(Landing {
            id,
            test_id: ["section/", self.slug, "/outcome"].concat(),
            outcome,
        });
    }

    /// A landing that says `outcome` (a message id) when the page answers a saved submit.
    fn landing(&mut self, verb: &str, outcome: Option<&str>) -> String {
        let id = self.landing_id(verb);
        let outcome = outcome
            .filter(|_| self.saved)
            .map(|message| self.l.t(message).into_owned());
        self.push(id.clone(), outcome);
        id
    }

    /// A landing whose outcome names something (`{ $provider } connected.`).
    fn outcome_with(
        &mut self,
        verb: &str,
        message: &str,
        arg: &'static str,
        value: &str,
    ) -> String {
        let id = self.landing_id(verb);
        let outcome = self.saved.then(|| self.l.t1(message, arg, value));
        self.push(id.clone(), outcome);
        id
    }

    fn removal(&mut self, mut button: ButtonView, landing: String, words: Ask) -> RemovalView {
        if let Some(label) = words.button {
            button.label = label;
        }
        button.role = ButtonRole::Danger;
        RemovalView {
            test_id: ["confirm/", button.name.as_str(), "/", button.value.as_str()].concat(),
            action: String::new(),
            landing,
            hidden: self.hidden.clone(),
            ask: words.ask,
            consequence: words.consequence,
            button,
        }
    }
}

/// Kratos' own node behind each button the page shows, found by what the button submits:
/// looked up once per button, so a flow with thousands of keys costs linear time, not square.
#[derive(Default)]
struct Submissions<'n>(HashMap<(&'n str, String), &'n UiNode>);

impl<'n> Submissions<'n> {
    fn of(raw: &[&'n UiNode]) -> Self {
        let mut by_submission = HashMap::new();
        for node in raw {
            if let NodeAttributes::Input(input) = &node.attributes
                && let Some(value) = input.value.as_ref().and_then(value_as_form_string)
            {
                // Of two nodes submitting the same, the first one names the button.
                by_submission
                    .entry((input.name.as_str(), value))
                    .or_insert(*node);
            }
        }
        Self(by_submission)
    }

    fn button(&self, name: &str, value: &str) -> Option<&'n UiNode> {
        self.0.get(&(name, value.to_owned())).copied()
    }
}

fn label_context<'n>(node: Option<&'n UiNode>, key: &str) -> Option<&'n Value> {
    node?.meta.label.as_ref()?.context.as_ref()?.get(key)
}

fn context_str<'n>(node: Option<&'n UiNode>, key: &str) -> Option<&'n str> {
    label_context(node, key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// When a key was added, from Kratos' `added_at_unix` or `added_at`. Kratos writes year 1
/// (`0001-01-01T00:00:00Z`) when it does not know, which is no date at all.
fn added_at(node: Option<&UiNode>) -> Option<OffsetDateTime> {
    let at = label_context(node, "added_at_unix")
        .and_then(Value::as_i64)
        .and_then(|unix| OffsetDateTime::from_unix_timestamp(unix).ok())
        .or_else(|| {
            let text = context_str(node, "added_at")?;
            OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()
        })?;
    (at.year() > 1970).then_some(at)
}

fn key_name(button: &ButtonView, raw: Option<&UiNode>) -> String {
    context_str(raw, "display_name")
        .map(str::to_owned)
        .unwrap_or_else(|| button.label.clone())
}

fn text_node<'n>(raw: &[&'n UiNode], id: &str) -> Option<&'n UiText> {
    raw.iter().find_map(|node| match &node.attributes {
        NodeAttributes::Text(text) if text.id == id => Some(&text.text),
        _ => None,
    })
}

fn has_input(raw: &[&UiNode], name: &str) -> bool {
    raw.iter()
        .any(|node| matches!(&node.attributes, NodeAttributes::Input(input) if input.name == name))
}

/// How many of the shown recovery codes are unused, when Kratos lists them one by one.
fn unused_codes(codes: &UiText) -> Option<usize> {
    let secrets = codes.context.as_ref()?.get("secrets")?.as_array()?;
    Some(
        secrets
            .iter()
            .filter(|secret| secret.pointer("/context/used_at").is_none())
            .count(),
    )
}

/// `action#landing`: the browser keeps a fragment across Kratos' 303, so it lands there.
pub fn with_fragment(action: &str, landing: &str) -> String {
    let base = action.split('#').next().unwrap_or(action);
    format!("{base}#{landing}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn node(value: Value) -> UiNode {
        serde_json::from_value(value).unwrap()
    }

    fn submit(group: &str, name: &str, value: &str) -> UiNode {
        node(
            json!({"type": "input", "group": group, "messages": [], "meta": {},
            "attributes": {"node_type": "input", "name": name, "type": "submit", "value": value}}),
        )
    }

    fn views(raw: &[UiNode], ids: &mut IdAllocator) -> Vec<NodeView> {
        let l = Localizer::english();
        raw.iter()
            .filter_map(|n| crate::ui::nodes::node_view(n, "s", ids, &l))
            .collect()
    }

    fn summary(key: SectionKey, raw: &[UiNode], saved: bool) -> (String, Vec<Option<String>>) {
        let mut ids = IdAllocator::default();
        let nodes = views(raw, &mut ids);
        let refs: Vec<&UiNode> = raw.iter().collect();
        let facts = AccountFacts {
            addresses: &[],
            password_used: false,
            saved,
        };
        let shaped = shape(
            &key,
            &refs,
            nodes,
            key.slug(),
            &facts,
            &mut ids,
            &Localizer::english(),
        );
        let state = shaped.state.expect("a state");
        (
            state.summary.map(|s| s.text).unwrap_or_default(),
            shaped.landings.into_iter().map(|l| l.outcome).collect(),
        )
    }

    #[test]
    fn the_authenticator_app_and_recovery_codes_say_what_the_nodes_imply() {
        let totp = SectionKey::Group(Group::Totp);
        let lookup = SectionKey::Group(Group::LookupSecret);
        let codes = node(
            json!({"type": "text", "group": "lookup_secret", "messages": [], "meta": {},
            "attributes": {"node_type": "text", "id": "lookup_secret_codes", "text": {"id": 1050015, "text": "a", "type": "info"}}}),
        );
        let cases: Vec<(SectionKey, Vec<UiNode>, &str)> = vec![
            (totp.clone(), vec![submit("totp", "method", "totp")], "Off"),
            (
                totp,
                vec![submit("totp", "totp_unlink", "true")],
                "On: signing in asks for a code from your app.",
            ),
            (
                lookup.clone(),
                vec![submit("lookup_secret", "lookup_secret_regenerate", "true")],
                "Not set up",
            ),
            (
                lookup.clone(),
                vec![
                    submit("lookup_secret", "lookup_secret_reveal", "true"),
                    submit("lookup_secret", "lookup_secret_disable", "true"),
                ],
                "Set up",
            ),
            (
                lookup,
                vec![
                    codes,
                    submit("lookup_secret", "lookup_secret_confirm", "true"),
                ],
                "New codes not saved yet: keep them somewhere safe, then confirm.",
            ),
        ];
        for (key, raw, want) in cases {
            assert_eq!(summary(key, &raw, false).0, want, "{raw:?}");
        }
    }

    #[test]
    fn an_outcome_is_claimed_only_for_a_saved_submit_and_only_for_what_the_page_shows() {
        let totp = SectionKey::Group(Group::Totp);
        let on = [submit("totp", "totp_unlink", "true")];
        let (_, outcomes) = summary(totp.clone(), &on, true);
        assert_eq!(
            outcomes,
            [Some("Authenticator app turned on.".to_owned()), None]
        );
        let off = [submit("totp", "method", "totp")];
        let (_, outcomes) = summary(totp.clone(), &off, true);
        assert_eq!(
            outcomes,
            [None, Some("Authenticator app turned off.".to_owned())]
        );
        let (_, outcomes) = summary(totp, &on, false);
        assert_eq!(outcomes, [None, None]);
    }

    #[test]
    fn a_saved_flow_is_one_without_errors_and_addresses_prefer_the_session() {
        let flow: Flow = serde_json::from_value(json!({"id": "f", "state": "success",
            "identity": {"id": "i", "traits": {}, "verifiable_addresses": [{"value": "old@example.com", "verified": false}]},
            "ui": {"action": "http://k/a", "method": "POST", "nodes": []}}))
        .unwrap();
        let facts = AccountFacts::of(&flow, None);
        assert!(facts.saved && !facts.password_used);
        assert_eq!(facts.addresses[0].value, "old@example.com");
        let session: Session = serde_json::from_value(json!({"authentication_methods": [{"method": "password"}],
            "identity": {"id": "i", "traits": {}, "verifiable_addresses": [{"value": "new@example.com", "verified": true}]}}))
        .unwrap();
        let facts = AccountFacts::of(&flow, Some(&session));
        assert!(facts.password_used);
        assert_eq!(facts.addresses[0].value, "new@example.com");
        let mut flagged = flow.clone();
        flagged.ui.messages = vec![
            serde_json::from_value(json!({"id": 4000001, "text": "x", "type": "error"})).unwrap(),
        ];
        assert!(!AccountFacts::of(&flagged, None).saved);
    }

    #[test]
    fn a_fragment_replaces_any_fragment_the_action_had() {
        assert_eq!(
            with_fragment("http://k/s?flow=f", "totp-on"),
            "http://k/s?flow=f#totp-on"
        );
        assert_eq!(
            with_fragment("http://k/s?flow=f#x", "totp-off"),
            "http://k/s?flow=f#totp-off"
        );
    }

    #[test]
    fn the_day_a_key_was_added_is_read_unless_kratos_does_not_know_it() {
        let key = |context: Value| {
            node(json!({"type": "input", "group": "webauthn", "messages": [],
                "meta": {"label": {"id": 1050018, "text": "Remove", "type": "info", "context": context}},
                "attributes": {"node_type": "input", "name": "webauthn_remove", "type": "submit", "value": "6b"}}))
        };
        let day = |context: Value| added_at(Some(&key(context))).map(|at| at.date().to_string());
        assert_eq!(
            day(json!({"added_at": "2026-11-28T10:00:00Z"})).as_deref(),
            Some("2026-11-28")
        );
        assert_eq!(
            day(json!({"added_at_unix": 1_795_168_800, "added_at": "garbage"})).as_deref(),
            Some("2026-11-20")
        );
        assert_eq!(day(json!({"added_at": "0001-01-01T00:00:00Z"})), None);
        assert_eq!(day(json!({"added_at_unix": -62135596800_i64})), None);
        assert_eq!(day(json!({"added_at": "yesterday"})), None);
        assert_eq!(day(json!({})), None);
    }

    #[test]
    fn only_codes_kratos_lists_one_by_one_are_counted() {
        let codes: UiText = serde_json::from_value(json!({"id": 1050015, "text": "a, used", "type": "info",
            "context": {"secrets": [
                {"id": 1050009, "text": "a", "type": "info", "context": {"secret": "a"}},
                {"id": 1050014, "text": "used", "type": "info", "context": {"used_at": "2026-11-27T00:00:00Z"}}
            ]}}))
        .unwrap();
        assert_eq!(unused_codes(&codes), Some(1));
        let plain: UiText =
            serde_json::from_value(json!({"id": 1050015, "text": "a, b", "type": "info"})).unwrap();
        assert_eq!(unused_codes(&plain), None);
    }
}
