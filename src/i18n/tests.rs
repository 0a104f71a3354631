//! The catalogue's own checks: every file parses, English covers every Kratos message id,
//! every locale has every message with the same arguments and its plural categories, and no
//! English hides outside the catalogue.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use askama::Template;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use intl_pluralrules::{PluralRuleType, PluralRules};
use serde_json::json;

use super::*;
use crate::kratos::models::UiText;
use crate::views::{Layout, LogoutPage};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Message id -> the variables its value uses, and its select expressions
/// (selector variable, variant keys).
#[derive(Default)]
struct Messages {
    vars: BTreeMap<String, BTreeSet<String>>,
    selects: BTreeMap<String, Vec<(String, Vec<String>)>>,
}

fn messages_of(tag: &str) -> Messages {
    let (_, files) = BUILTIN.iter().find(|(t, _)| *t == tag).unwrap();
    let mut messages = Messages::default();
    for (name, text) in *files {
        let resource = FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("locales/{tag}/{name}: {errors:?}"));
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                let mut selects = Vec::new();
                if let Some(pattern) = &message.value {
                    walk_pattern(pattern, &mut vars, &mut selects);
                }
                let id = message.id.name.to_owned();
                assert!(
                    messages.vars.insert(id.clone(), vars).is_none(),
                    "locales/{tag}: {id} is defined twice"
                );
                messages.selects.insert(id, selects);
            }
        }
    }
    messages
}

fn walk_pattern(
    pattern: &ast::Pattern<&str>,
    vars: &mut BTreeSet<String>,
    selects: &mut Vec<(String, Vec<String>)>,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars, selects);
        }
    }
}

fn walk_expression(
    expression: &ast::Expression<&str>,
    vars: &mut BTreeSet<String>,
    selects: &mut Vec<(String, Vec<String>)>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, selects);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .filter(|v| !v.default)
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    })
                    .collect();
                selects.push((id.name.to_owned(), keys));
            }
            for variant in variants {
                walk_pattern(&variant.value, vars, selects);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, vars, selects),
    }
}

fn walk_inline(
    inline: &ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    selects: &mut Vec<(String, Vec<String>)>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, vars, selects)
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, vars, selects);
            }
        }
        _ => {}
    }
}

/// `id -> context keys` of every message Kratos v1.3.1 and v26.2.0 send.
fn kratos_ids() -> BTreeMap<u64, BTreeSet<String>> {
    let path = Path::new(ROOT).join("tests/fixtures/kratos/message-ids.txt");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (id, keys) = line.split_once(' ').unwrap_or((line, ""));
            let keys = keys
                .split(',')
                .filter(|k| !k.is_empty())
                .map(str::to_owned)
                .collect();
            (id.parse().unwrap(), keys)
        })
        .collect()
}

/// The arguments a Kratos message may use: its context keys, plus what we derive from them.
fn allowed_kratos_args(keys: &BTreeSet<String>) -> BTreeSet<String> {
    let mut allowed = keys.clone();
    if keys.iter().any(|k| k.ends_with("_unix")) {
        allowed.insert("minutes".to_owned());
    }
    allowed
}

#[test]
fn every_builtin_locale_loads_with_its_name_and_direction() {
    let catalogue = Catalogue::builtin().unwrap();
    assert_eq!(catalogue.locales().len(), BUILTIN.len());
    for locale in catalogue.locales() {
        assert_ne!(
            locale.name, locale.tag,
            "{} has no language-name",
            locale.tag
        );
        assert_eq!(locale.rtl, locale.tag == "ar", "{}", locale.tag);
    }
    assert_eq!(catalogue.locales()[0].tag, FALLBACK);
}

#[test]
fn english_covers_every_kratos_message_id_with_its_context_keys() {
    let english = messages_of(FALLBACK);
    for (id, keys) in kratos_ids() {
        let key = format!("kratos-{id}");
        let vars = english
            .vars
            .get(&key)
            .unwrap_or_else(|| panic!("locales/en/kratos.ftl lacks {key}"));
        let allowed = allowed_kratos_args(&keys);
        assert!(
            vars.is_subset(&allowed),
            "{key} uses {vars:?}, but Kratos only sends {keys:?}"
        );
    }
}

