//! Askama templates: each template file is bound to exactly one struct here. Pages extend
//! `base.html`; flow pages share the partials in `templates/partials/`.

pub mod escape;

use askama::Template;
use fluent_bundle::FluentArgs;

use crate::assets::Assets;
use crate::brand::Brand;
use crate::i18n::Localizer;
use crate::kratos::FlowKind;
use crate::security::RequestContext;
use crate::ui::FlowView;
use crate::ui::errors::{ErrorView, Onward};
pub use crate::ui::links::FlowLinks;
// Templates `match` on these enums; the compiler makes them handle every variant.
use crate::ui::account::StateTone;
use crate::ui::messages::Tone;
use crate::ui::nodes::{ButtonRole, NodeView, TextContent};
use crate::ui::recovery_codes::{CodesForm, CodesOffer, CodesPrintView};
use crate::ui::sessions::{Footnote, SessionsView};
use crate::urls::{Page, Urls};

/// What the base layout needs on every page.
pub struct Layout {
    /// The page's own title; `document_title` adds the product name for `<title>`.
    pub title: String,
    pub document_title: String,
    /// The reader's language: templates ask it for every word (`layout.l.t("id")`).
    pub l: Localizer,
    pub nonce: String,
    /// The language menu submits here, with `here` to come back to.
    pub language_url: String,
    pub here: String,
    pub css_url: String,
    pub js_url: String,
    pub home_url: String,
    /// The operator's name for the product (or the catalogue's word), logo, icon, theme.
    pub product_name: String,
    pub brand: Brand,
}

impl Layout {
    pub fn new(
        urls: &Urls,
        assets: &Assets,
        brand: &Brand,
        l: Localizer,
        title: String,
        context: &RequestContext,
    ) -> Self {
        let mut args = FluentArgs::with_capacity(2);
        args.set("page", title.as_str());
        let product_name = brand
            .product_name
            .clone()
            .unwrap_or_else(|| l.t("product-name").into_owned());
        args.set("product", product_name.as_str());
        let document_title = l.t_args("page-title", &args);
        Self {
            title,
            document_title,
            l,
            nonce: context.nonce.clone(),
            language_url: urls.page(Page::Language),
            here: context.here.clone(),
            css_url: urls.asset("app.css", assets.version("app.css")),
            js_url: urls.asset("app.js", assets.version("app.js")),
            home_url: urls.page(Page::Home),
            product_name,
            brand: brand.clone(),
        }
    }
}

/// The parts every flow page is made of; each page template wraps them.
pub struct FlowPage {
    pub layout: Layout,
    pub flow: FlowView,
    pub links: FlowLinks,
    /// Settings only: "Where you're signed in".
    pub sessions: Option<SessionsView>,
    /// Settings only: the form that hands out the recovery codes on show.
    pub codes_form: Option<CodesForm>,
}

/// What a settings page shows beyond its flow.
#[derive(Default)]
pub struct SettingsExtras {
    pub sessions: Option<SessionsView>,
    pub codes_form: Option<CodesForm>,
}

/// A page that renders one flow kind; the generic route and pipeline serve it.
pub trait FlowTemplate: Template + From<FlowPage> {
    const KIND: FlowKind;
}

/// Declares a flow page: a struct bound to its template, built from [`FlowPage`].
macro_rules! flow_page {
    ($name:ident, $kind:expr, $path:literal) => {
        #[derive(Template)]
        #[template(path = $path)]
        pub struct $name {
            pub layout: Layout,
            pub flow: FlowView,
            pub links: FlowLinks,
            pub sessions: Option<SessionsView>,
            pub codes_form: Option<CodesForm>,
        }

        impl From<FlowPage> for $name {
            fn from(page: FlowPage) -> Self {
                Self {
                    layout: page.layout,
                    flow: page.flow,
                    links: page.links,
                    sessions: page.sessions,
                    codes_form: page.codes_form,
                }
            }
        }

        impl FlowTemplate for $name {
            const KIND: FlowKind = $kind;
        }
    };
}

// Adding a flow kind: a `FlowKind` variant, a template, and one line here.
flow_page!(SettingsPage, FlowKind::Settings, "pages/settings.html");
flow_page!(LoginPage, FlowKind::Login, "pages/login.html");
flow_page!(
    RegistrationPage,
    FlowKind::Registration,
    "pages/registration.html"
);
flow_page!(RecoveryPage, FlowKind::Recovery, "pages/recovery.html");
flow_page!(
    VerificationPage,
    FlowKind::Verification,
    "pages/verification.html"
);

/// `POST /settings/recovery-codes` with `view=print`: the codes alone, to print.
#[derive(Template)]
#[template(path = "pages/recovery_codes.html")]
pub struct RecoveryCodesPage {
    pub layout: Layout,
    pub codes: CodesPrintView,
}

/// `/logout`: confirm with a form that posts to our `/logout` (our CSRF token, the
/// `return_to` it was opened with).
#[derive(Template)]
#[template(path = "pages/logout.html")]
pub struct LogoutPage {
    pub layout: Layout,
    pub action: String,
    pub csrf_token: String,
    pub return_to: Option<String>,
    pub cancel_url: String,
}

/// The one error page: our own failures and `/error` (a Kratos self-service error or an OAuth2
/// error redirect), in the same frame with a reference to quote.
#[derive(Template)]
#[template(path = "pages/error.html")]
pub struct ErrorPage {
    pub layout: Layout,
    pub error: ErrorView,
}
