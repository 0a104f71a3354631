//! Kratos body -> parse -> view model -> HTML, through the same functions the flow route uses,
//! with arbitrary bytes and with structured hostile flows. Checks: no panic; no string from
//! the flow escapes its text or attribute (no injected tag or attribute); every script carries
//! our nonce and comes from Kratos; every form posts to Kratos (or to our own routes), and so
//! does every button with a `formaction`; every URL in an `href`, `src`, `action` or
//! `formaction` resolves to an allowed origin.
#![no_main]

use std::path::Path;

use arbitrary::{Arbitrary, Unstructured};
use kratos_account_ui::assets::Assets;
use kratos_account_ui::brand::Brand;
use kratos_account_ui::config::Settings;
use kratos_account_ui::error::AppError;
use kratos_account_ui::i18n::Localizer;
use kratos_account_ui::kratos::models::{Flow, Identity, Session, parse_answer, parse_strictly};
use kratos_account_ui::routes::flow::{RenderedFlow, render_flow};
use kratos_account_ui::security::RequestContext;
use kratos_account_ui::ui::sessions::{SessionForms, SessionsInput, sessions_view};
use kratos_account_ui::ui::transitions::PageFacts;
use kratos_account_ui::urls::{Page, Urls};
use kratos_account_ui::views::{
    FlowTemplate, Layout, LoginPage, RecoveryPage, RegistrationPage, SettingsExtras, SettingsPage,
    VerificationPage,
};
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value, json};
use time::OffsetDateTime;
use url::Url;

const KRATOS_BROWSER: &str = "http://localhost:4433";
/// Where the page is served in this harness; relative URLs resolve against it.
const PAGE: &str = "http://ui.test/settings";
const NONCE: &str = "fuzznonce";
/// Our own routes that our own forms (language menu, sign-out) post or get to.
const OWN_FORM_PATHS: &[&str] = &[
    "/language",
    "/logout",
    "/settings/sessions/end",
    "/settings/sessions/end-others",
];
/// The links back to `return_to`: above the settings form, and on a page offering no method.
const BACK_LINKS: &[&str] = &["back-link", "no-method-back", "cancel-link"];
/// English, a language with other plural rules, and a right-to-left one.
const LOCALES: &[&str] = &["en", "de", "ar"];

fuzz_target!(|data: &[u8]| {
    // The first byte picks whether the rest is a raw body or a structured flow (bit 0), the
    // flow kind (bits 1-3) and the reader's language (bits 4-5).
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let kind = (mode >> 1 & 7) % 5;
    let locale = LOCALES[usize::from(mode >> 4 & 3) % LOCALES.len()];
    if mode & 1 == 0 {
        check(kind, locale, rest, None, None);
    } else if let Ok(flow) = FuzzFlow::arbitrary_take_rest(Unstructured::new(rest)) {
        let body = serde_json::to_vec(&flow.to_json()).unwrap();
        let session = flow.session.as_ref().map(Ident::to_json);
        let token = flow.sign_out_token.as_ref().map(Text::render);
        let sessions = flow.sessions.as_ref().map(|(current, others)| {
            (
                current.to_json(),
                others.iter().map(FuzzSession::to_json).collect(),
            )
        });
        check_with_sessions(kind, locale, &body, session, token.as_deref(), sessions);
    }
});

fn check(kind: u8, locale: &str, body: &[u8], session: Option<Value>, token: Option<&str>) {
    check_with_sessions(kind, locale, body, session, token, None);
}

