//! The import page: pick or drop a file; errors say what is wrong and that nothing changed;
//! a new dossier asks which party I am; conflicts are shown side by side to choose from; a
//! summary says what came in, with "Fortryd import".

use crate::browser;
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::RadioGroup;
use crate::components::toast::{use_toasts, ToastKind};
use crate::domain::import::{describe, section_name, Summary};
use crate::domain::merge::{Choice, Section};
use crate::domain::text::lowercase;
use crate::domain::{Lang, Party, Tr};
use crate::i18n::{lang, t, tr};
use crate::import_flow::{file_from_input, new_item_id, use_import, Done, Failure, Step, CANNOT_UNDO, UNDONE};
use crate::lazy::NotLoaded;
use crate::routes::{Part, Route};
use crate::state::{use_app, Undo};
use leptos::prelude::*;

#[component]
pub fn ImportPage() -> impl IntoView {
    let flow = use_import();
    view! {
        <h1 tabindex="-1">{tr("Importér et dossier", "Import a dossier")}</h1>
        {move || match flow.step.get() {
            Step::Idle => view! { <Intro /> }.into_any(),
            Step::Reading { file } => view! {
                <p role="status">{tr("Læser", "Reading")} " " <strong>{file}</strong> " …"</p>
            }.into_any(),
            Step::Failed { file, error } => view! { <Failed file=file error=error /> }.into_any(),
            Step::NewDossier { file, document, suggested } => {
                view! { <NewDossier file=file document=*document suggested=suggested /> }.into_any()
            }
            Step::Conflicts { .. } => view! { <Conflicts /> }.into_any(),
            Step::Done(done) => view! { <Finished done=done /> }.into_any(),
        }}
    }
}

/// The file picker (also on the front page). Any extension is accepted: iOS greys out types it
/// does not know, and a partner may rename the file.
#[component]
pub fn FilePicker(#[prop(into)] id: String) -> impl IntoView {
    let flow = use_import();
    view! {
        <div class="file-picker">
            <input
                type="file"
                id=id.clone()
                class="file-input"
                on:change=move |ev| {
                    if let Some(file) = file_from_input(&ev) {
                        flow.start(file);
                    }
                }
            />
            <label for=id class="button button-secondary">{tr("Vælg en fil …", "Choose a file …")}</label>
            <span class="form-hint">
                {tr(
                    "… eller træk filen ind hvor som helst på siden.",
                    "… or drag the file anywhere onto the page.",
                )}
            </span>
        </div>
    }
}

#[component]
fn Intro() -> impl IntoView {
    view! {
        <p class="intro">
            {tr(
                "Vælg den fil, din partner har sendt dig. Er dossieret nyt i denne browser, bliver det et nyt dossier; ellers flettes filen ind i det, du har, afsnit for afsnit, uden at noget går tabt.",
                "Choose the file your partner sent you. If the dossier is new in this browser it becomes a new dossier; otherwise the file is merged into yours, section by section, without losing anything.",
            )}
        </p>
        <FilePicker id="import-file-page" />
    }
}

#[component]
fn Failed(file: String, error: Failure) -> impl IntoView {
    let message = match &error {
        Failure::Read(e) => e.message(lang()),
        Failure::NotLoaded => NotLoaded::READER.get(lang()).to_string(),
        Failure::KindMismatch { here, file } => match lang() {
            Lang::Da => format!(
                "Filen hører til et dossier, du allerede har, men som {} i filen og som {} her. Den kan ikke flettes.",
                lowercase(file.short_name().da),
                lowercase(here.short_name().da)
            ),
            Lang::En => format!(
                "The file belongs to a dossier you already have, but as a {} in the file and a {} here. It cannot be merged.",
                lowercase(file.short_name().en),
                lowercase(here.short_name().en)
            ),
        },
    };
    view! {
        <Alert kind=AlertKind::Error heading=format!("{}: {file}", tr("Filen kunne ikke importeres", "The file could not be imported"))>
            <p class="alert-text" data-testid="import-error">{message}</p>
            <p class="alert-text">{tr("Intet er ændret.", "Nothing has been changed.")}</p>
        </Alert>
        <h2>{tr("Prøv en anden fil", "Try another file")}</h2>
        <FilePicker id="import-file-retry" />
    }
}

