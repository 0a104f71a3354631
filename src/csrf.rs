//! Our own CSRF protection for the state-changing requests this server handles (Kratos guards
//! its own forms): a synchronizer token kept in the cookie session, plus a same-origin check.

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::http::header::{HeaderMap, ORIGIN};
use actix_web::{FromRequest, HttpRequest, web};
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;
use url::Url;

use crate::error::AppError;

/// The form field our own forms carry the token in (Kratos' forms use `csrf_token`).
pub const FIELD: &str = "kau_csrf";
const SESSION_KEY: &str = "csrf";
const TOKEN_BYTES: usize = 32;

/// Why a state-changing request was refused. Logged by name; never carries a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// `Sec-Fetch-Site` says another site (or a sibling subdomain) sent it.
    CrossSite,
    /// `Origin` names another origin than the one the request was sent to.
    ForeignOrigin,
    /// The browser has no token in its session (no page of ours was loaded, or the session
    /// key was rotated since).
    NoSessionToken,
    /// The form carries no token, or another one.
    WrongToken,
}

/// The request headers the same-origin decision reads.
#[derive(Debug, Clone, Copy, Default)]
pub struct OriginHeaders<'a> {
    pub sec_fetch_site: Option<&'a str>,
    pub origin: Option<&'a str>,
    /// Where the request was sent: `Host` (or what a proxy forwarded as the host).
    pub host: &'a str,
}

/// Browsers tell where a request comes from: `Sec-Fetch-Site` (all current browsers), else
/// `Origin`. A request with neither (an old browser, a non-browser client) is left to the
/// token, which it must still carry.
pub fn check_origin(headers: OriginHeaders<'_>) -> Result<(), Refusal> {
    if let Some(site) = headers.sec_fetch_site {
        return match site.trim().to_ascii_lowercase().as_str() {
            // `none`: typed into the address bar or a bookmark, not another page.
            "same-origin" | "none" => Ok(()),
            _ => Err(Refusal::CrossSite),
        };
    }
    match headers.origin {
        None => Ok(()),
        Some(origin) => {
            let origin = origin.trim();
            let scheme = origin.split_once("://").map_or("", |(scheme, _)| scheme);
            let target = authority_of(&format!("{scheme}://{}", headers.host.trim()));
            match authority_of(origin) {
                Some(origin) if target.as_ref() == Some(&origin) => Ok(()),
                _ => Err(Refusal::ForeignOrigin),
            }
        }
    }
}

/// The submitted token against the session's, in constant time.
pub fn check_token(expected: Option<&str>, submitted: &str) -> Result<(), Refusal> {
    let expected = expected
        .filter(|token| !token.is_empty())
        .ok_or(Refusal::NoSessionToken)?;
    if bool::from(expected.as_bytes().ct_eq(submitted.as_bytes())) {
        Ok(())
    } else {
        Err(Refusal::WrongToken)
    }
}

/// `https://Example.com:443` -> `example.com`; `http://localhost:4455` -> `localhost:4455`.
/// `null` (sandboxed or privacy-sensitive contexts) and anything unparsable -> `None`.
fn authority_of(origin: &str) -> Option<String> {
    let url = Url::parse(origin).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    })
}

/// The browser's token, made on first use. Pages with our own forms put it in each form.
pub fn token(session: &Session) -> Result<String, AppError> {
    if let Ok(Some(token)) = session.get::<String>(SESSION_KEY)
        && !token.is_empty()
    {
        return Ok(token);
    }
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut bytes).map_err(|err| AppError::Internal(err.to_string()))?;
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    session
        .insert(SESSION_KEY, &token)
        .map_err(|err| AppError::Internal(err.to_string()))?;
    Ok(token)
}

/// A form posted to one of our routes, which names its CSRF token field.
pub trait CsrfForm: DeserializeOwned + 'static {
    /// The submitted token (`#[serde(default)]`, so that a missing one is refused as such).
    fn csrf_token(&self) -> &str;
}

/// An extractor for a form of `T` that passed both checks; handlers that change state take
/// their form through it, so no handler can forget the check.
pub struct Checked<T>(pub T);

impl<T: CsrfForm> FromRequest for Checked<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let form = web::Form::<T>::from_request(&req, payload);
        Box::pin(async move {
            let host = req.connection_info().host().to_owned();
            check_origin(OriginHeaders {
                sec_fetch_site: header(req.headers(), "sec-fetch-site"),
                origin: header(req.headers(), ORIGIN.as_str()),
                host: &host,
            })
            .map_err(refused)?;
            let form = form
                .await
                .map_err(|_| AppError::BadRequest("a malformed form"))?
                .into_inner();
            let expected = req.get_session().get::<String>(SESSION_KEY).ok().flatten();
            check_token(expected.as_deref(), form.csrf_token()).map_err(refused)?;
            Ok(Checked(form))
        })
    }
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

