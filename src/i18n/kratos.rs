//! Kratos' `context` of a message as Fluent arguments: numbers stay numbers (for plurals and
//! locale formatting), lists are joined, and the minutes Kratos writes into its English text
//! are derived from the timestamps it sends alongside.

use std::borrow::Cow;
use std::fmt::Write;

use fluent_bundle::{FluentArgs, FluentValue};
use serde_json::Value;

use crate::kratos::models::UiText;

/// Every Kratos message id is a seven-digit number; the key has room for any `u64`.
pub struct KratosKey {
    buf: [u8; 27],
    len: usize,
}

impl KratosKey {
    /// `kratos-<id>`, built on the stack: looking up a message allocates nothing.
    pub fn new(id: u64) -> Self {
        let mut key = Self {
            buf: [0; 27],
            len: 0,
        };
        // "kratos-" (7 bytes) + at most 20 digits always fits.
        let _ = write!(key, "kratos-{id}");
        key
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("kratos-")
    }
}

impl Write for KratosKey {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let slot = self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// The arguments of a Kratos message, or `None` when it carries no context.
pub fn kratos_args(text: &UiText, now_unix: i64) -> Option<FluentArgs<'_>> {
    let context = text.context.as_ref()?.as_object()?;
    let mut args = FluentArgs::with_capacity(context.len() + 1);
    for (key, value) in context {
        let value: FluentValue = match value {
            Value::Number(number) => number.as_f64().map(FluentValue::from)?,
            Value::String(s) => FluentValue::String(Cow::Borrowed(s)),
            Value::Bool(b) => FluentValue::String(Cow::Borrowed(if *b { "true" } else { "false" })),
            Value::Array(items) => FluentValue::String(Cow::Owned(join(items))),
            Value::Null | Value::Object(_) => continue,
        };
        args.set(key.as_str(), value);
    }
    // Kratos writes "expired 0.02 minutes ago" / "within the next 15.00 minutes" into its
    // text from these timestamps; whole minutes read better and pick the right plural.
    let unix = |key: &str| context.get(key).and_then(Value::as_i64);
    if let Some(expired) = unix("expired_at_unix") {
        let seconds = (now_unix - expired).max(1);
        args.set("minutes", FluentValue::from((seconds + 59) / 60));
    }
    if let Some(until) = unix("privileged_session_expires_at_unix") {
        let seconds = (until - now_unix).max(0);
        args.set("minutes", FluentValue::from((seconds + 30) / 60));
    }
    // "Secret was used at 2021-08-17T11:32:39Z": the day is what a person needs.
    if let Some(used_at) = context.get("used_at").and_then(Value::as_str)
        && used_at.len() >= 10
        && used_at.as_bytes()[4] == b'-'
        && used_at.is_char_boundary(10)
    {
        args.set(
            "used_at",
            FluentValue::String(Cow::Borrowed(&used_at[..10])),
        );
    }
    Some(args)
}

fn join(items: &[Value]) -> String {
    let mut joined = String::new();
    for item in items {
        let text = match item {
            Value::String(s) => s.as_str(),
            Value::Object(object) => match object.get("text").and_then(Value::as_str) {
                Some(text) => text,
                None => continue,
            },
            _ => continue,
        };
        if !joined.is_empty() {
            joined.push_str(", ");
        }
        joined.push_str(text);
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(id: u64, context: Value) -> UiText {
        serde_json::from_value(json!({"id": id, "text": "t", "type": "info", "context": context}))
            .unwrap()
    }

    #[test]
    fn the_key_is_built_without_allocating_and_fits_any_id() {
        assert_eq!(KratosKey::new(4000002).as_str(), "kratos-4000002");
        assert_eq!(
            KratosKey::new(u64::MAX).as_str(),
            "kratos-18446744073709551615"
        );
    }

    #[test]
    fn context_values_become_typed_arguments() {
        let message = text(
            4000026,
            json!({"allowed_types": ["string", "number"], "actual_type": "null", "n": 3, "flag": true, "nested": {"a": 1}}),
        );
        let args = kratos_args(&message, 0).unwrap();
        assert_eq!(
            args.get("allowed_types"),
            Some(&FluentValue::from("string, number"))
        );
        assert_eq!(args.get("n"), Some(&FluentValue::from(3.0)));
        assert_eq!(args.get("flag"), Some(&FluentValue::from("true")));
        assert_eq!(args.get("nested"), None);
        assert!(kratos_args(&text(1, Value::Null), 0).is_none());
    }

    #[test]
    fn minutes_are_derived_from_kratos_timestamps() {
        let expired = text(4050001, json!({"expired_at_unix": 1000}));
        let args = kratos_args(&expired, 1001).unwrap();
        assert_eq!(args.get("minutes"), Some(&FluentValue::from(1)));
        let args = kratos_args(&expired, 1000 + 125).unwrap();
        assert_eq!(args.get("minutes"), Some(&FluentValue::from(3)));
        let privileged = text(
            1060001,
            json!({"privileged_session_expires_at_unix": 10_000}),
        );
        let args = kratos_args(&privileged, 10_000 - 15 * 60 + 2).unwrap();
        assert_eq!(args.get("minutes"), Some(&FluentValue::from(15)));
        let used = text(1050014, json!({"used_at": "2021-08-17T11:32:39Z"}));
        assert_eq!(
            kratos_args(&used, 0).unwrap().get("used_at"),
            Some(&FluentValue::from("2021-08-17"))
        );
    }
}