#[component]
fn NewDossier(file: String, document: crate::domain::format::Document, suggested: Party) -> impl IntoView {
    let flow = use_import();
    let me = RwSignal::new(suggested);
    let d = &document.dossier;
    let kind = d.kind;
    let options = kind.parties().into_iter().map(|p| (p, p.name(), None)).collect::<Vec<_>>();
    let exported = document.exported_at.map(|at| browser::format_datetime(at, lang()));
    view! {
        <Alert kind=AlertKind::Info heading=tr("Et nyt dossier", "A new dossier")>
            <p class="alert-text">
                {tr("Filen", "The file")} " " <strong>{file}</strong> " "
                {tr("indeholder et dossier, som ikke findes i denne browser.", "holds a dossier that is not in this browser.")}
            </p>
        </Alert>
        <dl class="file-facts">
            <dt>{tr("Titel", "Title")}</dt>
            <dd>{d.display_title()}</dd>
            <dt>{tr("Type", "Kind")}</dt>
            <dd>{t(kind.name())}</dd>
            <dt>{tr("Eksporteret af", "Exported by")}</dt>
            <dd>{document.exported_by.map(|p| t(p.name())).unwrap_or("–")}</dd>
            <dt>{tr("Eksporteret", "Exported")}</dt>
            <dd>{exported.unwrap_or_else(|| "–".into())}</dd>
        </dl>
        <RadioGroup
            name="import-me"
            legend=Tr::new("Hvem er du i dossieret?", "Who are you in the dossier?")
            options=options
            value=me
            on_change=Callback::new(move |p| me.set(p))
        />
        <div class="button-row">
            <button class="button button-primary" on:click=move |_| flow.accept_new(me.get_untracked())>
                {tr("Importér som nyt dossier", "Import as a new dossier")}
            </button>
            <button class="button button-tertiary" on:click=move |_| flow.cancel()>
                {tr("Annullér", "Cancel")}
            </button>
        </div>
    }
}