#[test]
fn every_locale_has_every_english_message_with_the_same_arguments() {
    let english = messages_of(FALLBACK);
    let kratos = kratos_ids();
    for (tag, _) in BUILTIN.iter().filter(|(tag, _)| *tag != FALLBACK) {
        let locale = messages_of(tag);
        for (id, english_vars) in &english.vars {
            let vars = locale
                .vars
                .get(id)
                .unwrap_or_else(|| panic!("locales/{tag} lacks {id}"));
            for var in english_vars {
                assert!(
                    vars.contains(var),
                    "locales/{tag}: {id} does not use ${var} (English does)"
                );
            }
            let allowed = id
                .strip_prefix("kratos-")
                .and_then(|n| kratos.get(&n.parse().ok()?))
                .map(allowed_kratos_args)
                .unwrap_or_else(|| english_vars.clone());
            assert!(
                vars.is_subset(&allowed),
                "locales/{tag}: {id} uses {vars:?}, more than {allowed:?}"
            );
        }
        for id in locale.vars.keys() {
            assert!(
                english.vars.contains_key(id),
                "locales/{tag} has {id}, which English lacks"
            );
        }
    }
}

/// The CLDR cardinal categories a locale uses for whole numbers (its rules found the way
/// fluent-bundle finds them: `pt-BR` uses `pt`, `zh-Hans` uses `zh`).
fn plural_categories(tag: &str) -> BTreeSet<String> {
    let requested: LanguageIdentifier = tag.parse().unwrap();
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let lang = fluent_langneg::negotiate_languages(
        &[requested],
        &known,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| (*l).clone())
    .unwrap_or_else(|| panic!("no CLDR plural rules for {tag}"));
    let rules = PluralRules::create(lang, PluralRuleType::CARDINAL).unwrap();
    (0..=1000)
        .map(|n| format!("{:?}", rules.select(n).unwrap()).to_lowercase())
        .collect()
}

#[test]
fn plural_variants_match_each_locales_cldr_categories() {
    for (tag, _) in BUILTIN {
        let categories = plural_categories(tag);
        for (id, selects) in &messages_of(tag).selects {
            for (_, keys) in selects {
                for key in keys {
                    assert!(
                        categories.contains(key) || key.parse::<f64>().is_ok(),
                        "locales/{tag}: {id} has a [{key}] variant, but {tag} has only {categories:?}"
                    );
                }
                for category in categories.iter().filter(|c| *c != "other") {
                    assert!(
                        keys.contains(category),
                        "locales/{tag}: {id} lacks the [{category}] variant"
                    );
                }
            }
        }
    }
}

fn kratos_text(id: u64, text: &str, context: serde_json::Value) -> UiText {
    serde_json::from_value(json!({"id": id, "text": text, "type": "error", "context": context}))
        .unwrap()
}

#[test]
fn unknown_ids_and_incomplete_contexts_show_kratos_own_text() {
    let l = Localizer::english();
    let unknown = kratos_text(9_999_999, "A message from a newer Kratos", json!({}));
    assert_eq!(l.kratos(&unknown), "A message from a newer Kratos");
    let no_context = kratos_text(1050002, "Link GitHub", serde_json::Value::Null);
    assert_eq!(l.kratos(&no_context), "Link GitHub");
    let with_context = kratos_text(1050002, "Link GitHub", json!({"provider": "GitHub"}));
    assert_eq!(l.kratos(&with_context), "Link GitHub");
    assert_eq!(l.t("no-such-message"), "no-such-message");
}

