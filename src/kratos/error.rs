//! What a failed flow fetch means. Soft errors send the browser somewhere else; hard
//! (upstream) errors become an error page.

use std::fmt;

use super::models::ErrorEnvelope;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlowError {
    /// No (valid) session: sign in first.
    NoSession,
    /// The flow cannot be used by this browser (unknown, another identity's, CSRF): start a
    /// fresh one.
    Unusable,
    /// Kratos names where the browser must go (step-up to AAL2, an expired flow's successor).
    /// Untrusted until checked against the Kratos browser origin.
    RedirectBrowser(String),
    /// Login or registration while already signed in.
    AlreadySignedIn,
    Upstream(UpstreamError),
}

/// What a failed call to Kratos' session API (list, end one, end the others) means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionsError {
    /// No (valid) session: sign in first.
    NoSession,
    /// Kratos wants more proof first: a fresh sign-in (privileged session too old), or the
    /// second factor it names in `redirect_browser_to` (untrusted until checked).
    Reauthenticate(Option<String>),
    /// The session to end does not exist (any more), or is not this identity's.
    NotFound,
    /// Kratos refused the request itself (e.g. ending the current session this way).
    Refused,
    Upstream(UpstreamError),
}

/// Maps a failed answer of the session API; like [`classify`], only a well-formed error
/// envelope is trusted for its fields.
pub fn classify_sessions(status: u16, body: &[u8]) -> SessionsError {
    let envelope: ErrorEnvelope = serde_json::from_slice(body).unwrap_or_default();
    let redirect = envelope.redirect_browser_to.clone().or_else(|| {
        envelope
            .error
            .detail_str("redirect_browser_to")
            .map(str::to_owned)
    });
    match status {
        401 => SessionsError::NoSession,
        403 => SessionsError::Reauthenticate(redirect),
        404 => SessionsError::NotFound,
        400 => SessionsError::Refused,
        _ => SessionsError::Upstream(UpstreamError::Status(status)),
    }
}

/// Kratos did not give a usable answer. Never shown to the user beyond a short message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpstreamError {
    /// No connection could be made (refused, no route, name not resolved).
    Refused(String),
    /// The connection broke off.
    Unreachable(String),
    Timeout,
    Status(u16),
    InvalidBody(String),
    TooLarge,
    /// The memory budget for upstream bodies is spent: we did not read the answer.
    Busy,
}

impl fmt::Display for UpstreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UpstreamError::Refused(cause) => write!(f, "cannot connect to Kratos: {cause}"),
            UpstreamError::Unreachable(cause) => write!(f, "Kratos is unreachable: {cause}"),
            UpstreamError::Timeout => f.write_str("Kratos did not answer in time"),
            UpstreamError::Status(status) => write!(f, "Kratos answered with status {status}"),
            UpstreamError::InvalidBody(cause) => write!(f, "Kratos sent an invalid body: {cause}"),
            UpstreamError::TooLarge => f.write_str("Kratos sent a body larger than allowed"),
            UpstreamError::Busy => f.write_str("no memory left for Kratos' answer now"),
        }
    }
}

impl std::error::Error for UpstreamError {}

impl UpstreamError {
    /// What went wrong, as a metric label.
    pub fn outcome(&self) -> &'static str {
        match self {
            UpstreamError::Refused(_) => "refused",
            UpstreamError::Unreachable(_) => "unreachable",
            UpstreamError::Timeout => "timeout",
            UpstreamError::Status(500..=599) => "5xx",
            UpstreamError::Status(_) => "unexpected_status",
            UpstreamError::InvalidBody(_) => "invalid_body",
            UpstreamError::TooLarge => "too_large",
            UpstreamError::Busy => "busy",
        }
    }
}

impl SessionsError {
    /// The outcome of a session API call as a metric label.
    pub fn outcome(&self) -> &'static str {
        match self {
            SessionsError::NoSession => "no_session",
            SessionsError::Reauthenticate(_) => "reauthenticate",
            SessionsError::NotFound => "not_found",
            SessionsError::Refused => "bad_request",
            SessionsError::Upstream(err) => err.outcome(),
        }
    }
}

impl FlowError {
    /// The outcome of a Kratos call as a metric label: each soft error by kind, upstream
    /// failures by what went wrong.
    pub fn outcome(&self) -> &'static str {
        match self {
            FlowError::NoSession => "no_session",
            FlowError::Unusable => "unusable_flow",
            FlowError::RedirectBrowser(_) => "redirect_browser",
            FlowError::AlreadySignedIn => "already_signed_in",
            FlowError::Upstream(err) => err.outcome(),
        }
    }
}