fn refused(refusal: Refusal) -> actix_web::Error {
    tracing::warn!(reason = ?refusal, "refusing a state-changing request (CSRF check)");
    AppError::Forbidden.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers<'a>(
        sec_fetch_site: Option<&'a str>,
        origin: Option<&'a str>,
        host: &'a str,
    ) -> OriginHeaders<'a> {
        OriginHeaders {
            sec_fetch_site,
            origin,
            host,
        }
    }

    #[test]
    fn the_origin_decision_table() {
        use Refusal::*;
        let host = "account.example.com";
        for (sec_fetch_site, origin, host, expected) in [
            // Sec-Fetch-Site decides when present, whatever Origin says.
            (Some("same-origin"), None, host, Ok(())),
            (Some("none"), None, host, Ok(())),
            (
                Some("Same-Origin"),
                Some("https://evil.example"),
                host,
                Ok(()),
            ),
            (
                Some("same-site"),
                Some("https://account.example.com"),
                host,
                Err(CrossSite),
            ),
            (Some("cross-site"), None, host, Err(CrossSite)),
            (Some("garbage"), None, host, Err(CrossSite)),
            // Without it, Origin must name the host the request went to.
            (None, Some("https://account.example.com"), host, Ok(())),
            (None, Some("https://ACCOUNT.example.com:443"), host, Ok(())),
            (
                None,
                Some("http://localhost:4455"),
                "localhost:4455",
                Ok(()),
            ),
            (
                None,
                Some("http://localhost:4455"),
                "localhost:4456",
                Err(ForeignOrigin),
            ),
            (None, Some("http://localhost"), "localhost:80", Ok(())),
            (None, Some("https://evil.example"), host, Err(ForeignOrigin)),
            (
                None,
                Some("https://account.example.com.evil.example"),
                host,
                Err(ForeignOrigin),
            ),
            (None, Some("null"), host, Err(ForeignOrigin)),
            (None, Some("file://"), host, Err(ForeignOrigin)),
            (None, Some(""), host, Err(ForeignOrigin)),
            (
                None,
                Some("https://account.example.com"),
                "",
                Err(ForeignOrigin),
            ),
            // Neither header: only the token protects (it is still required).
            (None, None, host, Ok(())),
        ] {
            assert_eq!(
                check_origin(headers(sec_fetch_site, origin, host)),
                expected,
                "{sec_fetch_site:?} {origin:?} {host}"
            );
        }
    }

    /// The extractor inside the real cookie-session middleware.
    #[actix_web::test]
    async fn the_extractor_lets_only_our_own_pages_forms_through() {
        use actix_web::{App, test};

        use crate::config::SessionSettings;
        use crate::session::SessionConfig;

        #[derive(serde::Deserialize)]
        struct Form {
            #[serde(default)]
            kau_csrf: String,
        }
        impl CsrfForm for Form {
            fn csrf_token(&self) -> &str {
                &self.kau_csrf
            }
        }

        let settings = SessionSettings {
            secret: None,
            dev_mode: true,
            cookie_secure: false,
        };
        let session = SessionConfig::new(&settings, "");
        let app = test::init_service(
            App::new()
                .wrap(session.middleware())
                .route(
                    "/page",
                    web::get().to(|s: Session| async move { token(&s).unwrap() }),
                )
                .route(
                    "/change",
                    web::post().to(|Checked(_): Checked<Form>| async { "changed" }),
                ),
        )
        .await;
        let page =
            test::call_service(&app, test::TestRequest::get().uri("/page").to_request()).await;
        let cookie = page
            .response()
            .cookies()
            .next()
            .expect("the page starts a session")
            .into_owned();
        let token = String::from_utf8(test::read_body(page).await.to_vec()).unwrap();
        assert_eq!(token.len(), 2 * TOKEN_BYTES);

        let post = |body: String, cookie: Option<_>, headers: Vec<(&'static str, &'static str)>| {
            let mut request = test::TestRequest::post()
                .uri("/change")
                .insert_header(("content-type", "application/x-www-form-urlencoded"))
                .set_payload(body);
            if let Some(cookie) = cookie {
                request = request.cookie(cookie);
            }
            for header in headers {
                request = request.insert_header(header);
            }
            request.to_request()
        };
        let cases = [
            (
                format!("kau_csrf={token}"),
                Some(cookie.clone()),
                vec![("sec-fetch-site", "same-origin")],
                200,
            ),
            (
                format!("kau_csrf={token}"),
                Some(cookie.clone()),
                vec![],
                200,
            ),
            (
                String::new(),
                Some(cookie.clone()),
                vec![("sec-fetch-site", "same-origin")],
                403,
            ),
            (
                format!("kau_csrf={}", "0".repeat(64)),
                Some(cookie.clone()),
                vec![],
                403,
            ),
            (format!("kau_csrf={token}"), None, vec![], 403),
            (
                format!("kau_csrf={token}"),
                Some(cookie.clone()),
                vec![("sec-fetch-site", "cross-site")],
                403,
            ),
            (
                format!("kau_csrf={token}"),
                Some(cookie.clone()),
                vec![("origin", "https://evil.example")],
                403,
            ),
        ];
        for (body, cookie, headers, expected) in cases {
            let what = format!("{body:?} {} {headers:?}", cookie.is_some());
            let response = test::call_service(&app, post(body, cookie, headers)).await;
            assert_eq!(response.status().as_u16(), expected, "{what}");
        }
    }

    #[test]
    fn the_token_decision_table() {
        let token = "a".repeat(64);
        assert_eq!(check_token(Some(&token), &token), Ok(()));
        assert_eq!(
            check_token(Some(&token), &"b".repeat(64)),
            Err(Refusal::WrongToken)
        );
        assert_eq!(check_token(Some(&token), ""), Err(Refusal::WrongToken));
        assert_eq!(
            check_token(Some(&token), &token[..63]),
            Err(Refusal::WrongToken)
        );
        assert_eq!(check_token(None, &token), Err(Refusal::NoSessionToken));
        // An empty session token must not match an empty submission.
        assert_eq!(check_token(Some(""), ""), Err(Refusal::NoSessionToken));
    }
}
