//! Kratos messages (`uiText`) as view models, in the reader's language.

use crate::i18n::Localizer;
use crate::kratos::models::{MessageKind, UiText};

/// How a message reads, which the theme shows (`message--<tone>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Success,
    Error,
}

#[derive(Debug, Clone)]
pub struct MessageView {
    /// `ui/message/<id>`, the selector Kratos' own e2e suite uses.
    pub test_id: String,
    /// Referenced by `aria-describedby` when the message belongs to a control.
    pub dom_id: String,
    pub text: String,
    pub tone: Tone,
}

impl MessageView {
    pub fn new(text: &UiText, dom_id: String, l: &Localizer) -> Self {
        let tone = match text.kind {
            MessageKind::Error => Tone::Error,
            MessageKind::Success => Tone::Success,
            MessageKind::Info | MessageKind::Other => Tone::Info,
        };
        Self {
            test_id: format!("ui/message/{}", text.id),
            dom_id,
            text: l.kratos(text),
            tone,
        }
    }

    /// Page-level messages are live regions: errors interrupt, the rest is polite.
    pub fn live_role(&self) -> &'static str {
        match self.tone {
            Tone::Error => "alert",
            Tone::Info | Tone::Success => "status",
        }
    }

    pub fn is_error(&self) -> bool {
        self.tone == Tone::Error
    }
}
