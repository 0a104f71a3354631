//! Times as a person reads them: "2 hours ago" from the catalogue's plural messages, and the
//! exact date and time in the locale's own pattern, from CLDR through ICU4X.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::thread::LocalKey;

use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_locale_core::Locale;
use time::{OffsetDateTime, UtcOffset};

use super::Localizer;

type Formatter = FixedCalendarDateTimeFormatter<Gregorian, YMDT>;
type DayFormatter = FixedCalendarDateTimeFormatter<Gregorian, YMD>;

/// Locales whose formatters a thread keeps; a catalogue has a handful.
const KEPT_FORMATTERS: usize = 64;

/// Formatters of one kind by locale tag; `None` where the locale has no pattern.
type Kept<F> = RefCell<HashMap<String, Rc<Option<F>>>>;

thread_local! {
    /// Each locale's formatters, built once per thread: building one loads CLDR patterns, which
    /// cost as much as formatting a page's times.
    static EXACT_TIMES: Kept<Formatter> = RefCell::new(HashMap::new());
    static DAYS: Kept<DayFormatter> = RefCell::new(HashMap::new());
}

/// The formatter `store` keeps for `tag`, built by `build` the first time on this thread.
fn kept<F>(
    store: &'static LocalKey<Kept<F>>,
    tag: &str,
    build: impl FnOnce(Locale) -> Option<F>,
) -> Rc<Option<F>> {
    if let Some(formatter) = store.with_borrow(|kept| kept.get(tag).cloned()) {
        return formatter;
    }
    let formatter = Rc::new(build(tag.parse().unwrap_or(Locale::UNKNOWN)));
    store.with_borrow_mut(|kept| {
        if kept.len() >= KEPT_FORMATTERS {
            kept.clear();
        }
        kept.insert(tag.to_owned(), Rc::clone(&formatter));
    });
    formatter
}

/// The exact-time formatter of one locale.
pub struct ExactTime {
    formatter: Rc<Option<Formatter>>,
}

impl ExactTime {
    pub fn new(tag: &str) -> Self {
        let formatter = kept(&EXACT_TIMES, tag, |locale| {
            Formatter::try_new(locale.into(), YMD::medium().with_time_hm()).ok()
        });
        Self { formatter }
    }

    /// `at` in UTC (the server does not know the reader's time zone; the page says UTC), e.g.
    /// `28 Nov 2026, 19:00` or `28.11.2026, 19:00`. RFC 3339 if the locale has no pattern.
    pub fn format(&self, at: OffsetDateTime) -> String {
        let at = at.to_offset(UtcOffset::UTC);
        let icu = Date::try_new_gregorian(at.year(), u8::from(at.month()), at.day())
            .ok()
            .zip(Time::try_new(at.hour(), at.minute(), 0, 0).ok());
        match (self.formatter.as_ref(), icu) {
            (Some(formatter), Some((date, time))) => {
                formatter.format(&DateTime { date, time }).to_string()
            }
            _ => machine_time(at),
        }
    }
}

/// The `datetime` attribute of a `<time>`: RFC 3339 in UTC, to the second.
pub fn machine_time(at: OffsetDateTime) -> String {
    let at = at.to_offset(UtcOffset::UTC);
    let year = at.year();
    if !(0..=9999).contains(&year) {
        return format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            year,
            u8::from(at.month()),
            at.day(),
            at.hour(),
            at.minute(),
            at.second()
        );
    }
    // Digit by digit: a session row writes two of these, and `format!` was most of their cost.
    let mut out = String::with_capacity(20);
    let mut digits = |value: u32, width: u32, then: char| {
        for place in (0..width).rev() {
            out.push(char::from(b'0' + (value / 10u32.pow(place) % 10) as u8));
        }
        out.push(then);
    };
    digits(year as u32, 4, '-');
    digits(u8::from(at.month()).into(), 2, '-');
    digits(at.day().into(), 2, 'T');
    digits(at.hour().into(), 2, ':');
    digits(at.minute().into(), 2, ':');
    digits(at.second().into(), 2, 'Z');
    out
}

const MINUTE: u64 = 60;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;
const MONTH: u64 = 30 * DAY;
const YEAR: u64 = 365 * DAY;

impl Localizer {
    /// "2 hours ago", "in 3 days": `seconds` from now (negative: in the past). The future
    /// counts in days at most (a session's expiry), the past up to years (a sign-in).
    pub fn relative_time(&self, seconds: i64) -> String {
        let span = seconds.unsigned_abs();
        // A time within the second of now has no direction left (whole seconds truncate
        // towards zero): a sign-in a moment ago is "just now", never "in less than a minute".
        let past = seconds <= 0;
        let (id, count) = match (past, span) {
            (true, s) if s < MINUTE => return self.t("settings-time-just-now").into_owned(),
            (false, s) if s < MINUTE => return self.t("settings-time-soon").into_owned(),
            (true, s) if s < HOUR => ("settings-time-minutes-ago", s / MINUTE),
            (true, s) if s < DAY => ("settings-time-hours-ago", s / HOUR),
            (true, s) if s < MONTH => ("settings-time-days-ago", s / DAY),
            (true, s) if s < YEAR => ("settings-time-months-ago", s / MONTH),
            (true, s) => ("settings-time-years-ago", s / YEAR),
            (false, s) if s < HOUR => ("settings-time-in-minutes", s / MINUTE),
            (false, s) if s < DAY => ("settings-time-in-hours", s / HOUR),
            (false, s) => ("settings-time-in-days", s / DAY),
        };
        self.t1(id, "count", count)
    }

