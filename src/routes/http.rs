//! HTTP plumbing every route shares: the page query, rendered pages, the browser's cookies
//! and redirects. Kept apart from the pages so that no route imports another route.

use actix_web::http::header::{CACHE_CONTROL, COOKIE, ContentType, LOCATION};
use actix_web::{FromRequest, Handler, HttpRequest, HttpResponse, Resource, Responder, web};
use url::form_urlencoded;

use crate::kratos::FlowKind;

/// The page's query: the flow id plus whatever Kratos' browser init should see again.
pub struct PageQuery {
    pairs: Vec<(String, String)>,
}

impl PageQuery {
    pub fn parse(query: &str) -> Self {
        Self {
            pairs: form_urlencoded::parse(query.as_bytes())
                .into_owned()
                .collect(),
        }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The parameters of `kind`'s browser init that this request carries.
    pub fn init_params(&self, kind: FlowKind) -> Vec<(&str, &str)> {
        kind.init_params()
            .iter()
            .filter_map(|key| self.get(key).map(|value| (*key, value)))
            .collect()
    }
}

/// Every page and probe answers GET and HEAD (monitors and load balancers send HEAD; actix
/// sends the answer without its body). Any other method gets actix's 405 with `Allow`, which
/// lists exactly the methods registered here.
pub fn get_and_head<F, Args>(path: &str, handler: F) -> Resource
where
    F: Handler<Args>,
    Args: FromRequest + 'static,
    F::Output: Responder + 'static,
{
    web::resource(path)
        .route(web::get().to(handler.clone()))
        .route(web::head().to(handler))
}

/// A rendered page: HTML, never cached (pages show secrets and CSRF tokens).
pub fn html_page(html: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::html())
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(html)
}

/// The browser's cookies, verbatim (HTTP/2 may split them over several headers).
pub fn cookie_header(req: &HttpRequest) -> Option<Vec<u8>> {
    let mut values = req.headers().get_all(COOKIE);
    let first = values.next()?;
    let mut joined = first.as_bytes().to_vec();
    for value in values {
        joined.extend_from_slice(b"; ");
        joined.extend_from_slice(value.as_bytes());
    }
    Some(joined)
}

pub fn see_other(location: String) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, location))
        .finish()
}
