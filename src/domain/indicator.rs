//! The indicators of social cohesion: the guide's three (from Sundhedsstyrelsen's mental health
//! scale) and the site-specific ones a partnership adds; how each is measured and reported.

use crate::domain::dates;
use crate::domain::rev::{list_item, Rev};
use crate::domain::text::Tr;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One of the guide's three indicators, each a pair "X versus its opposite".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Core {
    #[serde(rename = "tilhoersforhold")]
    Belonging,
    #[serde(rename = "tillid")]
    Trust,
    #[serde(rename = "medskabende")]
    CoCreation,
}

impl Core {
    pub const ALL: [Core; 3] = [Core::Belonging, Core::Trust, Core::CoCreation];

    /// The fixed id the three have in every dossier (so both parties' copies merge).
    pub fn id(self) -> Uuid {
        match self {
            Core::Belonging => Uuid::from_u128(0xb2c0_0000_0000_4000_8000_0000_0000_0001),
            Core::Trust => Uuid::from_u128(0xb2c0_0000_0000_4000_8000_0000_0000_0002),
            Core::CoCreation => Uuid::from_u128(0xb2c0_0000_0000_4000_8000_0000_0000_0003),
        }
    }

    pub fn from_id(id: Uuid) -> Option<Core> {
        Core::ALL.into_iter().find(|c| c.id() == id)
    }

    pub fn name(self) -> Tr {
        match self {
            Core::Belonging => Tr::new("Tilhørsforhold", "Belonging"),
            Core::Trust => Tr::new("Tillid", "Trust"),
            Core::CoCreation => Tr::new("Medskabende", "Co-creation"),
        }
    }

    /// The opposite the indicator is measured against.
    pub fn versus(self) -> Tr {
        match self {
            Core::Belonging => Tr::new("isolation", "isolation"),
            Core::Trust => Tr::new("mistænksomhed", "suspicion"),
            Core::CoCreation => Tr::new("ikke-deltager", "non-participant"),
        }
    }

    pub fn meaning(self) -> Tr {
        match self {
            Core::Belonging => Tr::new(
                "Oplevelse af ejerskab, stolthed og identifikation til lokalområdet.",
                "A sense of ownership, pride and identification with the area.",
            ),
            Core::Trust => Tr::new("Oplevelse af tillid til fremmede.", "Trust in strangers."),
            Core::CoCreation => Tr::new(
                "At have muligheden for at involvere sig socialt og organisatorisk.",
                "The chance to take part socially and organisationally.",
            ),
        }
    }

    /// The guide's example KPI definition.
    pub fn kpi(self) -> Tr {
        match self {
            Core::Belonging => Tr::new(
                "% der oplever tilhørsforhold til deres nabolag",
                "% who feel they belong to their neighbourhood",
            ),
            Core::Trust => Tr::new("% der stoler på deres naboer", "% who trust their neighbours"),
            Core::CoCreation => Tr::new(
                "% der føler, de bliver hørt og involveret i nabolaget",
                "% who feel heard and involved in the neighbourhood",
            ),
        }
    }

    /// The guide's fictional example statement for the yearly survey.
    pub fn example_statement(self) -> Tr {
        match self {
            Core::Belonging => Tr::new(
                "Siden COOP startede lokale madspildsmiddage, er jeg blevet mere stolt af at fortælle, hvor jeg bor.",
                "Since COOP started local food-waste dinners, I am prouder to say where I live.",
            ),
            Core::Trust => Tr::new(
                "Siden Nortec etablerede indendørs mødesteder, har jeg fået større tillid til mine naboer.",
                "Since Nortec set up indoor meeting places, I trust my neighbours more.",
            ),
            Core::CoCreation => Tr::new(
                "Efter jeg deltog i IBM's IT-kursus, føler jeg, at jeg bedre kan bidrage til lokalområdet.",
                "After taking IBM's IT course I feel I can contribute more to the area.",
            ),
        }
    }
}

/// How an indicator is measured.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Measure {
    /// By the yearly resident survey, as the percentage in the two most positive steps.
    #[default]
    #[serde(rename = "spoergeskema")]
    Survey,
    /// By counting, entered per year by hand (e.g. young people in internships).
    #[serde(rename = "optaelling")]
    Count,
}

impl Measure {
    pub const ALL: [Measure; 2] = [Measure::Survey, Measure::Count];

    pub fn name(self) -> Tr {
        match self {
            Measure::Survey => Tr::new("Spørgeskema (procent)", "Survey (percentage)"),
            Measure::Count => Tr::new("Optælling (antal)", "Count (number)"),
        }
    }
}

/// Where in the ESG report an indicator belongs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Esrs {
    /// ESRS S3: affected communities (berørte lokalsamfund).
    #[default]
    S3,
    /// ESRS S4: consumers and end-users (forbrugere og slutbrugere).
    S4,
}

