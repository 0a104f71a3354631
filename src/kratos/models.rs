//! Serde models of what Kratos' public API answers. Parsed once, then matched as enums:
//! nothing downstream compares `node_type` or group strings.

use std::fmt;

use serde::Deserialize;
use serde::de::Deserializer;
use serde_json::Value;
use serde_json::value::RawValue;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// Any self-service flow (settings, login, registration, recovery, verification).
/// The fields that only some kinds carry are optional; unknown fields are ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct Flow {
    pub id: String,
    #[serde(default)]
    pub return_to: Option<String>,
    pub ui: UiContainer,
    #[serde(default)]
    pub state: Option<FlowState>,
    #[serde(default)]
    pub identity: Option<Identity>,
    /// Login: the user is re-authenticating (`refresh=true`).
    #[serde(default)]
    pub refresh: Option<bool>,
    /// Login: `aal1` or `aal2` (second factor).
    #[serde(default)]
    pub requested_aal: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlowState {
    ShowForm,
    Success,
    ChooseMethod,
    SentEmail,
    PassedChallenge,
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Deserialize)]
pub struct UiContainer {
    pub action: String,
    pub method: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub messages: Vec<UiText>,
    #[serde(deserialize_with = "lenient_nodes")]
    pub nodes: Vec<UiNode>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct UiNode {
    pub group: Group,
    pub attributes: NodeAttributes,
    #[serde(default, deserialize_with = "null_as_default")]
    pub messages: Vec<UiText>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub meta: NodeMeta,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct NodeMeta {
    #[serde(default)]
    pub label: Option<UiText>,
}

/// Node attributes, tagged by `node_type` exactly as Kratos tags them.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "node_type")]
pub enum NodeAttributes {
    #[serde(rename = "input")]
    Input(InputAttributes),
    #[serde(rename = "img")]
    Image(ImageAttributes),
    #[serde(rename = "a")]
    Anchor(AnchorAttributes),
    #[serde(rename = "text")]
    Text(TextAttributes),
    #[serde(rename = "script")]
    Script(ScriptAttributes),
    #[serde(rename = "div")]
    Division(DivisionAttributes),
    /// A node type this UI does not know yet (a newer Kratos); skipped with a log line.
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, Deserialize)]
pub struct InputAttributes {
    pub name: String,
    #[serde(rename = "type", default)]
    pub input_type: InputType,
    #[serde(default)]
    pub value: Option<Value>,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub disabled: bool,
    #[serde(default)]
    pub autocomplete: Option<String>,
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default)]
    pub maxlength: Option<u32>,
    #[serde(default)]
    pub label: Option<UiText>,
    /// Name of a function Kratos' `webauthn.js` defines on `window`. The legacy `onclick`
    /// JavaScript string is deliberately not read: it would need `eval` or inline handlers.
    #[serde(rename = "onclickTrigger", default)]
    pub onclick_trigger: Option<String>,
    #[serde(rename = "onloadTrigger", default)]
    pub onload_trigger: Option<String>,
    /// Choices, when a node offers them (rendered as a `<select>`).
    #[serde(default, deserialize_with = "null_as_default")]
    pub options: Vec<InputOption>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct InputOption {
    pub value: Value,
    #[serde(default)]
    pub label: Option<UiText>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputType {
    #[default]
    Text,
    Password,
    Number,
    Checkbox,
    Hidden,
    Email,
    Tel,
    Submit,
    Button,
    DatetimeLocal,
    Date,
    Url,
    /// Anything else (or empty): rendered as a text field.
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ImageAttributes {
    pub src: String,
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub width: Option<u32>,
    #[serde(default)]
    pub height: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AnchorAttributes {
    pub href: String,
    #[serde(default)]
    pub title: Option<UiText>,
    #[serde(default)]
    pub id: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TextAttributes {
    pub text: UiText,
    #[serde(default)]
    pub id: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ScriptAttributes {
    pub src: String,
    #[serde(rename = "async", default)]
    pub is_async: bool,
    #[serde(default)]
    pub referrerpolicy: String,
    #[serde(default)]
    pub crossorigin: String,
    #[serde(default)]
    pub integrity: String,
    #[serde(rename = "type", default)]
    pub script_type: String,
    #[serde(default)]
    pub id: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DivisionAttributes {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub class: Option<String>,
    #[serde(default)]
    pub data: Option<serde_json::Map<String, Value>>,
}

/// A message or label. `id` is Kratos' stable message id (see its `text/id.go`).
#[derive(Debug, Clone, Deserialize)]
pub struct UiText {
    #[serde(default)]
    pub id: u64,
    #[serde(default)]
    pub text: String,
    #[serde(rename = "type", default)]
    pub kind: MessageKind,
    #[serde(default)]
    pub context: Option<Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MessageKind {
    #[default]
    Info,
    Error,
    Success,
    #[serde(other)]
    Other,
}

/// The method group a node belongs to. Kratos adds groups over time; an unknown one keeps
/// its name so it can still be rendered as its own form.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Group {
    Default,
    Profile,
    Password,
    Oidc,
    Saml,
    Totp,
    LookupSecret,
    Webauthn,
    Passkey,
    Code,
    Link,
    IdentifierFirst,
    Captcha,
    Unknown(String),
}

impl Group {
    pub fn as_str(&self) -> &str {
        match self {
            Group::Default => "default",
            Group::Profile => "profile",
            Group::Password => "password",
            Group::Oidc => "oidc",
            Group::Saml => "saml",
            Group::Totp => "totp",
            Group::LookupSecret => "lookup_secret",
            Group::Webauthn => "webauthn",
            Group::Passkey => "passkey",
            Group::Code => "code",
            Group::Link => "link",
            Group::IdentifierFirst => "identifier_first",
            Group::Captcha => "captcha",
            Group::Unknown(name) => name,
        }
    }

    fn from_name(name: String) -> Self {
        match name.as_str() {
            "default" => Group::Default,
            "profile" => Group::Profile,
            "password" => Group::Password,
            "oidc" => Group::Oidc,
            "saml" => Group::Saml,
            "totp" => Group::Totp,
            "lookup_secret" => Group::LookupSecret,
            "webauthn" => Group::Webauthn,
            "passkey" => Group::Passkey,
            "code" => Group::Code,
            "link" => Group::Link,
            "identifier_first" => Group::IdentifierFirst,
            "captcha" => Group::Captcha,
            _ => Group::Unknown(name),
        }
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Group {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Group::from_name)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Identity {
    pub id: String,
    #[serde(default)]
    pub traits: Value,
    #[serde(default, deserialize_with = "null_as_default")]
    pub verifiable_addresses: Vec<VerifiableAddress>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct VerifiableAddress {
    pub value: String,
    #[serde(default)]
    pub verified: bool,
}

/// A Kratos session: the answer of `GET /sessions/whoami`, and each item of `GET /sessions`.
/// Only what a person needs to recognise a device is read; Kratos' `tokenized` form and the
/// rest are never deserialised. Lenient: a field Kratos omits or garbles is `None` or empty.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Session {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default)]
    pub identity: Option<Identity>,
    #[serde(default, deserialize_with = "lenient_or_default")]
    pub active: bool,
    #[serde(default, deserialize_with = "lenient_time")]
    pub authenticated_at: Option<OffsetDateTime>,
    #[serde(default, deserialize_with = "lenient_time")]
    pub issued_at: Option<OffsetDateTime>,
    #[serde(default, deserialize_with = "lenient_time")]
    pub expires_at: Option<OffsetDateTime>,
    #[serde(default, deserialize_with = "lenient")]
    pub authenticator_assurance_level: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub authentication_methods: Vec<AuthenticationMethod>,
    /// Every place the session was used from, oldest first.
    #[serde(default, deserialize_with = "lenient_list")]
    pub devices: Vec<SessionDevice>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct AuthenticationMethod {
    #[serde(default, deserialize_with = "lenient")]
    pub method: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub provider: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct SessionDevice {
    #[serde(default, deserialize_with = "lenient")]
    pub ip_address: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub location: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub user_agent: Option<String>,
}

/// The answer of `DELETE /sessions` (disableMyOtherSessions).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RevokedCount {
    #[serde(default, deserialize_with = "lenient_or_default")]
    pub count: u64,
}

/// The answer of `GET /self-service/logout/browser`.
#[derive(Debug, Clone, Deserialize)]
pub struct LogoutFlow {
    pub logout_url: String,
}

/// Kratos' error envelope: `{"error": {...}, "redirect_browser_to"?: "..."}`; also the body of
/// `GET /self-service/errors?id=` (which adds `id` and timestamps we do not read).
/// A field of an unexpected type is dropped, not the envelope: the rest still explains the error.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ErrorEnvelope {
    #[serde(default, deserialize_with = "lenient_or_default")]
    pub error: GenericError,
    #[serde(default, deserialize_with = "lenient")]
    pub redirect_browser_to: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct GenericError {
    /// A stable error id, e.g. `security_csrf_violation`.
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    /// The HTTP status Kratos gives the error.
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<u16>,
    /// Kratos' human-readable explanation.
    #[serde(default, deserialize_with = "lenient")]
    pub reason: Option<String>,
    /// Kratos' one-line summary.
    #[serde(default, deserialize_with = "lenient")]
    pub message: Option<String>,
    #[serde(default)]
    pub details: Option<Value>,
}

impl GenericError {
    pub fn detail_str(&self, key: &str) -> Option<&str> {
        self.details.as_ref()?.get(key)?.as_str()
    }
}

fn lenient<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    Ok(serde_json::from_value(Value::deserialize(deserializer)?).ok())
}

fn lenient_or_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned + Default,
{
    Ok(lenient(deserializer)?.unwrap_or_default())
}

/// An RFC 3339 time, or `None` when absent or unreadable.
fn lenient_time<'de, D>(deserializer: D) -> Result<Option<OffsetDateTime>, D::Error>
where
    D: Deserializer<'de>,
{
    let value = Option::<Value>::deserialize(deserializer)?;
    Ok(value
        .as_ref()
        .and_then(Value::as_str)
        .and_then(|text| OffsetDateTime::parse(text, &Rfc3339).ok()))
}

/// A list whose unreadable items are dropped, not the whole answer.
fn lenient_list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::Array(items)) => items
            .into_iter()
            .filter_map(|item| serde_json::from_value(item).ok())
            .collect(),
        _ => Vec::new(),
    })
}

fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// Parses nodes one by one so that one node of an unexpected shape is logged and dropped
/// instead of failing the whole flow (which would leave the user with no page at all).
fn lenient_nodes<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<UiNode>, D::Error> {
    let raw = Option::<Vec<Box<RawValue>>>::deserialize(deserializer)?.unwrap_or_default();
    Ok(raw
        .iter()
        .map(AsRef::as_ref)
        .enumerate()
        .filter_map(parse_node)
        .collect())
}

fn parse_node((index, raw): (usize, &RawValue)) -> Option<UiNode> {
    // The common case parses straight from the raw text; only odd nodes pay for a detour.
    let first_error = match serde_json::from_str::<UiNode>(raw.get()) {
        Ok(node) => return Some(node),
        Err(err) => err,
    };
    // Kratos infers `attributes.node_type` from the node's `type` when it is missing.
    let repaired = serde_json::from_str::<Value>(raw.get())
        .ok()
        .and_then(|mut value| {
            let node_type = value.get("type")?.as_str()?.to_owned();
            let attributes = value.get_mut("attributes")?.as_object_mut()?;
            if attributes.contains_key("node_type") {
                return None;
            }
            attributes.insert("node_type".to_owned(), Value::String(node_type));
            serde_json::from_value::<UiNode>(value).ok()
        });
    if repaired.is_none() {
        tracing::warn!(node_index = index, error = %first_error, "skipping a UI node of unexpected shape");
    }
    repaired
}

/// A JSON value as the string an HTML form would submit for it.
pub fn value_as_form_string(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_unknown_node_type_parses_as_unknown() {
        let node: UiNode = serde_json::from_value(json!({
            "type": "hologram", "group": "profile",
            "attributes": {"node_type": "hologram", "id": "x"},
            "messages": [], "meta": {}
        }))
        .unwrap();
        assert!(matches!(node.attributes, NodeAttributes::Unknown));
    }

    #[test]
    fn a_malformed_node_is_dropped_and_the_rest_survive() {
        let ui: UiContainer = serde_json::from_value(json!({
            "action": "http://k/self-service/settings?flow=1", "method": "POST",
            "nodes": [
                {"type": "input", "group": "default", "attributes": {"node_type": "input", "type": "hidden"}, "messages": [], "meta": {}},
                {"type": "input", "group": "default", "attributes": {"node_type": "input", "name": "csrf_token", "type": "hidden"}, "messages": [], "meta": {}}
            ]
        }))
        .unwrap();
        assert_eq!(ui.nodes.len(), 1);
        match &ui.nodes[0].attributes {
            NodeAttributes::Input(input) => assert_eq!(input.name, "csrf_token"),
            other => panic!("expected an input, got {other:?}"),
        }
    }

    #[test]
    fn node_type_is_taken_from_the_node_when_attributes_lack_it() {
        let ui: UiContainer = serde_json::from_value(json!({
            "action": "a", "method": "POST",
            "nodes": [{"type": "text", "group": "totp", "attributes": {"id": "totp_secret_key", "text": {"id": 1050006, "text": "ABC", "type": "info"}}, "messages": [], "meta": {}}]
        }))
        .unwrap();
        assert!(matches!(ui.nodes[0].attributes, NodeAttributes::Text(_)));
    }

    #[test]
    fn unknown_groups_keep_their_name() {
        let group: Group = serde_json::from_value(json!("fancy_new_method")).unwrap();
        assert_eq!(group, Group::Unknown("fancy_new_method".into()));
        assert_eq!(group.as_str(), "fancy_new_method");
        let known: Group = serde_json::from_value(json!("lookup_secret")).unwrap();
        assert_eq!(known, Group::LookupSecret);
    }

    #[test]
    fn empty_or_unknown_input_types_fall_back() {
        let input: InputAttributes =
            serde_json::from_value(json!({"name": "email", "type": ""})).unwrap();
        assert_eq!(input.input_type, InputType::Unknown);
        let input: InputAttributes =
            serde_json::from_value(json!({"name": "when", "type": "datetime-local"})).unwrap();
        assert_eq!(input.input_type, InputType::DatetimeLocal);
    }

    #[test]
    fn null_collections_are_empty() {
        let node: UiNode = serde_json::from_value(json!({
            "group": "default", "attributes": {"node_type": "input", "name": "csrf_token", "type": "hidden"},
            "messages": null, "meta": null
        }))
        .unwrap();
        assert!(node.messages.is_empty());
        assert!(node.meta.label.is_none());
    }

    #[test]
    fn a_session_keeps_what_identifies_a_device_and_survives_garbled_fields() {
        let session: Session = serde_json::from_value(json!({
            "id": "s-1", "active": true, "tokenized": "never-read",
            "authenticated_at": "2026-11-28T19:00:00.123456Z",
            "issued_at": "yesterday", "expires_at": 7,
            "authenticator_assurance_level": "aal2",
            "authentication_methods": [{"method": "password"}, "garbage", {"method": "oidc", "provider": "github"}],
            "devices": [{"ip_address": "192.0.2.7", "user_agent": "UA", "location": null}, 3]
        }))
        .unwrap();
        assert_eq!(session.id.as_deref(), Some("s-1"));
        assert!(session.active);
        assert_eq!(
            session.authenticated_at.map(|t| t.unix_timestamp()),
            Some(1_795_892_400)
        );
        assert!(session.issued_at.is_none() && session.expires_at.is_none());
        assert_eq!(session.authentication_methods.len(), 2);
        assert_eq!(
            session.authentication_methods[1].provider.as_deref(),
            Some("github")
        );
        assert_eq!(session.devices.len(), 1);
        assert_eq!(session.devices[0].location, None);

        let odd: Session =
            serde_json::from_value(json!({"id": 5, "active": "yes", "devices": {}})).unwrap();
        assert!(odd.id.is_none() && !odd.active && odd.devices.is_empty());
    }
}
