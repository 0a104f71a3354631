//! The account UI under test, built through the same `Application::build` as `main`.

use kratos_account_ui::config::Settings;
use kratos_account_ui::startup::Application;

use super::artifacts::repo_path;

pub struct Ui {
    /// `http://localhost:<port>`: the host name the browser, Kratos and WebAuthn agree on.
    pub url: String,
}

impl Ui {
    /// Listens on a free port; forms may also go to `provider_origin` (the OIDC provider
    /// Kratos redirects to when an account is linked).
    pub async fn start(kratos_public_url: &str, provider_origin: &str) -> Self {
        let static_dir = repo_path("static").display().to_string();
        let mut settings = Settings::from_lookup(|name| match name {
            "KRATOS_PUBLIC_URL" | "KRATOS_BROWSER_URL" => Some(kratos_public_url.to_owned()),
            "HOST" => Some("127.0.0.1".to_owned()),
            "PORT" => Some("0".to_owned()),
            "STATIC_DIR" => Some(static_dir.clone()),
            // A random session key per UI; the browser is on plain http.
            "DEV_MODE" => Some("true".to_owned()),
            _ => None,
        })
        .expect("e2e settings are valid");
        settings.ui.form_action_origins = Some(vec![provider_origin.to_owned()]);
        let application = Application::build(settings)
            .await
            .expect("the account UI starts");
        let url = format!("http://localhost:{}", application.port());
        tokio::spawn(application.run_until_stopped());
        Self { url }
    }

    /// A page of the UI, e.g. `ui.page("/settings")`.
    pub fn page(&self, path_and_query: &str) -> String {
        format!("{}{path_and_query}", self.url)
    }
}
