//! The app's routes and their URLs. Routes live in the URL's hash (`#/d/<id>/del1`), so a deep
//! link reloads from any static host, under any sub-path, with no server rewrite rules.
//! Pure: parsing and printing are tested natively; `router` wires them to the browser.

use crate::domain::{Kind, Tr};
use uuid::Uuid;

/// A part of a dossier, one page each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Overview,
    Del1,
    Del2,
    Agreement,
    /// The agreement as one printable document.
    AgreementPrint,
    /// Del 3: evaluation meetings and the survey rounds.
    Del3,
    /// One survey round: its wording, answers and results.
    Round(Uuid),
    /// The ESG documentation table with charts.
    Esg,
    /// The ESG table as a printable document.
    EsgPrint,
    /// AlmenKompas: the 20 points with figures, targets, plans and the municipality's focus.
    Points,
    /// AlmenKompas: the six dialogue questions.
    Questions,
    /// AlmenKompas: the dashboard.
    Dashboard,
    /// AlmenKompas: the preparation document for the dialogue meeting, for printing.
    DialoguePrint,
}

impl Part {
    /// The parts without a parameter, in the navigation's order.
    pub const ALL: [Part; 12] = [
        Part::Overview,
        Part::Del1,
        Part::Del2,
        Part::Agreement,
        Part::Del3,
        Part::Esg,
        Part::Points,
        Part::Questions,
        Part::Dashboard,
        Part::AgreementPrint,
        Part::EsgPrint,
        Part::DialoguePrint,
    ];

    /// The parts of a dossier of this kind, in the order the navigation shows them.
    pub fn for_kind(kind: Kind) -> Vec<Part> {
        Part::ALL.into_iter().filter(|p| p.applies_to(kind)).collect()
    }

    fn applies_to(self, kind: Kind) -> bool {
        match self {
            Part::Overview => true,
            Part::Del1 | Part::Del2 | Part::Agreement | Part::Del3 | Part::Esg => kind == Kind::Partnership,
            Part::Points | Part::Questions | Part::Dashboard => kind == Kind::Dialogue,
            Part::AgreementPrint | Part::EsgPrint | Part::Round(_) | Part::DialoguePrint => false,
        }
    }

    /// Whether the part is a page of the dossier at all for this kind (printable documents are
    /// reached from their page, not the navigation).
    pub fn exists_for(self, kind: Kind) -> bool {
        match self {
            Part::AgreementPrint | Part::EsgPrint | Part::Round(_) => kind == Kind::Partnership,
            Part::DialoguePrint => kind == Kind::Dialogue,
            p => p.applies_to(kind),
        }
    }

    pub fn name(self) -> Tr {
        match self {
            Part::Overview => Tr::new("Oversigt", "Overview"),
            Part::Del1 => Tr::new("Del 1: Interne overvejelser", "Part 1: Internal considerations"),
            Part::Del2 => Tr::new("Del 2: Fælles rammesætning", "Part 2: Joint framing"),
            Part::Agreement => Tr::new("Partnerskabsaftale", "Partnership agreement"),
            Part::AgreementPrint => Tr::new("Partnerskabsaftale til udskrift", "Partnership agreement for printing"),
            Part::Del3 => Tr::new("Del 3: Evaluering & effektmåling", "Part 3: Evaluation & impact"),
            Part::Round(_) => Tr::new("Måling", "Measurement"),
            Part::Esg => Tr::new("ESG-dokumentation", "ESG documentation"),
            Part::EsgPrint => Tr::new("ESG-dokumentation til udskrift", "ESG documentation for printing"),
            Part::Points => Tr::new("Målepunkter", "Measurement points"),
            Part::Questions => Tr::new("Dialogspørgsmål", "Dialogue questions"),
            Part::Dashboard => Tr::new("Overblik", "Dashboard"),
            Part::DialoguePrint => Tr::new("Forberedelse til dialogmødet", "Preparation for the dialogue meeting"),
        }
    }

    fn slug(self) -> String {
        match self {
            Part::Round(id) => format!("maaling/{id}"),
            other => other.simple_slug().to_string(),
        }
    }

