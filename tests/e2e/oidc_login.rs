//! Signing up and in with the test OpenID provider from our registration and sign-in pages.

use crate::support::idp::subject;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};

const PROVIDER: &str =
    "[data-testid='form/connected-accounts'] button[name=provider][value=test-idp]";

#[tokio::test]
async fn signing_up_with_the_test_provider_creates_the_identity_and_it_signs_in_again() {
    scenario(Knobs::default(), |env| async move {
        // No identity yet; the provider approves as Alice and vouches for her address.
        env.open_flow_page("/registration").await;
        let button = env.browser.wait_for(PROVIDER).await;
        assert_eq!(button.text().await, "Sign up with Test IdP");
        env.click(PROVIDER).await;

        env.settings_flow_id().await;
        env.header_names(ALICE).await;
        let session = env.assert_signed_in_as(ALICE).await;
        let identity = env.kratos.identity(ALICE).await;
        assert_eq!(session["identity"]["id"], identity["id"]);
        assert_eq!(
            identity["credentials"]["oidc"]["identifiers"][0],
            format!("test-idp:{}", subject(ALICE)),
            "{identity}"
        );

        env.sign_out().await;
        let button = env.browser.wait_for(PROVIDER).await;
        assert_eq!(button.text().await, "Sign in with Test IdP");
        env.click(PROVIDER).await;
        env.settings_flow_id().await;
        let again = env.assert_signed_in_as(ALICE).await;
        assert_eq!(again["identity"]["id"], identity["id"]);
        assert_ne!(again["id"], session["id"], "the old session survived");
        assert_eq!(
            again["authentication_methods"][0]["method"], "oidc",
            "{again}"
        );
    })
    .await;
}
