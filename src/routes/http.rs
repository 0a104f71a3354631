//! HTTP plumbing every route shares: the page query, rendered pages, the browser's cookies
//! and redirects. Kept apart from the pages so that no route imports another route.

use std::cell::RefCell;
use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use actix_web::body::{BodySize, MessageBody};
use actix_web::http::header::{CACHE_CONTROL, COOKIE, ContentType, LOCATION};
use actix_web::web::Bytes;
use actix_web::{
    FromRequest, Handler, HttpRequest, HttpResponse, HttpResponseBuilder, Resource, Responder, web,
};
use url::form_urlencoded;

use crate::kratos::FlowKind;
use crate::kratos::budget::BodyPermit;

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
    html_response().body(html)
}

fn html_response() -> HttpResponseBuilder {
    let mut response = HttpResponse::Ok();
    response
        .content_type(ContentType::html())
        .insert_header((CACHE_CONTROL, "no-store"));
    response
}

/// A page made of a Kratos flow, holding the flow's share of the memory budget until the
/// connection has taken the page's last slice: a large page waiting for its reader counts
/// against the budget like the flow it came from.
pub fn html_page_holding(html: String, permit: BodyPermit) -> HttpResponse {
    html_response().body(HeldPage::new(html, permit))
}

/// The page buffers a worker thread keeps for its next pages, and the largest it keeps. A
/// page's buffer freed after each response cost the allocator work every time (glibc
/// consolidated its free lists), and the next page grew a new buffer by doubling.
const KEPT_PAGE_BUFFERS: usize = 4;
const KEPT_PAGE_BUFFER_BYTES: usize = 128 * 1024;

/// What a new page buffer holds: a settings page with all its methods is about 24 KB.
const NEW_PAGE_BUFFER_BYTES: usize = 32 * 1024;

