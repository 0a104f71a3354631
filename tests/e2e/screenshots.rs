//! Screenshots of the settings page, in the light and the dark colour scheme. They land in
//! `target/e2e-artifacts/screenshots/`; with `UPDATE_SCREENSHOTS=1` they replace the ones in
//! `docs/screenshots/` that the README shows (each run differs: the QR code is random).

use serde_json::json;

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
    let png = env.browser.element_screenshot(css, WIDTH).await;
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

        let scheme =
            |value: &str| json!({"features": [{"name": "prefers-color-scheme", "value": value}]});
        env.browser
            .cdp("Emulation.setEmulatedMedia", scheme("light"))
            .await;
        let light = page_background(&env).await;
        save(&env, "settings-light.png").await;

        env.browser
            .cdp("Emulation.setEmulatedMedia", scheme("dark"))
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
