//! Scoring the yearly survey: the share of valid answers in the two most positive steps
//! (top-two-box), with a 95 % Wilson interval, and whether a change between two rounds is
//! larger than the uncertainty (Newcombe's interval for a difference of proportions).

/// z for a two-sided 95 % interval.
const Z: f64 = 1.959_963_984_540_054;

/// Fewer respondents than this: no percentage is shown (small groups could be identified).
pub const MIN_SHOWN: usize = 10;
/// The guide asks for a representative sample of 50–100 residents.
pub const GUIDE_MIN: usize = 50;
pub const GUIDE_MAX: usize = 100;

/// Counted answers: `positive` of `n` valid answers, from `respondents` people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub positive: usize,
    pub n: usize,
    pub respondents: usize,
}

impl Tally {
    /// The share in percent (0–100), if there are valid answers at all.
    pub fn percent(&self) -> Option<f64> {
        (self.n > 0).then(|| 100.0 * self.positive as f64 / self.n as f64)
    }

    /// The 95 % Wilson score interval, in percent.
    pub fn wilson(&self) -> Option<(f64, f64)> {
        wilson(self.positive, self.n).map(|(l, u)| (100.0 * l, 100.0 * u))
    }

    /// Whether the result may be shown as a percentage at all.
    pub fn showable(&self) -> bool {
        self.respondents >= MIN_SHOWN && self.n > 0
    }

    /// Whether the result rests on fewer respondents than the guide asks for.
    pub fn below_guide(&self) -> bool {
        self.respondents < GUIDE_MIN
    }
}

/// The 95 % Wilson interval for `k` of `n` (as proportions 0–1).
pub fn wilson(k: usize, n: usize) -> Option<(f64, f64)> {
    if n == 0 || k > n {
        return None;
    }
    let (k, n) = (k as f64, n as f64);
    let p = k / n;
    let z2 = Z * Z;
    let denom = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denom;
    let half = Z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denom;
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}

/// How a change between two rounds compares with the uncertainty.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    /// The change in percentage points (later minus earlier).
    pub points: f64,
    /// Newcombe's 95 % interval for the change, in percentage points.
    pub low: f64,
    pub high: f64,
}

impl Change {
    /// Newcombe's hybrid score interval (method 10) for `later − earlier`.
    pub fn between(earlier: &Tally, later: &Tally) -> Option<Change> {
        let (p1, p2) = (later.percent()? / 100.0, earlier.percent()? / 100.0);
        let (l1, u1) = wilson(later.positive, later.n)?;
        let (l2, u2) = wilson(earlier.positive, earlier.n)?;
        let d = p1 - p2;
        let low = d - ((p1 - l1).powi(2) + (u2 - p2).powi(2)).sqrt();
        let high = d + ((u1 - p1).powi(2) + (p2 - l2).powi(2)).sqrt();
        Some(Change { points: 100.0 * d, low: 100.0 * low, high: 100.0 * high })
    }

    /// Whether the interval lies wholly above or below zero.
    pub fn beyond_uncertainty(&self) -> bool {
        self.low > 0.0 || self.high < 0.0
    }

    /// The change in plain words.
    pub fn words(&self, lang: crate::domain::Lang) -> String {
        let pp = crate::domain::number::format(self.points.abs(), 1, lang);
        let da = lang == crate::domain::Lang::Da;
        match (self.beyond_uncertainty(), self.points >= 0.0) {
            (true, true) if da => format!("En stigning på {pp} procentpoint – større end usikkerheden."),
            (true, false) if da => format!("Et fald på {pp} procentpoint – større end usikkerheden."),
            (false, _) if da => {
                format!("En ændring på {pp} procentpoint – inden for usikkerheden, så den kan skyldes tilfældigheder.")
            }
            (true, true) => format!("An increase of {pp} percentage points – larger than the uncertainty."),
            (true, false) => format!("A decrease of {pp} percentage points – larger than the uncertainty."),
            (false, _) => format!("A change of {pp} percentage points – within the uncertainty, so it may be chance."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pct(k: usize, n: usize) -> (String, String) {
        let (l, u) = wilson(k, n).unwrap();
        (format!("{:.1}", 100.0 * l), format!("{:.1}", 100.0 * u))
    }

    /// The reference values in ../shared/ALMENKOMPAS-AND-ESRS.md.
    #[test]
    fn wilson_matches_the_reference_table() {
        for (n, k, low, high) in [
            (50, 15, "19.1", "43.8"),
            (50, 25, "36.6", "63.4"),
            (50, 35, "56.2", "80.9"),
            (50, 45, "78.6", "95.7"),
            (75, 38, "39.6", "61.7"),
            (100, 30, "21.9", "39.6"),
            (100, 50, "40.4", "59.6"),
            (100, 70, "60.4", "78.1"),
            (100, 90, "82.6", "94.5"),
            (50, 0, "0.0", "7.1"),
        ] {
            assert_eq!(pct(k, n), (low.to_string(), high.to_string()), "n={n} k={k}");
        }
    }

    #[test]
    fn percent_and_thresholds() {
        let t = Tally { positive: 25, n: 50, respondents: 50 };
        assert_eq!(t.percent(), Some(50.0));
        assert!(t.showable() && !t.below_guide());
        let few = Tally { positive: 5, n: 9, respondents: 9 };
        assert!(!few.showable());
        let some = Tally { positive: 5, n: 20, respondents: 20 };
        assert!(some.showable() && some.below_guide());
        assert_eq!(Tally::default().percent(), None);
        assert_eq!(wilson(3, 2), None);
    }

    /// Newcombe (1998), Statistics in Medicine 17:873–890, table II, example (a):
    /// 56/70 against 48/80, method 10: a difference of 0.20 with 95 % interval 0.0524 to 0.3339.
    #[test]
    fn newcombe_matches_the_published_example() {
        let c = Change::between(
            &Tally { positive: 48, n: 80, respondents: 80 },
            &Tally { positive: 56, n: 70, respondents: 70 },
        )
        .unwrap();
        assert!((c.points - 20.0).abs() < 1e-9, "{c:?}");
        assert!((c.low - 5.24).abs() < 0.01, "{c:?}");
        assert!((c.high - 33.39).abs() < 0.01, "{c:?}");
    }

    #[test]
    fn newcombe_tells_a_real_change_from_noise() {
        let base = Tally { positive: 45, n: 100, respondents: 100 };
        let year1 = Tally { positive: 54, n: 100, respondents: 100 };
        let c = Change::between(&base, &year1).unwrap();
        assert!((c.points - 9.0).abs() < 1e-9);
        // 9 pp, 95 % CI −4.78 to 22.31 pp (checked independently): within the uncertainty.
        assert!((c.low - -4.78).abs() < 0.01 && (c.high - 22.31).abs() < 0.01, "{c:?}");
        assert!(!c.beyond_uncertainty());
        assert!(c.words(crate::domain::Lang::Da).contains("inden for usikkerheden"));
        let big = Change::between(
            &Tally { positive: 22, n: 100, respondents: 100 },
            &Tally { positive: 60, n: 100, respondents: 100 },
        )
        .unwrap();
        assert!(big.beyond_uncertainty() && big.low > 0.0);
        assert!(big.words(crate::domain::Lang::En).starts_with("An increase of 38"));
        let down = Change::between(
            &Tally { positive: 80, n: 100, respondents: 100 },
            &Tally { positive: 50, n: 100, respondents: 100 },
        )
        .unwrap();
        assert!(down.beyond_uncertainty() && down.high < 0.0);
        assert!(down.words(crate::domain::Lang::Da).starts_with("Et fald på 30"));
    }
}
