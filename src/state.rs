//! The app's state as signals, and the one place that writes it back to storage.
//!
//! Loaded once at start from [`Persistence`]. Pages change a dossier through [`AppState::edit`],
//! which also records the edit in the section's revision (for merging). Every change marks the
//! dossier dirty, and a debounced flush (at most ~1 s behind the last keystroke, and at once when
//! the page is hidden or closed) writes the dirty ones back.

use crate::browser;
use crate::domain::format::{self, Document};
use crate::domain::kiosk::KioskConfig;
use crate::domain::rev::{device_key, sort_order, Item, Rev, Versioned};
use crate::domain::survey::Response;
use crate::domain::{Dossier, Kind, Lang, Party};
use crate::lazy::NotLoaded;
use crate::persistence::{Health, Key, LastImport, Local, Persistence, Settings, Unreadable, WriteError};
use crate::readers::{self, StoredRead};
use crate::writer::{self, Text};
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
    /// A dossier is not written until the user chooses between this tab's version and another
    /// tab's (the banner asks).
    Held,
}

/// What "Fortryd import" did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undo {
    /// The dossier is as it was before the import (or the dossier the import created is gone).
    Done,
    /// There was no import to undo.
    Nothing,
    /// The dossier as it was before the import is not kept in this browser (its copy could not
    /// be written, or is damaged): nothing was changed.
    Unavailable,
}

/// What the app shares with every page (all fields are cheap copies of signals).
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub records: RwSignal<Vec<Record>>,
    pub health: RwSignal<Health>,
    pub save: RwSignal<SaveState>,
    /// The running kiosk: while set, the app shows only the kiosk (see `pages::kiosk`).
    pub kiosk: RwSignal<Option<KioskConfig>>,
    /// Dossiers another tab changed while this tab had unsaved changes to them: neither is
    /// written until the user chooses (see `components::status`).
    pub elsewhere: RwSignal<Vec<Uuid>>,
    /// Dossiers just replaced by another tab's version: their next change is not an edit.
    external: StoredValue<BTreeSet<Uuid>>,
    /// This browser's key in revisions.
    device: StoredValue<String>,
    /// The app's root owner: dossiers' signals live as long as the app, not as the page
    /// (e.g. the form) that happened to create them.
    owner: StoredValue<Owner, LocalStorage>,
    store: StoredValue<Rc<Persistence>, LocalStorage>,
    dirty: StoredValue<BTreeSet<Uuid>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    pending_since: StoredValue<Option<f64>>,
}

impl AppState {
    /// Takes everything from storage: the dossiers as `mount` read them (by key name), the rest
    /// read here (purging dossiers deleted in an earlier visit).
    pub fn load(store: Rc<Persistence>, stored: Vec<(String, String, StoredRead)>) -> AppState {
        let mut health = Health { unavailable: !store.available(), ..Health::default() };
        let settings = store.load_settings().unwrap_or_else(|| {
            let s = Settings { lang: Lang::Da, device: browser::new_id() };
            if let Err(e) = store.save_settings(&s) {
                note_write_error(&mut health, e);
            }
            s
        });
        let kiosk = store.load_kiosk();
        let mut dossiers = Vec::new();
        for (key, text, read) in stored {
            match read {
                Ok(d) => {
                    store.remember(&key, text);
                    dossiers.push(d);
                }
                Err(why) => health.unreadable.push(Unreadable { key, why }),
            }
        }
        let state = AppState {
            lang: RwSignal::new(settings.lang),
            records: RwSignal::new(Vec::new()),
            health: RwSignal::new(health),
            save: RwSignal::new(SaveState::Saved(None)),
            kiosk: RwSignal::new(kiosk),
            elsewhere: RwSignal::new(Vec::new()),
            external: StoredValue::new(BTreeSet::new()),
            device: StoredValue::new(device_key(&settings.device)),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            store: StoredValue::new_local(store.clone()),
            dirty: StoredValue::new(BTreeSet::new()),
            timer: StoredValue::new(None),
            pending_since: StoredValue::new(None),
        };
        for (local, doc) in dossiers {
            if local.deleted.is_some() {
                store.remove(&Key::Dossier(doc.dossier.id));
                store.remove(&Key::BeforeImport(doc.dossier.id));
                continue;
            }
            state.adopt(doc.dossier, local);
        }
        state.watch_language(settings);
        state.flush_when_leaving();
        state.follow_other_tabs();
        state
    }

