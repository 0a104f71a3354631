//! The recovery-code (lookup secret) section, and that the codes it shows work at Kratos.

use serde_json::json;

use crate::support::account::{Account, PASSWORD};
use crate::support::browser::Element;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};
use crate::support::tls::http_client;

const CODES: &str = "[data-testid='node/text/lookup_secret_codes/text'] code";

async fn shown_codes(env: &Env) -> Vec<String> {
    env.browser.wait_for(CODES).await;
    let mut codes = Vec::new();
    for code in env.browser.find_all(CODES).await {
        codes.push(code.text().await);
    }
    codes
}

#[tokio::test]
async fn recovery_codes_are_generated_confirmed_revealed_accepted_by_kratos_and_disabled() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;

        env.click("button[name=lookup_secret_regenerate]").await;
        let codes = shown_codes(&env).await;
        assert_eq!(codes.len(), 12, "{codes:?}");
        assert!(
            env.state_of("lookup_secret")
                .await
                .starts_with("New codes not saved yet")
        );
        env.click("button[name=lookup_secret_confirm]").await;
        env.saved().await;
        assert_eq!(
            env.landed_on("lookup_secret-saved").await,
            "New recovery codes saved."
        );
        assert!(env.state_of("lookup_secret").await.starts_with("Set up"));
        assert!(
            env.browser.find(CODES).await.is_none(),
            "codes still shown after saving"
        );

        env.click("button[name=lookup_secret_reveal]").await;
        assert_eq!(shown_codes(&env).await, codes);
        assert!(
            env.state_of("lookup_secret")
                .await
                .contains("Codes left: 12")
        );

        // A second factor for a new password sign-in (aal1 -> aal2), with a shown code.
        let other_device = Account::sign_in(&env.kratos.public_url, ALICE, PASSWORD).await;
        assert_eq!(
            other_device.whoami().await["authenticator_assurance_level"],
            "aal1"
        );
        let step_up = other_device.start_flow("login", &[("aal", "aal2")]).await;
        let answer = other_device
            .submit(
                &step_up,
                json!({"method": "lookup_secret", "lookup_secret": codes[0]}),
            )
            .await;
        assert_eq!(answer.status, 200, "{answer:?}");
        assert_eq!(
            other_device.whoami().await["authenticator_assurance_level"],
            "aal2"
        );

        env.open_settings().await;
        env.confirm_removal("lookup_secret_disable", "true").await;
        env.saved().await;
        assert_eq!(
            env.landed_on("lookup_secret-off").await,
            "Recovery codes turned off."
        );
        assert_eq!(env.state_of("lookup_secret").await, "Not set up");
        env.browser
            .wait_for("button[name=lookup_secret_regenerate]")
            .await;
        assert!(
            env.browser
                .find("button[name=lookup_secret_reveal]")
                .await
                .is_none()
        );
        let identity = env.kratos.identity(ALICE).await;
        assert!(
            identity["credentials"]["lookup_secret"].is_null(),
            "{identity}"
        );
    })
    .await;
}

async fn input_value(form: &Element, name: &str) -> String {
    form.find(&format!("input[name={name}]"))
        .await
        .unwrap_or_else(|| panic!("no {name} in the codes form"))
        .attr("value")
        .await
        .unwrap_or_default()
}

/// "Download codes" as the browser posts it (its cookies, its page's token), and the file.
/// (WebDriver cannot read a downloaded file's bytes, so an HTTP client sends the same form.)
async fn download_codes(env: &Env) -> String {
    let form = env
        .browser
        .wait_for("[data-testid='lookup_secret/keep']")
        .await;
    let (token, flow) = (
        input_value(&form, "kau_csrf").await,
        input_value(&form, "flow").await,
    );
    let cookies: Vec<String> = env
        .browser
        .cookies()
        .await
        .into_iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("kau_csrf", &token)
        .append_pair("flow", &flow)
        .append_pair("view", "file")
        .finish();
    let response = http_client()
        .post(env.ui.page("/settings/recovery-codes"))
        .header("cookie", cookies.join("; "))
        .header("origin", &env.ui.url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .expect("the UI answers");
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    response.text().await.expect("the file")
}

#[tokio::test]
async fn a_code_from_the_downloaded_file_passes_a_second_factor_sign_in() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        env.open_settings().await;
        assert!(
            env.browser
                .find("[data-testid='lookup_secret/keep']")
                .await
                .is_none(),
            "codes offered before any is shown"
        );
        env.click("button[name=lookup_secret_regenerate]").await;
        let shown = shown_codes(&env).await;
        // Not yet confirmed: Kratos would not accept them, so no file yet.
        env.browser
            .wait_for("[data-testid='lookup_secret/confirm-first']")
            .await;
        assert!(
            env.browser
                .find("[data-testid='lookup_secret/keep']")
                .await
                .is_none()
        );
        env.click("button[name=lookup_secret_confirm]").await;
        env.saved().await;
        env.click("button[name=lookup_secret_reveal]").await;
        assert_eq!(shown_codes(&env).await, shown);

        let file = download_codes(&env).await;
        assert!(
            file.starts_with("Account recovery codes\nAccount: alice@example.com\nDate: "),
            "{file}"
        );
        let from_file: Vec<String> = file
            .lines()
            .rev()
            .take_while(|line| !line.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        assert_eq!(from_file, shown);

        // The print view, from the page's own form, shows the same codes.
        env.click("[data-testid='lookup_secret/print']").await;
        env.browser.wait_for("[data-testid='recovery-codes']").await;
        let mut printed = Vec::new();
        for code in env
            .browser
            .find_all("[data-testid='recovery-codes/list'] code")
            .await
        {
            printed.push(code.text().await);
        }
        assert_eq!(printed, shown);
        let print = env
            .browser
            .wait_for("[data-testid='recovery-codes/print']")
            .await;
        assert_eq!(print.attr("hidden").await, None, "the script shows Print");

        // A code from the file completes a second-factor sign-in elsewhere.
        let other_device = Account::sign_in(&env.kratos.public_url, ALICE, PASSWORD).await;
        let step_up = other_device.start_flow("login", &[("aal", "aal2")]).await;
        let answer = other_device
            .submit(
                &step_up,
                json!({"method": "lookup_secret", "lookup_secret": from_file[3]}),
            )
            .await;
        assert_eq!(answer.status, 200, "{answer:?}");
        assert_eq!(
            other_device.whoami().await["authenticator_assurance_level"],
            "aal2"
        );
    })
    .await;
}
