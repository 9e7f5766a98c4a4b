//! Binding form fields to one section of a dossier: a [`Sec`] names the section (by plain
//! function pointers, so each field adds data, not code), reads its fields as memos and writes
//! them through [`AppState::edit`], which records the edit in the section's revision.

use crate::domain::rev::Versioned;
use crate::domain::{Dossier, Party};
use crate::state::{use_app, Record};
use leptos::prelude::*;
use uuid::Uuid;

/// Where a section is: which party's (for Del 1) and which list item (by id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct At {
    pub party: Party,
    pub id: Uuid,
}

impl At {
    pub fn party(party: Party) -> At {
        At {
            party,
            id: Uuid::nil(),
        }
    }

    pub fn item(id: Uuid) -> At {
        At {
            party: Party::Housing,
            id,
        }
    }
}

/// One section of one dossier.
pub struct Sec<U: 'static> {
    pub record: Record,
    pub at: At,
    pub get: fn(&Dossier, At) -> Option<&U>,
    pub get_mut: fn(&mut Dossier, At) -> Option<&mut U>,
}

impl<U> Clone for Sec<U> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<U> Copy for Sec<U> {}

impl<U: Versioned + Send + Sync + 'static> Sec<U> {
    pub fn new(
        record: Record,
        at: At,
        get: fn(&Dossier, At) -> Option<&U>,
        get_mut: fn(&mut Dossier, At) -> Option<&mut U>,
    ) -> Sec<U> {
        Sec {
            record,
            at,
            get,
            get_mut,
        }
    }

    /// A value computed from the section, updated when it changes.
    pub fn read<T>(self, f: fn(&U) -> T) -> Memo<T>
    where
        T: Clone + PartialEq + Default + Send + Sync + 'static,
    {
        Memo::new(move |_| {
            self.record
                .dossier
                .with(|d| (self.get)(d, self.at).map(f).unwrap_or_default())
        })
    }

    /// Changes the section (recorded in its revision).
    pub fn update(self, change: impl FnOnce(&mut U)) {
        use_app().edit(self.record.id, |d| (self.get_mut)(d, self.at), change);
    }

    /// A callback that stores a value into the section.
    pub fn writer<T: Send + Sync + 'static>(self, f: fn(&mut U, T)) -> Callback<T> {
        let app = use_app();
        Callback::new(move |v: T| {
            app.edit(self.record.id, |d| (self.get_mut)(d, self.at), |u| f(u, v))
        })
    }

    /// A text field's value and setter: `sec.text(|u| &u.challenges, |u| &mut u.challenges)`.
    pub fn text(
        self,
        get: fn(&U) -> &String,
        set: fn(&mut U) -> &mut String,
    ) -> (Signal<String>, Callback<String>) {
        let (sel, at, record) = (self.get, self.at, self.record);
        let value = Memo::new(move |_| {
            record
                .dossier
                .with(|d| sel(d, at).map(|u| get(u).clone()).unwrap_or_default())
        });
        let app = use_app();
        let write = Callback::new(move |v: String| {
            app.edit(record.id, |d| (self.get_mut)(d, at), |u| *set(u) = v);
        });
        (value.into(), write)
    }

    /// A text field of the `i`-th element of a list inside the section.
    pub fn text_at(
        self,
        i: usize,
        get: fn(&U, usize) -> Option<&String>,
        set: fn(&mut U, usize) -> Option<&mut String>,
    ) -> (Signal<String>, Callback<String>) {
        let (sel, at, record) = (self.get, self.at, self.record);
        let value = Memo::new(move |_| {
            record.dossier.with(|d| {
                sel(d, at)
                    .and_then(|u| get(u, i).cloned())
                    .unwrap_or_default()
            })
        });
        let app = use_app();
        let write = Callback::new(move |v: String| {
            app.edit(
                record.id,
                |d| (self.get_mut)(d, at),
                |u| {
                    if let Some(s) = set(u, i) {
                        *s = v;
                    }
                },
            );
        });
        (value.into(), write)
    }
}
