//! The settings page as a person reads it: each section's state first, the answer where they
//! acted, a second look before a removal; all of it without JavaScript.

use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

#[tokio::test]
async fn without_javascript_a_submit_lands_on_its_section_with_what_changed_and_removal_asks_first()
{
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.browser.without_scripts().await;
        env.open_settings().await;
        assert_eq!(env.state_of("totp").await, "Off");
        no_script_ran(&env).await;

        env.turn_on_totp_on_settings().await;
        assert_eq!(
            env.landed_on("totp-on").await,
            "Authenticator app turned on."
        );
        assert!(env.state_of("totp").await.starts_with("On"));
        // Only the section the browser landed on shows an outcome.
        for other in ["profile-saved", "password-changed", "webauthn-added"] {
            let element = env.browser.wait_for(&format!("[id='{other}']")).await;
            assert!(!element.is_displayed().await, "#{other} shows");
        }
        no_script_ran(&env).await;

        env.confirm_removal("totp_unlink", "true").await;
        assert_eq!(
            env.landed_on("totp-off").await,
            "Authenticator app turned off."
        );
        assert_eq!(env.state_of("totp").await, "Off");
        let identity = env.kratos.identity(ALICE).await;
        assert!(identity["credentials"]["totp"].is_null(), "{identity}");
    })
    .await;
}

/// The page's script marks `<html class="js">` first thing; without JavaScript it cannot.
async fn no_script_ran(env: &Env) {
    let class = env
        .browser
        .execute("return document.documentElement.className", vec![])
        .await;
    assert_eq!(class, "", "the page's script ran");
}

#[tokio::test]
async fn a_failed_submit_lands_on_its_section_with_focus_on_the_flagged_field() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        env.fill("totp", "totp_code", "000000").await;
        env.submit("totp", "totp").await;
        let url = env
            .browser
            .wait_for_url("the settings page at #totp-on", |url| {
                url.fragment() == Some("totp-on")
            })
            .await;
        assert!(env.is_ui_page(&url, "/settings"), "{url}");
        env.browser
            .wait_for("[data-testid='form/totp'] [data-testid='ui/message/4000008']")
            .await;
        // Nothing was saved, so nothing claims it was.
        assert!(
            !env.browser
                .wait_for("[id='totp-on']")
                .await
                .is_displayed()
                .await
        );
        let focused = env
            .browser
            .execute("return document.activeElement.name", vec![])
            .await;
        assert_eq!(focused, "totp_code");
        assert_eq!(env.state_of("totp").await, "Off");
    })
    .await;
}
