//! The settings page leads each section with the account's state, puts removals behind a
//! second look, and aims every form at the section it belongs to (recorded fixtures and
//! hand-made flows with what a real Kratos sends).

use serde_json::{Value, json};

use crate::helpers::{Page, attr, csrf_node, fixture, flow_with_nodes, spawn_app};

fn submit(group: &str, name: &str, value: &str, label: Value) -> Value {
    json!({"type": "input", "group": group, "messages": [], "meta": {"label": label},
        "attributes": {"node_type": "input", "name": name, "type": "submit", "value": value}})
}

/// The fragment of a form's action (what the browser lands on after Kratos' 303).
fn landing(action: &str) -> &str {
    action.split_once('#').map_or("", |(_, fragment)| fragment)
}

#[tokio::test]
async fn a_linked_authenticator_app_says_on_and_turning_it_off_asks_first() {
    let app = spawn_app().await;
    let page = app.settings_page(fixture("settings-totp-linked")).await;

    let state = page.text("[data-testid='section/totp/state']");
    assert!(state.starts_with("On"), "{state}");
    // The real submit keeps Kratos' name and value, inside a closed disclosure that says
    // what will happen.
    let confirm =
        page.one("[data-testid='form/totp'] details[data-testid='confirm/totp_unlink/true']");
    assert!(
        confirm.value().attr("open").is_none(),
        "the disclosure starts closed"
    );
    page.one("[data-testid='confirm/totp_unlink/true'] summary");
    let unlink =
        page.one("[data-testid='confirm/totp_unlink/true'] button[name=totp_unlink][value=true]");
    assert_eq!(
        page.text("[data-testid='confirm/totp_unlink/true'] button"),
        "Turn off authenticator app"
    );
    assert!(
        page.text("[data-testid='confirm/totp_unlink/true'] .confirm__consequence")
            .contains("no longer ask for a code")
    );
    // It submits its own form, with the CSRF token, landing where it says it turned off.
    let form = page.one("form.removal:has(button[name=totp_unlink])");
    assert_eq!(
        form.select(&scraper::Selector::parse("input[name=csrf_token]").unwrap())
            .count(),
        1
    );
    assert_eq!(landing(attr(form, "action")), "totp-off");
    assert_eq!(attr(unlink, "type"), "submit");

    // The flow answers a saved submit: the outcome of turning it on is on the page, to be
    // shown where the browser lands (`:target`).
    let outcome = page.one("#totp-on");
    assert_eq!(attr(outcome, "data-testid"), "section/totp/outcome");
    assert_eq!(page.text("#totp-on"), "Authenticator app turned on.");
    assert!(
        page.all("p#totp-off").is_empty(),
        "turned off is not what the page shows"
    );
}

#[tokio::test]
async fn a_fresh_account_shows_what_is_not_set_up_and_each_address_with_its_verification() {
    let app = spawn_app().await;
    let page = app.settings_page(fixture("settings-fresh")).await;

    assert_eq!(page.text("[data-testid='section/totp/state']"), "Off");
    assert_eq!(
        page.text("[data-testid='section/lookup_secret/state']"),
        "Not set up"
    );
    assert_eq!(
        page.text("[data-testid='section/webauthn/state']"),
        "No security keys yet."
    );
    assert_eq!(
        page.text("[data-testid='section/passkey/state']"),
        "No passkeys yet."
    );
    assert_eq!(
        page.text("[data-testid='section/connected-accounts/state']"),
        "No accounts connected."
    );
    let profile = page.text("[data-testid='section/profile/state']");
    assert!(
        profile.contains("alice@example.com") && profile.contains("Not verified"),
        "{profile}"
    );
    // Actions say what they do.
    assert_eq!(
        page.text("button[name=lookup_secret_regenerate]"),
        "Create recovery codes"
    );
    assert_eq!(
        page.text("button[name=link][value=test-idp]"),
        "Connect Test IdP"
    );
    assert_eq!(
        page.text("[data-testid='form/totp'] button[name=method]"),
        "Turn on"
    );
    // Nothing was saved: no outcome anywhere, but every landing exists.
    assert!(page.all(".outcome").is_empty());
    for form in page.all("main form") {
        let target = landing(attr(form, "action"));
        assert!(!target.is_empty());
        page.one(&format!("[id='{target}']"));
    }
}

