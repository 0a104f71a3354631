//! A themed build: templates under `theme/` replace the built-in ones of the same path. The
//! example theme is rendered here through the same lookup order a themed build uses.

use askama::Template;

use kratos_account_ui::i18n::Localizer;
use kratos_account_ui::views::{Layout, LogoutPage};

#[derive(Template)]
#[template(path = "pages/logout.html", config = "themes/example/askama.toml")]
struct ExampleThemeLogoutPage {
    layout: Layout,
    action: String,
    csrf_token: String,
    return_to: Option<String>,
    cancel_url: String,
}

fn layout() -> Layout {
    let l = Localizer::builtin("de");
    Layout {
        title: l.t("title-logout").into_owned(),
        document_title: l.t("title-logout").into_owned(),
        nonce: "n".to_owned(),
        language_url: "/language".to_owned(),
        here: "/logout".to_owned(),
        css_url: "/static/app.css".to_owned(),
        js_url: "/static/app.js".to_owned(),
        home_url: "/".to_owned(),
        product_name: "Example Cloud".to_owned(),
        brand: Default::default(),
        l,
    }
}

#[test]
fn the_example_theme_replaces_only_the_templates_it_has() {
    let themed = ExampleThemeLogoutPage {
        layout: layout(),
        action: "/logout".to_owned(),
        csrf_token: "t".to_owned(),
        return_to: None,
        cancel_url: "/".to_owned(),
    }
    .render()
    .unwrap();
    assert!(themed.contains(r#"data-theme="example""#), "{themed}");
    assert!(themed.contains("example-brand__name"));
    // Everything else is the built-in page, in the reader's language.
    assert!(themed.contains(r#"data-testid="logout-confirm""#));
    assert!(themed.contains("Abmelden?"));

    let stock = LogoutPage {
        layout: layout(),
        action: "/logout".to_owned(),
        csrf_token: "t".to_owned(),
        return_to: None,
        cancel_url: "/".to_owned(),
    }
    .render()
    .unwrap();
    assert!(!stock.contains("data-theme"));
    assert!(stock.contains("site-header__brand"));
}