impl Esrs {
    pub const ALL: [Esrs; 2] = [Esrs::S3, Esrs::S4];

    pub fn name(self) -> Tr {
        match self {
            Esrs::S3 => Tr::new("S3 – berørte lokalsamfund", "S3 – affected communities"),
            Esrs::S4 => Tr::new("S4 – forbrugere og slutbrugere", "S4 – consumers and end-users"),
        }
    }
}

/// A site-specific indicator one party proposes in its Del 1.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    #[serde(rename = "navn", default)]
    pub name: String,
    #[serde(rename = "kpi", default)]
    pub kpi: String,
    #[serde(rename = "maaling", default)]
    pub measure: Measure,
    #[serde(rename = "esrs", default)]
    pub esrs: Esrs,
}

/// An indicator the partnership works with (Del 2): one of the three, or a site-specific one.
/// It carries the ESG table's target, KPI definition and comment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: Uuid,
    #[serde(default)]
    pub rev: Rev,
    #[serde(rename = "slettet", default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    /// When it was added (the three: the start of time, so they sort first).
    #[serde(rename = "oprettet", default, deserialize_with = "dates::instant")]
    pub created: DateTime<Utc>,
    /// Whether the partnership commits to it.
    #[serde(rename = "valgt", default)]
    pub chosen: bool,
    /// The name of a site-specific indicator (the three have theirs from the guide).
    #[serde(rename = "navn", default)]
    pub name: String,
    #[serde(rename = "kpi", default)]
    pub kpi: String,
    #[serde(rename = "maaling", default)]
    pub measure: Measure,
    #[serde(rename = "esrs", default)]
    pub esrs: Esrs,
    /// The target ("Målsætning"): a percentage for survey indicators, a number for counts.
    #[serde(rename = "maal", default)]
    pub target: Option<f64>,
    /// The year the target should be met by.
    #[serde(rename = "maalAar", default)]
    pub target_year: Option<i32>,
    /// Free text for the ESG table's comment column.
    #[serde(rename = "kommentar", default)]
    pub comment: String,
}

list_item!(Indicator);

impl Indicator {
    /// One of the guide's three, with its example KPI definition in the dossier's language.
    pub fn core(core: Core, kpi: &str) -> Indicator {
        Indicator {
            id: core.id(),
            rev: Rev::default(),
            deleted: false,
            created: DateTime::default(),
            chosen: true,
            name: String::new(),
            kpi: kpi.to_string(),
            measure: Measure::Survey,
            esrs: Esrs::S3,
            target: None,
            target_year: None,
            comment: String::new(),
        }
    }

    pub fn site_specific(id: Uuid, created: DateTime<Utc>, p: &Proposal) -> Indicator {
        Indicator {
            id,
            rev: Rev::default(),
            deleted: false,
            created,
            chosen: true,
            name: p.name.clone(),
            kpi: p.kpi.clone(),
            measure: p.measure,
            esrs: p.esrs,
            target: None,
            target_year: None,
            comment: String::new(),
        }
    }

    pub fn core_kind(&self) -> Option<Core> {
        Core::from_id(self.id)
    }

    /// The name to show: the guide's for the three, the given one otherwise, and words that say
    /// it has none while a site-specific one is not named yet (never an empty label or heading).
    pub fn display_name(&self, lang: crate::domain::Lang) -> String {
        match self.core_kind() {
            Some(c) => c.name().get(lang).to_string(),
            None if self.name.trim().is_empty() => {
                Tr::new("Stedsspecifik indikator uden navn", "Unnamed site-specific indicator").get(lang).to_string()
            }
            None => self.name.clone(),
        }
    }

    /// The KPI definition to show: while one of the three still has the guide's example (as
    /// stored, in Danish), the example in the reader's language; what the parties wrote otherwise.
    pub fn display_kpi(&self, lang: crate::domain::Lang) -> String {
        match self.core_kind() {
            Some(c) if self.kpi == c.kpi().da || self.kpi == c.kpi().en => c.kpi().get(lang).to_string(),
            _ => self.kpi.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    #[test]
    fn a_site_specific_indicator_without_a_name_is_shown_as_one_never_as_nothing() {
        let mut i = Indicator::site_specific(Uuid::from_u128(7), DateTime::default(), &Proposal::default());
        assert_eq!(i.display_name(Lang::Da), "Stedsspecifik indikator uden navn");
        assert_eq!(i.display_name(Lang::En), "Unnamed site-specific indicator");
        i.name = "  ".into();
        assert_eq!(i.display_name(Lang::Da), "Stedsspecifik indikator uden navn");
        i.name = "Tryghed".into();
        assert_eq!(i.display_name(Lang::En), "Tryghed");
        assert_eq!(Indicator::core(Core::Trust, "").display_name(Lang::En), "Trust");
    }
}
