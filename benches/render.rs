//! How long it takes to turn a settings flow into HTML (the work this UI adds per request).
//!
//! The flow is a real one recorded from Kratos (recovery codes revealed), grown to ~40 nodes
//! with the security keys, passkeys and providers a well-equipped account has; the same flow
//! with its nodes repeated 10 and 100 times shows that the cost grows linearly.

use askama::Template;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use serde_json::{Value, json};

use kratos_account_ui::i18n::Localizer;
use kratos_account_ui::kratos::FlowKind;
use kratos_account_ui::kratos::models::Flow;
use kratos_account_ui::ui::flow_view;
use kratos_account_ui::ui::links::{FlowLinks, SignOut};
use kratos_account_ui::urls::{Page, Urls};
use kratos_account_ui::views::{Layout, SettingsPage};

fn realistic_flow() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/kratos/settings-lookup-revealed.json"
    );
    let mut flow: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let nodes = flow["ui"]["nodes"].as_array_mut().unwrap();
    let submit = |group: &str, name: &str, value: &str, label: &str| {
        json!({"type": "input", "group": group, "messages": [], "meta": {"label": {"id": 1050018, "text": label, "type": "info"}},
               "attributes": {"node_type": "input", "name": name, "type": "submit", "value": value, "disabled": false}})
    };
    for i in 0..9 {
        nodes.push(submit(
            "webauthn",
            "webauthn_remove",
            &format!("{i:032x}"),
            &format!("Remove security key \"YubiKey {i}\""),
        ));
    }
    for i in 0..6 {
        nodes.push(submit(
            "passkey",
            "passkey_remove",
            &format!("{i:032x}"),
            &format!("Remove passkey \"Laptop {i}\""),
        ));
    }
    for provider in ["github", "google", "gitlab", "microsoft"] {
        nodes.push(submit(
            "oidc",
            "link",
            provider,
            &format!("Link {provider}"),
        ));
    }
    flow
}

/// The flow with every node repeated `times` times (same names and values: the worst case
/// for the page's unique HTML ids).
fn repeated(flow: &Value, times: usize) -> Value {
    let mut flow = flow.clone();
    let nodes = flow["ui"]["nodes"].as_array_mut().unwrap();
    let once = std::mem::take(nodes);
    for _ in 0..times {
        nodes.extend(once.iter().cloned());
    }
    flow
}

fn benches(c: &mut Criterion) {
    let realistic = realistic_flow();
    let raw = serde_json::to_vec(&realistic).unwrap();
    let flow: Flow = serde_json::from_slice(&raw).unwrap();
    assert!(flow.ui.nodes.len() >= 40, "{} nodes", flow.ui.nodes.len());

    let l = Localizer::english();
    let mut settings = kratos_account_ui::config::Settings::development();
    settings.kratos.browser_url = url::Url::parse("http://localhost:4433").unwrap();
    let urls = Urls::new(&settings);
    let policy = urls.policy_for(Page::Flow(FlowKind::Settings));
    let render_in = |flow: &Flow, l: &Localizer| {
        let view = flow_view(FlowKind::Settings, flow, None, l, &policy).unwrap();
        let page = SettingsPage {
            layout: Layout {
                document_title: view.title.clone(),
                title: view.title.clone(),
                l: l.clone(),
                nonce: "0123456789abcdef0123456789abcdef".to_owned(),
                language_url: "/language".to_owned(),
                here: "/settings?flow=0123".to_owned(),
                css_url: "/static/app.css?v=0123456789abcdef".to_owned(),
                js_url: "/static/app.js?v=0123456789abcdef".to_owned(),
                product_name: "Account".to_owned(),
                brand: Default::default(),
                home_url: "/".to_owned(),
            },
            flow: view,
            links: FlowLinks {
                sign_out: Some(SignOut {
                    url: "/logout".to_owned(),
                    csrf_token: "0".repeat(64),
                }),
                ..FlowLinks::default()
            },
            sessions: None,
            codes_form: None,
        };
        page.render().unwrap()
    };
    let render = |flow: &Flow| render_in(flow, &l);
    let html = render(&flow);
    assert!(html.contains("lookup_secret_codes"));
    let german = Localizer::builtin("de");
    let arabic = Localizer::builtin("ar");
    assert!(render_in(&flow, &german).contains("Kontoeinstellungen"));

    c.bench_function("parse settings flow JSON (40+ nodes)", |b| {
        b.iter(|| serde_json::from_slice::<Flow>(std::hint::black_box(&raw)).unwrap())
    });
    c.bench_function("flow to view model", |b| {
        b.iter(|| {
            flow_view(
                FlowKind::Settings,
                std::hint::black_box(&flow),
                None,
                &l,
                &policy,
            )
        })
    });
    c.bench_function("flow to HTML (view model + template)", |b| {
        b.iter(|| render(std::hint::black_box(&flow)))
    });
    c.bench_function("flow to HTML in German", |b| {
        b.iter(|| render_in(std::hint::black_box(&flow), &german))
    });
    c.bench_function(
        "flow to HTML in Arabic (isolation marks, own digits)",
        |b| b.iter(|| render_in(std::hint::black_box(&flow), &arabic)),
    );

    let mut scaling = c.benchmark_group("scaling");
    for times in [1, 10, 100] {
        let raw = serde_json::to_vec(&repeated(&realistic, times)).unwrap();
        let flow: Flow = serde_json::from_slice(&raw).unwrap();
        let nodes = flow.ui.nodes.len();
        scaling.throughput(Throughput::Elements(nodes as u64));
        scaling.bench_with_input(BenchmarkId::new("parse", nodes), &raw, |b, raw| {
            b.iter(|| serde_json::from_slice::<Flow>(raw).unwrap())
        });
        scaling.bench_with_input(BenchmarkId::new("flow to HTML", nodes), &flow, |b, flow| {
            b.iter(|| render(flow))
        });
    }
    scaling.finish();
}

criterion_group!(render_benches, benches);
criterion_main!(render_benches);
