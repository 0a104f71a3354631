//! "Where you're signed in" on settings, and our own CSRF-checked forms that end sessions:
//! every Kratos answer, and every way a forged request is refused.

use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

use crate::helpers::{
    FLOW_ID, Page, TestApp, attr, carries_cookie, csrf_node, flow_with_nodes, header, location,
    spawn_app, spawn_app_with,
};

const CURRENT: &str = "0b6c3c5e-1111-4c1e-9a55-000000000001";
const OTHER: &str = "0b6c3c5e-2222-4c1e-9a55-000000000002";
const OLDER: &str = "0b6c3c5e-3333-4c1e-9a55-000000000003";
const KRATOS_COOKIE: &str = "ory_kratos_session=browser-session";
const CHROME: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

fn session(id: &str, authenticated_at: &str, user_agent: &str) -> Value {
    json!({
        "id": id, "active": true,
        "authenticated_at": authenticated_at, "issued_at": authenticated_at,
        "expires_at": "2099-01-01T00:00:00Z",
        "authenticator_assurance_level": "aal1",
        "authentication_methods": [{"method": "password", "aal": "aal1", "completed_at": authenticated_at}],
        "devices": [{"id": "d", "ip_address": "192.0.2.10", "location": "Lisbon, PT", "user_agent": user_agent}],
        "identity": {"id": "i-1", "traits": {"email": "alice@example.com"}},
        "tokenized": "TOKENIZED-SESSION-NEVER-SHOWN"
    })
}

fn sessions_list() -> Value {
    json!([
        session(OLDER, "2026-01-01T10:00:00Z", FIREFOX),
        session(OTHER, "2026-11-27T10:00:00Z", FIREFOX),
    ])
}

/// Kratos knows a signed-in browser with two other sessions.
async fn signed_in_app(app: &TestApp) {
    this_device_on_settings(app).await;
    app.kratos_answers("/sessions", 200, sessions_list()).await;
    app.kratos_answers_logout(200, json!({"logout_url": "http://127.0.0.1:4433/self-service/logout?token=t", "logout_token": "t"}))
        .await;
}

/// A settings flow, and this browser's own session.
async fn this_device_on_settings(app: &TestApp) {
    let flow = flow_with_nodes(json!([csrf_node()]));
    app.kratos_answers_flow("settings", FLOW_ID, 200, flow)
        .await;
    app.kratos_answers(
        "/sessions/whoami",
        200,
        session(CURRENT, "2026-11-28T10:00:00Z", CHROME),
    )
    .await;
}

/// The browser's state after a settings page: its cookie session and the form token.
struct Browser {
    cookie: String,
    token: String,
}

impl Browser {
    fn cookies(&self) -> String {
        format!("{KRATOS_COOKIE}; {}", self.cookie)
    }
}

async fn open_settings(app: &TestApp, cookie: &str) -> (reqwest::Response, Option<String>) {
    let response = app
        .get_with(&format!("/settings?flow={FLOW_ID}"), &[("cookie", cookie)])
        .await;
    let session_cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("kau_session="))
        .map(str::to_owned);
    (response, session_cookie)
}

async fn settings_in_browser(app: &TestApp) -> (Browser, Page) {
    let (response, set_cookie) = open_settings(app, KRATOS_COOKIE).await;
    assert_eq!(response.status(), 200);
    let set_cookie = set_cookie.expect("the page starts a cookie session");
    let page = Page::of(response).await;
    let token = attr(
        page.all("[data-testid=sessions] input[name=kau_csrf]")[0],
        "value",
    )
    .to_owned();
    let cookie = set_cookie.split(';').next().unwrap().to_owned();
    (Browser { cookie, token }, page)
}

async fn end_other(app: &TestApp, browser: &Browser, extra: &[(&str, &str)]) -> reqwest::Response {
    let mut headers = vec![("cookie", browser.cookies())];
    headers.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
    let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(
        "/settings/sessions/end",
        &[
            ("kau_csrf", &browser.token),
            ("flow", FLOW_ID),
            ("session", OTHER),
        ],
        &headers,
    )
    .await
}

