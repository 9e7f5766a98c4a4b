//! A dossier's pages: the shell that finds the dossier, and its overview (title, who I am, the parties).

use crate::browser;
use crate::components::form::RadioGroup;
use crate::components::sheet::Sheet;
use crate::components::toast::{use_toasts, ToastKind};
use crate::domain::Tr;
use crate::i18n::{lang, t, tr};
use crate::import_flow::{CANNOT_UNDO, UNDONE};
use crate::lazy::{lazy_page, split_point, Loaded, NotLoaded};
use crate::pages::agreement::{AgreementPage, AgreementPrintPage};
use crate::pages::almen::{DashboardPage, DialoguePrintPage, PointsPage, QuestionsPage};
use crate::pages::del1::Del1Page;
use crate::pages::del2::Del2Page;
use crate::pages::del3::Del3Page;
use crate::pages::esg::EsgPage;
use crate::pages::not_found::NotFound;
use crate::pages::round::RoundPage;
use crate::routes::Part;
use crate::routes::Route;
use crate::sheets::{self, At};
use crate::state::{use_app, Record, Undo};
use leptos::either::Either;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn DossierPage(id: Uuid, part: Part) -> impl IntoView {
    let app = use_app();
    // Reactive: a dossier another tab saves after this page opened appears here by itself.
    let found = Memo::new(move |_| app.live_record(id).is_some());
    // Only `found` is tracked: a dossier added or changed elsewhere must not redraw this page
    // (and take the focus from the field being typed in).
    move || match found.get().then(|| untrack(|| app.live_record(id))).flatten() {
        None => Either::Left(view! {
            <NotFound
                heading=Tr::new("Dossieret findes ikke i denne browser", "The dossier is not in this browser")
                text=Tr::new(
                    "Linket peger på et dossier, som ikke er gemt i denne browser. Dossierer deles som filer: bed din partner om at eksportere dossieret og sende dig filen.",
                    "The link points to a dossier that is not saved in this browser. Dossiers are shared as files: ask your partner to export the dossier and send you the file.",
                )
            />
        }),
        Some(record) => Either::Right(lazy_page(move || part_view(record, part))),
    }
}

/// One lazily loaded module per part (or group of parts sharing their code); see src/lazy.rs.
async fn part_view(record: Record, part: Part) -> Loaded {
    // These parts always draw a chart: ECharts downloads while their module does.
    if matches!(part, Part::Agreement | Part::AgreementPrint | Part::Dashboard) {
        crate::components::chart::preload_echarts();
    }
    match part {
        Part::Overview => overview_part(record).await,
        Part::Del1 => del1_part(record).await,
        Part::Del2 => del2_part(record).await,
        Part::Agreement | Part::AgreementPrint => agreement_part(record, part == Part::AgreementPrint).await,
        Part::Del3 => del3_part(record).await,
        Part::Round(round) => round_part(record, round).await,
        Part::Esg | Part::EsgPrint => esg_part(record, part == Part::EsgPrint).await,
        Part::Points | Part::Questions | Part::Dashboard | Part::DialoguePrint => almen_part(record, part).await,
    }
}

split_point!(
    overview_part,
    fn overview_part(record: Record) -> Loaded {
        Ok(view! { <OverviewPage record=record /> }.into_any())
    }
);

split_point!(
    del1_part,
    fn del1_part(record: Record) -> Loaded {
        Ok(view! { <Del1Page record=record /> }.into_any())
    }
);

split_point!(
    del2_part,
    fn del2_part(record: Record) -> Loaded {
        Ok(view! { <Del2Page record=record /> }.into_any())
    }
);

split_point!(
    agreement_part,
    fn agreement_part(record: Record, print: bool) -> Loaded {
        Ok(if print {
            view! { <AgreementPrintPage record=record /> }.into_any()
        } else {
            view! { <AgreementPage record=record /> }.into_any()
        })
    }
);

split_point!(
    del3_part,
    fn del3_part(record: Record) -> Loaded {
        Ok(view! { <Del3Page record=record /> }.into_any())
    }
);

split_point!(
    round_part,
    fn round_part(record: Record, round: Uuid) -> Loaded {
        Ok(view! { <RoundPage record=record round=round /> }.into_any())
    }
);

split_point!(
    esg_part,
    fn esg_part(record: Record, print: bool) -> Loaded {
        Ok(view! { <EsgPage record=record print=print /> }.into_any())
    }
);

