//! Login, registration, recovery, verification, error, logout and home: the same pipeline
//! and renderer as settings, with their own soft errors and links.

use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

use crate::helpers::{
    Page, TestApp, attr, fixture, header, location, session_cookie, spawn_app, spawn_app_with,
};

async fn open(app: &TestApp, kind: &str, fixture_name: &str) -> Page {
    let response = app.open_flow(kind, fixture(fixture_name)).await;
    assert_eq!(response.status(), 200, "{kind}");
    assert_eq!(header(&response, "cache-control"), "no-store");
    Page::of(response).await
}

#[tokio::test]
async fn login_init_keeps_the_parameters_kratos_understands() {
    let app = spawn_app().await;
    let response = app
        .get("/login?refresh=true&aal=aal2&return_to=https%3A%2F%2Fapp%2F&organization=org&via=email&login_challenge=ch&junk=1")
        .await;
    assert_eq!(response.status(), 303);
    let target = url::Url::parse(&location(&response)).unwrap();
    assert_eq!(target.path(), "/self-service/login/browser");
    let pairs: Vec<(String, String)> = target.query_pairs().into_owned().collect();
    let expected = [
        ("return_to", "https://app/"),
        ("refresh", "true"),
        ("aal", "aal2"),
        ("organization", "org"),
        ("via", "email"),
        ("login_challenge", "ch"),
    ];
    assert_eq!(pairs.len(), expected.len(), "{pairs:?}");
    for (k, v) in expected {
        assert!(
            pairs.contains(&(k.to_owned(), v.to_owned())),
            "{k} missing from {pairs:?}"
        );
    }
}

#[tokio::test]
async fn every_flow_page_starts_its_own_flow() {
    let app = spawn_app().await;
    for kind in ["registration", "recovery", "verification"] {
        let response = app
            .get(&format!("/{kind}?return_to=https%3A%2F%2Fapp%2F"))
            .await;
        assert_eq!(
            location(&response),
            format!(
                "{}/self-service/{kind}/browser?return_to=https%3A%2F%2Fapp%2F",
                app.kratos_browser()
            )
        );
    }
}

#[tokio::test]
async fn the_login_page_offers_every_method_in_its_own_form() {
    let app = spawn_app().await;
    let page = open(&app, "login", "login-fresh").await;
    assert_eq!(page.text("h1"), "Sign in");
    let password_form = "[data-testid='form/password']";
    page.one(&format!("{password_form} input[name=identifier][required]"));
    page.one(&format!(
        "{password_form} input[name=password][type=password]"
    ));
    page.one(&format!(
        "{password_form} button[name=method][value=password]"
    ));
    // "Sign in with Test IdP" must not be blocked by the empty required identifier.
    page.one("[data-testid='form/connected-accounts'] button[name=provider][value=test-idp]");
    assert_eq!(
        page.count("[data-testid='form/connected-accounts'] input[name=identifier]"),
        0
    );
    let passkey = page.one("[data-testid='form/passkey'] button[name=passkey_login_trigger]");
    assert_eq!(attr(passkey, "data-onclick-trigger"), "oryPasskeyLogin");
    assert_eq!(attr(passkey, "type"), "button");
    page.one("[data-testid='form/passkey'] input[name=passkey_challenge][type=hidden]");
    page.one("[data-testid='form/passkey'] input[name=passkey_login][data-onload-trigger=oryPasskeyLoginAutocompleteInit]");
    page.one("script[data-testid='node/script/webauthn_script']");
    assert_eq!(
        attr(page.one("[data-testid='sign-up-link']"), "href"),
        "/registration"
    );
    assert_eq!(
        attr(page.one("[data-testid='recovery-link']"), "href"),
        "/recovery"
    );
    assert_eq!(page.count("[data-testid='logout-link']"), 0);
}