/// A signed-in browser on settings; Kratos answers the ending of [`OTHER`] with `answer`.
async fn ready_to_end_the_other(app: &TestApp, answer: ResponseTemplate) -> Browser {
    signed_in_app(app).await;
    kratos_ends(app, &format!("/sessions/{OTHER}"), answer).await;
    settings_in_browser(app).await.0
}

async fn kratos_ends(app: &TestApp, path_: &str, response: ResponseTemplate) {
    Mock::given(method("DELETE"))
        .and(path(path_))
        // The browser's cookies, forwarded verbatim.
        .and(carries_cookie(KRATOS_COOKIE))
        .respond_with(response)
        .mount(&app.kratos)
        .await;
}

async fn deletes_sent(app: &TestApp) -> usize {
    app.kratos
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.method.as_str() == "DELETE")
        .count()
}

#[tokio::test]
async fn a_settings_page_leaves_an_unchanged_cookie_session_alone() {
    let app = spawn_app().await;
    signed_in_app(&app).await;
    let (browser, _) = settings_in_browser(&app).await;

    // Nothing was pending and the form token exists: no new cookie, which would cost an
    // encryption per page and could overwrite what another tab just stored.
    let (response, set_cookie) = open_settings(&app, &browser.cookies()).await;
    assert_eq!(response.status(), 200);
    assert_eq!(set_cookie, None);
    let page = Page::of(response).await;
    let token = attr(
        page.all("[data-testid=sessions] input[name=kau_csrf]")[0],
        "value",
    );
    assert_eq!(token, browser.token);
}

#[tokio::test]
async fn settings_lists_this_device_first_then_the_others_by_latest_sign_in() {
    let app = spawn_app().await;
    signed_in_app(&app).await;
    let (_, page) = settings_in_browser(&app).await;

    let rows: Vec<&str> = page
        .all("[data-testid=sessions] li[data-testid^='session/']")
        .iter()
        .map(|row| attr(*row, "data-testid"))
        .collect();
    assert_eq!(
        rows,
        [
            format!("session/{CURRENT}"),
            format!("session/{OTHER}"),
            format!("session/{OLDER}")
        ]
    );
    let current = page.one(&format!("[data-testid='session/{CURRENT}']"));
    let text: String = current.text().collect();
    assert!(
        text.contains("Chrome on Linux") && text.contains("This device"),
        "{text}"
    );
    assert!(
        text.contains("192.0.2.10") && text.contains("Lisbon, PT"),
        "{text}"
    );
    assert!(text.contains("Password · one factor"), "{text}");
    assert_eq!(
        page.count(&format!(
            "[data-testid='session/{CURRENT}'] [data-testid='sessions/end']"
        )),
        0,
        "this device is signed out with Sign out, not here"
    );
    assert_eq!(page.count("[data-testid='sessions/end']"), 2);
    assert_eq!(page.count("[data-testid='sessions/end-others']"), 1);
    let time = page.all(&format!("[data-testid='session/{OTHER}'] time"))[0];
    assert_eq!(attr(time, "datetime"), "2026-11-27T10:00:00Z");
    assert_eq!(
        page.one("[data-testid='toc/sessions']")
            .value()
            .attr("href"),
        Some("#sessions")
    );
    assert_eq!(page.count("section#sessions"), 1);
    assert_eq!(
        page.text("[data-testid='section/sessions/state']"),
        "Signed in on this device and 2 others."
    );
    let html = page.0.html();
    assert!(
        !html.contains("TOKENIZED-SESSION"),
        "a session token reached the page"
    );
    assert!(
        !html.contains("browser-session"),
        "the Kratos cookie reached the page"
    );
}

