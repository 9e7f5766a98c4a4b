//! The import of a dossier file, step by step: read and check the file, then either add it as a
//! new dossier (asking which party I am) or merge it (asking about conflicts), then a summary.
//! Nothing changes until the user confirms, and "Fortryd import" restores the state before.

use crate::browser;
use crate::domain::format::{self, ReadError, MAX_FILE_BYTES};
use crate::domain::import::{choice_name, Plan};
use crate::domain::merge::{Choice, Merge, Section};
use crate::domain::{Kind, Party, Tr};
use crate::lazy::{split_point, NotLoaded};
use crate::readers;
use crate::router::navigate;
use crate::routes::Route;
use crate::state::AppState;
use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;

/// The toast after "Fortryd import".
pub const UNDONE: Tr = Tr::new("Importen er fortrudt.", "The import was undone.");
pub const CANNOT_UNDO: Tr = Tr::new(
    "Importen kan ikke fortrydes: dossieret, som det var før importen, er ikke gemt i denne browser (kopien kunne ikke gemmes, eller den er beskadiget). Intet er ændret.",
    "The import cannot be undone: the dossier as it was before the import is not kept in this browser (the copy could not be saved, or it is damaged). Nothing was changed.",
);

/// Where an import stands.
#[derive(Clone)]
pub enum Step {
    Idle,
    Reading { file: String },
    Failed { file: String, error: Failure },
    NewDossier { file: String, document: Box<format::Document>, suggested: Party },
    Conflicts { file: String, merge: Box<Merge>, choices: Vec<(Section, Option<Choice>)>, from: Option<Party> },
    Done(Done),
}

/// Why an import did not happen.
#[derive(Clone)]
pub enum Failure {
    Read(ReadError),
    KindMismatch {
        here: Kind,
        file: Kind,
    },
    /// The readers' module could not be fetched.
    NotLoaded,
}

/// What a finished import did (names are computed for the current language when shown).
#[derive(Clone)]
pub struct Done {
    pub file: String,
    pub id: Uuid,
    pub new_dossier: bool,
    pub from: Option<Party>,
    pub updated: Vec<Section>,
    pub added: Vec<Section>,
    pub resolved: Vec<(Section, Tr)>,
}

#[derive(Clone, Copy)]
pub struct ImportFlow {
    pub step: RwSignal<Step>,
    app: AppState,
}

impl ImportFlow {
    pub fn provide(app: AppState) -> ImportFlow {
        let flow = ImportFlow { step: RwSignal::new(Step::Idle), app };
        provide_context(flow);
        flow
    }

    /// Starts importing a file the user picked or dropped, and shows the import page.
    pub fn start(&self, file: web_sys::File) {
        let name = file.name();
        navigate(&Route::Import);
        let size = file.size();
        if size > MAX_FILE_BYTES as f64 {
            let error = Failure::Read(ReadError::TooLarge { bytes: size as usize });
            self.step.set(Step::Failed { file: name, error });
            return;
        }
        self.step.set(Step::Reading { file: name.clone() });
        let this = *self;
        leptos::task::spawn_local(async move {
            match reading(this, name.clone(), file).await {
                Ok(reading) => reading.await,
                Err(NotLoaded) => this.step.set(Step::Failed { file: name, error: Failure::NotLoaded }),
            }
        });
    }

    /// Checks the file and decides what it will do; changes nothing yet. The readers' module
    /// is fetched for this the first time.
    async fn read(&self, file: String, bytes: Vec<u8>) {
        let doc = match readers::read_file(bytes).await {
            Ok(Ok(doc)) => doc,
            Ok(Err(e)) => {
                self.step.set(Step::Failed { file, error: Failure::Read(e) });
                return;
            }
            Err(NotLoaded) => {
                self.step.set(Step::Failed { file, error: Failure::NotLoaded });
                return;
            }
        };
        let from = doc.exported_by;
        let existing = self.app.live_record(doc.dossier.id).map(|r| r.dossier.get_untracked());
        let Ok(plan) = readers::plan_import(existing, doc).await else {
            self.step.set(Step::Failed { file, error: Failure::NotLoaded });
            return;
        };
        match plan {
            Plan::KindMismatch { here, file: kind } => {
                self.step.set(Step::Failed { file, error: Failure::KindMismatch { here, file: kind } })
            }
            Plan::New { document, suggested_me: suggested } => {
                self.step.set(Step::NewDossier { file, document, suggested })
            }
            Plan::Merge(merge) if merge.conflicts.is_empty() => {
                let done = Done {
                    file: file.clone(),
                    id: merge.merged.id,
                    new_dossier: false,
                    from,
                    updated: merge.updated.clone(),
                    added: merge.added.clone(),
                    resolved: Vec::new(),
                };
                if merge.has_changes() {
                    self.app.apply_import(merge.merged, from, &file);
                }
                self.step.set(Step::Done(done));
            }
            Plan::Merge(merge) => {
                let choices = merge.conflicts.iter().map(|s| (*s, None)).collect();
                self.step.set(Step::Conflicts { file, merge, choices, from });
            }
        }
    }