#[component]
fn Conflicts() -> impl IntoView {
    let flow = use_import();
    let error = RwSignal::new(Vec::<Section>::new());
    let Step::Conflicts { file, merge, choices, .. } = flow.step.get_untracked() else {
        return ().into_any();
    };
    let mine = merge.merged.clone();
    let theirs = merge.theirs.clone();
    let lang = lang();
    let sections = choices.iter().map(|(s, _)| *s).collect::<Vec<_>>();
    let count = sections.len();
    let items = sections
        .into_iter()
        .enumerate()
        .map(|(n, section)| {
            let name = section_name(&mine, section, lang);
            let a = describe(&mine, section, lang);
            let b = describe(&theirs, section, lang);
            let rows = a
                .iter()
                .zip(b.iter())
                .map(|((label, x), (_, y))| {
                    let differs = x != y;
                    view! {
                        <tr class:differs=differs>
                            <th scope="row">
                                {label.clone()}
                                {differs.then(|| view! { <span class="sr-only">{tr(" (forskellig)", " (differs)")}</span> })}
                            </th>
                            <td>{x.clone()}</td>
                            <td>{y.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let mut options = vec![
                (Some(Choice::Mine), Tr::new("Behold min version", "Keep my version"), None),
                (Some(Choice::Theirs), Tr::new("Tag partnerens version", "Take the partner's version"), None),
            ];
            if section.is_item() {
                options.push((
                    Some(Choice::Both(new_item_id())),
                    Tr::new("Behold begge (som to punkter)", "Keep both (as two items)"),
                    None,
                ));
            }
            let value = Signal::derive(move || match flow.step.get() {
                Step::Conflicts { choices, .. } => choices.iter().find(|(s, _)| *s == section).and_then(|(_, c)| *c),
                _ => None,
            });
            let missing = move || error.with(|e| e.contains(&section));
            view! {
                <section class="conflict" class:form-error=missing>
                    <h2>{format!("{}. {name}", n + 1)}</h2>
                    <table class="table conflict-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr("Felt", "Field")}</th>
                                <th scope="col">{tr("Din version", "Your version")}</th>
                                <th scope="col">{tr("Partnerens version", "The partner's version")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <Show when=missing>
                        <span class="form-error-message">{tr("Vælg, hvilken version der skal gælde.", "Choose which version applies.")}</span>
                    </Show>
                    <RadioGroup
                        name=format!("conflict-{n}")
                        legend=Tr::new("Hvilken version skal gælde?", "Which version applies?")
                        options=options
                        value=value
                        on_change=Callback::new(move |c: Option<Choice>| {
                            if let Some(c) = c {
                                flow.choose(section, c);
                                error.update(|e| e.retain(|x| *x != section));
                            }
                        })
                    />
                </section>
            }
        })
        .collect_view();
    let finish = move |_| {
        if let Err(open) = flow.finish_conflicts() {
            error.set(open);
        }
    };
    view! {
        <Alert kind=AlertKind::Warning heading=tr("Ændret begge steder", "Changed on both sides")>
            <p class="alert-text">
                {match lang {
                    Lang::Da => format!("{count} afsnit i {file} er ændret både hos dig og hos din partner, siden I sidst udvekslede filer. Vælg for hvert afsnit, hvilken version der skal gælde. Intet er ændret endnu."),
                    Lang::En => format!("{count} sections in {file} were changed both by you and by your partner since you last exchanged files. Choose which version applies for each. Nothing has been changed yet."),
                }}
            </p>
        </Alert>
        {items}
        <Show when=move || !error.with(Vec::is_empty)>
            <Alert kind=AlertKind::Error heading=tr("Der mangler valg", "Choices are missing")>
                <p class="alert-text">
                    {tr("Vælg en version for hvert afsnit ovenfor, før importen kan gennemføres.", "Choose a version for every section above before the import can be completed.")}
                </p>
            </Alert>
        </Show>
        <div class="button-row">
            <button class="button button-primary" on:click=finish>{tr("Gennemfør importen", "Complete the import")}</button>
            <button class="button button-tertiary" on:click=move |_| flow.cancel()>
                {tr("Annullér – intet ændres", "Cancel – nothing changes")}
            </button>
        </div>
    }
    .into_any()
}

#[component]
fn Finished(done: Done) -> impl IntoView {
    let app = use_app();
    let flow = use_import();
    let toasts = use_toasts();
    let lang = lang();
    let Some(record) = app.record(done.id) else {
        return ().into_any();
    };
    let summary = record.dossier.with_untracked(|d| {
        let mut s = Summary::new(d, &done.updated, &done.added, &done.resolved, done.from, lang);
        s.new_dossier = done.new_dossier;
        s
    });
    let title = record.dossier.with_untracked(|d| d.display_title());
    let from = summary.exported_by.map(|p| lowercase(p.name().get(lang)));
    let heading = if summary.new_dossier {
        tr("Dossieret er importeret", "The dossier was imported")
    } else if summary.nothing_new() {
        tr("Intet nyt i filen", "Nothing new in the file")
    } else {
        tr("Filen er flettet ind", "The file was merged in")
    };
    let lead = match (lang, summary.new_dossier, summary.nothing_new(), from) {
        (Lang::Da, true, _, _) => format!("«{title}» er nu i denne browser."),
        (Lang::En, true, _, _) => format!("“{title}” is now in this browser."),
        (Lang::Da, _, true, _) => {
            format!("{} indeholder intet, som «{title}» ikke allerede har. Intet er ændret.", done.file)
        }
        (Lang::En, _, true, _) => {
            format!("{} holds nothing that “{title}” does not already have. Nothing was changed.", done.file)
        }
        (Lang::Da, _, _, Some(f)) => format!("{} fra {f} er flettet ind i «{title}».", done.file),
        (Lang::En, _, _, Some(f)) => {
            format!("{} from the {f} was merged into “{title}”.", done.file)
        }
        (Lang::Da, _, _, None) => format!("{} er flettet ind i «{title}».", done.file),
        (Lang::En, _, _, None) => format!("{} was merged into “{title}”.", done.file),
    };
    let list = |heading: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <h3>{heading}</h3>
                <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            }
        })
    };
    let resolved: Vec<String> = summary.resolved.iter().map(|(n, how)| format!("{n}: {}", how.get(lang))).collect();
    let id = done.id;
    let undo = move |_| {
        leptos::task::spawn_local(async move {
            match app.undo_import(id).await {
                Ok(Undo::Done) => {
                    flow.cancel();
                    toasts.show(ToastKind::Info, UNDONE.pair(), None);
                    crate::router::navigate(&if done.new_dossier {
                        Route::Home
                    } else {
                        Route::Dossier { id, part: Part::Overview }
                    });
                }
                Ok(Undo::Nothing) => {}
                Ok(Undo::Unavailable) => toasts.show(ToastKind::Error, CANNOT_UNDO.pair(), None),
                Err(NotLoaded) => toasts.show(ToastKind::Error, NotLoaded::reader_toast(), None),
            }
        });
    };
    let can_undo = !summary.nothing_new();
    view! {
        <Alert kind=AlertKind::Success heading=heading>
            <p class="alert-text">{lead}</p>
        </Alert>
        <div class="import-summary" data-testid="import-summary">
            {list(tr("Opdateret fra filen", "Updated from the file"), summary.updated.clone())}
            {list(tr("Nyt fra filen", "New from the file"), summary.added.clone())}
            {list(tr("Konflikter, du har afgjort", "Conflicts you resolved"), resolved)}
        </div>
        <div class="button-row">
            <a class="button button-primary" href=Route::Dossier { id, part: Part::Overview }.href()>
                {tr("Åbn dossieret", "Open the dossier")}
            </a>
            {can_undo.then(|| view! {
                <button class="button button-secondary" on:click=undo>{tr("Fortryd import", "Undo import")}</button>
            })}
        </div>
    }
    .into_any()
}