#[tokio::test]
async fn the_section_speaks_the_readers_language() {
    let app = spawn_app().await;
    signed_in_app(&app).await;
    let response = app
        .get_with(
            &format!("/settings?flow={FLOW_ID}"),
            &[("cookie", KRATOS_COOKIE), ("accept-language", "de")],
        )
        .await;
    let page = Page::of(response).await;
    assert_eq!(page.text("#sessions-heading"), "Wo Sie angemeldet sind");
    let other: String = page
        .one(&format!("[data-testid='session/{OTHER}']"))
        .text()
        .collect();
    assert!(other.contains("Firefox auf Windows 10"), "{other}");
    assert!(other.contains("27.11.2026"), "{other}");
    assert_eq!(
        page.text(&format!(
            "[data-testid='session/{OTHER}'] [data-testid='sessions/end']"
        )),
        "Dieses Gerät abmelden"
    );
}

#[tokio::test]
async fn the_session_cookie_is_private_http_only_lax_and_scoped_to_the_base_path() {
    let app = spawn_app_with(|s| s.ui.base_path = "/account".to_owned()).await;
    signed_in_app(&app).await;
    let (response, set_cookie) = open_settings(&app, KRATOS_COOKIE).await;
    assert_eq!(response.status(), 200);
    let set_cookie = set_cookie.expect("a session cookie");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/account"] {
        assert!(set_cookie.contains(attribute), "{set_cookie}");
    }
    let page = Page::of(response).await;
    let token = attr(page.all("input[name=kau_csrf]")[0], "value");
    assert!(token.len() >= 64);
    assert!(
        !set_cookie.contains(token),
        "the cookie is not encrypted: {set_cookie}"
    );
}

#[tokio::test]
async fn ending_another_session_asks_kratos_with_the_browsers_cookie_and_comes_back_with_a_message()
{
    let app = spawn_app().await;
    let browser = ready_to_end_the_other(&app, ResponseTemplate::new(204)).await;

    let response = end_other(
        &app,
        &browser,
        &[("origin", &app.address), ("sec-fetch-site", "same-origin")],
    )
    .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        location(&response),
        format!("/settings?flow={FLOW_ID}#sessions")
    );
    assert_eq!(deletes_sent(&app).await, 1);
    let set_cookie = header(&response, "set-cookie");
    let cookie = format!("{KRATOS_COOKIE}; {}", set_cookie.split(';').next().unwrap());

    let (response, _) = open_settings(&app, &cookie).await;
    let page = Page::of(response).await;
    assert_eq!(
        page.text("[data-testid='sessions/notice/ended']"),
        "That device has been signed out."
    );
}

