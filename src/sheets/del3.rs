//! Del 3, as data: the evaluation meetings' log, a survey round's details and statements, the
//! counted indicators' figures per round, and the ESG table's targets and comments.

use crate::domain::del3::EvalMeeting;
use crate::domain::indicator::{Indicator, Measure};
use crate::domain::survey::{statement_for, Round, Statement};
use crate::domain::{Dossier, Lang, Party, Tr};
use crate::sheets::del2::{indicator, indicator_mut};
use crate::sheets::{put_back, text_field, tombstone, At, Field, Kind, List, Node, Value};
use uuid::Uuid;

fn meeting(d: &Dossier, at: At) -> Option<&EvalMeeting> {
    d.del3.meetings.iter().find(|m| m.id == at.id)
}
fn meeting_mut(d: &mut Dossier, at: At) -> Option<&mut EvalMeeting> {
    d.del3.meetings.iter_mut().find(|m| m.id == at.id)
}
pub fn round(d: &Dossier, at: At) -> Option<&Round> {
    d.del3.round(at.id)
}
pub fn round_mut(d: &mut Dossier, at: At) -> Option<&mut Round> {
    d.del3.round_mut(at.id)
}

/// The indicators measured by the survey (for choosing what a statement measures).
pub fn survey_indicators(d: &Dossier, lang: Lang) -> Vec<(Uuid, String)> {
    d.del2
        .indicators()
        .filter(|i| i.chosen && i.measure == Measure::Survey)
        .map(|i| (i.id, i.display_name(lang)))
        .collect()
}

/// The counted indicators, in order.
pub fn count_indicators(d: &Dossier) -> Vec<&Indicator> {
    d.del2.indicators().filter(|i| i.chosen && i.measure == Measure::Count).collect()
}

fn participants(d: &Dossier, at: At, p: Party) -> Value {
    Value::Text(meeting(d, at).and_then(|m| m.participants.get(p)).cloned().unwrap_or_default())
}