thread_local! {
    static PAGE_BUFFERS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// An empty buffer for a page's HTML: one a finished page left on this thread, or a new one.
pub fn page_buffer() -> String {
    PAGE_BUFFERS
        .with_borrow_mut(Vec::pop)
        .unwrap_or_else(|| String::with_capacity(NEW_PAGE_BUFFER_BYTES))
}

/// A page's HTML that goes back to the buffers of the thread that drops it, once the
/// connection has taken its last slice.
struct KeptPage(String);

impl AsRef<[u8]> for KeptPage {
    fn as_ref(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl Drop for KeptPage {
    fn drop(&mut self) {
        let mut html = std::mem::take(&mut self.0);
        // Not one a large page left too large, nor one too small for the next page.
        if !(NEW_PAGE_BUFFER_BYTES..=KEPT_PAGE_BUFFER_BYTES).contains(&html.capacity()) {
            return;
        }
        html.clear();
        // `try_with`: a page dropped while its thread exits just frees its buffer.
        let _ = PAGE_BUFFERS.try_with(|kept| {
            let mut kept = kept.borrow_mut();
            if kept.len() < KEPT_PAGE_BUFFERS {
                kept.push(html);
            }
        });
    }
}

/// Handed to the connection in slices: actix copies each into its write buffer, and takes the
/// next only when that buffer has drained, so a large page is never copied whole.
const PAGE_SLICE_BYTES: usize = 64 * 1024;

struct HeldPage {
    page: Bytes,
    sent: usize,
    permit: Option<BodyPermit>,
}

impl HeldPage {
    fn new(mut html: String, permit: BodyPermit) -> Self {
        // A buffer too large to be kept would hold its spare capacity as long as the page; one
        // that will be kept holds at most a kept buffer's size, and is worth keeping whole.
        if html.capacity() > KEPT_PAGE_BUFFER_BYTES
            && html.capacity() - html.len() > PAGE_SLICE_BYTES
        {
            html.shrink_to_fit();
        }
        Self {
            page: Bytes::from_owner(KeptPage(html)),
            sent: 0,
            permit: Some(permit),
        }
    }
}

impl MessageBody for HeldPage {
    type Error = Infallible;

    fn size(&self) -> BodySize {
        BodySize::Sized(self.page.len() as u64)
    }

    fn poll_next(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, Infallible>>> {
        let this = self.get_mut();
        let end = (this.sent + PAGE_SLICE_BYTES).min(this.page.len());
        let slice = (end > this.sent).then(|| this.page.slice(this.sent..end));
        this.sent = end;
        if end == this.page.len() {
            this.permit = None;
        }
        Poll::Ready(slice.map(Ok))
    }
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

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::kratos::budget::{BodyBudget, Pool};

    #[tokio::test]
    async fn a_held_page_gives_its_share_back_with_its_last_slice() {
        let budget = BodyBudget::new(100, 10);
        let permit = budget
            .reserve(Pool::Flow, 60, Duration::from_millis(10))
            .await
            .unwrap();
        let mut page = HeldPage::new("x".repeat(2 * PAGE_SLICE_BYTES + 10), permit);
        let mut slices = Vec::new();
        while let Some(Ok(slice)) =
            std::future::poll_fn(|cx| Pin::new(&mut page).poll_next(cx)).await
        {
            slices.push((slice.len(), budget.available(Pool::Flow)));
        }
        assert_eq!(
            slices,
            [(PAGE_SLICE_BYTES, 40), (PAGE_SLICE_BYTES, 40), (10, 100)]
        );
    }

    async fn send_page(html: String) {
        let budget = BodyBudget::new(100, 10);
        let permit = budget
            .reserve(Pool::Flow, 1, Duration::from_millis(10))
            .await
            .unwrap();
        let mut page = HeldPage::new(html, permit);
        let mut slices = Vec::new();
        while let Some(Ok(slice)) =
            std::future::poll_fn(|cx| Pin::new(&mut page).poll_next(cx)).await
        {
            slices.push(slice);
        }
        drop(page);
        // The connection lets go of the slices after writing them.
        drop(slices);
    }

    #[tokio::test]
    async fn a_sent_pages_buffer_serves_the_next_page_on_its_thread() {
        // Told apart by capacity: a freed buffer's address may come back in a new one.
        let mut html = String::with_capacity(NEW_PAGE_BUFFER_BYTES + 7);
        html.push_str("<p>first page</p>");
        send_page(html).await;
        let next = page_buffer();
        assert!(next.is_empty());
        assert_eq!(next.capacity(), NEW_PAGE_BUFFER_BYTES + 7);
        // Nothing else is kept.
        assert_eq!(page_buffer().capacity(), NEW_PAGE_BUFFER_BYTES);

        // A small page in the largest buffer kept: kept whole, not shrunk to the page.
        let mut html = String::with_capacity(KEPT_PAGE_BUFFER_BYTES);
        html.push_str("<p>small page</p>");
        send_page(html).await;
        assert_eq!(page_buffer().capacity(), KEPT_PAGE_BUFFER_BYTES);
    }

    #[tokio::test]
    async fn a_thread_keeps_a_few_buffers_of_a_bounded_size() {
        send_page(String::with_capacity(KEPT_PAGE_BUFFER_BYTES + 1)).await;
        assert_eq!(page_buffer().capacity(), NEW_PAGE_BUFFER_BYTES);

        send_page(String::with_capacity(NEW_PAGE_BUFFER_BYTES - 1)).await;
        assert_eq!(page_buffer().capacity(), NEW_PAGE_BUFFER_BYTES);

        for extra in 1..=KEPT_PAGE_BUFFERS + 2 {
            send_page(String::with_capacity(NEW_PAGE_BUFFER_BYTES + extra)).await;
        }
        let next: Vec<String> = (0..KEPT_PAGE_BUFFERS + 2).map(|_| page_buffer()).collect();
        let kept = next
            .iter()
            .filter(|html| html.capacity() != NEW_PAGE_BUFFER_BYTES)
            .count();
        assert_eq!(kept, KEPT_PAGE_BUFFERS);
    }
}
