//! The app's state as signals, and the one place that writes it back to storage.
//!
//! Loaded once at start from [`Persistence`]. Pages change dossiers through [`AppState::edit`];
//! every change marks the dossier dirty, and a debounced flush (at most ~1 s behind the last
//! keystroke, and at once when the page is hidden or closed) writes the dirty ones back.

use crate::browser;
use crate::domain::format::{self, Document, FORMAT_VERSION};
use crate::domain::{Dossier, Kind, Lang, Party};
use crate::persistence::{Health, Local, Persistence, Settings, Unreadable, WriteError};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::rc::Rc;
use std::time::Duration;
use uuid::Uuid;

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Quiet time after the last change before writing.
const DEBOUNCE: Duration = Duration::from_millis(300);
/// Longest a change may wait while the user keeps typing.
const MAX_WAIT_MS: f64 = 900.0;

/// One dossier in memory.
#[derive(Clone, Copy)]
pub struct Record {
    pub id: Uuid,
    pub dossier: RwSignal<Dossier>,
    pub local: RwSignal<Local>,
}

/// Whether the user's work has reached storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Everything is written; when the last write happened.
    Saved(Option<DateTime<Utc>>),
    /// Changes are waiting for the debounce.
    Pending,
    /// The last write did not reach storage: the work is kept in memory.
    MemoryOnly,
}

/// What the app shares with every page (all fields are cheap copies of signals).
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub records: RwSignal<Vec<Record>>,
    pub health: RwSignal<Health>,
    pub save: RwSignal<SaveState>,
    /// The app's root owner: dossiers' signals live as long as the app, not as the page
    /// (e.g. the form) that happened to create them.
    owner: StoredValue<Owner, LocalStorage>,
    store: StoredValue<Rc<Persistence>, LocalStorage>,
    dirty: StoredValue<BTreeSet<Uuid>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    pending_since: StoredValue<Option<f64>>,
}

impl AppState {
    /// Loads everything from storage (purging dossiers deleted in an earlier visit).
    pub fn load() -> AppState {
        let store = Rc::new(Persistence::open());
        let mut health = Health {
            unavailable: !store.available(),
            ..Health::default()
        };
        let settings = store.load_settings().unwrap_or_else(|| {
            let s = Settings {
                lang: Lang::Da,
                device: browser::new_id(),
            };
            if let Err(e) = store.save_settings(&s) {
                note_write_error(&mut health, e);
            }
            s
        });
        let (stored, unreadable) = store.load_dossiers();
        health.unreadable = unreadable;
        let mut records = Vec::new();
        for (local, doc) in stored {
            if local.deleted.is_some() {
                store.remove(&crate::persistence::Key::Dossier(doc.dossier.id));
                continue;
            }
            records.push((local, doc.dossier));
        }
        let state = AppState {
            lang: RwSignal::new(settings.lang),
            records: RwSignal::new(Vec::new()),
            health: RwSignal::new(health),
            save: RwSignal::new(SaveState::Saved(None)),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            store: StoredValue::new_local(store),
            dirty: StoredValue::new(BTreeSet::new()),
            timer: StoredValue::new(None),
            pending_since: StoredValue::new(None),
        };
        for (local, dossier) in records {
            state.adopt(dossier, local);
        }
        state.watch_language(settings);
        state.flush_when_leaving();
        state
    }

    /// Takes a dossier into the app's state, under the root owner, watched for changes.
    fn adopt(&self, dossier: Dossier, local: Local) -> Record {
        let this = *self;
        let id = dossier.id;
        let r = self.owner.get_value().with(|| {
            let r = Record {
                id,
                dossier: RwSignal::new(dossier),
                local: RwSignal::new(local),
            };
            Effect::watch(
                move || {
                    r.dossier.track();
                    r.local.track();
                },
                move |_, _, _| this.mark_dirty(id),
                false,
            );
            r
        });
        self.records.update(|rs| rs.push(r));
        r
    }

    fn watch_language(&self, settings: Settings) {
        let this = *self;
        Effect::new(move |_| {
            let lang = this.lang.get();
            browser::set_document_lang(lang.tag());
            let s = Settings {
                lang,
                device: settings.device,
            };
            if let Err(e) = this.store.with_value(|st| st.save_settings(&s)) {
                this.health.update(|h| note_write_error(h, e));
            }
        });
    }

    /// Writes at once when the tab is hidden or closed, so a reload loses nothing.
    fn flush_when_leaving(&self) {
        let this = *self;
        let on_hide = move || this.flush();
        let handle_a = window_event_listener(leptos::ev::pagehide, move |_| on_hide());
        let handle_b = window_event_listener(leptos::ev::visibilitychange, move |_| {
            let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
            if hidden {
                this.flush();
            }
        });
        // The app lives as long as the page: keep the listeners.
        std::mem::forget(handle_a);
        std::mem::forget(handle_b);
    }

    pub fn record(&self, id: Uuid) -> Option<Record> {
        self.records
            .with(|rs| rs.iter().find(|r| r.id == id).copied())
    }

    /// The dossiers to list (not deleted), newest change first.
    pub fn visible_records(&self) -> Vec<Record> {
        let mut v: Vec<Record> = self
            .records
            .get()
            .into_iter()
            .filter(|r| r.local.with(|l| l.deleted.is_none()))
            .collect();
        v.sort_by_key(|r| std::cmp::Reverse(r.dossier.with(|d| d.modified)));
        v
    }

