//! Connected accounts: linking and unlinking the test OpenID provider.

use crate::support::idp::subject;
use crate::support::kratos::Knobs;
use crate::support::scenario::{ALICE, scenario};

const LINK: &str = "[data-testid='form/connected-accounts'] [name=link][value=test-idp]";
const UNLINK: &str = "[data-testid='form/connected-accounts'] [name=unlink][value=test-idp]";

/// Alice's account at the provider has an address of its own.
const ALICE_AT_PROVIDER: &str = "alice@idp.example";

#[tokio::test]
async fn linking_the_test_provider_goes_there_and_back_and_it_can_be_unlinked() {
    scenario(Knobs::default(), |env| async move {
        env.idp.sign_in_as(ALICE_AT_PROVIDER);
        env.signed_in(ALICE).await;
        env.open_settings().await;

        env.click(LINK).await;
        env.settings_flow_id().await;
        env.saved().await;
        env.browser.wait_for(UNLINK).await;
        assert!(env.browser.find(LINK).await.is_none());
        let identity = env.kratos.identity(ALICE).await;
        let linked = &identity["credentials"]["oidc"]["identifiers"];
        assert_eq!(
            linked[0],
            format!("test-idp:{}", subject(ALICE_AT_PROVIDER)),
            "{identity}"
        );

        // The password stays, so Kratos allows the last provider to go.
        let state = env.state_of("connected-accounts").await;
        assert!(
            state.contains("Test IdP") && state.contains("Connected"),
            "{state}"
        );
        env.confirm_removal("unlink", "test-idp").await;
        env.saved().await;
        assert_eq!(
            env.landed_on("connected-accounts-unlinked-test-idp").await,
            "Test IdP disconnected."
        );
        env.browser.wait_for(LINK).await;
        assert!(env.browser.find(UNLINK).await.is_none());
        let identity = env.kratos.identity(ALICE).await;
        let linked = &identity["credentials"]["oidc"]["identifiers"];
        assert!(linked.as_array().is_none_or(Vec::is_empty), "{identity}");
    })
    .await;
}
