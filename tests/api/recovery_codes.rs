//! Recovery codes as a file and a print view: offered only beside codes Kratos accepts, handed
//! out only through our CSRF-checked POST, never cached, never in a URL.

use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

use crate::helpers::{Page, TestApp, attr, carries_cookie, fixture, header, location, spawn_app};

const KRATOS_COOKIE: &str = "ory_kratos_session=browser-session";

/// The recorded flow right after "regenerate": twelve codes and a confirm button.
fn unconfirmed() -> Value {
    fixture("settings-lookup-revealed")
}

fn flow_id() -> String {
    unconfirmed()["id"].as_str().unwrap().to_owned()
}

/// The same codes once confirmed and revealed, the second one used: what Kratos accepts.
fn revealed() -> Value {
    let mut flow = unconfirmed();
    let nodes = flow["ui"]["nodes"].as_array_mut().unwrap();
    for node in nodes.iter_mut() {
        if node["attributes"]["name"] == "lookup_secret_confirm" {
            node["attributes"]["name"] = json!("lookup_secret_regenerate");
        }
        if node["attributes"]["id"] == "lookup_secret_codes" {
            node["attributes"]["text"]["context"]["secrets"][1] = json!(
                {"id": 1050014, "text": "Secret was used at 2026-11-27", "type": "info",
                 "context": {"used_at": "2026-11-27T10:00:00Z"}});
        }
    }
    flow
}

/// The codes of the recorded flow, in order.
fn recorded_codes() -> Vec<String> {
    let flow = unconfirmed();
    let node = flow["ui"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["attributes"]["id"] == "lookup_secret_codes")
        .unwrap()
        .clone();
    node["attributes"]["text"]["context"]["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["context"]["secret"].as_str().unwrap().to_owned())
        .collect()
}

/// Kratos serves `flow` to requests carrying the browser's Kratos cookie.
async fn kratos_serves(app: &TestApp, flow: &Value) {
    app.kratos.reset().await;
    Mock::given(method("GET"))
        .and(path("/self-service/settings/flows"))
        .and(query_param("id", flow["id"].as_str().unwrap()))
        .and(carries_cookie(KRATOS_COOKIE))
        .respond_with(ResponseTemplate::new(200).set_body_json(flow))
        .mount(&app.kratos)
        .await;
}

/// The settings page as the browser gets it: the page, and its cookies for the next request.
async fn settings(app: &TestApp) -> (Page, String) {
    let response = app
        .get_with(
            &format!("/settings?flow={}", flow_id()),
            &[("cookie", KRATOS_COOKIE)],
        )
        .await;
    assert_eq!(response.status(), 200);
    let session = header(&response, "set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    (
        Page::of(response).await,
        format!("{KRATOS_COOKIE}; {session}"),
    )
}

fn token(page: &Page) -> String {
    attr(
        page.one("[data-testid='lookup_secret/keep'] input[name=kau_csrf]"),
        "value",
    )
    .to_owned()
}

async fn ask(
    app: &TestApp,
    cookies: &str,
    token: &str,
    view: &str,
    headers: &[(&str, &str)],
) -> reqwest::Response {
    let mut all = vec![("cookie", cookies), ("sec-fetch-site", "same-origin")];
    all.extend_from_slice(headers);
    app.post_form(
        "/settings/recovery-codes",
        &[("kau_csrf", token), ("flow", &flow_id()), ("view", view)],
        &all,
    )
    .await
}

#[tokio::test]
async fn the_file_holds_exactly_the_codes_kratos_accepts_and_is_never_cached() {
    let app = spawn_app().await;
    kratos_serves(&app, &revealed()).await;
    let (page, cookies) = settings(&app).await;
    let form = page.one("[data-testid='lookup_secret/keep']");
    assert_eq!(attr(form, "method"), "POST");
    assert_eq!(attr(form, "action"), "/settings/recovery-codes");

    let response = ask(&app, &cookies, &token(&page), "file", &[]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "cache-control"), "no-store");
    assert!(header(&response, "content-type").starts_with("text/plain"));
    let disposition = header(&response, "content-disposition");
    assert!(
        disposition.starts_with("attachment; filename=\"recovery-codes-")
            && disposition.ends_with(".txt\""),
        "{disposition}"
    );
    let file = response.text().await.unwrap();
    let lines: Vec<&str> = file.lines().collect();
    assert_eq!(lines[0], "Account recovery codes");
    assert_eq!(lines[1], "Account: alice@example.com");
    assert!(lines[2].starts_with("Date: 20"), "{file}");
    let mut expected = recorded_codes();
    expected.remove(1);
    let from_file: Vec<&str> = lines[lines.len() - expected.len()..].to_vec();
    assert_eq!(from_file, expected, "{file}");
    assert!(
        !file.contains(&recorded_codes()[1]),
        "a used code in the file"
    );
}

