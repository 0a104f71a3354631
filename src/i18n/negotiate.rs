//! Which of our locales a browser gets: its `Accept-Language` in order of quality, matched
//! against the catalogue with Fluent's negotiation (`pt` -> `pt-BR`, `zh-Hans-CN` -> `zh-Hans`).

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// A header is short; a hostile one is cut rather than parsed at length.
const MAX_HEADER: usize = 512;
const MAX_RANGES: usize = 16;

/// The language ranges of an `Accept-Language` header, best first (stable among equal
/// quality values; `q=0` and `*` dropped; malformed entries skipped).
pub fn parse_accept_language(header: &str) -> Vec<LanguageIdentifier> {
    let header = match header.char_indices().nth(MAX_HEADER) {
        Some((end, _)) => &header[..end],
        None => header,
    };
    let mut ranges: Vec<(u16, LanguageIdentifier)> = header
        .split(',')
        .take(MAX_RANGES)
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|param| {
                    let (key, value) = param.split_once('=')?;
                    (key.trim().eq_ignore_ascii_case("q")).then(|| quality(value.trim()))
                })
                .unwrap_or(Some(1000))?;
            if quality == 0 || tag == "*" || tag.is_empty() {
                return None;
            }
            Some((quality, tag.parse().ok()?))
        })
        .collect();
    ranges.sort_by_key(|(quality, _)| std::cmp::Reverse(*quality));
    ranges.into_iter().map(|(_, tag)| tag).collect()
}

/// `q` in thousandths; `None` when it is not a quality value (the entry is then skipped).
fn quality(value: &str) -> Option<u16> {
    let q: f32 = value.parse().ok()?;
    (0.0..=1.0)
        .contains(&q)
        .then(|| (q * 1000.0).round() as u16)
}

/// The index in `available` of the best match for `requested`, if any matches at all.
pub fn negotiate(
    requested: &[LanguageIdentifier],
    available: &[LanguageIdentifier],
) -> Option<usize> {
    let best = negotiate_languages(requested, available, None, NegotiationStrategy::Lookup);
    let best = best.first()?;
    available.iter().position(|lang| lang == *best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Vec<LanguageIdentifier> {
        [
            "en", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "ja", "zh-Hans", "ko", "tr", "ar",
        ]
        .iter()
        .map(|tag| tag.parse().unwrap())
        .collect()
    }

    fn pick(header: &str) -> Option<String> {
        let available = shipped();
        negotiate(&parse_accept_language(header), &available).map(|i| available[i].to_string())
    }

    #[test]
    fn accept_language_negotiation_table() {
        let table: &[(&str, Option<&str>)] = &[
            ("de", Some("de")),
            ("de-AT", Some("de")),
            ("de-DE,de;q=0.9,en;q=0.8", Some("de")),
            ("en;q=0.5, fr;q=0.9", Some("fr")),
            ("fr;q=0, de", Some("de")),
            ("pt", Some("pt-BR")),
            ("pt-PT", Some("pt-BR")),
            ("pt-BR", Some("pt-BR")),
            ("zh-Hans-CN", Some("zh-Hans")),
            ("zh-CN", Some("zh-Hans")),
            ("zh", Some("zh-Hans")),
            ("ar-EG", Some("ar")),
            ("ja-JP, en", Some("ja")),
            ("sv, nl;q=0.3", Some("nl")),
            ("sv", None),
            ("*", None),
            ("", None),
            ("en-US", Some("en")),
            ("xx-;;;q=abc, , tr", Some("tr")),
            ("ko;q=0.1, pl;q=0.2", Some("pl")),
            ("es;q=1.5, it", Some("it")),
        ];
        for (header, expected) in table {
            assert_eq!(
                pick(header).as_deref(),
                *expected,
                "Accept-Language: {header:?}"
            );
        }
    }

    #[test]
    fn equal_qualities_keep_the_browser_order() {
        let parsed = parse_accept_language("nl;q=0.5, pl;q=0.5, ja;q=0.5");
        let tags: Vec<String> = parsed.iter().map(ToString::to_string).collect();
        assert_eq!(tags, ["nl", "pl", "ja"]);
    }

    #[test]
    fn a_huge_header_is_cut_not_parsed_at_length() {
        let header = "xx, ".repeat(10_000) + "de";
        assert!(parse_accept_language(&header).len() <= MAX_RANGES);
        assert_eq!(pick(&header), None);
    }
}
