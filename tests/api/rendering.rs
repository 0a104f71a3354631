//! What the settings page shows for real Kratos flows (recorded fixtures) and odd ones.

use serde_json::json;

use wiremock::matchers::path;
use wiremock::{Mock, ResponseTemplate};

use crate::helpers::{Page, attr, csrf_node, fixture, flow_with_nodes, session_cookie, spawn_app};

#[tokio::test]
async fn a_real_settings_flow_renders_one_form_per_method_in_order() {
    let app = spawn_app().await;
    let flow = fixture("settings-fresh");
    let action = flow["ui"]["action"].as_str().unwrap().to_owned();
    let csrf = flow["ui"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["attributes"]["name"] == "csrf_token")
        .unwrap()["attributes"]["value"]
        .as_str()
        .unwrap()
        .to_owned();
    let page = app.settings_page(flow).await;

    let forms: Vec<&str> = page
        .all("section[data-testid^='form/']")
        .iter()
        .map(|s| attr(*s, "data-testid"))
        .collect();
    assert_eq!(
        forms,
        [
            "form/profile",
            "form/password",
            "form/connected-accounts",
            "form/totp",
            "form/lookup_secret",
            "form/webauthn",
            "form/passkey"
        ]
    );
    for form in page.all("main form") {
        // A submit lands back on its own section: a fragment naming an element of the page.
        let (kratos_action, landing) = attr(form, "action")
            .split_once('#')
            .expect("a landing fragment");
        assert_eq!(kratos_action, action);
        page.one(&format!("[id='{landing}']"));
        assert_eq!(attr(form, "method"), "POST");
        let tokens: Vec<_> = form
            .select(&scraper::Selector::parse("input[name=csrf_token][type=hidden]").unwrap())
            .collect();
        assert_eq!(tokens.len(), 1, "each form carries the csrf token once");
        assert_eq!(attr(tokens[0], "value"), csrf);
    }
    // Kratos' e2e selectors.
    page.one("[data-testid='form/profile'] button[name=method][value=profile]");
    page.one("[data-testid='form/password'] button[name=method][value=password]");
    page.one("[data-testid='form/connected-accounts'] button[name=link][value=test-idp]");
    page.one(
        "[data-testid='form/lookup_secret'] button[name=lookup_secret_regenerate][value=true]",
    );
    page.one("[data-testid='form/totp'] button[name=method][value=totp]");
    assert_eq!(
        attr(
            page.one("[data-testid='node/input/traits.email'] input"),
            "value"
        ),
        "alice@example.com"
    );
    assert_eq!(
        page.text("[data-testid='identity-label']"),
        "alice@example.com"
    );
}

#[tokio::test]
async fn password_managers_find_the_username_beside_a_new_password() {
    let app = spawn_app().await;
    let page = app.settings_page(fixture("settings-fresh")).await;
    let hint = page.one("[data-testid='form/password'] input[autocomplete=username]");
    assert_eq!(attr(hint, "value"), "alice@example.com");
    assert!(hint.value().attr("hidden").is_some());
    assert!(
        hint.value().attr("name").is_none(),
        "never submitted to Kratos"
    );
}

#[tokio::test]
async fn inputs_are_labelled_and_carry_kratos_attributes() {
    let app = spawn_app().await;
    let page = app.settings_page(fixture("settings-fresh")).await;
    for input in page.all("input:not([type=hidden]):not([hidden])") {
        let id = attr(input, "id");
        assert_eq!(
            page.count(&format!("label[for='{id}']")),
            1,
            "input {id} has a label"
        );
    }
    let email = page.one("[data-testid='node/input/traits.email'] input");
    assert_eq!(attr(email, "type"), "email");
    assert_eq!(attr(email, "autocomplete"), "email");
    let password = page.one("[data-testid='node/input/password'] input");
    assert_eq!(attr(password, "type"), "password");
    assert_eq!(attr(password, "autocomplete"), "new-password");
    assert!(password.value().attr("required").is_some());
    assert!(
        password.value().attr("value").is_none(),
        "passwords are never echoed"
    );
    let totp = page.one("[data-testid='node/input/totp_code'] input");
    assert!(totp.value().attr("required").is_some());
}

