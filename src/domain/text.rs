//! Bilingual text (the interface is Danish first, with English beside it), dates and times as
//! the browser's `Intl` writes them, and lowercasing without Unicode's case tables.

use serde::{Deserialize, Serialize};

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "da")]
    Da,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// The other language (what the switch offers).
    pub fn other(self) -> Lang {
        match self {
            Lang::Da => Lang::En,
            Lang::En => Lang::Da,
        }
    }

    /// The language's own name, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Da => "Dansk",
            Lang::En => "English",
        }
    }
}

/// A fixed text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub da: &'static str,
    pub en: &'static str,
}

impl Tr {
    pub const fn new(da: &'static str, en: &'static str) -> Self {
        Tr { da, en }
    }

    /// Both texts, owned (as toasts keep them).
    pub fn pair(self) -> (String, String) {
        (self.da.to_string(), self.en.to_string())
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.da,
            Lang::En => self.en,
        }
    }
}

/// `s` in lower case, for the letters of Latin-1 (Danish, English, German, French, …); every
/// other character is kept as it is, so a name with, say, "Ł" sorts and compares by its case.
/// `str::to_lowercase` would bring Unicode's case tables (15 KB) into the wasm.
pub fn lowercase(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            // Latin-1's capitals are their small letters less 0x20 (× and ß excepted).
            'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from(c as u8 + 0x20),
            c => c,
        })
        .collect()
}

/// A time of day, "09.30" in Danish and "09:30" in English, as the browser's `Intl` writes them.
pub fn clock(hour: u32, minute: u32, lang: Lang) -> String {
    let mut s = String::with_capacity(5);
    push_clock(&mut s, hour, minute, lang);
    s
}

fn push_clock(s: &mut String, hour: u32, minute: u32, lang: Lang) {
    for (i, n) in [hour, minute].into_iter().enumerate() {
        if i == 1 {
            s.push(if lang == Lang::Da { '.' } else { ':' });
        }
        s.push(char::from(b'0' + (n / 10 % 10) as u8));
        s.push(char::from(b'0' + (n % 10) as u8));
    }
}

/// A date and time (the user's local one: `month` 1–12) as the browser's `Intl` writes it with
/// `dateStyle: "medium", timeStyle: "short"` for `da-DK` and `en-GB`: "3. dec. 2026, 19.05",
/// "3 Dec 2026, 19:05". Written here because the browser's first such formatter costs 80–180 ms
/// at 4x CPU (its locale data), on the front page's first paint.
pub fn date_time(year: i32, month: u32, day: u32, hour: u32, minute: u32, lang: Lang) -> String {
    const DA: [&str; 12] =
        ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."];
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
    let names = if lang == Lang::Da { DA } else { EN };
    let name = names.get(month.wrapping_sub(1) as usize).copied().unwrap_or("?");
    let mut s = format!("{day}{} {name} {year}, ", if lang == Lang::Da { "." } else { "" });
    push_clock(&mut s, hour, minute, lang);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // What Chromium's `Intl` wrote for the first of each month of 2026 at 00.05 (and two more).
    #[test]
    fn writes_dates_as_intl_does() {
        let da = [
            "1. jan. 2026, 00.05",
            "1. feb. 2026, 00.05",
            "1. mar. 2026, 00.05",
            "1. apr. 2026, 00.05",
            "1. maj 2026, 00.05",
            "1. jun. 2026, 00.05",
            "1. jul. 2026, 00.05",
            "1. aug. 2026, 00.05",
            "1. sep. 2026, 00.05",
            "1. okt. 2026, 00.05",
            "1. nov. 2026, 00.05",
            "1. dec. 2026, 00.05",
        ];
        let en = [
            "1 Jan 2026, 00:05",
            "1 Feb 2026, 00:05",
            "1 Mar 2026, 00:05",
            "1 Apr 2026, 00:05",
            "1 May 2026, 00:05",
            "1 Jun 2026, 00:05",
            "1 Jul 2026, 00:05",
            "1 Aug 2026, 00:05",
            "1 Sept 2026, 00:05",
            "1 Oct 2026, 00:05",
            "1 Nov 2026, 00:05",
            "1 Dec 2026, 00:05",
        ];
        for m in 1..=12 {
            assert_eq!(date_time(2026, m, 1, 0, 5, Lang::Da), da[m as usize - 1]);
            assert_eq!(date_time(2026, m, 1, 0, 5, Lang::En), en[m as usize - 1]);
        }
        assert_eq!(date_time(2026, 1, 31, 23, 59, Lang::Da), "31. jan. 2026, 23.59");
        assert_eq!(date_time(2026, 1, 31, 23, 59, Lang::En), "31 Jan 2026, 23:59");
        assert_eq!(date_time(2026, 7, 9, 12, 0, Lang::Da), "9. jul. 2026, 12.00");
        assert_eq!(date_time(2026, 7, 9, 12, 0, Lang::En), "9 Jul 2026, 12:00");
        assert_eq!(clock(9, 3, Lang::Da), "09.03");
        assert_eq!(clock(9, 3, Lang::En), "09:03");
    }

    #[test]
    fn lowercases_latin_1() {
        assert_eq!(lowercase("ÆBLEHAVEN Øst – Året, Café ÜBER × 2"), "æblehaven øst – året, café über × 2");
        assert_eq!(lowercase("Łódź ΣΑ"), "Łódź ΣΑ");
    }

    proptest! {
        // Agrees with the standard library on Latin-1, and touches nothing else.
        #[test]
        fn lowercase_is_the_standard_one_on_latin_1(s in "[\\u{0}-\\u{ff}]{0,40}", other in "[^\\u{0}-\\u{ff}]{0,10}") {
            #[allow(clippy::disallowed_methods)] // the standard library's, as the reference
            let reference = s.to_lowercase();
            prop_assert_eq!(lowercase(&s), reference);
            prop_assert_eq!(lowercase(&other), other);
        }
    }

    #[test]
    fn picks_the_language() {
        let t = Tr::new("Gemt", "Saved");
        assert_eq!(t.get(Lang::Da), "Gemt");
        assert_eq!(t.get(Lang::En), "Saved");
        assert_eq!(Lang::Da.other(), Lang::En);
        assert_eq!(serde_json::to_string(&Lang::En).unwrap(), "\"en\"");
    }
}
