//! "Where you're signed in": the identity's sessions as rows a person recognises (device,
//! place, when, how), this device first. Pure: the clock, the words and the URLs come in.

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::messages::Tone;
use crate::i18n::{ExactTime, Localizer, machine_time};
use crate::kratos::SessionPage;
use crate::kratos::models::Session;

/// The section's anchor, in the section menu and in the redirects back to it.
pub const ANCHOR: &str = "sessions";
/// Sessions per page: hundreds of sessions stay a quick page (Kratos' default is 250).
pub const PAGE_SIZE: u32 = 50;
/// The settings page's query parameter naming a later page of sessions.
pub const PAGE_PARAM: &str = "sessions_page";

/// A page token as Kratos makes them (opaque, URL-safe, short); anything else is ignored, so
/// a crafted link cannot smuggle other parameters into the call to Kratos.
pub fn page_token(value: Option<&str>) -> Option<&str> {
    value.filter(|token| {
        !token.is_empty()
            && token.len() <= 512
            && token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_=.+/%".contains(&b))
    })
}

/// The next page's token, when there can be a next page. Kratos v1.3 links a `next` page even
/// after the last one, so a page that is not full was the last. (Kratos leaves the current
/// session out of the list, so a full page may hold one fewer.)
pub fn next_page(page: &SessionPage) -> Option<&str> {
    let full = page.sessions.len() + 1 >= PAGE_SIZE as usize;
    page.next_page_token.as_deref().filter(|_| full)
}

/// What the page says after one of our session forms. Kept in the cookie session for exactly
/// one page view: the redirect back to settings carries nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    SessionEnded,
    OtherSessionsEnded(u64),
    SessionAlreadyGone,
    NotEnded,
}

impl Notice {
    /// The cookie session's key for the notice.
    pub const SESSION_KEY: &'static str = "sessions_notice";
}

#[derive(Debug, Clone)]
pub struct NoticeView {
    pub text: String,
    pub tone: Tone,
    pub test_id: &'static str,
}

impl NoticeView {
    pub fn new(notice: Notice, l: &Localizer) -> Self {
        let (text, tone, test_id) = match notice {
            Notice::SessionEnded => (
                l.t("settings-sessions-ended").into_owned(),
                Tone::Success,
                "sessions/notice/ended",
            ),
            Notice::OtherSessionsEnded(count) => (
                l.t1("settings-sessions-others-ended", "count", count),
                Tone::Success,
                "sessions/notice/others-ended",
            ),
            Notice::SessionAlreadyGone => (
                l.t("settings-sessions-already-gone").into_owned(),
                Tone::Info,
                "sessions/notice/already-gone",
            ),
            Notice::NotEnded => (
                l.t("settings-sessions-not-ended").into_owned(),
                Tone::Error,
                "sessions/notice/not-ended",
            ),
        };
        Self {
            text,
            tone,
            test_id,
        }
    }

    /// Errors interrupt, the rest is polite.
    pub fn live_role(&self) -> &'static str {
        match self.tone {
            Tone::Error => "alert",
            Tone::Info | Tone::Success => "status",
        }
    }
}

/// A time as the page shows it: relative words, the exact time, the machine-readable one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeView {
    pub datetime: String,
    pub relative: String,
    pub exact: String,
}

impl TimeView {
    /// `seconds` from now to `at`, as the row counts them.
    fn new(at: OffsetDateTime, seconds: i64, exact: &ExactTime, l: &Localizer) -> Self {
        Self {
            datetime: machine_time(at),
            relative: l.relative_time(seconds),
            exact: l.t1("settings-sessions-exact-time", "time", exact.format(at)),
        }
    }
}

#[derive(Debug, Clone)]
pub struct SessionRow {
    /// Kratos' session id: what "Sign out this device" submits. Not a secret (a token is).
    pub id: String,
    pub test_id: String,
    pub is_current: bool,
    /// "Chrome on Linux"; "Unknown device" when the user agent says nothing we know.
    pub device: String,
    pub ip_address: Option<String>,
    pub location: Option<String>,
    pub signed_in: Option<TimeView>,
    pub expires: Option<TimeView>,
    /// "Password, Authenticator app".
    pub methods: String,
    /// "two factors".
    pub assurance: String,
}

/// What follows the rows, when anything does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Footnote {
    None,
    /// The other sessions could not be listed; the page still works.
    ListFailed,
    NoOthers,
}