#[tokio::test]
async fn keys_and_providers_are_listed_by_name_and_date_each_removal_behind_a_second_look() {
    let app = spawn_app().await;
    let key = |name: &str, id: &str, added: &str, unix: i64| {
        submit(
            "webauthn",
            "webauthn_remove",
            id,
            json!({"id": 1050018, "type": "info",
            "text": format!("Remove security key \"{name}\""),
            "context": {"display_name": name, "added_at": added, "added_at_unix": unix}}),
        )
    };
    let flow = json!({
        "id": "dd36eeab-831f-4ca2-9c46-da280819c641",
        "state": "success",
        "ui": {"action": "http://localhost:4433/self-service/settings?flow=dd36eeab-831f-4ca2-9c46-da280819c641",
            "method": "POST", "messages": [{"id": 1050001, "text": "Your changes have been saved!", "type": "success"}],
            "nodes": [
                csrf_node(),
                key("Old key", "6f6c64", "2026-11-20T10:00:00Z", 1_795_168_800),
                key("New key", "6e6577", "2026-11-28T10:00:00Z", 1_795_860_000),
                submit("oidc", "unlink", "test-idp", json!({"id": 1050003, "text": "Unlink Test IdP", "type": "info", "context": {"provider": "Test IdP"}})),
                submit("oidc", "link", "other", json!({"id": 1050002, "text": "Link Other", "type": "info", "context": {"provider": "Other"}})),
            ]}
    });
    let page = app.settings_page(flow).await;

    let keys = page.text("[data-testid='section/webauthn/state']");
    assert!(
        keys.contains("Old key") && keys.contains("Added Nov 20, 2026"),
        "{keys}"
    );
    assert!(
        keys.contains("New key") && keys.contains("Added Nov 28, 2026"),
        "{keys}"
    );
    for id in ["6f6c64", "6e6577"] {
        page.one(&format!("details[data-testid='confirm/webauthn_remove/{id}'] button[name=webauthn_remove][value='{id}']"));
    }
    assert!(
        page.text("[data-testid='confirm/webauthn_remove/6f6c64'] summary")
            .contains("Old key")
    );
    // The newest key is what "added" names; removal lands on its own outcome.
    assert_eq!(
        page.text("#webauthn-added"),
        "Security key “New key” added."
    );
    assert_eq!(page.text("#webauthn-removed"), "Security key removed.");

    let providers = page.text("[data-testid='section/connected-accounts/state']");
    assert!(
        providers.contains("Test IdP") && providers.contains("Connected"),
        "{providers}"
    );
    page.one("details[data-testid='confirm/unlink/test-idp'] button[name=unlink][value=test-idp]");
    assert_eq!(page.text("button[name=unlink]"), "Disconnect Test IdP");
    // Linking lands on an outcome of its own (a button-level form action).
    let link = page.one("button[name=link][value=other]");
    assert_eq!(
        landing(attr(link, "formaction")),
        "connected-accounts-linked-other"
    );
    page.one("[id='connected-accounts-linked-other']");
    assert_eq!(
        page.text("#connected-accounts-linked-test-idp"),
        "Test IdP connected."
    );
    assert_eq!(
        page.text("#connected-accounts-unlinked-other"),
        "Other disconnected."
    );
}

#[tokio::test]
async fn shown_recovery_codes_count_the_unused_ones_and_turning_them_off_asks_first() {
    let app = spawn_app().await;
    let codes = json!({"type": "text", "group": "lookup_secret", "messages": [], "meta": {},
    "attributes": {"node_type": "text", "id": "lookup_secret_codes", "text": {"id": 1050015, "text": "a, used, b", "type": "info",
        "context": {"secrets": [
            {"id": 1050009, "text": "aaaa1111", "type": "info", "context": {"secret": "aaaa1111"}},
            {"id": 1050014, "text": "Secret was used at 2026-11-27", "type": "info", "context": {"used_at": "2026-11-27T11:32:39Z"}},
            {"id": 1050009, "text": "bbbb2222", "type": "info", "context": {"secret": "bbbb2222"}}
        ]}}}});
    let flow = flow_with_nodes(json!([
        csrf_node(),
        codes,
        submit(
            "lookup_secret",
            "lookup_secret_regenerate",
            "true",
            json!({"id": 1050008, "text": "Generate new backup recovery codes", "type": "info"})
        ),
        submit(
            "lookup_secret",
            "lookup_secret_disable",
            "true",
            json!({"id": 1050016, "text": "Disable this method", "type": "info"})
        ),
    ]));
    let page = app.settings_page(flow).await;
    let state = page.text("[data-testid='section/lookup_secret/state']");
    assert!(
        state.contains("Set up") && state.contains("Codes left: 2"),
        "{state}"
    );
    assert_eq!(
        page.text("button[name=lookup_secret_regenerate]"),
        "Replace with new codes"
    );
    page.one("details[data-testid='confirm/lookup_secret_disable/true'] button[name=lookup_secret_disable][value=true]");
    assert_eq!(
        page.count("[data-testid='node/text/lookup_secret_codes/text'] code"),
        3
    );
}

#[tokio::test]
async fn with_a_return_to_the_forms_carry_no_fragment_for_the_page_kratos_sends_on_to() {
    let app = spawn_app().await;
    let mut flow = fixture("settings-totp-linked");
    flow["return_to"] = json!("https://app.example.com/after");
    let page: Page = app.settings_page(flow).await;
    for form in page.all("main form") {
        assert!(
            !attr(form, "action").contains('#'),
            "{}",
            attr(form, "action")
        );
    }
}

#[tokio::test]
async fn addresses_come_from_the_session_and_a_password_sign_in_says_one_is_set() {
    let app = spawn_app().await;
    // The session knows the address was verified since the flow was created.
    app.kratos_answers(
        "/sessions/whoami",
        200,
        json!({"id": "s", "active": true,
            "authentication_methods": [{"method": "password"}],
            "identity": {"id": "i", "traits": {"email": "alice@example.com"},
                "verifiable_addresses": [{"value": "alice@example.com", "verified": true, "via": "email"}]}}),
    )
    .await;
    let page = app.settings_page(fixture("settings-fresh")).await;
    let profile = page.text("[data-testid='section/profile/state']");
    assert!(
        profile.contains("alice@example.com")
            && profile.contains("Verified")
            && !profile.contains("Not verified"),
        "{profile}"
    );
    assert_eq!(
        page.text("[data-testid='section/password/state']"),
        "A password is set."
    );
}

#[tokio::test]
async fn without_a_password_sign_in_the_page_claims_nothing_about_a_password() {
    let app = spawn_app().await;
    app.kratos_answers(
        "/sessions/whoami",
        200,
        json!({"id": "s", "active": true,
            "authentication_methods": [{"method": "oidc", "provider": "test-idp"}],
            "identity": {"id": "i", "traits": {"email": "alice@example.com"}}}),
    )
    .await;
    let page = app.settings_page(fixture("settings-fresh")).await;
    assert!(
        page.all("[data-testid='section/password/state']")
            .is_empty()
    );
}
