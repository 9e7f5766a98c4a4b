//! The one owner of the browser's localStorage.
//!
//! Every key the app uses is a [`Key`]; values are read once at start and written back only by
//! `state`'s flush. The readers of stored dossier texts are defined here but run only in
//! `readers`' own wasm modules: the quick way for the current version (`stored`), the full
//! reader for older versions and damage (`readers`); the text of a dossier to store is made in
//! `writer`'s module ([`stored_text`]). When storage is blocked, full or holds
//! something unreadable, nothing panics: the value is kept in memory, the problem is reported
//! through [`Health`], and a stored value that could not be read is never
//! overwritten.

use crate::domain::dates;
use crate::domain::format::{self, Document, ReadError};
use crate::domain::kiosk::KioskConfig;
use crate::domain::{Lang, Party};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::HashMap;
use uuid::Uuid;
use wasm_bindgen::{JsCast, JsValue};

const PREFIX: &str = "b2c-kompas:";

/// Every localStorage key the app uses.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// Language and this browser's device id.
    Settings,
    /// One dossier with what only this browser knows about it.
    Dossier(Uuid),
    /// A dossier as it was before the last import into it, for "Fortryd import".
    BeforeImport(Uuid),
    /// The running kiosk (its round, languages and PIN hash); absent when none runs.
    Kiosk,
}

impl Key {
    pub fn name(&self) -> String {
        match self {
            Key::Settings => format!("{PREFIX}indstillinger"),
            Key::Dossier(id) => format!("{PREFIX}dossier:{id}"),
            Key::BeforeImport(id) => format!("{PREFIX}foer-import:{id}"),
            Key::Kiosk => format!("{PREFIX}kiosk"),
        }
    }

    pub fn parse(name: &str) -> Option<Key> {
        let rest = name.strip_prefix(PREFIX)?;
        match rest {
            "indstillinger" => return Some(Key::Settings),
            "kiosk" => return Some(Key::Kiosk),
            _ => {}
        }
        if let Some(id) = rest.strip_prefix("dossier:") {
            return Uuid::parse_str(id).ok().map(Key::Dossier);
        }
        let id = rest.strip_prefix("foer-import:")?;
        Uuid::parse_str(id).ok().map(Key::BeforeImport)
    }
}

/// What this browser remembers across visits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(rename = "sprog", default)]
    pub lang: Lang,
    /// A random id for this browser, so edits made here can be told from a partner's.
    #[serde(rename = "enhed")]
    pub device: Uuid,
}

/// What only this browser knows about a dossier: never part of the exported file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Local {
    /// Which party "I" am in this dossier.
    #[serde(rename = "mig")]
    pub me: Party,
    /// When this browser last exported the dossier, and the dossier's `modified` time then.
    #[serde(rename = "eksporteret", default, deserialize_with = "dates::opt_instant_pair")]
    pub exported: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// Deleted, but still restorable until the next start.
    #[serde(rename = "slettet", default, deserialize_with = "dates::opt_instant")]
    pub deleted: Option<DateTime<Utc>>,
    /// Since when the dossier has changes that are not in an exported file.
    #[serde(rename = "ikkeEksporteretSiden", default, deserialize_with = "dates::opt_instant")]
    pub unexported_since: Option<DateTime<Utc>>,
    /// The last import into this dossier, which "Fortryd import" can undo.
    #[serde(rename = "sidsteImport", default)]
    pub last_import: Option<LastImport>,
}

impl Local {
    pub fn new(me: Party) -> Local {
        Local { me, exported: None, deleted: None, unexported_since: None, last_import: None }
    }
}

/// When a file was imported into a dossier, from whom, and whether it created the dossier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LastImport {
    #[serde(rename = "tid", deserialize_with = "dates::instant")]
    pub at: DateTime<Utc>,
    #[serde(rename = "fra", default)]
    pub from: Option<Party>,
    #[serde(rename = "fil", default)]
    pub file: String,
    /// The import created the dossier: undoing it removes the dossier.
    #[serde(rename = "nytDossier", default)]
    pub created: bool,
}

/// A stored value that could not be read; it stays untouched in storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub key: String,
    /// Why, in Danish and English (`readers::StoredRead`).
    pub why: (String, String),
}

/// The state of the browser's storage, as the banner tells it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Health {
    /// localStorage is blocked or missing: everything lives in memory only.
    pub unavailable: bool,
    /// A write failed because storage is full: the newest work lives in memory only.
    pub full: bool,
    /// A write failed for another reason.
    pub write_error: Option<String>,
    /// The part of the app that writes dossiers (`writer`) could not be fetched: nothing is
    /// saved or exported until it is (tried again with the next change).
    pub writer_missing: bool,
    /// Stored values that could not be read (kept as they are).
    pub unreadable: Vec<Unreadable>,
}

