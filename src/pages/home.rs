//! The front page: what the tool is for, the dossiers saved in this browser, and a new one.

use crate::browser;
use crate::components::form::{RadioGroup, TextField};
use crate::components::toast::{use_toasts, ToastKind};
use crate::domain::{Kind, Party, Tr};
use crate::i18n::{lang, t, tr};
use crate::router::navigate;
use crate::routes::{Part, Route};
use crate::state::{use_app, Record};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let records = Memo::new(move |_| {
        app.visible_records()
            .into_iter()
            .map(|r| r.id)
            .collect::<Vec<_>>()
    });
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
        <section aria-labelledby="dossiers-heading" class="home-section">
            <h2 id="dossiers-heading">{tr("Dine dossierer", "Your dossiers")}</h2>
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
        <section aria-labelledby="new-heading" class="home-section">
            <h2 id="new-heading">{tr("Opret et nyt dossier", "Create a new dossier")}</h2>
            <NewDossierForm />
        </section>
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
    let href = Route::Dossier {
        id,
        part: Part::Overview,
    }
    .href();
    let start_rename = move |_| {
        draft.set(record.dossier.with_untracked(|d| d.title.clone()));
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
    let save_rename = move || {
        let v = draft.get_untracked().trim().to_string();
        app.edit(id, |d| d.title = v);
        renaming.set(false);
    };
    let delete = move |_| {
        let name = title();
        app.delete(id);
        let text = (
            format!("«{name}» er slettet."),
            format!("“{name}” was deleted."),
        );
        toasts.show(
            ToastKind::Info,
            text,
            Some((
                Tr::new("Fortryd", "Undo"),
                std::sync::Arc::new(move || app.undelete(id)),
            )),
        );
    };
    let duplicate = move |_| {
        app.duplicate(id);
    };
    let modified = move || browser::format_datetime(record.dossier.with(|d| d.modified), lang());
    view! {
        <tr>
            <td data-title=tr("Dossier", "Dossier")>
                <Show
                    when=move || renaming.get()
                    fallback=move || view! { <a href=href.clone() class="dossier-link">{title}</a> }
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
                                    renaming.set(false);
                                }
                            }
                        />
                        <button type="submit" class="button button-primary">{tr("Gem titel", "Save title")}</button>
                        <button type="button" class="button button-tertiary" on:click=move |_| renaming.set(false)>
                            {tr("Annuller", "Cancel")}
                        </button>
                    </form>
                </Show>
            </td>
            <td data-title=tr("Type", "Kind")>{t(record.dossier.with_untracked(|d| d.kind.short_name()))}</td>
            <td data-title=tr("Du er", "You are")>{move || t(record.local.with(|l| l.me.name()))}</td>
            <td data-title=tr("Senest ændret", "Last changed")>{modified}</td>
            <td data-title=tr("Handlinger", "Actions") class="row-actions">
                <button class="button button-secondary" on:click=start_rename>
                    {tr("Omdøb", "Rename")}
                    <span class="sr-only">" " {title}</span>
                </button>
                <button class="button button-secondary" on:click=duplicate>
                    {tr("Kopiér", "Duplicate")}
                    <span class="sr-only">" " {title}</span>
                </button>
                <button class="button button-secondary" on:click=move |_| { let _ = app.export(id); }>
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
    let kind_options = Kind::ALL
        .into_iter()
        .map(|k| (k, k.name(), Some(k.describe())))
        .collect::<Vec<_>>();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = app.create(
            kind.get_untracked(),
            me.get_untracked(),
            &title.get_untracked(),
        );
        title.set(String::new());
        navigate(&Route::Dossier {
            id,
            part: Part::Overview,
        });
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
                hint=Tr::new(
                    "Fx «Sommerfest i Hedemarken 2027». Du kan ændre den senere.",
                    "E.g. “Summer party in Hedemarken 2027”. You can change it later.",
                )
                value=title
                on_input=Callback::new(move |v| title.set(v))
            />
            <button type="submit" class="button button-primary">{t(Tr::new("Opret dossier", "Create dossier"))}</button>
        </form>
    }
}