fn check_with_sessions(
    kind: u8,
    locale: &str,
    body: &[u8],
    session: Option<Value>,
    token: Option<&str>,
    sessions: Option<(Value, Vec<Value>)>,
) {
    // The same parse as the client's.
    let Ok(flow) = parse_answer::<Flow>(body) else {
        return;
    };
    same_strictly_as_leniently(&flow, body);
    let session: Option<Session> = session
        .and_then(|s| serde_json::from_value::<Identity>(s).ok())
        .map(|identity| Session {
            identity: Some(identity),
            ..Session::default()
        });
    let session = session.as_ref();
    // Parsed as the client parses whoami and the list; an unparsable list is a failed listing.
    let sessions = sessions.map(|(current, others)| {
        let current = serde_json::to_vec(&current).unwrap();
        let others = serde_json::to_vec(&others).unwrap();
        let parsed = (
            parse_answer::<Session>(&current).ok(),
            parse_answer::<Vec<Session>>(&others).ok(),
        );
        if let Some(session) = &parsed.0 {
            same_strictly_as_leniently(session, &current);
        }
        if let Some(list) = &parsed.1 {
            same_strictly_as_leniently(list, &others);
        }
        parsed
    });
    let rendered = match kind {
        0 => render::<SettingsPage>(&flow, locale, session, token, sessions.as_ref()),
        1 => render::<LoginPage>(&flow, locale, session, token, None),
        2 => render::<RegistrationPage>(&flow, locale, session, token, None),
        3 => render::<RecoveryPage>(&flow, locale, session, token, None),
        _ => render::<VerificationPage>(&flow, locale, session, token, None),
    };
    let html = match rendered {
        Ok(rendered) => rendered.html,
        // A flow whose forms post elsewhere is refused (a 502), which is the point.
        Err(AppError::Upstream(_)) => return,
        Err(err) => panic!("rendering failed: {err}"),
    };
    let back_link = flow
        .return_to
        .as_deref()
        .and_then(|r| Url::parse(r).ok())
        .map(String::from);
    check_html(&html, back_link.as_deref());
}

/// What the server builds once at start-up: URLs (Kratos' browser origin as in the fixtures),
/// the static assets and the default brand.
struct Harness {
    urls: Urls,
    assets: Assets,
    brand: Brand,
}

fn render<P: FlowTemplate>(
    flow: &Flow,
    locale: &str,
    session: Option<&Session>,
    sign_out_token: Option<&str>,
    sessions: Option<&(Option<Session>, Option<Vec<Session>>)>,
) -> Result<RenderedFlow, AppError> {
    thread_local! {
        static HARNESS: Harness = {
            let mut settings = Settings::development();
            settings.kratos.browser_url = Url::parse(KRATOS_BROWSER).unwrap();
            let static_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../static");
            Harness {
                urls: Urls::new(&settings),
                assets: Assets::load(&static_dir).unwrap(),
                brand: Brand::default(),
            }
        };
    }
    let l = Localizer::builtin(locale);
    let context = RequestContext {
        request_id: "fuzz".to_owned(),
        nonce: NONCE.to_owned(),
        locale: 0,
        here: "/settings?flow=f".to_owned(),
    };
    HARNESS.with(|h| {
        let extras = SettingsExtras {
            sessions: sessions.map(|(current, others)| {
                sessions_view(
                    SessionsInput {
                        current: current.as_ref(),
                        others: others.as_deref(),
                        notice: None,
                        more_url: None,
                        first_page_url: None,
                        forms: SessionForms {
                            end_action: h.urls.page(Page::EndSession),
                            end_others_action: h.urls.page(Page::EndOtherSessions),
                            csrf_field: "kau_csrf",
                            csrf_token: sign_out_token.unwrap_or("t").to_owned(),
                            flow_id: flow.id.clone(),
                        },
                        now: OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap(),
                    },
                    &l,
                )
            }),
            codes_form: None,
        };
        render_flow::<P>(
            flow,
            PageFacts {
                session,
                sign_out_token,
                ..PageFacts::default()
            },
            extras,
            &h.urls,
            &l,
            |title| Layout::new(&h.urls, &h.assets, &h.brand, l.clone(), title, &context),
        )
    })
}