impl Health {
    pub fn memory_only(&self) -> bool {
        self.unavailable || self.full || self.write_error.is_some() || self.writer_missing
    }
}

/// Why a write did not reach localStorage (the value is then kept in memory).
#[derive(Clone, Debug, PartialEq)]
pub enum WriteError {
    Unavailable,
    Full,
    Other(String),
    /// The writer's module (`writer`) could not be fetched: nothing could be written.
    NotLoaded,
}

/// The storage: localStorage when the browser allows it, with memory for what it would not take.
pub struct Persistence {
    local: Option<web_sys::Storage>,
    memory: RefCell<HashMap<String, String>>,
    /// The text last written to (or seen in) localStorage per key: an unchanged value is not
    /// written again, so a value another tab wrote and this tab took over is not echoed back.
    known: RefCell<HashMap<String, String>>,
}

impl Persistence {
    /// Opens storage once at start. A browser that blocks it gets memory only.
    pub fn open() -> Persistence {
        Persistence { local: probe(), memory: RefCell::default(), known: RefCell::default() }
    }

    pub fn available(&self) -> bool {
        self.local.is_some()
    }

    fn read_raw(&self, name: &str) -> Option<String> {
        if let Some(v) = self.memory.borrow().get(name) {
            return Some(v.clone());
        }
        self.local.as_ref()?.get_item(name).ok().flatten()
    }

    fn write_raw(&self, name: &str, value: String) -> Result<(), WriteError> {
        let Some(local) = &self.local else {
            self.memory.borrow_mut().insert(name.to_string(), value);
            return Err(WriteError::Unavailable);
        };
        if self.known.borrow().get(name) == Some(&value) && !self.memory.borrow().contains_key(name) {
            return Ok(());
        }
        match local.set_item(name, &value) {
            Ok(()) => {
                self.memory.borrow_mut().remove(name);
                self.known.borrow_mut().insert(name.to_string(), value);
                Ok(())
            }
            Err(e) => {
                self.memory.borrow_mut().insert(name.to_string(), value);
                Err(if is_quota_error(&e) { WriteError::Full } else { WriteError::Other(describe(&e)) })
            }
        }
    }

    pub fn remove(&self, key: &Key) {
        let name = key.name();
        self.memory.borrow_mut().remove(&name);
        self.known.borrow_mut().remove(&name);
        if let Some(local) = &self.local {
            let _ = local.remove_item(&name);
        }
    }

    /// Every stored name with our prefix, in storage or memory.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.memory.borrow().keys().cloned().collect();
        if let Some(local) = &self.local {
            let n = local.length().unwrap_or(0);
            names.extend((0..n).filter_map(|i| local.key(i).ok().flatten()));
        }
        names.retain(|n| n.starts_with(PREFIX));
        names.sort_unstable();
        names.dedup();
        names
    }

    /// Every key of ours present in storage or memory.
    fn keys(&self) -> Vec<Key> {
        self.names().iter().filter_map(|n| Key::parse(n)).collect()
    }

    /// The settings, or `None` if there are none yet (or they could not be read).
    pub fn load_settings(&self) -> Option<Settings> {
        let raw = self.read_raw(&Key::Settings.name())?;
        serde_json::from_str(&raw).ok()
    }

    pub fn save_settings(&self, s: &Settings) -> Result<(), WriteError> {
        self.write_raw(&Key::Settings.name(), serde_json::to_string(s).unwrap_or_default())
    }

    /// The key name and text of every stored dossier (read with [`read_stored_quick`] or, failing
    /// that, `readers::read_stored_all`; then [`Persistence::remember`] the ones that were read).
    pub fn dossier_texts(&self) -> Vec<(String, String)> {
        self.keys()
            .into_iter()
            .filter(|k| matches!(k, Key::Dossier(_)))
            .filter_map(|k| {
                let name = k.name();
                self.read_raw(&name).map(|text| (name, text))
            })
            .collect()
    }

    /// Remembers a text read from storage (or taken from another tab's write) as what storage
    /// holds under `name`, so it is not written back unchanged.
    pub fn remember(&self, name: &str, text: String) {
        self.known.borrow_mut().insert(name.to_string(), text);
    }

    /// The raw text stored under a key, to offer an unreadable value for download.
    pub fn raw(&self, name: &str) -> Option<String> {
        self.read_raw(name)
    }

    pub fn remove_raw(&self, name: &str) {
        if let Some(key) = Key::parse(name) {
            self.remove(&key);
        }
    }

    /// Keeps a dossier's state before an import (its stored text, see `writer`), for undo.
    pub fn save_before_import(&self, id: Uuid, text: String) -> Result<(), WriteError> {
        self.write_raw(&Key::BeforeImport(id).name(), text)
    }

    /// The stored text of the state before the last import, if there is one.
    pub fn before_import_text(&self, id: Uuid) -> Option<String> {
        self.read_raw(&Key::BeforeImport(id).name())
    }

    /// The running kiosk, if any (a value that cannot be read is no kiosk: only someone with
    /// the browser's developer tools can damage it, and they can read everything anyway).
    pub fn load_kiosk(&self) -> Option<KioskConfig> {
        serde_json::from_str(&self.read_raw(&Key::Kiosk.name())?).ok()
    }

    /// What localStorage holds for a dossier now (another tab may have written it).
    pub fn dossier_text_now(&self, id: Uuid) -> Option<String> {
        self.local.as_ref()?.get_item(&Key::Dossier(id).name()).ok().flatten()
    }

    /// Starts a kiosk: only in real storage, since a kiosk must survive a reload.
    pub fn save_kiosk(&self, k: &KioskConfig) -> Result<(), WriteError> {
        let name = Key::Kiosk.name();
        let r = self.write_raw(&name, serde_json::to_string(k).unwrap_or_default());
        if r.is_err() {
            self.memory.borrow_mut().remove(&name);
        }
        r
    }

    /// Removes every value of ours from this browser ("Slet alle data på denne enhed"). `Err`
    /// with the keys still there: the browser kept them, or another tab wrote one meanwhile.
    pub fn wipe(&self) -> Result<(), Vec<String>> {
        for name in self.names() {
            self.memory.borrow_mut().remove(&name);
            self.known.borrow_mut().remove(&name);
            if let Some(local) = &self.local {
                let _ = local.remove_item(&name);
            }
        }
        let left = self.names();
        if left.is_empty() {
            Ok(())
        } else {
            Err(left)
        }
    }

    /// Writes a dossier's stored text (made by `writer`).
    pub fn save_dossier(&self, id: Uuid, text: String) -> Result<(), WriteError> {
        self.write_raw(&Key::Dossier(id).name(), text)
    }
}

