//! `GET /settings`: the account settings page.

use actix_web::{HttpRequest, HttpResponse, get, web};

use super::flow::show_flow;
use crate::error::AppError;
use crate::kratos::FlowKind;
use crate::security::RequestContext;
use crate::startup::AppState;
use crate::views::SettingsPage;

#[get("/settings")]
pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    context: RequestContext,
) -> Result<HttpResponse, AppError> {
    show_flow::<SettingsPage>(FlowKind::Settings, &req, &state, &context).await
}