#[tokio::test]
async fn the_totp_section_shows_the_qr_code_and_exactly_the_secret() {
    let app = spawn_app().await;
    let flow = fixture("settings-fresh");
    let secret = flow["ui"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["attributes"]["id"] == "totp_secret_key")
        .unwrap()["attributes"]["text"]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    let page = app.settings_page(flow).await;
    let code = page.one("code[data-testid='node/text/totp_secret_key/text']");
    assert_eq!(code.inner_html(), secret);
    let qr = page.one("img[data-testid='node/image/totp_qr']");
    assert!(attr(qr, "src").starts_with("data:image/png;base64,"));
    assert_eq!(attr(qr, "alt"), "QR code for your authenticator app");
    assert!(
        page.text("[data-testid='node/text/totp_secret_key/label']")
            .contains("secret of your authenticator app")
    );
}

#[tokio::test]
async fn revealed_recovery_codes_are_listed_one_code_each() {
    let app = spawn_app().await;
    let page = app.settings_page(fixture("settings-lookup-revealed")).await;
    let codes: Vec<String> = page
        .all("[data-testid='node/text/lookup_secret_codes/text'] code")
        .iter()
        .map(|c| c.inner_html())
        .collect();
    assert_eq!(codes.len(), 12);
    assert_eq!(codes[0], "0v7yrmdb");
    page.one("button[name=lookup_secret_confirm][value=true]");
}

#[tokio::test]
async fn used_recovery_codes_are_marked() {
    let app = spawn_app().await;
    let codes = json!({"type": "text", "group": "lookup_secret", "messages": [], "meta": {},
        "attributes": {"node_type": "text", "id": "lookup_secret_codes", "text": {"id": 1050015, "text": "abc, used", "type": "info",
            "context": {"secrets": [
                {"id": 1050009, "text": "abc", "type": "info", "context": {"secret": "abc"}},
                {"id": 1050014, "text": "Secret was used at 2026-01-01", "type": "info", "context": {"used_at": "2026-01-01T00:00:00Z"}}]}}}});
    let disable = json!({"type": "input", "group": "lookup_secret", "messages": [], "meta": {},
        "attributes": {"node_type": "input", "name": "lookup_secret_disable", "type": "submit", "value": "true"}});
    let page = app
        .settings_page(flow_with_nodes(json!([csrf_node(), codes, disable])))
        .await;
    assert_eq!(
        page.count("[data-testid='node/text/lookup_secret_codes/text'] code"),
        2
    );
    assert_eq!(page.count(".codes__item--used"), 1);
    assert!(
        page.text(".codes__item--used")
            .contains("Used on 2026-01-01")
    );
}

#[tokio::test]
async fn a_saved_profile_shows_kratos_confirmation() {
    let app = spawn_app().await;
    let page = app.settings_page(fixture("settings-success-profile")).await;
    let message = page.one("[data-testid='ui/message/1050001']");
    assert_eq!(attr(message, "role"), "status");
    assert!(attr(message, "class").contains("message--success"));
    assert_eq!(
        page.count("[data-testid='saved-banner']"),
        0,
        "Kratos' own message suffices"
    );
}

#[tokio::test]
async fn success_without_a_message_still_confirms() {
    let app = spawn_app().await;
    let mut flow = flow_with_nodes(json!([csrf_node()]));
    flow["state"] = json!("success");
    flow["ui"]["nodes"].as_array_mut().unwrap().push(json!({"type": "input", "group": "profile", "messages": [], "meta": {},
        "attributes": {"node_type": "input", "name": "method", "type": "submit", "value": "profile"}}));
    let page = app.settings_page(flow).await;
    assert_eq!(
        attr(page.one("[data-testid='saved-banner']"), "role"),
        "status"
    );
}

#[tokio::test]
async fn a_validation_error_sits_beside_its_field() {
    let app = spawn_app().await;
    let page = app
        .settings_page(fixture("settings-password-too-short"))
        .await;
    let wrapper = page.one("[data-testid='node/input/password']");
    let input = wrapper
        .select(&scraper::Selector::parse("input").unwrap())
        .next()
        .unwrap();
    let message = wrapper
        .select(&scraper::Selector::parse("[data-testid='ui/message/4000032']").unwrap())
        .next()
        .unwrap();
    assert_eq!(attr(input, "aria-invalid"), "true");
    // Kratos' message first, then the password rule stated under every new password.
    let rule = wrapper
        .select(&scraper::Selector::parse("[data-testid=password-rule]").unwrap())
        .next()
        .unwrap();
    assert_eq!(
        attr(input, "aria-describedby"),
        format!("{} {}", attr(message, "id"), attr(rule, "id"))
    );
    assert!(
        message
            .text()
            .collect::<String>()
            .contains("at least 8 characters")
    );
}

