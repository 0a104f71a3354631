//! Every page passes an automated accessibility audit: axe-core (`tools/axe`, installed by
//! `scripts/install-axe`) runs in Chromium against each page in the states a person meets it
//! in (fresh, refused, halfway through), in the light and the dark colour scheme, at a
//! desktop's and a phone's width, and right to left. It fails on any violation of WCAG 2.2 A
//! and AA or of axe's best practices, and on any check axe could not decide (a contrast it
//! cannot compute must be looked at by a person before it ships). axe finds what a machine
//! can (names, labels, contrast, landmarks, ARIA misuse); focus and the order of things are
//! checked by the flows' own tests.

use std::sync::LazyLock;

use serde_json::json;

use crate::languages::browser_speaks;
use crate::screenshots::{PHONE_WIDTH, colour_scheme};
use crate::sessions::PHONE;
use crate::support::account::{Account, PASSWORD};
use crate::support::artifacts::repo_path;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, Env, scenario};

const AXE: &str = "tools/axe/node_modules/axe-core/axe.min.js";

/// Read once for the whole suite: every audit loads it into its page.
static AXE_SOURCE: LazyLock<String> = LazyLock::new(|| {
    std::fs::read_to_string(repo_path(AXE)).unwrap_or_else(|err| {
        panic!("{AXE}: {err}; scripts/install-axe installs it (scripts/test runs it)")
    })
});

/// The rules axe runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and its best practices.
const TAGS: [&str; 7] = [
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22a",
    "wcag22aa",
    "best-practice",
];

/// Loads axe into the page the browser shows; it stays there while the page does.
async fn load_axe(env: &Env) {
    let loaded = env
        .browser
        .execute(&format!("{};\nreturn typeof axe;", *AXE_SOURCE), vec![])
        .await;
    assert_eq!(loaded, "object", "axe did not load");
}

/// What axe (loaded by [`load_axe`]) finds wrong or cannot decide on the page the browser
/// shows, one line per element.
async fn findings(env: &Env) -> Vec<String> {
    let found = env
        .browser
        .execute(
            "return axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, \
             resultTypes: ['violations', 'incomplete']}).then(r => r.violations.concat(r.incomplete)\
             .flatMap(v => v.nodes.map(n => `${v.id} (${v.impact || 'undecided'}): ${v.help}\\n    at ${n.target.join(' ')}\\n    ${(n.failureSummary || '').replace(/\\n/g, ' ')}`)))",
            vec![json!(TAGS)],
        )
        .await;
    found
        .as_array()
        .expect("axe answers a list")
        .iter()
        .map(|line| line.as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Audits the page the browser shows in both colour schemes and at both widths; returns the
/// violations, each line naming the page, the scheme and the width.
async fn audit(env: &Env, page: &str) -> Vec<String> {
    // Emulating another width or colour scheme keeps the page, and axe in it.
    load_axe(env).await;
    let mut problems = Vec::new();
    for (width, height) in [(1280, 900), (PHONE_WIDTH, 844)] {
        env.browser
            .cdp(
                "Emulation.setDeviceMetricsOverride",
                json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}),
            )
            .await;
        for colours in ["light", "dark"] {
            env.browser
                .cdp("Emulation.setEmulatedMedia", colour_scheme(colours))
                .await;
            for line in findings(env).await {
                problems.push(format!("{page}, {colours}, {width} px: {line}"));
            }
        }
    }
    env.browser
        .cdp("Emulation.clearDeviceMetricsOverride", json!({}))
        .await;
    env.browser
        .cdp("Emulation.setEmulatedMedia", json!({"features": []}))
        .await;
    problems
}

