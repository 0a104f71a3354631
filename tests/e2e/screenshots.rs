//! Screenshots of the settings page: light and dark, a new account and one with everything set
//! up, the second look before a removal, desktop and phone. They land in
//! `target/e2e-artifacts/screenshots/`; with `UPDATE_SCREENSHOTS=1` they replace the ones in
//! `docs/screenshots/` that the README shows (each run differs: the QR code is random).

use serde_json::{Value, json};

use crate::support::artifacts::repo_path;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

const WIDTH: u32 = 1280;

async fn page_background(env: &Env) -> String {
    let colour = env
        .browser
        .execute(
            "return getComputedStyle(document.body).backgroundColor",
            vec![],
        )
        .await;
    colour.as_str().unwrap_or_default().to_owned()
}

/// DevTools' `Emulation.setEmulatedMedia` parameters for `prefers-color-scheme: value`.
pub(crate) fn colour_scheme(value: &str) -> Value {
    json!({"features": [{"name": "prefers-color-scheme", "value": value}]})
}

pub(crate) async fn save(env: &Env, file: &str) {
    save_at(env, file, WIDTH).await;
}

/// A phone's width, for the mobile screenshots.
pub(crate) const PHONE_WIDTH: u32 = 390;

pub(crate) async fn save_at(env: &Env, file: &str, width: u32) {
    let png = env.browser.full_page_screenshot(width).await;
    write(file, png);
}

/// Only the element `css` (a section of a page).
pub(crate) async fn save_element(env: &Env, css: &str, file: &str) {
    save_element_at(env, css, file, WIDTH).await;
}

async fn save_element_at(env: &Env, css: &str, file: &str, width: u32) {
    let png = env.browser.element_screenshot(css, width).await;
    write(file, png);
}

fn write(file: &str, png: Vec<u8>) {
    assert!(png.starts_with(b"\x89PNG"), "{file} is not a PNG");
    let folder = if std::env::var_os("UPDATE_SCREENSHOTS").is_some() {
        "docs/screenshots"
    } else {
        "target/e2e-artifacts/screenshots"
    };
    let path = repo_path(folder).join(file);
    std::fs::create_dir_all(path.parent().unwrap()).expect("create the screenshot folder");
    std::fs::write(&path, png).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
}

#[tokio::test]
async fn the_settings_page_is_captured_in_light_and_dark_mode_for_the_docs() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        env.browser
            .wait_for("img[data-testid='node/image/totp_qr']")
            .await;

        env.browser
            .cdp("Emulation.setEmulatedMedia", colour_scheme("light"))
            .await;
        let light = page_background(&env).await;
        save(&env, "settings-light.png").await;

        env.browser
            .cdp("Emulation.setEmulatedMedia", colour_scheme("dark"))
            .await;
        let dark = page_background(&env).await;
        assert_ne!(
            light, dark,
            "the page looks the same in the dark colour scheme"
        );
        save(&env, "settings-dark.png").await;
    })
    .await;
}

/// Both widths of one view: `<name>-desktop.png` and `<name>-phone.png`.
pub(crate) async fn both_widths(env: &Env, name: &str) {
    save(env, &format!("{name}-desktop.png")).await;
    save_at(env, &format!("{name}-phone.png"), PHONE_WIDTH).await;
}

#[tokio::test]
async fn a_fresh_and_a_fully_set_up_settings_page_and_a_confirmation_are_captured_for_the_docs() {
    scenario(Knobs::default(), |env| async move {
        env.browser.add_virtual_authenticator().await;
        env.idp.sign_in_as("alice@idp.example");
        env.signed_in(ALICE).await;
        env.open_settings().await;
        env.browser
            .wait_for("img[data-testid='node/image/totp_qr']")
            .await;
        both_widths(&env, "settings-fresh").await;

        // Everything a person can set up here, through the page itself.
        env.turn_on_totp_on_settings().await;
        env.landed_on("totp-on").await;
        env.click("button[name=lookup_secret_regenerate]").await;
        env.click("button[name=lookup_secret_confirm]").await;
        env.landed_on("lookup_secret-saved").await;
        env.fill("webauthn", "webauthn_register_displayname", "YubiKey 5C")
            .await;
        env.click("[name=webauthn_register_trigger]").await;
        env.landed_on("webauthn-added").await;
        env.click("[name=passkey_register_trigger]").await;
        env.landed_on("passkey-added").await;
        env.click("[data-testid='form/connected-accounts'] [name=link][value=test-idp]")
            .await;
        env.saved().await;

        env.open_settings().await;
        assert!(env.state_of("totp").await.starts_with("On"));
        assert!(env.state_of("lookup_secret").await.starts_with("Set up"));
        assert!(env.state_of("webauthn").await.contains("YubiKey 5C"));
        assert!(!env.state_of("passkey").await.contains("No passkeys"));
        let connected = env.state_of("connected-accounts").await;
        assert!(connected.contains("Test IdP"), "{connected}");
        both_widths(&env, "settings-set-up").await;

        // The second look before the authenticator app is turned off.
        env.browser
            .wait_for("[data-testid='confirm/totp_unlink/true'] summary")
            .await
            .click()
            .await;
        let submit = env
            .browser
            .wait_for("[data-testid='confirm/totp_unlink/true'] button[name=totp_unlink]")
            .await;
        assert!(submit.is_displayed().await, "the disclosure did not open");
        let section = "[data-testid='form/totp']";
        save_element_at(&env, section, "settings-confirm-desktop.png", WIDTH).await;
        save_element_at(&env, section, "settings-confirm-phone.png", PHONE_WIDTH).await;
    })
    .await;
}
