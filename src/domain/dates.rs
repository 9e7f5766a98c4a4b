//! Reading the dates and instants of stored dossiers and files: the app's own forms by a small reader, the rest by chrono.
//!
//! chrono writes an instant in UTC as `2026-11-23T09:30:00Z` (with 3, 6 or 9 digits of the
//! second when it has them) and a date as `2026-11-23`. Its reader takes much more (a space for
//! the `T`, offsets, `UTC`, whitespace, signed years), and is about 12 KB of wasm. The quick
//! readers of stored dossiers and current files (`persistence::read_stored_quick`,
//! [`crate::domain::format::read`]) hand their strings to the visitors below as borrowed text, and
//! those take the app's own forms only: anything else fails the quick reader, which then leaves
//! the text to the full reader. The full reader goes through JSON values, whose strings arrive
//! owned (`visit_string`), and there chrono reads whatever the small reader does not. So chrono's
//! reader is compiled only into the full reader's code, and both readers accept what they did
//! before, with the same result (tested against chrono below).
//!
//! Fields use these with `#[serde(deserialize_with = "…")]`; serialising is chrono's own.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// The number written by `b`'s ASCII digits (at most 9 of them), or `None`.
fn number(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 9 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

fn day_of(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(number(&b[..4])? as i32, number(&b[5..7])?, number(&b[8..10])?)
}

/// A date as chrono writes one of the years 0–9999: `2026-11-23`.
pub fn read_day(s: &str) -> Option<NaiveDate> {
    day_of(s.as_bytes())
}

/// An instant as chrono writes one in UTC, of the years 0–9999 and not a leap second:
/// `2026-11-23T09:30:00Z`, with 1–9 digits of the second after a point.
pub fn read_instant(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    if b.len() < 20 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[b.len() - 1] != b'Z' {
        return None;
    }
    let day = day_of(&b[..10])?;
    let nano = match &b[19..b.len() - 1] {
        [] => 0,
        [b'.', digits @ ..] => number(digits)? * 10u32.pow(9 - digits.len() as u32),
        _ => return None,
    };
    let time = NaiveTime::from_hms_nano_opt(number(&b[11..13])?, number(&b[14..16])?, number(&b[17..19])?, nano)?;
    Some(NaiveDateTime::new(day, time).and_utc())
}

/// A value the app writes in one form: read by [`Written::read`] in that form, and by chrono
/// (`FromStr`) in any other.
trait Written: Sized + std::str::FromStr<Err = chrono::ParseError> {
    /// What serde's error says was expected (chrono's words).
    const EXPECTING: &'static str;
    fn read(s: &str) -> Option<Self>;
}

impl Written for DateTime<Utc> {
    const EXPECTING: &'static str = "an RFC 3339 formatted date and time string";
    fn read(s: &str) -> Option<Self> {
        read_instant(s)
    }
}

impl Written for NaiveDate {
    const EXPECTING: &'static str = "a formatted date string";
    fn read(s: &str) -> Option<Self> {
        read_day(s)
    }
}

/// Reads a `T` from a string, and is one when read (for the `Option`, tuple and `Vec` fields).
struct Text<T>(T);

impl<T: Written> Visitor<'_> for Text<PhantomData<T>> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    /// Borrowed text comes from the quick readers: the app's own form only.
    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        T::read(s).ok_or_else(|| E::invalid_value(Unexpected::Str(s), &self))
    }

    /// An owned string comes from a JSON value, i.e. the full reader: every form chrono reads.
    fn visit_string<E: de::Error>(self, s: String) -> Result<T, E> {
        match T::read(&s) {
            Some(t) => Ok(t),
            None => s.parse().map_err(E::custom),
        }
    }
}

impl<'de, T: Written> Deserialize<'de> for Text<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(Text(PhantomData)).map(Text)
    }
}

type Instant = Text<DateTime<Utc>>;
type Day = Text<NaiveDate>;

/// For a `DateTime<Utc>` field.
pub fn instant<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    Ok(Instant::deserialize(d)?.0)
}

