//! The one "show a flow" pipeline: no flow id -> start one at Kratos; fetch it with the
//! browser's cookies; render it; soft errors -> redirects; hard errors -> the error page.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use uuid::Uuid;

use super::http::{PageQuery, cookie_header, html_page_holding, page_buffer, see_other};
use crate::csrf;
use crate::error::AppError;
use crate::i18n::Localizer;
use crate::kratos::budget::Budgeted;
use crate::kratos::models::{Flow, FlowState, Session as KratosSession};
use crate::kratos::{FlowError, FlowKind, SessionPage, SessionsError, UpstreamError};
use crate::security::{ExternalFormTargets, RequestContext};
use crate::session::take_once;
use crate::state::AppState;
use crate::ui::affordances::state_password_rule;
use crate::ui::links::{flow_links, place_continue_link, place_recovery_link};
use crate::ui::recovery_codes::CodesForm;
use crate::ui::sessions::{
    self, ANCHOR, Notice, PAGE_PARAM, PAGE_SIZE, SessionForms, SessionsInput, SessionsView,
};
use crate::ui::transitions::{self, Arrival, PageFacts};
use crate::ui::{FlowMode, flow_view};
use crate::urls::{Page, Urls, safe_link};
use crate::views::{FlowPage, FlowTemplate, Layout, SettingsExtras};

/// What the browser gets for Kratos' answer to a flow fetch: the README's table, as code.
#[derive(Debug, PartialEq, Eq)]
pub enum Step<T> {
    /// Kratos sent the flow: render it.
    Render(T),
    /// 303 to Kratos' browser init of the same kind, keeping the page's init parameters.
    FreshFlow,
    /// 303 to Kratos' login, coming back to a fresh flow of this kind.
    SignInFirst,
    /// 303 to where Kratos said, checked to be on the Kratos browser origin.
    Follow(String),
    /// The error page (504 for a timeout, else 502); the upstream body is never shown.
    ErrorPage(UpstreamError),
}

pub fn next_step<T>(kind: FlowKind, fetched: Result<T, FlowError>, urls: &Urls) -> Step<T> {
    match fetched {
        Ok(flow) => Step::Render(flow),
        Err(FlowError::NoSession) if kind.requires_session() => Step::SignInFirst,
        // For a signed-in browser Kratos' own init sends it on to `return_to` (checked against
        // its allow-list) or its default, so no redirect target is ours to trust.
        Err(FlowError::NoSession | FlowError::Unusable | FlowError::AlreadySignedIn) => {
            Step::FreshFlow
        }
        Err(FlowError::RedirectBrowser(target)) => match urls.trusted_redirect(&target) {
            Some(target) => Step::Follow(target),
            None => {
                tracing::warn!("ignoring a redirect outside the Kratos browser origin");
                Step::FreshFlow
            }
        },
        Err(FlowError::Upstream(err)) => Step::ErrorPage(err),
    }
}

/// The cookie session's key for a `return_to` that Kratos' sign-in would lose.
const PENDING_RETURN_TO: &str = "pending_return_to";

/// A `return_to` worth keeping across sign-in: an absolute http(s) URL of sane length. Kratos
/// checks it against its allow-list again when it gets it back.
pub fn keepable_return_to(target: &str) -> Option<String> {
    (target.len() <= 2048).then(|| safe_link(target)).flatten()
}

/// Where a flow that requires a session goes instead of rendering: Kratos' init again with
/// the `return_to` it dropped on the way through sign-in. `None`: render (and forget the
/// pending value, whether it arrived or not, so that nothing can loop).
pub fn restore_return_to(flow_return_to: Option<&str>, pending: Option<String>) -> Option<String> {
    let arrived = flow_return_to.is_some_and(|r| !r.is_empty());
    pending.filter(|_| !arrived)
}

/// The handler of every flow page (`/settings`, `/login`, ...).
pub async fn show<P: FlowTemplate>(
    req: HttpRequest,
    state: web::Data<AppState>,
    context: RequestContext,
    session: Session,
) -> Result<HttpResponse, AppError> {
    show_flow::<P>(&req, &state, &context, &session).await
}

