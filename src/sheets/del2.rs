//! Del 2 — Fælles rammesætning, as data: the indicators the partnership works with, the joint
//! priorities and the joint initiatives.

use crate::domain::b2c::{Activity, Initiative, JointPriorities, OtherResource, Place};
use crate::domain::indicator::{Core, Esrs, Indicator, Measure, Proposal};
use crate::domain::{Dossier, Lang, Party, Tr};
use crate::sheets::{pos, text_field, tombstone, At, Field, Kind, List, Node, Value};

fn priorities(d: &Dossier, _: At) -> Option<&JointPriorities> {
    Some(&d.del2.priorities)
}
fn priorities_mut(d: &mut Dossier, _: At) -> Option<&mut JointPriorities> {
    Some(&mut d.del2.priorities)
}
pub fn indicator(d: &Dossier, at: At) -> Option<&Indicator> {
    d.del2.indicators.iter().find(|i| i.id == at.id)
}
pub fn indicator_mut(d: &mut Dossier, at: At) -> Option<&mut Indicator> {
    d.del2.indicators.iter_mut().find(|i| i.id == at.id)
}
fn initiative(d: &Dossier, at: At) -> Option<&Initiative> {
    d.del2.initiatives.iter().find(|i| i.id == at.id)
}
fn initiative_mut(d: &mut Dossier, at: At) -> Option<&mut Initiative> {
    d.del2.initiatives.iter_mut().find(|i| i.id == at.id)
}
fn is_core(d: &Dossier, at: At) -> bool {
    indicator(d, at).and_then(Indicator::core_kind).is_some()
}

fn measures() -> Vec<Tr> {
    Measure::ALL.iter().map(|m| m.name()).collect()
}
fn esrs() -> Vec<Tr> {
    Esrs::ALL.iter().map(|e| e.name()).collect()
}
fn others() -> Vec<Tr> {
    OtherResource::ALL.iter().map(|o| o.name()).collect()
}
fn places() -> Vec<Tr> {
    Place::ALL.iter().map(|p| p.name()).collect()
}
fn activities() -> Vec<Tr> {
    Activity::ALL.iter().map(|a| a.name()).collect()
}

/// The chosen indicators, by name, for choosing which ones an initiative targets.
pub fn chosen_indicators(d: &Dossier, lang: Lang) -> Vec<(uuid::Uuid, String)> {
    d.del2.indicators().filter(|i| i.chosen).map(|i| (i.id, i.display_name(lang))).collect()
}

static INDICATOR: &[Node] = &[
    Node::Note(|d, at, lang| {
        indicator(d, at).and_then(Indicator::core_kind).map(|c| c.meaning().get(lang).to_string()).unwrap_or_default()
    }),
    Node::Field(Field {
        key: "chosen",
        label: Tr::new("Partnerskabet arbejder med denne indikator", "The partnership works with this indicator"),
        hint: None,
        kind: Kind::Flag,
        get: |d, at| Value::Flag(indicator(d, at).is_some_and(|i| i.chosen)),
        set: |d, at, v| {
            let u = indicator_mut(d, at)?;
            u.chosen = v.flag();
            Some(&mut u.rev)
        },
    }),
    Node::When(
        |d, at| !is_core(d, at),
        &[text_field!("name", Tr::new("Navn", "Name"), None, Kind::Text, indicator, indicator_mut, name)],
    ),
    text_field!("kpi", Tr::new("KPI-definition", "KPI definition"), None, Kind::Text, indicator, indicator_mut, kpi),
    Node::When(
        |d, at| !is_core(d, at),
        &[Node::Field(Field {
            key: "measure",
            label: Tr::new("Måles ved", "Measured by"),
            hint: None,
            kind: Kind::Select(measures, None),
            get: |d, at| Value::Choice(indicator(d, at).and_then(|i| pos(&Measure::ALL, &i.measure))),
            set: |d, at, v| {
                let u = indicator_mut(d, at)?;
                u.measure = *Measure::ALL.get(v.choice()?)?;
                Some(&mut u.rev)
            },
        })],
    ),
    Node::Field(Field {
        key: "esrs",
        label: Tr::new("Hører i ESG-rapporten under", "Belongs in the ESG report under"),
        hint: None,
        kind: Kind::Select(esrs, None),
        get: |d, at| Value::Choice(indicator(d, at).and_then(|i| pos(&Esrs::ALL, &i.esrs))),
        set: |d, at, v| {
            let u = indicator_mut(d, at)?;
            u.esrs = *Esrs::ALL.get(v.choice()?)?;
            Some(&mut u.rev)
        },
    }),
];