/// Walks every tag of the page (attribute values are escaped, so `<` and `>` only delimit
/// tags) and checks its name, its attribute names and its URLs.
fn check_html(html: &str, back_link: Option<&str>) {
    let page = Url::parse(PAGE).unwrap();
    let kratos = Url::parse(KRATOS_BROWSER).unwrap().origin();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').expect("every tag is closed");
        let tag = &after[..end];
        rest = &after[end + 1..];
        if tag.starts_with('!') || tag.starts_with('/') {
            continue;
        }
        let (name, attrs) = parse_tag(tag);
        assert!(
            !name.starts_with("zz") && name.chars().all(|c| c.is_ascii_alphanumeric()),
            "injected tag <{name}> in {tag:?}"
        );
        for (attr, _) in &attrs {
            assert!(
                !attr.starts_with("zz")
                    && !attr.starts_with("on")
                    && attr.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                "injected attribute {attr:?} in <{tag}>"
            );
        }
        let attr = |n: &str| attrs.iter().find(|(a, _)| a == n).map(|(_, v)| unescape(v));
        if name == "script" {
            assert_eq!(
                attr("nonce").as_deref(),
                Some(NONCE),
                "a script without our nonce: <{tag}>"
            );
            let src = attr("src").unwrap_or_else(|| panic!("an inline script: <{tag}>"));
            let src = page.join(&src).unwrap();
            // Kratos' script nodes come from Kratos; our own script from our origin.
            let from_kratos = attrs.iter().any(|(a, _)| a == "data-kratos-script");
            let expected = if from_kratos { &kratos } else { &page.origin() };
            assert!(
                &src.origin() == expected,
                "a script from elsewhere: <{tag}>"
            );
        }
        // A button's own form target overrides its form's action: Kratos only.
        if let Some(formaction) = attr("formaction") {
            let formaction = page.join(&formaction).unwrap();
            assert!(
                formaction.origin() == kratos,
                "a button posting elsewhere: <{tag}>"
            );
        }
        if name == "form" {
            let action = attr("action").unwrap_or_else(|| panic!("a form without action: <{tag}>"));
            let action = page.join(&action).unwrap();
            assert!(
                action.origin() == kratos
                    || (action.origin() == page.origin()
                        && OWN_FORM_PATHS.contains(&action.path())),
                "a form posting elsewhere: <{tag}>"
            );
        }
        for (attr, value) in &attrs {
            if !matches!(attr.as_str(), "href" | "src" | "action" | "formaction") {
                continue;
            }
            let value = unescape(value);
            if value.starts_with('#') {
                continue;
            }
            let url = page
                .join(&value)
                .unwrap_or_else(|err| panic!("{attr}={value:?} is no URL: {err}"));
            let origin = url.origin();
            let allowed = origin == page.origin()
                || origin == kratos
                || (name == "img"
                    && attr == "src"
                    && url.scheme() == "data"
                    && url.path().starts_with("image/"))
                // The way back to where the person came from: Kratos checks return_to against
                // its allow-list and sends the browser there itself once the flow is done.
                || (name == "a"
                    && attrs
                        .iter()
                        .any(|(a, v)| a == "data-testid" && BACK_LINKS.contains(&v.as_str()))
                    && Some(value.as_str()) == back_link);
            assert!(
                allowed,
                "<{name} {attr}={value:?}> leaves the allowed origins: <{tag}>"
            );
        }
    }
}

/// The one-pass reading may only be faster than the lenient one, never different: where it
/// succeeds, the lenient reading (which `parse_answer` got only if it failed) must agree.
fn same_strictly_as_leniently<T>(parsed: &T, body: &[u8])
where
    T: serde::de::DeserializeOwned + std::fmt::Debug,
{
    let lenient = serde_json::from_slice::<T>(body).expect("the lenient reading failed");
    if let Ok(strict) = parse_strictly::<T>(body) {
        assert_eq!(
            format!("{strict:?}"),
            format!("{lenient:?}"),
            "strict and lenient differ"
        );
    }
    assert_eq!(format!("{parsed:?}"), format!("{lenient:?}"));
}

fn parse_tag(tag: &str) -> (String, Vec<(String, String)>) {
    let tag = tag.trim_end_matches('/');
    let name_end = tag
        .find(|c: char| c.is_ascii_whitespace())
        .unwrap_or(tag.len());
    let name = tag[..name_end].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut rest = tag[name_end..].trim_start();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c == '=' || c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let attr = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after
                .strip_prefix('"')
                .unwrap_or_else(|| panic!("unquoted value of {attr} in <{tag}>"));
            let close = after
                .find('"')
                .unwrap_or_else(|| panic!("unclosed value of {attr} in <{tag}>"));
            value = after[..close].to_owned();
            rest = &after[close + 1..];
        }
        attrs.push((attr, value));
        rest = rest.trim_start();
    }
    (name, attrs)
}

/// An attribute value as the browser reads it: character references decoded (askama writes
/// `&#38;`, `&#34;`, `&#39;`, `&#60;`, `&#62;`). An `&` that starts no reference stays.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|hex| u32::from_str_radix(hex, 16))
                    .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(Result::ok)
                    .and_then(char::from_u32),
            }?;
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

