//! Numbers as Danish and English users write and read them.

use crate::domain::text::Lang;

mod decimal;

/// Why a text is not read as a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NotANumber {
    /// Not a number at all ("mange", "1.2.3").
    Invalid,
    /// The mark the user's language does not use for decimals, once, before three digits:
    /// «1.150» in Danish is 1150 with a thousands point, or 1,15 with an English decimal point.
    /// The two readings are given, so the user can be asked which they meant.
    Ambiguous { grouped: f64, decimal: f64 },
    /// A number where a year is asked for, but not a whole one within [`YEARS`].
    NotAYear,
}

/// The years a figure, a target or an agreement can have.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// The year a year field's number stands for: a whole number within [`YEARS`], or nothing.
pub fn year_of(n: Option<f64>) -> Option<i32> {
    n.filter(|y| y.fract() == 0.0).map(|y| y as i32).filter(|y| YEARS.contains(y))
}

/// [`read`] for a field that asks for a year: a whole number within [`YEARS`], or nothing.
pub fn read_year(text: &str, lang: Lang) -> Result<Option<f64>, NotANumber> {
    match read(text, lang)? {
        Some(y) if year_of(Some(y)).is_none() => Err(NotANumber::NotAYear),
        year => Ok(year),
    }
}

/// Reads a number the way users write it in `lang`. Its own decimal mark always marks decimals
/// («2,5» in Danish, «2.5» in English); the other mark does too where it cannot separate
/// thousands («2.5», «1234.5» in Danish). Thousands are separated by spaces, or by a mark used
/// more than once or before the other mark («1 000», «1.000.000», «1.000,5», «1,000.5»).
/// `Ok(None)` for empty text.
pub fn read(text: &str, lang: Lang) -> Result<Option<f64>, NotANumber> {
    let s: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return Ok(None);
    }
    let own = if lang == Lang::Da { ',' } else { '.' };
    let (sign, rest) = match s.strip_prefix(['-', '+']) {
        Some(rest) => (&s[..1], rest),
        None => ("", s.as_str()),
    };
    let (mantissa, exponent) = rest.split_at(rest.find(['e', 'E']).unwrap_or(rest.len()));
    let number = |digits: &str| {
        decimal::to_f64(&format!("{sign}{digits}{exponent}")).filter(|x| x.is_finite()).ok_or(NotANumber::Invalid)
    };
    let Some(at) = mantissa.rfind([',', '.']) else {
        return number(mantissa).map(Some);
    };
    let mark = mantissa[at..].chars().next().unwrap_or(own);
    let (int, frac) = (&mantissa[..at], &mantissa[at + 1..]);
    let other = if mark == ',' { '.' } else { ',' };
    if int.contains(mark) {
        // The same mark more than once: thousands, and no decimals.
        return match grouped(mantissa, mark) {
            Some(digits) => number(&digits).map(Some),
            None => Err(NotANumber::Invalid),
        };
    }
    if int.contains(other) {
        // Both marks: the last one marks the decimals, the other one thousands.
        return match grouped(int, other) {
            Some(digits) => number(&format!("{digits}.{frac}")).map(Some),
            None => Err(NotANumber::Invalid),
        };
    }
    let decimal = number(&format!("{int}.{frac}"))?;
    if mark != own && exponent.is_empty() && grouped(mantissa, mark).is_some() {
        return Err(NotANumber::Ambiguous { grouped: number(&format!("{int}{frac}"))?, decimal });
    }
    Ok(Some(decimal))
}

/// The digits of `text` when it is digits in groups of three separated by `mark`, the first of
/// one to three digits and not a leading zero («1.000.000»).
fn grouped(text: &str, mark: char) -> Option<String> {
    let mut groups = text.split(mark);
    let first = groups.next()?;
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let ok = (1..=3).contains(&first.len()) && digits(first) && !first.starts_with('0');
    let rest: Vec<&str> = groups.collect();
    (ok && !rest.is_empty() && rest.iter().all(|g| g.len() == 3 && digits(g))).then(|| text.replace(mark, ""))
}

/// [`read`] where the reason does not matter: `None` for empty text and for text that is not
/// one number.
pub fn parse(text: &str, lang: Lang) -> Option<f64> {
    read(text, lang).ok().flatten()
}

/// A number with a decimal comma (Danish) or point (English), without trailing zeros, at most
/// `decimals` decimals.
pub fn format(x: f64, decimals: usize, lang: Lang) -> String {
    let s = format_fixed(x, decimals);
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    if lang == Lang::Da {
        s.replace('.', ",")
    } else {
        s
    }
}

/// A number with exactly `decimals` decimals, in the user's notation ("73,0").
pub fn fixed(x: f64, decimals: usize, lang: Lang) -> String {
    let s = format_fixed(x, decimals);
    if lang == Lang::Da {
        s.replace('.', ",")
    } else {
        s
    }
}

/// A share in percent with one decimal, as the survey's results write it ("61,5 %").
pub fn percent(x: f64, lang: Lang) -> String {
    format!("{} %", fixed(x, 1, lang))
}

