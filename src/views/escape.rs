//! The templates' HTML escaper: the same output as askama's own `Html`, found faster.
//!
//! askama's escaper tests one byte after another, and a settings page passes kilobytes through
//! it (a QR code's data URL, WebAuthn options, the CSRF token of every form), almost none of
//! which needs escaping. This one tests a chunk of bytes at a time, with comparisons the
//! compiler turns into vector instructions, and looks byte by byte only into a chunk that holds
//! something to escape. askama.toml makes it the escaper of every `.html` template.

use std::fmt::{self, Write};

use askama::filters::Escaper;

/// Bytes tested together: one 16-byte vector register.
const CHUNK: usize = 16;

#[derive(Debug, Clone, Copy, Default)]
pub struct Html;

impl Escaper for Html {
    fn write_escaped_str<W: Write>(&self, mut dest: W, text: &str) -> fmt::Result {
        let bytes = text.as_bytes();
        // Where the text not yet written starts.
        let mut pending = 0;
        let (chunks, rest) = bytes.as_chunks::<CHUNK>();
        let mut start = 0;
        for chunk in chunks {
            if holds_special(chunk) {
                pending = write_escaped(&mut dest, text, pending, start, chunk)?;
            }
            start += CHUNK;
        }
        // Most texts (labels, ids, tokens) are shorter than a chunk: the rest gets the same
        // test, on a copy padded with bytes that need no escaping.
        let mut padded = [0; CHUNK];
        padded[..rest.len()].copy_from_slice(rest);
        if holds_special(&padded) {
            pending = write_escaped(&mut dest, text, pending, start, rest)?;
        }
        if pending < text.len() {
            dest.write_str(&text[pending..])?;
        }
        Ok(())
    }
}

/// Written so that the compiler compares all the chunk's bytes at once: a fixed length, no
/// early exit, and each comparison as a number (a `match` becomes a per-byte bit test).
#[inline(always)]
fn holds_special(chunk: &[u8; CHUNK]) -> bool {
    let found = chunk.iter().fold(0u8, |found, &b| {
        found
            | u8::from(b == b'"')
            | u8::from(b == b'&')
            | u8::from(b == b'\'')
            | u8::from(b == b'<')
            | u8::from(b == b'>')
    });
    found != 0
}

/// askama's entities, so pages (and what tests look for in them) stay byte for byte the same.
fn entity(b: u8) -> Option<&'static str> {
    Some(match b {
        b'"' => "&#34;",
        b'&' => "&#38;",
        b'\'' => "&#39;",
        b'<' => "&#60;",
        b'>' => "&#62;",
        _ => return None,
    })
}

/// Writes what precedes each special byte of `part` (which starts at `start` in `text`) and
/// that byte's entity; returns where the text not yet written now starts.
fn write_escaped<W: Write>(
    dest: &mut W,
    text: &str,
    mut pending: usize,
    start: usize,
    part: &[u8],
) -> Result<usize, fmt::Error> {
    for (offset, &b) in part.iter().enumerate() {
        if let Some(entity) = entity(b) {
            let at = start + offset;
            if pending < at {
                // Special bytes are ASCII, so `at` is on a character boundary.
                dest.write_str(&text[pending..at])?;
            }
            dest.write_str(entity)?;
            pending = at + 1;
        }
    }
    Ok(pending)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(text: &str) -> String {
        let mut out = String::new();
        Html.write_escaped_str(&mut out, text).unwrap();
        out
    }

    fn askamas(text: &str) -> String {
        let mut out = String::new();
        askama::filters::Html
            .write_escaped_str(&mut out, text)
            .unwrap();
        out
    }

    #[test]
    fn every_character_escapes_as_askama_escapes_it() {
        for c in (0..=0x2ffu32)
            .chain([0xfffd, 0x1f600])
            .filter_map(char::from_u32)
        {
            for text in [
                c.to_string(),
                format!("{}{c}{}", "x".repeat(15), "y".repeat(20)),
            ] {
                assert_eq!(ours(&text), askamas(&text), "{c:?}");
            }
        }
    }

    #[test]
    fn special_bytes_anywhere_in_and_around_chunks_escape_as_askama_escapes_them() {
        let specials = ['"', '&', '\'', '<', '>'];
        for len in 0..3 * CHUNK + 2 {
            for at in 0..len {
                for special in specials {
                    // Multi-byte characters beside it, so a slice off a boundary would panic.
                    let text: String = (0..len)
                        .map(|i| {
                            if i == at {
                                special
                            } else if i % 3 == 0 {
                                'é'
                            } else {
                                'a'
                            }
                        })
                        .collect();
                    assert_eq!(ours(&text), askamas(&text), "{text:?}");
                }
            }
        }
        let dense = "<>&\"'".repeat(20);
        assert_eq!(ours(&dense), askamas(&dense));
        assert_eq!(ours(""), "");
    }

    #[test]
    fn the_webauthn_options_a_page_carries_escape_as_askama_escapes_them() {
        let options = r#"{"publicKey":{"challenge":"kT0x<y>","rp":{"name":"O'Brien & Co"}}}"#;
        assert_eq!(ours(options), askamas(options));
        assert!(ours(options).contains("&#34;publicKey&#34;"));
    }
}