split_point!(
    almen_part,
    fn almen_part(record: Record, part: Part) -> Loaded {
        Ok(match part {
            Part::Questions => view! { <QuestionsPage record=record /> }.into_any(),
            Part::Dashboard => view! { <DashboardPage record=record /> }.into_any(),
            Part::DialoguePrint => view! { <DialoguePrintPage record=record /> }.into_any(),
            _ => view! { <PointsPage record=record /> }.into_any(),
        })
    }
);

#[component]
fn OverviewPage(record: Record) -> impl IntoView {
    let kind = record.dossier.with_untracked(|d| d.kind);
    let me = Signal::derive(move || record.local.with(|l| l.me));
    let me_options = kind.parties().into_iter().map(|p| (p, p.name(), None)).collect::<Vec<_>>();
    let parties = kind
        .parties()
        .into_iter()
        .map(|p| {
            view! {
                <fieldset class="party-card">
                    <legend class="h3">{t(p.name())}</legend>
                    <Sheet record=record at=At::party(p) nodes=sheets::del1::ABOUT prefix=p.key() />
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">{tr("Oversigt", "Overview")}</h1>
        <p class="font-lead">{t(kind.describe())}</p>
        <Sheet record=record at=At::JOINT nodes=sheets::overview::TITLE prefix="dossier" />
        <RadioGroup
            name="dossier-me"
            legend=Tr::new("Du er", "You are")
            options=me_options
            value=me
            on_change=Callback::new(move |p| record.local.update(|l| l.me = p))
        />
        <Exchange record=record />
        <h2>{tr("Parterne", "The parties")}</h2>
        <div class="party-grid">{parties}</div>
    }
}

/// When the dossier was last exported and imported, with export and "Fortryd import".
#[component]
fn Exchange(record: Record) -> impl IntoView {
    let app = use_app();
    let toasts = use_toasts();
    let id = record.id;
    let exported = move || match record.local.with(|l| l.exported.map(|e| e.0)) {
        Some(at) => browser::format_datetime(at, lang()),
        None => tr("Aldrig", "Never").to_string(),
    };
    let last_import = move || record.local.with(|l| l.last_import.clone());
    let undo = move |_| {
        leptos::task::spawn_local(async move {
            match app.undo_import(id).await {
                Ok(Undo::Done) => toasts.show(ToastKind::Info, UNDONE.pair(), None),
                Ok(Undo::Nothing) => {}
                Ok(Undo::Unavailable) => toasts.show(ToastKind::Error, CANNOT_UNDO.pair(), None),
                Err(NotLoaded) => toasts.show(ToastKind::Error, NotLoaded::reader_toast(), None),
            }
        });
    };
    view! {
        <section class="exchange" aria-labelledby="exchange-heading">
            <h2 id="exchange-heading">{tr("Udveksling med din partner", "Exchange with your partner")}</h2>
            <p>
                {tr(
                    "Eksportér dossieret som fil og send det til din partner; importér den fil, din partner sender tilbage. Filerne flettes afsnit for afsnit.",
                    "Export the dossier as a file and send it to your partner; import the file your partner sends back. The files are merged section by section.",
                )}
            </p>
            <dl class="file-facts">
                <dt>{tr("Senest eksporteret", "Last exported")}</dt>
                <dd data-testid="last-exported">{exported}</dd>
                <dt>{tr("Sidste import", "Last import")}</dt>
                <dd>
                    {move || match last_import() {
                        None => tr("Ingen", "None").to_string(),
                        Some(li) => {
                            let from = li.from.map(|p| format!(" ({})", t(p.name()))).unwrap_or_default();
                            format!("{} – {}{from}", browser::format_datetime(li.at, lang()), li.file)
                        }
                    }}
                </dd>
            </dl>
            <div class="button-row">
                <button class="button button-primary" on:click=crate::components::status::export_click(id)>
                    {tr("Eksportér som fil", "Export as a file")}
                </button>
                <a class="button button-secondary" href=Route::Import.href()>{tr("Importér fil", "Import a file")}</a>
                <Show when=move || last_import().is_some_and(|l| !l.created)>
                    <button class="button button-tertiary" on:click=undo>{tr("Fortryd import", "Undo import")}</button>
                </Show>
            </div>
        </section>
    }
}
