//! What a field asks of the browser beyond Kratos' own attributes: which keyboard a phone shows
//! (`inputmode`), what autofill offers (`autocomplete`), and which field has the focus first.

use super::nodes::{FieldHint, FieldView, NodeView};
use super::sections::SectionView;
use crate::kratos::FlowKind;
use crate::kratos::models::{Flow, FlowState};

/// Kratos' "You successfully recovered your account. Please change your password ..." on the
/// settings flow a recovery code leads to.
const RECOVERED: u64 = 1_060_001;

/// A field's hints; `None` keeps what Kratos sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Affordance {
    pub autocomplete: Option<&'static str>,
    pub inputmode: Option<&'static str>,
}

/// The hints for the field `name` (of HTML type `input_type`) on a page of `kind`.
pub fn affordance(kind: FlowKind, name: &str, input_type: &str) -> Affordance {
    let hint = |autocomplete, inputmode| Affordance {
        autocomplete: Some(autocomplete),
        inputmode,
    };
    match (kind, name) {
        // Six digits from an app or an email: the number pad, and the code autofill offers.
        (_, "totp_code" | "code") => hint("one-time-code", Some("numeric")),
        // Recovery codes are letters and digits: autofill yes, the number pad no.
        (_, "lookup_secret") => hint("one-time-code", None),
        (FlowKind::Login, "password") => hint("current-password", None),
        (_, "password") => hint("new-password", None),
        // A passkey can be offered right in the identifier field (conditional mediation).
        (FlowKind::Login, "identifier") => hint("username webauthn", None),
        // A name for a key: nothing to autofill.
        (_, "webauthn_register_displayname") => hint("off", None),
        (_, "traits.name.first") => hint("given-name", None),
        (_, "traits.name.last") => hint("family-name", None),
        (_, "traits.username") => hint("username", None),
        _ if input_type == "email" => hint("email", None),
        _ if input_type == "tel" => hint("tel", Some("tel")),
        _ => Affordance::default(),
    }
}

/// Which field a page focuses when it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// Sign-in, sign-up, recovery, verification: the leading form's first field to fill.
    LeadForm,
    /// Settings right after a recovery code: the new password Kratos asks for.
    NewPassword,
    /// Settings otherwise: the page opens at its top.
    Nothing,
}

pub fn focus(kind: FlowKind, flow: &Flow) -> Focus {
    match kind {
        FlowKind::Settings
            if flow.state != Some(FlowState::Success)
                && flow.ui.messages.iter().any(|m| m.id == RECOVERED) =>
        {
            Focus::NewPassword
        }
        FlowKind::Settings => Focus::Nothing,
        FlowKind::Login | FlowKind::Registration | FlowKind::Recovery | FlowKind::Verification => {
            Focus::LeadForm
        }
    }
}

/// Sets every field's hints, whether it can show what was typed, and the one autofocus.
/// `sections` in page order: the first is the leading form.
pub fn apply(kind: FlowKind, focus: Focus, sections: &mut [SectionView]) {
    for field in sections.iter_mut().flat_map(fields) {
        let hint = affordance(kind, &field.name, field.input_type);
        if let Some(autocomplete) = hint.autocomplete {
            field.autocomplete = Some(autocomplete.to_owned());
        }
        field.inputmode = hint.inputmode;
        field.revealable = field.input_type == "password";
    }
    let target = match focus {
        Focus::Nothing => None,
        Focus::LeadForm => sections.first_mut().and_then(|lead| {
            // What Kratos flagged first, else the first field still empty, else the first.
            let mut candidates: Vec<&mut FieldView> =
                fields(lead).filter(|field| !field.disabled).collect();
            let pick = candidates
                .iter()
                .position(|field| field.invalid)
                .or_else(|| {
                    candidates
                        .iter()
                        .position(|field| field.value.as_deref().is_none_or(str::is_empty))
                })
                .unwrap_or(0);
            (pick < candidates.len()).then(|| candidates.swap_remove(pick))
        }),
        Focus::NewPassword => sections
            .iter_mut()
            .flat_map(fields)
            .find(|field| field.name == "password"),
    };
    if let Some(field) = target {
        field.autofocus = true;
    }
}

/// Kratos checks a new password's length only once it is sent; every new-password field says
/// the rule first (`rule` is asked for only when the page has one).
pub fn state_password_rule(sections: &mut [SectionView], rule: impl FnOnce() -> String) {
    let mut rule = Some(rule);
    let mut text = None;
    for field in sections
        .iter_mut()
        .flat_map(fields)
        .filter(|field| field.revealable && field.autocomplete.as_deref() == Some("new-password"))
    {
        let text = text
            .get_or_insert_with(|| rule.take().map(|rule| rule()).unwrap_or_default())
            .clone();
        let dom_id = format!("{}-hint", field.dom_id);
        field.described_by = Some(match field.described_by.take() {
            // Kratos' verdict on what was sent first, then the rule.
            Some(messages) => format!("{messages} {dom_id}"),
            None => dom_id.clone(),
        });
        field.hint = Some(FieldHint { dom_id, text });
    }
}