#[tokio::test]
async fn the_print_view_shows_the_same_codes_on_a_page_of_its_own() {
    let app = spawn_app().await;
    kratos_serves(&app, &revealed()).await;
    let (page, cookies) = settings(&app).await;
    let response = ask(&app, &cookies, &token(&page), "print", &[]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "cache-control"), "no-store");
    let page = Page::of(response).await;
    let shown: Vec<String> = page
        .all("[data-testid='recovery-codes/list'] code")
        .iter()
        .map(|code| code.text().collect())
        .collect();
    let mut expected = recorded_codes();
    expected.remove(1);
    assert_eq!(shown, expected);
    assert_eq!(page.text("h1"), "Account recovery codes");
    assert_eq!(
        attr(page.one("[data-testid='recovery-codes/back']"), "href"),
        format!("/settings?flow={}", flow_id())
    );
}

#[tokio::test]
async fn unconfirmed_codes_are_not_offered_and_not_handed_out() {
    let app = spawn_app().await;
    // Ask for the token on a page with codes Kratos accepts, then let the flow move on to
    // freshly generated, unconfirmed codes.
    kratos_serves(&app, &revealed()).await;
    let (page, cookies) = settings(&app).await;
    let token = token(&page);
    kratos_serves(&app, &unconfirmed()).await;

    let (page, _) = settings(&app).await;
    assert_eq!(page.count("[data-testid='lookup_secret/keep']"), 0);
    assert_eq!(
        page.text("[data-testid='lookup_secret/confirm-first']"),
        "Confirm these codes to start using them; then you can download or print them."
    );
    let response = ask(&app, &cookies, &token, "file", &[]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), format!("/settings?flow={}", flow_id()));
}

#[tokio::test]
async fn a_forged_request_gets_no_codes_and_kratos_is_not_asked() {
    let app = spawn_app().await;
    kratos_serves(&app, &revealed()).await;
    let (page, cookies) = settings(&app).await;
    let token = token(&page);
    let asked = || async {
        app.kratos
            .received_requests()
            .await
            .unwrap_or_default()
            .len()
    };
    let before = asked().await;
    for (token, headers) in [
        ("", &[][..]),
        (&"0".repeat(64)[..], &[][..]),
        (&token[..], &[("sec-fetch-site", "cross-site")][..]),
        (&token[..], &[("origin", "https://evil.example")][..]),
    ] {
        let mut request_headers = vec![("cookie", cookies.as_str())];
        request_headers.extend_from_slice(headers);
        let response = app
            .post_form(
                "/settings/recovery-codes",
                &[("kau_csrf", token), ("flow", &flow_id()), ("view", "file")],
                &request_headers,
            )
            .await;
        assert_eq!(response.status(), 403, "{headers:?}");
        let body = response.text().await.unwrap();
        for code in recorded_codes() {
            assert!(!body.contains(&code));
        }
    }
    assert_eq!(
        asked().await,
        before,
        "Kratos was asked for a forged request"
    );
}

#[tokio::test]
async fn kratos_answers_map_like_the_settings_page() {
    let app = spawn_app().await;
    kratos_serves(&app, &revealed()).await;
    let (page, cookies) = settings(&app).await;
    let token = token(&page);
    let back = format!("/settings?flow={}", flow_id());
    let login = format!(
        "{}/self-service/login/browser?return_to=",
        app.kratos_browser()
    );
    for (answer, status, to) in [
        (ResponseTemplate::new(401), 303, Some(login.as_str())),
        (ResponseTemplate::new(403), 303, Some(back.as_str())),
        (ResponseTemplate::new(404), 303, Some(back.as_str())),
        (ResponseTemplate::new(410), 303, Some(back.as_str())),
        (ResponseTemplate::new(500), 502, None),
        (
            ResponseTemplate::new(200)
                .set_body_json(revealed())
                .set_delay(std::time::Duration::from_secs(3)),
            504,
            None,
        ),
    ] {
        app.kratos.reset().await;
        Mock::given(method("GET"))
            .and(path("/self-service/settings/flows"))
            .respond_with(answer)
            .mount(&app.kratos)
            .await;
        let response = ask(&app, &cookies, &token, "file", &[]).await;
        assert_eq!(response.status(), status);
        if let Some(to) = to {
            assert!(
                location(&response).starts_with(to),
                "{}",
                location(&response)
            );
        } else {
            assert_eq!(header(&response, "cache-control"), "no-store");
        }
    }
    // Not a flow id: the settings page, without asking Kratos.
    app.kratos.reset().await;
    let response = app
        .post_form(
            "/settings/recovery-codes",
            &[("kau_csrf", &token), ("flow", "../x"), ("view", "file")],
            &[("cookie", &cookies)],
        )
        .await;
    assert_eq!(location(&response), "/settings");
    assert!(app.kratos.received_requests().await.unwrap().is_empty());
}