#[tokio::test]
async fn signing_out_all_other_devices_says_how_many() {
    let app = spawn_app().await;
    signed_in_app(&app).await;
    kratos_ends(
        &app,
        "/sessions",
        ResponseTemplate::new(200).set_body_json(json!({"count": 2})),
    )
    .await;
    let (browser, _) = settings_in_browser(&app).await;
    let response = app
        .post_form(
            "/settings/sessions/end-others",
            &[("kau_csrf", &browser.token), ("flow", FLOW_ID)],
            &[
                ("cookie", &browser.cookies()),
                ("sec-fetch-site", "same-origin"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        location(&response),
        format!("/settings?flow={FLOW_ID}#sessions")
    );
    let set_cookie = header(&response, "set-cookie");
    let cookie = format!("{KRATOS_COOKIE}; {}", set_cookie.split(';').next().unwrap());
    let (response, set_cookie) = open_settings(&app, &cookie).await;
    let page = Page::of(response).await;
    assert_eq!(
        page.text("[data-testid='sessions/notice/others-ended']"),
        "Signed out of 2 other devices."
    );
    // One page view only: the page's cookie no longer holds it.
    let set_cookie = set_cookie.expect("the notice is taken out of the session");
    let cookie = format!("{KRATOS_COOKIE}; {}", set_cookie.split(';').next().unwrap());
    let page = Page::of(open_settings(&app, &cookie).await.0).await;
    assert_eq!(page.count("[data-testid^='sessions/notice/']"), 0);
}

#[tokio::test]
async fn a_missing_or_wrong_token_is_refused_with_the_403_page_and_kratos_is_not_asked() {
    let app = spawn_app().await;
    let browser = ready_to_end_the_other(&app, ResponseTemplate::new(204)).await;

    let wrong = Browser {
        cookie: browser.cookie.clone(),
        token: "0".repeat(64),
    };
    let missing = app
        .post_form(
            "/settings/sessions/end",
            &[("flow", FLOW_ID), ("session", OTHER)],
            &[("cookie", &browser.cookies())],
        )
        .await;
    // A token from the page, but no cookie session to compare it with.
    let no_session = app
        .post_form(
            "/settings/sessions/end",
            &[("kau_csrf", &browser.token), ("session", OTHER)],
            &[("cookie", KRATOS_COOKIE)],
        )
        .await;
    for response in [end_other(&app, &wrong, &[]).await, missing, no_session] {
        assert_eq!(response.status(), 403);
        assert_eq!(header(&response, "cache-control"), "no-store");
        let page = Page::of(response).await;
        assert_eq!(page.text("h1"), "Request refused");
    }
    assert_eq!(deletes_sent(&app).await, 0);
}

#[tokio::test]
async fn a_request_from_a_foreign_origin_is_refused_even_with_the_right_token() {
    let app = spawn_app().await;
    let browser = ready_to_end_the_other(&app, ResponseTemplate::new(204)).await;
    for headers in [
        &[("origin", "https://evil.example")][..],
        &[("sec-fetch-site", "cross-site")],
        &[
            ("sec-fetch-site", "same-site"),
            ("origin", "https://sub.example"),
        ],
        &[("origin", "null")],
    ] {
        let response = end_other(&app, &browser, headers).await;
        assert_eq!(response.status(), 403, "{headers:?}");
        assert_eq!(Page::of(response).await.text("h1"), "Request refused");
    }
    assert_eq!(deletes_sent(&app).await, 0);
    // The same form from our own page goes through.
    let own = end_other(&app, &browser, &[("origin", &app.address)]).await;
    assert_eq!(own.status(), 303);
}

#[tokio::test]
async fn kratos_answers_map_like_flows() {
    let app = spawn_app().await;
    signed_in_app(&app).await;
    let (browser, _) = settings_in_browser(&app).await;
    let path_ = format!("/sessions/{OTHER}");
    let login = format!("{}/self-service/login/browser", app.kratos_browser());
    let settings_init = "%2Fself-service%2Fsettings%2Fbrowser";
    // Kratos' answer -> where the browser is sent (a prefix of the Location).
    let cases = [
        (
            ResponseTemplate::new(401).set_body_json(json!({"error": {"code": 401}})),
            format!("{login}?return_to=http"),
        ),
        (
            ResponseTemplate::new(403)
                .set_body_json(json!({"error": {"id": "session_refresh_required", "code": 403}})),
            format!("{login}?refresh=true&return_to=http"),
        ),
        (
            ResponseTemplate::new(403).set_body_json(json!({
                "error": {"id": "session_aal2_required", "code": 403},
                "redirect_browser_to": format!("{login}?aal=aal2")})),
            format!("{login}?aal=aal2"),
        ),
        (
            ResponseTemplate::new(403).set_body_json(json!({"error": {"code": 403},
                "redirect_browser_to": "https://evil.example/phish"})),
            format!("{login}?refresh=true&return_to=http"),
        ),
        (
            ResponseTemplate::new(404).set_body_json(json!({"error": {"code": 404}})),
            format!("/settings?flow={FLOW_ID}#sessions"),
        ),
    ];
    for (answer, expected) in cases {
        app.kratos.reset().await;
        signed_in_app(&app).await;
        kratos_ends(&app, &path_, answer).await;
        let response = end_other(&app, &browser, &[]).await;
        assert_eq!(response.status(), 303);
        let to = location(&response);
        assert!(
            to.starts_with(&expected),
            "{to} does not start with {expected}"
        );
        if expected.contains("return_to") {
            assert!(to.ends_with(settings_init), "back to settings after: {to}");
        }
    }
}

#[tokio::test]
async fn a_session_already_gone_is_said_on_the_list() {
    let app = spawn_app().await;
    let browser = ready_to_end_the_other(&app, ResponseTemplate::new(404)).await;
    let response = end_other(&app, &browser, &[]).await;
    let cookie = format!(
        "{KRATOS_COOKIE}; {}",
        header(&response, "set-cookie").split(';').next().unwrap()
    );
    let page = Page::of(open_settings(&app, &cookie).await.0).await;
    assert_eq!(
        page.text("[data-testid='sessions/notice/already-gone']"),
        "That session had already ended."
    );
}

#[tokio::test]
async fn a_failing_or_slow_kratos_gives_the_error_page() {
    let app = spawn_app().await;
    signed_in_app(&app).await;
    let (browser, _) = settings_in_browser(&app).await;
    for (answer, status) in [
        (ResponseTemplate::new(500), 502),
        (
            ResponseTemplate::new(204).set_delay(std::time::Duration::from_secs(3)),
            504,
        ),
    ] {
        app.kratos.reset().await;
        kratos_ends(&app, &format!("/sessions/{OTHER}"), answer).await;
        let response = end_other(&app, &browser, &[]).await;
        assert_eq!(response.status(), status);
        assert_eq!(header(&response, "cache-control"), "no-store");
    }
}

#[tokio::test]
async fn a_session_list_that_fails_still_renders_settings_and_says_so() {
    let app = spawn_app().await;
    this_device_on_settings(&app).await;
    app.kratos_answers("/sessions", 500, json!({"error": {"code": 500}}))
        .await;
    let (response, _) = open_settings(&app, KRATOS_COOKIE).await;
    assert_eq!(response.status(), 200);
    let page = Page::of(response).await;
    assert_eq!(page.count("[data-testid='sessions/list-failed']"), 1);
    assert_eq!(page.count(&format!("[data-testid='session/{CURRENT}']")), 1);
    assert_eq!(page.count("[data-testid='sessions/end-others']"), 0);
}

#[tokio::test]
async fn hundreds_of_sessions_are_paged_as_kratos_pages_them() {
    let app = spawn_app().await;
    this_device_on_settings(&app).await;
    let page_of = |n: usize| -> Value {
        (0..n)
            .map(|i| {
                session(
                    &format!("0b6c3c5e-4444-4c1e-9a55-{i:012}"),
                    "2026-11-01T10:00:00Z",
                    FIREFOX,
                )
            })
            .collect()
    };
    Mock::given(method("GET"))
        .and(path("/sessions"))
        .and(query_param("page_token", "NEXT-TOKEN"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_of(3)))
        .with_priority(1)
        .mount(&app.kratos)
        .await;
    Mock::given(method("GET"))
        .and(path("/sessions"))
        .and(query_param("page_size", "50"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_of(50)).insert_header(
            "link",
            "<http://127.0.0.1:4433/sessions?page_size=50&page_token=NEXT-TOKEN>; rel=\"next\"",
        ))
        .mount(&app.kratos)
        .await;

    let (response, _) = open_settings(&app, KRATOS_COOKIE).await;
    let page = Page::of(response).await;
    assert_eq!(page.count("li[data-testid^='session/']"), 51);
    let more = attr(page.one("[data-testid='sessions/more']"), "href").to_owned();
    assert_eq!(
        more,
        format!("/settings?flow={FLOW_ID}&sessions_page=NEXT-TOKEN#sessions")
    );

    let response = app
        .get_with(
            more.split('#').next().unwrap(),
            &[("cookie", KRATOS_COOKIE)],
        )
        .await;
    let page = Page::of(response).await;
    assert_eq!(
        page.count("li[data-testid^='session/']"),
        4,
        "this device and the last 3"
    );
    assert_eq!(page.count("[data-testid='sessions/more']"), 0);
    assert_eq!(
        attr(page.one("[data-testid='sessions/first-page']"), "href"),
        format!("/settings?flow={FLOW_ID}#sessions")
    );
}

#[tokio::test]
async fn a_rotated_session_key_resets_the_session_without_an_error() {
    let old = spawn_app().await;
    signed_in_app(&old).await;
    let (browser, _) = settings_in_browser(&old).await;

    let new = spawn_app_with(|s| {
        s.session.secret =
            Some(kratos_account_ui::config::SessionSecret::new("another-key-".repeat(6)).unwrap())
    })
    .await;
    signed_in_app(&new).await;
    kratos_ends(
        &new,
        &format!("/sessions/{OTHER}"),
        ResponseTemplate::new(204),
    )
    .await;
    let (response, set_cookie) = open_settings(&new, &browser.cookies()).await;
    assert_eq!(response.status(), 200, "an old cookie breaks the page");
    assert!(
        set_cookie.is_some(),
        "a fresh session replaces the unreadable one"
    );
    // The old page's token belonged to the old session.
    let response = end_other(&new, &browser, &[]).await;
    assert_eq!(response.status(), 403);
    assert_eq!(deletes_sent(&new).await, 0);
}

/// `value` with an extra field no model reads, so that its JSON takes about `bytes` more.
fn padded(mut value: Value, bytes: usize) -> Value {
    value["padding"] = json!("x".repeat(bytes));
    value
}

#[tokio::test]
async fn a_settings_page_without_memory_for_its_sessions_still_renders_and_says_so() {
    for (answer_budget, listed) in [(None, true), (Some(64 * 1024), false)] {
        let app = spawn_app_with(|settings| {
            if let Some(bytes) = answer_budget {
                settings.kratos.answer_budget = bytes;
            }
        })
        .await;
        let flow = flow_with_nodes(json!([csrf_node()]));
        app.kratos_answers_flow("settings", FLOW_ID, 200, flow)
            .await;
        // Who is signed in arrives first and holds 40 KB of the budget until the page is sent;
        // the list, 40 KB as well, arrives while it does.
        let current = session(CURRENT, "2026-11-28T10:00:00Z", CHROME);
        app.kratos_answers("/sessions/whoami", 200, padded(current, 40_000))
            .await;
        let others = json!([padded(
            session(OTHER, "2026-11-27T10:00:00Z", FIREFOX),
            40_000
        )]);
        Mock::given(method("GET"))
            .and(path("/sessions"))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(others)
                    .set_delay(std::time::Duration::from_millis(600)),
            )
            .mount(&app.kratos)
            .await;

        let (response, _) = open_settings(&app, KRATOS_COOKIE).await;
        assert_eq!(response.status(), 200, "budget {answer_budget:?}");
        let page = Page::of(response).await;
        assert_eq!(page.count(&format!("[data-testid='session/{CURRENT}']")), 1);
        assert_eq!(
            page.count(&format!("[data-testid='session/{OTHER}']")),
            usize::from(listed),
            "budget {answer_budget:?}"
        );
        assert_eq!(
            page.count("[data-testid='sessions/list-failed']"),
            usize::from(!listed),
            "budget {answer_budget:?}"
        );
    }
}

#[tokio::test]
async fn a_flow_larger_than_the_flow_budget_is_a_502_page() {
    let app = spawn_app_with(|settings| settings.kratos.flow_budget = 64 * 1024).await;
    let current = session(CURRENT, "2026-11-28T10:00:00Z", CHROME);
    for (flow_padding, status) in [(0, 200), (70_000, 502)] {
        app.kratos.reset().await;
        app.kratos_answers("/sessions/whoami", 200, current.clone())
            .await;
        app.kratos_answers("/sessions", 200, sessions_list()).await;
        let flow = padded(flow_with_nodes(json!([csrf_node()])), flow_padding);
        app.kratos_answers_flow("settings", FLOW_ID, 200, flow)
            .await;
        let (response, _) = open_settings(&app, KRATOS_COOKIE).await;
        assert_eq!(response.status(), status, "padding {flow_padding}");
        assert_eq!(header(&response, "cache-control"), "no-store");
    }
}
