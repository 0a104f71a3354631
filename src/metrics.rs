//! Prometheus metrics: requests by route pattern and status with their latency, and Kratos
//! calls by endpoint and outcome with theirs. One registry per application (tests run many).

use std::time::Duration;

use prometheus::{HistogramOpts, HistogramVec, IntCounterVec, Opts, Registry, TextEncoder};

/// Latency buckets (seconds) from a cache-warm page render to a slow upstream.
const BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    request_seconds: HistogramVec,
    kratos_calls: IntCounterVec,
    kratos_seconds: HistogramVec,
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new();
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests answered"),
            &["method", "route", "status"],
        )
        .expect("valid metric");
        let request_seconds = HistogramVec::new(
            HistogramOpts::new("http_request_duration_seconds", "Time to answer a request")
                .buckets(BUCKETS.to_vec()),
            &["method", "route"],
        )
        .expect("valid metric");
        let kratos_calls = IntCounterVec::new(
            Opts::new("kratos_requests_total", "Calls to Kratos' public API"),
            &["endpoint", "outcome"],
        )
        .expect("valid metric");
        let kratos_seconds = HistogramVec::new(
            HistogramOpts::new(
                "kratos_request_duration_seconds",
                "Time until Kratos answered (or the call failed)",
            )
            .buckets(BUCKETS.to_vec()),
            &["endpoint"],
        )
        .expect("valid metric");
        for collector in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(request_seconds.clone()),
            Box::new(kratos_calls.clone()),
            Box::new(kratos_seconds.clone()),
        ] {
            registry
                .register(collector)
                .expect("each metric registered once");
        }
        Self {
            registry,
            requests,
            request_seconds,
            kratos_calls,
            kratos_seconds,
        }
    }

    /// `route` is the matched route pattern (e.g. `/account/settings`), never the raw path,
    /// so ids and probing for random paths cannot blow up the number of series.
    pub fn observe_request(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        self.requests
            .with_label_values(&[method, route, &status.to_string()])
            .inc();
        self.request_seconds
            .with_label_values(&[method, route])
            .observe(elapsed.as_secs_f64());
    }

    /// `endpoint` is Kratos' path without its query; `outcome` is [`KratosOutcome::label`].
    pub fn observe_kratos_call(&self, endpoint: &str, outcome: &str, elapsed: Duration) {
        self.kratos_calls
            .with_label_values(&[endpoint, outcome])
            .inc();
        self.kratos_seconds
            .with_label_values(&[endpoint])
            .observe(elapsed.as_secs_f64());
    }

    /// Everything, in the Prometheus text format (version 0.0.4).
    pub fn render(&self) -> String {
        TextEncoder::new()
            .encode_to_string(&self.registry.gather())
            .unwrap_or_else(|err| format!("# cannot encode metrics: {err}\n"))
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

/// The content type of [`Metrics::render`].
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn observations_show_up_by_label_in_the_text_format() {
        let metrics = Metrics::new();
        metrics.observe_request("GET", "/settings", 200, Duration::from_millis(3));
        metrics.observe_request("GET", "/settings", 200, Duration::from_millis(30));
        metrics.observe_kratos_call("/sessions/whoami", "no_session", Duration::from_millis(2));
        let text = metrics.render();
        assert!(
            text.contains(r#"http_requests_total{method="GET",route="/settings",status="200"} 2"#),
            "{text}"
        );
        assert!(
            text.contains(
                r#"http_request_duration_seconds_bucket{method="GET",route="/settings",le="0.005"} 1"#
            ),
            "{text}"
        );
        assert!(
            text.contains(
                r#"kratos_requests_total{endpoint="/sessions/whoami",outcome="no_session"} 1"#
            ),
            "{text}"
        );
        assert!(
            text.contains(
                r#"kratos_request_duration_seconds_count{endpoint="/sessions/whoami"} 1"#
            ),
            "{text}"
        );
    }
}