/// Fails the test with every violation found, after all pages were audited.
fn assert_clean(problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{} accessibility violations:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn the_pages_before_sign_in_pass_an_accessibility_audit() {
    scenario(Knobs::default(), |env| async move {
        env.register(ALICE).await;
        let mut problems = Vec::new();

        env.open_flow_page("/login").await;
        problems.extend(audit(&env, "sign-in").await);
        env.sign_in_on_login_page(ALICE, "not-the-password").await;
        env.flow_page("/login").await;
        env.browser
            .wait_for("[data-testid='ui/message/4000006']")
            .await;
        problems.extend(audit(&env, "sign-in, wrong password").await);

        env.click("[data-testid=sign-up-link]").await;
        env.flow_page("/registration").await;
        problems.extend(audit(&env, "sign-up, step 1").await);
        env.fill("profile", "traits.email", "new@example.com").await;
        env.submit("profile", "profile").await;
        env.flow_page("/registration").await;
        env.section("password").await;
        problems.extend(audit(&env, "sign-up, step 2").await);

        env.open_flow_page("/recovery").await;
        problems.extend(audit(&env, "recovery").await);
        env.ask_for_a_recovery_code(ALICE).await;
        problems.extend(audit(&env, "recovery, code sent").await);

        env.open_flow_page("/verification").await;
        problems.extend(audit(&env, "verification").await);

        let missing = url::Url::parse(&env.ui.page("/no-such-page")).unwrap();
        env.expect_load_failure(&missing, 404);
        env.browser.goto(missing.as_str()).await;
        env.browser.wait_for("[data-testid=reference]").await;
        problems.extend(audit(&env, "error").await);

        assert_clean(&problems);
    })
    .await;
}

#[tokio::test]
async fn the_settings_page_passes_an_accessibility_audit_in_each_state() {
    scenario(Knobs::default(), |env| async move {
        env.signed_in(ALICE).await;
        let mut problems = Vec::new();

        env.open_settings().await;
        env.browser
            .wait_for("img[data-testid='node/image/totp_qr']")
            .await;
        problems.extend(audit(&env, "settings, a new account").await);

        env.fill("password", "password", "short").await;
        env.submit("password", "password").await;
        env.browser
            .wait_for("[data-testid='node/input/password'] [data-testid='ui/message/4000032']")
            .await;
        problems.extend(audit(&env, "settings, a refused password").await);

        env.turn_on_totp_on_settings().await;
        env.landed_on("totp-on").await;
        env.browser
            .wait_for("[data-testid='confirm/totp_unlink/true'] summary")
            .await
            .click()
            .await;
        problems.extend(audit(&env, "settings, authenticator app on, its second look").await);

        env.click("button[name=lookup_secret_regenerate]").await;
        env.browser
            .wait_for("button[name=lookup_secret_confirm]")
            .await;
        problems.extend(audit(&env, "settings, new recovery codes").await);

        env.browser.goto(&env.ui.page("/logout")).await;
        env.browser.wait_for("[data-testid=logout-confirm]").await;
        problems.extend(audit(&env, "sign-out").await);

        assert_clean(&problems);
    })
    .await;
}

/// Everything a settings page can list: a security key, a passkey, a connected account, and
/// another device in "Where you're signed in", each with its own remove or end button.
#[tokio::test]
async fn a_fully_set_up_settings_page_passes_an_accessibility_audit() {
    scenario(Knobs::default(), |env| async move {
        let authenticator = env.browser.add_virtual_authenticator().await;
        env.idp.sign_in_as(ALICE);
        env.signed_in(ALICE).await;
        env.add_passkey_on_settings(&authenticator).await;
        env.fill("webauthn", "webauthn_register_displayname", "YubiKey 5C")
            .await;
        env.click("[name=webauthn_register_trigger]").await;
        env.landed_on("webauthn-added").await;
        env.click("[data-testid='form/connected-accounts'] [name=link][value=test-idp]")
            .await;
        env.saved().await;
        Account::sign_in_from(&env.kratos.public_url, ALICE, PASSWORD, Some(PHONE)).await;

        env.open_settings().await;
        assert!(env.state_of("webauthn").await.contains("YubiKey 5C"));
        assert!(!env.state_of("passkey").await.contains("No passkeys"));
        env.browser
            .wait_for("[data-testid^='session/'] button")
            .await;
        assert_clean(&audit(&env, "settings, everything set up").await);
    })
    .await;
}

#[tokio::test]
async fn a_right_to_left_settings_page_passes_an_accessibility_audit() {
    scenario(Knobs::default(), |env| async move {
        browser_speaks(&env, "ar").await;
        env.signed_in(ALICE).await;
        env.open_settings().await;
        let dir = env.browser.wait_for("html").await.attr("dir").await;
        assert_eq!(dir.as_deref(), Some("rtl"));
        assert_clean(&audit(&env, "settings in Arabic").await);
    })
    .await;
}
