//! Unique, valid HTML ids for one page (the same node may appear in several forms).

use std::collections::HashSet;

#[derive(Debug, Default)]
pub struct IdAllocator {
    taken: HashSet<String>,
}

impl IdAllocator {
    /// `parts` joined with `-`, reduced to `[a-z0-9_-]`, suffixed when already taken.
    pub fn allocate(&mut self, parts: &[&str]) -> String {
        let mut id = String::with_capacity(32);
        for part in parts {
            if !id.is_empty() {
                id.push('-');
            }
            id.extend(part.chars().map(|c| match c {
                'a'..='z' | '0'..='9' | '_' | '-' => c,
                'A'..='Z' => c.to_ascii_lowercase(),
                _ => '-',
            }));
        }
        if id.is_empty() {
            id.push_str("node");
        }
        let mut candidate = id.clone();
        let mut n = 1;
        while !self.taken.insert(candidate.clone()) {
            n += 1;
            candidate = format!("{id}-{n}");
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_sanitised_and_unique() {
        let mut ids = IdAllocator::default();
        assert_eq!(
            ids.allocate(&["profile", "traits.name.First"]),
            "profile-traits-name-first"
        );
        assert_eq!(
            ids.allocate(&["profile", "traits.name.First"]),
            "profile-traits-name-first-2"
        );
        assert_eq!(ids.allocate(&["x", "\"><script>"]), "x----script-");
        assert_eq!(ids.allocate(&[]), "node");
        assert_eq!(ids.allocate(&["a-2"]), "a-2");
        assert_eq!(ids.allocate(&["a"]), "a");
        assert_eq!(ids.allocate(&["a"]), "a-3");
    }
}