/// A dossier as it is stored: `{lokal, dokument}` (called only in `writer`'s own wasm module).
pub fn stored_text(local: &Local, document: &Document) -> String {
    #[derive(Serialize)]
    struct StoredRef<'a> {
        #[serde(rename = "lokal")]
        local: &'a Local,
        #[serde(rename = "dokument")]
        document: &'a Document,
    }
    serde_json::to_string(&StoredRef { local, document }).unwrap_or_default()
}

/// Reads a stored dossier text the quick way (see [`format::accept_current`]): straight into the
/// current types, without field paths or migrations (only through `readers`' small `stored`
/// module, fetched alongside the main module at start). `None` for anything else (an older
/// version, damage, a date in a form the app does not write, see [`crate::domain::dates`]):
/// then [`read_stored`].
pub fn read_stored_quick(raw: &str) -> Option<(Local, Document)> {
    #[derive(Deserialize)]
    struct Stored {
        #[serde(rename = "lokal")]
        local: Local,
        #[serde(rename = "dokument")]
        document: Document,
    }
    let stored: Stored = serde_json::from_str(raw).ok()?;
    Some((stored.local, format::accept_current(stored.document)?))
}

/// Reads a stored dossier text of any version, or says what is wrong (only through `readers`,
/// so serde's field paths and the migrations stay out of the main module).
pub fn read_stored(raw: &str) -> Result<(Local, Document), ReadError> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| ReadError::NotJson {
        line: e.line(),
        column: e.column(),
        detail: format::json_error_detail(&e),
    })?;
    let local: Local = value
        .get("lokal")
        .cloned()
        .ok_or(ReadError::Invalid { path: "lokal".into(), detail: format::detail("mangler", "is missing") })
        .and_then(|v| {
            serde_json::from_value(v).map_err(|e| ReadError::Invalid { path: "lokal".into(), detail: e.to_string() })
        })?;
    let document = value
        .get("dokument")
        .cloned()
        .ok_or(ReadError::Invalid { path: "dokument".into(), detail: format::detail("mangler", "is missing") })
        .and_then(format::from_value)?;
    Ok((local, document))
}

/// localStorage if it can be used: touching it may throw (blocked), and a first write may fail.
fn probe() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    let probe = format!("{PREFIX}probe");
    storage.set_item(&probe, "1").ok().or_else(|| {
        // A full storage still counts as available: reading works, writes report `Full`.
        (storage.length().unwrap_or(0) > 0).then_some(())
    })?;
    let _ = storage.remove_item(&probe);
    Some(storage)
}

/// Whether a failed write means "storage is full", under every name browsers use for it.
pub fn is_quota_error(e: &JsValue) -> bool {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        let name = d.name();
        return name == "QuotaExceededError"
            || name == "NS_ERROR_DOM_QUOTA_REACHED"
            || d.code() == 22
            || d.code() == 1014;
    }
    let name = js_sys::Reflect::get(e, &JsValue::from_str("name")).ok().and_then(|v| v.as_string());
    matches!(name.as_deref(), Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"))
}

fn describe(e: &JsValue) -> String {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", d.name(), d.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}
