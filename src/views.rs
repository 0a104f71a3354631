//! Askama templates: each template file is bound to exactly one struct here. Pages extend
//! `base.html`; flow pages share the partials in `templates/partials/`.

use askama::Template;

use crate::startup::AppState;
use crate::ui::FlowView;
// Templates match on these enums.
#[allow(unused_imports)]
use crate::ui::nodes::{NodeView, TextContent};
use crate::urls::Page;

/// What the base layout needs on every page.
pub struct Layout {
    pub title: &'static str,
    pub nonce: String,
    pub css_url: String,
    pub js_url: String,
    pub home_url: String,
}

impl Layout {
    pub fn new(state: &AppState, title: &'static str, nonce: &str) -> Self {
        Self {
            title,
            nonce: nonce.to_owned(),
            css_url: state.urls.asset("app.css", state.assets.version("app.css")),
            js_url: state.urls.asset("app.js", state.assets.version("app.js")),
            home_url: state.urls.page(Page::Home),
        }
    }
}

/// Links a flow page may show around its forms.
pub struct FlowLinks {
    pub logout_url: Option<String>,
    /// Kratos' verification init, for the "verify your address" hint.
    pub verification_url: String,
}

/// The parts every flow page is made of; each page template wraps them.
pub struct FlowPage {
    pub layout: Layout,
    pub flow: FlowView,
    pub links: FlowLinks,
}

/// Declares a flow page: a struct bound to its template, built from [`FlowPage`].
macro_rules! flow_page {
    ($name:ident, $path:literal) => {
        #[derive(Template)]
        #[template(path = $path)]
        pub struct $name {
            pub layout: Layout,
            pub flow: FlowView,
            pub links: FlowLinks,
        }

        impl From<FlowPage> for $name {
            fn from(page: FlowPage) -> Self {
                Self {
                    layout: page.layout,
                    flow: page.flow,
                    links: page.links,
                }
            }
        }
    };
}

flow_page!(SettingsPage, "pages/settings.html");

#[derive(Template)]
#[template(path = "pages/error.html")]
pub struct ErrorPage<'a> {
    pub layout: Layout,
    pub status: u16,
    pub heading: &'a str,
    pub message: &'a str,
    pub request_id: &'a str,
}
