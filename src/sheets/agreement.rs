//! Partnerskabsrammer, as data: the årshjul's entries, the evaluation meetings and the annual
//! impact measurement.

use crate::domain::b2c::{quarterly_meetings, Agreement, Month, Responsible, WheelEntry};
use crate::domain::{Dossier, Tr};
use crate::sheets::{pos, put_back, text_field, tombstone, At, Field, Kind, List, Node, Value};
use chrono::Datelike;

fn agreement(d: &Dossier, _: At) -> Option<&Agreement> {
    Some(&d.del2.agreement)
}
fn agreement_mut(d: &mut Dossier, _: At) -> Option<&mut Agreement> {
    Some(&mut d.del2.agreement)
}
fn entry(d: &Dossier, at: At) -> Option<&WheelEntry> {
    d.del2.wheel.iter().find(|w| w.id == at.id)
}
fn entry_mut(d: &mut Dossier, at: At) -> Option<&mut WheelEntry> {
    d.del2.wheel.iter_mut().find(|w| w.id == at.id)
}

fn months() -> Vec<Tr> {
    Month::all().map(|m| m.name()).collect()
}
fn responsibles() -> Vec<Tr> {
    Responsible::ALL.iter().map(|r| r.name()).collect()
}
fn together() -> Vec<Tr> {
    vec![Tr::new("Sammen", "Together"), Tr::new("Hver for sig", "Separately")]
}