// --- Structured flows: Kratos' shapes with hostile strings in every field. ---

const WORDS: &[&str] = &[
    "",
    " ",
    "Password",
    "traits.email",
    "csrf_token",
    "method",
    "link",
    "totp_code",
    "lookup_secret_codes",
    "totp_secret_key",
    "webauthn_register_trigger",
    "oryWebAuthnRegistration",
    "true",
    "used",
    ", ",
    "é",
    "\u{202e}",
    "\t",
    "\n",
    "\\",
    "/",
    "//",
    ":",
    "#",
    "?",
    "..",
    ".",
    "@",
    "%2F",
    "javascript:",
    "data:image/png;base64,",
    "data:text/html,",
    "http://localhost:4433",
    "https://localhost:4433",
    "http://localhost:4434",
    "http://evil.example",
    "//evil.example",
    "/\\evil.example",
    "localhost:4433@evil.example",
    "/self-service/settings?flow=f",
    "&",
    "&amp;",
    "<",
    ">",
    "\"",
    "'",
    "=",
];

const MARKERS: &[&str] = &[
    "<zz>",
    "\"><zz>",
    "\" zz=\"",
    "' zz='",
    "</title><zz>",
    "\" onclick=\"zz",
    "&zz;",
];

const GROUPS: &[&str] = &[
    "default",
    "password",
    "profile",
    "oidc",
    "saml",
    "totp",
    "lookup_secret",
    "webauthn",
    "passkey",
    "code",
    "link",
    "identifier_first",
    "captcha",
    "brand_new",
];

const INPUT_TYPES: &[&str] = &[
    "text",
    "password",
    "number",
    "email",
    "tel",
    "url",
    "date",
    "datetime-local",
    "checkbox",
    "hidden",
    "submit",
    "button",
    "odd",
];

