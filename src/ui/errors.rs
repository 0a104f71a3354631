//! What the one error page says, for our own failures (404, 502, 504, ...), a Kratos
//! self-service error or an OAuth2 error redirect: a human explanation, the status and a
//! reference for support, never a debug dump.

use crate::i18n::Localizer;
use crate::kratos::models::GenericError;

/// The most of Kratos' own words the page shows; a longer reason is cut at a word.
const MAX_REASON_CHARS: usize = 300;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorView {
    pub status: u16,
    pub title: String,
    pub explanation: String,
    /// Kratos' error id (e.g. `security_csrf_violation`), shown small for support.
    pub code: Option<String>,
    /// Kratos' own reason under our headline when the explanation is in our words: it is often
    /// the actionable part (what to do about a CSRF violation).
    pub reason: Option<String>,
    /// What support asks for; set by the page that knows it ([`ErrorView::quoting`]).
    pub reference: Option<Reference>,
    pub onward: Onward,
}

/// The reference a person quotes: Kratos' error id (Kratos keeps the error under it) or our
/// request id (in our log, and sent on to Kratos with every call).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    KratosError(String),
    Request(String),
}

/// The page's one button: both go home, worded for what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Onward {
    /// Our own failure: back to where the person was going.
    BackToAccount,
    /// A flow failed: begin it again.
    StartAgain,
}

impl Reference {
    pub fn id(&self) -> &str {
        match self {
            Reference::KratosError(id) | Reference::Request(id) => id,
        }
    }
}

impl ErrorView {
    pub fn quoting(mut self, reference: Reference) -> Self {
        self.reference = Some(reference);
        self
    }
}

/// Kratos' error id when Kratos knew the error; otherwise (an OAuth2 error, an unknown or
/// malformed id, our own failure) the id of this request.
pub fn reference(
    kratos_error_id: Option<&str>,
    kratos_knew_it: bool,
    request_id: &str,
) -> Reference {
    match kratos_error_id {
        Some(id) if kratos_knew_it => Reference::KratosError(id.to_owned()),
        _ => Reference::Request(request_id.to_owned()),
    }
}

/// A failure of ours (or of reaching Kratos) by its HTTP status: short, human, never the
/// upstream body.
pub fn own_error(status: u16, l: &Localizer) -> ErrorView {
    let (title, explanation) = match status {
        404 => ("error-not-found", "error-not-found-about"),
        403 => ("error-refused", "error-refused-about"),
        429 => ("error-too-many-attempts", "error-too-many-attempts-about"),
        400..=499 => ("error-bad-request", "error-bad-request-about"),
        502 => ("error-upstream", "error-upstream-about"),
        503 => ("error-busy", "error-busy-about"),
        504 => ("error-timeout", "error-timeout-about"),
        _ => ("error-internal", "error-internal-about"),
    };
    ErrorView {
        status,
        title: l.t(title).into_owned(),
        explanation: l.t(explanation).into_owned(),
        code: None,
        reason: None,
        reference: None,
        onward: Onward::BackToAccount,
    }
}

/// From the error of `GET /self-service/errors?id=`. Errors we know get our words; another
/// client error gets Kratos' reason (or message); a server error never shows Kratos' words.
pub fn kratos_error(error: &GenericError, l: &Localizer) -> ErrorView {
    let id = error.id.clone();
    let status = error
        .code
        .filter(|code| (400..=599).contains(code))
        .unwrap_or(500);
    let (title, explanation) = match id.as_deref() {
        Some("security_csrf_violation") => ("flow-error-csrf", "flow-error-csrf-about"),
        Some("security_identity_mismatch") => (
            "flow-error-identity-mismatch",
            "flow-error-identity-mismatch-about",
        ),
        Some("session_already_available") => (
            "flow-error-already-signed-in",
            "flow-error-already-signed-in-about",
        ),
        Some("session_inactive") | Some("session_refresh_required") => {
            ("flow-error-session-ended", "flow-error-session-ended-about")
        }
        Some("session_aal2_required") => ("flow-error-aal2", "flow-error-aal2-about"),
        Some("self_service_flow_return_to_forbidden") => {
            ("flow-error-return-to", "flow-error-return-to-about")
        }
        Some("self_service_flow_expired") => ("flow-error-expired", "flow-error-expired-about"),
        Some("browser_location_change_required") => (
            "flow-error-browser-location",
            "flow-error-browser-location-about",
        ),
        _ => match status {
            400..=499 => {
                // Kratos' reason is English and only its own: shown as it came.
                let explanation = kratos_words(error)
                    .map(str::to_owned)
                    .unwrap_or_else(|| l.t("flow-error-client-about").into_owned());
                return ErrorView {
                    status,
                    title: l.t("flow-error-client").into_owned(),
                    explanation,
                    code: id,
                    // Already the explanation.
                    reason: None,
                    reference: None,
                    onward: Onward::StartAgain,
                };
            }
            _ => ("flow-error-server", "flow-error-server-about"),
        },
    };
    // Our words for an error we know, and Kratos' beside them; never a server error's words.
    let reason = kratos_words(error)
        .filter(|_| (400..=499).contains(&status))
        .map(str::to_owned);
    ErrorView {
        status,
        title: l.t(title).into_owned(),
        explanation: l.t(explanation).into_owned(),
        code: id,
        reason,
        reference: None,
        onward: Onward::StartAgain,
    }
}

fn kratos_words(error: &GenericError) -> Option<&str> {
    [&error.reason, &error.message]
        .into_iter()
        .flatten()
        .map(|words| words.trim())
        .find(|words| !words.is_empty())
        .map(|words| match words.char_indices().nth(MAX_REASON_CHARS) {
            Some((cut, _)) => words[..cut]
                .rsplit_once(' ')
                .map_or(&words[..cut], |(head, _)| head),
            None => words,
        })
}

