//! Serde models of what Kratos' public API answers. Parsed once, then matched as enums:
//! nothing downstream compares `node_type` or group strings.

use std::cell::Cell;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer};
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

#[derive(Debug, Clone)]
pub struct UiNode {
    pub group: Group,
    pub attributes: NodeAttributes,
    pub messages: Vec<UiText>,
    pub meta: NodeMeta,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct NodeMeta {
    #[serde(default)]
    pub label: Option<UiText>,
}

/// Node attributes, by the `node_type` Kratos tags them with.
#[derive(Debug, Clone)]
pub enum NodeAttributes {
    Input(InputAttributes),
    Image(ImageAttributes),
    Anchor(AnchorAttributes),
    Text(TextAttributes),
    Script(ScriptAttributes),
    Division(DivisionAttributes),
    /// A node type this UI does not know yet (a newer Kratos); skipped with a log line.
    Unknown,
}

#[derive(Debug, Clone)]
pub struct InputAttributes {
    pub name: String,
    pub input_type: InputType,
    pub value: Option<Value>,
    pub required: bool,
    pub disabled: bool,
    pub autocomplete: Option<String>,
    pub pattern: Option<String>,
    pub maxlength: Option<u32>,
    pub label: Option<UiText>,
    /// Name of a function Kratos' `webauthn.js` defines on `window`. The legacy `onclick`
    /// JavaScript string is deliberately not read: it would need `eval` or inline handlers.
    pub onclick_trigger: Option<String>,
    pub onload_trigger: Option<String>,
    /// Choices, when a node offers them (rendered as a `<select>`).
    pub options: Vec<InputOption>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct InputOption {
    pub value: Value,
    #[serde(default)]
    pub label: Option<UiText>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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
    Unknown,
}

impl InputType {
    fn from_name(name: &str) -> Self {
        match name {
            "text" => InputType::Text,
            "password" => InputType::Password,
            "number" => InputType::Number,
            "checkbox" => InputType::Checkbox,
            "hidden" => InputType::Hidden,
            "email" => InputType::Email,
            "tel" => InputType::Tel,
            "submit" => InputType::Submit,
            "button" => InputType::Button,
            "datetime-local" => InputType::DatetimeLocal,
            "date" => InputType::Date,
            "url" => InputType::Url,
            _ => InputType::Unknown,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ImageAttributes {
    pub src: String,
    pub id: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct AnchorAttributes {
    pub href: String,
    pub title: Option<UiText>,
    pub id: String,
}

#[derive(Debug, Clone)]
pub struct TextAttributes {
    pub text: UiText,
    pub id: String,
}

#[derive(Debug, Clone)]
pub struct ScriptAttributes {
    pub src: String,
    pub is_async: bool,
    pub referrerpolicy: String,
    pub crossorigin: String,
    pub integrity: String,
    pub script_type: String,
    pub id: String,
}

#[derive(Debug, Clone)]
pub struct DivisionAttributes {
    pub id: String,
    pub class: Option<String>,
    pub data: Option<serde_json::Map<String, Value>>,
}

/// A node as Kratos sends it, read in one pass. Kratos writes `attributes.node_type` after
/// the other attributes, so an enum tagged by it would make serde buffer every attribute of
/// every node before it knows the type; instead the attributes of all node types are read
/// into one struct ([`WireAttributes`]) and the type then picks the ones that belong to it.
#[derive(Deserialize)]
struct WireNode {
    /// The node's own type: what `attributes.node_type` defaults to when missing.
    #[serde(rename = "type", default)]
    node_type: Option<NodeType>,
    group: Group,
    /// Boxed: the struct is large, and is moved several times between parsing and use.
    attributes: Box<WireAttributes>,
    #[serde(default, deserialize_with = "null_as_default")]
    messages: Vec<UiText>,
    #[serde(default, deserialize_with = "null_as_default")]
    meta: NodeMeta,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
enum NodeType {
    #[serde(rename = "input")]
    Input,
    #[serde(rename = "img")]
    Image,
    #[serde(rename = "a")]
    Anchor,
    #[serde(rename = "text")]
    Text,
    #[serde(rename = "script")]
    Script,
    #[serde(rename = "div")]
    Division,
    #[serde(other)]
    Unknown,
}

/// Every attribute any node type has; fields no node type uses (such as the legacy
/// `onclick` JavaScript) are skipped without being copied.
#[derive(Deserialize)]
struct WireAttributes {
    #[serde(default)]
    node_type: Option<NodeType>,
    /// An input's type, or a script's MIME type.
    #[serde(rename = "type", default)]
    type_name: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    value: Option<Value>,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    disabled: bool,
    #[serde(default)]
    autocomplete: Option<String>,
    #[serde(default)]
    pattern: Option<String>,
    #[serde(default)]
    maxlength: Option<u32>,
    #[serde(default)]
    label: Option<UiText>,
    #[serde(rename = "onclickTrigger", default)]
    onclick_trigger: Option<String>,
    #[serde(rename = "onloadTrigger", default)]
    onload_trigger: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    options: Vec<InputOption>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    src: Option<String>,
    #[serde(default)]
    width: Option<u32>,
    #[serde(default)]
    height: Option<u32>,
    #[serde(default)]
    href: Option<String>,
    #[serde(default)]
    title: Option<UiText>,
    #[serde(default)]
    text: Option<UiText>,
    #[serde(rename = "async", default)]
    is_async: bool,
    #[serde(default)]
    referrerpolicy: Option<String>,
    #[serde(default)]
    crossorigin: Option<String>,
    #[serde(default)]
    integrity: Option<String>,
    #[serde(default)]
    class: Option<String>,
    #[serde(default)]
    data: Option<serde_json::Map<String, Value>>,
}

impl WireAttributes {
    /// The attributes of a `node_type` node; `Err` names the attribute it cannot lack.
    fn into_attributes(
        self: Box<Self>,
        node_type: NodeType,
    ) -> Result<NodeAttributes, &'static str> {
        let id = self.id.unwrap_or_default();
        Ok(match node_type {
            NodeType::Input => NodeAttributes::Input(InputAttributes {
                name: self.name.ok_or("name")?,
                input_type: self
                    .type_name
                    .as_deref()
                    .map_or(InputType::default(), InputType::from_name),
                value: self.value,
                required: self.required,
                disabled: self.disabled,
                autocomplete: self.autocomplete,
                pattern: self.pattern,
                maxlength: self.maxlength,
                label: self.label,
                onclick_trigger: self.onclick_trigger,
                onload_trigger: self.onload_trigger,
                options: self.options,
            }),
            NodeType::Image => NodeAttributes::Image(ImageAttributes {
                src: self.src.ok_or("src")?,
                id,
                width: self.width,
                height: self.height,
            }),
            NodeType::Anchor => NodeAttributes::Anchor(AnchorAttributes {
                href: self.href.ok_or("href")?,
                title: self.title,
                id,
            }),
            NodeType::Text => NodeAttributes::Text(TextAttributes {
                text: self.text.ok_or("text")?,
                id,
            }),
            NodeType::Script => NodeAttributes::Script(ScriptAttributes {
                src: self.src.ok_or("src")?,
                is_async: self.is_async,
                referrerpolicy: self.referrerpolicy.unwrap_or_default(),
                crossorigin: self.crossorigin.unwrap_or_default(),
                integrity: self.integrity.unwrap_or_default(),
                script_type: self.type_name.unwrap_or_default(),
                id,
            }),
            NodeType::Division => NodeAttributes::Division(DivisionAttributes {
                id,
                class: self.class,
                data: self.data,
            }),
            NodeType::Unknown => NodeAttributes::Unknown,
        })
    }
}

impl<'de> Deserialize<'de> for UiNode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = WireNode::deserialize(deserializer)?;
        // Kratos infers `attributes.node_type` from the node's `type` when it is missing.
        let node_type = wire
            .attributes
            .node_type
            .or(wire.node_type)
            .ok_or_else(|| de::Error::missing_field("node_type"))?;
        Ok(UiNode {
            group: wire.group,
            attributes: wire
                .attributes
                .into_attributes(node_type)
                .map_err(de::Error::missing_field)?,
            messages: wire.messages,
            meta: wire.meta,
        })
    }
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

    fn from_name(name: &str) -> Self {
        match name {
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
            _ => Group::Unknown(name.to_owned()),
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
        // Known names are matched on the borrowed text: no allocation per node.
        struct GroupName;
        impl de::Visitor<'_> for GroupName {
            type Value = Group;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a node group name")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Group, E> {
                Ok(Group::from_name(name))
            }
        }
        deserializer.deserialize_str(GroupName)
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

thread_local! {
    /// Set while [`parse_answer`] makes its first, strict attempt.
    static STRICT: Cell<bool> = const { Cell::new(false) };
}

/// Reads a Kratos answer. Real answers are well-formed, so the first attempt reads strictly:
/// in one pass, with no node copied out and no field buffered as a `Value`, failing at the
/// first value of an unexpected shape. Only then is the answer read again leniently, node by
/// node and field by field, dropping (and logging) what cannot be used. Wherever the strict
/// attempt succeeds, the lenient reading gives the same result, so this changes only the cost.
pub fn parse_answer<T: DeserializeOwned>(body: &[u8]) -> serde_json::Result<T> {
    parse_strictly(body).or_else(|_| serde_json::from_slice(body))
}

/// The first attempt of [`parse_answer`] alone (public for the fuzz target, which checks that
/// it never reads an answer differently from the lenient reading).
pub fn parse_strictly<T: DeserializeOwned>(body: &[u8]) -> serde_json::Result<T> {
    // Checked once here, so the hundreds of strings of a flow are not checked one by one. A
    // body that is not UTF-8 is not JSON, and is left to the lenient reading as it always was:
    // read strictly, the bytes in a field it skips would pass unchecked.
    let text = std::str::from_utf8(body).map_err(de::Error::custom)?;
    let _strict = StrictMode::enter();
    serde_json::from_str(text)
}

/// Restores the mode it found, also when a parse unwinds.
struct StrictMode(bool);

impl StrictMode {
    fn enter() -> Self {
        StrictMode(STRICT.replace(true))
    }
}

impl Drop for StrictMode {
    fn drop(&mut self) {
        STRICT.set(self.0);
    }
}

fn strict() -> bool {
    STRICT.get()
}

fn lenient<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    if strict() {
        return Option::<T>::deserialize(deserializer);
    }
    // Raw text, not a `Value`, for the reason `lenient_list` gives.
    Ok(Option::<Box<RawValue>>::deserialize(deserializer)?
        .and_then(|raw| serde_json::from_str(raw.get()).ok()))
}

fn lenient_or_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    Ok(lenient(deserializer)?.unwrap_or_default())
}

/// An RFC 3339 time, or `None` when absent or unreadable.
fn lenient_time<'de, D>(deserializer: D) -> Result<Option<OffsetDateTime>, D::Error>
where
    D: Deserializer<'de>,
{
    if strict() {
        return Ok(Option::<Rfc3339Time>::deserialize(deserializer)?.map(|time| time.0));
    }
    Ok(Option::<Box<RawValue>>::deserialize(deserializer)?
        .and_then(|raw| serde_json::from_str::<Rfc3339Time>(raw.get()).ok())
        .map(|time| time.0))
}

/// A time read from the text in place, without a `String` of its own.
struct Rfc3339Time(OffsetDateTime);

impl<'de> Deserialize<'de> for Rfc3339Time {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TimeText;
        impl de::Visitor<'_> for TimeText {
            type Value = Rfc3339Time;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 time")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Rfc3339Time, E> {
                OffsetDateTime::parse(text, &Rfc3339)
                    .map(Rfc3339Time)
                    .map_err(E::custom)
            }
        }
        deserializer.deserialize_str(TimeText)
    }
}

