//! The save indicator ("Gemt" / "Saved") and the banner that says when storage fails.

use crate::browser;
use crate::components::alert::{Alert, AlertKind};
use crate::components::toast::{use_toasts, ToastKind};
use crate::domain::Lang;
use crate::i18n::{lang, tr};
use crate::lazy::NotLoaded;
use crate::persistence::Unreadable;
use crate::state::{use_app, SaveState};
use leptos::prelude::*;
use uuid::Uuid;

/// Said when a dossier cannot be exported because the writer's module cannot be fetched.
const EXPORT_NOT_LOADED: crate::domain::Tr = crate::domain::Tr::new(
    "Dossieret kunne ikke eksporteres: den del af B2C Kompas, der gemmer og eksporterer dossierer, kunne ikke hentes. Tjek forbindelsen, og prøv igen. Dit arbejde er ikke tabt.",
    "The dossier could not be exported: the part of B2C Kompas that saves and exports dossiers could not be loaded. Check the connection and try again. Your work is not lost.",
);

/// What an export button does: downloads the dossier's file, or says in a toast why it cannot.
pub fn export_click(id: Uuid) -> impl Fn(leptos::ev::MouseEvent) + Clone + 'static {
    let app = use_app();
    let toasts = use_toasts();
    move |_| {
        leptos::task::spawn_local(async move {
            if app.export(id).await.is_err() {
                toasts.show(ToastKind::Error, EXPORT_NOT_LOADED.pair(), None);
            }
        });
    }
}

/// A quiet line that tells whether the work has reached the browser's storage.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let app = use_app();
    let lang = lang();
    let da = lang == Lang::Da;
    let text = move || match app.save.get() {
        SaveState::Saved(Some(at)) => {
            let time = browser::format_time(at, lang);
            if da {
                format!("Gemt i browseren kl. {time}")
            } else {
                format!("Saved in this browser at {time}")
            }
        }
        SaveState::Saved(None) => (if da { "Gemt i browseren" } else { "Saved in this browser" }).into(),
        SaveState::Pending => (if da { "Gemmer …" } else { "Saving …" }).into(),
        SaveState::MemoryOnly => {
            (if da { "Ikke gemt: kun i denne fane" } else { "Not saved: in this tab only" }).into()
        }
        SaveState::Held => {
            (if da { "Ikke gemt: venter på dit valg" } else { "Not saved: waiting for your choice" }).into()
        }
    };
    let class = move || match app.save.get() {
        SaveState::MemoryOnly => "save-indicator save-indicator--error",
        SaveState::Pending | SaveState::Held => "save-indicator save-indicator--pending",
        SaveState::Saved(_) => "save-indicator",
    };
    view! { <p class=class data-testid="save-state">{text}</p> }
}