/// The indicators: the guide's three and site-specific ones.
pub static INDICATORS: &[Node] = &[Node::List(List {
    key: "ind",
    noun: Tr::new("Indikator", "Indicator"),
    title: Some(|d, at, lang| match indicator(d, at) {
        Some(i) => match i.core_kind() {
            Some(c) => format!("{} (versus {})", c.name().get(lang), c.versus().get(lang)),
            None => i.display_name(lang),
        },
        None => String::new(),
    }),
    items: |d, at| d.del2.indicators().map(|i| at.item(i.id)).collect(),
    add: Some((Tr::new("Tilføj stedsspecifik indikator", "Add a site-specific indicator"), |d, _, new| {
        d.del2.indicators.push(Indicator::site_specific(new.id, new.now, &Proposal::default()));
        d.del2.indicators.last_mut().map(|i| &mut i.rev)
    })),
    remove: tombstone!(Tr::new("Slet indikatoren", "Delete the indicator"), indicator_mut),
    reorder: None,
    removable: Some(|d, at| !is_core(d, at)),
    max: None,
    empty: None,
    compact: false,
    nodes: INDICATOR,
})];

fn party_text(d: &Dossier, p: Party, f: fn(&Dossier) -> Option<&crate::domain::PerParty<String>>) -> Value {
    Value::Text(f(d).and_then(|x| x.get(p)).cloned().unwrap_or_default())
}

