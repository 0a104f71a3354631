//! The words this UI adds around Kratos' own texts: page titles, section headings and their
//! one-line descriptions. Kept in one place so a translation or a rebrand touches one file.

use super::mode::FlowMode;
use super::sections::SectionKey;
use crate::kratos::FlowKind;
use crate::kratos::models::Group;

pub fn page_title(kind: FlowKind, mode: FlowMode) -> &'static str {
    match kind {
        FlowKind::Settings => "Account settings",
        FlowKind::Login => match mode {
            FlowMode::Normal => "Sign in",
            FlowMode::Reauthenticate => "Confirm it's you",
            FlowMode::SecondFactor => "Second factor",
        },
        FlowKind::Registration => "Create an account",
        FlowKind::Recovery => "Recover your account",
        FlowKind::Verification => "Verify your email address",
    }
}

pub fn section(kind: FlowKind, key: &SectionKey) -> (String, String) {
    // Settings manages what the other flows use.
    let managing = match kind {
        FlowKind::Settings => true,
        FlowKind::Login | FlowKind::Registration | FlowKind::Recovery | FlowKind::Verification => {
            false
        }
    };
    let (heading, description) = match key {
        SectionKey::ConnectedAccounts if managing => (
            "Connected accounts",
            "Sign in with accounts you already have elsewhere.",
        ),
        SectionKey::ConnectedAccounts => (
            "Continue with",
            "Use an account you already have elsewhere.",
        ),
        SectionKey::Group(group) => match (managing, group) {
            (true, Group::Profile) => ("Profile", "The details your account is known by."),
            (true, Group::Password) => ("Password", "Choose a new password to sign in with."),
            (true, Group::Totp) => (
                "Authenticator app",
                "One-time codes from an app on your phone, as a second factor.",
            ),
            (true, Group::LookupSecret) => (
                "Recovery codes",
                "Single-use codes that let you in when your second factor is out of reach.",
            ),
            (true, Group::Webauthn) => (
                "Security keys",
                "Hardware keys or built-in authenticators, as a second factor.",
            ),
            (true, Group::Passkey) => ("Passkeys", "Sign in without a password, with your device."),
            (_, Group::Profile) => ("Your details", "Tell us who you are."),
            (_, Group::Password) => ("Password", "Use your password."),
            (_, Group::Code) => ("Email code", "Receive a one-time code by email."),
            (_, Group::Link) => ("Email link", "Receive a link by email."),
            (_, Group::Totp) => ("Authenticator app", "Enter the code your app shows."),
            (_, Group::LookupSecret) => ("Recovery code", "Use one of your recovery codes."),
            (_, Group::Webauthn) => ("Security key", "Use your security key."),
            (_, Group::Passkey) => ("Passkey", "Use a passkey stored on your device."),
            (_, Group::IdentifierFirst) => ("Your account", "Enter your email address."),
            (_, Group::Captcha) => ("Verification", "Show that you are human."),
            (_, Group::Default) => ("Continue", ""),
            (_, Group::Oidc | Group::Saml) => return section(kind, &SectionKey::ConnectedAccounts),
            (_, Group::Unknown(name)) => {
                return (
                    humanize(name),
                    "More options provided by your identity server.".to_owned(),
                );
            }
        },
    };
    (heading.to_owned(), description.to_owned())
}

fn humanize(group: &str) -> String {
    let words = group.replace(['_', '-'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Other".to_owned(),
    }
}
