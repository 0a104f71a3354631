//! Where the browser ends up when the settings flow cannot be shown as asked.

use std::time::Duration;

use crate::support::account::{Account, PASSWORD};
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, BOB, scenario};
use crate::support::totp;

#[tokio::test]
async fn without_a_session_settings_sends_the_browser_to_our_login_page_and_then_back() {
    scenario(Knobs::default(), |env| async move {
        env.register(ALICE).await;
        env.browser.goto(&env.ui.page("/settings")).await;
        let login = env.login_flow().await;
        assert_eq!(login["refresh"], false, "{login}");
        assert_eq!(login["requested_aal"], "aal1", "{login}");

        env.sign_in_on_login_page(ALICE, PASSWORD).await;
        env.settings_flow_id().await;
        let who = env.browser.wait_for("[data-testid=identity-label]").await;
        assert_eq!(who.text().await, ALICE);
    })
    .await;
}

#[tokio::test]
async fn a_settings_flow_of_another_identity_is_replaced_by_a_fresh_one_for_the_signed_in_person() {
    scenario(Knobs::default(), |env| async move {
        let alice = env.register(ALICE).await;
        let alices_flow = alice.start_flow("settings", &[]).await;
        let alices_flow = alices_flow["id"].as_str().unwrap().to_owned();
        env.signed_in(BOB).await;

        env.browser
            .goto(&env.ui.page(&format!("/settings?flow={alices_flow}")))
            .await;
        let flow = env.settings_flow_id().await;
        assert_ne!(flow, alices_flow);
        let who = env.browser.wait_for("[data-testid=identity-label]").await;
        assert_eq!(who.text().await, BOB);
        let email = env
            .browser
            .wait_for("input[name='traits.email']")
            .await
            .prop("value")
            .await;
        assert_eq!(email, BOB);
    })
    .await;
}

#[tokio::test]
async fn an_expired_settings_flow_is_replaced_by_a_fresh_one_on_reload() {
    let knobs = Knobs {
        settings_lifespan: "2s",
        ..Knobs::default()
    };
    scenario(knobs, |env| async move {
        env.signed_in(ALICE).await;
        let expired = env.open_settings().await;
        // Setup, not an assertion: outlive the flow's 2 s lifespan.
        tokio::time::sleep(Duration::from_secs(3)).await;

        env.browser.refresh().await;
        let fresh = env.settings_flow_id().await;
        assert_ne!(fresh, expired);
        env.section("profile").await;
    })
    .await;
}

#[tokio::test]
async fn an_aal1_session_is_sent_to_a_second_factor_and_then_back_to_its_settings_flow() {
    let knobs = Knobs {
        settings_required_aal: "highest_available",
        ..Knobs::default()
    };
    scenario(knobs, |env| async move {
        // Alice links TOTP (that session becomes aal2) and starts a settings flow ...
        let first_device = env.register(ALICE).await;
        let secret = first_device.link_totp().await;
        let flow = first_device.start_flow("settings", &[]).await;
        let flow = flow["id"].as_str().unwrap().to_owned();
        // ... then signs in elsewhere with her password only (aal1).
        let second_device = Account::sign_in(&env.kratos.public_url, ALICE, PASSWORD).await;
        assert_eq!(
            second_device.whoami().await["authenticator_assurance_level"],
            "aal1"
        );
        env.sign_in_browser(&second_device).await;

        env.browser.goto(&env.ui.page("/settings")).await;
        let login = env.login_flow().await;
        assert_eq!(login["requested_aal"], "aal2", "{login}");

        env.browser
            .goto(&env.ui.page(&format!("/settings?flow={flow}")))
            .await;
        let login = env.login_flow().await;
        assert_eq!(login["requested_aal"], "aal2", "{login}");
        env.section("totp")
            .await
            .find("input[name=totp_code]")
            .await
            .expect("a code field on the second-factor page")
            .fill(&totp::code_now(&secret))
            .await;
        env.click("[data-testid='form/totp'] button[name=method][value=totp]")
            .await;
        assert_eq!(env.settings_flow_id().await, flow);
        let whoami = env.browser_as_account().await.whoami().await;
        assert_eq!(whoami["authenticator_assurance_level"], "aal2");
    })
    .await;
}
