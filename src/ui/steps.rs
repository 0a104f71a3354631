//! Kratos' two-step registration, told as steps: the first form only continues, and the second
//! says who is signing up, with a way to change it instead of a lone "Back" card.

use super::nodes::{ButtonRole, NodeView};
use super::sections::{SectionKey, SectionView};
use crate::i18n::Localizer;
use crate::kratos::models::Group;

/// Step two's summary: the identifier from step one and the form that goes back to change it.
#[derive(Debug, Clone)]
pub struct ChosenIdentifier {
    pub identifier: String,
    pub change: SectionView,
}

/// Traits a person recognises as "the account", best first; any other trait comes after.
const IDENTIFIER_TRAITS: [&str; 3] = ["traits.email", "traits.username", "traits.phone"];

/// Step one: the profile form's submit only continues to step two, so it says so.
pub fn label_first_step(sections: &mut [SectionView], l: &Localizer) {
    for button in sections
        .iter_mut()
        .filter(|s| s.key == SectionKey::Group(Group::Profile))
        .flat_map(|s| s.nodes.iter_mut())
        .filter_map(|node| match node {
            NodeView::Button(button) if button.name == "method" && button.value == "profile" => {
                Some(button)
            }
            _ => None,
        })
    {
        button.label = l.t("registration-continue").into_owned();
    }
}

/// Step two: Kratos sends the profile as hidden traits plus a "Back" (`screen=previous`). That
/// form leaves the list of methods and becomes the summary above them.
pub fn take_chosen_identifier(
    sections: &mut Vec<SectionView>,
    l: &Localizer,
) -> Option<ChosenIdentifier> {
    let position = sections.iter().position(|section| {
        section.key == SectionKey::Group(Group::Profile)
            && section.nodes.iter().filter(|n| n.is_visible()).all(
                |node| matches!(node, NodeView::Button(b) if b.name == "screen" && b.value == "previous"),
            )
    })?;
    let identifier = {
        let hidden: Vec<(&str, &str)> = sections[position]
            .nodes
            .iter()
            .filter_map(|node| match node {
                NodeView::Hidden(h) if h.name.starts_with("traits.") && !h.value.is_empty() => {
                    Some((h.name.as_str(), h.value.as_str()))
                }
                _ => None,
            })
            .collect();
        IDENTIFIER_TRAITS
            .iter()
            .find_map(|name| hidden.iter().find(|(n, _)| n == name))
            .or_else(|| hidden.first())
            .map(|(_, value)| (*value).to_owned())?
    };
    let mut change = sections.remove(position);
    for node in &mut change.nodes {
        if let NodeView::Button(button) = node {
            button.label = l.t("change-identifier").into_owned();
            button.role = ButtonRole::Secondary;
        }
    }
    Some(ChosenIdentifier { identifier, change })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kratos::FlowKind;
    use crate::kratos::models::UiContainer;
    use crate::ui::ids::IdAllocator;
    use crate::ui::sections::build_sections;
    use serde_json::{Value, json};

    fn node(group: &str, name: &str, kind: &str, value: &str) -> Value {
        json!({"type": "input", "group": group, "messages": [], "meta": {},
               "attributes": {"node_type": "input", "name": name, "type": kind, "value": value}})
    }

    fn signed_up_by_password() -> Value {
        let mut submit = node("password", "method", "submit", "password");
        submit["meta"] = json!({"label": {"id": 1040001, "text": "Sign up", "type": "info"}});
        submit
    }

    fn sections(nodes: Value) -> Vec<SectionView> {
        let ui: UiContainer = serde_json::from_value(
            json!({"action": "http://k/self-service/registration?flow=f", "method": "POST", "nodes": nodes}),
        )
        .unwrap();
        let l = Localizer::english();
        build_sections(
            FlowKind::Registration,
            &ui,
            None,
            &mut IdAllocator::default(),
            &l,
        )
        .sections
    }

    fn second_step(traits: &[(&str, &str)]) -> Vec<SectionView> {
        let mut nodes = vec![
            node("default", "csrf_token", "hidden", "t"),
            node("password", "password", "password", ""),
            signed_up_by_password(),
            node("profile", "screen", "submit", "previous"),
        ];
        nodes.extend(traits.iter().map(|(n, v)| node("default", n, "hidden", v)));
        sections(Value::Array(nodes))
    }

    #[test]
    fn step_two_names_the_chosen_identifier_and_offers_to_change_it() {
        let mut sections = second_step(&[
            ("traits.name.first", "Alice"),
            ("traits.email", "alice@example.com"),
        ]);
        let chosen = take_chosen_identifier(&mut sections, &Localizer::english()).unwrap();
        assert_eq!(chosen.identifier, "alice@example.com");
        let slugs: Vec<&str> = sections.iter().map(|s| s.key.slug()).collect();
        assert_eq!(slugs, ["password"], "the profile form left the methods");
        let buttons: Vec<(&str, &str, &str, ButtonRole)> = chosen
            .change
            .nodes
            .iter()
            .filter_map(|n| match n {
                NodeView::Button(b) => {
                    Some((b.name.as_str(), b.value.as_str(), b.label.as_str(), b.role))
                }
                _ => None,
            })
            .collect();
        assert_eq!(
            buttons,
            [("screen", "previous", "Change", ButtonRole::Secondary)]
        );
        let carries_traits = chosen.change.nodes.iter().any(
            |n| matches!(n, NodeView::Hidden(h) if h.name == "traits.name.first" && h.value == "Alice"),
        );
        assert!(carries_traits, "going back keeps what was typed");
    }

    #[test]
    fn without_an_identifier_trait_the_first_trait_names_the_account() {
        let mut sections = second_step(&[("traits.nick", "neo")]);
        let chosen = take_chosen_identifier(&mut sections, &Localizer::english()).unwrap();
        assert_eq!(chosen.identifier, "neo");
        let mut sections = second_step(&[]);
        assert!(
            take_chosen_identifier(&mut sections, &Localizer::english()).is_none(),
            "nothing to name: the Back form stays as it is"
        );
        assert_eq!(sections.len(), 2);
    }

    #[test]
    fn step_one_continues_and_is_left_alone_otherwise() {
        let mut first = sections(json!([
            node("default", "csrf_token", "hidden", "t"),
            node("default", "traits.email", "email", ""),
            node("profile", "method", "submit", "profile"),
        ]));
        assert!(take_chosen_identifier(&mut first, &Localizer::english()).is_none());
        label_first_step(&mut first, &Localizer::english());
        let label = first[0].nodes.iter().find_map(|n| match n {
            NodeView::Button(b) => Some(b.label.clone()),
            _ => None,
        });
        assert_eq!(label.as_deref(), Some("Continue"));
        // The password step's submit keeps Kratos' "Sign up".
        let mut second = second_step(&[("traits.email", "a@example.com")]);
        label_first_step(&mut second, &Localizer::english());
        let labels: Vec<String> = second
            .iter()
            .flat_map(|s| &s.nodes)
            .filter_map(|n| match n {
                NodeView::Button(b) if b.name == "method" => Some(b.label.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(labels, ["Sign up"]);
    }
}