/// For an `Option<DateTime<Utc>>` field.
pub fn opt_instant<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    Ok(Option::<Instant>::deserialize(d)?.map(|t| t.0))
}

/// For an `Option<(DateTime<Utc>, DateTime<Utc>)>` field.
#[allow(clippy::type_complexity)]
pub fn opt_instant_pair<'de, D: Deserializer<'de>>(d: D) -> Result<Option<(DateTime<Utc>, DateTime<Utc>)>, D::Error> {
    Ok(Option::<(Instant, Instant)>::deserialize(d)?.map(|(a, b)| (a.0, b.0)))
}

/// For an `Option<NaiveDate>` field.
pub fn opt_day<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Ok(Option::<Day>::deserialize(d)?.map(|d| d.0))
}

/// For a `Vec<NaiveDate>` field.
pub fn days<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
    Ok(Vec::<Day>::deserialize(d)?.into_iter().map(|d| d.0).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use proptest::prelude::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Fields {
        #[serde(deserialize_with = "instant")]
        at: DateTime<Utc>,
        #[serde(default, deserialize_with = "opt_instant")]
        maybe: Option<DateTime<Utc>>,
        #[serde(default, deserialize_with = "opt_instant_pair")]
        pair: Option<(DateTime<Utc>, DateTime<Utc>)>,
        #[serde(default, deserialize_with = "opt_day")]
        day: Option<NaiveDate>,
        #[serde(default, deserialize_with = "days")]
        days: Vec<NaiveDate>,
    }

    fn chrono_instant(s: &str) -> Option<DateTime<Utc>> {
        s.parse().ok()
    }

    #[test]
    fn the_app_s_own_forms() {
        let t = Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 5).unwrap();
        assert_eq!(read_instant("2026-11-23T09:30:05Z"), Some(t));
        assert_eq!(read_instant("2026-11-23T09:30:05.250Z"), Some(t + Duration::milliseconds(250)));
        assert_eq!(read_instant("2026-11-23T09:30:05.000001Z"), Some(t + Duration::microseconds(1)));
        assert_eq!(read_instant("2026-11-23T09:30:05.5Z"), Some(t + Duration::milliseconds(500)));
        assert_eq!(read_day("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(read_day("2025-02-29"), None);
        for other in [
            "2026-11-23 09:30:05Z",
            "2026-11-23T09:30:05+01:00",
            "2026-11-23T09:30:05z",
            "2026-11-23t09:30:05Z",
            "2026-11-23T09:30:05UTC",
            "2026-11-23T09:30:60Z",
            "2026-11-23T24:00:00Z",
            "2026-11-23T09:30:05.Z",
            "2026-11-23T09:30:05.1234567890Z",
            "+12026-11-23T09:30:05Z",
            " 2026-11-23T09:30:05Z",
            "2026-11-23T09:30:05",
            "2026-1-23T09:30:05Z",
            "2026-11-23T09:30:05Zæ",
            "æææææææææææææææææææææ",
            "",
        ] {
            assert_eq!(read_instant(other), None, "{other}");
        }
        for other in ["2026-11-23 ", " 2026-11-23", "+2026-11-23", "2026-11-3", "2026/11/23", "2026-13-01", "20ææ-1"]
        {
            assert_eq!(read_day(other), None, "{other}");
        }
    }

    /// Borrowed text (the quick readers) takes the app's forms only; owned strings (JSON values,
    /// the full reader) take everything chrono takes, with the same result.
    #[test]
    fn fields_read_quick_and_from_values() {
        let own = r#"{"at":"2026-11-23T09:30:05.250Z","maybe":"2026-01-01T00:00:00Z","pair":["2026-01-01T00:00:00Z","2026-01-02T00:00:00.000000001Z"],"day":"2026-11-23","days":["2026-02-16","2026-05-15"]}"#;
        let quick: Fields = serde_json::from_str(own).unwrap();
        let full: Fields = serde_json::from_value(serde_json::from_str(own).unwrap()).unwrap();
        assert_eq!(quick, full);
        assert_eq!(quick.days.len(), 2);
        assert_eq!(quick.pair.unwrap().1.timestamp_subsec_nanos(), 1);

        let lenient = r#"{"at":"2026-11-23 10:30:05.250+01:00","maybe":null,"day":" 2026-11-23","days":["2026-2-16"]}"#;
        assert!(serde_json::from_str::<Fields>(lenient).is_err());
        let full: Fields = serde_json::from_value(serde_json::from_str(lenient).unwrap()).unwrap();
        assert_eq!(full.at, chrono_instant("2026-11-23T09:30:05.250Z").unwrap());
        assert_eq!(full.maybe, None);
        assert_eq!(full.pair, None);
        assert_eq!(full.day, NaiveDate::from_ymd_opt(2026, 11, 23));
        assert_eq!(full.days, vec![NaiveDate::from_ymd_opt(2026, 2, 16).unwrap()]);

        // What neither takes fails in both, with chrono's words in the full reader.
        let bad = r#"{"at":"23.11.2026"}"#;
        assert!(serde_json::from_str::<Fields>(bad).is_err());
        let e = serde_json::from_value::<Fields>(serde_json::from_str(bad).unwrap()).unwrap_err();
        assert!(e.to_string().contains("input contains invalid characters"), "{e}");
    }

    /// Texts near the app's own forms: fields in and just out of range, separators, fractions
    /// of 0–11 digits, zones, and now and then one character changed.
    fn near_instant() -> impl Strategy<Value = String> {
        let fields = (0u32..=9999, 0u32..=13, 0u32..=32, 0u32..=24, 0u32..=60, 0u32..=60);
        let sep = prop_oneof![8 => Just("T"), 1 => Just("t"), 1 => Just(" ")];
        let frac = prop_oneof![2 => Just(String::new()), 3 => "\\.[0-9]{0,11}"];
        let zone = prop_oneof![8 => Just("Z"), 1 => Just("z"), 1 => Just("+00:00"), 1 => Just("-01:30"), 1 => Just(""), 1 => Just(" UTC")];
        let change = prop_oneof![3 => Just(None), 1 => (0usize..30, prop_oneof![Just('x'), Just(' '), Just('-'), Just(':'), Just('5'), Just('æ')]).prop_map(Some)];
        (fields, sep, frac, zone, change).prop_map(|((y, mo, d, h, mi, s), sep, frac, zone, change)| {
            let text = format!("{y:04}-{mo:02}-{d:02}{sep}{h:02}:{mi:02}:{s:02}{frac}{zone}");
            match change {
                Some((at, c)) if at < text.chars().count() => {
                    text.chars().enumerate().map(|(i, x)| if i == at { c } else { x }).collect()
                }
                _ => text,
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// Whatever the small reader takes, chrono takes with the same instant.
        #[test]
        fn agrees_with_chrono_on_texts(s in near_instant()) {
            if let Some(t) = read_instant(&s) {
                prop_assert_eq!(Some(t), chrono_instant(&s));
            }
            let day: String = s.chars().take(10).collect();
            if let Some(d) = read_day(&day) {
                prop_assert_eq!(Ok(d), day.parse::<NaiveDate>());
            }
        }

        /// Everything chrono writes for the years 0–9999 (no leap seconds), the small reader takes.
        #[test]
        fn reads_what_chrono_writes(secs in -62_167_219_200i64..253_402_300_799, nano in 0u32..1_000_000_000, round in 0u32..3) {
            let nano = match round { 0 => nano - nano % 1_000_000, 1 => nano - nano % 1_000, _ => nano };
            let t = DateTime::<Utc>::from_timestamp(secs, nano).unwrap();
            let text = serde_json::to_string(&t).unwrap();
            prop_assert_eq!(read_instant(text.trim_matches('"')), Some(t));
            let day = t.date_naive();
            let text = serde_json::to_string(&day).unwrap();
            prop_assert_eq!(read_day(text.trim_matches('"')), Some(day));
        }
    }
}
