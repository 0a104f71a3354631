//! The security values every page carries, as plain data: the per-request id and CSP nonce,
//! the Content-Security-Policy they go into, and the marker for forms that leave for a provider.

use uuid::Uuid;

/// Per-request values the pages need: the id shown on error pages and the CSP nonce.
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub request_id: String,
    pub nonce: String,
    /// The reader's locale in the catalogue (see `AppState::localizer`).
    pub locale: usize,
    /// This request's path and query: where the language menu comes back to.
    pub here: String,
}

impl Default for RequestContext {
    fn default() -> Self {
        Self {
            request_id: Uuid::new_v4().simple().to_string(),
            nonce: Uuid::new_v4().simple().to_string(),
            locale: 0,
            here: "/".to_owned(),
        }
    }
}

impl RequestContext {
    /// A proxy's `X-Request-Id` is kept when it looks like an id, so logs line up; anything
    /// else (empty, long, odd characters that would reach logs and headers) gets a fresh one.
    pub fn with_forwarded_id(forwarded: Option<&str>) -> Self {
        let mut context = Self::default();
        if let Some(id) = forwarded
            && !id.is_empty()
            && id.len() <= 64
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            context.request_id = id.to_owned();
        }
        context
    }
}

/// Set by a page whose forms redirect to an external identity provider (OIDC, SAML).
#[derive(Debug, Clone, Copy)]
pub struct ExternalFormTargets;

/// Which origins forms may go to, beyond ours and Kratos'.
#[derive(Debug, Clone)]
pub struct CspPolicy {
    kratos_origin: String,
    form_action_origins: Option<Vec<String>>,
}

impl CspPolicy {
    pub fn new(kratos_origin: &str, form_action_origins: Option<Vec<String>>) -> Self {
        Self {
            kratos_origin: kratos_origin.to_owned(),
            form_action_origins,
        }
    }

    pub fn header_value(&self, nonce: &str, external_forms: bool) -> String {
        let kratos = &self.kratos_origin;
        let extra = match (&self.form_action_origins, external_forms) {
            (Some(origins), _) => origins.iter().map(|o| format!(" {o}")).collect(),
            // The provider is only known once Kratos redirects; allow TLS origins then.
            (None, true) => " https:".to_owned(),
            (None, false) => String::new(),
        };
        format!(
            "default-src 'none'; script-src 'self' 'nonce-{nonce}' {kratos}; style-src 'self'; \
             img-src 'self' data:; font-src 'self'; connect-src 'self' {kratos}; \
             form-action 'self' {kratos}{extra}; frame-ancestors 'none'; base-uri 'none'"
        )
    }
}
