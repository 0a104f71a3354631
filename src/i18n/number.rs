//! Numbers in a message, written the way each locale writes them (`1,234.5`, `1.234,5`,
//! `1 234,5`, `١٬٢٣٤٫٥`). fluent-bundle leaves number formatting to the application; the
//! handful of separators our locales need is a small table, not worth a full ICU build.

use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// How one locale writes decimal numbers (CLDR's default numbering system).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat {
    decimal: char,
    group: char,
    /// Digits in the integer part before grouping starts (CLDR `minimumGroupingDigits` + 3).
    group_from: usize,
    /// The digit zero of the numbering system; the other digits follow it.
    zero: char,
}

impl NumberFormat {
    pub fn for_language(lang: &LanguageIdentifier) -> Self {
        let (decimal, group, group_from, zero) = match lang.language.as_str() {
            "de" | "it" | "nl" | "tr" | "id" | "da" => (',', '.', 4, '0'),
            "es" => (',', '.', 5, '0'),
            "pt" => (',', '.', 4, '0'),
            "fr" => (',', '\u{202F}', 4, '0'),
            "pl" => (',', '\u{00A0}', 5, '0'),
            "ar" => ('\u{066B}', '\u{066C}', 4, '\u{0660}'),
            _ => ('.', ',', 4, '0'),
        };
        Self {
            decimal,
            group,
            group_from,
            zero,
        }
    }

    /// At most `max_fraction` decimals (trailing zeros dropped), at least `min_fraction`.
    pub fn format(&self, value: f64, min_fraction: usize, max_fraction: usize) -> String {
        if !value.is_finite() {
            return value.to_string();
        }
        // Counts ("2 hours ago", "5 codes left") are whole numbers: written as integers they
        // skip the exact float formatting, which is most of a number's cost.
        let plain = if min_fraction == 0 && value.fract() == 0.0 && value.abs() < 2f64.powi(53) {
            (value.abs() as u64).to_string()
        } else {
            format!("{:.*}", max_fraction.max(min_fraction), value.abs())
        };
        self.localize(value, &plain, min_fraction)
    }

    /// `plain`, the ASCII digits of `value`'s magnitude, in this locale's digits, separators
    /// and sign.
    fn localize(&self, value: f64, plain: &str, min_fraction: usize) -> String {
        let (integer, fraction) = match plain.split_once('.') {
            Some((integer, fraction)) => {
                let trimmed = fraction.trim_end_matches('0');
                let keep = trimmed.len().max(min_fraction).min(fraction.len());
                (integer, &fraction[..keep])
            }
            None => (plain, ""),
        };
        let mut out = String::with_capacity(plain.len() + 4);
        if value < 0.0 && plain.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            out.push('-');
        }
        let len = integer.len();
        for (i, digit) in integer.chars().enumerate() {
            if i > 0 && len >= self.group_from && (len - i) % 3 == 0 {
                out.push(self.group);
            }
            out.push(self.digit(digit));
        }
        if !fraction.is_empty() {
            out.push(self.decimal);
            out.extend(fraction.chars().map(|d| self.digit(d)));
        }
        out
    }

    fn digit(&self, ascii: char) -> char {
        let offset = ascii as u32 - '0' as u32;
        char::from_u32(self.zero as u32 + offset).unwrap_or(ascii)
    }
}

impl Memoizable for NumberFormat {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Self::for_language(&lang))
    }
}

/// The bundle's formatter hook: numbers only; everything else is Fluent's default.
pub fn format_value<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let min = number.options.minimum_fraction_digits.unwrap_or(0);
    let max = number.options.maximum_fraction_digits.unwrap_or(2);
    memoizer
        .with_try_get_threadsafe::<NumberFormat, _, _>((), |format| {
            format.format(number.value, min, max)
        })
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(lang: &str, value: f64) -> String {
        NumberFormat::for_language(&lang.parse().unwrap()).format(value, 0, 2)
    }

    #[test]
    fn numbers_follow_the_locale() {
        let table: &[(&str, f64, &str)] = &[
            ("en", 1234567.5, "1,234,567.5"),
            ("en", 8.0, "8"),
            ("en", 0.02, "0.02"),
            ("en", 15.0, "15"),
            ("de", 1234.25, "1.234,25"),
            ("fr", 1234.5, "1\u{202F}234,5"),
            ("es", 1234.0, "1234"),
            ("es", 12345.0, "12.345"),
            ("pl", 1234.0, "1234"),
            ("pl", 12345.0, "12\u{00A0}345"),
            ("pt-BR", 0.5, "0,5"),
            ("ja", 12345.0, "12,345"),
            ("ar", 1234.5, "١٬٢٣٤٫٥"),
            ("en", -3.0, "-3"),
            ("en", 2.999, "3"),
            ("en", -0.0, "0"),
            ("en", 9007199254740992.0, "9,007,199,254,740,992"),
        ];
        for (lang, value, expected) in table {
            assert_eq!(format(lang, *value), *expected, "{lang} {value}");
        }
    }

    /// Whole numbers take a shorter way; it must write what the float formatting writes.
    #[test]
    fn whole_numbers_read_as_the_float_formatting_writes_them() {
        for lang in ["en", "de", "fr", "pl", "ar"] {
            let format = NumberFormat::for_language(&lang.parse().unwrap());
            for value in (0..20_000)
                .step_by(7)
                .chain([99_999, 1_000_000, 123_456_789])
            {
                for value in [value as f64, -(value as f64)] {
                    let float = format!("{:.2}", value.abs());
                    let expected = format.localize(value, &float, 0);
                    assert_eq!(format.format(value, 0, 2), expected, "{lang} {value}");
                }
            }
        }
    }
}