#[tokio::test]
async fn reauthentication_shows_who_is_signed_in_and_a_way_out() {
    let app = spawn_app().await;
    app.kratos_answers(
        "/sessions/whoami",
        200,
        json!({"id": "s", "identity": {"id": "i", "traits": {"email": "alice2@example.com"}}}),
    )
    .await;
    let page = open(&app, "login", "login-refresh").await;
    assert_eq!(page.text("h1"), "Confirm it’s you");
    page.one("[data-testid='ui/message/1010003']");
    assert_eq!(
        page.text("[data-testid='identity-label']"),
        "alice2@example.com"
    );
    assert_eq!(
        attr(page.one("[data-testid='sign-out-form']"), "action"),
        "/logout"
    );
    assert_eq!(
        attr(page.one("input[name=identifier][type=hidden]"), "value"),
        "alice2@example.com"
    );
    page.one("[data-testid='form/password'] button[name=method][value=password]");
    assert_eq!(page.count("[data-testid='sign-up-link']"), 0);
}

#[tokio::test]
async fn the_second_factor_page_asks_for_the_code() {
    // Recorded from the Kratos instance that requires the highest AAL (another port).
    let app = spawn_app_with(|settings| {
        settings.kratos.browser_url = url::Url::parse("http://localhost:4633").unwrap();
    })
    .await;
    app.kratos_answers("/sessions/whoami", 401, json!({"error": {"code": 401}}))
        .await;
    let page = open(&app, "login", "login-aal2").await;
    assert_eq!(page.text("h1"), "Second factor");
    page.one("[data-testid='form/totp'] input[name=totp_code][required]");
    page.one("[data-testid='form/totp'] button[name=method][value=totp]");
    assert_eq!(
        page.count("[data-testid='logout-link']"),
        0,
        "no session, no link"
    );
}

#[tokio::test]
async fn registration_recovery_and_verification_render_with_a_way_back() {
    let app = spawn_app().await;
    let page = open(&app, "registration", "registration-fresh").await;
    page.one("[data-testid='form/profile'] input[name='traits.email'][type=email][required]");
    page.one("[data-testid='form/profile'] button[name=method][value=profile]");
    assert_eq!(
        page.count("[data-testid='form/connected-accounts'] input[name='traits.email']"),
        0
    );
    assert_eq!(
        attr(page.one("[data-testid='sign-in-link']"), "href"),
        "/login"
    );

    let page = open(&app, "recovery", "recovery-fresh").await;
    page.one("[data-testid='form/code'] input[name=email][type=email]");
    page.one("[data-testid='form/code'] button[name=method][value=code]");
    page.one("[data-testid='sign-in-link']");

    let page = open(&app, "verification", "verification-fresh").await;
    page.one("[data-testid='form/code'] input[name=email]");
    page.one("[data-testid='form/code'] input[name=csrf_token]");
}

#[tokio::test]
async fn companion_pages_follow_the_same_soft_error_table() {
    let app = spawn_app().await;
    for kind in ["login", "registration", "recovery", "verification"] {
        let expired = uuid::Uuid::new_v4().to_string();
        let successor = format!(
            "{}/self-service/{kind}/browser?return_to=https%3A%2F%2Fapp%2F",
            app.kratos_browser()
        );
        app.kratos_answers_flow(
            kind,
            &expired,
            410,
            json!({"error": {"code": 410, "details": {"redirect_to": successor}}}),
        )
        .await;
        assert_eq!(
            location(&app.get(&format!("/{kind}?flow={expired}")).await),
            successor,
            "{kind}"
        );

        let unknown = uuid::Uuid::new_v4().to_string();
        app.kratos_answers_flow(kind, &unknown, 404, fixture("error-404-unknown-flow"))
            .await;
        assert_eq!(
            location(
                &app.get(&format!(
                    "/{kind}?flow={unknown}&return_to=https%3A%2F%2Fapp%2F"
                ))
                .await
            ),
            format!(
                "{}/self-service/{kind}/browser?return_to=https%3A%2F%2Fapp%2F",
                app.kratos_browser()
            ),
            "{kind}"
        );

        let evil = uuid::Uuid::new_v4().to_string();
        app.kratos_answers_flow(kind, &evil, 422, json!({"error": {"id": "browser_location_change_required", "code": 422}, "redirect_browser_to": "https://evil.example/"}))
            .await;
        assert_eq!(
            location(&app.get(&format!("/{kind}?flow={evil}")).await),
            format!("{}/self-service/{kind}/browser", app.kratos_browser()),
            "{kind}"
        );
    }
    // Already signed in: Kratos' own init sends the browser on (to an allowed return_to).
    let signed_in = uuid::Uuid::new_v4().to_string();
    app.kratos_answers_flow(
        "login",
        &signed_in,
        400,
        json!({"error": {"id": "session_already_available", "code": 400}}),
    )
    .await;
    assert_eq!(
        location(
            &app.get(&format!(
                "/login?flow={signed_in}&return_to=https%3A%2F%2Fapp%2F"
            ))
            .await
        ),
        format!(
            "{}/self-service/login/browser?return_to=https%3A%2F%2Fapp%2F",
            app.kratos_browser()
        )
    );
}