    /// Another tab of this browser saved (or deleted) a dossier: take its version at once, unless
    /// this tab has unsaved changes to the same dossier — then ask (nothing is overwritten or
    /// brought back silently).
    fn follow_other_tabs(&self) {
        let this = *self;
        let h = window_event_listener(leptos::ev::storage, move |ev| {
            let Some(Key::Dossier(id)) = ev.key().as_deref().and_then(Key::parse) else {
                return;
            };
            let dirty = this.dirty.with_value(|d| d.contains(&id));
            match ev.new_value() {
                None if !dirty => this.records.update(|rs| rs.retain(|r| r.id != id)),
                // Deleted there (e.g. "delete all data on this device") while changed here:
                // asked, so the deletion is not undone by this tab's next write.
                None => this.ask_elsewhere(id),
                Some(_) if dirty => this.ask_elsewhere(id),
                Some(text) => leptos::task::spawn_local(async move { this.take_external(id, text).await }),
            }
        });
        std::mem::forget(h);
    }

    /// Reads another tab's version of a dossier and takes it. Reading may first fetch the
    /// readers' module: if this tab changed the dossier meanwhile, or the module cannot be
    /// fetched, the user is asked instead (this tab then writes nothing to it until they choose).
    async fn take_external(&self, id: Uuid, text: String) {
        let read = readers::read_stored_text(text.clone()).await;
        let still_current = self.store.with_value(|s| s.dossier_text_now(id)).as_ref() == Some(&text);
        if !still_current {
            // A later write: its own storage event follows.
            return;
        }
        match read {
            _ if self.dirty.with_value(|d| d.contains(&id)) => self.ask_elsewhere(id),
            Ok(Ok((local, doc))) => {
                self.store.with_value(|s| s.remember(&Key::Dossier(id).name(), text));
                self.take_version(id, local, doc.dossier);
            }
            // Another tab of this same app wrote it: unreadable only if damaged by hand.
            Ok(Err(_)) => {}
            Err(NotLoaded) => self.ask_elsewhere(id),
        }
    }

    fn ask_elsewhere(&self, id: Uuid) {
        self.elsewhere.update(|e| {
            if !e.contains(&id) {
                e.push(id);
            }
        });
    }

    fn take_version(&self, id: Uuid, local: Local, dossier: Dossier) {
        match self.record(id) {
            Some(r) => {
                self.external.update_value(|e| {
                    e.insert(id);
                });
                r.dossier.set(dossier);
                r.local.set(local);
            }
            None => {
                self.adopt(dossier, local);
            }
        }
    }

    /// Settles a dossier changed in two tabs at once: keep this tab's version (written now) or
    /// take the other tab's (which may be its deletion). The question stays open if the other
    /// version cannot be read.
    pub async fn settle_elsewhere(&self, id: Uuid, keep_mine: bool) -> Result<(), NotLoaded> {
        if keep_mine {
            self.elsewhere.update(|e| e.retain(|x| *x != id));
            self.mark_dirty(id);
            self.flush();
            return Ok(());
        }
        let Some(text) = self.store.with_value(|s| s.dossier_text_now(id)) else {
            self.elsewhere.update(|e| e.retain(|x| *x != id));
            // The other tab deleted it: deleted here too. (Without storage there is no other
            // version to take: this tab's stays.)
            if self.deleted_elsewhere(id) {
                self.dirty.update_value(|d| {
                    d.remove(&id);
                });
                self.records.update(|rs| rs.retain(|r| r.id != id));
            }
            self.release_held();
            return Ok(());
        };
        let read = readers::read_stored_text(text.clone()).await?;
        self.elsewhere.update(|e| e.retain(|x| *x != id));
        if let Ok((local, doc)) = read {
            self.store.with_value(|s| s.remember(&Key::Dossier(id).name(), text));
            self.dirty.update_value(|d| {
                d.remove(&id);
            });
            self.take_version(id, local, doc.dossier);
        }
        self.release_held();
        Ok(())
    }

    /// After a choice between two tabs' versions: whatever the choice left to write is written,
    /// and the save state no longer says that a dossier waits for it.
    fn release_held(&self) {
        if self.save.get_untracked() != SaveState::Held {
            return;
        }
        self.save.set(SaveState::Pending);
        self.flush();
        if self.save.get_untracked() == SaveState::Pending && self.dirty.with_value(BTreeSet::is_empty) {
            self.save.set(SaveState::Saved(None));
        }
    }

