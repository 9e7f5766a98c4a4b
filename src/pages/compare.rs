//! AlmenKompas across organisations: the municipality imports the styringsdialog files of
//! several housing organisations at once (with progress, and each failing file reported with
//! why, the rest carrying on) and compares them point by point — a table and a chart per point
//! (many organisations as grey lines with the median, one highlighted on request) — with the
//! whole comparison as CSV for Danish Excel.

use crate::browser;
use crate::charts::almen as almen_chart;
use crate::components::chart::ChartFigure;
use crate::components::table::ScrollBox;
use crate::domain::almenkompas::{self as ak, catalogue, comparison_csv, Organisation, POINTS};
use crate::domain::format::MAX_FILE_BYTES;
use crate::domain::import::{bulk, Bulk};
use crate::domain::text::lowercase;
use crate::domain::{number, Kind, Lang, Party, Tr};
use crate::i18n::{lang, tr};
use crate::routes::{Part, Route};
use crate::state::{use_app, AppState};
use leptos::prelude::*;
use uuid::Uuid;

/// One file's outcome in a many-file import.
#[derive(Clone, Debug, PartialEq)]
struct Outcome {
    file: String,
    ok: bool,
    text: String,
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let app = use_app();
    let l = lang();
    let records = Memo::new(move |_| {
        let mut v: Vec<_> =
            app.visible_records().into_iter().filter(|r| r.dossier.with(|d| d.kind == Kind::Dialogue)).collect();
        v.sort_by_key(|r| r.dossier.with(|d| lowercase(&Organisation::from_dossier(d).name)));
        v.into_iter().map(|r| r.id).collect::<Vec<_>>()
    });
    let orgs = Memo::new(move |_| {
        records
            .get()
            .into_iter()
            .filter_map(|id| app.record(id))
            .map(|r| (r.id, r.dossier.with(Organisation::from_dossier)))
            .collect::<Vec<_>>()
    });
    let progress = RwSignal::new(None::<(usize, usize)>);
    let outcomes = RwSignal::new(Vec::<Outcome>::new());
    let chosen = RwSignal::new("E1");
    let point = move || catalogue::point(chosen.get()).unwrap_or(&POINTS[0]);
    let table = Memo::new(move |_| {
        let p = point();
        orgs.with(|list| ak::compare(list.iter().map(|(_, o)| o), p, l))
    });
    let years = Memo::new(move |_| table.with(|t| t.years.clone()));
    let caption = move || {
        let p = point();
        format!("{} {} – {}", p.id, p.name.get(l), tr("pr. organisation og år", "per organisation and year"))
    };
    // Which organisation the chart of many shows on top of the others (by dossier, so the
    // choice survives new files); none at first.
    let highlight = RwSignal::new(None::<Uuid>);
    let many = move || orgs.with(Vec::len) > almen_chart::MANY;
    let chart = Memo::new(move |_| {
        let p = point();
        orgs.with(|list| {
            let unit = list.first().map(|(_, o)| o.almen.unit(p, l)).unwrap_or_else(|| p.unit.get(l).to_string());
            if list.len() > almen_chart::MANY {
                let names: Vec<String> = list.iter().map(|(_, o)| o.name.clone()).collect();
                let chosen = highlight.get().and_then(|h| list.iter().position(|(id, _)| *id == h));
                return table.with(|t| almen_chart::many_chart(p, &unit, &names, t, chosen, l));
            }
            let series: Vec<almen_chart::Series> = list
                .iter()
                .map(|(_, o)| (o.name.clone(), o.almen.point(p.id).map(ak::PointData::series).unwrap_or_default()))
                .collect();
            almen_chart::point_chart(p, &unit, &series, None, l)
        })
    });

    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(list) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        if files.is_empty() {
            return;
        }
        outcomes.set(Vec::new());
        let total = files.len();
        leptos::task::spawn_local(async move {
            for (i, file) in files.into_iter().enumerate() {
                progress.set(Some((i + 1, total)));
                browser::next_frame().await;
                let name = file.name();
                let result = if file.size() > MAX_FILE_BYTES as f64 {
                    Err(Tr::new("Filen er større end 5 MB.", "The file is larger than 5 MB.").get(l).to_string())
                } else {
                    match browser::read_file(&file).await {
                        Err(()) => {
                            Err(Tr::new("Filen kunne ikke læses.", "The file could not be read.").get(l).to_string())
                        }
                        Ok(bytes) => read_one(app, &bytes, &name, l),
                    }
                };
                let (ok, text) = match result {
                    Ok(t) => (true, t),
                    Err(t) => (false, t),
                };
                outcomes.update(|o| o.push(Outcome { file: name, ok, text }));
            }
            progress.set(None);
            browser::focus_later("compare-results".into());
        });
    };

    let export = move |_| {
        let list: Vec<Organisation> = orgs.get_untracked().into_iter().map(|(_, o)| o).collect();
        let name =
            crate::domain::format::file_name("AlmenKompas sammenligning", browser::now()).replace(".json", ".csv");
        let _ = browser::download(&name, &comparison_csv(&list), "text/csv;charset=utf-8");
    };

    view! {
        <h1 tabindex="-1">{tr("Sammenlign styringsdialoger", "Compare governance dialogues")}</h1>
        <p class="font-lead">
            {tr(
                "Kommunen kan se boligorganisationernes AlmenKompas-tal side om side: importér de filer, organisationerne sender, og vælg et målepunkt. Hver fil bliver (eller opdaterer) en styringsdialog i denne browser.",
                "The municipality can see the housing organisations' AlmenKompas figures side by side: import the files the organisations send and choose a point. Each file becomes (or updates) a governance dialogue in this browser.",
            )}
        </p>
        <section class="worksheet-section" aria-labelledby="compare-import">
            <h2 id="compare-import">{tr("Importér filer", "Import files")}</h2>
            // The same picker as the import's (a button in the page's language, not the browser's
            // "Choose Files"), and any extension, as there: a file may have been renamed.
            <div class="file-picker">
                <input type="file" id="compare-files" class="file-input" multiple on:change=import />
                <label for="compare-files" class="button button-secondary">
                    {tr("Vælg en eller flere filer fra boligorganisationerne …", "Choose one or more files from the housing organisations …")}
                </label>
            </div>
            <div role="status" aria-live="polite">
                {move || progress.get().map(|(i, n)| view! {
                    <p>{match l { Lang::Da => format!("Læser fil {i} af {n} …"), Lang::En => format!("Reading file {i} of {n} …") }}</p>
                    <progress max=n.to_string() value=i.to_string() aria-hidden="true"></progress>
                })}
            </div>
            <div id="compare-results" tabindex="-1">
                <Show when=move || !outcomes.with(Vec::is_empty) && progress.get().is_none()>
                    {move || {
                        let o = outcomes.get();
                        let good = o.iter().filter(|x| x.ok).count();
                        let bad = o.len() - good;
                        view! {
                            <p><strong>{match (l, bad) {
                                (Lang::Da, 0) => format!("{good} af {} filer er importeret.", o.len()),
                                (Lang::En, 0) => format!("{good} of {} files were imported.", o.len()),
                                (Lang::Da, _) => format!("{good} af {} filer er importeret. {bad} kunne ikke importeres.", o.len()),
                                (Lang::En, _) => format!("{good} of {} files were imported. {bad} could not be imported.", o.len()),
                            }}</strong></p>
                            <ul class="import-outcomes">
                                {o.into_iter().map(|x| view! {
                                    <li class:outcome-error=!x.ok>
                                        <strong>{x.file}</strong>": " {x.text}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }
                    }}
                </Show>
            </div>
        </section>
        <section class="worksheet-section" aria-labelledby="compare-points">
            <h2 id="compare-points">{tr("Målepunkterne side om side", "The points side by side")}</h2>
            // Drawn once the files are read, not after each one (100 files would redraw 100 times).
            <Show when=move || progress.get().is_none() fallback=|| view! { <p>{tr("Sammenligningen vises, når filerne er læst.", "The comparison is shown when the files have been read.")}</p> }>
            <Show when=move || !orgs.with(Vec::is_empty) fallback=|| view! { <p class="empty-state">{tr("Der er ingen styringsdialoger i denne browser endnu. Importér organisationernes filer ovenfor.", "There are no governance dialogues in this browser yet. Import the organisations' files above.")}</p> }>
                <p>{move || match l {
                    Lang::Da => format!("{} organisationer.", orgs.with(Vec::len)),
                    Lang::En => format!("{} organisations.", orgs.with(Vec::len)),
                }}</p>
                <div class="button-row">
                    <button type="button" class="button button-primary" on:click=export>{tr("Eksportér sammenligningen som CSV (Excel)", "Export the comparison as CSV (Excel)")}</button>
                </div>
                <div class="form-group">
                    <label class="form-label" for="compare-point">{tr("Målepunkt", "Point")}</label>
                    <select class="form-select" id="compare-point" on:change=move |ev| {
                        if let Some(p) = catalogue::point(&event_target_value(&ev)) { chosen.set(p.id) }
                    }>
                        {POINTS.iter().map(|p| view! { <option value=p.id selected=move || chosen.get() == p.id>{format!("{} {}", p.id, p.name.get(l))}</option> }).collect_view()}
                    </select>
                </div>
                // Rows and columns stay on the page: choosing another point changes the texts in
                // them (a table of 100 organisations rebuilt on every choice took most of its time).
                <ScrollBox label=Signal::derive(caption)>
                <table class="table table--compact compare-table">
                    <caption>{caption}</caption>
                    <thead><tr>
                        <th scope="col">{tr("Organisation", "Organisation")}</th>
                        <For each=move || years.get() key=|y| *y let:y>
                            <th scope="col" class="num">{y}</th>
                        </For>
                        <th scope="col">{tr("Enhed", "Unit")}</th>
                        <th scope="col">{tr("Mål", "Target")}</th>
                        <th scope="col">{tr("Status", "Status")}</th>
                    </tr></thead>
                    <tbody>
                        // Keyed by place, dossier and name: a row always shows row `i` of `table`.
                        <For each=move || orgs.with(|l| l.iter().enumerate().map(|(i, (id, o))| (i, *id, o.name.clone())).collect::<Vec<_>>()) key=|row| row.clone() let:row>
                            <CompareRow table=table years=years row=row />
                        </For>
                    </tbody>
                </table>
                </ScrollBox>
                // Many organisations: grey lines with the median, and one of them on top.
                <Show when=many>
                    <div class="form-group">
                        <label class="form-label" for="compare-highlight">{tr("Fremhæv en organisation i diagrammet", "Highlight an organisation in the chart")}</label>
                        <select class="form-select" id="compare-highlight" on:change=move |ev| {
                            highlight.set(Uuid::parse_str(&event_target_value(&ev)).ok())
                        }>
                            <option value="" selected=move || highlight.get().is_none()>{tr("Ingen – kun medianen", "None – the median only")}</option>
                            <For each=move || orgs.get() key=|(id, o)| (*id, o.name.clone()) let:org>
                                <option value=org.0.to_string() selected=move || highlight.get() == Some(org.0)>{org.1.name}</option>
                            </For>
                        </select>
                    </div>
                </Show>
                // One chart for every point: choosing another one draws into it again.
                <ChartFigure id="compare-chart" drawn=chart height=320 text_shown=true />
            </Show>
            </Show>
        </section>
    }
}

/// One organisation's row of the comparison: its cells follow the chosen point.
/// The row's own memo is what its cells read: 600 cells subscribed to the whole table made
/// every choice pay for unsubscribing them one by one (quadratic in Leptos' subscriber sets),
/// and a row whose figures are the same for the new point does not touch its cells at all.
#[component]
fn CompareRow(table: Memo<ak::Comparison>, years: Memo<Vec<i32>>, row: (usize, Uuid, String)) -> impl IntoView {
    let l = lang();
    let (i, id, name) = row;
    let data = Memo::new(move |_| table.with(|t| t.rows.get(i).cloned()));
    let line = move |f: fn(&ak::ComparisonRow, Lang) -> String| move || data.with(|r| r.as_ref().map(|r| f(r, l)));
    view! {
        <tr>
            <th scope="row"><a href=Route::Dossier { id, part: Part::Dashboard }.href()>{name}</a></th>
            <For each=move || years.get().into_iter().enumerate() key=|col| *col let:col>
                {
                    let value = move || data.with(|r| r.as_ref().and_then(|r| r.values.get(col.0).copied().flatten()));
                    view! {
                        <td class="num" class:missing=move || value().is_none()>
                            {move || value().map(|v| number::format(v, 2, l)).unwrap_or_else(|| tr("mangler", "missing").to_string())}
                        </td>
                    }
                }
            </For>
            <td>{line(|r, _| r.unit.clone())}</td>
            <td>{line(|r, l| r.target.map(|t| number::format(t, 2, l)).unwrap_or_else(|| "–".into()))}</td>
            <td>{line(|r, l| r.standing.name().get(l).to_string())}</td>
        </tr>
    }
}

/// Reads one file and takes it in; the outcome in words.
/// (Runs in a task, outside the component's owner: everything it needs is passed in.)
fn read_one(app: AppState, bytes: &[u8], name: &str, l: Lang) -> Result<String, String> {
    match bulk(bytes, l, |id| app.live_record(id).map(|r| r.dossier.get_untracked()))? {
        Bulk::New(doc) => {
            let org = Organisation::from_dossier(&doc.dossier).name;
            app.import_new(doc.dossier, Party::Municipality, doc.exported_by, name);
            Ok(match l {
                Lang::Da => format!("ny styringsdialog med {org}."),
                Lang::En => format!("new governance dialogue with {org}."),
            })
        }
        Bulk::Merged(d) => {
            let org = Organisation::from_dossier(&d).name;
            app.apply_import(*d, None, name);
            Ok(match l {
                Lang::Da => format!("styringsdialogen med {org} er opdateret."),
                Lang::En => format!("the governance dialogue with {org} was updated."),
            })
        }
        Bulk::Unchanged => Ok(Tr::new(
            "intet nyt – dossieret her har allerede alt i filen.",
            "nothing new – the dossier here already has everything in the file.",
        )
        .get(l)
        .to_string()),
    }
}
