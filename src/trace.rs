//! W3C Trace Context for the calls we make to Kratos: an incoming valid `traceparent` is
//! continued with our own span id, otherwise a new trace starts here. The request id and the
//! trace travel with the request's task, so the Kratos client adds them to every call.

use std::future::Future;

use uuid::Uuid;

/// One request's identity, as passed on to Kratos (`X-Request-Id`, `traceparent`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceContext {
    pub request_id: String,
    trace_id: String,
    /// Ours: the span the Kratos calls of this request are children of.
    span_id: String,
    flags: String,
}

tokio::task_local! {
    static CURRENT: TraceContext;
}

impl TraceContext {
    /// Continues the incoming `traceparent` when it is valid; starts a sampled trace otherwise.
    pub fn new(request_id: &str, incoming: Option<&str>) -> Self {
        let (trace_id, flags) = incoming
            .and_then(parse_traceparent)
            .unwrap_or_else(|| (random_hex(32), "01".to_owned()));
        Self {
            request_id: request_id.to_owned(),
            trace_id,
            span_id: random_hex(16),
            flags,
        }
    }

    /// The `traceparent` header for an upstream call (version 00).
    pub fn traceparent(&self) -> String {
        format!("00-{}-{}-{}", self.trace_id, self.span_id, self.flags)
    }

    pub fn trace_id(&self) -> &str {
        &self.trace_id
    }

    /// Runs `future` (a request's handling) with this context as the current one.
    pub async fn scope<F: Future>(self, future: F) -> F::Output {
        CURRENT.scope(self, future).await
    }

    /// The context of the request being handled, if any.
    pub fn current() -> Option<Self> {
        CURRENT.try_with(Clone::clone).ok()
    }
}

/// The trace id and flags of a valid `traceparent`: `vv-<32 hex>-<16 hex>-<2 hex>`, lower-case,
/// neither id all zeros, version `ff` invalid; a later version may append `-...` fields.
fn parse_traceparent(value: &str) -> Option<(String, String)> {
    let value = value.trim();
    let head = value.get(..55)?;
    let rest = &value[55..];
    let mut parts = head.split('-');
    let (version, trace_id, parent_id, flags) =
        (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let hex = |s: &str, len: usize| {
        s.len() == len
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    let zeros = |s: &str| s.bytes().all(|b| b == b'0');
    let valid = hex(version, 2)
        && version != "ff"
        && hex(trace_id, 32)
        && !zeros(trace_id)
        && hex(parent_id, 16)
        && !zeros(parent_id)
        && hex(flags, 2)
        && if version == "00" {
            rest.is_empty()
        } else {
            rest.is_empty() || rest.starts_with('-')
        };
    // Of the flags only "sampled" is defined for version 00; we pass on just that bit.
    let sampled = u8::from_str_radix(flags, 16).ok()? & 1;
    valid.then(|| (trace_id.to_owned(), format!("{sampled:02x}")))
}

/// `len` random lower-case hex digits (from v4 UUIDs; never all zeros, as the version digit
/// of a v4 UUID is 4).
fn random_hex(len: usize) -> String {
    let mut hex = String::with_capacity(len + 32);
    while hex.len() < len {
        hex.push_str(&Uuid::new_v4().simple().to_string());
    }
    hex.truncate(len);
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    #[test]
    fn a_valid_traceparent_is_continued_with_a_new_span_id() {
        let context = TraceContext::new("req", Some(VALID));
        let sent = context.traceparent();
        assert!(
            sent.starts_with("00-4bf92f3577b34da6a3ce929d0e0e4736-"),
            "{sent}"
        );
        assert!(sent.ends_with("-01"), "{sent}");
        assert_ne!(&sent[36..52], "00f067aa0ba902b7", "the span id is ours");
        assert!(parse_traceparent(&sent).is_some(), "{sent}");
        let unsampled = VALID.replace("-01", "-00");
        assert!(
            TraceContext::new("req", Some(&unsampled))
                .traceparent()
                .ends_with("-00")
        );
    }

    #[test]
    fn an_invalid_or_missing_traceparent_starts_a_new_trace() {
        for bad in [
            "",
            "garbage",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "00-4bf92f3577b34da6a3ce929d0e0e473-600f067aa0ba902b7-01",
            "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",
        ] {
            assert_eq!(parse_traceparent(bad), None, "{bad:?}");
            let context = TraceContext::new("req", Some(bad));
            assert_ne!(
                context.trace_id(),
                "4bf92f3577b34da6a3ce929d0e0e4736",
                "{bad:?}"
            );
            assert!(parse_traceparent(&context.traceparent()).is_some());
        }
        let fresh = TraceContext::new("req", None).traceparent();
        assert!(parse_traceparent(&fresh).is_some(), "{fresh}");
        assert_ne!(
            TraceContext::new("a", None).trace_id(),
            TraceContext::new("b", None).trace_id()
        );
    }

    #[test]
    fn a_later_version_is_understood_and_answered_as_version_00() {
        let later = "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-03-what-comes";
        let sent = TraceContext::new("req", Some(later)).traceparent();
        assert!(
            sent.starts_with("00-4bf92f3577b34da6a3ce929d0e0e4736-"),
            "{sent}"
        );
        assert!(sent.ends_with("-01"), "{sent}");
    }

    #[tokio::test]
    async fn the_context_is_current_only_inside_its_scope() {
        assert_eq!(TraceContext::current(), None);
        let context = TraceContext::new("req-1", None);
        let seen = context
            .clone()
            .scope(async { TraceContext::current() })
            .await;
        assert_eq!(seen, Some(context));
    }
}
