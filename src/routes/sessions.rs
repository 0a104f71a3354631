//! `POST /settings/sessions/end` and `/end-others`: the forms of the settings page's "Where
//! you're signed in". CSRF-checked, then Kratos is asked with the browser's cookie; 303 back.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use uuid::Uuid;

use super::http::{cookie_header, see_other};
use crate::csrf::{Checked, CsrfForm};
use crate::error::AppError;
use crate::kratos::{FlowKind, SessionsError, UpstreamError};
use crate::state::AppState;
use crate::ui::sessions::{ANCHOR, Notice};
use crate::urls::{Page, Urls};

#[derive(Deserialize)]
pub struct EndSessionForm {
    #[serde(default)]
    kau_csrf: String,
    #[serde(default)]
    flow: String,
    #[serde(default)]
    session: String,
}

impl CsrfForm for EndSessionForm {
    fn csrf_token(&self) -> &str {
        &self.kau_csrf
    }
}

#[derive(Deserialize)]
pub struct EndOtherSessionsForm {
    #[serde(default)]
    kau_csrf: String,
    #[serde(default)]
    flow: String,
}

impl CsrfForm for EndOtherSessionsForm {
    fn csrf_token(&self) -> &str {
        &self.kau_csrf
    }
}

pub async fn end(
    req: HttpRequest,
    state: web::Data<AppState>,
    session: Session,
    Checked(form): Checked<EndSessionForm>,
) -> Result<HttpResponse, AppError> {
    // A malformed id names no session of anyone's: Kratos need not be asked.
    let result = match Uuid::parse_str(&form.session) {
        Ok(id) => state
            .kratos
            .disable_my_session(id, cookie_header(&req).as_deref())
            .await
            .map(|()| Notice::SessionEnded),
        Err(_) => Err(SessionsError::NotFound),
    };
    respond(next_step(result), &state.urls, &session, &form.flow)
}

pub async fn end_others(
    req: HttpRequest,
    state: web::Data<AppState>,
    session: Session,
    Checked(form): Checked<EndOtherSessionsForm>,
) -> Result<HttpResponse, AppError> {
    let result = state
        .kratos
        .disable_my_other_sessions(cookie_header(&req).as_deref())
        .await
        .map(Notice::OtherSessionsEnded);
    respond(next_step(result), &state.urls, &session, &form.flow)
}

/// Where the browser goes after Kratos answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Back to the section, with a notice.
    Back(Notice),
    /// No session: sign in, then a fresh settings flow.
    SignIn,
    /// Kratos wants proof again first (privileged session too old): sign in again, then back.
    Reauthenticate,
    /// Kratos names where to go (e.g. a second factor); followed only onto its own origin.
    Follow(String),
    ErrorPage(UpstreamError),
}

/// "Kratos answered X -> the browser gets Y" for the session forms.
pub fn next_step(result: Result<Notice, SessionsError>) -> Next {
    match result {
        Ok(notice) => Next::Back(notice),
        Err(SessionsError::NotFound) => Next::Back(Notice::SessionAlreadyGone),
        Err(SessionsError::Refused) => Next::Back(Notice::NotEnded),
        Err(SessionsError::NoSession) => Next::SignIn,
        Err(SessionsError::Reauthenticate(Some(target))) => Next::Follow(target),
        Err(SessionsError::Reauthenticate(None)) => Next::Reauthenticate,
        Err(SessionsError::Upstream(err)) => Next::ErrorPage(err),
    }
}

/// The settings page the form was on (its flow, when the value is a flow id), at the section.
pub fn back_to_section(urls: &Urls, flow: &str) -> String {
    let settings = Page::Flow(FlowKind::Settings);
    let page = match Uuid::parse_str(flow) {
        Ok(id) => urls.page_with(settings, &[("flow", &id.to_string())]),
        Err(_) => urls.page(settings),
    };
    format!("{page}#{ANCHOR}")
}

fn respond(
    next: Next,
    urls: &Urls,
    session: &Session,
    flow: &str,
) -> Result<HttpResponse, AppError> {
    Ok(match next {
        Next::Back(notice) => {
            // Losing the notice loses a sentence, not the redirect.
            if let Err(err) = session.insert(Notice::SESSION_KEY, notice) {
                tracing::warn!(error = %err, "cannot keep the notice in the cookie session");
            }
            see_other(back_to_section(urls, flow))
        }
        Next::SignIn => see_other(urls.login_then(FlowKind::Settings, &[])),
        Next::Reauthenticate => see_other(urls.reauthenticate_then_settings()),
        Next::Follow(target) => match urls.trusted_redirect(&target) {
            Some(target) => see_other(target),
            None => {
                tracing::warn!("ignoring a redirect outside the Kratos browser origin");
                see_other(urls.reauthenticate_then_settings())
            }
        },
        Next::ErrorPage(err) => return Err(AppError::Upstream(err)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;

    #[test]
    fn kratos_answers_map_to_the_browsers_next_step() {
        for (result, expected) in [
            (Ok(Notice::SessionEnded), Next::Back(Notice::SessionEnded)),
            (
                Ok(Notice::OtherSessionsEnded(2)),
                Next::Back(Notice::OtherSessionsEnded(2)),
            ),
            (
                Err(SessionsError::NotFound),
                Next::Back(Notice::SessionAlreadyGone),
            ),
            (Err(SessionsError::Refused), Next::Back(Notice::NotEnded)),
            (Err(SessionsError::NoSession), Next::SignIn),
            (
                Err(SessionsError::Reauthenticate(None)),
                Next::Reauthenticate,
            ),
            (
                Err(SessionsError::Reauthenticate(Some("http://k/x".into()))),
                Next::Follow("http://k/x".into()),
            ),
            (
                Err(SessionsError::Upstream(UpstreamError::Timeout)),
                Next::ErrorPage(UpstreamError::Timeout),
            ),
            (
                Err(SessionsError::Upstream(UpstreamError::Status(500))),
                Next::ErrorPage(UpstreamError::Status(500)),
            ),
        ] {
            assert_eq!(next_step(result.clone()), expected, "{result:?}");
        }
    }

    #[test]
    fn back_goes_to_the_same_flow_only_when_it_is_a_flow_id() {
        let mut settings = Settings::development();
        settings.ui.base_path = "/account".into();
        let urls = Urls::new(&settings);
        let id = "dd36eeab-831f-4ca2-9c46-da280819c641";
        assert_eq!(
            back_to_section(&urls, id),
            format!("/account/settings?flow={id}#sessions")
        );
        for bad in [
            "",
            "x",
            "https://evil.example",
            "../logout",
            "//evil.example",
        ] {
            assert_eq!(back_to_section(&urls, bad), "/account/settings#sessions");
        }
    }
}
