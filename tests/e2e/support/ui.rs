//! The account UI under test, built through the same `Application::build` as `main`.

use kratos_account_ui::config::Settings;
use kratos_account_ui::startup::Application;

use super::artifacts::repo_path;

/// How the UI is wired to Kratos and where browsers reach it.
pub struct UiWiring<'a> {
    /// Kratos' public API, server to server.
    pub kratos_public_url: &'a str,
    /// Kratos' public API as browsers reach it.
    pub kratos_browser_url: &'a str,
    /// `https://localhost:<port>` of the proxy in front, if any (the UI is then under
    /// `/account` and believes forwarded addresses from loopback only).
    pub proxy_origin: Option<&'a str>,
    /// Forms may also go here (the OIDC provider Kratos redirects to when linking).
    pub provider_origin: &'a str,
}

pub struct Ui {
    /// Where browsers reach the UI: `http://localhost:<port>`, the host name the browser,
    /// Kratos and WebAuthn agree on, or the proxy's `https://localhost:<port>/account`.
    pub url: String,
    /// The UI's own port (the proxy's upstream; a browser never goes there behind a proxy).
    pub port: u16,
    /// `BASE_PATH`: empty, or `/account` behind the proxy.
    pub base_path: String,
}

impl Ui {
    /// Listens on a free port.
    pub async fn start(wiring: &UiWiring<'_>) -> Self {
        let static_dir = repo_path("static").display().to_string();
        let behind_proxy = wiring.proxy_origin.is_some();
        let base_path = if behind_proxy {
            super::proxy::UI_PREFIX
        } else {
            ""
        };
        let session_secret: String = (0..3)
            .map(|_| uuid::Uuid::new_v4().simple().to_string())
            .collect();
        let mut settings = Settings::from_lookup(|name| match name {
            "KRATOS_PUBLIC_URL" => Some(wiring.kratos_public_url.to_owned()),
            "KRATOS_BROWSER_URL" => Some(wiring.kratos_browser_url.to_owned()),
            "HOST" => Some("127.0.0.1".to_owned()),
            "PORT" => Some("0".to_owned()),
            "STATIC_DIR" => Some(static_dir.clone()),
            "BASE_PATH" => Some(base_path.to_owned()),
            // Behind the proxy the production path: a configured key and a Secure cookie
            // over https. Directly, a random key per UI and a plain-http cookie.
            "SESSION_SECRET" if behind_proxy => Some(session_secret.clone()),
            "DEV_MODE" if !behind_proxy => Some("true".to_owned()),
            // nginx connects from loopback, as the shipped config's comment asks.
            "TRUSTED_PROXIES" if behind_proxy => Some("127.0.0.1".to_owned()),
            _ => None,
        })
        .expect("e2e settings are valid");
        settings.ui.form_action_origins = Some(vec![wiring.provider_origin.to_owned()]);
        let application = Application::build(settings)
            .await
            .expect("the account UI starts");
        let port = application.port();
        let url = match wiring.proxy_origin {
            Some(origin) => format!("{origin}{base_path}"),
            None => format!("http://localhost:{port}"),
        };
        tokio::spawn(application.run_until_stopped());
        Self {
            url,
            port,
            base_path: base_path.to_owned(),
        }
    }

    /// A page of the UI as browsers reach it, e.g. `ui.page("/settings")`.
    pub fn page(&self, path_and_query: &str) -> String {
        format!("{}{path_and_query}", self.url)
    }

    /// The URL path of the UI's page `path` (`/settings` -> `/account/settings`).
    pub fn path(&self, path: &str) -> String {
        format!("{}{path}", self.base_path)
    }
}
