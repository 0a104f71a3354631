//! The authenticator-app (TOTP) section.

use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};
use crate::support::totp;

const QR: &str = "img[data-testid='node/image/totp_qr']";
const SECRET: &str = "[data-testid='node/text/totp_secret_key/text']";
const UNLINK: &str = "[data-testid='form/totp'] [name=totp_unlink]";

#[tokio::test]
async fn a_code_from_the_shown_secret_links_totp_and_unlinking_offers_a_new_qr_code() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        let qr = env.browser.wait_for(QR).await;
        let src = qr.attr("src").await.unwrap_or_default();
        assert!(src.starts_with("data:image/png;base64,"), "QR src: {src}");
        let secret = env.browser.wait_for(SECRET).await.text().await;
        assert!(!secret.is_empty(), "no TOTP secret shown");

        env.section("totp")
            .await
            .find("input[name=totp_code]")
            .await
            .expect("a code field")
            .fill(&totp::code_now(&secret))
            .await;
        env.click("[data-testid='form/totp'] button[name=method][value=totp]")
            .await;
        env.saved().await;
        // The answer where the person acted: the section, its outcome, focus on it.
        assert_eq!(
            env.landed_on("totp-on").await,
            "Authenticator app turned on."
        );
        let focused = env
            .browser
            .execute("return document.activeElement.id", vec![])
            .await;
        assert_eq!(focused, "totp-on", "focus follows the landing");
        assert!(env.state_of("totp").await.starts_with("On"));
        env.browser.wait_for(UNLINK).await;
        assert!(
            env.browser.find(QR).await.is_none(),
            "QR still shown once linked"
        );
        let identity = env.kratos.identity(ALICE).await;
        assert!(identity["credentials"]["totp"].is_object(), "{identity}");

        env.confirm_removal("totp_unlink", "true").await;
        env.saved().await;
        assert_eq!(
            env.landed_on("totp-off").await,
            "Authenticator app turned off."
        );
        assert_eq!(env.state_of("totp").await, "Off");
        env.browser.wait_for(QR).await;
        assert!(env.browser.find(UNLINK).await.is_none());
        let identity = env.kratos.identity(ALICE).await;
        assert!(identity["credentials"]["totp"].is_null(), "{identity}");
    })
    .await;
}