#[tokio::test]
async fn the_error_page_explains_kratos_errors_with_their_status() {
    let app = spawn_app().await;
    let error = fixture("error-flow");
    let id = error["id"].as_str().unwrap().to_owned();
    Mock::given(method("GET"))
        .and(path("/self-service/errors"))
        .and(query_param("id", id.as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(&error))
        .mount(&app.kratos)
        .await;
    let response = app.get(&format!("/error?id={id}")).await;
    assert_eq!(response.status(), 403);
    let body = response.text().await.unwrap();
    assert!(
        !body.contains("reject_reason") && !body.contains("do not match"),
        "no debug details"
    );
    let page = Page(scraper::Html::parse_document(&body));
    assert_eq!(page.text("h1"), "Please try again");
    assert_eq!(
        page.text("[data-testid='error-code']"),
        "security_csrf_violation"
    );
    // Kratos' reason says what to do; it sits under our headline.
    assert_eq!(
        page.text("[data-testid='error-reason']"),
        error["error"]["reason"].as_str().unwrap()
    );
    page.one("h1 + [data-testid='error-reason']");
    // The reference to quote is the id Kratos keeps the error under.
    assert_eq!(page.text("[data-testid='reference']"), id);

    let unknown = uuid::Uuid::new_v4();
    Mock::given(method("GET"))
        .and(path("/self-service/errors"))
        .and(query_param("id", unknown.to_string().as_str()))
        .respond_with(ResponseTemplate::new(404).set_body_json(fixture("error-404-unknown-flow")))
        .mount(&app.kratos)
        .await;
    let response = app.get(&format!("/error?id={unknown}")).await;
    assert_eq!(response.status(), 404);
    // Kratos knows no such error: this request's id is the reference.
    let request_id = header(&response, "x-request-id");
    let page = Page::of(response).await;
    assert_eq!(page.text("[data-testid='reference']"), request_id);
    assert_eq!(app.get("/error?id=not-a-uuid").await.status(), 404);
    assert_eq!(app.get("/error").await.status(), 404);
}

#[tokio::test]
async fn the_error_page_survives_a_broken_kratos() {
    let app = spawn_app().await;
    app.kratos_answers("/self-service/errors", 500, json!({"error": {"code": 500}}))
        .await;
    let response = app
        .get(&format!("/error?id={}", uuid::Uuid::new_v4()))
        .await;
    assert_eq!(response.status(), 502);
}

#[tokio::test]
async fn oauth2_error_redirects_are_shown_escaped() {
    let app = spawn_app().await;
    let response = app
        .get("/error?error=access_denied&error_description=%3Cb%3EThe+user+denied%3C%2Fb%3E")
        .await;
    assert_eq!(response.status(), 400);
    let body = response.text().await.unwrap();
    assert!(!body.contains("<b>The user"));
    let page = Page(scraper::Html::parse_document(&body));
    assert_eq!(
        page.text("[data-testid='error-explanation']"),
        "<b>The user denied</b>"
    );
}

#[tokio::test]
async fn logout_confirms_with_kratos_tokenised_url() {
    let app = spawn_app().await;
    let logout_url = format!(
        "{}/self-service/logout?token=ory_lo_x",
        app.kratos_browser()
    );
    Mock::given(method("GET"))
        .and(path("/self-service/logout/browser"))
        .and(query_param("return_to", "https://app/bye"))
        .and(wiremock::matchers::header("cookie", "ory_kratos_session=s"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"logout_url": logout_url, "logout_token": "ory_lo_x"})),
        )
        .mount(&app.kratos)
        .await;
    let response = app
        .get_with(
            "/logout?return_to=https%3A%2F%2Fapp%2Fbye",
            &[("cookie", "ory_kratos_session=s")],
        )
        .await;
    assert_eq!(response.status(), 200);
    let cookie = format!("{}; ory_kratos_session=s", session_cookie(&response));
    let page = Page::of(response).await;
    // The button posts our form (our CSRF token, the return_to) to our /logout ...
    let form = page.one("form[data-testid='logout-form']");
    assert_eq!(
        (attr(form, "method"), attr(form, "action")),
        ("post", "/logout")
    );
    page.one("form[data-testid='logout-form'] button[type=submit][data-testid='logout-confirm']");
    let token = attr(
        page.one("[data-testid='logout-form'] input[name=kau_csrf]"),
        "value",
    );
    let return_to = attr(
        page.one("[data-testid='logout-form'] input[name=return_to]"),
        "value",
    );
    assert_eq!(return_to, "https://app/bye");
    // ... which goes on to Kratos' tokenised URL for that return_to (the browser now sends
    // our session cookie beside Kratos').
    app.kratos_answers_logout(
        200,
        json!({"logout_url": logout_url, "logout_token": "ory_lo_x"}),
    )
    .await;
    let response = app
        .post_form(
            "/logout",
            &[("kau_csrf", token), ("return_to", return_to)],
            &[("cookie", &cookie), ("sec-fetch-site", "same-origin")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), logout_url);
}

