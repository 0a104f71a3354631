//! Which form a node belongs to: one per method group, except that the external identity
//! providers (OIDC and SAML) share one "Connected accounts" form.

use crate::kratos::models::Group;

/// What a form is made of: one group, or the merged external identity providers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SectionKey {
    Group(Group),
    ConnectedAccounts,
}

impl SectionKey {
    pub fn of(group: &Group) -> Self {
        match group {
            Group::Oidc | Group::Saml => SectionKey::ConnectedAccounts,
            other => SectionKey::Group(other.clone()),
        }
    }

    pub fn slug(&self) -> &str {
        match self {
            SectionKey::ConnectedAccounts => "connected-accounts",
            SectionKey::Group(group) => group.as_str(),
        }
    }
}