    /// Takes a dossier into the app's state, under the root owner, watched for changes.
    fn adopt(&self, dossier: Dossier, local: Local) -> Record {
        let this = *self;
        let id = dossier.id;
        let r = self.owner.get_value().with(|| {
            let r = Record { id, dossier: RwSignal::new(dossier), local: RwSignal::new(local) };
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
            let s = Settings { lang, device: settings.device };
            if let Err(e) = this.store.with_value(|st| st.save_settings(&s)) {
                this.health.update(|h| note_write_error(h, e));
            }
        });
    }

    /// Writes at once when the tab is hidden or closed, so a reload loses nothing. Closing the
    /// tab (or reloading it) asks first, in the browser's own words, while work is only in
    /// memory and while a kiosk runs (a resident's Ctrl+W or Alt+F4 does not end it unasked).
    fn flush_when_leaving(&self) {
        let this = *self;
        let a = window_event_listener(leptos::ev::pagehide, move |_| this.flush());
        let b = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                this.flush();
            }
        });
        let c = window_event_listener(leptos::ev::beforeunload, move |ev| {
            this.flush();
            if this.unsaved() || this.kiosk.with_untracked(Option::is_some) {
                ev.prevent_default();
            }
        });
        // The app lives as long as the page: keep the listeners.
        std::mem::forget((a, b, c));
    }

    /// Whether another tab deleted this dossier (its stored value is gone from working storage).
    pub fn deleted_elsewhere(&self, id: Uuid) -> bool {
        self.store.with_value(|s| s.available() && s.dossier_text_now(id).is_none())
    }

    /// Whether closing the page now would lose work: a dossier still waits to be written (the
    /// writer's module is not here, or another tab's version waits for a choice), or a write did
    /// not reach storage and a dossier has changes that are not in an exported file either.
    fn unsaved(&self) -> bool {
        !self.dirty.with_value(BTreeSet::is_empty)
            || self.save.get_untracked() == SaveState::MemoryOnly
                && self.records.with_untracked(|rs| {
                    rs.iter().any(|r| r.local.with_untracked(|l| l.deleted.is_none() && l.unexported_since.is_some()))
                })
    }

    pub fn record(&self, id: Uuid) -> Option<Record> {
        self.records.with(|rs| rs.iter().find(|r| r.id == id).copied())
    }

    /// A dossier that is here and not deleted.
    pub fn live_record(&self, id: Uuid) -> Option<Record> {
        self.record(id).filter(|r| r.local.with_untracked(|l| l.deleted.is_none()))
    }

    /// The dossiers to list (not deleted), newest change first.
    pub fn visible_records(&self) -> Vec<Record> {
        let v: Vec<Record> = self.records.get().into_iter().filter(|r| r.local.with(|l| l.deleted.is_none())).collect();
        // The domain's sort (newest first, ties in their order): one sort in the main module
        // instead of a second, stable one only for this list.
        let keys: Vec<(i64, u128)> =
            v.iter().map(|r| (r.dossier.with(|d| d.modified.timestamp_micros()).saturating_neg(), 0)).collect();
        sort_order(&keys).into_iter().map(|i| v[i]).collect()
    }

    /// Creates a dossier and returns its id.
    pub fn create(&self, kind: Kind, me: Party, title: &str) -> Uuid {
        let d = Dossier::new(browser::new_id(), kind, title, browser::now());
        self.insert(d, Local::new(me))
    }

    /// Adds a whole dossier (new, duplicated or imported) and saves it.
    pub fn insert(&self, d: Dossier, mut local: Local) -> Uuid {
        let id = d.id;
        local.unexported_since.get_or_insert(d.modified);
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
        let d = r.dossier.with_untracked(|d| d.duplicate(browser::new_id(), browser::now(), copy_word));
        let me = r.local.with_untracked(|l| l.me);
        Some(self.insert(d, Local::new(me)))
    }

    /// This browser's key in revisions.
    pub fn device(&self) -> String {
        self.device.get_value()
    }

    /// Changes one section of a dossier: `select` picks the section, `change` edits it. The
    /// edit is recorded in the section's revision and the dossier's modification time.
    pub fn edit<U: Versioned>(
        &self,
        id: Uuid,
        select: impl FnOnce(&mut Dossier) -> Option<&mut U>,
        change: impl FnOnce(&mut U),
    ) {
        let Some(r) = self.record(id) else { return };
        let now = browser::now();
        let device = self.device.get_value();
        r.dossier.update(|d| {
            if let Some(u) = select(d) {
                change(u);
                u.rev_mut().bump(&device);
                d.modified = now;
            }
        });
        r.local.update(|l| {
            l.unexported_since.get_or_insert(now);
        });
    }

    /// Changes a dossier through a sheet's binding: `change` returns the revision of the section
    /// it changed, which records the edit (nothing happens when it returns `None`).
    pub fn write(&self, id: Uuid, change: impl FnOnce(&mut Dossier) -> Option<&mut Rev>) {
        let Some(r) = self.record(id) else { return };
        let now = browser::now();
        let device = self.device.get_value();
        let mut changed = false;
        r.dossier.update(|d| {
            if let Some(rev) = change(d) {
                rev.bump(&device);
                changed = true;
            }
            if changed {
                d.modified = now;
            }
        });
        if changed {
            r.local.update(|l| {
                l.unexported_since.get_or_insert(now);
            });
        }
    }

    /// Changes a dossier where no revision applies (survey responses, which merge as a set).
    pub fn change(&self, id: Uuid, change: impl FnOnce(&mut Dossier)) {
        let Some(r) = self.record(id) else { return };
        let now = browser::now();
        r.dossier.update(|d| {
            change(d);
            d.modified = now;
        });
        r.local.update(|l| {
            l.unexported_since.get_or_insert(now);
        });
    }

    /// Adds an item to one of a dossier's lists (its first edit is recorded in its revision).
    pub fn add_item<T: Item>(&self, id: Uuid, list: impl FnOnce(&mut Dossier) -> &mut Vec<T>, mut item: T) {
        let Some(r) = self.record(id) else { return };
        let now = browser::now();
        item.rev_mut().bump(&self.device.get_value());
        r.dossier.update(|d| {
            list(d).push(item);
            d.modified = now;
        });
        r.local.update(|l| {
            l.unexported_since.get_or_insert(now);
        });
    }

    /// Downloads the dossier as an exchange file and remembers when. When the writer's module is
    /// not here yet, it is fetched first; `Err(NotLoaded)` when that fails (nothing is downloaded
    /// or changed; the storage banner says so as well).
    pub async fn export(&self, id: Uuid) -> Result<(), NotLoaded> {
        if !writer::ready() && !self.writer_loaded().await {
            return Err(NotLoaded);
        }
        let Some(r) = self.record(id) else { return Ok(()) };
        let now = browser::now();
        let me = r.local.with_untracked(|l| l.me);
        let (doc, name, modified) = r.dossier.with_untracked(|d| {
            (format::export(d, me, now, APP_VERSION), format::file_name(&d.display_title(), now), d.modified)
        });
        let text = writer::write_now(vec![Text::File(doc)]).and_then(|mut t| t.pop()).ok_or(NotLoaded)?;
        // A browser that refuses the download has said so itself; nothing is marked exported.
        if browser::download(&name, &text, "application/json").is_ok() {
            r.local.update(|l| {
                l.exported = Some((now, modified));
                l.unexported_since = None;
            });
        }
        Ok(())
    }

    /// Replaces a dossier with the result of an import, keeping the state before it for undo.
    pub fn apply_import(&self, merged: Dossier, from: Option<Party>, file: &str) {
        let Some(r) = self.record(merged.id) else {
            return;
        };
        let before = Text::Stored(r.local.get_untracked(), Document::new(r.dossier.get_untracked(), APP_VERSION));
        if writer::ready() {
            self.save_before_import(merged.id, before);
        } else {
            // A file imported before the writer's module arrived: the state before it is kept
            // once it is here (if it never comes, undo says that state is not kept).
            let this = *self;
            leptos::task::spawn_local(async move {
                if this.writer_loaded().await {
                    this.save_before_import(merged.id, before);
                }
            });
        }
        let now = browser::now();
        r.dossier.set(merged);
        r.local.update(|l| {
            l.last_import = Some(LastImport { at: now, from, file: file.to_string(), created: false });
            l.unexported_since.get_or_insert(now);
        });
    }

    /// Keeps a dossier's state before an import, for undo (the writer's module is here).
    fn save_before_import(&self, id: Uuid, before: Text) {
        let saved = match writer::write_now(vec![before]).and_then(|mut t| t.pop()) {
            Some(text) => self.store.with_value(|s| s.save_before_import(id, text)),
            None => Err(WriteError::NotLoaded),
        };
        if let Err(e) = saved {
            self.health.update(|h| note_write_error(h, e));
        }
    }

    /// Adds a dossier that arrived in a file.
    pub fn import_new(&self, d: Dossier, me: Party, from: Option<Party>, file: &str) -> Uuid {
        let mut local = Local::new(me);
        local.last_import = Some(LastImport { at: browser::now(), from, file: file.to_string(), created: true });
        local.unexported_since = None;
        let id = d.id;
        if let Some(r) = self.record(id) {
            // A dossier deleted earlier in this visit comes back as it is in the file.
            r.dossier.set(d);
            r.local.set(local);
            self.mark_dirty(id);
            return id;
        }
        self.insert(d, local)
    }

    /// Restores the dossier exactly as it was before the last import (or removes a dossier the
    /// import created). `Err` when the stored state could not be read because the readers'
    /// module could not be fetched; nothing changes unless the outcome is [`Undo::Done`].
    pub async fn undo_import(&self, id: Uuid) -> Result<Undo, NotLoaded> {
        let Some(r) = self.record(id) else {
            return Ok(Undo::Nothing);
        };
        let Some(last) = r.local.with_untracked(|l| l.last_import.clone()) else {
            return Ok(Undo::Nothing);
        };
        if last.created {
            r.local.update(|l| {
                l.last_import = None;
                l.deleted = Some(browser::now());
            });
            return Ok(Undo::Done);
        }
        let Some(text) = self.store.with_value(|s| s.before_import_text(id)) else {
            return Ok(Undo::Unavailable);
        };
        match readers::read_stored_text(text).await? {
            Ok((local, doc)) if doc.dossier.id == id => {
                r.dossier.set(doc.dossier);
                r.local.set(local);
                self.store.with_value(|s| s.remove(&Key::BeforeImport(id)));
                Ok(Undo::Done)
            }
            _ => Ok(Undo::Unavailable),
        }
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
        if self.external.with_value(|e| e.contains(&id)) {
            self.external.update_value(|e| {
                e.remove(&id);
            });
            return;
        }
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
        let wait = if now - since >= MAX_WAIT_MS { Duration::ZERO } else { DEBOUNCE };
        let handle = set_timeout_with_handle(move || this.flush(), wait).ok();
        self.timer.set_value(handle);
    }

    /// Fetches the writer's module; if it cannot be fetched, says so (the work stays in memory,
    /// and the next change tries again). True when it is here.
    async fn writer_loaded(&self) -> bool {
        match writer::load().await {
            Ok(()) => true,
            Err(NotLoaded) => {
                self.save.set(SaveState::MemoryOnly);
                self.health.update(|h| h.writer_missing = true);
                false
            }
        }
    }

    /// Writes every dirty dossier back to storage. The only writer of dossiers.
    pub fn flush(&self) {
        if let Some(h) = self.timer.get_value() {
            h.clear();
        }
        self.timer.set_value(None);
        self.pending_since.set_value(None);
        let held = self.elsewhere.get_untracked();
        let mut dirty = std::mem::take(&mut *self.dirty.write_value());
        let mut holding = false;
        dirty.retain(|id| {
            let hold = held.contains(id);
            if hold {
                holding = true;
                self.dirty.update_value(|d| {
                    d.insert(*id);
                });
            }
            !hold
        });
        if dirty.is_empty() {
            if holding && self.save.get_untracked() == SaveState::Pending {
                self.save.set(SaveState::Held);
            }
            return;
        }
        let records: Vec<Record> =
            self.records.with_untracked(|rs| rs.iter().filter(|r| dirty.contains(&r.id)).copied().collect());
        let written = writer::ready()
            .then(|| {
                let texts = records.iter().map(|r| {
                    let document = r.dossier.with_untracked(|d| Document::new(d.clone(), APP_VERSION));
                    Text::Stored(r.local.get_untracked(), document)
                });
                writer::write_now(texts.collect())
            })
            .flatten();
        let Some(texts) = written else {
            // The writer's module is not here yet (it is fetched just after the first paint) or
            // could not be fetched: the dossiers stay dirty and are written once it is here.
            self.dirty.update_value(|d| d.extend(dirty));
            let this = *self;
            leptos::task::spawn_local(async move {
                if this.writer_loaded().await {
                    this.flush();
                }
            });
            return;
        };
        let mut failed = None;
        for (r, text) in records.iter().zip(texts) {
            if let Err(e) = self.store.with_value(|s| s.save_dossier(r.id, text)) {
                failed = Some(e);
            }
        }
        match failed {
            None => {
                self.save.set(if holding { SaveState::Held } else { SaveState::Saved(Some(browser::now())) });
                // Only when a write had failed: every autosave would otherwise wake whatever
                // shows the storage's health (the banners rebuild their lists).
                if self.health.with_untracked(|h| h.full || h.write_error.is_some() || h.writer_missing) {
                    self.health.update(|h| {
                        h.full = false;
                        h.write_error = None;
                        h.writer_missing = false;
                    });
                }
            }
            Some(e) => {
                self.save.set(SaveState::MemoryOnly);
                self.health.update(|h| note_write_error(h, e));
            }
        }
    }

    /// Starts a kiosk. Refused when storage cannot hold it: a kiosk must survive a reload.
    pub fn start_kiosk(&self, config: KioskConfig) -> Result<(), WriteError> {
        self.flush();
        self.store.with_value(|s| s.save_kiosk(&config))?;
        self.kiosk.set(Some(config));
        Ok(())
    }

    /// Ends the kiosk (after the staff PIN).
    pub fn end_kiosk(&self) {
        self.flush();
        self.store.with_value(|s| s.remove(&Key::Kiosk));
        self.kiosk.set(None);
    }

    /// Adds one resident's response to a round and writes it to storage at once. `Ok` only
    /// when it reached storage; otherwise it is kept in memory and the error says why.
    pub fn save_response_now(&self, id: Uuid, round: Uuid, response: Response) -> Result<(), WriteError> {
        self.change(id, |d| {
            if let Some(r) = d.del3.round_mut(round) {
                r.add_responses([response]);
            }
        });
        self.flush();
        if !writer::ready() {
            // Written once the writer's module is here (see `flush`); until then only in memory.
            return Err(WriteError::NotLoaded);
        }
        match self.save.get_untracked() {
            SaveState::MemoryOnly => Err(self.health.with_untracked(|h| {
                if h.writer_missing {
                    WriteError::NotLoaded
                } else if h.full {
                    WriteError::Full
                } else if h.unavailable {
                    WriteError::Unavailable
                } else {
                    WriteError::Other(h.write_error.clone().unwrap_or_default())
                }
            })),
            _ => Ok(()),
        }
    }

    /// Deletes everything this app keeps in this browser and starts over with nothing; `Err` with
    /// the number of stored values that could not be deleted. What is still stored is still shown
    /// (a dossier the browser kept stays in the list), so the page never says a shared machine is
    /// clean when it is not.
    pub fn wipe(&self) -> Result<(), usize> {
        if let Some(h) = self.timer.get_value() {
            h.clear();
        }
        self.timer.set_value(None);
        self.dirty.update_value(|d| d.clear());
        let left = self.store.with_value(|s| s.wipe()).err().unwrap_or_default();
        let kept = |key: &str| left.iter().any(|k| k == key);
        self.records.update(|rs| rs.retain(|r| kept(&Key::Dossier(r.id).name())));
        if !kept(&Key::Kiosk.name()) {
            self.kiosk.set(None);
        }
        self.health.update(|h| h.unreadable.retain(|u| kept(&u.key)));
        self.save.set(SaveState::Saved(None));
        // Keep the language chosen in this visit (a new settings value is written at once).
        let s = Settings { lang: self.lang.get_untracked(), device: browser::new_id() };
        self.device.set_value(device_key(&s.device));
        let _ = self.store.with_value(|st| st.save_settings(&s));
        if left.is_empty() {
            Ok(())
        } else {
            Err(left.len())
        }
    }

    /// The stored text of an unreadable value, for download.
    pub fn unreadable_raw(&self, u: &Unreadable) -> Option<String> {
        self.store.with_value(|s| s.raw(&u.key))
    }

    /// Deletes an unreadable stored value, at the user's explicit request.
    pub fn discard_unreadable(&self, u: &Unreadable) {
        self.store.with_value(|s| s.remove_raw(&u.key));
        self.health.update(|h| h.unreadable.retain(|x| x.key != u.key));
    }
}

fn note_write_error(h: &mut Health, e: WriteError) {
    match e {
        WriteError::Unavailable => h.unavailable = true,
        WriteError::Full => h.full = true,
        WriteError::Other(s) => h.write_error = Some(s),
        WriteError::NotLoaded => h.writer_missing = true,
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