#[tokio::test]
async fn flow_errors_are_announced_as_alerts() {
    let app = spawn_app().await;
    let mut flow = flow_with_nodes(json!([csrf_node()]));
    flow["ui"]["messages"] = json!([{"id": 4050001, "text": "The settings flow expired.", "type": "error"},
                                     {"id": 1060001, "text": "FYI", "type": "info"}]);
    let page = app.settings_page(flow).await;
    assert_eq!(
        attr(page.one("[data-testid='ui/message/4050001']"), "role"),
        "alert"
    );
    assert_eq!(
        attr(page.one("[data-testid='ui/message/1060001']"), "role"),
        "status"
    );
}

#[tokio::test]
async fn webauthn_and_passkey_triggers_are_data_attributes_and_the_script_is_exact() {
    let app = spawn_app().await;
    let flow = fixture("settings-fresh");
    let script_node = flow["ui"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["type"] == "script")
        .unwrap()["attributes"]
        .clone();
    let response = app.open_settings(flow).await;
    let csp = crate::helpers::header(&response, "content-security-policy");
    let page = Page::of(response).await;

    let trigger = page.one("[data-testid='form/webauthn'] button[name=webauthn_register_trigger]");
    assert_eq!(attr(trigger, "type"), "button");
    assert_eq!(
        attr(trigger, "data-onclick-trigger"),
        "oryWebAuthnRegistration"
    );
    assert!(attr(trigger, "value").starts_with("{\"publicKey\""));
    page.one("[data-testid='form/webauthn'] input[name=webauthn_register][type=hidden]");
    page.one("[data-testid='form/webauthn'] input[name=webauthn_register_displayname]");
    let passkey = page.one("[data-testid='form/passkey'] button[name=passkey_register_trigger]");
    assert_eq!(
        attr(passkey, "data-onclick-trigger"),
        "oryPasskeySettingsRegistration"
    );
    page.one("[data-testid='form/passkey'] input[name=passkey_create_data][type=hidden]");
    page.one("[data-testid='form/passkey'] input[name=passkey_settings_register][type=hidden]");

    let script = page.one("script[data-testid='node/script/webauthn_script']");
    assert_eq!(attr(script, "src"), script_node["src"].as_str().unwrap());
    assert_eq!(
        attr(script, "integrity"),
        script_node["integrity"].as_str().unwrap()
    );
    assert_eq!(attr(script, "crossorigin"), "anonymous");
    assert_eq!(attr(script, "referrerpolicy"), "no-referrer");
    assert!(script.value().attr("async").is_some());
    let nonce = attr(script, "nonce");
    assert!(csp.contains(&format!("'nonce-{nonce}'")), "{csp}");
    // No inline handlers, no inline scripts.
    assert_eq!(page.count("[onclick], [onload]"), 0);
    for script in page.all("script") {
        assert!(script.value().attr("src").is_some());
        assert!(script.inner_html().trim().is_empty());
    }
}

#[tokio::test]
async fn unknown_node_types_and_groups_do_not_break_the_page() {
    let app = spawn_app().await;
    let page = app.settings_page(flow_with_nodes(json!([
            csrf_node(),
            {"type": "hologram", "group": "profile", "messages": [], "meta": {}, "attributes": {"node_type": "hologram", "id": "h"}},
            {"type": "input", "group": "profile", "messages": [], "meta": {}, "attributes": {"node_type": "input"}},
            {"type": "input", "group": "profile", "messages": [], "meta": {}, "attributes": {"node_type": "input", "name": "method", "type": "submit", "value": "profile"}},
            {"type": "input", "group": "quantum_vault", "messages": [], "meta": {"label": {"id": 1, "text": "Open the vault", "type": "info"}},
             "attributes": {"node_type": "input", "name": "vault", "type": "submit", "value": "open"}},
            {"type": "input", "group": "profile", "messages": [], "meta": {}, "attributes": {"node_type": "input", "name": "traits.colour", "type": "color", "value": "red"}},
        ])),
    )
    .await;
    page.one("[data-testid='form/profile'] button[name=method][value=profile]");
    let vault = page.one("[data-testid='form/quantum_vault'] button[name=vault][value=open]");
    assert_eq!(vault.inner_html(), "Open the vault");
    assert_eq!(
        attr(page.one("input[name='traits.colour']"), "type"),
        "text"
    );
}

