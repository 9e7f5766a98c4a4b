//! The ESG documentation (Del 3): the guide's table grouped by ESRS S3/S4, a trend chart per
//! indicator (the table is its text alternative), targets and comments, CSV for Danish Excel,
//! and a print view for the ESG report.

use crate::browser;
use crate::charts::{survey as survey_chart, Drawn};
use crate::components::alert::{Alert, AlertKind};
use crate::components::chart::ChartFigure;
use crate::components::sheet::Sheet;
use crate::components::table::ScrollBox;
use crate::domain::esg::{self, cell_text, target_text, Row};
use crate::domain::indicator::Esrs;
use crate::domain::number;
use crate::domain::{Lang, Tr};
use crate::i18n::{lang, t, tr};
use crate::routes::{Part, Route};
use crate::sheets::{del3, At};
use crate::state::Record;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn EsgPage(record: Record, print: bool) -> impl IntoView {
    let l = lang();
    let table = Memo::new(move |_| record.dossier.with(|d| esg::table(d, l)));
    // The charts are drawn from the figures and targets only: typing a comment or a KPI
    // definition on this page changes the table, not the charts (their options stay equal).
    let trends = Memo::new(move |_| {
        table.with(|t| {
            let cols: Vec<String> = t.columns.iter().map(|c| c.1.clone()).collect();
            t.rows
                .iter()
                .filter(|r| r.cells.iter().any(|c| c.value.is_some()))
                .map(|r| (r.indicator, survey_chart::trend_chart(r, &cols, l)))
                .collect::<Vec<_>>()
        })
    });
    // A measurement without answers has a column but no figures: nothing to draw yet.
    let has_figures = Memo::new(move |_| trends.with(|t| !t.is_empty()));
    let export = move |_| {
        let csv = esg::csv(&table.get_untracked(), l);
        let title = record.dossier.with_untracked(|d| d.display_title());
        let name = crate::domain::format::file_name(&format!("ESG {title}"), browser::now()).replace(".json", ".csv");
        let _ = browser::download(&name, &csv, "text/csv;charset=utf-8");
    };
    let id = record.id;
    let actions = if print {
        view! {
            <div class="no-print button-row">
                <button class="button button-primary" on:click=move |_| { let _ = window().print(); }>{tr("Udskriv eller gem som PDF", "Print or save as PDF")}</button>
                <a class="button button-secondary" href=Route::Dossier { id, part: Part::Esg }.href()>{tr("Tilbage", "Back")}</a>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="button-row">
                <button class="button button-primary" on:click=export>{tr("Eksportér tabellen som CSV (Excel)", "Export the table as CSV (Excel)")}</button>
                <a class="button button-secondary" href=Route::Dossier { id, part: Part::EsgPrint }.href()>{tr("Vis til udskrift", "Show for printing")}</a>
            </div>
        }
        .into_any()
    };
    // The print view's toolbar stands above the document, as on the printed agreement; on
    // screen the page's actions follow its heading and introduction, as on the other parts.
    let (top, below) = if print { (Some(actions), None) } else { (None, Some(actions)) };
    view! {
        <article class:print-document=print>
            {top}
            <h1 tabindex="-1">{tr("ESG-dokumentation", "ESG documentation")}</h1>
            {print.then(|| view! { <p class="font-lead">{record.dossier.with_untracked(|d| d.display_title())}</p> })}
            <Alert kind=AlertKind::Info heading=t(esg::LABEL)>
                <p class="alert-text">
                    {tr(
                        "Tabellen kan indgå i begge parters ESG-rapporter under S3 (berørte lokalsamfund) og S4 (forbrugere og slutbrugere). Tallene er andelen af beboerne, der svarer et af de to mest positive trin, med antal besvarelser og et 95 %-interval. Interessenternes inddragelse: det fælles årshjul og den årlige beboerundersøgelse.",
                        "The table can go into both parties' ESG reports under S3 (affected communities) and S4 (consumers and end-users). The figures are the share of residents answering one of the two most positive steps, with the number of responses and a 95 % interval. Stakeholder engagement: the joint annual wheel and the yearly resident survey.",
                    )}
                </p>
            </Alert>
            {below}
            {move || view! { <EsgTable table=table.get() /> }}
            <h2>{tr("Udvikling pr. indikator", "Development per indicator")}</h2>
            <Show
                when=move || has_figures.get()
                fallback=|| view! { <p class="empty-state">{tr("Når den første måling har svar, vises udviklingen her.", "Once the first measurement has answers, the development is shown here.")}</p> }
            >
                <div class="trend-grid">
                    <For each=move || trends.with(|ts| ts.iter().map(|t| t.0).collect::<Vec<_>>()) key=|id| *id let:id>
                        <TrendFigure trends=trends indicator=id />
                    </For>
                </div>
            </Show>
            {(!print).then(|| view! {
                <section class="worksheet-section" aria-labelledby="targets-heading">
                    <h2 id="targets-heading">{tr("Målsætninger, KPI-definitioner og kommentarer", "Targets, KPI definitions and comments")}</h2>
                    <Sheet record=record at=At::JOINT nodes=del3::TARGETS prefix="esg" />
                </section>
            })}
        </article>
    }
}

