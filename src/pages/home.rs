//! The front page: what the tool is for, the dossiers saved in this browser, and a new one.

use crate::browser;
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::{RadioGroup, TextField};
use crate::components::toast::{use_toasts, ToastKind};
use crate::domain::{Kind, Lang, Party, Tr};
use crate::i18n::{lang, t, tr};
use crate::pages::import::FilePicker;
use crate::router::navigate;
use crate::routes::{Part, Route};
use crate::state::{use_app, Record};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let records = Memo::new(move |_| app.visible_records().into_iter().map(|r| r.id).collect::<Vec<_>>());
    view! {
        <h1 tabindex="-1">"B2C Kompas"</h1>
        <p class="font-lead intro">
            {tr(
                "B2C Kompas hjælper en boligorganisation og en lokal virksomhed med at forberede, aftale og dokumentere et partnerskab, der styrker den sociale sammenhængskraft – og en kommune og en boligorganisation med at forberede styringsdialogen om AlmenKompas' 20 ESG-målepunkter.",
                "B2C Kompas helps a housing organisation and a local company prepare, agree and document a partnership that strengthens social cohesion – and a municipality and a housing organisation prepare their governance dialogue on the 20 AlmenKompas ESG points.",
            )}
        </p>
        <p class="intro">
            {tr(
                "Alt, du skriver, gemmes løbende i denne browser og forlader aldrig din computer, medmindre du selv eksporterer det som fil og sender det til din partner.",
                "Everything you write is saved as you go in this browser and never leaves your computer unless you export it as a file and send it to your partner yourself.",
            )}
        </p>
        <StaleExports />
        <section aria-labelledby="dossiers-heading" class="home-section">
            <h2 id="dossiers-heading" tabindex="-1">{tr("Dine dossierer", "Your dossiers")}</h2>
            <Show
                when=move || !records.with(Vec::is_empty)
                fallback=|| {
                    view! {
                        <p class="empty-state">
                            {tr(
                                "Der er endnu ingen dossierer i denne browser. Opret det første herunder.",
                                "There are no dossiers in this browser yet. Create the first one below.",
                            )}
                        </p>
                    }
                }
            >
                <table class="table table--responsive-headers dossier-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr("Dossier", "Dossier")}</th>
                            <th scope="col">{tr("Type", "Kind")}</th>
                            <th scope="col">{tr("Du er", "You are")}</th>
                            <th scope="col">{tr("Senest ændret", "Last changed")}</th>
                            <th scope="col">{tr("Senest eksporteret", "Last exported")}</th>
                            <th scope="col">{tr("Handlinger", "Actions")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || records.get()
                            key=|id| *id
                            children=move |id| app.record(id).map(|r| view! { <DossierRow record=r /> })
                        />
                    </tbody>
                </table>
            </Show>
        </section>
        <section aria-labelledby="import-heading" class="home-section">
            <h2 id="import-heading">{tr("Importér et dossier fra en fil", "Import a dossier from a file")}</h2>
            <p class="intro">
                {tr(
                    "Har din partner sendt dig et dossier? Importér filen: et nyt dossier bliver tilføjet, et dossier du har i forvejen bliver flettet sammen med filen.",
                    "Did your partner send you a dossier? Import the file: a new dossier is added, one you already have is merged with the file.",
                )}
            </p>
            <FilePicker id="import-file-home" />
            <p>
                {tr("Kommune med filer fra flere boligorganisationer?", "A municipality with files from several housing organisations?")} " "
                <a href=Route::Compare.href()>{tr("Importér dem på én gang og sammenlign dem (AlmenKompas)", "Import them at once and compare them (AlmenKompas)")}</a>
            </p>
        </section>
        <section aria-labelledby="new-heading" class="home-section">
            <h2 id="new-heading">{tr("Opret et nyt dossier", "Create a new dossier")}</h2>
            <NewDossierForm />
        </section>
        <section aria-labelledby="device-heading" class="home-section">
            <h2 id="device-heading">{tr("Data på denne enhed", "Data on this device")}</h2>
            <WipeDevice />
        </section>
    }
}