    fn simple_slug(self) -> &'static str {
        match self {
            Part::Overview => "oversigt",
            Part::Del1 => "del1",
            Part::Del2 => "del2",
            Part::Agreement => "aftale",
            Part::AgreementPrint => "aftale-udskrift",
            Part::Del3 => "del3",
            Part::Esg => "esg",
            Part::EsgPrint => "esg-udskrift",
            Part::Round(_) => "maaling",
            Part::Points => "maalepunkter",
            Part::Questions => "dialogspoergsmaal",
            Part::Dashboard => "overblik",
            Part::DialoguePrint => "dialog-udskrift",
        }
    }

    fn from_slug(s: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.simple_slug() == s)
    }
}

/// Every page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The front page: the dossiers saved in this browser.
    Home,
    /// Importing a dossier file (its steps are in `import_flow`).
    Import,
    /// AlmenKompas across organisations: the municipality's comparison of its dialogues.
    Compare,
    /// A part of one dossier.
    Dossier { id: Uuid, part: Part },
    /// A URL that names no page; the text is what was asked for.
    NotFound(String),
}

impl Route {
    /// Reads a route from a location hash such as `#/d/…/oversigt` (an empty hash is home).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("");
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segs.as_slice() {
            [] => Route::Home,
            ["import"] => Route::Import,
            ["sammenligning"] => Route::Compare,
            ["d", id] => match Uuid::parse_str(id) {
                Ok(id) => Route::Dossier { id, part: Part::Overview },
                Err(_) => Route::NotFound(path.to_string()),
            },
            ["d", id, part] => match (Uuid::parse_str(id), Part::from_slug(part)) {
                (Ok(id), Some(part)) => Route::Dossier { id, part },
                _ => Route::NotFound(path.to_string()),
            },
            ["d", id, "maaling", round] => match (Uuid::parse_str(id), Uuid::parse_str(round)) {
                (Ok(id), Ok(round)) => Route::Dossier { id, part: Part::Round(round) },
                _ => Route::NotFound(path.to_string()),
            },
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The `href` that leads to this route (relative: it keeps the page's own path).
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Import => "#/import".to_string(),
            Route::Compare => "#/sammenligning".to_string(),
            Route::Dossier { id, part } => format!("#/d/{id}/{}", part.slug()),
            Route::NotFound(p) => format!("#/{p}"),
        }
    }

    pub fn dossier_id(&self) -> Option<Uuid> {
        match self {
            Route::Dossier { id, .. } => Some(*id),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_it_prints() {
        let id = Uuid::from_u128(0xabc);
        let mut all = vec![Route::Home, Route::Import, Route::Compare];
        all.extend(Part::ALL.into_iter().map(|part| Route::Dossier { id, part }));
        all.push(Route::Dossier { id, part: Part::Round(Uuid::from_u128(7)) });
        for r in all {
            assert_eq!(Route::parse(&r.href()), r);
        }
    }

    #[test]
    fn parts_follow_the_kind() {
        assert_eq!(
            Part::for_kind(Kind::Partnership),
            [Part::Overview, Part::Del1, Part::Del2, Part::Agreement, Part::Del3, Part::Esg]
        );
        assert_eq!(Part::for_kind(Kind::Dialogue), [Part::Overview, Part::Points, Part::Questions, Part::Dashboard]);
        assert!(Part::DialoguePrint.exists_for(Kind::Dialogue));
        assert!(!Part::Points.exists_for(Kind::Partnership));
        assert_eq!(Route::parse("#/sammenligning"), Route::Compare);
        assert!(Part::AgreementPrint.exists_for(Kind::Partnership));
        assert!(!Part::Del1.exists_for(Kind::Dialogue));
    }

    #[test]
    fn home_in_its_many_spellings() {
        for h in ["", "#", "#/", "/", "#//"] {
            assert_eq!(Route::parse(h), Route::Home, "{h:?}");
        }
    }

    #[test]
    fn dossier_without_part_opens_overview() {
        let id = Uuid::from_u128(5);
        assert_eq!(Route::parse(&format!("#/d/{id}")), Route::Dossier { id, part: Part::Overview });
    }

    #[test]
    fn unknown_paths_are_not_found() {
        assert!(matches!(Route::parse("#/d/not-a-uuid"), Route::NotFound(_)));
        assert!(matches!(Route::parse("#/nothing/here"), Route::NotFound(_)));
        let id = Uuid::from_u128(5);
        assert!(matches!(Route::parse(&format!("#/d/{id}/nope")), Route::NotFound(_)));
    }
}
