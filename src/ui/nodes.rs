//! One Kratos UI node -> one view model the templates render without further decisions.

use serde_json::Value;

use super::ids::IdAllocator;
use super::messages::MessageView;
use crate::i18n::Localizer;
use crate::kratos::models::{
    AnchorAttributes, DivisionAttributes, ImageAttributes, InputAttributes, InputType,
    NodeAttributes, ScriptAttributes, TextAttributes, UiNode, UiText, value_as_form_string,
};
use crate::urls::safe_link;

#[derive(Debug, Clone)]
pub enum NodeView {
    Hidden(HiddenView),
    /// The account's name for password managers, in a form that sets a new password. Not
    /// submitted (no `name`), invisible.
    UsernameHint(String),
    Field(FieldView),
    Checkbox(FieldView),
    Select(SelectView),
    Button(ButtonView),
    Image(ImageView),
    Text(TextView),
    Anchor(AnchorView),
    Division(DivisionView),
}

impl NodeView {
    /// Whether a person sees it: a form made only of hidden inputs is not worth showing.
    pub fn is_visible(&self) -> bool {
        !matches!(self, NodeView::Hidden(_) | NodeView::UsernameHint(_))
    }
}

#[derive(Debug, Clone)]
pub struct HiddenView {
    pub test_id: String,
    pub name: String,
    pub value: String,
    pub onload_trigger: Option<String>,
}

/// A labelled control (text-like input or checkbox) with its messages.
#[derive(Debug, Clone)]
pub struct FieldView {
    /// `node/input/<name>`, on the wrapper holding the control, its label and messages.
    pub test_id: String,
    pub dom_id: String,
    pub name: String,
    pub input_type: &'static str,
    pub value: Option<String>,
    pub checked: bool,
    pub label: String,
    pub required: bool,
    pub disabled: bool,
    pub autocomplete: Option<String>,
    /// The keyboard a phone shows (`numeric` for codes).
    pub inputmode: Option<&'static str>,
    /// A password field: where scripts run, a button shows what was typed.
    pub revealable: bool,
    /// The one field the page focuses when it opens.
    pub autofocus: bool,
    /// What the field takes, said before the first try (the password rule).
    pub hint: Option<FieldHint>,
    pub pattern: Option<String>,
    pub maxlength: Option<u32>,
    pub messages: Vec<MessageView>,
    pub described_by: Option<String>,
    pub invalid: bool,
    /// A link about this field, shown right under it ("Forgot your password?").
    pub aside: Option<AnchorView>,
}

/// A line under a field that `aria-describedby` names.
#[derive(Debug, Clone)]
pub struct FieldHint {
    pub dom_id: String,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct SelectView {
    pub field: FieldView,
    pub options: Vec<OptionView>,
}

#[derive(Debug, Clone)]
pub struct OptionView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// What a button does for the person, which the theme shows (`button--<role>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonRole {
    /// The form's main action.
    Primary,
    /// An action beside it (link an account, show or regenerate codes).
    Secondary,
    /// Removes something (unlink, disable, remove a key).
    Danger,
}

