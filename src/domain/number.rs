//! Numbers as Danish and English users write and read them.

use crate::domain::text::Lang;

mod decimal;

/// Reads a number the way users write it: "2,5" and "2.5", "1.000,5", spaces ignored.
/// Empty text or text that is not a number gives `None`.
pub fn parse(s: &str) -> Option<f64> {
    let s: String = s.trim().chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return None;
    }
    let normalised = if s.contains(',') { s.replace('.', "").replace(',', ".") } else { s };
    decimal::to_f64(&normalised).filter(|x| x.is_finite())
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
        assert_eq!(parse("2,5"), Some(2.5));
        assert_eq!(parse("2.5"), Some(2.5));
        assert_eq!(parse(" 40 "), Some(40.0));
        assert_eq!(parse("1.000,5"), Some(1000.5));
        assert_eq!(parse("1 000"), Some(1000.0));
        assert_eq!(parse("-3"), Some(-3.0));
        assert_eq!(parse(""), None);
        assert_eq!(parse("mange"), None);
        assert_eq!(parse("inf"), None);
        assert_eq!(parse("NaN"), None);
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