/// Says plainly when the browser's storage is blocked, full or holds something unreadable.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let app = use_app();
    let toasts = use_toasts();
    let memory = move || app.health.with(|h| h.memory_only());
    let da = lang() == Lang::Da;
    let memory_text = move || {
        app.health.with(|h| {
            if h.writer_missing {
                return if da {
                    "Den del af B2C Kompas, der gemmer og eksporterer dossierer, kunne ikke hentes. Tjek forbindelsen: der prøves igen, når du ændrer noget. Dit arbejde er ikke tabt: det findes i denne fane, indtil du lukker den."
                } else {
                    "The part of B2C Kompas that saves and exports dossiers could not be loaded. Check the connection: it is tried again when you change something. Your work is not lost: it is kept in this tab until you close it."
                }
                .to_string();
            }
            let why = if h.unavailable {
                if da {
                    "Browseren tillader ikke, at siden gemmer data (lagring er slået fra eller blokeret)."
                } else {
                    "The browser does not let this page keep data (storage is turned off or blocked)."
                }
            } else if h.full {
                if da {
                    "Browserens lager er fuldt, så dine seneste ændringer kunne ikke gemmes."
                } else {
                    "The browser's storage is full, so your latest changes could not be saved."
                }
            } else if da {
                "Dine seneste ændringer kunne ikke gemmes i browseren."
            } else {
                "Your latest changes could not be saved in the browser."
            };
            let keep = if da {
                "Dit arbejde er ikke tabt: det findes i denne fane, indtil du lukker den. Brug «Eksportér» på dossieret for at gemme det som fil."
            } else {
                "Your work is not lost: it is kept in this tab until you close it. Use “Export” on the dossier to save it as a file."
            };
            format!("{why} {keep}")
        })
    };
    let settle = move |id, keep_mine| {
        leptos::task::spawn_local(async move {
            if app.settle_elsewhere(id, keep_mine).await.is_err() {
                toasts.show(ToastKind::Error, NotLoaded::reader_toast(), None);
            }
        });
    };
    let elsewhere = move || {
        app.elsewhere.get().into_iter().filter_map(|id| app.record(id)).map(|r| {
            let title = r.dossier.with_untracked(|d| d.display_title());
            // Deleted there (one dossier, or all data) rather than saved: asked in those words.
            let gone = app.deleted_elsewhere(r.id);
            let text = match (gone, da) {
                (false, true) => format!("«{title}» blev gemt i en anden fane i denne browser, og denne fane har ikke taget den version over. Vælg hvilken version der skal gælde; den anden går tabt. Indtil da gemmes dossieret ikke."),
                (false, false) => format!("“{title}” was saved in another tab of this browser, and this tab has not taken that version over. Choose which version applies; the other is lost. Until then the dossier is not saved."),
                (true, true) => format!("«{title}» blev slettet i en anden fane i denne browser, mens det havde ændringer her. Vælg, om det skal beholdes eller slettes. Indtil da gemmes dossieret ikke."),
                (true, false) => format!("“{title}” was deleted in another tab of this browser while it had changes here. Choose whether to keep it or delete it. Until then the dossier is not saved."),
            };
            let heading = if gone { tr("Slettet i en anden fane", "Deleted in another tab") } else { tr("Ændret i en anden fane", "Changed in another tab") };
            view! {
                <Alert kind=AlertKind::Warning class="storage-banner" heading=heading>
                    <p class="alert-text">{text}</p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" on:click=move |_| settle(r.id, true)>
                            {if gone { tr("Behold dossieret", "Keep the dossier") } else { tr("Behold versionen i denne fane", "Keep the version in this tab") }}
                        </button>
                        <button type="button" class="button button-secondary" on:click=move |_| settle(r.id, false)>
                            {if gone { tr("Slet det også her", "Delete it here too") } else { tr("Hent versionen fra den anden fane", "Take the version from the other tab") }}
                        </button>
                    </div>
                </Alert>
            }
        }).collect_view()
    };
    view! {
        {elsewhere}
        <Show when=memory>
            <Alert
                kind=AlertKind::Warning
                class="storage-banner"
                heading=tr("Dit arbejde gemmes ikke i browseren", "Your work is not being saved in the browser")
            >
                <p class="alert-text">{memory_text}</p>
            </Alert>
        </Show>
        <Show when=move || app.health.with(|h| !h.unreadable.is_empty())>
            <UnreadableBanner />
        </Show>
    }
}

#[component]
fn UnreadableBanner() -> impl IntoView {
    let app = use_app();
    // A plain list, not a keyed `For`: it changes only when an entry comes or goes, and `For`
    // would add its keyed diffing to the main module for that (a rebuilt row keeps its DOM node).
    let rows = move || {
        app.health
            .with(|h| h.unreadable.clone())
            .into_iter()
            .map(|u: Unreadable| {
                let u2 = u.clone();
                let u3 = u.clone();
                let msg = crate::i18n::either(&u.why);
                view! {
                    <li>
                        <code>{u.key.clone()}</code>
                        ": "
                        {msg}
                        " "
                        <button
                            class="button button-secondary"
                            on:click=move |_| {
                                if let Some(raw) = app.unreadable_raw(&u2) {
                                    let name = format!("{}.txt", u2.key.replace(':', "-"));
                                    let _ = browser::download(&name, &raw, "text/plain");
                                }
                            }
                        >
                            {tr("Hent som fil", "Download as file")}
                        </button>
                        <button class="button button-tertiary" on:click=move |_| app.discard_unreadable(&u3)>
                            {tr("Slet", "Delete")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Alert kind=AlertKind::Error class="storage-banner" heading=tr("Noget gemt kunne ikke læses", "Something stored could not be read")>
            <p class="alert-text">
                {tr(
                    "Disse gemte data kunne ikke læses. De er ikke ændret eller overskrevet: hent dem som fil, før du eventuelt sletter dem.",
                    "This stored data could not be read. It has not been changed or overwritten: download it as a file before you delete it, if you do.",
                )}
            </p>
            <ul class="alert-text unreadable-list">{rows}</ul>
        </Alert>
    }
}
