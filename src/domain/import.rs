//! What importing a file does to this browser's dossiers: a new dossier, or a merge into the
//! one already here; and the words for it (section names, side-by-side fields, the summary).

use crate::domain::b2c::Month;
use crate::domain::dossier::{Dossier, Kind};
use crate::domain::format::Document;
use crate::domain::indicator::Core;
use crate::domain::merge::{merge_owned, Choice, Merge, Section};
use crate::domain::party::Party;
use crate::domain::text::{Lang, Tr};

/// What a readable file will do.
#[derive(Clone, Debug)]
pub enum Plan {
    /// The dossier is not in this browser yet: it becomes a new one. The user says which party
    /// they are; the suggestion is the party across the table from whoever exported it.
    New { document: Box<Document>, suggested_me: Party },
    /// The dossier is here already: merge the file into it.
    Merge(Box<Merge>),
    /// The file has the id of a dossier here but is of another kind: refused, nothing changes.
    KindMismatch { here: Kind, file: Kind },
}

pub fn plan(existing: Option<&Dossier>, document: Document) -> Plan {
    match existing {
        None => {
            let kind = document.dossier.kind;
            let suggested_me = match document.exported_by {
                Some(p) if kind.parties().contains(&p) => kind.other_party(p),
                _ => kind.parties()[0],
            };
            Plan::New { document: Box::new(document), suggested_me }
        }
        Some(mine) if mine.kind != document.dossier.kind => {
            Plan::KindMismatch { here: mine.kind, file: document.dossier.kind }
        }
        Some(mine) => Plan::Merge(Box::new(merge_owned(mine, document.dossier))),
    }
}

/// The name of a section as the user knows it, e.g. "Årshjul: Julefest".
pub fn section_name(d: &Dossier, s: Section, lang: Lang) -> String {
    let tr = |t: Tr| t.get(lang).to_string();
    let named = |kind: Tr, name: &str| {
        if name.trim().is_empty() {
            format!("{} ({})", kind.get(lang), tr(Tr::new("uden navn", "unnamed")))
        } else {
            format!("{}: {}", kind.get(lang), name.trim())
        }
    };
    match s {
        Section::Title => tr(Tr::new("Dossierets titel", "The dossier's title")),
        Section::Party(p) => format!("{}: {}", tr(Tr::new("Part", "Party")), p.name().get(lang)),
        Section::Del1(p) => format!("Del 1: {}", p.name().get(lang)),
        Section::Priorities => format!("Del 2: {}", tr(Tr::new("Fælles prioriteringer", "Joint priorities"))),
        Section::Agreement => format!("Del 2: {}", tr(Tr::new("Partnerskabsaftale", "Partnership agreement"))),
        Section::Indicator(id) => {
            // A site-specific one without a name is "Indikator (uden navn)", as the others are.
            let name = d.del2.indicators.iter().find(|i| i.id == id);
            let name = name.map(|i| if i.core_kind().is_some() { i.display_name(lang) } else { i.name.clone() });
            named(Tr::new("Indikator", "Indicator"), &name.unwrap_or_default())
        }
        Section::Initiative(id) => {
            let name = d.del2.initiatives.iter().find(|i| i.id == id).map(|i| i.name.clone()).unwrap_or_default();
            named(Tr::new("Initiativ", "Initiative"), &name)
        }
        Section::Wheel(id) => {
            let name = d.del2.wheel.iter().find(|i| i.id == id).map(|i| i.name.clone()).unwrap_or_default();
            named(Tr::new("Årshjul", "Annual wheel"), &name)
        }
        Section::Meeting(id) => {
            let date = d
                .del3
                .meetings
                .iter()
                .find(|m| m.id == id)
                .and_then(|m| m.date)
                .map(|x| crate::domain::b2c::long_date(x, lang))
                .unwrap_or_default();
            named(Tr::new("Evalueringsmøde", "Evaluation meeting"), &date)
        }
        Section::Round(id) => {
            let name = d.del3.rounds.iter().find(|r| r.id == id).map(|r| r.label.clone()).unwrap_or_default();
            named(Tr::new("Måling", "Measurement"), &name)
        }
        Section::Point(i) | Section::Follow(i) => {
            let p = &crate::domain::almenkompas::POINTS[usize::from(i) % 20];
            let whose = if matches!(s, Section::Point(_)) {
                Tr::new("Målepunkt", "Point")
            } else {
                Tr::new("Kommunens fokus", "The municipality's focus")
            };
            format!("{}: {} {}", whose.get(lang), p.id, p.name.get(lang))
        }
        Section::Prep(p) => format!("{}: {}", tr(Tr::new("Forberedelse", "Preparation")), p.name().get(lang)),
        Section::Agreed => tr(Tr::new("Aftalt opfølgning", "Agreed follow-up")),
    }
}