#[derive(Debug, Clone)]
pub struct ButtonView {
    pub test_id: String,
    pub dom_id: String,
    pub name: String,
    pub value: String,
    pub label: String,
    /// `submit`, or `button` for WebAuthn/passkey triggers that run Kratos' script.
    pub button_type: &'static str,
    pub disabled: bool,
    pub role: ButtonRole,
    /// Buttons other than the form's `method` (resend a code, go back, remove a key) must work
    /// while its required fields are empty; Kratos still validates what it receives.
    pub skips_validation: bool,
    pub onclick_trigger: Option<String>,
    pub onload_trigger: Option<String>,
    pub messages: Vec<MessageView>,
    pub described_by: Option<String>,
    /// Settings: where the browser lands after this button's submit, when that differs from
    /// its form's.
    pub landing: Option<String>,
    /// Kratos' action with [`ButtonView::landing`] as its fragment.
    pub formaction: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ImageView {
    pub test_id: String,
    pub src: String,
    pub alt: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct TextView {
    /// The id of the element holding the text (what a copy button copies).
    pub dom_id: String,
    /// `node/text/<id>/label` and `node/text/<id>/text`.
    pub label_test_id: String,
    pub text_test_id: String,
    pub label: Option<String>,
    pub content: TextContent,
    pub messages: Vec<MessageView>,
}

#[derive(Debug, Clone)]
pub enum TextContent {
    Plain(String),
    /// A secret to copy (the TOTP key): the element holds exactly the secret.
    Secret(String),
    /// Recovery codes, one `<code>` each.
    Codes(Vec<CodeView>),
}

#[derive(Debug, Clone)]
pub struct CodeView {
    pub code: String,
    pub used: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct AnchorView {
    pub test_id: String,
    pub href: String,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct DivisionView {
    pub dom_id: Option<String>,
    pub class: Option<String>,
    /// `data-*` attributes with names reduced to safe characters.
    pub data: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptView {
    pub test_id: String,
    pub src: String,
    pub is_async: bool,
    pub integrity: Option<String>,
    pub crossorigin: Option<String>,
    pub referrerpolicy: Option<String>,
    pub script_type: Option<String>,
}

/// Builds the view of a non-script node; `scope` prefixes DOM ids (the form's slug).
pub fn node_view(
    node: &UiNode,
    scope: &str,
    ids: &mut IdAllocator,
    l: &Localizer,
) -> Option<NodeView> {
    match &node.attributes {
        NodeAttributes::Input(input) => Some(input_view(node, input, scope, ids, l)),
        NodeAttributes::Image(image) => image_view(node, image, l),
        NodeAttributes::Text(text) => Some(text_view(node, text, scope, ids, l)),
        NodeAttributes::Anchor(anchor) => anchor_view(anchor, l),
        NodeAttributes::Division(division) => Some(division_view(division, ids)),
        NodeAttributes::Script(_) => None,
        NodeAttributes::Unknown => {
            tracing::warn!(group = %node.group, "skipping a UI node of unknown type");
            None
        }
    }
}

pub fn script_view(script: &ScriptAttributes) -> Option<ScriptView> {
    let Some(src) = safe_link(&script.src) else {
        tracing::warn!(src = %script.src, "skipping a script node without an http(s) src");
        return None;
    };
    let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    Some(ScriptView {
        test_id: ["node/script/", script.id.as_str()].concat(),
        src,
        is_async: script.is_async,
        integrity: non_empty(&script.integrity),
        crossorigin: non_empty(&script.crossorigin),
        referrerpolicy: non_empty(&script.referrerpolicy),
        script_type: non_empty(&script.script_type),
    })
}

fn input_view(
    node: &UiNode,
    input: &InputAttributes,
    scope: &str,
    ids: &mut IdAllocator,
    l: &Localizer,
) -> NodeView {
    let test_id = ["node/input/", input.name.as_str()].concat();
    let value = input.value.as_ref().and_then(value_as_form_string);
    match input.input_type {
        InputType::Hidden => NodeView::Hidden(HiddenView {
            test_id,
            name: input.name.clone(),
            value: value.unwrap_or_default(),
            onload_trigger: trigger(input.onload_trigger.as_deref()),
        }),
        InputType::Submit | InputType::Button => {
            let dom_id = ids.allocate(&[scope, &input.name, value.as_deref().unwrap_or("")]);
            let (messages, described_by, _) = node_messages(node, &dom_id, l);
            NodeView::Button(ButtonView {
                test_id,
                label: label_text(node, input, l)
                    .unwrap_or_else(|| value.clone().unwrap_or_else(|| input.name.clone())),
                role: button_role(&input.name),
                skips_validation: input.name != "method",
                dom_id,
                name: input.name.clone(),
                value: value.unwrap_or_default(),
                button_type: if input.input_type == InputType::Submit {
                    "submit"
                } else {
                    "button"
                },
                disabled: input.disabled,
                onclick_trigger: trigger(input.onclick_trigger.as_deref()),
                onload_trigger: trigger(input.onload_trigger.as_deref()),
                messages,
                described_by,
                landing: None,
                formaction: None,
            })
        }
        _ => {
            let dom_id = ids.allocate(&[scope, &input.name]);
            let (messages, described_by, invalid) = node_messages(node, &dom_id, l);
            let is_password = input.input_type == InputType::Password;
            let is_checkbox = input.input_type == InputType::Checkbox;
            let field = FieldView {
                test_id,
                label: label_text(node, input, l)
                    .or_else(|| humanize(&input.name))
                    .unwrap_or_else(|| input.name.clone()),
                dom_id,
                name: input.name.clone(),
                input_type: html_input_type(input.input_type),
                // A password is never echoed back into the page.
                value: if is_password {
                    None
                } else if is_checkbox {
                    Some("true".to_owned())
                } else {
                    value.clone()
                },
                checked: is_checkbox && value.as_deref() == Some("true"),
                required: input.required,
                disabled: input.disabled,
                autocomplete: input.autocomplete.clone(),
                inputmode: None,
                revealable: false,
                autofocus: false,
                hint: None,
                pattern: input.pattern.clone(),
                maxlength: input.maxlength,
                messages,
                described_by,
                invalid,
                aside: None,
            };
            if is_checkbox {
                NodeView::Checkbox(field)
            } else if !input.options.is_empty() {
                let options = input
                    .options
                    .iter()
                    .filter_map(|option| {
                        let value = value_as_form_string(&option.value)?;
                        Some(OptionView {
                            label: option
                                .label
                                .as_ref()
                                .map(|label| l.kratos(label))
                                .unwrap_or_else(|| value.clone()),
                            selected: field.value.as_deref() == Some(value.as_str()),
                            value,
                        })
                    })
                    .collect();
                NodeView::Select(SelectView { field, options })
            } else {
                NodeView::Field(field)
            }
        }
    }
}

fn text_view(
    node: &UiNode,
    text: &TextAttributes,
    scope: &str,
    ids: &mut IdAllocator,
    l: &Localizer,
) -> NodeView {
    let dom_id = ids.allocate(&[scope, &text.id]);
    let (messages, _, _) = node_messages(node, &dom_id, l);
    let copy_id = ids.allocate(&[scope, &text.id, "text"]);
    let content = if let Some(codes) = recovery_codes(text, l) {
        TextContent::Codes(codes)
    } else if text.id == "totp_secret_key" {
        TextContent::Secret(text.text.text.clone())
    } else {
        TextContent::Plain(l.kratos(&text.text))
    };
    NodeView::Text(TextView {
        dom_id: copy_id,
        label_test_id: ["node/text/", text.id.as_str(), "/label"].concat(),
        text_test_id: ["node/text/", text.id.as_str(), "/text"].concat(),
        label: node.meta.label.as_ref().map(|label| l.kratos(label)),
        content,
        messages,
    })
}

/// The codes of a text node that lists secrets (`lookup_secret_codes`), used ones marked. The
/// page and the downloadable file both read them here, so the two cannot disagree.
pub fn recovery_codes(text: &TextAttributes, l: &Localizer) -> Option<Vec<CodeView>> {
    let secrets = text
        .text
        .context
        .as_ref()
        .and_then(|c| c.get("secrets"))
        .and_then(Value::as_array);
    if let Some(secrets) = secrets {
        Some(secrets.iter().filter_map(|s| code_view(s, l)).collect())
    } else if text.id == "lookup_secret_codes" {
        // Older Kratos versions only send the comma-separated list.
        Some(
            text.text
                .text
                .split(", ")
                .filter(|code| !code.is_empty())
                .map(|code| CodeView {
                    used: code == "used",
                    code: code.to_owned(),
                    note: None,
                })
                .collect(),
        )
    } else {
        None
    }
}

fn code_view(secret: &Value, l: &Localizer) -> Option<CodeView> {
    let text = secret
        .get("text")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let context = secret.get("context");
    if context.and_then(|c| c.get("used_at")).is_some() {
        // "Used on <day>" (1050014), in the reader's language.
        let note = serde_json::from_value::<UiText>(secret.clone())
            .map(|used| l.kratos(&used))
            .unwrap_or_else(|_| text.to_owned());
        return Some(CodeView {
            code: "used".to_owned(),
            used: true,
            note: Some(note),
        });
    }
    let code = context
        .and_then(|c| c.get("secret"))
        .and_then(Value::as_str)
        .unwrap_or(text);
    (!code.is_empty()).then(|| CodeView {
        code: code.to_owned(),
        used: false,
        note: None,
    })
}

fn image_view(node: &UiNode, image: &ImageAttributes, l: &Localizer) -> Option<NodeView> {
    // The TOTP QR code is a data: URL; anything but images and http(s) is refused.
    let src = if image.src.starts_with("data:image/") {
        image.src.clone()
    } else {
        safe_link(&image.src)?
    };
    Some(NodeView::Image(ImageView {
        test_id: ["node/image/", image.id.as_str()].concat(),
        src,
        alt: node
            .meta
            .label
            .as_ref()
            .map(|label| l.kratos(label))
            .unwrap_or_default(),
        width: image.width,
        height: image.height,
    }))
}

fn anchor_view(anchor: &AnchorAttributes, l: &Localizer) -> Option<NodeView> {
    let href = safe_link(&anchor.href).or_else(|| {
        (anchor.href.starts_with('/') && !anchor.href.starts_with("//"))
            .then(|| anchor.href.clone())
    })?;
    Some(NodeView::Anchor(AnchorView {
        test_id: ["node/anchor/", anchor.id.as_str()].concat(),
        text: anchor
            .title
            .as_ref()
            .map(|title| l.kratos(title))
            .unwrap_or_else(|| href.clone()),
        href,
    }))
}

fn division_view(division: &DivisionAttributes, ids: &mut IdAllocator) -> NodeView {
    let data = division
        .data
        .iter()
        .flatten()
        .filter_map(|(key, value)| {
            let name: String = key
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .map(|c| c.to_ascii_lowercase())
                .collect();
            (!name.is_empty()).then(|| {
                (
                    format!("data-{name}"),
                    value_as_form_string(value).unwrap_or_default(),
                )
            })
        })
        .collect();
    NodeView::Division(DivisionView {
        dom_id: (!division.id.is_empty()).then(|| ids.allocate(&[&division.id])),
        class: division.class.clone().filter(|c| !c.is_empty()),
        data,
    })
}

fn node_messages(
    node: &UiNode,
    owner_id: &str,
    l: &Localizer,
) -> (Vec<MessageView>, Option<String>, bool) {
    let messages: Vec<MessageView> = node
        .messages
        .iter()
        .enumerate()
        .map(|(i, text)| MessageView::new(text, format!("{owner_id}-message-{i}"), l))
        .collect();
    let described_by = (!messages.is_empty()).then(|| {
        messages
            .iter()
            .map(|m| m.dom_id.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    });
    let invalid = messages.iter().any(MessageView::is_error);
    (messages, described_by, invalid)
}

fn label_text(node: &UiNode, input: &InputAttributes, l: &Localizer) -> Option<String> {
    node.meta
        .label
        .as_ref()
        .or(input.label.as_ref())
        .filter(|label| !label.text.is_empty())
        .map(|label| l.kratos(label))
        .filter(|text| !text.is_empty())
}

/// `traits.name.first` -> `Name first`, `lookup_secret` -> `Lookup secret`: a last resort
/// when Kratos names something we have no words for. `None` when nothing readable is left.
pub fn humanize(name: &str) -> Option<String> {
    let words = name
        .strip_prefix("traits.")
        .unwrap_or(name)
        .replace(['.', '_', '-'], " ");
    let mut chars = words.trim().chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

fn html_input_type(input_type: InputType) -> &'static str {
    match input_type {
        InputType::Password => "password",
        InputType::Number => "number",
        InputType::Email => "email",
        InputType::Tel => "tel",
        InputType::Url => "url",
        InputType::Date => "date",
        InputType::DatetimeLocal => "datetime-local",
        InputType::Checkbox => "checkbox",
        InputType::Hidden => "hidden",
        InputType::Submit => "submit",
        InputType::Button => "button",
        InputType::Text | InputType::Unknown => "text",
    }
}

/// Destructive actions look destructive.
fn button_role(name: &str) -> ButtonRole {
    match name {
        "unlink"
        | "totp_unlink"
        | "lookup_secret_disable"
        | "webauthn_remove"
        | "passkey_remove" => ButtonRole::Danger,
        "link" | "lookup_secret_reveal" | "lookup_secret_regenerate" => ButtonRole::Secondary,
        _ => ButtonRole::Primary,
    }
}

/// Only names of functions Kratos' scripts define (`oryWebAuthnRegistration`, ...) become
/// triggers; the static script calls `window[name]()` and nothing else.
fn trigger(name: Option<&str>) -> Option<String> {
    let name = name?;
    let valid = name.len() <= 64
        && name.starts_with("ory")
        && name.chars().all(|c| c.is_ascii_alphanumeric());
    if !valid && !name.is_empty() {
        tracing::warn!(
            trigger = name,
            "ignoring a trigger that is not a Kratos function name"
        );
    }
    valid.then(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn node(value: Value) -> UiNode {
        serde_json::from_value(value).unwrap()
    }

    fn view(value: Value) -> NodeView {
        node_view(
            &node(value),
            "s",
            &mut IdAllocator::default(),
            &Localizer::english(),
        )
        .expect("a view")
    }

    #[test]
    fn names_without_words_get_readable_fallbacks() {
        assert_eq!(humanize("traits.name.first").as_deref(), Some("Name first"));
        assert_eq!(
            humanize("my-custom_group").as_deref(),
            Some("My custom group")
        );
        assert_eq!(humanize("traits.__"), None);
    }

    #[test]
    fn passwords_are_never_echoed() {
        let NodeView::Field(field) = view(json!({
            "group": "password", "messages": [], "meta": {"label": {"id": 1070001, "text": "Password", "type": "info"}},
            "attributes": {"node_type": "input", "name": "password", "type": "password", "value": "hunter2", "required": true, "autocomplete": "new-password"}
        })) else {
            panic!("expected a field")
        };
        assert_eq!(field.value, None);
        assert_eq!(field.input_type, "password");
        assert!(field.required);
        assert_eq!(field.autocomplete.as_deref(), Some("new-password"));
        assert_eq!(field.label, "Password");
        assert_eq!(field.test_id, "node/input/password");
    }

    #[test]
    fn error_messages_mark_the_field_invalid_and_describe_it() {
        let NodeView::Field(field) = view(json!({
            "group": "password", "meta": {},
            "messages": [{"id": 4000032, "text": "too short", "type": "error"}],
            "attributes": {"node_type": "input", "name": "password", "type": "password"}
        })) else {
            panic!("expected a field")
        };
        assert!(field.invalid);
        assert_eq!(field.described_by.as_deref(), Some("s-password-message-0"));
        assert_eq!(field.messages[0].dom_id, "s-password-message-0");
        assert_eq!(field.messages[0].test_id, "ui/message/4000032");
    }

    #[test]
    fn checkboxes_are_checked_when_true() {
        let NodeView::Checkbox(field) = view(json!({
            "group": "profile", "messages": [], "meta": {},
            "attributes": {"node_type": "input", "name": "traits.newsletter", "type": "checkbox", "value": true}
        })) else {
            panic!("expected a checkbox")
        };
        assert!(field.checked);
        assert_eq!(field.value.as_deref(), Some("true"));
        assert_eq!(field.label, "Newsletter");
    }

    #[test]
    fn submit_nodes_become_named_buttons() {
        let NodeView::Button(button) = view(json!({
            "group": "oidc", "messages": [], "meta": {"label": {"id": 1050002, "text": "Link github", "type": "info"}},
            "attributes": {"node_type": "input", "name": "link", "type": "submit", "value": "github"}
        })) else {
            panic!("expected a button")
        };
        assert_eq!(
            (button.name.as_str(), button.value.as_str()),
            ("link", "github")
        );
        assert_eq!(button.button_type, "submit");
        assert_eq!(button.label, "Link github");
    }

    #[test]
    fn only_the_method_button_waits_for_required_fields() {
        let button = |name: &str| {
            let NodeView::Button(button) = view(json!({
                "group": "code", "messages": [], "meta": {},
                "attributes": {"node_type": "input", "name": name, "type": "submit", "value": "x"}
            })) else {
                panic!("expected a button")
            };
            button
        };
        assert!(!button("method").skips_validation);
        assert!(button("email").skips_validation, "resend code");
        assert!(button("screen").skips_validation, "back");
        assert!(button("webauthn_remove").skips_validation);
    }

    #[test]
    fn only_kratos_function_names_become_triggers() {
        let NodeView::Button(button) = view(json!({
            "group": "webauthn", "messages": [], "meta": {},
            "attributes": {"node_type": "input", "name": "webauthn_register_trigger", "type": "button",
                           "onclick": "alert(1)", "onclickTrigger": "oryWebAuthnRegistration"}
        })) else {
            panic!("expected a button")
        };
        assert_eq!(
            button.onclick_trigger.as_deref(),
            Some("oryWebAuthnRegistration")
        );
        assert_eq!(button.button_type, "button");
        assert_eq!(trigger(Some("alert")), None);
        assert_eq!(trigger(Some("ory.x()")), None);
    }

    #[test]
    fn the_totp_secret_is_a_secret() {
        let NodeView::Text(text) = view(json!({
            "group": "totp", "messages": [], "meta": {"label": {"id": 1050017, "text": "Your secret", "type": "info"}},
            "attributes": {"node_type": "text", "id": "totp_secret_key", "text": {"id": 1050006, "text": "JBSWY3DPEHPK3PXP", "type": "info"}}
        })) else {
            panic!("expected a text")
        };
        assert_eq!(text.text_test_id, "node/text/totp_secret_key/text");
        assert!(matches!(text.content, TextContent::Secret(ref s) if s == "JBSWY3DPEHPK3PXP"));
    }

    #[test]
    fn recovery_codes_list_each_code_and_mark_used_ones() {
        let NodeView::Text(text) = view(json!({
            "group": "lookup_secret", "messages": [], "meta": {},
            "attributes": {"node_type": "text", "id": "lookup_secret_codes", "text": {"id": 1050015, "text": "a, used", "type": "info",
                "context": {"secrets": [
                    {"id": 1050009, "text": "abcd1234", "type": "info", "context": {"secret": "abcd1234"}},
                    {"id": 1050014, "text": "Secret was used at 2021-08-17", "type": "info", "context": {"used_at": "2021-08-17T11:32:39Z"}}
                ]}}}
        })) else {
            panic!("expected a text")
        };
        let TextContent::Codes(codes) = text.content else {
            panic!("expected codes")
        };
        assert_eq!(codes.len(), 2);
        assert_eq!((codes[0].code.as_str(), codes[0].used), ("abcd1234", false));
        assert!(codes[1].used);
        assert_eq!(codes[1].note.as_deref(), Some("Used on 2021-08-17"));
    }

    #[test]
    fn hostile_urls_are_not_rendered() {
        let anchor = node(json!({"group": "default", "messages": [], "meta": {},
            "attributes": {"node_type": "a", "id": "x", "href": "javascript:alert(1)", "title": {"id": 1, "text": "x", "type": "info"}}}));
        assert!(
            node_view(
                &anchor,
                "s",
                &mut IdAllocator::default(),
                &Localizer::english()
            )
            .is_none()
        );
        let image = node(json!({"group": "totp", "messages": [], "meta": {},
            "attributes": {"node_type": "img", "id": "totp_qr", "src": "javascript:alert(1)"}}));
        assert!(
            node_view(
                &image,
                "s",
                &mut IdAllocator::default(),
                &Localizer::english()
            )
            .is_none()
        );
        let qr = node(json!({"group": "totp", "messages": [], "meta": {},
            "attributes": {"node_type": "img", "id": "totp_qr", "src": "data:image/png;base64,AAAA", "width": 256, "height": 256}}));
        assert!(matches!(
            node_view(&qr, "s", &mut IdAllocator::default(), &Localizer::english()),
            Some(NodeView::Image(_))
        ));
    }

    #[test]
    fn options_make_a_select() {
        let NodeView::Select(select) = view(json!({
            "group": "profile", "messages": [], "meta": {},
            "attributes": {"node_type": "input", "name": "traits.plan", "type": "text", "value": "pro",
                "options": [{"value": "free"}, {"value": "pro", "label": {"id": 0, "text": "Pro plan", "type": "info"}}]}
        })) else {
            panic!("expected a select")
        };
        assert_eq!(select.options.len(), 2);
        assert!(select.options[1].selected);
        assert_eq!(select.options[1].label, "Pro plan");
    }

    #[test]
    fn division_data_attribute_names_are_sanitised() {
        let NodeView::Division(div) = view(json!({
            "group": "captcha", "messages": [], "meta": {},
            "attributes": {"node_type": "div", "id": "captcha", "class": "cf-turnstile",
                "data": {"sitekey": "abc", "on\"click": "x", "\"": "y"}}
        })) else {
            panic!("expected a division")
        };
        let names: Vec<&str> = div.data.iter().map(|(k, _)| k.as_str()).collect();
        assert!(names.contains(&"data-sitekey"));
        assert!(names.contains(&"data-onclick"));
        assert_eq!(names.len(), 2);
    }

    #[test]
    fn unknown_nodes_are_skipped() {
        let unknown = node(
            json!({"group": "profile", "messages": [], "meta": {}, "attributes": {"node_type": "hologram"}}),
        );
        assert!(
            node_view(
                &unknown,
                "s",
                &mut IdAllocator::default(),
                &Localizer::english()
            )
            .is_none()
        );
    }
}