#[test]
fn plurals_and_numbers_follow_the_locale() {
    let l = Localizer::english();
    let short = |min: u32, actual: u32| {
        kratos_text(
            4000032,
            "x",
            json!({"min_length": min, "actual_length": actual}),
        )
    };
    assert_eq!(
        l.kratos(&short(1, 0)),
        "The password must be at least one character long, but it has 0."
    );
    assert_eq!(
        l.kratos(&short(1200, 5)),
        "The password must be at least 1,200 characters long, but it has 5."
    );
    let expired = kratos_text(4050001, "x", json!({"expired_at_unix": 0}));
    assert!(l.kratos(&expired).contains(" minutes ago"));

    let german = Localizer::builtin("de");
    assert_eq!(
        german.kratos(&short(1200, 5)),
        "Das Passwort muss mindestens 1.200 Zeichen lang sein, hat aber 5."
    );
    // Arabic has six plural forms and its own digits; 3 is "few", 11 is "many".
    let arabic = Localizer::builtin("ar");
    assert_eq!(arabic.dir(), "rtl");
    let items = |n: u32| arabic.kratos(&kratos_text(4000024, "x", json!({"min_items": n})));
    assert!(items(2).contains("عنصرين"), "{}", items(2));
    assert!(
        items(3).contains("٣") && items(3).contains("عناصر"),
        "{}",
        items(3)
    );
    assert!(
        items(11).contains("١١") && items(11).contains("عنصرًا"),
        "{}",
        items(11)
    );
    let polish = Localizer::builtin("pl");
    let items = |n: u32| polish.kratos(&kratos_text(4000024, "x", json!({"min_items": n})));
    assert_eq!(items(1), "Wybierz co najmniej 1 element.");
    assert_eq!(items(3), "Wybierz co najmniej 3 elementy.");
    assert_eq!(items(25), "Wybierz co najmniej 25 elementów.");
    // Portuguese and Chinese find their CLDR rules through their language (pt, zh).
    let portuguese = Localizer::builtin("pt-BR");
    let minutes = |n: i64| {
        let expired = super::now_unix() - n * 60 + 30;
        kratos_text(4050001, "x", json!({ "expired_at_unix": expired }))
    };
    assert!(portuguese.kratos(&minutes(1)).contains(" 1 minuto."));
    assert!(portuguese.kratos(&minutes(5)).contains(" 5 minutos."));
}