/// A section's fields as (label, value) rows, to show two versions side by side.
pub fn describe(d: &Dossier, s: Section, lang: Lang) -> Vec<(String, String)> {
    let l = |t: Tr| t.get(lang).to_string();
    let list = |items: Vec<String>| items.join(", ");
    let deleted = Tr::new("(slettet)", "(deleted)");
    let mut rows: Vec<(String, String)> = Vec::new();
    let mut row = |label: Tr, value: String| rows.push((l(label), value));
    match s {
        Section::Title => row(Tr::new("Titel", "Title"), d.title.text.clone()),
        Section::Party(p) => {
            let x = d.party(p);
            row(Tr::new("Organisation", "Organisation"), x.organisation.clone());
            row(Tr::new("Kontaktperson", "Contact person"), x.contact.clone());
            row(Tr::new("Rolle", "Role"), x.role.clone());
            if p == Party::Company {
                row(Tr::new("Størrelse", "Size"), x.size.map(|s| l(s.name())).unwrap_or_default());
            }
        }
        Section::Del1(p) => {
            if let Some(x) = d.del1.get(p) {
                row(Tr::new("Udfordringer og muligheder", "Challenges and opportunities"), x.challenges.clone());
                row(Tr::new("Indsatser", "Initiatives"), x.initiatives.clone());
                for c in Core::ALL {
                    row(c.name(), x.core_notes.get(c).clone());
                }
                row(
                    Tr::new("Stedsspecifikke indikatorer", "Site-specific indicators"),
                    list(x.proposals.iter().map(|p| p.name.clone()).collect()),
                );
                row(
                    Tr::new("Ressourcer", "Resources"),
                    list(x.resources.iter().map(|r| r.description.clone()).collect()),
                );
                row(Tr::new("Partnerskab", "Partnership"), x.scale.map(|s| l(s.name())).unwrap_or_default());
                row(Tr::new("Interesse", "Interest"), x.interest.clone());
                row(Tr::new("Fem vigtigste punkter", "Five most important points"), x.points.join(" · "));
            }
        }
        Section::Priorities => {
            let x = &d.del2.priorities;
            row(Tr::new("Udfordringer og muligheder", "Challenges and opportunities"), x.challenges.clone());
            for p in d.kind.parties() {
                let label = match p {
                    Party::Company => Tr::new("Virksomhedens ressourcer", "The company's resources"),
                    _ => Tr::new("Boligorganisationens ressourcer", "The housing organisation's resources"),
                };
                row(label, x.resources.get(p).cloned().unwrap_or_default());
            }
            let mut others: Vec<String> = x.others.iter().map(|o| l(o.name())).collect();
            if !x.others_text.trim().is_empty() {
                others.push(x.others_text.clone());
            }
            row(Tr::new("Andre ressourcer", "Other resources"), list(others));
        }
        Section::Agreement => {
            let x = &d.del2.agreement;
            row(Tr::new("År", "Year"), x.year.map(|y| y.to_string()).unwrap_or_default());
            row(
                Tr::new("Evalueringsmøder", "Evaluation meetings"),
                list(x.meetings.iter().map(|d| crate::domain::b2c::short_date(*d)).collect()),
            );
            row(
                Tr::new("Effektmåling, måned", "Impact measurement, month"),
                x.measurement.month.map(|m| l(m.name())).unwrap_or_default(),
            );
            row(Tr::new("Omfang", "Scope"), x.measurement.scope.clone());
            row(
                Tr::new("Måles", "Measured"),
                match x.measurement.together {
                    Some(true) => l(Tr::new("Sammen", "Together")),
                    Some(false) => l(Tr::new("Hver for sig", "Separately")),
                    None => String::new(),
                },
            );
            row(Tr::new("Øvrigt", "Other"), x.other.clone());
        }
        Section::Indicator(id) => {
            if let Some(x) = d.del2.indicators.iter().find(|i| i.id == id) {
                if x.deleted {
                    row(Tr::new("Status", "Status"), l(deleted));
                }
                row(Tr::new("Navn", "Name"), x.display_name(lang));
                row(Tr::new("Valgt", "Chosen"), l(if x.chosen { Tr::new("Ja", "Yes") } else { Tr::new("Nej", "No") }));
                row(Tr::new("KPI-definition", "KPI definition"), x.display_kpi(lang));
                row(Tr::new("Måling", "Measured by"), l(x.measure.name()));
                row(Tr::new("ESRS", "ESRS"), l(x.esrs.name()));
                row(Tr::new("Målsætning", "Target"), x.target.map(|t| format_number(t, lang)).unwrap_or_default());
                row(Tr::new("Kommentar", "Comment"), x.comment.clone());
            }
        }
        Section::Initiative(id) => {
            if let Some(x) = d.del2.initiatives.iter().find(|i| i.id == id) {
                if x.deleted {
                    row(Tr::new("Status", "Status"), l(deleted));
                }
                row(Tr::new("Navn", "Name"), x.name.clone());
                row(Tr::new("Beskrivelse", "Description"), x.description.clone());
                row(Tr::new("Hvor", "Where"), list(x.places.iter().map(|p| l(p.name())).collect()));
                row(Tr::new("Hvad", "What"), list(x.activities.iter().map(|a| l(a.name())).collect()));
                for p in d.kind.parties() {
                    row(p.name(), x.contributions.get(p).cloned().unwrap_or_default());
                }
            }
        }
        Section::Meeting(id) => {
            if let Some(x) = d.del3.meetings.iter().find(|m| m.id == id) {
                if x.deleted {
                    row(Tr::new("Status", "Status"), l(deleted));
                }
                row(Tr::new("Dato", "Date"), x.date.map(crate::domain::b2c::short_date).unwrap_or_default());
                row(Tr::new("Virksomhedens oplevelse", "The company's view"), x.company_view.clone());
                row(
                    Tr::new("Boligorganisationens oplevelse", "The housing organisation's view"),
                    x.housing_view.clone(),
                );
                row(Tr::new("Beboernes oplevelse", "The residents' view"), x.residents_view.clone());
                row(Tr::new("Erfaringer", "Lessons"), x.learned.clone());
                row(Tr::new("Justeringer", "Adjustments"), x.adjustments.clone());
                row(Tr::new("Beslutninger", "Decisions"), x.decisions.clone());
            }
        }
        Section::Round(id) => {
            if let Some(x) = d.del3.rounds.iter().find(|r| r.id == id) {
                if x.deleted {
                    row(Tr::new("Status", "Status"), l(deleted));
                }
                row(Tr::new("Navn", "Name"), x.label.clone());
                row(Tr::new("Dato", "Date"), x.date.map(crate::domain::b2c::short_date).unwrap_or_default());
                row(Tr::new("Rekruttering", "Recruitment"), x.recruitment.clone());
                row(
                    Tr::new("Udsagn", "Statements"),
                    x.statements.iter().map(|s| s.da.clone()).collect::<Vec<_>>().join(" · "),
                );
            }
        }
        Section::Wheel(id) => {
            if let Some(x) = d.del2.wheel.iter().find(|i| i.id == id) {
                if x.deleted {
                    row(Tr::new("Status", "Status"), l(deleted));
                }
                row(Tr::new("Aktivitet", "Activity"), x.name.clone());
                row(Tr::new("Måneder", "Months"), list(x.months.iter().map(|m: &Month| l(m.short())).collect()));
                row(Tr::new("Ansvar", "Responsible"), l(x.responsible.name()));
                row(Tr::new("Note", "Note"), x.note.clone());
            }
        }
        Section::Point(i) => {
            let p = &crate::domain::almenkompas::POINTS[usize::from(i) % 20];
            if let Some(x) = d.almen.point(p.id) {
                row(Tr::new("Definition", "Definition"), x.definition.clone());
                row(Tr::new("Enhed", "Unit"), x.unit.clone());
                for f in &x.figures {
                    let v = f.value.map(|v| format_number(v, lang)).unwrap_or_else(|| l(Tr::new("mangler", "missing")));
                    rows.push((f.year.to_string(), format!("{v} {}", f.source).trim().to_string()));
                }
                let mut row = |label: Tr, value: String| rows.push((l(label), value));
                row(Tr::new("Mål", "Target"), x.target.map(|t| format_number(t, lang)).unwrap_or_default());
                row(Tr::new("Målår", "Target year"), x.target_year.map(|y| y.to_string()).unwrap_or_default());
                row(Tr::new("Handleplan", "Action plan"), x.plan.clone());
            }
        }
        Section::Follow(i) => {
            let p = &crate::domain::almenkompas::POINTS[usize::from(i) % 20];
            if let Some(x) = d.almen.follows.get(p.id) {
                let yes_no = if x.follow { Tr::new("Ja", "Yes") } else { Tr::new("Nej", "No") };
                row(Tr::new("Følges", "Followed"), l(yes_no));
                row(Tr::new("Politiske mål", "Policy goals"), x.policy.clone());
                row(Tr::new("Kommentar", "Comment"), x.comment.clone());
            }
        }
        Section::Prep(party) => {
            if let Some(x) = d.almen.prep.get(party) {
                for (q, a) in x.answers.iter().enumerate() {
                    rows.push((format!("{}. {}", q + 1, l(crate::domain::almenkompas::QUESTIONS[q])), a.clone()));
                }
            }
        }
        Section::Agreed => {
            for (q, a) in d.almen.agreed.follow_up.iter().enumerate() {
                rows.push((format!("{}. {}", q + 1, l(crate::domain::almenkompas::QUESTIONS[q])), a.clone()));
            }
        }
    }
    rows
}

