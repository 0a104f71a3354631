//! Recovery codes as a file a person keeps: exactly the codes Kratos accepts (confirmed, used
//! ones left out), with the product, the account and the date, one code a line.

use time::Date;

use super::nodes::recovery_codes;
use crate::i18n::Localizer;
use crate::kratos::models::{Flow, NodeAttributes};

/// Our own form beside the codes on show: it posts the flow id (never the codes: they stay
/// out of every URL, log and cache) and gets the file or the print view back.
#[derive(Debug, Clone)]
pub struct CodesForm {
    pub action: String,
    pub csrf_field: &'static str,
    pub csrf_token: String,
    pub flow_id: String,
}

/// The print view: what the file says, as a page.
#[derive(Debug, Clone)]
pub struct CodesPrintView {
    pub heading: String,
    pub account: String,
    pub date: String,
    pub codes: Vec<String>,
    pub back_url: String,
}

impl CodesPrintView {
    pub fn new(
        product: &str,
        account: &str,
        date: Date,
        codes: Vec<String>,
        back_url: String,
        l: &Localizer,
    ) -> Self {
        Self {
            heading: l.t1("settings-codes-file-title", "product", product),
            account: l.t1("settings-codes-file-account", "account", account),
            date: l.t1("settings-codes-file-date", "date", iso_date(date)),
            codes,
            back_url,
        }
    }
}

/// What the settings flow shows of the recovery codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodesOnShow {
    /// None shown (not revealed, or none set up).
    Hidden,
    /// Freshly generated: Kratos accepts them only once the person confirms them.
    Unconfirmed,
    /// The codes Kratos accepts now, in its order, used ones left out.
    Active(Vec<String>),
}

/// What the recovery-codes section offers beside the codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodesOffer {
    None,
    /// "Confirm these codes first": a file of unconfirmed codes could hold codes that never work.
    ConfirmFirst,
    /// "Download codes" and "Print view".
    Download,
}

impl From<&CodesOnShow> for CodesOffer {
    fn from(shown: &CodesOnShow) -> Self {
        match shown {
            CodesOnShow::Hidden => CodesOffer::None,
            CodesOnShow::Unconfirmed => CodesOffer::ConfirmFirst,
            CodesOnShow::Active(codes) if codes.is_empty() => CodesOffer::None,
            CodesOnShow::Active(_) => CodesOffer::Download,
        }
    }
}

pub fn codes_on_show(flow: &Flow, l: &Localizer) -> CodesOnShow {
    let mut shown = None;
    let mut awaiting_confirmation = false;
    for node in &flow.ui.nodes {
        match &node.attributes {
            NodeAttributes::Text(text) if text.id == "lookup_secret_codes" => {
                shown = recovery_codes(text, l);
            }
            NodeAttributes::Input(input) if input.name == "lookup_secret_confirm" => {
                awaiting_confirmation = true;
            }
            _ => {}
        }
    }
    match (shown, awaiting_confirmation) {
        (None, _) => CodesOnShow::Hidden,
        (Some(_), true) => CodesOnShow::Unconfirmed,
        (Some(codes), false) => CodesOnShow::Active(
            codes
                .into_iter()
                .filter(|code| !code.used)
                .map(|code| code.code)
                .collect(),
        ),
    }
}

/// The file's name: `recovery-codes-2026-11-28.txt`.
pub fn file_name(date: Date) -> String {
    format!("recovery-codes-{}.txt", iso_date(date))
}

/// The file's text, in the reader's language; `account` is how the person knows the account
/// (an email address).
pub fn codes_file(
    product: &str,
    account: &str,
    date: Date,
    codes: &[String],
    l: &Localizer,
) -> String {
    let mut text = String::with_capacity(512 + codes.len() * 16);
    for line in [
        l.t1("settings-codes-file-title", "product", product),
        l.t1("settings-codes-file-account", "account", account),
        l.t1("settings-codes-file-date", "date", iso_date(date)),
        String::new(),
        l.t("settings-codes-advice").into_owned(),
        String::new(),
    ] {
        text.push_str(&line);
        text.push('\n');
    }
    for code in codes {
        text.push_str(code);
        text.push('\n');
    }
    text
}