#[tokio::test]
async fn checkboxes_selects_dates_and_divs_render() {
    let app = spawn_app().await;
    let page = app.settings_page(flow_with_nodes(json!([
            csrf_node(),
            {"type": "input", "group": "profile", "messages": [], "meta": {"label": {"id": 0, "text": "Newsletter", "type": "info"}},
             "attributes": {"node_type": "input", "name": "traits.newsletter", "type": "checkbox", "value": true}},
            {"type": "input", "group": "profile", "messages": [], "meta": {},
             "attributes": {"node_type": "input", "name": "traits.plan", "type": "text", "value": "pro", "options": [{"value": "free"}, {"value": "pro"}]}},
            {"type": "input", "group": "profile", "messages": [], "meta": {},
             "attributes": {"node_type": "input", "name": "traits.birthday", "type": "date", "value": "2000-01-31", "pattern": "\\d{4}-\\d{2}-\\d{2}", "maxlength": 10}},
            {"type": "div", "group": "profile", "messages": [], "meta": {}, "attributes": {"node_type": "div", "id": "captcha", "class": "widget", "data": {"sitekey": "k"}}},
            {"type": "a", "group": "profile", "messages": [], "meta": {}, "attributes": {"node_type": "a", "id": "docs", "href": "/recovery", "title": {"id": 0, "text": "Docs", "type": "info"}}},
            {"type": "input", "group": "profile", "messages": [], "meta": {}, "attributes": {"node_type": "input", "name": "method", "type": "submit", "value": "profile"}},
        ])),
    )
    .await;
    let checkbox = page.one("input[type=checkbox][name='traits.newsletter']");
    assert!(checkbox.value().attr("checked").is_some());
    assert_eq!(attr(checkbox, "value"), "true");
    assert_eq!(
        attr(
            page.one("select[name='traits.plan'] option[selected]"),
            "value"
        ),
        "pro"
    );
    let date = page.one("input[name='traits.birthday']");
    assert_eq!(
        (attr(date, "type"), attr(date, "maxlength")),
        ("date", "10")
    );
    assert_eq!(attr(date, "pattern"), "\\d{4}-\\d{2}-\\d{2}");
    assert_eq!(attr(page.one("div#captcha.widget"), "data-sitekey"), "k");
    assert_eq!(
        attr(page.one("a[data-testid='node/anchor/docs']"), "href"),
        "/recovery"
    );
}

#[tokio::test]
async fn the_sign_out_form_posts_to_our_logout_with_our_token_and_costs_no_kratos_call() {
    let app = spawn_app().await;
    Mock::given(path("/self-service/logout/browser"))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&app.kratos)
        .await;
    let response = app
        .open_settings(flow_with_nodes(json!([csrf_node()])))
        .await;
    assert_eq!(response.status(), 200);
    // The token lives in the cookie session the page starts.
    session_cookie(&response);
    let page = Page::of(response).await;
    let form = page.one("[data-testid='sign-out-form']");
    assert_eq!(attr(form, "method"), "post");
    assert_eq!(attr(form, "action"), "/logout");
    let token = attr(
        page.one("[data-testid='sign-out-form'] input[type=hidden][name=kau_csrf]"),
        "value",
    );
    assert_eq!(token.len(), 64);
    page.one("[data-testid='sign-out-form'] button[type=submit][data-testid='logout-link']");
}

#[tokio::test]
async fn back_goes_to_return_to_and_unverified_addresses_are_pointed_out() {
    let app = spawn_app().await;
    let mut flow = fixture("settings-fresh");
    flow["return_to"] = json!("https://app.example.com/home");
    flow["identity"]["verifiable_addresses"] = json!([{"value": "alice@example.com", "verified": false, "via": "email", "status": "sent"}]);
    let page = app.settings_page(flow).await;
    assert_eq!(
        attr(page.one("[data-testid='back-link']"), "href"),
        "https://app.example.com/home"
    );
    assert!(
        page.text("[data-testid='verification-hint']")
            .contains("alice@example.com")
    );
    let verify = page.one("[data-testid='verification-hint'] a");
    assert_eq!(
        attr(verify, "href"),
        "/verification?return_to=https%3A%2F%2Fapp.example.com%2Fhome"
    );
}