/// A number the Danish way (decimal comma) or the English way, without trailing zeros.
pub fn format_number(x: f64, lang: Lang) -> String {
    crate::domain::number::format(x, 2, lang)
}

/// How a conflict was resolved, in words.
pub fn choice_name(c: Choice) -> Tr {
    match c {
        Choice::Mine => Tr::new("din version beholdt", "your version kept"),
        Choice::Theirs => Tr::new("partnerens version taget", "the partner's version taken"),
        Choice::Both(_) => Tr::new("begge versioner beholdt", "both versions kept"),
    }
}

/// The summary shown after an import: what came in, what was merged, what conflicted.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub new_dossier: bool,
    pub exported_by: Option<Party>,
    pub updated: Vec<String>,
    pub added: Vec<String>,
    /// Conflicts and how each was resolved ("mine", "theirs", "both").
    pub resolved: Vec<(String, Tr)>,
}

impl Summary {
    /// Names what a merge did, in the words of the merged dossier.
    pub fn new(
        d: &Dossier,
        updated: &[Section],
        added: &[Section],
        resolved: &[(Section, Tr)],
        exported_by: Option<Party>,
        lang: Lang,
    ) -> Summary {
        Summary {
            new_dossier: false,
            exported_by,
            updated: updated.iter().map(|s| section_name(d, *s, lang)).collect(),
            added: added.iter().map(|s| section_name(d, *s, lang)).collect(),
            resolved: resolved.iter().map(|(s, how)| (section_name(d, *s, lang), *how)).collect(),
        }
    }