async fn show_flow<P: FlowTemplate>(
    req: &HttpRequest,
    state: &AppState,
    context: &RequestContext,
    session: &Session,
) -> Result<HttpResponse, AppError> {
    let kind = P::KIND;
    let query = PageQuery::parse(req.query_string());
    let init_params = query.init_params(kind);
    let fresh_flow = || see_other(state.urls.browser_init(kind, &init_params));

    let Some(raw_id) = query.get("flow") else {
        // Kratos drops `return_to` when its init sends a signed-out browser to sign in first:
        // keep it, and bring it back once the person arrives signed in (below).
        if kind.requires_session()
            && let Some(target) = query.get("return_to").and_then(keepable_return_to)
            && let Err(err) = session.insert(PENDING_RETURN_TO, target)
        {
            tracing::warn!(error = %err, "could not keep the pending return_to");
        }
        return Ok(fresh_flow());
    };
    // A malformed id is "not found": no need to ask Kratos.
    let Ok(flow_id) = Uuid::parse_str(raw_id) else {
        return Ok(fresh_flow());
    };

    let cookie = cookie_header(req);
    let cookie = cookie.as_deref();
    let fetch = state.kratos.fetch_flow(kind, flow_id, cookie);
    // Settings also lists where the user is signed in, asked for while the flow is fetched.
    let sessions_page = sessions::page_token(query.get(PAGE_PARAM));
    let (flow, session_answers) = match kind {
        FlowKind::Settings => {
            let (flow, current, others) = tokio::join!(
                fetch,
                state.kratos.whoami(cookie),
                state
                    .kratos
                    .list_my_sessions(cookie, PAGE_SIZE, sessions_page)
            );
            (flow, Some(SessionAnswers { current, others }))
        }
        _ => (fetch.await, None),
    };

    let flow = match next_step(kind, flow, &state.urls) {
        Step::Render(flow) => flow,
        Step::FreshFlow => return Ok(fresh_flow()),
        Step::SignInFirst => return Ok(see_other(state.urls.login_then(kind, &init_params))),
        Step::Follow(target) => return Ok(see_other(target)),
        Step::ErrorPage(err) => return Err(AppError::Upstream(err)),
    };

    if kind.requires_session() {
        let pending = take_once::<String>(session, PENDING_RETURN_TO);
        if let Some(target) = restore_return_to(flow.return_to.as_deref(), pending) {
            return Ok(see_other(
                state.urls.browser_init(kind, &[("return_to", &target)]),
            ));
        }
    }

    // Kratos answered a flow that requires a session, so there is one. Re-authentication and
    // step-up: show who is signed in, and a way out unless Kratos says there is no session.
    // A finished verification asks too: a signed-in person goes on to the account.
    // Settings reads what the account has from the session it fetched alongside the flow.
    let mut signed_in = kind.requires_session();
    let mut asked = None;
    if FlowMode::of(kind, &flow).is_signed_in() || transitions::asks_who_is_signed_in(kind, &flow) {
        match state.kratos.whoami(cookie).await {
            Ok(session) => {
                asked = Some(session);
                signed_in = true;
            }
            Err(FlowError::NoSession) => {}
            Err(_) => signed_in = true,
        }
    }
    let session_now: Option<&KratosSession> = asked.as_deref().or_else(|| {
        session_answers
            .as_ref()
            .and_then(|answers| answers.current.as_deref().ok())
    });
    // The "Sign out" form posts to our /logout, which asks Kratos for its logout token only
    // when pressed; the form carries our CSRF token.
    let sign_out_token = if signed_in {
        Some(csrf::token(session)?)
    } else {
        None
    };

    // Set by our "Sign out" form; said once, on the first plain sign-in page after it.
    let arrival = if kind == FlowKind::Login && !signed_in {
        match take_once::<bool>(session, crate::session::SIGNED_OUT) {
            Some(true) => Arrival::SignedOut,
            _ => Arrival::Direct,
        }
    } else {
        Arrival::Direct
    };

    let l = state.localizer(context);
    let extras = match &session_answers {
        Some(answers) => SettingsExtras {
            sessions: Some(sessions_section(
                &state.urls,
                session,
                &flow.id,
                sessions_page,
                answers,
                &l,
            )?),
            codes_form: Some(CodesForm {
                action: state.urls.page(Page::RecoveryCodes),
                csrf_field: csrf::FIELD,
                csrf_token: csrf::token(session)?,
                flow_id: flow.id.clone(),
            }),
        },
        None => SettingsExtras::default(),
    };
    let rendered = render_flow::<P>(
        &flow,
        PageFacts {
            session: session_now,
            sign_out_token: sign_out_token.as_deref(),
            arrival,
            min_password_length: state.min_password_length,
        },
        extras,
        &state.urls,
        &l,
        |title| {
            Layout::new(
                &state.urls,
                &state.assets,
                &state.brand,
                l.clone(),
                title,
                context,
            )
        },
    )?;
    let (_, permit) = flow.into_parts();
    let mut response = html_page_holding(rendered.html, permit);
    if rendered.external_forms {
        response.extensions_mut().insert(ExternalFormTargets);
    }
    Ok(response)
}