/// "Delete all data on this device", for a shared or borrowed machine, with a confirmation step.
#[component]
fn WipeDevice() -> impl IntoView {
    let app = use_app();
    let asking = RwSignal::new(false);
    let done = RwSignal::new(None::<Result<(), usize>>);
    let count = move || app.visible_records().len();
    let wipe = move |_| {
        let r = app.wipe();
        asking.set(false);
        done.set(Some(r));
        browser::focus_later("wipe-result".into());
    };
    view! {
        <p class="intro">
            {tr(
                "Dossierer, udkast og en kørende kiosk ligger kun i denne browsers lokale lager (localStorage) og sendes ingen steder hen. Bruger I en fælles eller lånt computer, så slet dem, når I er færdige – eksportér først det, I vil beholde.",
                "Dossiers, drafts and a running kiosk are kept only in this browser's local storage (localStorage) and are sent nowhere. On a shared or borrowed computer, delete them when you are done – export what you want to keep first.",
            )}
        </p>
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button button-secondary" on:click=move |_| { done.set(None); asking.set(true); browser::focus_later("wipe-confirm".into()); }>
                    {tr("Slet alle data på denne enhed …", "Delete all data on this device …")}
                </button>
            }
        >
            <Alert kind=AlertKind::Warning heading=tr("Slet alt fra denne browser?", "Delete everything from this browser?")>
                <p class="alert-text">
                    {move || match lang() {
                        Lang::Da => format!("{} dossierer med alle deres udkast og svar slettes fra denne browser. Det kan ikke fortrydes. Filer, I har eksporteret, berøres ikke.", count()),
                        Lang::En => format!("{} dossiers with all their drafts and answers are deleted from this browser. This cannot be undone. Files you have exported are not affected.", count()),
                    }}
                </p>
                <div class="button-row">
                    <button type="button" class="button button-secondary button-danger" id="wipe-confirm" on:click=wipe>{tr("Ja, slet alt", "Yes, delete everything")}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| asking.set(false)>{tr("Annullér", "Cancel")}</button>
                </div>
            </Alert>
        </Show>
        <div role="status" id="wipe-result" tabindex="-1">
            {move || done.get().map(|r| match r {
                Ok(()) => view! { <p class="entry-ok">{tr("Alle data er slettet fra denne browser.", "All data has been deleted from this browser.")}</p> }.into_any(),
                Err(left) => {
                    // Worded to hold for one value and for several.
                    let text = match lang() {
                        Lang::Da => format!("Ikke alt kunne slettes: {left} af de gemte værdier er her stadig. Luk andre faner med B2C Kompas, og prøv igen."),
                        Lang::En => format!("Not everything could be deleted. Values still stored: {left}. Close other tabs with B2C Kompas and try again."),
                    };
                    view! { <p class="form-error-message">{text}</p> }.into_any()
                }
            })}
        </div>
    }
}

/// Days after which unexported changes get a warning (Safari deletes a site's data after 7 days
/// without a visit).
const STALE_DAYS: i64 = 3;

/// Warns about dossiers with changes that have not been exported for several days.
#[component]
fn StaleExports() -> impl IntoView {
    let app = use_app();
    let now = browser::now();
    let stale = move || {
        app.visible_records()
            .into_iter()
            .filter_map(|r| {
                let since = r.local.with(|l| l.unexported_since)?;
                let days = (now - since).num_days();
                (days >= STALE_DAYS).then(|| (r.dossier.with(|d| d.display_title()), days))
            })
            .collect::<Vec<_>>()
    };
    view! {
        <Show when=move || !stale().is_empty()>
            <Alert kind=AlertKind::Warning heading=tr("Husk at eksportere", "Remember to export")>
                <p class="alert-text">
                    {tr(
                        "Browsere kan slette en sides data (Safari gør det efter 7 dage uden besøg). Disse dossierer har ændringer, som ikke er gemt i en eksporteret fil:",
                        "Browsers may delete a site's data (Safari does so after 7 days without a visit). These dossiers have changes that are not in an exported file:",
                    )}
                </p>
                <ul class="alert-text">
                    {move || {
                        stale()
                            .into_iter()
                            .map(|(title, days)| {
                                let text = match lang() {
                                    Lang::Da => format!("{title}: ændringer fra de seneste {days} dage"),
                                    Lang::En => format!("{title}: changes from the last {days} days"),
                                };
                                view! { <li>{text}</li> }
                            })
                            .collect_view()
                    }}
                </ul>
            </Alert>
        </Show>
    }
}