/// Maps a non-200 answer of a flow fetch to what the browser should experience.
/// `body` may be anything: only a well-formed error envelope is trusted for its fields.
pub fn classify(status: u16, body: &[u8]) -> FlowError {
    let envelope: ErrorEnvelope = serde_json::from_slice(body).unwrap_or_default();
    let error = &envelope.error;
    let id = error.id.as_deref();
    let redirect = envelope
        .redirect_browser_to
        .clone()
        .or_else(|| error.detail_str("redirect_browser_to").map(str::to_owned));

    match status {
        401 => FlowError::NoSession,
        400..=499 if id == Some("session_already_available") => FlowError::AlreadySignedIn,
        400..=499 if redirect.is_some() => FlowError::RedirectBrowser(redirect.unwrap_or_default()),
        403 | 404 => FlowError::Unusable,
        410 => match error.detail_str("redirect_to") {
            Some(to) => FlowError::RedirectBrowser(to.to_owned()),
            None => FlowError::Unusable,
        },
        _ => FlowError::Upstream(UpstreamError::Status(status)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_401_needs_login_with_or_without_an_error_id() {
        assert_eq!(
            classify(401, br#"{"error":{"code":401,"status":"Unauthorized"}}"#),
            FlowError::NoSession
        );
        assert_eq!(
            classify(401, br#"{"error":{"id":"session_inactive","code":401}}"#),
            FlowError::NoSession
        );
        assert_eq!(classify(401, b""), FlowError::NoSession);
    }

    #[test]
    fn aal2_required_follows_redirect_browser_to() {
        let body = br#"{"error":{"id":"session_aal2_required","code":403,"details":{"redirect_browser_to":"http://k/self-service/login/browser?aal=aal2"}},"redirect_browser_to":"http://k/self-service/login/browser?aal=aal2"}"#;
        assert_eq!(
            classify(403, body),
            FlowError::RedirectBrowser("http://k/self-service/login/browser?aal=aal2".into())
        );
        let only_in_details = br#"{"error":{"id":"session_aal2_required","details":{"redirect_browser_to":"http://k/x"}}}"#;
        assert_eq!(
            classify(403, only_in_details),
            FlowError::RedirectBrowser("http://k/x".into())
        );
    }

    #[test]
    fn forbidden_and_not_found_ask_for_a_fresh_flow() {
        for body in [
            &br#"{"error":{"id":"security_identity_mismatch","code":403}}"#[..],
            br#"{"error":{"id":"security_csrf_violation","code":403}}"#,
            br#"{"error":{"code":403}}"#,
            b"not json",
        ] {
            assert_eq!(classify(403, body), FlowError::Unusable);
        }
        assert_eq!(
            classify(404, br#"{"error":{"code":404}}"#),
            FlowError::Unusable
        );
    }

    #[test]
    fn an_expired_flow_goes_to_its_successor_or_a_fresh_flow() {
        let body = br#"{"error":{"code":410,"details":{"redirect_to":"http://k/self-service/settings/browser?return_to=x"}}}"#;
        assert_eq!(
            classify(410, body),
            FlowError::RedirectBrowser("http://k/self-service/settings/browser?return_to=x".into())
        );
        assert_eq!(
            classify(410, br#"{"error":{"code":410}}"#),
            FlowError::Unusable
        );
    }

    #[test]
    fn already_signed_in_is_its_own_case() {
        let body = br#"{"error":{"id":"session_already_available","code":400}}"#;
        assert_eq!(classify(400, body), FlowError::AlreadySignedIn);
    }

    #[test]
    fn session_api_answers_map_to_what_the_browser_gets() {
        let aal2 = br#"{"error":{"id":"session_aal2_required","code":403},"redirect_browser_to":"http://k/self-service/login/browser?aal=aal2"}"#;
        for (status, body, expected) in [
            (401, &b""[..], SessionsError::NoSession),
            (
                401,
                br#"{"error":{"id":"session_inactive"}}"#,
                SessionsError::NoSession,
            ),
            (
                403,
                br#"{"error":{"id":"session_refresh_required","code":403}}"#,
                SessionsError::Reauthenticate(None),
            ),
            (
                403,
                aal2,
                SessionsError::Reauthenticate(Some(
                    "http://k/self-service/login/browser?aal=aal2".into(),
                )),
            ),
            (403, b"<html>", SessionsError::Reauthenticate(None)),
            (404, br#"{"error":{"code":404}}"#, SessionsError::NotFound),
            (400, br#"{"error":{"code":400}}"#, SessionsError::Refused),
            (
                500,
                b"{}",
                SessionsError::Upstream(UpstreamError::Status(500)),
            ),
            (
                502,
                aal2,
                SessionsError::Upstream(UpstreamError::Status(502)),
            ),
            (
                302,
                b"",
                SessionsError::Upstream(UpstreamError::Status(302)),
            ),
            (
                409,
                b"",
                SessionsError::Upstream(UpstreamError::Status(409)),
            ),
        ] {
            assert_eq!(classify_sessions(status, body), expected, "{status}");
        }
    }

    #[test]
    fn server_errors_and_other_client_errors_are_upstream_failures() {
        assert_eq!(
            classify(500, b"{}"),
            FlowError::Upstream(UpstreamError::Status(500))
        );
        assert_eq!(
            classify(400, br#"{"error":{"code":400}}"#),
            FlowError::Upstream(UpstreamError::Status(400))
        );
        assert_eq!(
            classify(302, b""),
            FlowError::Upstream(UpstreamError::Status(302))
        );
        // A redirect in a 5xx body is not trusted: the server is broken.
        assert_eq!(
            classify(502, br#"{"redirect_browser_to":"http://k/x"}"#),
            FlowError::Upstream(UpstreamError::Status(502))
        );
    }
}