#[tokio::test]
async fn logout_without_a_session_goes_to_login() {
    let app = spawn_app().await;
    app.kratos_answers_logout(401, fixture("error-401-logout-no-session"))
        .await;
    let response = app.get("/logout").await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/login");
}

#[tokio::test]
async fn the_sign_out_form_asks_kratos_only_when_posted_from_our_page_with_its_token() {
    let app = spawn_app().await;
    let logout_url = format!(
        "{}/self-service/logout?token=ory_lo_y",
        app.kratos_browser()
    );
    Mock::given(method("GET"))
        .and(path("/self-service/logout/browser"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"logout_url": logout_url, "logout_token": "ory_lo_y"})),
        )
        .expect(1)
        .mount(&app.kratos)
        .await;
    let (cookie, token) = app.sign_out_form().await;
    let with_token = format!("kau_csrf={token}");
    let same_origin = ("sec-fetch-site", "same-origin");

    // Refused before Kratos is asked: another site, no token, another token, no session.
    for (body, headers) in [
        (
            with_token.as_str(),
            vec![
                ("cookie", cookie.as_str()),
                ("sec-fetch-site", "cross-site"),
            ],
        ),
        (
            with_token.as_str(),
            vec![
                ("cookie", cookie.as_str()),
                ("origin", "https://evil.example"),
            ],
        ),
        ("", vec![("cookie", cookie.as_str()), same_origin]),
        (
            "kau_csrf=0000000000000000000000000000000000000000000000000000000000000000",
            vec![("cookie", cookie.as_str()), same_origin],
        ),
        (with_token.as_str(), vec![same_origin]),
    ] {
        let response = app.post_form_body("/logout", body, &headers).await;
        assert_eq!(response.status(), 403, "{body:?} {headers:?}");
    }

    let response = app
        .post_form_body(
            "/logout",
            &with_token,
            &[("cookie", cookie.as_str()), same_origin],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), logout_url);
}

#[tokio::test]
async fn home_sends_people_where_they_belong() {
    let app = spawn_app().await;
    Mock::given(method("GET"))
        .and(path("/sessions/whoami"))
        .and(wiremock::matchers::header("cookie", "ory_kratos_session=s"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "s", "identity": {"id": "i", "traits": {}}})),
        )
        .mount(&app.kratos)
        .await;
    app.kratos_answers("/sessions/whoami", 401, json!({"error": {"code": 401}}))
        .await;
    assert_eq!(
        location(
            &app.get_with("/", &[("cookie", "ory_kratos_session=s")])
                .await
        ),
        "/settings"
    );
    assert_eq!(location(&app.get("/").await), "/login");

    let broken = spawn_app().await;
    broken
        .kratos_answers("/sessions/whoami", 503, json!({}))
        .await;
    assert_eq!(broken.get("/").await.status(), 502);
}