static MEETING: &[Node] = &[
    Node::Field(Field {
        key: "date",
        label: Tr::new("Dato", "Date"),
        hint: None,
        kind: Kind::Date,
        get: |d, at| Value::Date(meeting(d, at).and_then(|m| m.date)),
        set: |d, at, v| {
            let u = meeting_mut(d, at)?;
            u.date = v.date();
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "p-housing",
        label: Tr::new("Deltagere fra boligorganisationen", "Participants from the housing organisation"),
        hint: None,
        kind: Kind::Text,
        get: |d, at| participants(d, at, Party::Housing),
        set: |d, at, v| {
            let u = meeting_mut(d, at)?;
            *u.participants.get_mut(Party::Housing) = v.text();
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "p-company",
        label: Tr::new("Deltagere fra virksomheden", "Participants from the company"),
        hint: None,
        kind: Kind::Text,
        get: |d, at| participants(d, at, Party::Company),
        set: |d, at, v| {
            let u = meeting_mut(d, at)?;
            *u.participants.get_mut(Party::Company) = v.text();
            Some(&mut u.rev)
        },
    }),
    text_field!(
        "others",
        Tr::new("Andre deltagere (fx beboere)", "Other participants (e.g. residents)"),
        None,
        Kind::Text,
        meeting,
        meeting_mut,
        others
    ),
    Node::Heading(4, Tr::new("Hvordan opleves de nye tiltag?", "How are the new initiatives experienced?")),
    text_field!(
        "company",
        Tr::new("Af virksomheden", "By the company"),
        None,
        Kind::Area(2),
        meeting,
        meeting_mut,
        company_view
    ),
    text_field!(
        "housing",
        Tr::new("Af boligorganisationen", "By the housing organisation"),
        None,
        Kind::Area(2),
        meeting,
        meeting_mut,
        housing_view
    ),
    text_field!(
        "residents",
        Tr::new("Af beboerne", "By the residents"),
        None,
        Kind::Area(2),
        meeting,
        meeting_mut,
        residents_view
    ),
    text_field!(
        "learned",
        Tr::new(
            "Hvilke erfaringer har I gjort jer siden sidst, og skaber det grobund for ændringer?",
            "What have you learned since last time, and does it call for change?"
        ),
        None,
        Kind::Area(3),
        meeting,
        meeting_mut,
        learned
    ),
    text_field!(
        "adjust",
        Tr::new(
            "Skal I justere tiltagene eller re-allokere ressourcer?",
            "Should you adjust the initiatives or reallocate resources?"
        ),
        None,
        Kind::Area(3),
        meeting,
        meeting_mut,
        adjustments
    ),
    text_field!(
        "decisions",
        Tr::new("Beslutninger", "Decisions"),
        None,
        Kind::Area(3),
        meeting,
        meeting_mut,
        decisions
    ),
];

/// The log of evaluation meetings, newest last.
pub static MEETINGS: &[Node] = &[Node::List(List {
    key: "eval",
    noun: Tr::new("Evalueringsmøde", "Evaluation meeting"),
    title: Some(|d, at, lang| match meeting(d, at).and_then(|m| m.date) {
        Some(date) => format!(
            "{} {}",
            Tr::new("Evalueringsmøde", "Evaluation meeting").get(lang),
            crate::domain::b2c::long_date(date, lang)
        ),
        None => Tr::new("Evalueringsmøde uden dato", "Evaluation meeting without a date").get(lang).into(),
    }),
    items: |d, at| d.del3.meetings().map(|m| at.item(m.id)).collect(),
    add: Some((Tr::new("Tilføj evalueringsmøde", "Add an evaluation meeting"), |d, _, new| {
        d.del3.meetings.push(EvalMeeting::new(new.id, new.now));
        d.del3.meetings.last_mut().map(|m| &mut m.rev)
    })),
    remove: tombstone!(Tr::new("Slet mødet", "Delete the meeting"), meeting_mut),
    reorder: None,
    removable: None,
    max: None,
    empty: Some(Tr::new("Ingen evalueringsmøder endnu.", "No evaluation meetings yet.")),
    compact: false,
    nodes: MEETING,
})];

/// A round's details.
pub static ROUND: &[Node] = &[
    text_field!(
        "label",
        Tr::new("Navn på målingen", "Name of the measurement"),
        Some(Tr::new("Fx «Baseline», «År 1»", "E.g. “Baseline”, “Year 1”")),
        Kind::Text,
        round,
        round_mut,
        label
    ),
    Node::Field(Field {
        key: "date",
        label: Tr::new("Dato", "Date"),
        hint: None,
        kind: Kind::Date,
        get: |d, at| Value::Date(round(d, at).and_then(|r| r.date)),
        set: |d, at, v| {
            let u = round_mut(d, at)?;
            u.date = v.date();
            Some(&mut u.rev)
        },
    }),
    text_field!(
        "recruit",
        Tr::new("Hvordan blev beboerne spurgt?", "How were the residents asked?"),
        Some(Tr::new(
            "Fx «Dør til dør i tre opgange og kiosk i fælleshuset i to uger». En god måling har 50–100 beboere fra en varieret gruppe.",
            "E.g. “Door to door in three stairwells and a kiosk in the community house for two weeks”. A good measurement has 50–100 residents from a varied group."
        )),
        Kind::Area(2),
        round,
        round_mut,
        recruitment
    ),
];

fn statement(d: &Dossier, at: At) -> Option<&Statement> {
    round(d, at)?.statements.get(at.index)
}

static STATEMENT: &[Node] = &[
    Node::Field(Field {
        key: "ind",
        label: Tr::new("Indikator", "Indicator"),
        hint: None,
        kind: Kind::Pick(survey_indicators),
        get: |d, at| Value::Ids(statement(d, at).map(|s| vec![s.indicator]).unwrap_or_default()),
        set: |d, at, v| {
            let u = round_mut(d, at)?;
            u.statements.get_mut(at.index)?.indicator = *v.ids().first()?;
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "da",
        label: Tr::new("Udsagn (dansk)", "Statement (Danish)"),
        hint: None,
        kind: Kind::Area(2),
        get: |d, at| Value::Text(statement(d, at).map(|s| s.da.clone()).unwrap_or_default()),
        set: |d, at, v| {
            let u = round_mut(d, at)?;
            u.statements.get_mut(at.index)?.da = v.text();
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "en",
        label: Tr::new("Udsagn (engelsk oversættelse)", "Statement (English translation)"),
        hint: Some(Tr::new("Bruges, når kiosken tilbyder engelsk.", "Used when the kiosk offers English.")),
        kind: Kind::Area(2),
        get: |d, at| Value::Text(statement(d, at).map(|s| s.en.clone()).unwrap_or_default()),
        set: |d, at, v| {
            let u = round_mut(d, at)?;
            u.statements.get_mut(at.index)?.en = v.text();
            Some(&mut u.rev)
        },
    }),
];

/// A round's statements (editable until someone has answered).
pub static STATEMENTS: &[Node] = &[Node::List(List {
    key: "stmt",
    noun: Tr::new("Udsagn", "Statement"),
    title: None,
    items: |d, at| (0..round(d, at).map_or(0, |r| r.statements.len())).map(|i| at.nth(i)).collect(),
    add: Some((Tr::new("Tilføj udsagn", "Add a statement"), |d, at, new| {
        let first = d.del2.indicators().find(|i| i.chosen && i.measure == Measure::Survey).cloned()?;
        let u = round_mut(d, at)?;
        if u.wording_locked() {
            return None;
        }
        u.statements.push(Statement { id: new.id, indicator: first.id, da: String::new(), en: String::new() });
        Some(&mut u.rev)
    })),
    remove: Some((
        Tr::new("Fjern udsagn", "Remove statement"),
        |d, at| {
            let u = round_mut(d, at)?;
            if u.wording_locked() || at.index >= u.statements.len() {
                return None;
            }
            u.statements.remove(at.index);
            Some(&mut u.rev)
        },
        |d, at, before| {
            let u = round_mut(d, at)?;
            (!u.wording_locked()).then_some(())?;
            put_back(&mut u.statements, &round(before, at)?.statements, at.index)?;
            Some(&mut u.rev)
        },
    )),
    reorder: None,
    removable: None,
    max: None,
    empty: Some(Tr::new("Runden har endnu ingen udsagn.", "The round has no statements yet.")),
    compact: false,
    nodes: STATEMENT,
})];

/// Fills an empty round with one statement per survey indicator: the guide's examples for the
/// three, a generic one for site-specific ones.
pub fn suggest_statements(d: &mut Dossier, round_id: Uuid, new_id: &mut dyn FnMut() -> Uuid) -> bool {
    let indicators: Vec<Indicator> =
        d.del2.indicators().filter(|i| i.chosen && i.measure == Measure::Survey).cloned().collect();
    let Some(r) = d.del3.round_mut(round_id) else { return false };
    if r.wording_locked() {
        return false;
    }
    for i in &indicators {
        if !r.statements.iter().any(|s| s.indicator == i.id) {
            r.statements.push(statement_for(new_id(), i));
        }
    }
    true
}

/// The counted indicators' figures in one round (bound to the round's id, one item each).
pub static COUNTS: &[Node] = &[Node::List(List {
    key: "count",
    noun: Tr::new("Optælling", "Count"),
    title: Some(|d, at, lang| count_indicators(d).get(at.index).map(|i| i.display_name(lang)).unwrap_or_default()),
    items: |d, at| (0..count_indicators(d).len()).map(|i| at.nth(i)).collect(),
    add: None,
    remove: None,
    reorder: None,
    removable: None,
    max: None,
    empty: Some(Tr::new(
        "Partnerskabet har ingen optalte indikatorer (fx unge i virksomhedspraktik). De vælges i Del 2.",
        "The partnership has no counted indicators (e.g. young people in internships). They are chosen in Part 2.",
    )),
    compact: false,
    nodes: &[Node::Field(Field {
        key: "value",
        label: Tr::new("Antal i denne måling", "Number in this measurement"),
        hint: None,
        kind: Kind::Number,
        get: |d, at| {
            let ind = count_indicators(d).get(at.index).map(|i| i.id);
            Value::Number(ind.and_then(|i| round(d, at)?.count(i)))
        },
        set: |d, at, v| {
            let ind = count_indicators(d).get(at.index)?.id;
            let u = round_mut(d, at)?;
            u.set_count(ind, v.number());
            Some(&mut u.rev)
        },
    })],
})];

/// The ESG table's targets, KPI definitions and comments, per chosen indicator.
pub static TARGETS: &[Node] = &[Node::List(List {
    key: "target",
    noun: Tr::new("Indikator", "Indicator"),
    title: Some(|d, at, lang| indicator(d, at).map(|i| i.display_name(lang)).unwrap_or_default()),
    items: |d, at| d.del2.indicators().filter(|i| i.chosen).map(|i| at.item(i.id)).collect(),
    add: None,
    remove: None,
    reorder: None,
    removable: None,
    max: None,
    empty: None,
    compact: false,
    nodes: &[
        Node::Field(Field {
            key: "target",
            label: Tr::new("Målsætning (procent eller antal)", "Target (percentage or number)"),
            hint: Some(Tr::new("Fx 85 for «min. 85 %».", "E.g. 85 for “at least 85 %”.")),
            kind: Kind::Number,
            get: |d, at| Value::Number(indicator(d, at).and_then(|i| i.target)),
            set: |d, at, v| {
                let u = indicator_mut(d, at)?;
                u.target = v.number();
                Some(&mut u.rev)
            },
        }),
        Node::Field(Field {
            key: "year",
            label: Tr::new("Målår", "Target year"),
            hint: None,
            kind: Kind::Year,
            get: |d, at| Value::Number(indicator(d, at).and_then(|i| i.target_year).map(f64::from)),
            set: |d, at, v| {
                let u = indicator_mut(d, at)?;
                u.target_year = crate::domain::number::year_of(v.number());
                Some(&mut u.rev)
            },
        }),
        text_field!(
            "kpi",
            Tr::new("KPI-definition", "KPI definition"),
            None,
            Kind::Text,
            indicator,
            indicator_mut,
            kpi
        ),
        text_field!(
            "comment",
            Tr::new("Kommentar (kvantitativ og kvalitativ analyse)", "Comment (quantitative and qualitative analysis)"),
            None,
            Kind::Area(2),
            indicator,
            indicator_mut,
            comment
        ),
    ],
})];
