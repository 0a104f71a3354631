//! Unique, valid HTML ids for one page (the same node may appear in several forms).

use std::collections::{HashMap, HashSet};

// foldhash, not std's SipHash: ids are short and hashed several times each on every page. Its
// seed is random per process, so a hostile flow cannot pick colliding names in advance.
type Hasher = foldhash::fast::RandomState;

const MAX_PART: usize = 40;

#[derive(Debug)]
pub struct IdAllocator {
    taken: HashSet<String, Hasher>,
    /// For an id asked for more than once, the first suffix not yet tried: a page repeating
    /// a node name n times costs n steps, not n² (ids are never released, so every smaller
    /// suffix stays taken).
    next_suffix: HashMap<String, u32, Hasher>,
}

impl Default for IdAllocator {
    fn default() -> Self {
        // A rich settings page has ~60 ids; growing the set would rehash them all.
        Self {
            taken: HashSet::with_capacity_and_hasher(128, Hasher::default()),
            next_suffix: HashMap::default(),
        }
    }
}

impl IdAllocator {
    /// `parts` joined with `-`, reduced to `[a-z0-9_-]`, suffixed when already taken. Each
    /// part contributes at most [`MAX_PART`] characters (a button's value can be kilobytes
    /// of WebAuthn options).
    pub fn allocate(&mut self, parts: &[&str]) -> String {
        // Byte-wise: ids are ASCII, and this runs for every node of every page.
        let mut bytes = Vec::with_capacity(64);
        for part in parts {
            if !bytes.is_empty() {
                bytes.push(b'-');
            }
            bytes.extend(part.bytes().take(MAX_PART).map(|b| match b {
                b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-' => b,
                b'A'..=b'Z' => b.to_ascii_lowercase(),
                _ => b'-',
            }));
        }
        if bytes.is_empty() {
            bytes.extend_from_slice(b"node");
        }
        let id = String::from_utf8(bytes).expect("ids are ASCII");
        if self.taken.insert(id.clone()) {
            return id;
        }
        let mut n = self.next_suffix.get(&id).copied().unwrap_or(2);
        loop {
            let candidate = format!("{id}-{n}");
            n += 1;
            if self.taken.insert(candidate.clone()) {
                self.next_suffix.insert(id, n);
                return candidate;
            }
        }
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
        assert_eq!(ids.allocate(&["b", &"x".repeat(5000)]).len(), 2 + MAX_PART);
        assert_eq!(ids.allocate(&["a-2"]), "a-2");
        assert_eq!(ids.allocate(&["a"]), "a");
        assert_eq!(ids.allocate(&["a"]), "a-3");
        assert_eq!(ids.allocate(&["a-4"]), "a-4");
        assert_eq!(ids.allocate(&["a"]), "a-5");
        assert_eq!(ids.allocate(&["a"]), "a-6");
    }
}