#[tokio::test]
async fn identifier_first_login_asks_for_the_identifier_then_the_credential() {
    let app = spawn_app().await;
    let step = |nodes: serde_json::Value| {
        json!({"id": uuid::Uuid::new_v4().to_string(), "type": "browser", "refresh": false, "requested_aal": "aal1",
               "ui": {"action": "http://localhost:4433/self-service/login?flow=x", "method": "POST", "nodes": nodes}})
    };
    let csrf = json!({"type": "input", "group": "default", "messages": [], "meta": {},
        "attributes": {"node_type": "input", "name": "csrf_token", "type": "hidden", "value": "t", "required": true}});
    let first = step(json!([
        csrf,
        {"type": "input", "group": "identifier_first", "messages": [], "meta": {"label": {"id": 1070004, "text": "ID", "type": "info"}},
         "attributes": {"node_type": "input", "name": "identifier", "type": "text", "required": true, "autocomplete": "username webauthn"}},
        {"type": "input", "group": "identifier_first", "messages": [], "meta": {"label": {"id": 1070009, "text": "Continue", "type": "info"}},
         "attributes": {"node_type": "input", "name": "method", "type": "submit", "value": "identifier_first"}},
    ]));
    let page = Page::of(app.open_flow("login", first).await).await;
    let identifier =
        page.one("[data-testid='form/identifier_first'] input[name=identifier][required]");
    assert_eq!(attr(identifier, "autocomplete"), "username webauthn");
    page.one("[data-testid='form/identifier_first'] button[name=method][value=identifier_first]");

    // Second step: the identifier rides along hidden; the password form asks for the rest.
    let second = step(json!([
        csrf,
        {"type": "input", "group": "default", "messages": [], "meta": {},
         "attributes": {"node_type": "input", "name": "identifier", "type": "hidden", "value": "alice@example.com"}},
        {"type": "input", "group": "password", "messages": [], "meta": {"label": {"id": 1070001, "text": "Password", "type": "info"}},
         "attributes": {"node_type": "input", "name": "password", "type": "password", "required": true}},
        {"type": "input", "group": "password", "messages": [], "meta": {},
         "attributes": {"node_type": "input", "name": "method", "type": "submit", "value": "password"}},
    ]));
    let page = Page::of(app.open_flow("login", second).await).await;
    let hidden = page.one("[data-testid='form/password'] input[name=identifier][type=hidden]");
    assert_eq!(attr(hidden, "value"), "alice@example.com");
    page.one("[data-testid='form/password'] input[name=password][required]");
}

#[tokio::test]
async fn the_error_page_shows_a_hostile_reason_as_text() {
    let app = spawn_app().await;
    let id = uuid::Uuid::new_v4().to_string();
    let reason = "<script>alert(1)</script><a href=\"https://evil.example\">Click</a>";
    Mock::given(method("GET"))
        .and(path("/self-service/errors"))
        .and(query_param("id", id.as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"id": id, "error": {"id": "security_csrf_violation", "code": 403, "reason": reason}}),
        ))
        .mount(&app.kratos)
        .await;
    let body = app
        .get(&format!("/error?id={id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!body.contains("<script>alert") && !body.contains("<a href=\"https://evil"));
    let page = Page(scraper::Html::parse_document(&body));
    assert_eq!(page.text("[data-testid='error-reason']"), reason);
}

/// A flow of only its CSRF token: what Kratos sends e.g. to re-authenticate an account that
/// has no credential of the kind asked for.
fn csrf_only(kind_message: serde_json::Value) -> serde_json::Value {
    json!({"id": uuid::Uuid::new_v4().to_string(), "type": "browser", "refresh": true, "requested_aal": "aal1",
        "return_to": "https://app.example.com/home",
        "ui": {"action": "http://localhost:4433/self-service/login?flow=x", "method": "POST",
            "messages": [kind_message],
            "nodes": [{"type": "input", "group": "default", "messages": [], "meta": {},
                "attributes": {"node_type": "input", "name": "csrf_token", "type": "hidden", "value": "t", "required": true}}]}})
}