    pub fn nothing_new(&self) -> bool {
        !self.new_dossier && self.updated.is_empty() && self.added.is_empty() && self.resolved.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::{export, Document};
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    fn dossier() -> Dossier {
        Dossier::new(
            Uuid::from_u128(1),
            Kind::Partnership,
            "Fælles",
            Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        )
    }

    #[test]
    fn a_new_dossier_suggests_the_other_party() {
        let doc = export(&dossier(), Party::Housing, Utc.with_ymd_and_hms(2026, 2, 1, 0, 0, 0).unwrap(), "x");
        match plan(None, doc) {
            Plan::New { suggested_me, .. } => assert_eq!(suggested_me, Party::Company),
            other => panic!("{other:?}"),
        }
        let mut doc = Document::new(dossier(), "x");
        doc.exported_by = None;
        assert!(matches!(plan(None, doc), Plan::New { suggested_me: Party::Housing, .. }));
    }

    #[test]
    fn same_id_other_kind_is_refused() {
        let mut other = dossier();
        other.kind = Kind::Dialogue;
        other.normalise();
        let doc = Document::new(other, "x");
        assert!(matches!(
            plan(Some(&dossier()), doc),
            Plan::KindMismatch { here: Kind::Partnership, file: Kind::Dialogue }
        ));
    }

    #[test]
    fn the_summary_names_what_happened() {
        let mine = dossier();
        let mut theirs = mine.clone();
        theirs.del1.get_mut(Party::Company).challenges = "Rekruttering".into();
        theirs.del1.get_mut(Party::Company).rev.bump("b");
        let mut w =
            crate::domain::b2c::WheelEntry::new(Uuid::from_u128(9), Utc.with_ymd_and_hms(2026, 2, 1, 0, 0, 0).unwrap());
        w.name = "Julefest".into();
        w.rev.bump("b");
        theirs.del2.wheel.push(w);
        let m = match plan(Some(&mine), Document::new(theirs, "x")) {
            Plan::Merge(m) => m,
            other => panic!("{other:?}"),
        };
        let s = Summary::new(&m.merged, &m.updated, &m.added, &[], Some(Party::Company), Lang::Da);
        assert_eq!(s.updated, ["Del 1: Virksomhed"]);
        assert_eq!(s.added, ["Årshjul: Julefest"]);
        assert!(!s.nothing_new());
    }

    #[test]
    fn side_by_side_rows_show_both_versions() {
        let mut d = dossier();
        d.del2.priorities.challenges = "Ensomhed".into();
        let rows = describe(&d, Section::Priorities, Lang::Da);
        assert_eq!(rows[0], ("Udfordringer og muligheder".to_string(), "Ensomhed".to_string()));
        assert_eq!(section_name(&d, Section::Priorities, Lang::En), "Del 2: Joint priorities");
        let core = Core::Trust.id();
        assert_eq!(section_name(&d, Section::Indicator(core), Lang::Da), "Indikator: Tillid");
        assert_eq!(section_name(&d, Section::Initiative(Uuid::from_u128(5)), Lang::Da), "Initiativ (uden navn)");
        let unnamed = crate::domain::indicator::Indicator::site_specific(
            Uuid::from_u128(6),
            Utc.with_ymd_and_hms(2026, 2, 1, 0, 0, 0).unwrap(),
            &crate::domain::indicator::Proposal::default(),
        );
        d.del2.indicators.push(unnamed);
        assert_eq!(section_name(&d, Section::Indicator(Uuid::from_u128(6)), Lang::Da), "Indikator (uden navn)");
    }

    #[test]
    fn an_indicator_shows_the_guides_kpi_in_the_readers_language_until_the_parties_change_it() {
        let mut d = dossier();
        let trust = Core::Trust.id();
        let kpi = |d: &Dossier, lang| {
            describe(d, Section::Indicator(trust), lang).into_iter().find(|(k, _)| k.starts_with("KPI")).unwrap().1
        };
        assert_eq!(kpi(&d, Lang::Da), Core::Trust.kpi().da);
        assert_eq!(kpi(&d, Lang::En), Core::Trust.kpi().en);
        d.del2.indicators.iter_mut().find(|i| i.id == trust).unwrap().kpi = "Andel med en nabo at spørge".into();
        assert_eq!(kpi(&d, Lang::En), "Andel med en nabo at spørge");
    }

    #[test]
    fn numbers_the_danish_way() {
        assert_eq!(format_number(85.0, Lang::Da), "85");
        assert_eq!(format_number(36.55, Lang::Da), "36,55");
        assert_eq!(format_number(2.5, Lang::En), "2.5");
    }
}

/// What one file of a many-file import (the municipality's comparison) did.
#[derive(Clone, Debug)]
pub enum Bulk {
    /// A styringsdialog new to this browser.
    New(Box<Document>),
    /// Merged into the dossier here, without conflicts.
    Merged(Box<Dossier>),
    /// The file holds nothing this browser does not have.
    Unchanged,
}

/// Reads one file of a many-file import. Only styringsdialoger are taken; a file that would
/// need a choice between two versions is refused here (it can be imported on its own), so a
/// batch never stops to ask and never overwrites anything.
pub fn bulk(bytes: &[u8], lang: Lang, here: impl FnOnce(uuid::Uuid) -> Option<Dossier>) -> Result<Bulk, String> {
    let doc = crate::domain::format::read(bytes).map_err(|e| e.message(lang))?;
    let existing = here(doc.dossier.id);
    if doc.dossier.kind != Kind::Dialogue {
        return Err(Tr::new(
            "Filen er et Business2Community-partnerskab, ikke en AlmenKompas-styringsdialog.",
            "The file is a Business2Community partnership, not an AlmenKompas governance dialogue.",
        )
        .get(lang)
        .to_string());
    }
    match plan(existing.as_ref(), doc) {
        Plan::New { document, .. } => Ok(Bulk::New(document)),
        Plan::KindMismatch { .. } => Err(Tr::new(
            "Et dossier med samme id findes her i forvejen, men af en anden type.",
            "A dossier with the same id is here already, but of another kind.",
        )
        .get(lang)
        .to_string()),
        Plan::Merge(m) if !m.conflicts.is_empty() => Err(match lang {
            Lang::Da => format!(
                "Filen og dossieret her er begge ændret i {} afsnit. Importér filen for sig fra forsiden for at vælge, hvad der skal gælde.",
                m.conflicts.len()
            ),
            Lang::En => format!(
                "The file and the dossier here have both changed {} sections. Import the file on its own from the front page to choose what applies.",
                m.conflicts.len()
            ),
        }),
        Plan::Merge(m) if !m.has_changes() => Ok(Bulk::Unchanged),
        Plan::Merge(m) => m.finish().map(|d| Bulk::Merged(Box::new(d))).map_err(|_| String::new()),
    }
}

#[cfg(test)]
mod bulk_tests {
    use super::*;
    use crate::domain::format;
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    fn dialogue(id: u128) -> Dossier {
        Dossier::new(Uuid::from_u128(id), Kind::Dialogue, "Dialog", Utc.timestamp_opt(1_700_000_000, 0).unwrap())
    }

