//! What fields ask of the browser (keyboard, autofill, focus) and the buttons that only work
//! where scripts run, on recorded Kratos flows.

use crate::helpers::{Page, attr, fixture, spawn_app, spawn_app_with};

#[tokio::test]
async fn code_and_password_fields_ask_for_the_right_keyboard_and_autofill() {
    let app = spawn_app().await;
    let page = app.settings_page(fixture("settings-fresh")).await;
    let code = page.one("input[name=totp_code]");
    assert_eq!(attr(code, "inputmode"), "numeric");
    assert_eq!(attr(code, "autocomplete"), "one-time-code");
    assert_eq!(
        attr(page.one("input[name=password]"), "autocomplete"),
        "new-password"
    );
    assert_eq!(
        attr(page.one("input[name='traits.email']"), "autocomplete"),
        "email"
    );
    assert_eq!(
        attr(page.one("input[name='traits.name.first']"), "autocomplete"),
        "given-name"
    );
    // Settings opens at its top: nothing pulls the focus.
    assert_eq!(page.count("[autofocus]"), 0);
}

#[tokio::test]
async fn sign_in_asks_for_the_current_password_and_focuses_the_first_field() {
    let app = spawn_app().await;
    let login = Page::of(app.open_flow("login", fixture("login-fresh")).await).await;
    assert_eq!(
        attr(login.one("input[name=password]"), "autocomplete"),
        "current-password"
    );
    let identifier = login.one("input[name=identifier]");
    assert_eq!(attr(identifier, "autocomplete"), "username webauthn");
    // The sign-in page focuses the first field of its leading form, and only that one.
    assert!(identifier.value().attr("autofocus").is_some());
    assert_eq!(login.count("[autofocus]"), 1);
}

#[tokio::test]
async fn the_second_factor_code_gets_the_number_pad_and_the_focus() {
    // Recorded from the Kratos instance that requires the highest AAL (another port).
    let app = spawn_app_with(|settings| {
        settings.kratos.browser_url = url::Url::parse("http://localhost:4633").unwrap();
    })
    .await;
    let second = Page::of(app.open_flow("login", fixture("login-aal2")).await).await;
    let totp = second.one("input[name=totp_code]");
    assert_eq!(attr(totp, "inputmode"), "numeric");
    assert!(totp.value().attr("autofocus").is_some());
}

#[tokio::test]
async fn recovery_verification_and_registration_focus_the_address() {
    for kind in ["recovery", "verification", "registration"] {
        let app = spawn_app().await;
        let page = Page::of(app.open_flow(kind, fixture(&format!("{kind}-fresh"))).await).await;
        let focused = page.all("[autofocus]");
        assert_eq!(focused.len(), 1, "{kind}");
        assert_eq!(attr(focused[0], "type"), "email", "{kind}");
    }
}

#[tokio::test]
async fn show_password_and_copy_are_there_for_the_script_and_hidden_without_it() {
    let app = spawn_app().await;
    let page = app.settings_page(fixture("settings-fresh")).await;
    let reveal = page.one("[data-testid='node/input/password'] button[data-reveal]");
    assert!(reveal.value().attr("hidden").is_some());
    assert_eq!(attr(reveal, "type"), "button");
    assert_eq!(attr(reveal, "aria-pressed"), "false");
    assert_eq!(
        attr(reveal, "data-reveal"),
        attr(page.one("input[name=password]"), "id")
    );
    assert_eq!(reveal.text().collect::<String>(), "Show password");
    // Only passwords can be revealed.
    assert_eq!(page.count("button[data-reveal]"), 1);

    let copy = page.one("button[data-copy]");
    assert!(copy.value().attr("hidden").is_some());
    let secret = page.one("[data-testid='node/text/totp_secret_key/text']");
    assert_eq!(attr(copy, "data-copy"), attr(secret, "id"));
    assert_eq!(attr(copy, "data-copied"), "Copied");

    let codes = app.settings_page(fixture("settings-lookup-revealed")).await;
    let copy = codes.one("[data-testid='copy/node/text/lookup_secret_codes/text']");
    let list = codes.one("ul[data-testid='node/text/lookup_secret_codes/text']");
    assert_eq!(attr(copy, "data-copy"), attr(list, "id"));
    assert!(copy.value().attr("hidden").is_some());
}

#[tokio::test]
async fn after_a_recovery_code_settings_focuses_the_new_password() {
    let app = spawn_app().await;
    let mut flow = fixture("settings-fresh");
    flow["ui"]["messages"] = serde_json::json!([{"id": 1060001, "type": "success",
        "text": "You successfully recovered your account. Please change your password or set up an alternative login method (e.g. social sign in) within the next 60.00 minutes."}]);
    let page = app.settings_page(flow).await;
    let focused = page.all("[autofocus]");
    assert_eq!(focused.len(), 1);
    assert_eq!(attr(focused[0], "name"), "password");
    assert_eq!(attr(focused[0], "autocomplete"), "new-password");
}
