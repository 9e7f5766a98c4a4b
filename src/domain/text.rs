//! Bilingual text (the interface is Danish first, with English beside it), and lowercasing
//! without Unicode's case tables.

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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