/// The section as the settings page shows it.
#[derive(Debug, Clone)]
pub struct SessionsView {
    pub anchor: &'static str,
    pub heading: String,
    pub description: String,
    /// One line saying how things stand (`section/sessions/state`).
    pub state: String,
    pub notice: Option<NoticeView>,
    pub rows: Vec<SessionRow>,
    pub footnote: Footnote,
    /// Other sessions exist, so "Sign out all other devices" means something.
    pub offer_end_others: bool,
    /// Kratos has more sessions than this page shows.
    pub more_url: Option<String>,
    /// On a later page: back to the first.
    pub first_page_url: Option<String>,
    pub forms: SessionForms,
}

/// What our own session forms submit besides the session id.
#[derive(Debug, Clone)]
pub struct SessionForms {
    pub end_action: String,
    pub end_others_action: String,
    pub csrf_field: &'static str,
    pub csrf_token: String,
    /// The settings flow to come back to.
    pub flow_id: String,
}

/// What the settings page knows about the sessions when it renders.
pub struct SessionsInput<'a> {
    pub current: Option<&'a Session>,
    /// `None`: listing failed.
    pub others: Option<&'a [Session]>,
    pub notice: Option<Notice>,
    pub more_url: Option<String>,
    pub first_page_url: Option<String>,
    pub forms: SessionForms,
    pub now: OffsetDateTime,
}

pub fn sessions_view(input: SessionsInput<'_>, l: &Localizer) -> SessionsView {
    let current_id = input.current.and_then(|s| s.id.as_deref());
    let mut others: Vec<&Session> = input
        .others
        .unwrap_or_default()
        .iter()
        // Kratos lists the *other* sessions; should the current one come along, it shows once.
        .filter(|s| s.active && s.id.is_some() && s.id.as_deref() != current_id)
        .collect();
    // Kratos records no last-activity time; the latest authentication comes closest.
    others.sort_by_key(|s| std::cmp::Reverse(s.authenticated_at.or(s.issued_at)));
    let exact = l.exact_time();
    let row =
        |session: &Session, is_current| session_row(session, is_current, input.now, &exact, l);
    let mut rows: Vec<SessionRow> = input
        .current
        .filter(|s| s.id.is_some())
        .map(|s| row(s, true))
        .into_iter()
        .collect();
    rows.extend(others.iter().map(|s| row(s, false)));

    // On a later page (even an empty one) there were others before it.
    let offer_end_others =
        !others.is_empty() || input.more_url.is_some() || input.first_page_url.is_some();
    let footnote = match (input.others, offer_end_others) {
        (None, _) => Footnote::ListFailed,
        (Some(_), false) => Footnote::NoOthers,
        (Some(_), true) => Footnote::None,
    };
    let state = match (
        input.others,
        input.more_url.is_some() || input.first_page_url.is_some(),
    ) {
        (None, _) => l.t("settings-sessions-state-unknown").into_owned(),
        (Some(_), true) => l.t1(
            "settings-sessions-state-many",
            "count",
            u64::from(PAGE_SIZE) - 1,
        ),
        (Some(_), false) if others.is_empty() => l.t("settings-sessions-state-alone").into_owned(),
        (Some(_), false) => l.t1("settings-sessions-state-others", "count", others.len()),
    };
    SessionsView {
        anchor: ANCHOR,
        heading: l.t("settings-sessions").into_owned(),
        description: l.t("settings-sessions-about").into_owned(),
        state,
        notice: input.notice.map(|notice| NoticeView::new(notice, l)),
        rows,
        footnote,
        offer_end_others,
        more_url: input.more_url,
        first_page_url: input.first_page_url,
        forms: input.forms,
    }
}