    /// Adds the file's dossier as a new one, with `me` as my party.
    pub fn accept_new(&self, me: Party) {
        let Step::NewDossier { file, document, .. } = self.step.get_untracked() else {
            return;
        };
        let from = document.exported_by;
        let id = self.app.import_new(document.dossier, me, from, &file);
        self.step.set(Step::Done(Done {
            file,
            id,
            new_dossier: true,
            from,
            updated: Vec::new(),
            added: Vec::new(),
            resolved: Vec::new(),
        }));
    }

    pub fn choose(&self, section: Section, choice: Choice) {
        self.step.update(|s| {
            if let Step::Conflicts { choices, .. } = s {
                if let Some(c) = choices.iter_mut().find(|(x, _)| *x == section) {
                    c.1 = Some(choice);
                }
            }
        });
    }

    /// Applies the chosen resolutions; refuses (returns the open ones) until every conflict has one.
    pub fn finish_conflicts(&self) -> Result<(), Vec<Section>> {
        let Step::Conflicts { file, merge, choices, from } = self.step.get_untracked() else {
            return Ok(());
        };
        let open: Vec<Section> = choices.iter().filter(|(_, c)| c.is_none()).map(|(s, _)| *s).collect();
        if !open.is_empty() {
            return Err(open);
        }
        let mut merge = *merge;
        let device = self.app.device();
        let mut resolved = Vec::new();
        for (section, choice) in choices.iter().filter_map(|(s, c)| c.map(|c| (*s, c))) {
            merge.resolve(section, choice, &device);
            resolved.push((section, choice_name(choice)));
        }
        let (updated, added) = (merge.updated.clone(), merge.added.clone());
        let Ok(merged) = merge.finish() else {
            return Ok(());
        };
        let id = merged.id;
        self.app.apply_import(merged, from, &file);
        self.step.set(Step::Done(Done { file, id, new_dossier: false, from, updated, added, resolved }));
        Ok(())
    }

    pub fn cancel(&self) {
        self.step.set(Step::Idle);
    }
}

/// Reading a file and planning its import, started.
type Reading = std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;

// Reading the file and planning the import are in the import page's module: a file dropped
// on any page opens that page, which needs the module anyway, and the main module stays smaller.
split_point!(
    import_page,
    fn reading(flow: ImportFlow, name: String, file: web_sys::File) -> Result<Reading, NotLoaded> {
        Ok(Box::pin(async move {
            match browser::read_file(&file).await {
                Ok(bytes) => flow.read(name, bytes).await,
                Err(_) => flow.step.set(Step::Failed { file: name, error: Failure::Read(ReadError::NotText) }),
            }
        }))
    }
);

pub fn use_import() -> ImportFlow {
    expect_context::<ImportFlow>()
}

/// The first file of a drop or a file input's change event.
pub fn first_file(list: Option<web_sys::FileList>) -> Option<web_sys::File> {
    list.and_then(|l| l.get(0))
}

/// Lets files be dropped anywhere on the page; `dragging` is true while one is held over it.
/// While `blocked` (a kiosk runs) a dropped file is refused: not imported, and not opened by
/// the browser either (which would leave the kiosk).
pub fn listen_for_drops(flow: ImportFlow, dragging: RwSignal<bool>, blocked: Signal<bool>) {
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if carries_files(&ev) {
            ev.prevent_default();
            dragging.set(!blocked.get_untracked());
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window (not just moving between elements).
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        dragging.set(false);
        if !carries_files(&ev) {
            return;
        }
        ev.prevent_default();
        if blocked.get_untracked() {
            return;
        }
        if let Some(file) = first_file(ev.data_transfer().and_then(|d| d.files())) {
            flow.start(file);
        }
    });
    std::mem::forget((over, leave, drop));
}

fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|d| d.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
}

/// The file chosen in an `<input type=file>` change event.
pub fn file_from_input(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = first_file(input.files());
    // Let the same file be chosen again later.
    input.set_value("");
    file
}

/// A new id for "keep both".
pub fn new_item_id() -> Uuid {
    browser::new_id()
}