/// `2026-11-28`: unambiguous in every language.
pub fn iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use time::macros::date;

    use super::*;

    fn flow(nodes: serde_json::Value) -> Flow {
        serde_json::from_value(
            json!({"id": "f", "ui": {"action": "a", "method": "POST", "nodes": nodes}}),
        )
        .unwrap()
    }

    fn csrf() -> serde_json::Value {
        json!({"type": "input", "group": "default", "messages": [], "meta": {},
            "attributes": {"node_type": "input", "name": "csrf_token", "type": "hidden", "value": "c"}})
    }

    fn totp_secret() -> serde_json::Value {
        json!({"type": "text", "group": "totp", "messages": [], "meta": {},
            "attributes": {"node_type": "text", "id": "totp_secret_key", "text": {"id": 1050006, "text": "SECRETKEY", "type": "info"}}})
    }

    fn button(name: &str) -> serde_json::Value {
        json!({"type": "input", "group": "lookup_secret", "messages": [], "meta": {},
            "attributes": {"node_type": "input", "name": name, "type": "submit", "value": "true"}})
    }

    /// Kratos v1.3: each secret with its code; used ones carry `used_at` and no code.
    fn codes_node() -> serde_json::Value {
        json!({"type": "text", "group": "lookup_secret", "messages": [], "meta": {},
        "attributes": {"node_type": "text", "id": "lookup_secret_codes", "text": {
            "id": 1050015, "text": "abcd1234, used, efgh5678", "type": "info",
            "context": {"secrets": [
                {"id": 1050009, "text": "abcd1234", "type": "info", "context": {"secret": "abcd1234"}},
                {"id": 1050014, "text": "Secret was used at 2026-11-28", "type": "info", "context": {"used_at": "2026-11-28T10:00:00Z"}},
                {"id": 1050009, "text": "efgh5678", "type": "info", "context": {"secret": "efgh5678"}}
            ]}}}})
    }

    #[test]
    fn only_confirmed_unused_codes_are_offered() {
        let l = Localizer::english();
        let revealed = flow(json!([
            csrf(),
            codes_node(),
            button("lookup_secret_regenerate"),
            totp_secret()
        ]));
        assert_eq!(
            codes_on_show(&revealed, &l),
            CodesOnShow::Active(vec!["abcd1234".into(), "efgh5678".into()])
        );

        // Older versions: only the comma-separated text, "used" standing in for used codes.
        let plain = json!({"type": "text", "group": "lookup_secret", "messages": [], "meta": {},
            "attributes": {"node_type": "text", "id": "lookup_secret_codes",
                "text": {"id": 1050015, "text": "abcd1234, used, efgh5678", "type": "info"}}});
        assert_eq!(
            codes_on_show(&flow(json!([csrf(), plain])), &l),
            CodesOnShow::Active(vec!["abcd1234".into(), "efgh5678".into()])
        );

        // Regenerated but not confirmed: Kratos does not accept them yet.
        let fresh = flow(json!([
            csrf(),
            codes_node(),
            button("lookup_secret_confirm")
        ]));
        assert_eq!(codes_on_show(&fresh, &l), CodesOnShow::Unconfirmed);
        assert_eq!(
            CodesOffer::from(&CodesOnShow::Unconfirmed),
            CodesOffer::ConfirmFirst
        );

        // Not revealed: nothing, and never the TOTP secret.
        let hidden = flow(json!([
            csrf(),
            button("lookup_secret_reveal"),
            totp_secret()
        ]));
        assert_eq!(codes_on_show(&hidden, &l), CodesOnShow::Hidden);
        assert_eq!(CodesOffer::from(&CodesOnShow::Hidden), CodesOffer::None);
        assert_eq!(
            CodesOffer::from(&CodesOnShow::Active(Vec::new())),
            CodesOffer::None
        );
    }

    #[test]
    fn the_file_names_product_account_and_date_then_one_code_a_line() {
        let codes = ["abcd1234".to_owned(), "efgh5678".to_owned()];
        let text = codes_file(
            "Acme",
            "alice@example.com",
            date!(2026 - 11 - 28),
            &codes,
            &Localizer::english(),
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Acme recovery codes");
        assert_eq!(lines[1], "Account: alice@example.com");
        assert_eq!(lines[2], "Date: 2026-11-28");
        assert_eq!(lines[lines.len() - 2..], ["abcd1234", "efgh5678"]);
        assert!(text.ends_with("efgh5678\n"));
        assert_eq!(
            file_name(date!(2026 - 11 - 28)),
            "recovery-codes-2026-11-28.txt"
        );
        let german = codes_file(
            "Acme",
            "alice@example.com",
            date!(2026 - 01 - 05),
            &codes,
            &Localizer::builtin("de"),
        );
        assert!(
            german.starts_with(
                "Wiederherstellungscodes für Acme\nKonto: alice@example.com\nDatum: 2026-01-05\n"
            ),
            "{german}"
        );
    }
}
