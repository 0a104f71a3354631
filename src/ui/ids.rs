//! Unique, valid HTML ids for one page (the same node may appear in several forms).

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;

// foldhash, not std's SipHash: ids are short and hashed several times each on every page. Its
// seed is random per process, so a hostile flow cannot pick colliding names in advance.
type Hasher = foldhash::fast::RandomState;

const MAX_PART: usize = 40;

/// `S` is the hasher; a test swaps in one under which ids collide.
#[derive(Debug)]
pub struct IdAllocator<S = Hasher> {
    /// The hashes of the ids handed out, not the ids: a page hands out dozens, and a copy of
    /// each would cost an allocation. Two ids sharing a hash only send the second one on to a
    /// suffix; ids stay unique, since an id's own hash is always found.
    taken: HashSet<u64, S>,
    /// For an id asked for more than once (by its hash), the first suffix not yet tried: a
    /// page repeating a node name n times costs n steps, not n² (ids are never released, so
    /// every smaller suffix stays taken).
    next_suffix: HashMap<u64, u32, S>,
    hasher: S,
}

impl<S: BuildHasher + Default> Default for IdAllocator<S> {
    fn default() -> Self {
        // A rich settings page has ~60 ids; growing the set would rehash them all.
        Self {
            taken: HashSet::with_capacity_and_hasher(128, S::default()),
            next_suffix: HashMap::default(),
            hasher: S::default(),
        }
    }
}

impl<S: BuildHasher> IdAllocator<S> {
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
        let hash = self.hasher.hash_one(&id);
        if self.taken.insert(hash) {
            return id;
        }
        let mut n = self.next_suffix.get(&hash).copied().unwrap_or(2);
        loop {
            let candidate = format!("{id}-{n}");
            n += 1;
            if self.taken.insert(self.hasher.hash_one(&candidate)) {
                self.next_suffix.insert(hash, n);
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
        let mut ids: IdAllocator = IdAllocator::default();
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

    /// Ids of one length hash alike.
    #[derive(Default)]
    struct LengthHash;

    impl BuildHasher for LengthHash {
        type Hasher = LengthHasher;
        fn build_hasher(&self) -> LengthHasher {
            LengthHasher(0)
        }
    }

    struct LengthHasher(u64);

    impl std::hash::Hasher for LengthHasher {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            self.0 += bytes.len() as u64;
        }
    }

    #[test]
    fn ids_stay_unique_when_their_hashes_collide() {
        let mut ids = IdAllocator::<LengthHash>::default();
        let names = [
            "email", "phone", "email", "email-2", "method", "email", "phone",
        ];
        let handed_out: Vec<String> = names.iter().map(|name| ids.allocate(&[name])).collect();
        let mut unique = handed_out.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{handed_out:?}");
        assert_eq!(handed_out[0], "email");
        for (id, name) in handed_out.iter().zip(names) {
            assert!(id.starts_with(name), "{id} for {name}");
        }
        // "phone" is as long as "email": it collided, so it was suffixed.
        assert_ne!(handed_out[1], "phone");
    }
}
