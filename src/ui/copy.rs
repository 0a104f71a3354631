//! Which catalogue message names each page and section (the words themselves live in
//! `locales/<lang>/ui.ftl`).

use super::mode::FlowMode;
use super::nodes::humanize;
use super::section_key::SectionKey;
use crate::i18n::Localizer;
use crate::kratos::FlowKind;
use crate::kratos::models::Group;

/// The message id of a flow page's title.
pub fn page_title(kind: FlowKind, mode: FlowMode) -> &'static str {
    match kind {
        FlowKind::Settings => "title-settings",
        FlowKind::Login => match mode {
            FlowMode::Normal => "title-login",
            FlowMode::Reauthenticate => "title-login-reauthenticate",
            FlowMode::SecondFactor => "title-login-second-factor",
        },
        FlowKind::Registration => "title-registration",
        FlowKind::Recovery => "title-recovery",
        FlowKind::Verification => "title-verification",
    }
}

/// A section's heading and one-line description, in the reader's language.
pub fn section(l: &Localizer, kind: FlowKind, key: &SectionKey) -> (String, String) {
    // Settings manages what the other flows use.
    let managing = match kind {
        FlowKind::Settings => true,
        FlowKind::Login | FlowKind::Registration | FlowKind::Recovery | FlowKind::Verification => {
            false
        }
    };
    let ids = match key {
        SectionKey::ConnectedAccounts => connected(managing),
        SectionKey::Group(group) => match (managing, group) {
            (true, Group::Profile) => ("settings-profile", "settings-profile-about"),
            (true, Group::Password) => ("settings-password", "settings-password-about"),
            (true, Group::Totp) => ("settings-totp", "settings-totp-about"),
            (true, Group::LookupSecret) => ("settings-lookup", "settings-lookup-about"),
            (true, Group::Webauthn) => ("settings-webauthn", "settings-webauthn-about"),
            (true, Group::Passkey) => ("settings-passkey", "settings-passkey-about"),
            (_, Group::Profile) => ("method-profile", "method-profile-about"),
            (_, Group::Password) => ("method-password", "method-password-about"),
            (_, Group::Code) => ("method-code", "method-code-about"),
            (_, Group::Link) => ("method-link", "method-link-about"),
            (_, Group::Totp) => ("method-totp", "method-totp-about"),
            (_, Group::LookupSecret) => ("method-lookup", "method-lookup-about"),
            (_, Group::Webauthn) => ("method-webauthn", "method-webauthn-about"),
            (_, Group::Passkey) => ("method-passkey", "method-passkey-about"),
            (_, Group::IdentifierFirst) => {
                ("method-identifier-first", "method-identifier-first-about")
            }
            (_, Group::Captcha) => ("method-captcha", "method-captcha-about"),
            (_, Group::Default) => return (l.t("method-default").into_owned(), String::new()),
            (_, Group::Oidc | Group::Saml) => connected(managing),
            // A group this UI does not know yet: its own name is all we have.
            (_, Group::Unknown(name)) => {
                let heading = humanize(name).unwrap_or_else(|| name.clone());
                return (heading, l.t("method-other-about").into_owned());
            }
        },
    };
    (l.t(ids.0).into_owned(), l.t(ids.1).into_owned())
}

fn connected(managing: bool) -> (&'static str, &'static str) {
    if managing {
        ("settings-connected", "settings-connected-about")
    } else {
        ("method-connected", "method-connected-about")
    }
}
