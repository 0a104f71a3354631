//! `POST /settings/recovery-codes`: the recovery codes on show, as a text file or a print view.
//! A CSRF-checked POST, so the codes never travel in a URL; neither answer may be cached.

use actix_web::http::header::{
    CACHE_CONTROL, CONTENT_DISPOSITION, ContentDisposition, ContentType, DispositionParam,
    DispositionType,
};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;
use uuid::Uuid;

use super::http::{cookie_header, html_page, see_other};
use crate::csrf::{Checked, CsrfForm};
use crate::error::AppError;
use crate::kratos::{FlowError, FlowKind, UpstreamError};
use crate::security::RequestContext;
use crate::state::AppState;
use crate::ui::identity_label;
use crate::ui::recovery_codes::{
    CodesOnShow, CodesPrintView, codes_file, codes_on_show, file_name,
};
use crate::urls::Page;
use crate::views::{Layout, RecoveryCodesPage};

/// How the person wants the codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Wanted {
    #[default]
    File,
    Print,
}

#[derive(Deserialize)]
pub struct CodesRequest {
    #[serde(default)]
    kau_csrf: String,
    #[serde(default)]
    flow: String,
    #[serde(default)]
    view: Wanted,
}

impl CsrfForm for CodesRequest {
    fn csrf_token(&self) -> &str {
        &self.kau_csrf
    }
}

/// What the browser gets for Kratos' answer to the settings flow fetch.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// The flow shows codes Kratos accepts: hand them over.
    Codes(Vec<String>),
    /// Nothing to hand over (not shown, not yet confirmed, another flow, an expired one): the
    /// settings page, which offers what can be done.
    BackToSettings,
    SignInFirst,
    ErrorPage(UpstreamError),
}

pub fn next_step(fetched: Result<CodesOnShow, FlowError>) -> Step {
    match fetched {
        Ok(CodesOnShow::Active(codes)) if !codes.is_empty() => Step::Codes(codes),
        Ok(CodesOnShow::Active(_) | CodesOnShow::Hidden | CodesOnShow::Unconfirmed) => {
            Step::BackToSettings
        }
        Err(FlowError::NoSession) => Step::SignInFirst,
        Err(FlowError::Unusable | FlowError::RedirectBrowser(_) | FlowError::AlreadySignedIn) => {
            Step::BackToSettings
        }
        Err(FlowError::Upstream(err)) => Step::ErrorPage(err),
    }
}

pub async fn download(
    req: HttpRequest,
    state: web::Data<AppState>,
    context: RequestContext,
    Checked(form): Checked<CodesRequest>,
) -> Result<HttpResponse, AppError> {
    let settings = Page::Flow(FlowKind::Settings);
    // Not a flow id: Kratos need not be asked.
    let Ok(flow_id) = Uuid::parse_str(&form.flow) else {
        return Ok(see_other(state.urls.page(settings)));
    };
    let back = state
        .urls
        .page_with(settings, &[("flow", &flow_id.to_string())]);
    let l = state.localizer(&context);
    let fetched = state
        .kratos
        .fetch_flow(FlowKind::Settings, flow_id, cookie_header(&req).as_deref())
        .await;
    let account = fetched
        .as_ref()
        .ok()
        .and_then(|flow| flow.identity.as_ref())
        .map(identity_label)
        .unwrap_or_default();
    let codes = match next_step(fetched.map(|flow| codes_on_show(&flow, &l))) {
        Step::Codes(codes) => codes,
        Step::BackToSettings => return Ok(see_other(back)),
        Step::SignInFirst => return Ok(see_other(state.urls.login_then(FlowKind::Settings, &[]))),
        Step::ErrorPage(err) => return Err(AppError::Upstream(err)),
    };
    let product = state
        .brand
        .product_name
        .clone()
        .unwrap_or_else(|| l.t("product-name").into_owned());
    let today = time::OffsetDateTime::now_utc().date();
    match form.view {
        Wanted::File => Ok(HttpResponse::Ok()
            .content_type(ContentType::plaintext())
            .insert_header((
                CONTENT_DISPOSITION,
                ContentDisposition {
                    disposition: DispositionType::Attachment,
                    parameters: vec![DispositionParam::Filename(file_name(today))],
                },
            ))
            .insert_header((CACHE_CONTROL, "no-store"))
            .body(codes_file(&product, &account, today, &codes, &l))),
        Wanted::Print => {
            let title = l.t("title-recovery-codes").into_owned();
            let page = RecoveryCodesPage {
                codes: CodesPrintView::new(&product, &account, today, codes, back, &l),
                layout: Layout::new(&state.urls, &state.assets, &state.brand, l, title, &context),
            };
            Ok(html_page(page.render()?))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_codes_kratos_accepts_are_handed_over() {
        let codes = || vec!["abcd1234".to_owned()];
        for (fetched, expected) in [
            (Ok(CodesOnShow::Active(codes())), Step::Codes(codes())),
            (Ok(CodesOnShow::Active(Vec::new())), Step::BackToSettings),
            (Ok(CodesOnShow::Unconfirmed), Step::BackToSettings),
            (Ok(CodesOnShow::Hidden), Step::BackToSettings),
            (Err(FlowError::NoSession), Step::SignInFirst),
            (Err(FlowError::Unusable), Step::BackToSettings),
            (
                Err(FlowError::RedirectBrowser("https://evil.example".into())),
                Step::BackToSettings,
            ),
            (
                Err(FlowError::Upstream(UpstreamError::Timeout)),
                Step::ErrorPage(UpstreamError::Timeout),
            ),
        ] {
            let what = format!("{fetched:?}");
            assert_eq!(next_step(fetched), expected, "{what}");
        }
    }
}