fn pick(list: &[&'static str], i: u8) -> &'static str {
    list[usize::from(i) % list.len()]
}

#[derive(Arbitrary, Debug)]
enum Piece {
    Word(u8),
    Marker(u8),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
struct Text(Vec<Piece>);

impl Text {
    fn render(&self) -> String {
        self.0
            .iter()
            .map(|piece| match piece {
                Piece::Word(i) => pick(WORDS, *i).to_owned(),
                Piece::Marker(i) => pick(MARKERS, *i).to_owned(),
                Piece::Raw(s) => s.clone(),
            })
            .collect()
    }

    fn json(&self) -> Value {
        Value::String(self.render())
    }
}

#[derive(Arbitrary, Debug)]
enum Val {
    Str(Text),
    Bool(bool),
    Num(i64),
    Null,
    List(Vec<Text>),
    Object(Vec<(Text, Text)>),
}

impl Val {
    fn json(&self) -> Value {
        match self {
            Val::Str(t) => t.json(),
            Val::Bool(b) => json!(b),
            Val::Num(n) => json!(n),
            Val::Null => Value::Null,
            Val::List(items) => Value::Array(items.iter().map(Text::json).collect()),
            Val::Object(pairs) => object(pairs),
        }
    }
}

fn object(pairs: &[(Text, Text)]) -> Value {
    Value::Object(
        pairs
            .iter()
            .map(|(k, v)| (k.render(), v.json()))
            .collect::<Map<_, _>>(),
    )
}

#[derive(Arbitrary, Debug)]
struct Msg {
    id: u32,
    text: Text,
    kind: u8,
    context: Option<Vec<(Text, Text)>>,
}

impl Msg {
    fn json(&self) -> Value {
        let mut m = json!({"id": self.id, "text": self.text.json(),
            "type": pick(&["info", "error", "success", "odd"], self.kind)});
        if let Some(context) = &self.context {
            m["context"] = object(context);
        }
        m
    }
}

#[derive(Arbitrary, Debug)]
struct Secret {
    text: Text,
    used: bool,
}

#[derive(Arbitrary, Debug)]
enum Node {
    Input {
        group: u8,
        name: Text,
        kind: u8,
        value: Option<Val>,
        label: Option<Msg>,
        messages: Vec<Msg>,
        required: bool,
        disabled: bool,
        onclick: Option<Text>,
        onload: Option<Text>,
        autocomplete: Option<Text>,
        pattern: Option<Text>,
        maxlength: Option<u32>,
        options: Vec<(Val, Option<Msg>)>,
    },
    Image {
        group: u8,
        id: Text,
        src: Text,
        label: Option<Msg>,
        width: Option<u32>,
    },
    Anchor {
        group: u8,
        id: Text,
        href: Text,
        title: Option<Msg>,
    },
    TextNode {
        group: u8,
        id: Text,
        text: Msg,
        label: Option<Msg>,
        secrets: Option<Vec<Secret>>,
    },
    Script {
        group: u8,
        id: Text,
        src: Text,
        is_async: bool,
        integrity: Text,
        crossorigin: Text,
        kind: Text,
    },
    Division {
        group: u8,
        id: Text,
        class: Option<Text>,
        data: Vec<(Text, Val)>,
    },
    Odd {
        group: u8,
        node_type: Text,
    },
}

fn node(
    group: u8,
    node_type: &str,
    attributes: Value,
    label: Option<&Msg>,
    messages: &[Msg],
) -> Value {
    let mut meta = json!({});
    if let Some(label) = label {
        meta["label"] = label.json();
    }
    let mut attributes = attributes;
    attributes["node_type"] = json!(node_type);
    json!({"type": node_type, "group": pick(GROUPS, group), "attributes": attributes, "meta": meta,
        "messages": messages.iter().map(Msg::json).collect::<Vec<_>>()})
}

impl Node {
    fn json(&self) -> Value {
        match self {
            Node::Input {
                group,
                name,
                kind,
                value,
                label,
                messages,
                required,
                disabled,
                onclick,
                onload,
                autocomplete,
                pattern,
                maxlength,
                options,
            } => {
                let mut a = json!({"name": name.json(), "type": pick(INPUT_TYPES, *kind),
                    "required": required, "disabled": disabled});
                let mut set = |key: &str, v: Option<Value>| {
                    if let Some(v) = v {
                        a[key] = v;
                    }
                };
                set("value", value.as_ref().map(Val::json));
                set("onclickTrigger", onclick.as_ref().map(Text::json));
                set("onloadTrigger", onload.as_ref().map(Text::json));
                set("autocomplete", autocomplete.as_ref().map(Text::json));
                set("pattern", pattern.as_ref().map(Text::json));
                set("maxlength", maxlength.map(|m| json!(m)));
                if !options.is_empty() {
                    a["options"] = options
                        .iter()
                        .map(|(v, l)| {
                            let mut o = json!({"value": v.json()});
                            if let Some(l) = l {
                                o["label"] = l.json();
                            }
                            o
                        })
                        .collect();
                }
                node(*group, "input", a, label.as_ref(), messages)
            }
            Node::Image {
                group,
                id,
                src,
                label,
                width,
            } => node(
                *group,
                "img",
                json!({"id": id.json(), "src": src.json(), "width": width, "height": width}),
                label.as_ref(),
                &[],
            ),
            Node::Anchor {
                group,
                id,
                href,
                title,
            } => {
                let mut a = json!({"id": id.json(), "href": href.json()});
                if let Some(title) = title {
                    a["title"] = title.json();
                }
                node(*group, "a", a, None, &[])
            }
            Node::TextNode {
                group,
                id,
                text,
                label,
                secrets,
            } => {
                let mut t = text.json();
                if let Some(secrets) = secrets {
                    t["context"] = json!({"secrets": secrets.iter().map(|s| {
                        let context = if s.used { json!({"used_at": "2021-08-17T11:32:39Z"}) } else { json!({"secret": s.text.json()}) };
                        json!({"id": 1050009, "text": s.text.json(), "type": "info", "context": context})
                    }).collect::<Vec<_>>()});
                }
                node(
                    *group,
                    "text",
                    json!({"id": id.json(), "text": t}),
                    label.as_ref(),
                    &[],
                )
            }
            Node::Script {
                group,
                id,
                src,
                is_async,
                integrity,
                crossorigin,
                kind,
            } => node(
                *group,
                "script",
                json!({"id": id.json(), "src": src.json(), "async": is_async,
                    "integrity": integrity.json(), "crossorigin": crossorigin.json(),
                    "referrerpolicy": "no-referrer", "type": kind.json(), "nonce": "n"}),
                None,
                &[],
            ),
            Node::Division {
                group,
                id,
                class,
                data,
            } => node(
                *group,
                "div",
                json!({"id": id.json(), "class": class.as_ref().map(Text::json),
                    "data": data.iter().map(|(k, v)| (k.render(), v.json())).collect::<Map<_, _>>()}),
                None,
                &[],
            ),
            Node::Odd { group, node_type } => {
                node(*group, &node_type.render(), json!({}), None, &[])
            }
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Ident {
    id: Text,
    traits: Vec<(Text, Val)>,
    addresses: Vec<(Text, bool)>,
}

impl Ident {
    fn to_json(&self) -> Value {
        json!({
            "id": self.id.json(),
            "traits": self.traits.iter().map(|(k, v)| (k.render(), v.json())).collect::<Map<_, _>>(),
            "verifiable_addresses": self.addresses.iter()
                .map(|(v, verified)| json!({"value": v.json(), "verified": verified, "via": "email"}))
                .collect::<Vec<_>>(),
        })
    }
}

/// A session as whoami or the session list answers it, with hostile device strings.
#[derive(Arbitrary, Debug)]
struct FuzzSession {
    id: Text,
    active: bool,
    /// Seconds around the harness' "now", or a hostile string.
    authenticated_at: Result<i32, Text>,
    expires_in: i32,
    aal: Text,
    methods: Vec<(Text, Option<Text>)>,
    devices: Vec<(Option<Text>, Option<Text>, Option<Text>)>,
}

impl FuzzSession {
    fn to_json(&self) -> Value {
        let at = |offset: i64| {
            OffsetDateTime::from_unix_timestamp(1_800_000_000 + offset)
                .unwrap()
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap()
        };
        let authenticated_at = match &self.authenticated_at {
            Ok(offset) => json!(at(i64::from(*offset))),
            Err(text) => text.json(),
        };
        json!({
            "id": self.id.json(),
            "active": self.active,
            "authenticated_at": authenticated_at,
            "expires_at": at(i64::from(self.expires_in)),
            "authenticator_assurance_level": self.aal.json(),
            "authentication_methods": self.methods.iter()
                .map(|(method, provider)| json!({"method": method.json(), "provider": provider.as_ref().map(Text::json)}))
                .collect::<Vec<_>>(),
            "devices": self.devices.iter()
                .map(|(ip, location, agent)| json!({
                    "ip_address": ip.as_ref().map(Text::json),
                    "location": location.as_ref().map(Text::json),
                    "user_agent": agent.as_ref().map(Text::json),
                }))
                .collect::<Vec<_>>(),
        })
    }
}

#[derive(Arbitrary, Debug)]
struct FuzzFlow {
    /// `None`: a form action on the Kratos origin, so most flows get past that check.
    action: Option<Text>,
    method: Text,
    return_to: Option<Text>,
    state: u8,
    refresh: Option<bool>,
    requested_aal: Option<Text>,
    identity: Option<Ident>,
    session: Option<Ident>,
    /// The sign-out form's CSRF token (ours, not Kratos'; hostile anyway, to check escaping).
    sign_out_token: Option<Text>,
    /// What whoami and the session list answered (settings only): this device, then others.
    sessions: Option<(FuzzSession, Vec<FuzzSession>)>,
    messages: Vec<Msg>,
    nodes: Vec<Node>,
}

impl FuzzFlow {
    fn to_json(&self) -> Value {
        let action = match &self.action {
            Some(action) => action.json(),
            None => json!(format!("{KRATOS_BROWSER}/self-service/settings?flow=f")),
        };
        let mut flow = json!({
            "id": "dd36eeab-831f-4ca2-9c46-da280819c641",
            "state": pick(&["show_form", "success", "choose_method", "sent_email", "passed_challenge", "odd"], self.state),
            "ui": {
                "action": action,
                "method": self.method.json(),
                "messages": self.messages.iter().map(Msg::json).collect::<Vec<_>>(),
                "nodes": self.nodes.iter().map(Node::json).collect::<Vec<_>>(),
            }
        });
        if let Some(r) = &self.return_to {
            flow["return_to"] = r.json();
        }
        if let Some(r) = self.refresh {
            flow["refresh"] = json!(r);
        }
        if let Some(aal) = &self.requested_aal {
            flow["requested_aal"] = aal.json();
        }
        if let Some(identity) = &self.identity {
            flow["identity"] = identity.to_json();
        }
        flow
    }
}