/// What Kratos answered about the sessions while the settings flow was fetched.
struct SessionAnswers {
    current: Result<Budgeted<KratosSession>, FlowError>,
    others: Result<Budgeted<SessionPage>, SessionsError>,
}

/// The settings page's "Where you're signed in"; a failed listing degrades to a sentence in
/// the section, never the whole page.
fn sessions_section(
    urls: &Urls,
    session: &Session,
    flow_id: &str,
    page: Option<&str>,
    answers: &SessionAnswers,
    l: &Localizer,
) -> Result<SessionsView, AppError> {
    let others = match answers.others.as_deref() {
        Ok(page) => Some(page),
        Err(err) => {
            tracing::warn!(error = ?err, "cannot list the other sessions");
            None
        }
    };
    let settings = Page::Flow(FlowKind::Settings);
    let at_section =
        |params: &[(&str, &str)]| format!("{}#{ANCHOR}", urls.page_with(settings, params));
    let more_url = others
        .and_then(sessions::next_page)
        .map(|token| at_section(&[("flow", flow_id), (PAGE_PARAM, token)]));
    let first_page_url = page.map(|_| at_section(&[("flow", flow_id)]));
    let notice = take_once::<Notice>(session, Notice::SESSION_KEY);
    Ok(sessions::sessions_view(
        SessionsInput {
            current: answers.current.as_deref().ok(),
            others: others.map(|page| page.sessions.as_slice()),
            notice,
            more_url,
            first_page_url,
            forms: SessionForms {
                end_action: urls.page(Page::EndSession),
                end_others_action: urls.page(Page::EndOtherSessions),
                csrf_field: csrf::FIELD,
                csrf_token: csrf::token(session)?,
                flow_id: flow_id.to_owned(),
            },
            now: time::OffsetDateTime::now_utc(),
        },
        l,
    ))
}

/// A flow page's HTML, and whether its forms may go on to an external identity provider.
pub struct RenderedFlow {
    pub html: String,
    pub external_forms: bool,
}