/// The text-like fields a person types into (not checkboxes or selects).
fn fields(section: &mut SectionView) -> impl Iterator<Item = &mut FieldView> {
    section.nodes.iter_mut().filter_map(|node| match node {
        NodeView::Field(field) => Some(field),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;
    use crate::ui::ids::IdAllocator;
    use crate::ui::sections::build_sections;
    use serde_json::json;

    #[test]
    fn each_field_gets_the_keyboard_and_autofill_it_needs() {
        use FlowKind::{Login, Recovery, Registration, Settings, Verification};
        type Hints = (Option<&'static str>, Option<&'static str>);
        const CODE: Hints = (Some("one-time-code"), Some("numeric"));
        let table: &[(FlowKind, &str, &str, Hints)] = &[
            (Settings, "totp_code", "text", CODE),
            (Login, "totp_code", "text", CODE),
            (Login, "code", "text", CODE),
            (Registration, "code", "text", CODE),
            (Verification, "code", "text", CODE),
            (Recovery, "code", "text", CODE),
            (
                Login,
                "lookup_secret",
                "text",
                (Some("one-time-code"), None),
            ),
            (
                Login,
                "password",
                "password",
                (Some("current-password"), None),
            ),
            (
                Settings,
                "password",
                "password",
                (Some("new-password"), None),
            ),
            (
                Registration,
                "password",
                "password",
                (Some("new-password"), None),
            ),
            (
                Login,
                "identifier",
                "text",
                (Some("username webauthn"), None),
            ),
            (Registration, "traits.email", "email", (Some("email"), None)),
            (Settings, "traits.email", "email", (Some("email"), None)),
            (Recovery, "email", "email", (Some("email"), None)),
            (
                Settings,
                "traits.name.first",
                "text",
                (Some("given-name"), None),
            ),
            (
                Settings,
                "traits.name.last",
                "text",
                (Some("family-name"), None),
            ),
            (Settings, "traits.phone", "tel", (Some("tel"), Some("tel"))),
            (
                Settings,
                "webauthn_register_displayname",
                "text",
                (Some("off"), None),
            ),
            (Settings, "traits.nickname", "text", (None, None)),
        ];
        for (kind, name, input_type, expected) in table {
            let got = affordance(*kind, name, input_type);
            assert_eq!(
                (got.autocomplete, got.inputmode),
                *expected,
                "{kind:?} {name}"
            );
        }
    }

    fn flow(kind: &str, extra: serde_json::Value) -> Flow {
        let mut value = json!({"id": "f", "type": "browser",
            "ui": {"action": format!("http://k/self-service/{kind}?flow=f"), "method": "POST", "nodes": []}});
        value
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn the_page_focus_follows_the_page_and_a_finished_recovery() {
        let recovered = json!({"ui": {"action": "http://k/a", "method": "POST", "nodes": [],
            "messages": [{"id": 1060001, "text": "You successfully recovered your account.", "type": "success"}]}});
        let table = [
            (FlowKind::Login, json!({}), Focus::LeadForm),
            (FlowKind::Registration, json!({}), Focus::LeadForm),
            (FlowKind::Recovery, json!({}), Focus::LeadForm),
            (FlowKind::Verification, json!({}), Focus::LeadForm),
            (FlowKind::Settings, json!({}), Focus::Nothing),
            (FlowKind::Settings, recovered.clone(), Focus::NewPassword),
        ];
        for (kind, extra, expected) in table {
            assert_eq!(
                focus(kind, &flow("x", extra.clone())),
                expected,
                "{kind:?} {extra}"
            );
        }
        // Once the new password is saved, the page no longer pulls the focus there.
        let mut saved = recovered;
        saved["state"] = json!("success");
        assert_eq!(focus(FlowKind::Settings, &flow("x", saved)), Focus::Nothing);
    }

    fn node(
        group: &str,
        name: &str,
        kind: &str,
        value: Option<&str>,
        error: bool,
    ) -> serde_json::Value {
        let messages = if error {
            json!([{"id": 4000002, "text": "missing", "type": "error"}])
        } else {
            json!([])
        };
        json!({"type": "input", "group": group, "messages": messages, "meta": {},
               "attributes": {"node_type": "input", "name": name, "type": kind, "value": value}})
    }

    /// The sections of a page of `kind` made of `nodes`, with the hints applied.
    fn sections(kind: FlowKind, focus: Focus, nodes: serde_json::Value) -> Vec<SectionView> {
        let ui = serde_json::from_value(
            json!({"action": "http://k/a", "method": "POST", "nodes": nodes}),
        )
        .unwrap();
        let mut built = build_sections(
            kind,
            &ui,
            None,
            &mut IdAllocator::default(),
            &Localizer::english(),
        );
        apply(kind, focus, &mut built.sections);
        built.sections
    }

    fn focused(kind: FlowKind, focus: Focus, nodes: serde_json::Value) -> Vec<String> {
        sections(kind, focus, nodes)
            .iter_mut()
            .flat_map(fields)
            .filter(|field| field.autofocus)
            .map(|field| field.name.clone())
            .collect()
    }

    #[test]
    fn one_field_gets_the_focus_the_one_to_fill_next() {
        let csrf = node("default", "csrf_token", "hidden", Some("t"), false);
        let sign_in = |identifier: Option<&str>, identifier_error: bool| {
            json!([
                csrf,
                node(
                    "default",
                    "identifier",
                    "text",
                    identifier,
                    identifier_error
                ),
                node("password", "password", "password", None, false),
                node("password", "method", "submit", Some("password"), false),
                node("code", "code", "text", None, false),
                node("code", "method", "submit", Some("code"), false),
            ])
        };
        assert_eq!(
            focused(FlowKind::Login, Focus::LeadForm, sign_in(None, false)),
            ["identifier"]
        );
        // Back after a wrong password: the identifier is filled in, the password is next.
        assert_eq!(
            focused(
                FlowKind::Login,
                Focus::LeadForm,
                sign_in(Some("a@example.com"), false)
            ),
            ["password"]
        );
        // A flagged field comes first even when filled in.
        assert_eq!(
            focused(FlowKind::Login, Focus::LeadForm, sign_in(Some("a@"), true)),
            ["identifier"]
        );
        assert!(focused(FlowKind::Login, Focus::Nothing, sign_in(None, false)).is_empty());
        let settings = json!([
            csrf,
            node(
                "profile",
                "traits.email",
                "email",
                Some("a@example.com"),
                false
            ),
            node("password", "password", "password", None, false),
        ]);
        assert_eq!(
            focused(FlowKind::Settings, Focus::NewPassword, settings.clone()),
            ["password"]
        );
        assert!(focused(FlowKind::Settings, Focus::Nothing, settings).is_empty());
        // A leading form without fields (a finished verification) focuses nothing.
        let buttons = json!([csrf, node("code", "method", "submit", Some("code"), false)]);
        assert!(focused(FlowKind::Verification, Focus::LeadForm, buttons).is_empty());
    }

    #[test]
    fn every_new_password_field_states_the_rule_and_no_other_field_does() {
        let hinted = |kind: FlowKind| -> Vec<(String, String)> {
            let nodes = json!([
                node("default", "identifier", "text", None, false),
                node("password", "password", "password", None, true),
                node("totp", "totp_code", "text", None, false),
            ]);
            let mut built = sections(kind, Focus::Nothing, nodes);
            state_password_rule(&mut built, || "At least 8 characters.".to_owned());
            built
                .iter_mut()
                .flat_map(fields)
                .filter_map(|field| {
                    let hint = field.hint.as_ref()?;
                    // Read after Kratos' own messages about the field.
                    let described = field.described_by.clone().unwrap_or_default();
                    assert!(described.ends_with(&hint.dom_id), "{described}");
                    assert!(
                        described.starts_with("password-password-message-0"),
                        "{described}"
                    );
                    Some((field.name.clone(), hint.text.clone()))
                })
                .collect()
        };
        let rule = vec![("password".to_owned(), "At least 8 characters.".to_owned())];
        assert_eq!(hinted(FlowKind::Settings), rule);
        assert_eq!(hinted(FlowKind::Registration), rule);
        // Signing in takes the password as it is.
        assert!(hinted(FlowKind::Login).is_empty());
    }

    #[test]
    fn password_fields_can_be_revealed_and_others_not() {
        let nodes = json!([
            node("password", "password", "password", None, false),
            node("totp", "totp_code", "text", None, false),
        ]);
        let revealable: Vec<(String, bool)> = sections(FlowKind::Settings, Focus::Nothing, nodes)
            .iter_mut()
            .flat_map(fields)
            .map(|field| (field.name.clone(), field.revealable))
            .collect();
        assert_eq!(
            revealable,
            [
                ("password".to_owned(), true),
                ("totp_code".to_owned(), false)
            ]
        );
    }
}