#[component]
fn DossierRow(record: Record) -> impl IntoView {
    let app = use_app();
    let toasts = use_toasts();
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let id = record.id;
    let title = move || {
        let title = record.dossier.with(|d| d.display_title());
        if title.is_empty() {
            tr("Dossier uden titel", "Untitled dossier").to_string()
        } else {
            title
        }
    };
    let href = Route::Dossier { id, part: Part::Overview }.href();
    let start_rename = move |_| {
        draft.set(record.dossier.with_untracked(|d| d.title.text.clone()));
        renaming.set(true);
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&format!("rename-{id}")) {
                use wasm_bindgen::JsCast;
                if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    };
    // The form goes, and with it the focus: it goes to the dossier's link (its new title).
    let end_rename = move || {
        renaming.set(false);
        browser::focus_later(format!("dossier-{id}"));
    };
    let save_rename = move || {
        let v = draft.get_untracked().trim().to_string();
        app.edit(id, |d| Some(&mut d.title), |t| t.text = v);
        end_rename();
    };
    let route = crate::router::use_route();
    let delete = move |_| {
        let name = title();
        app.delete(id);
        // The row and its button go: the focus goes to the list's heading, and after «Fortryd» to
        // the dossier that came back. Used from another page, the focus goes to that page's
        // heading, and a message says where the dossier is.
        browser::focus_later("dossiers-heading".into());
        let text = (format!("«{name}» er slettet."), format!("“{name}” was deleted."));
        let undo = move || {
            app.undelete(id);
            browser::focus_later(format!("dossier-{id}"));
            if route.with_untracked(|r| *r != Route::Home) {
                let back =
                    (format!("«{name}» er tilbage på forsiden."), format!("“{name}” is back on the front page."));
                toasts.show(ToastKind::Info, back, None);
            }
        };
        toasts.show(ToastKind::Info, text, Some((Tr::new("Fortryd", "Undo"), std::sync::Arc::new(undo))));
    };
    let duplicate = move |_| {
        app.duplicate(id);
    };
    let modified = move || browser::format_datetime(record.dossier.with(|d| d.modified), lang());
    let exported = move || match record.local.with(|l| l.exported.map(|e| e.0)) {
        Some(at) => browser::format_datetime(at, lang()),
        None => tr("Aldrig", "Never").to_string(),
    };
    view! {
        <tr>
            <td data-title=tr("Dossier", "Dossier")>
                <Show
                    when=move || renaming.get()
                    fallback=move || view! { <a href=href.clone() class="dossier-link" id=format!("dossier-{id}")>{title}</a> }
                >
                    <form
                        class="rename-form"
                        on:submit=move |ev| {
                            ev.prevent_default();
                            save_rename();
                        }
                    >
                        <label class="form-label" for=format!("rename-{id}")>
                            {tr("Ny titel", "New title")}
                        </label>
                        <input
                            class="form-input"
                            id=format!("rename-{id}")
                            type="text"
                            prop:value=move || draft.get()
                            on:input=move |ev| draft.set(event_target_value(&ev))
                            on:keydown=move |ev| {
                                if ev.key() == "Escape" {
                                    end_rename();
                                }
                            }
                        />
                        <button type="submit" class="button button-primary">{tr("Gem titel", "Save title")}</button>
                        <button type="button" class="button button-tertiary" on:click=move |_| end_rename()>
                            {tr("Annuller", "Cancel")}
                        </button>
                    </form>
                </Show>
            </td>
            <td data-title=tr("Type", "Kind")>{t(record.dossier.with_untracked(|d| d.kind.short_name()))}</td>
            <td data-title=tr("Du er", "You are")>{move || t(record.local.with(|l| l.me.name()))}</td>
            <td data-title=tr("Senest ændret", "Last changed")>{modified}</td>
            <td data-title=tr("Senest eksporteret", "Last exported")>{exported}</td>
            <td data-title=tr("Handlinger", "Actions") class="row-actions">
                <button class="button button-secondary" on:click=start_rename>
                    {tr("Omdøb", "Rename")}
                    <span class="sr-only">" " {title}</span>
                </button>
                <button class="button button-secondary" on:click=duplicate>
                    {tr("Kopiér", "Duplicate")}
                    <span class="sr-only">" " {title}</span>
                </button>
                <button class="button button-secondary" on:click=crate::components::status::export_click(id)>
                    {tr("Eksportér", "Export")}
                    <span class="sr-only">" " {title}</span>
                </button>
                <button class="button button-secondary button-danger" on:click=delete>
                    {tr("Slet", "Delete")}
                    <span class="sr-only">" " {title}</span>
                </button>
            </td>
        </tr>
    }
}

#[component]
fn NewDossierForm() -> impl IntoView {
    let app = use_app();
    let kind = RwSignal::new(Kind::Partnership);
    let me = RwSignal::new(Party::Housing);
    let title = RwSignal::new(String::new());
    // Keep "I am" valid for the chosen kind.
    Effect::new(move |_| {
        let parties = kind.get().parties();
        if !parties.contains(&me.get_untracked()) {
            me.set(parties[0]);
        }
    });
    let kind_options = Kind::ALL.into_iter().map(|k| (k, k.name(), Some(k.describe()))).collect::<Vec<_>>();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = app.create(kind.get_untracked(), me.get_untracked(), &title.get_untracked());
        title.set(String::new());
        navigate(&Route::Dossier { id, part: Part::Overview });
    };
    view! {
        <form class="new-dossier" on:submit=create>
            <RadioGroup
                name="new-kind"
                legend=Tr::new("Hvad skal dossieret bruges til?", "What is the dossier for?")
                options=kind_options
                value=kind
                on_change=Callback::new(move |k| kind.set(k))
            />
            {move || {
                let options = kind.get().parties().into_iter().map(|p| (p, p.name(), None)).collect::<Vec<_>>();
                view! {
                    <RadioGroup
                        name="new-me"
                        legend=Tr::new("Hvem er du i dossieret?", "Who are you in the dossier?")
                        options=options
                        value=me
                        on_change=Callback::new(move |p| me.set(p))
                    />
                }
            }}
            <TextField
                id="new-title"
                label=Tr::new("Titel", "Title")
                hint=Some(Tr::new(
                    "Fx «Sommerfest i Hedemarken 2027». Du kan ændre den senere.",
                    "E.g. “Summer party in Hedemarken 2027”. You can change it later.",
                ))
                value=title
                on_input=Callback::new(move |v| title.set(v))
            />
            <button type="submit" class="button button-primary">{t(Tr::new("Opret dossier", "Create dossier"))}</button>
        </form>
    }
}
