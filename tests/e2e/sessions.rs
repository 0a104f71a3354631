//! "Where you're signed in" against a real Kratos: the browser plus other devices (HTTP
//! clients with their own Kratos sessions); ending one, ending all others, and a forged
//! request from another origin that must change nothing.

use actix_web::{App, HttpResponse, HttpServer, web};

use crate::screenshots::save_element;
use crate::support::account::{Account, PASSWORD};
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

fn row(session: &serde_json::Value) -> String {
    format!(
        "[data-testid='session/{}']",
        session["id"].as_str().expect("a session id")
    )
}

/// A phone's browser, as Kratos records it for the session.
pub(crate) const PHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";

/// The desktop browser the person registered with (the session the test's browser gets).
const DESKTOP: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/// Alice, registered from a desktop browser, signed in in the test's browser.
async fn signed_in_on_desktop(env: &Env) {
    let account = Account::register_from(&env.kratos.public_url, ALICE, Some(DESKTOP)).await;
    env.sign_in_browser(&account).await;
}

async fn another_device(env: &Env) -> Account {
    Account::sign_in_from(&env.kratos.public_url, ALICE, PASSWORD, Some(PHONE)).await
}

/// A page on another origin of the same site (`localhost`, another port, so the browser
/// still sends its cookies) holding a forged form aimed at `target`.
fn forged_page(target: &str, token: &str) -> String {
    let html = format!(
        r#"<!doctype html><html><head><link rel="icon" href="data:,"><title>Win a prize</title></head>
<body><form method="POST" action="{target}"><input name="kau_csrf" value="{token}"></form></body></html>"#
    );
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind the forged page");
    let port = listener.local_addr().expect("a port").port();
    let server = HttpServer::new(move || {
        let html = html.clone();
        App::new().route(
            "/",
            web::get().to(move || {
                let html = html.clone();
                async move { HttpResponse::Ok().content_type("text/html").body(html) }
            }),
        )
    })
    .workers(1)
    .listen(listener)
    .expect("listen")
    .run();
    tokio::spawn(server);
    format!("http://localhost:{port}/")
}

async fn rows_shown(env: &Env) -> usize {
    env.browser
        .find_all("li[data-testid^='session/']")
        .await
        .len()
}

async fn state_line(env: &Env) -> String {
    env.browser
        .wait_for("[data-testid='section/sessions/state']")
        .await
        .text()
        .await
}

async fn open_sessions(env: &Env) {
    env.open_settings().await;
    env.browser.wait_for("[data-testid=sessions]").await;
}

#[tokio::test]
async fn the_browser_sees_both_devices_and_signs_the_other_one_out() {
    scenario(Knobs::default(), |env| async move {
        signed_in_on_desktop(&env).await;
        let phone = another_device(&env).await;
        let phone_session = phone.whoami().await;
        open_sessions(&env).await;

        let this_device = env
            .browser_session()
            .await
            .expect("the browser is signed in");
        let rows = env.browser.find_all("li[data-testid^='session/']").await;
        assert_eq!(rows.len(), 2, "this browser and the other device");
        assert_eq!(
            rows[0].attr("data-testid").await.unwrap(),
            format!("session/{}", this_device["id"].as_str().unwrap()),
            "this device comes first"
        );
        let this_row = env.browser.wait_for(&row(&this_device)).await;
        assert!(
            this_row
                .find("[data-testid='sessions/this-device']")
                .await
                .is_some()
        );
        assert!(this_row.text().await.contains("Chrome on Linux"));
        let other = env.browser.wait_for(&row(&phone_session)).await;
        let text = other.text().await;
        assert!(text.contains("Safari on iPhone"), "{text}");
        assert!(text.contains("Password · one factor"), "{text}");
        assert_eq!(
            state_line(&env).await,
            "Signed in on this device and 1 other."
        );
        save_element(&env, "[data-testid=sessions]", "sessions.png").await;

        env.click(&format!(
            "{} [data-testid='sessions/end']",
            row(&phone_session)
        ))
        .await;
        env.settings_flow_id().await;
        env.browser
            .wait_for("[data-testid='sessions/notice/ended']")
            .await;
        assert!(
            phone.session().await.is_none(),
            "the other device is still signed in"
        );
        assert!(env.browser.find(&row(&phone_session)).await.is_none());
        assert!(
            env.browser_session().await.is_some(),
            "this browser was signed out"
        );
        assert!(
            env.browser.url().await.fragment() == Some("sessions"),
            "back at the section"
        );
    })
    .await;
}

#[tokio::test]
async fn signing_out_all_other_devices_keeps_only_this_one() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        let phone = another_device(&env).await;
        let laptop = another_device(&env).await;
        open_sessions(&env).await;
        assert_eq!(rows_shown(&env).await, 3);

        env.click("[data-testid='sessions/end-others']").await;
        env.settings_flow_id().await;
        let notice = env
            .browser
            .wait_for("[data-testid='sessions/notice/others-ended']")
            .await;
        assert_eq!(notice.text().await, "Signed out of 2 other devices.");
        assert!(phone.session().await.is_none());
        assert!(laptop.session().await.is_none());
        assert!(env.browser_session().await.is_some());
        assert_eq!(rows_shown(&env).await, 1);
        env.browser
            .wait_for("[data-testid='sessions/no-others']")
            .await;
        assert_eq!(state_line(&env).await, "Signed in on this device only.");
    })
    .await;
}

#[tokio::test]
async fn a_forged_form_from_another_origin_is_refused_and_ends_nothing() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        let phone = another_device(&env).await;
        open_sessions(&env).await;
        // Even knowing the token (an attacker cannot), another origin gets nowhere.
        let token = env
            .browser
            .wait_for("[data-testid=sessions] input[name=kau_csrf]")
            .await
            .attr("value")
            .await
            .expect("a token");
        let target = format!("{}/settings/sessions/end-others", env.ui.url);

        env.browser.goto(&forged_page(&target, &token)).await;
        env.expect_load_failure(&url::Url::parse(&target).unwrap(), 403);
        env.browser
            .execute("document.forms[0].submit()", vec![])
            .await;
        let refused = env.browser.wait_for("h1").await;
        assert_eq!(refused.text().await, "Request refused");
        assert_eq!(env.browser.url().await.as_str(), target);
        assert!(
            phone.session().await.is_some(),
            "the forged request ended a session"
        );
    })
    .await;
}