    /// This locale's exact-time formatter.
    pub fn exact_time(&self) -> ExactTime {
        ExactTime::new(self.lang())
    }

    /// The day of `at` (UTC) in the locale's medium pattern, e.g. `28 Nov 2026`; ISO 8601 if
    /// the locale has no pattern. For "added on" lines, where the hour says nothing.
    pub fn day(&self, at: OffsetDateTime) -> String {
        let at = at.to_offset(UtcOffset::UTC);
        let formatter = kept(&DAYS, self.lang(), |locale| {
            DayFormatter::try_new(locale.into(), YMD::medium()).ok()
        });
        let date = Date::try_new_gregorian(at.year(), u8::from(at.month()), at.day()).ok();
        match (formatter.as_ref(), date) {
            (Some(formatter), Some(date)) => formatter.format(&date).to_string(),
            _ => machine_time(at)[..10].to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn relative_times_read_naturally() {
        let l = Localizer::english();
        for (seconds, expected) in [
            (-5, "just now"),
            (0, "just now"),
            (5, "in less than a minute"),
            (-60, "1 minute ago"),
            (-7_200, "2 hours ago"),
            (-7_199, "1 hour ago"),
            (86_400, "in 1 day"),
            (3 * 86_400 + 5, "in 3 days"),
            (90 * 86_400, "in 90 days"),
            (-61 * 86_400, "2 months ago"),
            (-800 * 86_400, "2 years ago"),
        ] {
            assert_eq!(l.relative_time(seconds), expected, "{seconds}");
        }
    }

    #[test]
    fn relative_times_follow_each_locales_plurals() {
        assert_eq!(
            Localizer::builtin("de").relative_time(-7_200),
            "vor 2 Stunden"
        );
        assert_eq!(
            Localizer::builtin("pl").relative_time(-5 * 60),
            "5 minut temu"
        );
        assert_eq!(
            Localizer::builtin("pl").relative_time(-3 * 60),
            "3 minuty temu"
        );
        assert_eq!(
            Localizer::builtin("fr").relative_time(2 * 86_400),
            "dans 2 jours"
        );
    }

    #[test]
    fn machine_times_are_rfc_3339_in_utc() {
        for (at, expected) in [
            (datetime!(2026-11-28 19:05:42 UTC), "2026-11-28T19:05:42Z"),
            (datetime!(0007-01-02 03:04:05 UTC), "0007-01-02T03:04:05Z"),
            (
                datetime!(9999-12-31 23:59:59.999 UTC),
                "9999-12-31T23:59:59Z",
            ),
            (
                datetime!(2026-11-29 01:05:00 +06:00),
                "2026-11-28T19:05:00Z",
            ),
        ] {
            assert_eq!(machine_time(at), expected);
        }
    }

    #[test]
    fn exact_times_use_the_locales_pattern() {
        let at = datetime!(2026-11-28 19:05:42 UTC);
        assert_eq!(machine_time(at), "2026-11-28T19:05:42Z");
        let english = Localizer::english().exact_time().format(at);
        assert_eq!(english, "Nov 28, 2026, 7:05\u{202f}PM");
        let german = Localizer::builtin("de").exact_time().format(at);
        assert!(german.contains("28.11.2026"), "{german}");
        // Another offset is shown in UTC.
        let later = datetime!(2026-11-29 01:05 +06:00);
        assert_eq!(
            Localizer::english().exact_time().format(later),
            "Nov 28, 2026, 7:05\u{202f}PM"
        );
    }

    #[test]
    fn each_locale_keeps_a_formatter_of_its_own() {
        let at = datetime!(2026-11-28 19:05 UTC);
        let format = |tag: &str| Localizer::builtin(tag).exact_time().format(at);
        // In turn on one thread, so kept formatters are asked for again.
        let texts: Vec<String> = ["en", "de", "ja", "en", "de", "ja"]
            .into_iter()
            .map(format)
            .collect();
        assert_eq!(texts[..3], texts[3..]);
        assert_eq!(texts[0], "Nov 28, 2026, 7:05\u{202f}PM");
        assert!(texts[1].contains("28.11.2026"), "{}", texts[1]);
        assert!(texts[2].contains("2026/11/28"), "{}", texts[2]);
    }

    #[test]
    fn a_day_uses_the_locales_pattern_in_utc() {
        let at = datetime!(2026-11-29 01:05 +06:00);
        // In turn on one thread, so kept formatters are asked for again.
        for _ in 0..2 {
            assert_eq!(Localizer::english().day(at), "Nov 28, 2026");
            let german = Localizer::builtin("de").day(at);
            assert!(german.contains("28.11.2026"), "{german}");
        }
    }
}
