//! Keeps every URL a flow puts into a page (form actions, scripts, links, images) within the
//! origins the URL policy allows, so a hostile upstream cannot turn our page against its user.

use std::fmt;

use super::nodes::{NodeView, ScriptView};
use super::sections::SectionView;
use crate::urls::UrlPolicy;

/// The flow's forms would post somewhere other than Kratos: the page is not rendered at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntrustedAction {
    /// The origin the forms would post to (never the full URL: it may carry tokens).
    pub origin: String,
}

impl fmt::Display for UntrustedAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the flow's forms post outside the Kratos browser origin (to {})",
            self.origin
        )
    }
}

impl std::error::Error for UntrustedAction {}

/// The form action every section of the page uses, once checked.
pub fn form_action(action: &str, policy: &UrlPolicy<'_>) -> Result<String, UntrustedAction> {
    policy.form_action(action).ok_or_else(|| UntrustedAction {
        origin: origin_of(action),
    })
}

/// Sets the checked action on every form, drops scripts, links and images whose URL the
/// policy refuses (one log line each) and renders the others in their normalised form.
pub fn confine(
    sections: &mut [SectionView],
    scripts: &mut Vec<ScriptView>,
    action: &str,
    policy: &UrlPolicy<'_>,
) {
    scripts.retain_mut(|script| match policy.script_src(&script.src) {
        Some(src) => {
            script.src = src;
            true
        }
        None => {
            tracing::warn!(
                origin = %origin_of(&script.src),
                "dropping a script node outside the Kratos browser origin"
            );
            false
        }
    });
    for section in sections {
        section.action = action.to_owned();
        section.nodes.retain_mut(|node| {
            let (url, checked, what) = match node {
                NodeView::Anchor(anchor) => {
                    let checked = policy.link_href(&anchor.href);
                    (&mut anchor.href, checked, "link")
                }
                NodeView::Image(image) => {
                    let checked = policy.image_src(&image.src);
                    (&mut image.src, checked, "image")
                }
                _ => return true,
            };
            match checked {
                Some(checked) => {
                    *url = checked;
                    true
                }
                None => {
                    tracing::warn!(origin = %origin_of(url), kind = what, "dropping a node whose URL leaves the allowed origins");
                    false
                }
            }
        });
    }
}

/// What a log line may say about a URL: its origin, never its path or query.
fn origin_of(target: &str) -> String {
    match url::Url::parse(target) {
        Ok(url) => url.origin().ascii_serialization(),
        Err(_) => "a relative or malformed URL".to_owned(),
    }
}