#[test]
fn operators_override_messages_and_add_locales_at_start_up() {
    let dir = temp_dir("overrides");
    write(&dir.join("en/brand.ftl"), "product-name = Example Cloud\n");
    write(
        &dir.join("sv/ui.ftl"),
        "language-name = Svenska\nsign-out = Logga ut\n",
    );
    let catalogue = Arc::new(Catalogue::load(Some(&dir)).unwrap());
    let english = Localizer::new(catalogue.clone(), catalogue.find("en").unwrap());
    assert_eq!(english.t("product-name"), "Example Cloud");
    assert_eq!(english.t("sign-out"), "Sign out");
    let swedish = Localizer::new(catalogue.clone(), catalogue.find("sv").unwrap());
    assert_eq!(swedish.t("sign-out"), "Logga ut");
    assert_eq!(swedish.t("cancel"), "Cancel", "English fills the gaps");
    assert_eq!(swedish.t("product-name"), "Example Cloud");
    assert!(catalogue.locales().iter().any(|l| l.name == "Svenska"));

    write(&dir.join("en/broken.ftl"), "this is { not fluent\n");
    let error = Catalogue::load(Some(&dir)).err().unwrap().to_string();
    assert!(error.contains("broken.ftl"), "{error}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn remembered_one_argument_messages_are_those_fluent_formats() {
    let overridden = Localizer::new(
        catalogue_with(
            "remembered",
            "en/times.ftl",
            "settings-time-minutes-ago = { $count } min. back\n",
        ),
        0,
    );
    let english = Localizer::english();
    let german = Localizer::builtin("de");
    // Twice each, so that the second reads what the first remembered; more values than the
    // thread keeps, so that it starts again on the way.
    for _ in 0..2 {
        for minutes in 0..(ONE_ARGUMENT_TEXTS as i64 + 10) {
            for l in [&english, &german, &overridden] {
                assert_eq!(
                    l.t1("settings-time-minutes-ago", "count", minutes),
                    l.t1_formatted("settings-time-minutes-ago", "count", minutes.into()),
                    "{} minutes in {}",
                    minutes,
                    l.lang()
                );
            }
        }
    }
    assert_eq!(english.relative_time(-120), "2 minutes ago");
    assert_eq!(overridden.relative_time(-120), "2 min. back");
    assert_ne!(german.relative_time(-120), english.relative_time(-120));
    let exact = |l: &Localizer, time: &str| l.t1("settings-sessions-exact-time", "time", time);
    assert_ne!(exact(&english, "10:00"), exact(&english, "11:00"));
    assert!(exact(&english, "11:00").contains("11:00"));
}

#[test]
fn a_hostile_translation_is_escaped() {
    let catalogue = catalogue_with(
        "hostile",
        "en/evil.ftl",
        "sign-out = <script>alert(1)</script>\nlogout-question = <img src=x onerror=alert(1)>\n",
    );
    let l = Localizer::new(catalogue, 0);
    let page = LogoutPage {
        layout: Layout {
            title: l.t("sign-out").into_owned(),
            document_title: l.t("sign-out").into_owned(),
            l,
            nonce: "n".to_owned(),
            language_url: "/language".to_owned(),
            here: "/logout".to_owned(),
            css_url: "/app.css".to_owned(),
            js_url: "/app.js".to_owned(),
            product_name: "Account".to_owned(),
            brand: Default::default(),
            home_url: "/".to_owned(),
        },
        action: "/logout".to_owned(),
        csrf_token: "t".to_owned(),
        return_to: None,
        cancel_url: "/".to_owned(),
    };
    let html = page.render().unwrap();
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    assert!(html.contains("&#60;script&#62;alert(1)") || html.contains("&lt;script&gt;alert(1)"));
}

/// The built-in catalogue with one operator's file (`file` under `MESSAGES_DIR`) over it.
fn catalogue_with(name: &str, file: &str, text: &str) -> Arc<Catalogue> {
    let dir = temp_dir(name);
    write(&dir.join(file), text);
    let catalogue = Catalogue::load(Some(&dir)).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    Arc::new(catalogue)
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "kau-catalogue-{name}-{}-{}",
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn files(dir: &str, ext: &str) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![Path::new(ROOT).join(dir)];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Template text with the askama tags and HTML markup taken out: what a person would read.
fn visible_template_text(source: &str) -> String {
    let mut text = String::new();
    let mut rest = source;
    while !rest.is_empty() {
        let next = ["{{", "{%", "{#", "<"]
            .iter()
            .filter_map(|open| rest.find(open).map(|at| (at, *open)))
            .min();
        let Some((at, open)) = next else {
            text.push_str(rest);
            break;
        };
        text.push_str(&rest[..at]);
        text.push(' ');
        let close = match open {
            "{{" => "}}",
            "{%" => "%}",
            "{#" => "#}",
            _ => ">",
        };
        let after = &rest[at + open.len()..];
        if open == "<" {
            // Attributes a person reads (aria-label, alt, title, placeholder) count as text.
            for attribute in ["aria-label=\"", "alt=\"", "title=\"", "placeholder=\""] {
                let tag_end = after.find('>').unwrap_or(after.len());
                if let Some(start) = after[..tag_end].find(attribute) {
                    let value = &after[start + attribute.len()..tag_end];
                    let value = &value[..value.find('"').unwrap_or(value.len())];
                    text.push_str(&visible_template_text(value));
                }
            }
        }
        rest = match after.find(close) {
            Some(end) => &after[end + close.len()..],
            None => "",
        };
    }
    text
}

#[test]
fn templates_hold_no_words_outside_the_catalogue() {
    for path in files("templates", "html") {
        // Its macros emit attributes and class names inside the tags of their callers, which
        // are scanned where they call them.
        if path.ends_with("partials/macros.html") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let visible = visible_template_text(&source);
        // A class name in a block (`page--narrow`) is not a word a person reads.
        let words: Vec<&str> = visible
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().any(char::is_alphabetic) && !w.contains("--"))
            .collect();
        assert!(
            words.is_empty(),
            "{} shows words outside the catalogue: {words:?}",
            path.display()
        );
    }
}

/// String literals in Rust source outside tests, comments and log lines.
fn rust_literals(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or(source);
    let mut literals = Vec::new();
    for line in code.lines() {
        let line = line.trim();
        if line.starts_with("//") || line.contains("tracing::") || line.starts_with("#[") {
            continue;
        }
        let mut parts = line.split('"');
        parts.next();
        while let (Some(literal), _) = (parts.next(), parts.next()) {
            literals.push(literal.to_owned());
        }
    }
    literals
}

/// "Sign out", "Your changes have been saved.": a capitalised word followed by words.
fn looks_like_english(literal: &str) -> bool {
    let mut words = literal.split(' ');
    let first = words.next().unwrap_or("");
    let capitalised = first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().skip(1).all(|c| c.is_lowercase() || c == '\'');
    capitalised
        && first.len() > 1
        && literal.contains(' ')
        && words.all(|w| {
            w.trim_end_matches(['.', '!', '?', ','])
                .chars()
                .all(char::is_alphabetic)
        })
}

#[test]
fn rust_code_holds_no_words_outside_the_catalogue() {
    let mut offenders = Vec::new();
    for path in files("src", "rs") {
        let relative = path.strip_prefix(ROOT).unwrap().display().to_string();
        // Operator-facing start-up errors (config, assets) are not for the page reader.
        // Start-up errors (config, assets) are for the operator, and `kratos/` errors for the
        // log; neither reaches a page.
        // Metric descriptions are for whoever reads /metrics, an operator too.
        if relative.contains("config")
            || relative.contains("src/kratos/")
            || relative.ends_with("src/metrics.rs")
            || relative.ends_with("i18n/tests.rs")
        {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        offenders.extend(
            rust_literals(&source)
                .into_iter()
                .filter(|l| looks_like_english(l))
                .map(|l| format!("{relative}: {l:?}")),
        );
    }
    assert!(
        offenders.is_empty(),
        "English outside the catalogue: {offenders:#?}"
    );
    assert!(looks_like_english("Your changes have been saved."));
    assert!(!looks_like_english("kratos-1050001"));
}

#[test]
fn every_message_the_code_asks_for_exists_in_english() {
    let english = messages_of(FALLBACK);
    let mut asked = BTreeSet::new();
    for path in files("templates", "html") {
        let source = std::fs::read_to_string(&path).unwrap();
        for call in ["t(\"", "t1(\""] {
            for part in source.split(call).skip(1) {
                asked.insert(part[..part.find('"').unwrap()].to_owned());
            }
        }
    }
    for path in files("src", "rs") {
        let source = std::fs::read_to_string(&path).unwrap();
        asked.extend(
            rust_literals(&source)
                .into_iter()
                .filter(|l| looks_like_message_id(l)),
        );
    }
    let missing: Vec<&String> = asked
        .iter()
        .filter(|id| !english.vars.contains_key(id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "asked for but not in locales/en: {missing:?}"
    );
    assert!(asked.contains("sign-out") && asked.contains("flow-error-csrf"));
}

/// `error-not-found`, `settings-profile-about`: the shape of our own message ids.
fn looks_like_message_id(literal: &str) -> bool {
    let prefixes = [
        "title-",
        "settings-",
        "method-",
        "error-",
        "flow-error-",
        "language-",
        "product-",
    ];
    prefixes.iter().any(|p| literal.starts_with(p))
        && literal
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn the_stylesheet_uses_logical_properties_so_rtl_layouts_mirror() {
    let css = std::fs::read_to_string(Path::new(ROOT).join("static/app.css")).unwrap();
    let physical: Vec<&str> = css
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            [
                "left",
                "right",
                "margin-left",
                "margin-right",
                "padding-left",
                "padding-right",
            ]
            .iter()
            .chain(&[
                "border-left",
                "border-right",
                "text-align: left",
                "text-align: right",
            ])
            .any(|p| line.contains(&format!("{p}:")) || line.contains(&format!(" {p}")))
        })
        .collect();
    assert!(
        physical.is_empty(),
        "physical left/right in app.css: {physical:?}"
    );
}
