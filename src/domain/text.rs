//! Bilingual text: the interface is Danish first, with English beside it.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_language() {
        let t = Tr::new("Gemt", "Saved");
        assert_eq!(t.get(Lang::Da), "Gemt");
        assert_eq!(t.get(Lang::En), "Saved");
        assert_eq!(Lang::Da.other(), Lang::En);
        assert_eq!(serde_json::to_string(&Lang::En).unwrap(), "\"en\"");
    }
}