/// Fælles prioriteringer.
pub static PRIORITIES: &[Node] = &[
    text_field!(
        "challenges",
        Tr::new(
            "Hvilke udfordringer eller muligheder er i fokus i området?",
            "Which challenges or opportunities are in focus in the area?"
        ),
        None,
        Kind::Area(3),
        priorities,
        priorities_mut,
        challenges
    ),
    Node::Field(Field {
        key: "res-housing",
        label: Tr::new(
            "Hvilke ressourcer vil boligorganisationen bruge?",
            "Which resources will the housing organisation use?",
        ),
        hint: None,
        kind: Kind::Area(2),
        get: |d, _| party_text(d, Party::Housing, |d| Some(&d.del2.priorities.resources)),
        set: |d, _, v| {
            let u = &mut d.del2.priorities;
            *u.resources.get_mut(Party::Housing) = v.text();
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "res-company",
        label: Tr::new("Hvilke ressourcer vil virksomheden bruge?", "Which resources will the company use?"),
        hint: None,
        kind: Kind::Area(2),
        get: |d, _| party_text(d, Party::Company, |d| Some(&d.del2.priorities.resources)),
        set: |d, _, v| {
            let u = &mut d.del2.priorities;
            *u.resources.get_mut(Party::Company) = v.text();
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "others",
        label: Tr::new("Hvilke andre ressourcer kan inddrages?", "Which other resources can be involved?"),
        hint: None,
        kind: Kind::Checks(others, false),
        get: |d, _| {
            Value::Choices(d.del2.priorities.others.iter().filter_map(|o| pos(&OtherResource::ALL, o)).collect())
        },
        set: |d, _, v| {
            let u = &mut d.del2.priorities;
            u.others = v.choices().into_iter().filter_map(|i| OtherResource::ALL.get(i).copied()).collect();
            Some(&mut u.rev)
        },
    }),
    text_field!(
        "others-text",
        Tr::new("Andre ressourcer (fritekst)", "Other resources (free text)"),
        None,
        Kind::Text,
        priorities,
        priorities_mut,
        others_text
    ),
];

fn contribution(d: &Dossier, at: At, p: Party) -> Value {
    Value::Text(initiative(d, at).and_then(|i| i.contributions.get(p)).cloned().unwrap_or_default())
}

static INITIATIVE: &[Node] = &[
    text_field!("name", Tr::new("Navn", "Name"), None, Kind::Text, initiative, initiative_mut, name),
    text_field!(
        "desc",
        Tr::new("Beskrivelse", "Description"),
        None,
        Kind::Area(2),
        initiative,
        initiative_mut,
        description
    ),
    Node::Field(Field {
        key: "where",
        label: Tr::new("Hvor", "Where"),
        hint: None,
        kind: Kind::Checks(places, true),
        get: |d, at| {
            Value::Choices(
                initiative(d, at)
                    .map(|i| i.places.iter().filter_map(|p| pos(&Place::ALL, p)).collect())
                    .unwrap_or_default(),
            )
        },
        set: |d, at, v| {
            let u = initiative_mut(d, at)?;
            u.places = v.choices().into_iter().filter_map(|i| Place::ALL.get(i).copied()).collect();
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "what",
        label: Tr::new("Hvad", "What"),
        hint: None,
        kind: Kind::Checks(activities, true),
        get: |d, at| {
            Value::Choices(
                initiative(d, at)
                    .map(|i| i.activities.iter().filter_map(|a| pos(&Activity::ALL, a)).collect())
                    .unwrap_or_default(),
            )
        },
        set: |d, at, v| {
            let u = initiative_mut(d, at)?;
            u.activities = v.choices().into_iter().filter_map(|i| Activity::ALL.get(i).copied()).collect();
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "ind",
        label: Tr::new(
            "Hvilke indikatorer skal initiativet fremme?",
            "Which indicators should the initiative promote?",
        ),
        hint: None,
        kind: Kind::Items(chosen_indicators),
        get: |d, at| Value::Ids(initiative(d, at).map(|i| i.indicators.clone()).unwrap_or_default()),
        set: |d, at, v| {
            let u = initiative_mut(d, at)?;
            u.indicators = v.ids();
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "housing",
        label: Tr::new("Boligorganisationens bidrag", "The housing organisation's contribution"),
        hint: None,
        kind: Kind::Area(2),
        get: |d, at| contribution(d, at, Party::Housing),
        set: |d, at, v| {
            let u = initiative_mut(d, at)?;
            *u.contributions.get_mut(Party::Housing) = v.text();
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "company",
        label: Tr::new("Virksomhedens bidrag", "The company's contribution"),
        hint: None,
        kind: Kind::Area(2),
        get: |d, at| contribution(d, at, Party::Company),
        set: |d, at, v| {
            let u = initiative_mut(d, at)?;
            *u.contributions.get_mut(Party::Company) = v.text();
            Some(&mut u.rev)
        },
    }),
];

/// Fælles initiativer.
pub static INITIATIVES: &[Node] = &[Node::List(List {
    key: "init",
    noun: Tr::new("Initiativ", "Initiative"),
    title: Some(|d, at, lang| match initiative(d, at) {
        Some(i) if !i.name.trim().is_empty() => i.name.clone(),
        _ => Tr::new("Nyt initiativ", "New initiative").get(lang).into(),
    }),
    items: |d, at| d.del2.initiatives().map(|i| at.item(i.id)).collect(),
    add: Some((Tr::new("Tilføj initiativ", "Add an initiative"), |d, _, new| {
        d.del2.initiatives.push(Initiative::new(new.id, new.now));
        d.del2.initiatives.last_mut().map(|i| &mut i.rev)
    })),
    remove: tombstone!(Tr::new("Slet initiativet", "Delete the initiative"), initiative_mut),
    reorder: None,
    removable: None,
    max: None,
    empty: Some(Tr::new("Ingen initiativer endnu.", "No initiatives yet.")),
    compact: false,
    nodes: INITIATIVE,
})];

/// Core indicators' ids, for tests and for pages that treat them specially.
pub fn core_ids() -> [uuid::Uuid; 3] {
    Core::ALL.map(Core::id)
}