/// A number with exactly `decimals` decimals and a decimal point, without the float formatting
/// machinery (rounding half away from zero).
pub fn format_fixed(x: f64, decimals: usize) -> String {
    let scale = 10f64.powi(decimals as i32);
    let n = (x.abs() * scale).round() as u64;
    let sign = if x < 0.0 && n != 0 { "-" } else { "" };
    let whole = n / scale as u64;
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let frac = n % scale as u64;
    format!("{sign}{whole}.{frac:0width$}", width = decimals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_ways() {
        for lang in [Lang::Da, Lang::En] {
            assert_eq!(parse("2,5", lang), Some(2.5));
            assert_eq!(parse("2.5", lang), Some(2.5));
            assert_eq!(parse(" 40 ", lang), Some(40.0));
            assert_eq!(parse("1.000,5", lang), Some(1000.5));
            assert_eq!(parse("1,000.5", lang), Some(1000.5));
            assert_eq!(parse("1.000.000", lang), Some(1e6));
            assert_eq!(parse("1,000,000", lang), Some(1e6));
            assert_eq!(parse("1 000", lang), Some(1000.0));
            assert_eq!(parse("1\u{a0}000,5", lang), Some(1000.5));
            assert_eq!(parse("-3", lang), Some(-3.0));
            assert_eq!(parse("0.150", lang), Some(0.15));
            assert_eq!(parse("1234.567", lang), Some(1234.567));
            assert_eq!(parse(",5", lang), Some(0.5));
            assert_eq!(read("", lang), Ok(None));
            for bad in ["mange", "inf", "NaN", "1.2.3", "1.00,5", "12.34.567", "1.000,000.5", "-", ","] {
                assert_eq!(read(bad, lang), Err(NotANumber::Invalid), "{bad}");
            }
        }
    }

    #[test]
    fn the_users_own_decimal_mark_is_always_decimals_the_other_before_three_digits_is_asked() {
        assert_eq!(read("1,150", Lang::Da), Ok(Some(1.15)));
        assert_eq!(read("1.150", Lang::En), Ok(Some(1.15)));
        let both = Err(NotANumber::Ambiguous { grouped: 1150.0, decimal: 1.15 });
        assert_eq!(read("1.150", Lang::Da), both);
        assert_eq!(read("1,150", Lang::En), both);
        assert_eq!(read("-12.500", Lang::Da), Err(NotANumber::Ambiguous { grouped: -12500.0, decimal: -12.5 }));
        // Where the mark cannot separate thousands, it marks decimals.
        assert_eq!(read("1.15", Lang::Da), Ok(Some(1.15)));
        assert_eq!(read("1234,567", Lang::En), Ok(Some(1234.567)));
        assert_eq!(read("0,150", Lang::En), Ok(Some(0.15)));
        assert_eq!(read("1.5e3", Lang::Da), Ok(Some(1500.0)));
    }

    #[test]
    fn a_year_is_whole_and_within_its_range() {
        assert_eq!(read_year("2026", Lang::Da), Ok(Some(2026.0)));
        assert_eq!(read_year(" ", Lang::Da), Ok(None));
        assert_eq!(read_year("1900", Lang::En), Ok(Some(1900.0)));
        assert_eq!(read_year("2200", Lang::En), Ok(Some(2200.0)));
        for bad in ["26", "1899", "2201", "2026,5", "-2026", "1e9"] {
            assert_eq!(read_year(bad, Lang::Da), Err(NotANumber::NotAYear), "{bad}");
        }
        assert_eq!(read_year("år", Lang::Da), Err(NotANumber::Invalid));
        assert_eq!(year_of(Some(2026.0)), Some(2026));
        assert_eq!(year_of(Some(2026.5)), None);
        assert_eq!(year_of(Some(30.0)), None);
        assert_eq!(year_of(None), None);
        // «2.026» is not read as a year of 2,026 nor 2026 without asking.
        assert!(matches!(read_year("2.026", Lang::Da), Err(NotANumber::Ambiguous { .. })));
    }

    proptest::proptest! {
        /// What the app writes in a language, it reads back in that language as the same
        /// number: never as not a number, and never as ambiguous.
        #[test]
        fn what_is_written_is_read_back(x in -1e9f64..1e9, decimals in 0usize..=4, da in proptest::bool::ANY) {
            let lang = if da { Lang::Da } else { Lang::En };
            let written = format(x, decimals, lang);
            let expected = format_fixed(x, decimals).parse::<f64>().unwrap();
            proptest::prop_assert_eq!(read(&written, lang), Ok(Some(expected)), "{}", written);
        }

        /// Any text gives a number, no number, or a reason: never a panic.
        #[test]
        fn any_text_is_read_without_panic(text in "[-+0-9.,eE \u{a0}]{0,12}", da in proptest::bool::ANY) {
            let lang = if da { Lang::Da } else { Lang::En };
            if let Ok(Some(x)) = read(&text, lang) {
                proptest::prop_assert!(x.is_finite());
            }
        }
    }

    #[test]
    fn formats_both_ways() {
        assert_eq!(format(85.0, 2, Lang::Da), "85");
        assert_eq!(format(36.55, 2, Lang::Da), "36,55");
        assert_eq!(format(36.55, 1, Lang::Da), "36,6");
        assert_eq!(format(2.5, 2, Lang::En), "2.5");
        assert_eq!(format_fixed(0.05, 1), "0.1");
        assert_eq!(format_fixed(-0.04, 1), "0.0");
        assert_eq!(format_fixed(63.44, 1), "63.4");
        assert_eq!(format_fixed(7.0, 0), "7");
        assert_eq!(fixed(73.0, 1, Lang::Da), "73,0");
        assert_eq!(percent(60.0, Lang::Da), "60,0 %");
        assert_eq!(percent(61.54, Lang::En), "61.5 %");
    }
}