#[tokio::test]
async fn a_flow_with_only_its_csrf_token_says_no_method_is_available_and_offers_the_ways_out() {
    let app = spawn_app().await;
    app.kratos_answers(
        "/sessions/whoami",
        200,
        json!({"id": "s", "identity": {"id": "i", "traits": {"email": "a@example.com"}}}),
    )
    .await;
    let response = app
        .open_flow("login", csrf_only(json!({"id": 1010003, "text": "Please confirm this action by verifying that it is you.", "type": "info"})))
        .await;
    assert_eq!(response.status(), 200);
    let page = Page::of(response).await;
    // Kratos' message (in the catalogue's words) stays.
    assert!(!page.text("[data-testid='ui/message/1010003']").is_empty());
    assert_eq!(page.count("form.form"), 0, "no flow forms");
    assert!(!page.text("[data-testid='no-method'] p").is_empty());
    assert_eq!(
        attr(page.one("[data-testid='no-method-back']"), "href"),
        "https://app.example.com/home"
    );
    assert_eq!(
        attr(page.one("[data-testid='no-method-settings']"), "href"),
        "/settings"
    );
    // Our confirmation page: no logout token is asked for until the person confirms.
    assert_eq!(
        attr(page.one("[data-testid='no-method-logout']"), "href"),
        "/logout"
    );

    // Registration with every method turned off: no one is signed in, so no sign-out.
    let mut registration =
        csrf_only(json!({"id": 4000001, "text": "No methods.", "type": "error"}));
    registration["ui"]["action"] = json!("http://localhost:4433/self-service/registration?flow=x");
    let page = Page::of(app.open_flow("registration", registration).await).await;
    page.one("[data-testid='no-method']");
    page.one("[data-testid='ui/message/4000001']");
    assert_eq!(page.count("[data-testid='no-method-logout']"), 0);
    page.one("[data-testid='sign-in-link']");
}

/// Where a reverse proxy's limit on attempts sends the browser (`deploy/nginx`): the error
/// page with the proxy's status, never cached, the way back to the account, and no call to
/// Kratos.
#[tokio::test]
async fn the_too_many_attempts_page_keeps_the_proxys_status_and_offers_the_way_back() {
    let app = spawn_app().await;
    for method in [reqwest::Method::GET, reqwest::Method::HEAD] {
        let response = app.request(method.clone(), "/too-many-attempts").await;
        assert_eq!(response.status(), 429, "{method}");
        assert_eq!(header(&response, "cache-control"), "no-store");
        assert_eq!(header(&response, "retry-after"), "60");
    }
    let page = Page::of(app.get("/too-many-attempts").await).await;
    assert_eq!(page.text("h1"), "Too many attempts");
    assert!(
        page.text("[data-testid=error-explanation]")
            .contains("Wait a minute"),
    );
    assert_eq!(page.count("[data-testid=error-page] a.button--primary"), 1);
    assert!(app.kratos.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn our_error_page_and_kratos_error_page_share_one_frame() {
    let app = spawn_app().await;
    let error = fixture("error-flow");
    let id = error["id"].as_str().unwrap().to_owned();
    app.kratos_answers("/self-service/errors", 200, error).await;
    let kratos = Page::of(app.get(&format!("/error?id={id}")).await).await;
    let response = app.get("/no-such-page").await;
    assert_eq!(response.status(), 404);
    let request_id = header(&response, "x-request-id");
    let ours = Page::of(response).await;
    for (page, reference) in [(&kratos, id.as_str()), (&ours, request_id.as_str())] {
        page.one("body.page--narrow main section.card.card--error[data-testid=error-page]");
        page.one("[data-testid=error-page] > p.card__eyebrow + h1");
        assert_eq!(
            page.text("[data-testid=error-page] [data-testid=reference]"),
            reference
        );
        assert_eq!(page.count("[data-testid=error-page] a.button--primary"), 1);
    }
    assert_eq!(ours.text("h1"), "Page not found");
}