fn session_row(
    session: &Session,
    is_current: bool,
    now: OffsetDateTime,
    exact: &ExactTime,
    l: &Localizer,
) -> SessionRow {
    let id = session.id.clone().unwrap_or_default();
    // The latest place the session was used from.
    let device = session.devices.last();
    let non_empty = |value: Option<&String>| value.filter(|v| !v.trim().is_empty()).cloned();
    let mut methods: Vec<String> = Vec::new();
    for method in &session.authentication_methods {
        let label = method_label(
            method.method.as_deref().unwrap_or_default(),
            method.provider.as_deref(),
            l,
        );
        if !methods.contains(&label) {
            methods.push(label);
        }
    }
    let from_now = |at: OffsetDateTime| (at - now).whole_seconds();
    // A sign-in is in the past even when Kratos' clock runs a little ahead of ours.
    let signed_in = |at| TimeView::new(at, from_now(at).min(0), exact, l);
    let time = |at| TimeView::new(at, from_now(at), exact, l);
    SessionRow {
        test_id: format!("session/{id}"),
        id,
        is_current,
        device: device_name(device.and_then(|d| d.user_agent.as_deref()), l),
        ip_address: non_empty(device.and_then(|d| d.ip_address.as_ref())),
        location: non_empty(device.and_then(|d| d.location.as_ref())),
        signed_in: session
            .authenticated_at
            .or(session.issued_at)
            .map(signed_in),
        expires: session.expires_at.map(time),
        methods: methods.join(", "),
        assurance: l
            .t(match session.authenticator_assurance_level.as_deref() {
                Some("aal1") => "settings-sessions-aal1",
                Some("aal2" | "aal3") => "settings-sessions-aal2",
                _ => "settings-sessions-aal-unknown",
            })
            .into_owned(),
    }
}

/// How a session was authenticated, in the words the sign-in page uses for the method.
fn method_label(method: &str, provider: Option<&str>, l: &Localizer) -> String {
    let id = match method {
        "password" => "method-password",
        "totp" => "method-totp",
        "lookup_secret" => "method-lookup",
        "webauthn" => "method-webauthn",
        "passkey" => "method-passkey",
        "code" => "method-code",
        "link_recovery" | "code_recovery" => "settings-sessions-method-recovery",
        // The provider's id is the operator's name for it ("github"), as the sign-in shows it.
        "oidc" | "saml" => match provider.map(str::trim).filter(|p| !p.is_empty()) {
            Some(provider) => return provider.to_owned(),
            None => "settings-connected",
        },
        _ => "settings-sessions-method-other",
    };
    l.t(id).into_owned()
}

/// "Firefox on Windows 10", "Safari on iPhone", or "Unknown device".
pub fn device_name(user_agent: Option<&str>, l: &Localizer) -> String {
    let parsed = user_agent
        .filter(|ua| !ua.trim().is_empty())
        .map(browser_and_os);
    match parsed
        .as_ref()
        .map(|(name, os)| (name.as_str(), os.as_str()))
    {
        Some((name, os)) if !name.is_empty() && !os.is_empty() => {
            let mut args = FluentArgs::with_capacity(2);
            args.set("browser", name);
            args.set("os", os);
            l.t_args("settings-sessions-device", &args)
        }
        Some((name, "")) if !name.is_empty() => name.to_owned(),
        Some(("", os)) if !os.is_empty() => os.to_owned(),
        _ => l.t("settings-sessions-unknown-device").into_owned(),
    }
}

/// User agents remembered per worker thread; the same few come back on every settings page
/// of an account, and a parse (regular expressions over the whole string) costs more than the
/// rest of the row. Bounded, and forgotten all at once when full.
const REMEMBERED_USER_AGENTS: usize = 256;

thread_local! {
    static REMEMBERED: RefCell<HashMap<String, (String, String)>> = RefCell::default();
}