/// A list whose unreadable items are dropped, not the whole answer.
fn lenient_list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    if strict() {
        return Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default());
    }
    // Kept as raw text, as nodes are, not as a `Value`: a `Value` would also read (and could
    // fail on) what no model reads, such as a field of an item that nothing uses.
    let Some(raw) = Option::<Box<RawValue>>::deserialize(deserializer)? else {
        return Ok(Vec::new());
    };
    let Ok(items) = serde_json::from_str::<Vec<Box<RawValue>>>(raw.get()) else {
        return Ok(Vec::new());
    };
    Ok(items
        .iter()
        .filter_map(|item| serde_json::from_str(item.get()).ok())
        .collect())
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
    if strict() {
        return Ok(Option::<Vec<UiNode>>::deserialize(deserializer)?.unwrap_or_default());
    }
    let raw = Option::<Vec<Box<RawValue>>>::deserialize(deserializer)?.unwrap_or_default();
    Ok(raw
        .iter()
        .map(AsRef::as_ref)
        .enumerate()
        .filter_map(parse_node)
        .collect())
}

fn parse_node((index, raw): (usize, &RawValue)) -> Option<UiNode> {
    serde_json::from_str::<UiNode>(raw.get())
        .inspect_err(|error| {
            tracing::warn!(node_index = index, %error, "skipping a UI node of unexpected shape");
        })
        .ok()
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
    fn the_attributes_node_type_wins_over_the_nodes_type() {
        let node: UiNode = serde_json::from_value(json!({
            "type": "input", "group": "default",
            "attributes": {"id": "hint", "text": {"id": 1, "text": "Hello", "type": "info"}, "node_type": "text"}
        }))
        .unwrap();
        assert!(matches!(node.attributes, NodeAttributes::Text(ref t) if t.text.text == "Hello"));
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
        let input_type = |attributes: Value| {
            let node: UiNode = serde_json::from_value(
                json!({"type": "input", "group": "profile", "attributes": attributes}),
            )
            .unwrap();
            match node.attributes {
                NodeAttributes::Input(input) => input.input_type,
                other => panic!("expected an input, got {other:?}"),
            }
        };
        assert_eq!(
            input_type(json!({"name": "email", "type": ""})),
            InputType::Unknown
        );
        assert_eq!(
            input_type(json!({"name": "when", "type": "datetime-local"})),
            InputType::DatetimeLocal
        );
        assert_eq!(input_type(json!({"name": "nick"})), InputType::Text);
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

    /// Every recorded answer takes the one-pass path, and reads as the lenient path reads it.
    #[test]
    fn recorded_answers_read_strictly_as_leniently() {
        fn same<T: DeserializeOwned + fmt::Debug>(name: &str, body: &[u8]) {
            let strict: T = parse_strictly(body)
                .unwrap_or_else(|err| panic!("{name} did not read strictly: {err}"));
            let lenient: T = serde_json::from_slice(body).unwrap();
            assert_eq!(format!("{strict:?}"), format!("{lenient:?}"), "{name}");
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kratos");
        let mut flows = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let body = std::fs::read(&path).unwrap();
            match name.as_str() {
                "session-whoami.json" => same::<Session>(&name, &body),
                "sessions-others.json" => same::<Vec<Session>>(&name, &body),
                "logout-browser.json" => same::<LogoutFlow>(&name, &body),
                // The answer to an API-client registration, which this UI never reads.
                "registration-success.json" => {}
                _ if name.starts_with("error-") => same::<ErrorEnvelope>(&name, &body),
                _ if name.ends_with(".json") => {
                    same::<Flow>(&name, &body);
                    flows += 1;
                }
                _ => {}
            }
        }
        assert!(flows >= 10, "only {flows} flows found in {dir}");
    }

    #[test]
    fn a_malformed_node_sends_the_answer_down_the_lenient_path() {
        let body = json!({
            "id": "f", "ui": {"action": "a", "method": "POST", "nodes": [
                {"type": "input", "group": "default", "attributes": {"node_type": "input", "name": 7}},
                {"type": "input", "group": "default", "attributes": {"node_type": "input", "name": "csrf_token", "type": "hidden"}}
            ]}
        })
        .to_string();
        assert!(parse_strictly::<Flow>(body.as_bytes()).is_err());
        let flow: Flow = parse_answer(body.as_bytes()).unwrap();
        assert_eq!(flow.ui.nodes.len(), 1);
        assert!(!strict(), "the strict mode outlived its attempt");
    }

    #[test]
    fn a_garbled_session_field_is_dropped_not_the_session() {
        let body = json!({
            "id": "s-1", "active": true, "issued_at": "yesterday",
            "authenticated_at": "2026-11-28T19:00:00Z",
            "devices": [{"user_agent": "UA"}, 3]
        })
        .to_string();
        assert!(parse_strictly::<Session>(body.as_bytes()).is_err());
        let session: Session = parse_answer(body.as_bytes()).unwrap();
        assert_eq!(session.id.as_deref(), Some("s-1"));
        assert!(session.issued_at.is_none() && session.authenticated_at.is_some());
        assert_eq!(session.devices.len(), 1);
        assert!(!strict());
    }

    /// Found by the fuzzer: bytes that are not UTF-8, in a field no model reads, passed the
    /// strict reading unchecked while the lenient one refused the answer.
    #[test]
    fn a_body_that_is_not_utf8_is_read_only_the_lenient_way() {
        let mut body = br#"{"id": "f", "ui": {"action": "a", "method": "POST", "nodes": [
            {"type": "input", "group": "default", "attributes": {"node_type": "input",
             "name": "csrf_token", "type": "hidden", "unread": "x"#
            .to_vec();
        body.extend_from_slice(b"\xff\xfe");
        body.extend_from_slice(br#""}}]}}"#);
        assert!(parse_strictly::<Flow>(&body).is_err());
        let lenient = serde_json::from_slice::<Flow>(&body).map(|flow| format!("{flow:?}"));
        let answer = parse_answer::<Flow>(&body).map(|flow| format!("{flow:?}"));
        assert_eq!(
            answer.map_err(|err| err.to_string()),
            lenient.map_err(|err| err.to_string())
        );
    }

    /// What no model reads is skipped unread both ways: a lone surrogate in an unused field
    /// of a device failed the whole session when the list was read as a `Value`.
    #[test]
    fn unread_fields_of_list_items_cannot_fail_either_reading() {
        for body in [
            r#"{"id": "s", "devices": [{"user_agent": "UA", "unread": "\ud800"}]}"#,
            r#"{"id": "s", "devices": [{"user_agent": "UA", "unread": "\udc00x"}, 3]}"#,
        ] {
            let lenient: Session = serde_json::from_slice(body.as_bytes()).unwrap();
            assert_eq!(lenient.devices.len(), 1, "{body}");
            let answer: Session = parse_answer(body.as_bytes()).unwrap();
            assert_eq!(format!("{answer:?}"), format!("{lenient:?}"));
        }
    }

    #[test]
    fn strict_reading_keeps_nulls_and_absences_as_the_lenient_one_does() {
        let body = br#"{"id": null, "active": null, "expires_at": null, "devices": null}"#;
        let session: Session = parse_strictly(body).unwrap();
        assert!(session.id.is_none() && !session.active && session.expires_at.is_none());
        assert!(session.devices.is_empty());
    }
}
