//! The per-browser cookie session: a few small values (our CSRF token, later the locale and a
//! pending `return_to`), encrypted and signed inside the cookie, so replicas share nothing.

use actix_session::SessionMiddleware;
use actix_session::config::{BrowserSession, CookieContentSecurity};
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite};
use sha2::{Digest, Sha512};

use crate::config::SessionSettings;

/// Short, and unlike Kratos' own cookie names.
pub const COOKIE_NAME: &str = "kau_session";

/// The key of the flag our "Sign out" form leaves for the sign-in page that follows.
pub const SIGNED_OUT: &str = "signed_out";

/// Everything the session middleware needs; built once, cloned into every worker.
#[derive(Clone)]
pub struct SessionConfig {
    key: Key,
    cookie_secure: bool,
    /// `BASE_PATH`, or `/`.
    cookie_path: String,
}

impl SessionConfig {
    pub fn new(settings: &SessionSettings, base_path: &str) -> Self {
        let key = match &settings.secret {
            // SHA-512 spreads every byte of the secret over the 64 bytes of the key (signing
            // and encryption halves); `Key::from` alone would ignore all but the first 64.
            Some(secret) => Key::from(&Sha512::digest(secret.expose())),
            None => {
                tracing::warn!(
                    "development mode: the session cookie uses a random key for this process \
                     (sessions end on restart and are not shared between instances); \
                     set SESSION_SECRET in production"
                );
                Key::generate()
            }
        };
        Self {
            key,
            cookie_secure: settings.cookie_secure,
            cookie_path: if base_path.is_empty() {
                "/".to_owned()
            } else {
                base_path.to_owned()
            },
        }
    }

    /// The middleware. A cookie it cannot decrypt (a rotated key, a forged value) is treated
    /// as no session at all: the browser starts a fresh one and never sees an error.
    pub fn middleware(&self) -> SessionMiddleware<CookieSessionStore> {
        SessionMiddleware::builder(CookieSessionStore::default(), self.key.clone())
            .cookie_name(COOKIE_NAME.to_owned())
            .cookie_content_security(CookieContentSecurity::Private)
            .cookie_http_only(true)
            .cookie_same_site(SameSite::Lax)
            .cookie_secure(self.cookie_secure)
            .cookie_path(self.cookie_path.clone())
            .session_lifecycle(BrowserSession::default())
            .build()
    }
}

/// Reads and forgets a one-time value. actix-session marks the session changed on every
/// `remove`, even of an absent key, and a changed session is encrypted again and sent as a
/// new cookie: on every settings page, that cost CPU and could overwrite what a request in
/// another tab had just stored (a language, a CSRF token).
pub fn take_once<T: serde::de::DeserializeOwned>(
    session: &actix_session::Session,
    key: &str,
) -> Option<T> {
    if !session.contains_key(key) {
        return None;
    }
    session.remove_as::<T>(key).and_then(Result::ok)
}
