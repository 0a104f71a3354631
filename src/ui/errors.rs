//! What the error page says for a Kratos self-service error or an OAuth2 error redirect:
//! a human explanation and the status, never a debug dump.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorView {
    pub status: u16,
    pub title: &'static str,
    pub explanation: String,
    /// Kratos' error id (e.g. `security_csrf_violation`), shown small for support.
    pub code: Option<String>,
}

/// From the body of `GET /self-service/errors?id=`.
pub fn kratos_error(body: &Value) -> ErrorView {
    let error = body.get("error").unwrap_or(&Value::Null);
    let id = error.get("id").and_then(Value::as_str).map(str::to_owned);
    let status = error
        .get("code")
        .and_then(Value::as_u64)
        .and_then(|code| u16::try_from(code).ok())
        .filter(|code| (400..=599).contains(code))
        .unwrap_or(500);
    let (title, explanation) = match id.as_deref() {
        Some("security_csrf_violation") => (
            "Please try again",
            "We could not confirm that this request came from you. This happens when a form stays open \
             too long or your browser blocks cookies. Start again and it should work.",
        ),
        Some("security_identity_mismatch") => (
            "Wrong account",
            "This request belongs to a different account than the one you are signed in with.",
        ),
        Some("session_already_available") => ("Already signed in", "You are already signed in."),
        Some("session_inactive") | Some("session_refresh_required") => (
            "Please sign in",
            "Your session has ended or is too old for this action. Sign in again to continue.",
        ),
        Some("session_aal2_required") => (
            "Second factor required",
            "This action needs your second factor. Sign in with it to continue.",
        ),
        Some("self_service_flow_return_to_forbidden") => (
            "Redirect not allowed",
            "The address you were to be sent back to is not on the list of allowed addresses.",
        ),
        Some("self_service_flow_expired") => (
            "Form expired",
            "The form you used has expired. Please start again.",
        ),
        Some("browser_location_change_required") => (
            "Continue in your browser",
            "Please continue where you were sent.",
        ),
        _ => match status {
            400..=499 => (
                "That did not work",
                "The request could not be completed. Please start again.",
            ),
            _ => (
                "Something went wrong",
                "The account service ran into a problem. Please try again in a moment.",
            ),
        },
    };
    ErrorView {
        status,
        title,
        explanation: explanation.to_owned(),
        code: id,
    }
}

/// From an OAuth2/OIDC error redirect: `?error=access_denied&error_description=...`.
pub fn oauth2_error(error: &str, description: Option<&str>) -> ErrorView {
    let explanation = match (error, description) {
        (_, Some(description)) if !description.trim().is_empty() => description.trim().to_owned(),
        ("access_denied", _) => "The sign-in was cancelled or denied.".to_owned(),
        _ => "The sign-in could not be completed.".to_owned(),
    };
    ErrorView {
        status: 400,
        title: "Sign-in not completed",
        explanation,
        code: Some(error.chars().take(64).collect()),
    }
}

/// The id was unknown to Kratos (or no id was given).
pub fn unknown_error() -> ErrorView {
    ErrorView {
        status: 404,
        title: "Error not found",
        explanation:
            "We could not find details of this error. It may have expired. Please start again."
                .to_owned(),
        code: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_kratos_error_keeps_its_status_and_gets_words() {
        let view = kratos_error(
            &json!({"id": "e", "error": {"id": "security_csrf_violation", "code": 403,
            "reason": "internal reason", "debug": "stack trace", "details": {"hint": "x"}}}),
        );
        assert_eq!(view.status, 403);
        assert_eq!(view.title, "Please try again");
        assert_eq!(view.code.as_deref(), Some("security_csrf_violation"));
        assert!(!view.explanation.contains("stack trace"));
    }

    #[test]
    fn odd_codes_become_500() {
        assert_eq!(kratos_error(&json!({"error": {"code": 200}})).status, 500);
        assert_eq!(kratos_error(&json!({"error": {"code": 99999}})).status, 500);
        assert_eq!(kratos_error(&json!({})).status, 500);
        assert_eq!(
            kratos_error(&json!({"error": {"code": 410}})).title,
            "That did not work"
        );
    }

    #[test]
    fn oauth2_errors_show_the_description() {
        let view = oauth2_error("access_denied", Some("The user said no"));
        assert_eq!(
            (view.status, view.explanation.as_str()),
            (400, "The user said no")
        );
        assert_eq!(
            oauth2_error("access_denied", None).explanation,
            "The sign-in was cancelled or denied."
        );
    }
}
