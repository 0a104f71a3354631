//! The reader's language end to end: German and Arabic through a whole settings change (with
//! screenshots for the docs), and the menu's choice kept across pages and sign-in.

use serde_json::json;

use crate::screenshots::save;
use crate::support::account::PASSWORD;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

/// Every request of the browser asks for `language` first, as a browser set to it would.
pub(crate) async fn browser_speaks(env: &Env, language: &str) {
    env.browser.cdp("Network.enable", json!({})).await;
    env.browser
        .cdp(
            "Network.setExtraHTTPHeaders",
            json!({"headers": {"Accept-Language": language}}),
        )
        .await;
}

async fn attribute(env: &Env, css: &str, name: &str) -> String {
    env.browser
        .wait_for(css)
        .await
        .attr(name)
        .await
        .unwrap_or_default()
}

async fn text(env: &Env, css: &str) -> String {
    env.browser.wait_for(css).await.text().await
}

/// A too-short password refused beside the field, then a good one saved: Kratos' messages
/// arrive by id and are shown in the page's language.
async fn change_the_password(env: &Env) -> (String, String) {
    env.fill("password", "password", "short").await;
    env.submit("password", "password").await;
    let refused = text(
        env,
        "[data-testid='node/input/password'] [data-testid='ui/message/4000032']",
    )
    .await;
    env.fill("password", "password", "e2e-Another-Long-Passphrase-7")
        .await;
    env.submit("password", "password").await;
    env.saved().await;
    let saved = text(env, "[data-testid='ui/message/1050001']").await;
    (refused, saved)
}

#[tokio::test]
async fn a_german_browser_changes_its_password_in_german() {
    scenario(Knobs::default(), |env| async move {
        browser_speaks(&env, "de-DE,de;q=0.9,en;q=0.5").await;
        env.signed_in(ALICE).await;
        env.open_settings().await;
        assert_eq!(attribute(&env, "html", "lang").await, "de");
        assert_eq!(text(&env, "h1").await, "Kontoeinstellungen");
        assert_eq!(
            text(&env, "[data-testid='form/password'] button[name=method]").await,
            "Passwort ändern"
        );
        let (refused, saved) = change_the_password(&env).await;
        assert!(refused.contains("mindestens 8 Zeichen"), "{refused}");
        assert_eq!(saved, "Ihre Änderungen wurden gespeichert.");
        save(&env, "settings-de.png").await;
    })
    .await;
}

#[tokio::test]
async fn an_arabic_browser_changes_its_password_right_to_left() {
    scenario(Knobs::default(), |env| async move {
        browser_speaks(&env, "ar").await;
        env.signed_in(ALICE).await;
        env.open_settings().await;
        assert_eq!(attribute(&env, "html", "dir").await, "rtl");
        // The layout mirrors: the brand sits at the right edge, the page's start.
        let mirrored = env
            .browser
            .execute(
                "const b = document.querySelector('[data-testid=brand]').getBoundingClientRect();\
                 return b.right > window.innerWidth / 2;",
                vec![],
            )
            .await;
        assert_eq!(mirrored, json!(true), "the header does not mirror");
        // Nothing pokes out past the start edge: in a right-to-left page that overflow would be
        // scrollable and the page would open shifted.
        let overflow = env
            .browser
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
                vec![],
            )
            .await;
        assert_eq!(overflow, json!(0), "the page is wider than the window");
        let (refused, saved) = change_the_password(&env).await;
        assert!(
            refused.contains("كلمة المرور") && refused.contains('٨'),
            "{refused}"
        );
        assert_eq!(saved, "تم حفظ تغييراتك.");
        save(&env, "settings-ar.png").await;
    })
    .await;
}

#[tokio::test]
async fn the_language_chosen_in_the_menu_survives_navigation_and_sign_in() {
    scenario(Knobs::default(), |env| async move {
        env.register(ALICE).await;
        // Signed out: settings sends the browser to our sign-in page, in English.
        env.browser.goto(&env.ui.page("/settings")).await;
        env.flow_page("/login").await;
        assert_eq!(attribute(&env, "html", "lang").await, "en");

        env.browser
            .execute(
                "document.querySelector('select[name=lang]').value = 'fr';",
                vec![],
            )
            .await;
        env.click("[data-testid='language-menu-apply']").await;
        env.flow_page("/login").await;
        assert_eq!(attribute(&env, "html", "lang").await, "fr");
        assert_eq!(text(&env, "h1").await, "Se connecter");

        // Another page, then sign in: still French.
        env.click("[data-testid='recovery-link']").await;
        env.flow_page("/recovery").await;
        assert_eq!(text(&env, "h1").await, "Récupérer votre compte");
        env.click("[data-testid='sign-in-link']").await;
        env.flow_page("/login").await;
        env.sign_in_on_login_page(ALICE, PASSWORD).await;
        env.settings_flow_id().await;
        assert_eq!(attribute(&env, "html", "lang").await, "fr");
        assert_eq!(text(&env, "h1").await, "Paramètres du compte");
    })
    .await;
}
