//! `GET /language?lang=<tag>&return_to=<our path>`: the language menu's target. It keeps the
//! choice in the cookie session and goes back to the page, so the menu needs no JavaScript.
//!
//! A GET that stores something: only a display preference, so a forged link can do no more
//! than switch the page's language (as the browser's own Accept-Language would).

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};

use super::http::{PageQuery, see_other};
use crate::i18n::SESSION_LOCALE;
use crate::state::AppState;
use crate::urls::Page;

pub async fn choose(
    req: HttpRequest,
    state: web::Data<AppState>,
    session: Session,
) -> HttpResponse {
    let query = PageQuery::parse(req.query_string());
    let chosen = query
        .get("lang")
        .and_then(|tag| state.catalogue.find(tag))
        .map(|index| state.catalogue.locales()[index].tag.as_str());
    if let Some(tag) = chosen
        && let Err(err) = session.insert(SESSION_LOCALE, tag)
    {
        tracing::warn!(error = %err, "could not keep the language choice");
    }
    let back = query
        .get("return_to")
        .and_then(|target| state.urls.local_return(target))
        .unwrap_or_else(|| state.urls.page(Page::Home));
    see_other(back)
}
