//! The one place that builds every URL this UI sends to a browser: Kratos browser
//! endpoints, our own pages under `BASE_PATH`, and the checks on URLs that come from Kratos.

use url::Url;
use url::form_urlencoded::Serializer;

use crate::config::Settings;
use crate::kratos::FlowKind;

/// Our own pages, relative to `BASE_PATH`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Flow(FlowKind),
    Error,
    Logout,
    /// Stores the reader's language choice, then goes back to the page it came from.
    Language,
}

impl Page {
    pub fn path(self) -> String {
        match self {
            Page::Home => "/".to_owned(),
            Page::Flow(kind) => format!("/{}", kind.slug()),
            Page::Error => "/error".to_owned(),
            Page::Logout => "/logout".to_owned(),
            Page::Language => "/language".to_owned(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Urls {
    /// Kratos as the browser reaches it, without a trailing slash.
    kratos_browser: String,
    kratos_browser_origin: String,
    base_path: String,
}

impl Urls {
    pub fn new(settings: &Settings) -> Self {
        Self {
            kratos_browser: settings
                .kratos
                .browser_url
                .as_str()
                .trim_end_matches('/')
                .to_owned(),
            kratos_browser_origin: settings.kratos.browser_url.origin().ascii_serialization(),
            base_path: settings.ui.base_path.clone(),
        }
    }

    pub fn kratos_browser_origin(&self) -> &str {
        &self.kratos_browser_origin
    }

    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// Kratos' browser endpoint that starts a fresh flow of `kind`, with the given query.
    pub fn browser_init(&self, kind: FlowKind, params: &[(&str, &str)]) -> String {
        with_query(
            format!("{}{}", self.kratos_browser, kind.browser_init_path()),
            params,
        )
    }

    /// Sign in first, then come back to a fresh flow of `kind` (keeping its parameters).
    pub fn login_then(&self, kind: FlowKind, params: &[(&str, &str)]) -> String {
        let after = self.browser_init(kind, params);
        self.browser_init(FlowKind::Login, &[("return_to", &after)])
    }

    /// One of our pages under `BASE_PATH`.
    pub fn page(&self, page: Page) -> String {
        format!("{}{}", self.base_path, page.path())
    }

    pub fn page_with(&self, page: Page, params: &[(&str, &str)]) -> String {
        with_query(self.page(page), params)
    }

    /// A path of ours to go back to after a detour (the language menu): a path under
    /// `BASE_PATH`, never another origin (`//host`, `/\\host`) or a scheme.
    pub fn local_return(&self, target: &str) -> Option<String> {
        let safe = target.starts_with('/')
            && !target.starts_with("//")
            && !target.contains('\\')
            && !target.chars().any(char::is_control)
            && target.len() <= 2048;
        let under_base = self.base_path.is_empty()
            || target == self.base_path
            || target
                .strip_prefix(self.base_path.as_str())
                .is_some_and(|rest| rest.starts_with('/') || rest.starts_with('?'));
        (safe && under_base).then(|| target.to_owned())
    }

    /// A static asset, versioned so browsers may cache it for good.
    pub fn asset(&self, name: &str, version: &str) -> String {
        format!("{}/static/{}?v={}", self.base_path, name, version)
    }

    /// A redirect target taken from a Kratos body is followed only when it is an absolute
    /// http(s) URL on the Kratos browser origin; anything else could be an open redirect.
    pub fn trusted_redirect(&self, target: &str) -> Option<String> {
        let url = Url::parse(target).ok()?;
        let on_origin = matches!(url.scheme(), "http" | "https")
            && url.origin().ascii_serialization() == self.kratos_browser_origin;
        on_origin.then(|| url.into())
    }
}

/// A link we may render as `href`: only absolute http(s) URLs (never `javascript:` and the like).
pub fn safe_link(target: &str) -> Option<String> {
    let url = Url::parse(target).ok()?;
    matches!(url.scheme(), "http" | "https").then(|| url.into())
}

fn with_query(mut base: String, params: &[(&str, &str)]) -> String {
    if params.is_empty() {
        return base;
    }
    let mut query = Serializer::new(String::new());
    for (key, value) in params {
        query.append_pair(key, value);
    }
    base.push(if base.contains('?') { '&' } else { '?' });
    base.push_str(&query.finish());
    base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(browser: &str, base_path: &str) -> Urls {
        let mut settings =
            Settings::from_lookup(|name| (name == "DEV_MODE").then(|| "true".to_owned())).unwrap();
        settings.kratos.browser_url = Url::parse(browser).unwrap();
        settings.ui.base_path = base_path.to_owned();
        Urls::new(&settings)
    }

    #[test]
    fn init_urls_use_the_browser_url_and_encode_parameters() {
        let u = urls("https://auth.example.com/kratos/", "");
        assert_eq!(
            u.browser_init(
                FlowKind::Settings,
                &[("return_to", "https://app.example.com/a?b=c&d")]
            ),
            "https://auth.example.com/kratos/self-service/settings/browser?return_to=https%3A%2F%2Fapp.example.com%2Fa%3Fb%3Dc%26d"
        );
        assert_eq!(
            u.browser_init(FlowKind::Settings, &[]),
            "https://auth.example.com/kratos/self-service/settings/browser"
        );
    }

    #[test]
    fn login_returns_to_a_fresh_flow() {
        let u = urls("http://k:4433", "");
        let login = u.login_then(FlowKind::Settings, &[("return_to", "http://app/x")]);
        let parsed = Url::parse(&login).unwrap();
        assert_eq!(parsed.path(), "/self-service/login/browser");
        let return_to = parsed
            .query_pairs()
            .find(|(k, _)| k == "return_to")
            .unwrap()
            .1;
        assert_eq!(
            return_to,
            "http://k:4433/self-service/settings/browser?return_to=http%3A%2F%2Fapp%2Fx"
        );
    }

    #[test]
    fn pages_and_assets_respect_the_base_path() {
        let u = urls("http://k:4433", "/account");
        assert_eq!(u.page(Page::Flow(FlowKind::Settings)), "/account/settings");
        assert_eq!(u.page(Page::Home), "/account/");
        assert_eq!(u.asset("app.css", "abc"), "/account/static/app.css?v=abc");
    }

    #[test]
    fn only_kratos_browser_origin_redirects_are_trusted() {
        let u = urls("http://localhost:4433", "");
        assert!(
            u.trusted_redirect("http://localhost:4433/self-service/login/browser?aal=aal2")
                .is_some()
        );
        for evil in [
            "https://evil.example/self-service/login/browser",
            "http://localhost:4434/admin",
            "//evil.example/x",
            "/self-service/login/browser",
            "javascript:alert(1)",
            "http://localhost:4433@evil.example/",
            "",
        ] {
            assert_eq!(u.trusted_redirect(evil), None, "{evil}");
        }
    }

    #[test]
    fn only_our_own_paths_are_gone_back_to() {
        let urls = |base: &str| {
            let mut settings =
                Settings::from_lookup(|name| (name == "DEV_MODE").then(|| "true".to_owned()))
                    .unwrap();
            settings.ui.base_path = base.to_owned();
            Urls::new(&settings)
        };
        let root = urls("");
        assert_eq!(
            root.local_return("/settings?flow=1").as_deref(),
            Some("/settings?flow=1")
        );
        for hostile in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example/",
            "javascript:alert(1)",
            "settings",
            "/a\nb",
            "",
        ] {
            assert_eq!(root.local_return(hostile), None, "{hostile:?}");
        }
        let based = urls("/account");
        assert!(based.local_return("/account/settings").is_some());
        assert!(based.local_return("/account?x=1").is_some());
        assert_eq!(based.local_return("/accounts"), None);
        assert_eq!(based.local_return("/settings"), None);
    }

    #[test]
    fn safe_links_are_http_only() {
        assert!(safe_link("https://app.example.com/home").is_some());
        assert_eq!(safe_link("javascript:alert(1)"), None);
        assert_eq!(safe_link("data:text/html,hi"), None);
        assert_eq!(safe_link("/relative"), None);
    }
}