/// The browser's and the system's names in a user agent, each empty when not recognised.
fn browser_and_os(user_agent: &str) -> (String, String) {
    REMEMBERED.with_borrow_mut(|remembered| {
        if let Some(known) = remembered.get(user_agent) {
            return known.clone();
        }
        let known = |value: &str| {
            if value == woothee::woothee::VALUE_UNKNOWN {
                String::new()
            } else {
                value.to_owned()
            }
        };
        let parsed = woothee::parser::Parser::new()
            .parse(user_agent)
            .map_or_else(Default::default, |result| {
                (known(result.name), known(result.os))
            });
        if remembered.len() >= REMEMBERED_USER_AGENTS {
            remembered.clear();
        }
        remembered.insert(user_agent.to_owned(), parsed.clone());
        parsed
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use time::macros::datetime;

    use super::*;

    const NOW: OffsetDateTime = datetime!(2026-11-28 21:00 UTC);
    const CHROME_LINUX: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    const SAFARI_IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";

    fn session(id: &str, authenticated_at: &str, user_agent: &str) -> Session {
        serde_json::from_value(json!({
            "id": id, "active": true,
            "authenticated_at": authenticated_at,
            "expires_at": "2026-11-29T21:00:00Z",
            "authenticator_assurance_level": "aal2",
            "authentication_methods": [
                {"method": "password", "aal": "aal1"},
                {"method": "totp", "aal": "aal2"},
                {"method": "password", "aal": "aal1"}
            ],
            "devices": [
                {"id": "d1", "ip_address": "10.0.0.1", "user_agent": "old", "location": ""},
                {"id": "d2", "ip_address": "192.0.2.7", "user_agent": user_agent, "location": "Berlin, DE"}
            ],
            "tokenized": "never-shown"
        }))
        .unwrap()
    }

    fn input<'a>(current: Option<&'a Session>, others: Option<&'a [Session]>) -> SessionsInput<'a> {
        SessionsInput {
            current,
            others,
            notice: None,
            more_url: None,
            first_page_url: None,
            forms: SessionForms {
                end_action: "/settings/sessions/end".into(),
                end_others_action: "/settings/sessions/end-others".into(),
                csrf_field: "kau_csrf",
                csrf_token: "t".into(),
                flow_id: "f".into(),
            },
            now: NOW,
        }
    }

    #[test]
    fn only_a_full_page_has_a_next_one() {
        let page = |count: usize, token: Option<&str>| SessionPage {
            sessions: vec![Session::default(); count],
            next_page_token: token.map(str::to_owned),
        };
        let full = PAGE_SIZE as usize;
        assert_eq!(next_page(&page(full, Some("t"))), Some("t"));
        assert_eq!(next_page(&page(full - 1, Some("t"))), Some("t"));
        assert_eq!(next_page(&page(full - 2, Some("t"))), None);
        assert_eq!(next_page(&page(0, Some("t"))), None);
        assert_eq!(next_page(&page(full, None)), None);
    }

    #[test]
    fn page_tokens_are_passed_on_only_when_they_look_like_tokens() {
        assert_eq!(
            page_token(Some("eyJvZmZzZXQiOiI1MCIsInYiOjJ9")),
            Some("eyJvZmZzZXQiOiI1MCIsInYiOjJ9")
        );
        for bad in ["", "a b", "<script>", "x&page_size=1000"] {
            assert_eq!(page_token(Some(bad)), None, "{bad}");
        }
        assert_eq!(page_token(Some(&"a".repeat(513))), None);
        assert_eq!(page_token(None), None);
    }

    #[test]
    fn this_device_comes_first_then_the_others_by_latest_sign_in() {
        let current = session("c", "2026-11-20T10:00:00Z", CHROME_LINUX);
        let mut gone = session("gone", "2026-11-28T20:59:00Z", CHROME_LINUX);
        gone.active = false;
        let others = [
            session("old", "2026-11-01T10:00:00Z", CHROME_LINUX),
            session("new", "2026-11-28T19:00:00Z", SAFARI_IPHONE),
            session("c", "2026-11-20T10:00:00Z", CHROME_LINUX),
            gone,
        ];
        let view = sessions_view(input(Some(&current), Some(&others)), &Localizer::english());
        let ids: Vec<(&str, bool)> = view
            .rows
            .iter()
            .map(|r| (r.id.as_str(), r.is_current))
            .collect();
        assert_eq!(ids, [("c", true), ("new", false), ("old", false)]);
        assert!(view.offer_end_others);
        assert_eq!(view.footnote, Footnote::None);
        assert_eq!(view.state, "Signed in on this device and 2 others.");
        assert_eq!(view.rows[1].test_id, "session/new");
    }

    #[test]
    fn a_row_shows_device_place_times_and_methods() {
        let others = [session("s", "2026-11-28T19:00:00Z", SAFARI_IPHONE)];
        let view = sessions_view(input(None, Some(&others)), &Localizer::english());
        let row = &view.rows[0];
        assert_eq!(row.device, "Safari on iPhone");
        assert_eq!(row.ip_address.as_deref(), Some("192.0.2.7"));
        assert_eq!(row.location.as_deref(), Some("Berlin, DE"));
        assert_eq!(row.methods, "Password, Authenticator app");
        assert_eq!(row.assurance, "two factors");
        let signed_in = row.signed_in.as_ref().unwrap();
        assert_eq!(signed_in.relative, "2 hours ago");
        assert_eq!(signed_in.datetime, "2026-11-28T19:00:00Z");
        assert!(signed_in.exact.ends_with(" UTC"), "{}", signed_in.exact);
        assert_eq!(row.expires.as_ref().unwrap().relative, "in 1 day");
        assert_eq!(view.state, "Signed in on this device and 1 other.");
    }

    #[test]
    fn a_sign_in_a_moment_ago_is_just_now_whatever_the_clocks_say() {
        let l = Localizer::english();
        for authenticated_at in [
            "2026-11-28T20:59:59.500Z",
            "2026-11-28T21:00:00Z",
            "2026-11-28T21:00:02Z",
        ] {
            let others = [session("s", authenticated_at, SAFARI_IPHONE)];
            let view = sessions_view(input(None, Some(&others)), &l);
            let signed_in = view.rows[0].signed_in.as_ref().unwrap();
            assert_eq!(signed_in.relative, "just now", "{authenticated_at}");
            assert!(signed_in.datetime.starts_with(&authenticated_at[..19]));
        }
    }

    #[test]
    fn the_words_are_the_readers_language() {
        let others = [session("s", "2026-11-28T19:00:00Z", SAFARI_IPHONE)];
        let view = sessions_view(input(None, Some(&others)), &Localizer::builtin("de"));
        let row = &view.rows[0];
        assert_eq!(row.device, "Safari auf iPhone");
        assert_eq!(row.methods, "Passwort, Authenticator-App");
        assert_eq!(row.signed_in.as_ref().unwrap().relative, "vor 2 Stunden");
        assert!(
            row.signed_in.as_ref().unwrap().exact.contains("28.11.2026"),
            "{:?}",
            row.signed_in
        );
    }

    #[test]
    fn a_failed_list_still_shows_this_device_and_says_so() {
        let l = Localizer::english();
        let current = session("c", "2026-11-28T20:00:00Z", CHROME_LINUX);
        let view = sessions_view(input(Some(&current), None), &l);
        assert_eq!(view.footnote, Footnote::ListFailed);
        assert!(!view.offer_end_others);
        assert_eq!(view.rows.len(), 1);
        assert_eq!(
            view.state,
            "Signed in on this device. Your other sessions could not be loaded."
        );
        let view = sessions_view(input(Some(&current), Some(&[])), &l);
        assert_eq!(view.footnote, Footnote::NoOthers);
        assert_eq!(view.state, "Signed in on this device only.");
    }

    #[test]
    fn devices_are_named_from_the_user_agent() {
        let l = Localizer::english();
        for (user_agent, expected) in [
            (Some(CHROME_LINUX), "Chrome on Linux"),
            (Some(SAFARI_IPHONE), "Safari on iPhone"),
            (
                Some(
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
                ),
                "Firefox on Windows 10",
            ),
            (Some("curl/8.5.0"), "HTTP Library"),
            (Some("kratos-account-ui/0.1.0"), "Unknown device"),
            (Some(""), "Unknown device"),
            (Some("<script>alert(1)</script>"), "Unknown device"),
            (None, "Unknown device"),
        ] {
            assert_eq!(device_name(user_agent, &l), expected, "{user_agent:?}");
        }
    }

    #[test]
    fn remembered_user_agents_answer_as_a_fresh_parse_and_stay_bounded() {
        let l = Localizer::english();
        let first = device_name(Some(SAFARI_IPHONE), &l);
        assert_eq!(device_name(Some(SAFARI_IPHONE), &l), first);
        for i in 0..REMEMBERED_USER_AGENTS + 10 {
            browser_and_os(&format!("{CHROME_LINUX} build/{i}"));
        }
        assert!(REMEMBERED.with_borrow(HashMap::len) <= REMEMBERED_USER_AGENTS);
        assert_eq!(device_name(Some(SAFARI_IPHONE), &l), first);
    }

    #[test]
    fn methods_are_named_as_the_sign_in_names_them() {
        let l = Localizer::english();
        assert_eq!(method_label("totp", None, &l), "Authenticator app");
        assert_eq!(method_label("oidc", Some("github"), &l), "github");
        assert_eq!(method_label("oidc", None, &l), "Connected accounts");
        assert_eq!(method_label("code_recovery", None, &l), "Account recovery");
        assert_eq!(method_label("brand_new", None, &l), "Another method");
    }

    #[test]
    fn notices_have_a_tone_and_a_test_id() {
        let l = Localizer::english();
        let view = NoticeView::new(Notice::OtherSessionsEnded(3), &l);
        assert_eq!(view.tone, Tone::Success);
        assert_eq!(view.text, "Signed out of 3 other devices.");
        assert_eq!(
            NoticeView::new(Notice::OtherSessionsEnded(0), &l).text,
            "You were not signed in anywhere else."
        );
        assert_eq!(
            NoticeView::new(Notice::SessionAlreadyGone, &l).test_id,
            "sessions/notice/already-gone"
        );
        assert_eq!(NoticeView::new(Notice::NotEnded, &l).live_role(), "alert");
    }
}
