//! The harness checks itself: a check that never fires would let every CSP regression through.

use crate::support::kratos::Knobs;
use crate::support::scenario::{console_problems, scenario};
use crate::support::wait::{PATIENCE, until};

#[tokio::test]
async fn a_scenario_fails_when_its_page_violates_the_content_security_policy() {
    let run = tokio::spawn(scenario(Knobs::default(), |env| async move {
        env.browser.goto(&env.ui.page("/health/alive")).await;
        // What an injected or inline resource does: the UI's CSP allows no other origin.
        env.browser
            .execute(
                "const img = document.createElement('img'); \
                 img.src = 'https://example.invalid/pixel.png'; document.body.appendChild(img);",
                vec![],
            )
            .await;
        until("Chromium to report the violation", PATIENCE, || async {
            let log = env.browser.log().await;
            (!console_problems(&log).is_empty()).then_some(())
        })
        .await;
    }));
    let failure = run.await.expect_err("the scenario must fail");
    let message = failure
        .into_panic()
        .downcast::<String>()
        .expect("a failure message");
    assert!(
        message.contains("Content Security Policy") && message.contains("example.invalid"),
        "{message}"
    );
}