    fn file(d: &Dossier) -> Vec<u8> {
        format::write(&format::export(d, Party::Housing, d.modified, "t")).into_bytes()
    }

    #[test]
    fn new_merged_unchanged_and_refused() {
        let d = dialogue(1);
        assert!(matches!(bulk(&file(&d), Lang::Da, |_| None), Ok(Bulk::New(_))));
        assert!(matches!(bulk(&file(&d), Lang::Da, |_| Some(d.clone())), Ok(Bulk::Unchanged)));
        let mut newer = d.clone();
        newer.almen.point_mut("E1").figure_mut(2025).value = Some(1.0);
        newer.almen.point_mut("E1").rev.bump("aaaaaaaaaaaa");
        match bulk(&file(&newer), Lang::Da, |_| Some(d.clone())) {
            Ok(Bulk::Merged(m)) => assert_eq!(m.almen.point("E1").unwrap().series(), vec![(2025, Some(1.0))]),
            other => panic!("{other:?}"),
        }
        let mut mine = d.clone();
        mine.almen.point_mut("E1").figure_mut(2025).value = Some(2.0);
        mine.almen.point_mut("E1").rev.bump("bbbbbbbbbbbb");
        assert!(bulk(&file(&newer), Lang::Da, |_| Some(mine.clone())).unwrap_err().contains("begge ændret i 1 afsnit"));
        let b2c = Dossier::new(Uuid::from_u128(2), Kind::Partnership, "P", d.created);
        assert!(bulk(&file(&b2c), Lang::Da, |_| None).unwrap_err().contains("ikke en AlmenKompas-styringsdialog"));
        assert!(bulk(b"{", Lang::Da, |_| None).is_err());
    }
}