/// Everything after the upstream calls, without I/O: a fetched flow (plus the page's facts and
/// the settings page's sessions) -> the page. The fuzz target drives exactly this function.
pub fn render_flow<P: FlowTemplate>(
    flow: &Flow,
    facts: PageFacts<'_>,
    extras: SettingsExtras,
    urls: &Urls,
    l: &Localizer,
    layout: impl FnOnce(String) -> Layout,
) -> Result<RenderedFlow, AppError> {
    let kind = P::KIND;
    let mut policy = urls.policy_for(Page::Flow(kind));
    if flow.state == Some(FlowState::PassedChallenge) && flow.ui.method.eq_ignore_ascii_case("get")
    {
        policy = policy.continuing_to(&flow.ui.action);
    }
    let mut view = flow_view(kind, flow, facts.session, l, &policy)
        .map_err(|err| AppError::Upstream(UpstreamError::InvalidBody(err.to_string())))?;
    let external_forms = view.offers_external_login;
    let mut links = flow_links(kind, &view, flow, urls, facts.sign_out_token);
    place_recovery_link(&mut view, &mut links, l.t("forgot-password").into_owned());
    place_continue_link(&mut view, &links, flow);
    view.signed_out = transitions::says_signed_out(kind, view.mode, facts.arrival);
    state_password_rule(&mut view.sections, || {
        l.t1("password-rule", "count", facts.min_password_length)
    });
    let page = P::from(FlowPage {
        layout: layout(view.title.clone()),
        flow: view,
        links,
        sessions: extras.sessions,
        codes_form: extras.codes_form,
    });
    let mut html = page_buffer();
    page.render_into(&mut html)?;
    Ok(RenderedFlow {
        html,
        external_forms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lost_return_to_is_restored_once() {
        let pending = || Some("https://app.example.com/after".to_owned());
        // Kratos dropped it: start again with it.
        assert_eq!(
            restore_return_to(None, pending()).as_deref(),
            Some("https://app.example.com/after")
        );
        assert_eq!(
            restore_return_to(Some(""), pending()).as_deref(),
            Some("https://app.example.com/after")
        );
        // It arrived, or nothing was pending: render.
        assert_eq!(
            restore_return_to(Some("https://app.example.com/x"), pending()),
            None
        );
        assert_eq!(restore_return_to(None, None), None);
    }

    #[test]
    fn only_absolute_http_return_tos_are_kept() {
        assert!(keepable_return_to("https://app.example.com/after").is_some());
        assert_eq!(keepable_return_to("javascript:alert(1)"), None);
        assert_eq!(keepable_return_to("/relative"), None);
        let long = format!("https://app.example.com/{}", "a".repeat(3000));
        assert_eq!(keepable_return_to(&long), None);
    }
    use crate::config::Settings;
    use crate::kratos::error::classify;

    /// A Kratos answer as the client sees it: a body with a status, or no usable answer.
    enum Answer {
        Flow,
        Http(u16, &'static str),
        Failed(UpstreamError),
    }

    /// What the browser gets, as the README's right-hand column says it.
    #[derive(Debug, PartialEq, Eq)]
    enum Gets {
        Page,
        FreshFlow,
        SignInFirst,
        Redirect(&'static str),
        ErrorPage(u16),
    }

    const KRATOS: &str = "https://auth.example.com";

    type Case = (FlowKind, Answer, Gets);

    /// The README's rows in its order, each with the answers that stand for it.
    const TABLE: &[(&str, &[Case])] = &[
        (
            "200 flow",
            &[
                (FlowKind::Settings, Answer::Flow, Gets::Page),
                (FlowKind::Login, Answer::Flow, Gets::Page),
            ],
        ),
        (
            "401 (settings; with or without `session_inactive`)",
            &[
                (
                    FlowKind::Settings,
                    Answer::Http(401, r#"{"error":{"id":"session_inactive","code":401}}"#),
                    Gets::SignInFirst,
                ),
                (FlowKind::Settings, Answer::Http(401, ""), Gets::SignInFirst),
            ],
        ),
        (
            "401 (other flows)",
            &[(
                FlowKind::Verification,
                Answer::Http(401, r#"{"error":{"code":401}}"#),
                Gets::FreshFlow,
            )],
        ),
        (
            "403 `security_identity_mismatch` / `security_csrf_violation` / other 403, 404",
            &[
                (
                    FlowKind::Settings,
                    Answer::Http(403, r#"{"error":{"id":"security_identity_mismatch"}}"#),
                    Gets::FreshFlow,
                ),
                (
                    FlowKind::Login,
                    Answer::Http(403, r#"{"error":{"id":"security_csrf_violation"}}"#),
                    Gets::FreshFlow,
                ),
                (
                    FlowKind::Recovery,
                    Answer::Http(403, "not json"),
                    Gets::FreshFlow,
                ),
                (
                    FlowKind::Registration,
                    Answer::Http(404, "{}"),
                    Gets::FreshFlow,
                ),
            ],
        ),
        (
            "any 4xx carrying `redirect_browser_to` (e.g. 403 `session_aal2_required`)",
            &[
                (
                    FlowKind::Settings,
                    Answer::Http(
                        403,
                        r#"{"error":{"id":"session_aal2_required"},"redirect_browser_to":"https://auth.example.com/self-service/login/browser?aal=aal2"}"#,
                    ),
                    Gets::Redirect("https://auth.example.com/self-service/login/browser?aal=aal2"),
                ),
                // Off the Kratos browser origin: an open redirect, so a fresh flow instead.
                (
                    FlowKind::Settings,
                    Answer::Http(422, r#"{"redirect_browser_to":"https://evil.example/x"}"#),
                    Gets::FreshFlow,
                ),
            ],
        ),
        (
            "410 expired",
            &[
                (
                    FlowKind::Settings,
                    Answer::Http(
                        410,
                        r#"{"error":{"details":{"redirect_to":"https://auth.example.com/next"}}}"#,
                    ),
                    Gets::Redirect("https://auth.example.com/next"),
                ),
                (FlowKind::Recovery, Answer::Http(410, "{}"), Gets::FreshFlow),
            ],
        ),
        (
            "400 `session_already_available`",
            &[(
                FlowKind::Login,
                Answer::Http(400, r#"{"error":{"id":"session_already_available"}}"#),
                Gets::FreshFlow,
            )],
        ),
        (
            "5xx, other 4xx, a redirect, invalid JSON, wrong shape, body over 2 MiB, refused, reset",
            &[
                (
                    FlowKind::Settings,
                    Answer::Http(500, "{}"),
                    Gets::ErrorPage(502),
                ),
                (
                    FlowKind::Settings,
                    Answer::Http(400, "{}"),
                    Gets::ErrorPage(502),
                ),
                (FlowKind::Login, Answer::Http(303, ""), Gets::ErrorPage(502)),
                (
                    FlowKind::Settings,
                    Answer::Failed(UpstreamError::InvalidBody(String::new())),
                    Gets::ErrorPage(502),
                ),
                (
                    FlowKind::Settings,
                    Answer::Failed(UpstreamError::TooLarge),
                    Gets::ErrorPage(502),
                ),
                (
                    FlowKind::Settings,
                    Answer::Failed(UpstreamError::Unreachable(String::new())),
                    Gets::ErrorPage(502),
                ),
            ],
        ),
        (
            "no answer within `KRATOS_TIMEOUT`",
            &[(
                FlowKind::Settings,
                Answer::Failed(UpstreamError::Timeout),
                Gets::ErrorPage(504),
            )],
        ),
    ];

    fn urls() -> Urls {
        let mut settings = Settings::development();
        settings.kratos.browser_url = url::Url::parse(KRATOS).unwrap();
        Urls::new(&settings)
    }

    fn gets(step: Step<()>) -> Gets {
        match step {
            Step::Render(()) => Gets::Page,
            Step::FreshFlow => Gets::FreshFlow,
            Step::SignInFirst => Gets::SignInFirst,
            Step::Follow(target) => Gets::Redirect(target.leak()),
            Step::ErrorPage(err) => Gets::ErrorPage(AppError::Upstream(err).status().as_u16()),
        }
    }

    #[test]
    fn each_kratos_answer_gets_the_browser_what_the_readme_table_says() {
        let urls = urls();
        for (row, kind, answer, expected) in TABLE
            .iter()
            .flat_map(|(row, cases)| cases.iter().map(move |(k, a, e)| (row, k, a, e)))
        {
            let fetched = match answer {
                Answer::Flow => Ok(()),
                Answer::Http(status, body) => Err(classify(*status, body.as_bytes())),
                Answer::Failed(err) => Err(FlowError::Upstream(err.clone())),
            };
            assert_eq!(
                &gets(next_step(*kind, fetched, &urls)),
                expected,
                "{row} ({kind:?})"
            );
        }
    }

    #[test]
    fn the_table_above_has_the_readme_rows_in_order() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
            .expect("the README");
        let section = readme
            .split("### What Kratos answers, and what the browser gets")
            .nth(1)
            .expect("the README's table section");
        let readme_rows: Vec<&str> = section
            .lines()
            .skip_while(|line| !line.starts_with("| Kratos answers"))
            .skip(2)
            .take_while(|line| line.starts_with('|'))
            .map(|line| {
                line.trim_start_matches('|')
                    .split(" | ")
                    .next()
                    .unwrap()
                    .trim()
            })
            .collect();
        let code_rows: Vec<&str> = TABLE.iter().map(|(row, _)| *row).collect();
        assert_eq!(code_rows, readme_rows);
    }
}
