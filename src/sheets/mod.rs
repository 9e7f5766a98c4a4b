//! The worksheets as data: each of the guide's questions is a [`Node`] in a static list, bound to
//! the part of the dossier it fills by plain function pointers. One interpreter in
//! `components::sheet` draws any sheet, editable or read-only, so a new question costs a few
//! bytes of data rather than a new view (see ARCHITECTURE.md on wasm size). Pure: every field's
//! binding is tested natively.

pub mod agreement;
pub mod del1;
pub mod del2;
pub mod del3;
pub mod overview;

use crate::domain::rev::Rev;
use crate::domain::{Dossier, Lang, Party, Tr};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// Where a sheet is bound: a party's part of the dossier and/or one item of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct At {
    pub party: Party,
    /// The item, for lists whose items have ids.
    pub id: Uuid,
    /// The item's position, for lists of plain values inside a section.
    pub index: usize,
}

impl At {
    pub const JOINT: At = At { party: Party::Housing, id: Uuid::nil(), index: 0 };

    pub fn party(party: Party) -> At {
        At { party, ..At::JOINT }
    }

    pub fn item(self, id: Uuid) -> At {
        At { id, ..self }
    }

    pub fn nth(self, index: usize) -> At {
        At { index, ..self }
    }
}

/// A field's value as a form sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(Option<f64>),
    /// The position of the chosen option (`None`: nothing chosen).
    Choice(Option<usize>),
    /// The positions of the chosen options.
    Choices(Vec<usize>),
    /// Chosen items of the dossier (e.g. the indicators an initiative targets).
    Ids(Vec<Uuid>),
    Flag(bool),
    Date(Option<NaiveDate>),
}

impl Default for Value {
    fn default() -> Value {
        Value::Text(String::new())
    }
}

impl Value {
    pub fn text(self) -> String {
        match self {
            Value::Text(s) => s,
            _ => String::new(),
        }
    }
    pub fn number(self) -> Option<f64> {
        match self {
            Value::Number(n) => n,
            _ => None,
        }
    }
    pub fn choice(self) -> Option<usize> {
        match self {
            Value::Choice(c) => c,
            _ => None,
        }
    }
    pub fn choices(self) -> Vec<usize> {
        match self {
            Value::Choices(c) => c,
            _ => Vec::new(),
        }
    }
    pub fn ids(self) -> Vec<Uuid> {
        match self {
            Value::Ids(c) => c,
            _ => Vec::new(),
        }
    }
    pub fn flag(self) -> bool {
        matches!(self, Value::Flag(true))
    }
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Value::Date(d) => d,
            _ => None,
        }
    }

    /// The value as text for reading (read-only sheets, conflict screens, print).
    pub fn show(&self, kind: &Kind, d: &Dossier, lang: Lang) -> String {
        let option = |i: usize| kind.options().get(i).map(|t| t.get(lang).to_string()).unwrap_or_default();
        match self {
            Value::Text(s) => s.clone(),
            Value::Number(n) => n.map(|x| crate::domain::number::format(x, 2, lang)).unwrap_or_default(),
            Value::Choice(c) => c.map(option).unwrap_or_default(),
            Value::Choices(c) => c.iter().map(|i| option(*i)).collect::<Vec<_>>().join(", "),
            Value::Ids(ids) => match kind {
                Kind::Items(items) | Kind::Pick(items) => {
                    let all = items(d, lang);
                    all.into_iter().filter(|(id, _)| ids.contains(id)).map(|(_, n)| n).collect::<Vec<_>>().join(", ")
                }
                _ => String::new(),
            },
            Value::Flag(b) => (if *b { Tr::new("Ja", "Yes") } else { Tr::new("Nej", "No") }).get(lang).to_string(),
            Value::Date(d) => d.map(|d| crate::domain::b2c::long_date(d, lang)).unwrap_or_default(),
        }
    }
}

/// Position of a value among all values of its kind (for choices bound to enums).
pub fn pos<T: PartialEq>(all: &[T], v: &T) -> Option<usize> {
    all.iter().position(|x| x == v)
}

/// The kind of input a field is.
#[derive(Clone, Copy)]
pub enum Kind {
    Text,
    /// A multi-line text with this many rows.
    Area(u8),
    Number,
    /// A number that is a year ([`crate::domain::number::YEARS`]).
    Year,
    Date,
    /// Radio buttons over these options.
    Radio(fn() -> Vec<Tr>),
    /// A drop-down over these options, with an empty first choice when given.
    Select(fn() -> Vec<Tr>, Option<Tr>),
    /// Checkboxes over these options; `true` lays them out in columns.
    Checks(fn() -> Vec<Tr>, bool),
    /// One checkbox.
    Flag,
    /// Checkboxes over items of the dossier (id and name).
    Items(fn(&Dossier, Lang) -> Vec<(Uuid, String)>),
    /// A drop-down choosing one item of the dossier (the value is `Ids` with one id).
    Pick(fn(&Dossier, Lang) -> Vec<(Uuid, String)>),
}

impl Kind {
    pub fn options(&self) -> Vec<Tr> {
        match self {
            Kind::Radio(o) | Kind::Select(o, _) | Kind::Checks(o, _) => o(),
            _ => Vec::new(),
        }
    }
}

/// Reads a field.
pub type Get = fn(&Dossier, At) -> Value;
/// Writes a field; returns the revision of the section it changed (`None`: nothing to change).
pub type Set = fn(&mut Dossier, At, Value) -> Option<&mut Rev>;
/// Changes a dossier in answer to a button (adding an item, proposing dates…).
pub type Act = for<'a, 'b> fn(&'a mut Dossier, At, &'b New) -> Option<&'a mut Rev>;