/// One indicator's chart; it stays on the page (and keeps its ECharts instance) while the
/// indicator has figures, and is redrawn only when its own figures or target change.
#[component]
fn TrendFigure(trends: Memo<Vec<(Uuid, Drawn)>>, indicator: Uuid) -> impl IntoView {
    let this = Memo::new(move |_| {
        trends.with(|ts| ts.iter().find(|(id, _)| *id == indicator).map(|(_, d)| d.clone()).unwrap_or_default())
    });
    view! { <ChartFigure id=format!("trend-{indicator}") drawn=this height=260 /> }
}

/// The guide's table: one group per ESRS standard.
#[component]
fn EsgTable(table: esg::Table) -> impl IntoView {
    let l = lang();
    let cols = table.columns.iter().map(|(_, label)| view! { <th scope="col">{label.clone()}</th> }).collect_view();
    let width = 4 + table.columns.len();
    let groups = [Esrs::S3, Esrs::S4]
        .into_iter()
        .filter_map(|e| {
            let rows: Vec<&Row> = table.rows.iter().filter(|r| r.esrs == e).collect();
            (!rows.is_empty()).then(|| {
                let body = rows.into_iter().map(|r| row(r, l)).collect_view();
                view! {
                    <tbody>
                        <tr class="group-row"><th colspan=width scope="rowgroup">{t(e.name())}</th></tr>
                        {body}
                    </tbody>
                }
            })
        })
        .collect_view();
    view! {
        <ScrollBox label=tr("Dokumentation af de sociale effekter", "Documentation of the social effects")>
            <table class="table esg-table">
                <caption>{tr("Dokumentation af de sociale effekter", "Documentation of the social effects")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("Indikator", "Indicator")}</th>
                        <th scope="col">{tr("Målsætning", "Target")}</th>
                        {cols}
                        <th scope="col">{tr("Kommentar", "Comment")}</th>
                        <th scope="col">{tr("KPI-definition", "KPI definition")}</th>
                    </tr>
                </thead>
                {groups}
            </table>
        </ScrollBox>
    }
}

fn row(r: &Row, l: Lang) -> impl IntoView {
    let cells = r
        .cells
        .iter()
        .map(|c| {
            let detail = c.tally.filter(|_| c.value.is_some()).map(|tally| {
                let ci = tally.wilson().map(|(a, b)| format!("{}–{} %", number::format(a, 0, l), number::format(b, 0, l))).unwrap_or_default();
                format!("n = {} · {ci}", tally.respondents)
            });
            let few = c.tally.is_some_and(|t| t.showable() && t.below_guide());
            view! {
                <td>
                    <span class="esg-figure">{cell_text(c, r.measure, l)}</span>
                    {detail.map(|d| view! { <span class="esg-detail">{d}</span> })}
                    {few.then(|| view! { <span class="esg-detail esg-warn">{tr("under 50 svar", "under 50 answers")}</span> })}
                    {c.wording_changed.then(|| view! { <span class="esg-detail esg-warn">{tr("ny ordlyd", "new wording")}</span> })}
                </td>
            }
        })
        .collect_view();
    let met = r.met.map(|m| {
        if m {
            Tr::new("Målet er nået", "Target met")
        } else {
            Tr::new("Målet er ikke nået", "Target not met")
        }
    });
    let trend = r.trend.map(|tr_| format!("{} {}", tr_.arrow(), tr_.name().get(l)));
    let change = r.change.map(|c| c.words(l));
    view! {
        <tr>
            <th scope="row">{r.name.clone()} {r.versus.clone().map(|v| view! { <span class="esg-detail">{format!("({v})")}</span> })}</th>
            <td>{target_text(r, l)}</td>
            {cells}
            <td>
                {trend.map(|x| view! { <span class="esg-trend">{x}</span> })}
                {met.map(|m| view! { <span class=if r.met == Some(true) { "badge badge-success" } else { "badge badge-warning" }>{t(m)}</span> })}
                {change.map(|x| view! { <span class="esg-detail">{x}</span> })}
                {(!r.comment.is_empty()).then(|| view! { <span class="pre-line esg-comment">{r.comment.clone()}</span> })}
            </td>
            <td>{r.kpi.clone()}</td>
        </tr>
    }
}