static ENTRY: &[Node] = &[
    text_field!("name", Tr::new("Aktivitet", "Activity"), None, Kind::Text, entry, entry_mut, name),
    Node::Field(Field {
        key: "months",
        label: Tr::new("Måneder", "Months"),
        hint: None,
        kind: Kind::Checks(months, true),
        get: |d, at| {
            Value::Choices(
                entry(d, at)
                    .map(|e| e.months.iter().map(|m| usize::from(m.number() - 1)).collect())
                    .unwrap_or_default(),
            )
        },
        set: |d, at, v| {
            let u = entry_mut(d, at)?;
            u.months = v.choices().into_iter().filter_map(|i| Month::new(i as u8 + 1)).collect();
            u.months.sort();
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "resp",
        label: Tr::new("Ansvar", "Responsible"),
        hint: None,
        kind: Kind::Radio(responsibles),
        get: |d, at| Value::Choice(entry(d, at).and_then(|e| pos(&Responsible::ALL, &e.responsible))),
        set: |d, at, v| {
            let u = entry_mut(d, at)?;
            u.responsible = *Responsible::ALL.get(v.choice()?)?;
            Some(&mut u.rev)
        },
    }),
    text_field!(
        "note",
        Tr::new("Note (roller, sted)", "Note (roles, place)"),
        None,
        Kind::Text,
        entry,
        entry_mut,
        note
    ),
];

/// The årshjul's activities.
pub static WHEEL: &[Node] = &[Node::List(List {
    key: "wheel",
    noun: Tr::new("Aktivitet", "Activity"),
    title: Some(|d, at, lang| match entry(d, at) {
        Some(e) if !e.name.trim().is_empty() => e.name.clone(),
        _ => Tr::new("Ny aktivitet", "New activity").get(lang).into(),
    }),
    items: |d, at| d.del2.wheel().map(|w| at.item(w.id)).collect(),
    add: Some((Tr::new("Tilføj aktivitet til årshjulet", "Add an activity to the wheel"), |d, _, new| {
        d.del2.wheel.push(WheelEntry::new(new.id, new.now));
        d.del2.wheel.last_mut().map(|w| &mut w.rev)
    })),
    remove: tombstone!(Tr::new("Slet aktiviteten", "Delete the activity"), entry_mut),
    reorder: None,
    removable: None,
    max: None,
    empty: None,
    compact: false,
    nodes: ENTRY,
})];

static MEETING: &[Node] = &[Node::Field(Field {
    key: "date",
    label: Tr::new("Møde", "Meeting"),
    hint: None,
    kind: Kind::Date,
    get: |d, at| Value::Date(d.del2.agreement.meetings.get(at.index).copied()),
    set: |d, at, v| {
        let u = &mut d.del2.agreement;
        *u.meetings.get_mut(at.index)? = v.date()?;
        Some(&mut u.rev)
    },
})];

/// The evaluation meetings: the year, a proposal of four quarterly dates, the dates.
pub static MEETINGS: &[Node] = &[
    Node::Field(Field {
        key: "year",
        label: Tr::new("Aftalens år", "The agreement's year"),
        hint: None,
        kind: Kind::Year,
        get: |d, _| Value::Number(d.del2.agreement.year.map(f64::from)),
        set: |d, _, v| {
            let u = &mut d.del2.agreement;
            u.year = crate::domain::number::year_of(v.number());
            Some(&mut u.rev)
        },
    }),
    Node::Action(Tr::new("Foreslå fire kvartalsvise datoer", "Propose four quarterly dates"), |d, _, new| {
        let u = &mut d.del2.agreement;
        let year = *u.year.get_or_insert(new.now.year() + 1);
        u.meetings = quarterly_meetings(year);
        Some(&mut u.rev)
    }),
    Node::List(List {
        key: "meeting",
        noun: Tr::new("Møde", "Meeting"),
        title: None,
        items: |d, at| (0..d.del2.agreement.meetings.len()).map(|i| at.nth(i)).collect(),
        add: Some((Tr::new("Tilføj mødedato", "Add a meeting date"), |d, _, new| {
            let u = &mut d.del2.agreement;
            let next = u.meetings.last().map(|m| *m + chrono::Duration::days(91)).unwrap_or(new.now.date_naive());
            u.meetings.push(next);
            Some(&mut u.rev)
        })),
        remove: Some((
            Tr::new("Fjern", "Remove"),
            |d, at| {
                let u = &mut d.del2.agreement;
                (at.index < u.meetings.len()).then(|| u.meetings.remove(at.index))?;
                Some(&mut u.rev)
            },
            |d, at, before| {
                let u = &mut d.del2.agreement;
                put_back(&mut u.meetings, &before.del2.agreement.meetings, at.index)?;
                Some(&mut u.rev)
            },
        )),
        reorder: None,
        removable: None,
        max: None,
        empty: None,
        compact: true,
        nodes: MEETING,
    }),
];

/// The annual impact measurement and other terms.
pub static MEASUREMENT: &[Node] = &[
    Node::Field(Field {
        key: "month",
        label: Tr::new("Hvornår på året?", "When in the year?"),
        hint: None,
        kind: Kind::Select(months, Some(Tr::new("Vælg måned", "Choose a month"))),
        get: |d, _| Value::Choice(d.del2.agreement.measurement.month.map(|m| usize::from(m.number() - 1))),
        set: |d, _, v| {
            let u = &mut d.del2.agreement;
            u.measurement.month = v.choice().and_then(|i| Month::new(i as u8 + 1));
            Some(&mut u.rev)
        },
    }),
    text_field!(
        "scope",
        Tr::new(
            "Omfang: hvem spørges, hvor mange, hvilke indikatorer?",
            "Scope: who is asked, how many, which indicators?"
        ),
        None,
        Kind::Area(3),
        agreement,
        agreement_mut,
        measurement.scope
    ),
    Node::Field(Field {
        key: "together",
        label: Tr::new("Måler I sammen eller hver for sig?", "Do you measure together or separately?"),
        hint: None,
        kind: Kind::Radio(together),
        get: |d, _| Value::Choice(d.del2.agreement.measurement.together.map(|t| if t { 0 } else { 1 })),
        set: |d, _, v| {
            let u = &mut d.del2.agreement;
            u.measurement.together = v.choice().map(|i| i == 0);
            Some(&mut u.rev)
        },
    }),
];

pub static OTHER: &[Node] = &[text_field!(
    "other",
    Tr::new("Andet, I aftaler", "Anything else you agree"),
    None,
    Kind::Area(3),
    agreement,
    agreement_mut,
    other
)];
