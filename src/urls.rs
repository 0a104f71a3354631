//! The one place that builds every URL this UI sends to a browser: Kratos browser
//! endpoints, our own pages under `BASE_PATH`, and the checks on URLs that come from Kratos.

use url::form_urlencoded::Serializer;
use url::{Origin, ParseError, Url};

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
    /// Our own forms of the settings page's sessions section (POST).
    EndSession,
    EndOtherSessions,
    /// The recovery codes on show, as a file or a print view (POST).
    RecoveryCodes,
    /// Where the reverse proxy sends a browser over its limit of attempts.
    TooManyAttempts,
}

impl Page {
    pub fn path(self) -> String {
        match self {
            Page::Home => "/".to_owned(),
            Page::Flow(kind) => format!("/{}", kind.slug()),
            Page::Error => "/error".to_owned(),
            Page::Logout => "/logout".to_owned(),
            Page::Language => "/language".to_owned(),
            Page::EndSession => "/settings/sessions/end".to_owned(),
            Page::EndOtherSessions => "/settings/sessions/end-others".to_owned(),
            Page::RecoveryCodes => "/settings/recovery-codes".to_owned(),
            Page::TooManyAttempts => "/too-many-attempts".to_owned(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Urls {
    /// Kratos as the browser reaches it, without a trailing slash.
    kratos_browser: String,
    kratos_browser_origin: String,
    kratos_origin: Origin,
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
            kratos_origin: settings.kratos.browser_url.origin(),
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

    /// Kratos' sign-in asking for the password again (`refresh=true`), then a fresh
    /// settings flow.
    pub fn reauthenticate_then_settings(&self) -> String {
        let after = self.browser_init(FlowKind::Settings, &[]);
        self.browser_init(
            FlowKind::Login,
            &[("refresh", "true"), ("return_to", &after)],
        )
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
        self.on_kratos_origin(target)
    }

    /// `target` as an absolute http(s) URL on the Kratos browser origin, parsed the way a
    /// browser parses it (WHATWG), or nothing.
    pub fn on_kratos_origin(&self, target: &str) -> Option<String> {
        let url = Url::parse(target).ok()?;
        let on_origin =
            matches!(url.scheme(), "http" | "https") && url.origin() == self.kratos_origin;
        on_origin.then(|| url.into())
    }

    /// The checks for URLs a flow puts into `page` (forms, scripts, links, images).
    pub fn policy_for(&self, page: Page) -> UrlPolicy<'_> {
        let page_url = Url::parse(OUR_STAND_IN_ORIGIN)
            .and_then(|origin| origin.join(&self.page(page)))
            .expect("our own page paths are valid URL paths");
        UrlPolicy {
            urls: self,
            page_url,
            continue_to: None,
        }
    }
}

/// Our public origin is not configured (proxies decide it), so relative URLs are resolved
/// against a stand-in that no real URL can share (`.invalid` is reserved, RFC 2606).
const OUR_STAND_IN_ORIGIN: &str = "http://our-origin.invalid";

/// Where the URLs in a Kratos answer may point once they are part of one of our pages.
///
/// A Kratos answer is data, not authority: a misconfigured or compromised upstream must not
/// make our page post a password elsewhere, run a script with our nonce, or link to a look-alike
/// site. Every URL is parsed as the browser will parse it (tab and newline removed, `\` read
/// as `/`), then judged by origin, and what is rendered is that normalised URL.
#[derive(Debug, Clone)]
pub struct UrlPolicy<'a> {
    urls: &'a Urls,
    /// The page's own URL, on the stand-in origin.
    page_url: Url,
    /// The one URL outside these origins a finished flow may send the person on to.
    continue_to: Option<String>,
}

impl UrlPolicy<'_> {
    /// Also allows exactly `target` (an http(s) URL): a finished verification sends the
    /// person on with a GET form and a link to its return URL, which Kratos took from its own
    /// allow-list (as it does for `return_to`). Nothing but that URL is let through.
    pub fn continuing_to(mut self, target: &str) -> Self {
        self.continue_to = safe_link(target);
        self
    }

    fn continue_target(&self, target: &str) -> Option<String> {
        let url = safe_link(target)?;
        (self.continue_to.as_ref() == Some(&url)).then_some(url)
    }

    /// A form's `action`: Kratos only (it is where credentials go), or the continue target.
    pub fn form_action(&self, target: &str) -> Option<String> {
        self.urls
            .on_kratos_origin(target)
            .or_else(|| self.continue_target(target))
    }

    /// A script that gets the page's nonce: Kratos only (its WebAuthn and passkey helpers).
    pub fn script_src(&self, target: &str) -> Option<String> {
        self.urls.on_kratos_origin(target)
    }

    /// A link: absolute on Kratos' browser origin, or relative and staying on our origin
    /// (rendered origin-relative). Anything else (another site, `javascript:`, `//host`,
    /// `/\host`) could send a person to a look-alike page, so it is not rendered.
    pub fn link_href(&self, target: &str) -> Option<String> {
        match Url::parse(target) {
            Ok(_) => self
                .urls
                .on_kratos_origin(target)
                .or_else(|| self.continue_target(target)),
            Err(ParseError::RelativeUrlWithoutBase) => self.on_our_origin(target),
            Err(_) => None,
        }
    }

    /// An image: the TOTP QR code is a `data:image/` URL; otherwise the same origins as links.
    pub fn image_src(&self, target: &str) -> Option<String> {
        if is_plain_data_image(target) {
            return Some(target.to_owned());
        }
        let url = Url::parse(target);
        match url {
            Ok(url) if url.scheme() == "data" && url.path().starts_with("image/") => {
                Some(url.into())
            }
            _ => self.link_href(target),
        }
    }

    fn on_our_origin(&self, relative: &str) -> Option<String> {
        let resolved = self.page_url.join(relative).ok()?;
        if resolved.origin() != self.page_url.origin() {
            return None;
        }
        let rendered = &resolved[url::Position::BeforePath..];
        // A path that begins with `//` would be read as another host when rendered relative.
        let stays = self
            .page_url
            .join(rendered)
            .is_ok_and(|again| again == resolved);
        stays.then(|| rendered.to_owned())
    }
}

/// A `data:image/` URL that the WHATWG parser would give back unchanged: only the characters
/// of base64 and of a media type, so none is percent-encoded, stripped, or read as a query or
/// fragment. The TOTP QR code is kilobytes of base64, and the parser's walk over it was a
/// tenth of a settings page's CPU.
fn is_plain_data_image(target: &str) -> bool {
    target.starts_with("data:image/") && target.bytes().all(|b| PLAIN_DATA_BYTES[usize::from(b)])
}

/// The bytes of [`is_plain_data_image`], as a table: one load per byte of the kilobytes of a
/// QR code, where testing each byte against the list took three times the instructions.
const PLAIN_DATA_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric()
            || matches!(
                byte,
                b'+' | b'/' | b'=' | b';' | b',' | b':' | b'.' | b'-' | b'_'
            );
        b += 1;
    }
    table
};

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

    #[test]
    fn plain_data_images_are_what_the_url_parser_would_render() {
        let fixture = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/kratos/settings-fresh.json"
        ))
        .unwrap();
        let start = fixture.find("data:image/png;base64,").unwrap();
        let qr_code = &fixture[start..start + fixture[start..].find('"').unwrap()];
        for plain in [
            qr_code,
            "data:image/png;base64,iVBORw0KGgo=",
            "data:image/svg+xml;charset=utf-8,abc",
        ] {
            assert!(is_plain_data_image(plain), "{plain}");
            assert_eq!(Url::parse(plain).unwrap().as_str(), plain);
        }
        // Anything the parser would change goes through it.
        for odd in [
            "data:image/png;base64,AA AA",
            "data:image/png;base64,AA\tAA",
            "data:image/png;base64,AA%41",
            "data:image/png#x",
            "DATA:image/png;base64,AA",
            " data:image/png;base64,AA",
            "data:image/png;base64,é",
        ] {
            assert!(!is_plain_data_image(odd), "{odd}");
        }
        for byte in 0..=u8::MAX {
            let listed = byte.is_ascii_alphanumeric() || b"+/=;,:.-_".contains(&byte);
            assert_eq!(PLAIN_DATA_BYTES[usize::from(byte)], listed, "{byte}");
        }
    }

    fn urls(browser: &str, base_path: &str) -> Urls {
        let mut settings = Settings::development();
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
            let mut settings = Settings::development();
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

    #[test]
    fn forms_and_scripts_may_only_use_the_kratos_browser_origin() {
        let u = urls("http://localhost:4433", "");
        let policy = u.policy_for(Page::Flow(FlowKind::Settings));
        let action = "http://localhost:4433/self-service/settings?flow=f";
        assert_eq!(policy.form_action(action).as_deref(), Some(action));
        assert!(
            policy
                .script_src("http://localhost:4433/.well-known/ory/webauthn.js")
                .is_some()
        );
        for evil in [
            "https://evil.example/steal",
            "http://evil.example:18080/x.js",
            "http://localhost:4434/self-service/settings",
            "/self-service/settings",
            "//evil.example/x",
            "http://localhost:4433@evil.example/",
            "javascript:alert(1)",
        ] {
            assert_eq!(policy.form_action(evil), None, "{evil}");
            assert_eq!(policy.script_src(evil), None, "{evil}");
        }
    }

    #[test]
    fn links_are_judged_by_the_origin_a_browser_would_resolve() {
        let u = urls("http://localhost:4433", "/account");
        let policy = u.policy_for(Page::Flow(FlowKind::Settings));
        for evil in [
            "/\\evil.com",
            "/\\t/evil.com",
            "/\t/evil.com",
            "/\n/evil.com",
            "\\\\evil.com",
            "//evil.com",
            " //evil.com",
            "\t//evil.com",
            "http:evil.com",
            "https://evil.com/",
            "javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,hi",
        ] {
            assert_eq!(policy.link_href(evil), None, "{evil:?}");
        }
        let cases = [
            ("/account/login", "/account/login"),
            ("recovery?x=1", "/account/recovery?x=1"),
            ("#main", "/account/settings#main"),
            ("/acc\tount/a\\b", "/account/a/b"),
            (
                "http://localhost:4433/self-service/login/browser",
                "http://localhost:4433/self-service/login/browser",
            ),
        ];
        for (href, rendered) in cases {
            assert_eq!(
                policy.link_href(href).as_deref(),
                Some(rendered),
                "{href:?}"
            );
        }
    }

    #[test]
    fn images_are_data_images_or_links() {
        let u = urls("http://localhost:4433", "");
        let policy = u.policy_for(Page::Flow(FlowKind::Settings));
        assert!(policy.image_src("data:image/png;base64,AAAA").is_some());
        assert!(policy.image_src("/static/logo.svg").is_some());
        assert_eq!(policy.image_src("data:text/html,<b>"), None);
        assert_eq!(policy.image_src("https://tracker.example/pixel.gif"), None);
        assert_eq!(policy.image_src("/\\tracker.example/pixel.gif"), None);
    }

    #[test]
    fn a_finished_flow_may_continue_to_exactly_its_return_url() {
        let u = urls("http://localhost:4433", "");
        let app = "https://app.example/welcome";
        let policy = u
            .policy_for(Page::Flow(FlowKind::Verification))
            .continuing_to(app);
        assert_eq!(policy.form_action(app).as_deref(), Some(app));
        assert_eq!(policy.link_href(app).as_deref(), Some(app));
        for other in [
            "https://app.example/other",
            "https://evil.example/welcome",
            "javascript:alert(1)",
        ] {
            assert_eq!(policy.form_action(other), None, "{other}");
            assert_eq!(policy.link_href(other), None, "{other}");
        }
        let plain = u.policy_for(Page::Flow(FlowKind::Verification));
        assert_eq!(plain.form_action(app), None);
        assert!(
            u.policy_for(Page::Flow(FlowKind::Verification))
                .continuing_to("javascript:alert(1)")
                .form_action("javascript:alert(1)")
                .is_none()
        );
    }
}