/// From an OAuth2/OIDC error redirect: `?error=access_denied&error_description=...`.
pub fn oauth2_error(error: &str, description: Option<&str>, l: &Localizer) -> ErrorView {
    // The provider's own description is shown as it came: it is the only detail there is.
    let explanation = match (error, description) {
        (_, Some(description)) if !description.trim().is_empty() => description.trim().to_owned(),
        ("access_denied", _) => l.t("flow-error-oauth2-denied").into_owned(),
        _ => l.t("flow-error-oauth2-failed").into_owned(),
    };
    ErrorView {
        status: 400,
        title: l.t("flow-error-oauth2").into_owned(),
        explanation,
        code: Some(error.chars().take(64).collect()),
        reason: None,
        reference: None,
        onward: Onward::StartAgain,
    }
}

/// The id was unknown to Kratos (or no id was given).
pub fn unknown_error(l: &Localizer) -> ErrorView {
    ErrorView {
        status: 404,
        title: l.t("flow-error-unknown").into_owned(),
        explanation: l.t("flow-error-unknown-about").into_owned(),
        code: None,
        reason: None,
        reference: None,
        onward: Onward::StartAgain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kratos::models::ErrorEnvelope;
    use serde_json::{Value, json};

    /// Through the same deserialisation the client uses.
    fn view_of(body: Value) -> ErrorView {
        let envelope: ErrorEnvelope = serde_json::from_value(body).expect("lenient envelope");
        kratos_error(&envelope.error, &Localizer::english())
    }

    #[test]
    fn a_kratos_error_keeps_its_status_and_gets_words() {
        let view = view_of(
            json!({"id": "e", "error": {"id": "security_csrf_violation", "code": 403,
            "reason": "internal reason", "debug": "stack trace", "details": {"hint": "x"}}}),
        );
        assert_eq!(view.status, 403);
        assert_eq!(view.title, "Please try again");
        assert_eq!(view.code.as_deref(), Some("security_csrf_violation"));
        assert!(!view.explanation.contains("stack trace"));
        assert!(
            !view.explanation.contains("internal reason"),
            "our words for known ids"
        );
        assert_eq!(
            view.reason.as_deref(),
            Some("internal reason"),
            "and Kratos' beside them"
        );
    }

    #[test]
    fn odd_codes_become_500() {
        assert_eq!(view_of(json!({"error": {"code": 200}})).status, 500);
        assert_eq!(view_of(json!({"error": {"code": 99999}})).status, 500);
        assert_eq!(view_of(json!({})).status, 500);
        assert_eq!(
            view_of(json!({"error": {"code": 410}})).title,
            "That did not work"
        );
    }

    #[test]
    fn fields_of_the_wrong_type_are_dropped_not_the_error() {
        let view = view_of(json!({"error": {"id": "session_inactive", "code": "401"}}));
        assert_eq!((view.status, view.title.as_str()), (500, "Please sign in"));
        assert_eq!(view_of(json!({"error": "broken"})).status, 500);
    }

    #[test]
    fn another_client_error_is_explained_in_kratos_words() {
        let view = view_of(json!({"error": {"id": "new_kratos_error", "code": 400,
            "reason": "  The thing was wrong.  ", "message": "bad request"}}));
        assert_eq!(view.explanation, "The thing was wrong.");
        assert_eq!(view.reason, None, "said once");
        let view = view_of(json!({"error": {"code": 422, "message": "unprocessable"}}));
        assert_eq!(view.explanation, "unprocessable");
        let long = "word ".repeat(100);
        let view = view_of(json!({"error": {"code": 400, "reason": long}}));
        assert!(view.explanation.len() <= MAX_REASON_CHARS);
        assert!(view.explanation.ends_with("word"));
    }

    #[test]
    fn a_server_error_never_shows_kratos_words() {
        let view = view_of(json!({"error": {"code": 500, "reason": "database at 10.0.0.3 down"}}));
        assert_eq!(view.title, "Something went wrong");
        assert!(!view.explanation.contains("10.0.0.3"));
        assert_eq!(view.reason, None);
    }

    #[test]
    fn the_reference_is_kratos_error_id_when_kratos_knew_it_else_the_request_id() {
        let table = [
            (Some("e-1"), true, Reference::KratosError("e-1".to_owned())),
            (Some("e-1"), false, Reference::Request("r-1".to_owned())),
            (None, false, Reference::Request("r-1".to_owned())),
            (None, true, Reference::Request("r-1".to_owned())),
        ];
        for (id, knew, expected) in table {
            assert_eq!(reference(id, knew, "r-1"), expected, "{id:?} {knew}");
        }
    }

    #[test]
    fn our_own_failures_are_explained_by_status() {
        let l = Localizer::english();
        let table = [
            (404, "Page not found"),
            (403, "Request refused"),
            (429, "Too many attempts"),
            (400, "That did not work"),
            (502, "Sign-in service unavailable"),
            (503, "Too busy right now"),
            (504, "Sign-in service too slow"),
            (500, "Something went wrong"),
        ];
        for (status, title) in table {
            let view = own_error(status, &l);
            assert_eq!((view.status, view.title.as_str()), (status, title));
            assert_eq!(view.onward, Onward::BackToAccount);
        }
    }

    #[test]
    fn oauth2_errors_show_the_description() {
        let view = oauth2_error(
            "access_denied",
            Some("The user said no"),
            &Localizer::english(),
        );
        assert_eq!(
            (view.status, view.explanation.as_str()),
            (400, "The user said no")
        );
        assert_eq!(
            oauth2_error("access_denied", None, &Localizer::english()).explanation,
            "The sign-in was cancelled or denied."
        );
    }
}