    /// Creates a dossier and returns its id.
    pub fn create(&self, kind: Kind, me: Party, title: &str) -> Uuid {
        let d = Dossier::new(browser::new_id(), kind, title, browser::now());
        self.insert(
            d,
            Local {
                me,
                exported: None,
                deleted: None,
            },
        )
    }

    /// Adds a whole dossier (new, duplicated or imported) and saves it.
    pub fn insert(&self, d: Dossier, local: Local) -> Uuid {
        let id = d.id;
        self.adopt(d, local);
        self.mark_dirty(id);
        id
    }

    pub fn duplicate(&self, id: Uuid) -> Option<Uuid> {
        let r = self.record(id)?;
        let copy_word = match self.lang.get_untracked() {
            Lang::Da => "kopi",
            Lang::En => "copy",
        };
        let d = r
            .dossier
            .with_untracked(|d| d.duplicate(browser::new_id(), browser::now(), copy_word));
        let me = r.local.with_untracked(|l| l.me);
        Some(self.insert(
            d,
            Local {
                me,
                exported: None,
                deleted: None,
            },
        ))
    }

    /// Changes a dossier; stamps its modification time. The flush writes it back.
    pub fn edit(&self, id: Uuid, f: impl FnOnce(&mut Dossier)) {
        if let Some(r) = self.record(id) {
            let now = browser::now();
            r.dossier.update(|d| {
                f(d);
                d.modified = now;
            });
        }
    }

    /// Downloads the dossier as an exchange file and remembers when.
    pub fn export(&self, id: Uuid) -> Result<(), String> {
        let r = self.record(id).ok_or("no such dossier")?;
        let now = browser::now();
        let me = r.local.with_untracked(|l| l.me);
        let (text, name, modified) = r.dossier.with_untracked(|d| {
            let doc = format::export(d, me, now, APP_VERSION);
            (
                format::write(&doc),
                format::file_name(&d.display_title(), now),
                d.modified,
            )
        });
        browser::download(&name, &text, "application/json")?;
        r.local.update(|l| l.exported = Some((now, modified)));
        Ok(())
    }

    /// Marks a dossier deleted; it can be restored until the next start.
    pub fn delete(&self, id: Uuid) {
        if let Some(r) = self.record(id) {
            r.local.update(|l| l.deleted = Some(browser::now()));
        }
    }

    pub fn undelete(&self, id: Uuid) {
        if let Some(r) = self.record(id) {
            r.local.update(|l| l.deleted = None);
        }
    }

    fn mark_dirty(&self, id: Uuid) {
        self.dirty.update_value(|d| {
            d.insert(id);
        });
        if self.save.get_untracked() != SaveState::MemoryOnly {
            self.save.set(SaveState::Pending);
        }
        let now = js_sys::Date::now();
        let since = self.pending_since.get_value().unwrap_or(now);
        self.pending_since.set_value(Some(since));
        if let Some(h) = self.timer.get_value() {
            h.clear();
        }
        let this = *self;
        let wait = if now - since >= MAX_WAIT_MS {
            Duration::ZERO
        } else {
            DEBOUNCE
        };
        let handle = set_timeout_with_handle(move || this.flush(), wait).ok();
        self.timer.set_value(handle);
    }

    /// Writes every dirty dossier back to storage. The only writer of dossiers.
    pub fn flush(&self) {
        if let Some(h) = self.timer.get_value() {
            h.clear();
        }
        self.timer.set_value(None);
        self.pending_since.set_value(None);
        let dirty = std::mem::take(&mut *self.dirty.write_value());
        if dirty.is_empty() {
            return;
        }
        let mut failed = None;
        for id in dirty {
            let Some(r) = self
                .records
                .with_untracked(|rs| rs.iter().find(|r| r.id == id).copied())
            else {
                continue;
            };
            let doc = r
                .dossier
                .with_untracked(|d| Document::new(d.clone(), APP_VERSION));
            debug_assert_eq!(doc.format_version, FORMAT_VERSION);
            let local = r.local.get_untracked();
            if let Err(e) = self.store.with_value(|s| s.save_dossier(&local, &doc)) {
                failed = Some(e);
            }
        }
        match failed {
            None => {
                self.save.set(SaveState::Saved(Some(browser::now())));
                self.health.update(|h| {
                    h.full = false;
                    h.write_error = None;
                });
            }
            Some(e) => {
                self.save.set(SaveState::MemoryOnly);
                self.health.update(|h| note_write_error(h, e));
            }
        }
    }

    /// The stored text of an unreadable value, for download.
    pub fn unreadable_raw(&self, u: &Unreadable) -> Option<String> {
        self.store.with_value(|s| s.raw(&u.key))
    }

    /// Deletes an unreadable stored value, at the user's explicit request.
    pub fn discard_unreadable(&self, u: &Unreadable) {
        self.store.with_value(|s| s.remove_raw(&u.key));
        self.health
            .update(|h| h.unreadable.retain(|x| x.key != u.key));
    }
}

fn note_write_error(h: &mut Health, e: WriteError) {
    match e {
        WriteError::Unavailable => h.unavailable = true,
        WriteError::Full => h.full = true,
        WriteError::Other(s) => h.write_error = Some(s),
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