/// Removes a list item (or marks it deleted).
pub type Remove = fn(&mut Dossier, At) -> Option<&mut Rev>;
/// Undoes a [`Remove`] of the item at `At`, given the dossier as it was before: the item comes
/// back where it was, as a new edit (so a merge sees it come back), and nothing else changes.
/// `None` when it cannot come back (the list is full, or no longer changes).
pub type Restore = for<'a, 'b> fn(&'a mut Dossier, At, &'b Dossier) -> Option<&'a mut Rev>;
/// Moves a list item up (`true`) or down.
pub type Reorder = fn(&mut Dossier, At, bool) -> Option<&mut Rev>;

/// Puts `before[i]` back into `now` at `i` (at the end, if `now` has fewer items by then).
pub fn put_back<T: Clone>(now: &mut Vec<T>, before: &[T], i: usize) -> Option<()> {
    now.insert(i.min(now.len()), before.get(i)?.clone());
    Some(())
}

/// What a button that creates something gets: a fresh id and the time.
pub struct New {
    pub id: Uuid,
    pub now: DateTime<Utc>,
}

/// One question: a label, an optional hint, its input and its binding.
pub struct Field {
    /// Part of the element id (unique within its sheet).
    pub key: &'static str,
    pub label: Tr,
    pub hint: Option<Tr>,
    pub kind: Kind,
    pub get: Get,
    pub set: Set,
}

/// A repeated group of questions (resources, initiatives, årshjul entries…).
pub struct List {
    pub key: &'static str,
    /// Names one item: "Ressource" becomes "Ressource 1" unless `title` names it.
    pub noun: Tr,
    pub title: Option<fn(&Dossier, At, Lang) -> String>,
    /// The items now, as positions to bind their questions to.
    pub items: fn(&Dossier, At) -> Vec<At>,
    pub add: Option<(Tr, Act)>,
    pub remove: Option<(Tr, Remove, Restore)>,
    /// Moving an item up (`true`) or down.
    pub reorder: Option<Reorder>,
    /// Which items may be removed (all, when not given).
    pub removable: Option<fn(&Dossier, At) -> bool>,
    /// At most this many items, and what to say when there are.
    pub max: Option<(usize, Tr)>,
    pub empty: Option<Tr>,
    /// One line per item (a single question whose label is numbered), not a box per item.
    pub compact: bool,
    pub nodes: &'static [Node],
}

/// A piece of a worksheet.
pub enum Node {
    /// A heading of level 2–4.
    Heading(u8, Tr),
    Para(Tr),
    /// A text that depends on the dossier (e.g. an indicator's meaning).
    Note(fn(&Dossier, At, Lang) -> String),
    /// The guide's advice, collapsible.
    Guide(Tr),
    Field(Field),
    List(List),
    /// A fieldset with a legend.
    Group(Tr, &'static [Node]),
    /// Shown only when the condition holds.
    When(fn(&Dossier, At) -> bool, &'static [Node]),
    /// A button.
    Action(Tr, Act),
}

/// Every field in a sheet (lists and conditions included), for tests and describing sections.
pub fn fields(nodes: &'static [Node]) -> Vec<&'static Field> {
    let mut out = Vec::new();
    for n in nodes {
        match n {
            Node::Field(f) => out.push(f),
            Node::List(l) => out.extend(fields(l.nodes)),
            Node::Group(_, inner) | Node::When(_, inner) => out.extend(fields(inner)),
            _ => {}
        }
    }
    out
}

/// A text field bound to `section.path` (the section has a `rev`).
macro_rules! text_field {
    ($key:literal, $label:expr, $hint:expr, $kind:expr, $sec:path, $sec_mut:path, $($path:tt)+) => {
        $crate::sheets::Node::Field($crate::sheets::Field {
            key: $key,
            label: $label,
            hint: $hint,
            kind: $kind,
            get: |d, at| $crate::sheets::Value::Text($sec(d, at).map(|u| u.$($path)+.clone()).unwrap_or_default()),
            set: |d, at, v| {
                let u = $sec_mut(d, at)?;
                u.$($path)+ = v.text();
                Some(&mut u.rev)
            },
        })
    };
}
pub(crate) use text_field;

/// A text field bound to `section.list[at.index].path`.
macro_rules! item_text {
    ($key:literal, $label:expr, $hint:expr, $kind:expr, $sec:path, $sec_mut:path, $list:ident, $($path:tt)+) => {
        $crate::sheets::Node::Field($crate::sheets::Field {
            key: $key,
            label: $label,
            hint: $hint,
            kind: $kind,
            get: |d, at| {
                $crate::sheets::Value::Text($sec(d, at).and_then(|u| u.$list.get(at.index)).map(|x| x.$($path)+.clone()).unwrap_or_default())
            },
            set: |d, at, v| {
                let u = $sec_mut(d, at)?;
                let x = u.$list.get_mut(at.index)?;
                x.$($path)+ = v.text();
                Some(&mut u.rev)
            },
        })
    };
}
pub(crate) use item_text;

/// A list's `remove` for items with ids of their own, found by `$item_mut`: removing sets the
/// item's tombstone (so the deletion travels to the partner), undoing lifts it.
macro_rules! tombstone {
    ($label:expr, $item_mut:path) => {
        Some((
            $label,
            |d, at| {
                let u = $item_mut(d, at)?;
                u.deleted = true;
                Some(&mut u.rev)
            },
            |d, at, _| {
                let u = $item_mut(d, at)?;
                u.deleted = false;
                Some(&mut u.rev)
            },
        ))
    };
}
pub(crate) use tombstone;

#[cfg(test)]
mod tests;
