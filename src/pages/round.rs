//! One survey round: its details and statements, the three ways to get answers in (typed paper
//! forms, counts, a CSV file from a survey tool), the results with n and intervals, and the
//! responses themselves.

use crate::browser;
use crate::charts::{option_json, survey as survey_chart};
use crate::components::alert::{Alert, AlertKind};
use crate::components::chart::Chart;
use crate::components::form::{described_by, FieldError};
use crate::components::sheet::Sheet;
use crate::components::table::ScrollBox;
use crate::components::toast::{removed_from, use_toasts, Origin, ToastKind};
use crate::domain::number;
use crate::domain::score::{Change, Tally, GUIDE_MIN, MIN_SHOWN};
use crate::domain::survey::{
    counted, max_at_once_text, ordered, parse_typed, read_count, responses_from_counts, too_many_counted, typed_answer,
    Answer, Response, Round, Source,
};
use crate::domain::survey_csv::{self, Table};
use crate::domain::{Lang, Tr};
use crate::i18n::{lang, t, tr};
use crate::pages::kiosk::KioskStart;
use crate::routes::{Part, Route};
use crate::sheets::{del3, At};
use crate::state::{use_app, Record};
use leptos::prelude::*;
use std::sync::Arc;
use uuid::Uuid;

fn round_of(record: Record, id: Uuid) -> Memo<Option<Round>> {
    Memo::new(move |_| record.dossier.with(|d| d.del3.round(id).cloned()))
}

#[component]
pub fn RoundPage(record: Record, round: Uuid) -> impl IntoView {
    let r = round_of(record, round);
    let exists = Memo::new(move |_| r.with(Option::is_some));
    let label = move || r.with(|r| r.as_ref().map(|r| r.label.clone()).unwrap_or_default());
    let locked = Memo::new(move |_| r.with(|r| r.as_ref().is_some_and(Round::wording_locked)));
    let at = At::JOINT.item(round);
    let back = Route::Dossier { id: record.id, part: Part::Del3 }.href();
    view! {
        <Show
            when=move || exists.get()
            fallback=move || view! {
                <h1 tabindex="-1">{tr("Målingen findes ikke", "The measurement does not exist")}</h1>
                <p><a href=back.clone()>{tr("Tilbage til Del 3", "Back to Part 3")}</a></p>
            }
        >
            <p class="back-row"><a class="back-link" href=Route::Dossier { id: record.id, part: Part::Del3 }.href()>{tr("Del 3: Evaluering & effektmåling", "Part 3: Evaluation & impact")}</a></p>
            <h1 tabindex="-1">{tr("Måling:", "Measurement:")} " " {label}</h1>
            <section class="worksheet-section" aria-labelledby="about-round">
                <h2 id="about-round">{tr("Om målingen", "About the measurement")}</h2>
                <Sheet record=record at=at nodes=del3::ROUND prefix="round" />
            </section>
            <section class="worksheet-section" aria-labelledby="stmt-heading">
                <h2 id="stmt-heading">{tr("Udsagn", "Statements")}</h2>
                <Show
                    when=move || locked.get()
                    fallback=move || view! {
                        <p>{tr("Skriv udsagn til jeres sted – ét eller flere pr. indikator. Guidens eksempler er sat ind som forslag.", "Write statements for your place – one or more per indicator. The guide's examples are filled in as suggestions.")}</p>
                        <Sheet record=record at=at nodes=del3::STATEMENTS prefix="round" />
                    }
                >
                    <Alert kind=AlertKind::Info heading=tr("Ordlyden er låst", "The wording is locked")>
                        <p class="alert-text">{tr("Runden har svar, og svarene hører til netop denne ordlyd. Opret en ny måling for at ændre udsagnene.", "The round has answers, and they belong to exactly this wording. Create a new measurement to change the statements.")}</p>
                    </Alert>
                    <Sheet record=record at=at nodes=del3::STATEMENTS prefix="round" readonly=true />
                </Show>
            </section>
            <section class="worksheet-section" aria-labelledby="entry-heading">
                <h2 id="entry-heading">{tr("Indtast svar", "Enter answers")}</h2>
                <Entry record=record round=round />
            </section>
            <section class="worksheet-section" aria-labelledby="kiosk-heading-start">
                <h2 id="kiosk-heading-start">{tr("Kiosk i fælleshuset", "Kiosk in the community house")}</h2>
                <KioskStart record=record round=round />
            </section>
            <section class="worksheet-section" aria-labelledby="results-heading">
                <h2 id="results-heading">{tr("Resultater", "Results")}</h2>
                <Results record=record round=round />
            </section>
            <section class="worksheet-section" aria-labelledby="responses-heading">
                <h2 id="responses-heading">{tr("Besvarelser", "Responses")}</h2>
                <Responses record=record round=round />
            </section>
            <section class="worksheet-section" aria-labelledby="counts-heading">
                <h2 id="counts-heading">{tr("Optalte indikatorer", "Counted indicators")}</h2>
                <Sheet record=record at=at nodes=del3::COUNTS prefix="round" />
            </section>
        </Show>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Paper,
    Counts,
    Csv,
}

/// The three ways to enter answers, as tabs.
#[component]
fn Entry(record: Record, round: Uuid) -> impl IntoView {
    let mode = RwSignal::new(Mode::Paper);
    let r = round_of(record, round);
    let n = Memo::new(move |_| r.with(|r| r.as_ref().map_or(0, |r| r.statements.len())));
    let tab = move |m: Mode, label: &'static str| {
        view! {
            <button
                role="tab"
                class="tab-button"
                aria-selected=move || (mode.get() == m).to_string()
                on:click=move |_| mode.set(m)
            >
                {label}
            </button>
        }
    };
    view! {
        <Show
            when=move || n.get() != 0
            fallback=|| view! { <p>{tr("Tilføj udsagn, før der kan indtastes svar.", "Add statements before answers can be entered.")}</p> }
        >
            <div class="tab-container">
            <div class="tab-list" role="tablist" aria-label=tr("Måder at indtaste svar på", "Ways to enter answers")>
                {tab(Mode::Paper, tr("Papirskemaer", "Paper forms"))}
                {tab(Mode::Counts, tr("Optalte svar", "Counted answers"))}
                {tab(Mode::Csv, tr("CSV-fil fra et spørgeskemaværktøj", "CSV file from a survey tool"))}
            </div>
            <div class="tab-panel" role="tabpanel">
                // Made anew when a statement is added or removed above: the counts' table and
                // the CSV file's columns have a row per statement.
                {move || {
                    n.track();
                    match mode.get() {
                        Mode::Paper => view! { <PaperEntry record=record round=round /> }.into_any(),
                        Mode::Counts => view! { <CountsEntry record=record round=round /> }.into_any(),
                        Mode::Csv => view! { <CsvEntry record=record round=round /> }.into_any(),
                    }
                }}
            </div>
            </div>
        </Show>
    }
}

fn add(record: Record, round: Uuid, answers: Vec<Vec<u8>>, source: Source) -> usize {
    let app = use_app();
    let today = browser::today();
    let mut added = 0;
    app.change(record.id, |d| {
        if let Some(r) = d.del3.round_mut(round) {
            added = r.add_responses(answers.into_iter().map(|a| Response {
                id: browser::response_id(),
                answers: a,
                source,
                date: Some(today),
            }));
        }
    });
    added
}

/// Typing in paper forms one respondent at a time: one key per statement, Enter saves.
#[component]
fn PaperEntry(record: Record, round: Uuid) -> impl IntoView {
    let r = round_of(record, round);
    let text = RwSignal::new(String::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let l = lang();
    let count = move || r.with(|r| r.as_ref().map_or(0, |r| r.statements.len()));
    // The round's number of responses, and what it was when the last form was saved: «Runden har
    // nu 3 besvarelser» goes once that is no longer true (a response deleted below, say).
    let responses = Memo::new(move |_| r.with(|r| r.as_ref().map_or(0, |r| r.responses.len())));
    let saved_at = RwSignal::new(0);
    // Each typed character read on its own: the answers typed so far show even while one of
    // them is wrong, and the wrong one shows as «?».
    let preview = move || {
        let typed = text.get();
        let mut chars = typed.chars();
        r.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.statements
                        .iter()
                        .enumerate()
                        .map(|(i, s)| {
                            let shown = chars.next().map(|c| typed_answer(c).map_or("?", |a| a.name().get(l)));
                            view! { <li><span class="stmt-text">{format!("{}. {}", i + 1, s.text(l))}</span> <strong>{shown}</strong></li> }
                        })
                        .collect_view()
                })
                .unwrap_or_default()
        })
    };
    // What is wrong with the form as typed, shown at the field.
    let error = move || message.get().filter(|m| !m.0).map(|m| m.1);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_typed(&text.get_untracked(), count()) {
            Err(e) => message.set(Some((false, e.message(l)))),
            Ok(codes) if codes.iter().all(|c| *c == b'-') => {
                message.set(Some((false, tr("Skemaet er tomt.", "The form is empty.").into())))
            }
            Ok(codes) => {
                add(record, round, vec![codes], Source::Paper);
                let total = responses.get_untracked();
                saved_at.set(total);
                message.set(Some((
                    true,
                    match l {
                        Lang::Da => format!("Skemaet er gemt. Runden har nu {}.", responses_word(total, l)),
                        Lang::En => format!("The form was saved. The round now has {}.", responses_word(total, l)),
                    },
                )));
                text.set(String::new());
            }
        }
        // Submitted with the button: back in the field, to correct it or type the next form.
        browser::focus_later("paper-entry".into());
    };
    view! {
        <form class="paper-entry" on:submit=save>
            <div class="form-group" class:form-error=move || error().is_some()>
                <label class="form-label" for="paper-entry">{tr("Svar fra ét papirskema", "Answers from one paper form")}</label>
                <span class="form-hint" id="paper-entry-hint">
                    {tr(
                        "Ét tegn pr. udsagn: 1 = Helt enig, 2 = Delvist enig, 3 = Hverken enig eller uenig, 4 = Delvist uenig, 5 = Helt uenig, 0 = Ved ikke, - = ikke besvaret. Tryk Enter for at gemme og tage næste skema.",
                        "One character per statement: 1 = Strongly agree, 2 = Partly agree, 3 = Neither, 4 = Partly disagree, 5 = Strongly disagree, 0 = Don't know, - = not answered. Press Enter to save and take the next form.",
                    )}
                </span>
                <FieldError id="paper-entry-error" message=Signal::derive(error) />
                <input
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    class="form-input input-char-16 paper-input"
                    id="paper-entry"
                    aria-describedby=move || described_by(Some("paper-entry-hint"), error().map(|_| "paper-entry-error"))
                    aria-invalid=move || error().is_some().then_some("true")
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        message.set(None);
                    }
                />
            </div>
            <ol class="nobullet-list typed-preview" aria-label=tr("Sådan læses skemaet", "How the form reads")>{preview}</ol>
            <button type="submit" class="button button-primary">{tr("Gem skemaet", "Save the form")}</button>
            <div role="status" aria-live="polite" class="entry-message">
                {move || message.get().filter(|m| m.0 && responses.get() == saved_at.get()).map(|m| view! { <p class="entry-ok">{m.1}</p> })}
            </div>
        </form>
    }
}

/// Entering how many answered each step of each statement, when only totals are known. A cell
/// is read as numbers are written in the user's language; one that is not a whole number from 0
/// to `survey::MAX_AT_ONCE` is marked and named below the table, and nothing is added while one
/// is.
#[component]
fn CountsEntry(record: Record, round: Uuid) -> impl IntoView {
    let r = round_of(record, round);
    let n = r.with_untracked(|r| r.as_ref().map_or(0, |r| r.statements.len()));
    // What each cell holds as typed: empty is 0.
    let texts = RwSignal::new(vec![<[String; 7]>::default(); n]);
    let message = RwSignal::new(None::<(bool, String)>);
    let l = lang();
    let label =
        move |i: usize, k: usize| format!("{} {}: {}", tr("Udsagn", "Statement"), i + 1, Answer::ALL[k].name().get(l));
    let counts = Memo::new(move |_| {
        texts.with(|t| {
            t.iter()
                .map(|row| std::array::from_fn(|k| read_count(&row[k], l).unwrap_or(0)))
                .collect::<Vec<[usize; 7]>>()
        })
    });
    // The cells that are not a count, in the table's order.
    let bad = Memo::new(move |_| {
        texts.with(|t| {
            t.iter()
                .enumerate()
                .flat_map(|(i, row)| row.iter().enumerate().map(move |(k, text)| (i, k, text)))
                .filter(|(_, _, text)| read_count(text, l).is_none())
                .map(|(i, k, text)| (i, k, text.trim().to_string()))
                .collect::<Vec<_>>()
        })
    });
    let is_bad = move |i: usize, k: usize| bad.with(|b| b.iter().any(|(bi, bk, _)| (*bi, *bk) == (i, k)));
    let heads = Answer::ALL.iter().map(|a| view! { <th scope="col">{t(a.name())}</th> }).collect_view();
    let rows = (0..n)
        .map(|i| {
            let cells = (0..7)
                .map(|k| {
                    let id = format!("count-{i}-{k}");
                    let err_id = format!("{id}-error");
                    view! {
                        <td>
                            <input
                                type="text"
                                inputmode="numeric"
                                autocomplete="off"
                                class="form-input count-input"
                                id=id
                                aria-label=label(i, k)
                                aria-invalid=move || is_bad(i, k).then_some("true")
                                aria-describedby=move || is_bad(i, k).then(|| err_id.clone())
                                prop:value=move || texts.with(|t| t.get(i).map(|row| row[k].clone()).unwrap_or_default())
                                on:input=move |ev| {
                                    let text = event_target_value(&ev);
                                    texts.update(|t| if let Some(row) = t.get_mut(i) { row[k] = text });
                                    message.set(None);
                                }
                            />
                        </td>
                    }
                })
                .collect_view();
            let text = r.with_untracked(|r| {
                r.as_ref().and_then(|r| r.statements.get(i)).map(|s| s.text(l).to_string()).unwrap_or_default()
            });
            view! { <tr><th scope="row">{format!("{}. {text}", i + 1)}</th>{cells}</tr> }
        })
        .collect_view();
    let total = move || counted(&counts.get());
    let save = move |_| {
        if !bad.with(Vec::is_empty) {
            message.set(Some((
                false,
                tr(
                    "Ret de markerede antal først. Intet er tilføjet.",
                    "Correct the marked numbers first. Nothing was added.",
                )
                .into(),
            )));
            return;
        }
        let c = counts.get_untracked();
        if let Some((statement, sum)) = too_many_counted(&c) {
            let max = max_at_once_text(l);
            message.set(Some((
                false,
                match l {
                    Lang::Da => format!("Udsagn {statement} har {sum} svar i alt. Der kan højst tilføjes {max} besvarelser ad gangen. Intet er tilføjet."),
                    Lang::En => format!("Statement {statement} has {sum} answers in all. At most {max} responses can be added at a time. Nothing was added."),
                },
            )));
            return;
        }
        if counted(&c) == 0 {
            message.set(Some((false, tr("Skriv mindst ét antal.", "Enter at least one number.").into())));
            return;
        }
        let mut ids = browser::response_id;
        let rs = responses_from_counts(&c, &mut ids, Some(browser::today()));
        let added = add(record, round, rs.into_iter().map(|r| r.answers).collect(), Source::Counts);
        texts.set(vec![<[String; 7]>::default(); c.len()]);
        message.set(Some((
            true,
            match l {
                Lang::Da => format!("{added} besvarelser er tilføjet ud fra optællingen."),
                Lang::En => format!("{added} responses were added from the counts."),
            },
        )));
    };
    // Each cell that is not a count, named by its label (a list only while there is one).
    let errors = move || {
        let items = bad
            .get()
            .into_iter()
            .map(|(i, k, text)| {
                let m = match l {
                    Lang::Da => {
                        format!("{}: «{text}» er ikke et helt antal fra 0 til {}.", label(i, k), max_at_once_text(l))
                    }
                    Lang::En => {
                        format!("{}: “{text}” is not a whole number from 0 to {}.", label(i, k), max_at_once_text(l))
                    }
                };
                view! { <li><FieldError id=format!("count-{i}-{k}-error") message=Signal::stored(Some(m)) /></li> }
            })
            .collect_view();
        (!bad.with(Vec::is_empty)).then(|| view! { <ul class="nobullet-list count-errors">{items}</ul> })
    };
    view! {
        <p>{tr("Når kun optællingen kendes: skriv for hvert udsagn, hvor mange der svarede hvert trin. Appen laver anonyme besvarelser med præcis de tal.", "When only the totals are known: for each statement, enter how many gave each answer. The app makes anonymous responses with exactly those numbers.")}</p>
        <div class="table-scroll">
            <table class="table table--compact counts-table">
                <thead><tr><th scope="col">{tr("Udsagn", "Statement")}</th>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {errors}
        <button class="button button-primary" on:click=save>
            {move || match l {
                Lang::Da => format!("Tilføj {} besvarelser", total()),
                Lang::En => format!("Add {} responses", total()),
            }}
        </button>
        <div role="status" aria-live="polite" class="entry-message">
            {move || message.get().map(|m| view! { <p class:entry-ok=m.0 class:form-error-message=!m.0>{m.1}</p> })}
        </div>
    }
}

/// Importing a survey tool's CSV export through a mapping step that shows how every column and
/// answer label will be read, and refuses what it cannot read with its line and column.
#[component]
fn CsvEntry(record: Record, round: Uuid) -> impl IntoView {
    let r = round_of(record, round);
    let table = RwSignal::new(None::<Table>);
    let mapping = RwSignal::new(Vec::<Option<usize>>::new());
    let reversed = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let cell_errors = RwSignal::new(Vec::<String>::new());
    // Why the columns as chosen cannot be imported (none chosen, or one chosen twice).
    let mapping_error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let l = lang();
    let statements = move || {
        r.with(|r| {
            r.as_ref()
                .map(|r| r.statements.iter().map(|s| s.text(l).to_string()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let pick = move |ev: leptos::ev::Event| {
        let Some(file) = crate::import_flow::file_from_input(&ev) else { return };
        done.set(None);
        cell_errors.set(Vec::new());
        leptos::task::spawn_local(async move {
            // A file over the limit is refused before it is read into memory.
            let result = match survey_csv::too_large(file.size()) {
                Err(e) => Err(e),
                Ok(()) => browser::read_file(&file)
                    .await
                    .map_err(|_| survey_csv::CsvError::NotText)
                    .and_then(|b| survey_csv::read(&b)),
            };
            match result {
                Ok(t) => {
                    mapping.set(survey_csv::suggest(&t, &statements()));
                    problem.set(None);
                    table.set(Some(t));
                }
                Err(e) => {
                    table.set(None);
                    problem.set(Some(e.message(l)));
                }
            }
        });
    };
    let import = move |_| {
        let Some(t) = table.get_untracked() else { return };
        if let Err(e) = survey_csv::check_mapping(&t, &mapping.get_untracked()) {
            mapping_error.set(Some(e.message(l)));
            cell_errors.set(Vec::new());
            return;
        }
        mapping_error.set(None);
        match survey_csv::answers(&t, &mapping.get_untracked(), reversed.get_untracked()) {
            Err(errors) => {
                let mut lines: Vec<String> = errors.iter().take(20).map(|e| e.message(l)).collect();
                if errors.len() > 20 {
                    lines.push(match l {
                        Lang::Da => format!("… og {} mere.", errors.len() - 20),
                        Lang::En => format!("… and {} more.", errors.len() - 20),
                    });
                }
                cell_errors.set(lines);
            }
            Ok(rows) => {
                let added = add(record, round, rows, Source::Csv);
                table.set(None);
                cell_errors.set(Vec::new());
                done.set(Some(match l {
                    Lang::Da => format!("{added} besvarelser er importeret fra filen."),
                    Lang::En => format!("{added} responses were imported from the file."),
                }));
            }
        }
    };
    view! {
        <p>{tr("Én række pr. beboer, én kolonne pr. udsagn; komma eller semikolon; svar som tekst («Helt enig», «Strongly agree») eller koder 1–5.", "One row per resident, one column per statement; comma or semicolon; answers as text (“Helt enig”, “Strongly agree”) or codes 1–5.")}</p>
        <div class="file-picker">
            <input type="file" id="csv-file" class="file-input" on:change=pick />
            <label for="csv-file" class="button button-secondary">{tr("Vælg CSV-fil …", "Choose a CSV file …")}</label>
        </div>
        {move || problem.get().map(|p| view! { <Alert kind=AlertKind::Error heading=tr("Filen kunne ikke læses", "The file could not be read")><p class="alert-text">{p}</p></Alert> })}
        {move || done.get().map(|m| view! { <Alert kind=AlertKind::Success heading=tr("Importeret", "Imported")><p class="alert-text">{m}</p></Alert> })}
        {move || table.get().map(|t| {
            let rows = t.rows.len();
            let headers = t.headers.clone();
            let mappings = statements()
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let id = format!("csv-map-{i}");
                    let options = headers.iter().enumerate().map(|(c, h)| {
                        view! { <option value=c.to_string() selected=move || mapping.with(|m| m.get(i).copied().flatten() == Some(c))>{h.clone()}</option> }
                    }).collect_view();
                    let table_for_readings = t.clone();
                    // The earlier statement that reads the same column, said beside this one.
                    let shared = move || mapping.with(|m| survey_csv::shared_with(m).get(i).copied().flatten());
                    let err_id = format!("{id}-error");
                    let shared_text = move || {
                        shared().map(|j| match l {
                            Lang::Da => format!("Kolonnen er også valgt til udsagn {}.", j + 1),
                            Lang::En => format!("The column is also chosen for statement {}.", j + 1),
                        })
                    };
                    view! {
                        <div class="csv-map" class:csv-map-error=move || shared().is_some()>
                            <label class="form-label" for=id.clone()>{format!("{} {}: {s}", tr("Udsagn", "Statement"), i + 1)}</label>
                            <FieldError id=err_id.clone() message=Signal::derive(shared_text) />
                            <select
                                class="form-select"
                                id=id
                                aria-invalid=move || shared().is_some().then_some("true")
                                aria-describedby=move || shared().is_some().then(|| err_id.clone())
                                on:change=move |ev| {
                                    let v = event_target_value(&ev).parse::<usize>().ok();
                                    mapping.update(|m| if let Some(x) = m.get_mut(i) { *x = v });
                                    mapping_error.set(None);
                                }
                            >
                                <option value="" selected=move || mapping.with(|m| m.get(i).copied().flatten().is_none())>{tr("(ingen kolonne)", "(no column)")}</option>
                                {options}
                            </select>
                            {move || mapping.with(|m| m.get(i).copied().flatten()).map(|c| {
                                let readings = survey_csv::readings(&table_for_readings, c, reversed.get());
                                let items = readings.into_iter().map(|x| {
                                    let shown = x.answer.map(|a| a.name().get(l).to_string()).unwrap_or_else(|| tr("kan ikke læses", "cannot be read").to_string());
                                    let value = if x.value.is_empty() { tr("(tom)", "(empty)").to_string() } else { x.value.clone() };
                                    view! { <li class:unreadable=x.answer.is_none()>{format!("«{value}» → {shown} ({})", x.count)}</li> }
                                }).collect_view();
                                view! { <ul class="readings">{items}</ul> }
                            })}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h3>{tr("Sådan læses filen", "How the file is read")}</h3>
                <p>{match l {
                    Lang::Da => format!("Filen har {rows} besvarelser og {} kolonner. Vælg, hvilken kolonne der svarer på hvert udsagn.", headers.len()),
                    Lang::En => format!("The file has {rows} responses and {} columns. Choose which column answers each statement.", headers.len()),
                }}</p>
                {(t.encoding == survey_csv::Encoding::Windows1252).then(|| view! {
                    <Alert kind=AlertKind::Info heading=tr("Læst som Windows-1252", "Read as Windows-1252")>
                        <p class="alert-text">{tr(
                            "Filen er ikke gemt som UTF-8. Den er læst som Windows-1252, som Excel bruger til «CSV (semikolonsepareret)». Tjek, at æ, ø og å ser rigtige ud herunder.",
                            "The file is not saved as UTF-8. It was read as Windows-1252, which Excel uses for “CSV (comma delimited)”. Check that æ, ø and å look right below.",
                        )}</p>
                    </Alert>
                })}
                {mappings}
                <div class="form-group-checkbox">
                    <input type="checkbox" class="form-checkbox" id="csv-reversed" prop:checked=move || reversed.get() on:change=move |ev| reversed.set(event_target_checked(&ev)) />
                    <label class="form-label" for="csv-reversed">{tr("Talkoderne går den anden vej (5 = Helt enig)", "The codes run the other way (5 = Strongly agree)")}</label>
                </div>
                {move || mapping_error.get().map(|m| view! {
                    <Alert kind=AlertKind::Error heading=tr("Vælg kolonnerne – intet er importeret", "Choose the columns – nothing was imported")>
                        <p class="alert-text">{m}</p>
                    </Alert>
                })}
                <Show when=move || !cell_errors.with(Vec::is_empty)>
                    <Alert kind=AlertKind::Error heading=tr("Nogle celler kan ikke læses – intet er importeret", "Some cells cannot be read – nothing was imported")>
                        <ul class="alert-text">{move || cell_errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                    </Alert>
                </Show>
                <button class="button button-primary" on:click=import>
                    {match l {
                        Lang::Da => format!("Importér {rows} besvarelser"),
                        Lang::En => format!("Import {rows} responses"),
                    }}
                </button>
            }
        })}
    }
}

/// Scores per indicator and per statement, with n, intervals and plain warnings; the answer
/// distribution as a chart with this table as its text alternative.
#[component]
fn Results(record: Record, round: Uuid) -> impl IntoView {
    let l = lang();
    let data = Memo::new(move |_| {
        record.dossier.with(|d| {
            let rounds = ordered(&d.del3.rounds);
            let pos = rounds.iter().position(|r| r.id == round)?;
            let r = rounds[pos];
            let previous = pos.checked_sub(1).map(|p| rounds[p]);
            // One pass over each round's responses (a round can hold many thousands).
            let scores = r.scores();
            let before = previous.map(Round::scores);
            let indicators: Vec<(String, Tally, Option<Change>, bool)> = d
                .del2
                .indicators()
                .filter(|i| r.statements.iter().any(|s| s.indicator == i.id))
                .map(|i| {
                    let t = scores.indicator(i.id);
                    let prev = before.as_ref().map(|p| p.indicator(i.id)).filter(|p| p.showable());
                    let change = prev.filter(|_| t.showable()).and_then(|p| Change::between(&p, &t));
                    let reworded =
                        previous.is_some_and(|p| !p.wording(i.id).is_empty() && p.wording(i.id) != r.wording(i.id));
                    (i.display_name(l), t, change, reworded)
                })
                .collect();
            Some((r.statements.clone(), scores, indicators, previous.map(|p| p.label.clone())))
        })
    });
    // The chart stays on the page while the round has answers: a new answer is drawn into it.
    let option = Memo::new(move |_| {
        data.with(|d| {
            let (_, scores, ..) = d.as_ref().filter(|d| d.1.responses > 0)?;
            Some(option_json(&survey_chart::distribution(scores, l), &survey_chart::describe_distribution(scores, l)))
        })
    });
    let statements_count = Memo::new(move |_| data.with(|d| d.as_ref().map_or(0, |d| d.0.len())));
    let indicator_table = move || {
        let Some((_, scores, indicators, prev_label)) = data.get() else { return ().into_any() };
        if scores.responses == 0 {
            return view! { <p class="empty-state">{tr("Ingen svar endnu.", "No answers yet.")}</p> }.into_any();
        }
        let ind_rows = indicators
            .into_iter()
            .map(|(name, t, change, reworded)| {
                let (share, ci) = if t.showable() {
                    (
                        t.percent().map(|p| number::percent(p, l)).unwrap_or_default(),
                        t.wilson()
                            .map(|(a, b)| format!("{}–{}", number::percent(a, l), number::percent(b, l)))
                            .unwrap_or_default(),
                    )
                } else {
                    (tr("vises ikke", "not shown").to_string(), String::new())
                };
                let mut notes: Vec<String> = Vec::new();
                if t.respondents < MIN_SHOWN {
                    notes.push(match l {
                        Lang::Da => format!("Færre end {MIN_SHOWN} svar: andelen vises ikke, så ingen kan genkendes."),
                        Lang::En => format!(
                            "Fewer than {MIN_SHOWN} answers: the share is not shown, so no one can be identified."
                        ),
                    });
                } else if t.respondents < GUIDE_MIN {
                    notes.push(match l {
                        Lang::Da => format!(
                            "Kun {} beboere har svaret; guiden beder om 50–100 for en god måling.",
                            t.respondents
                        ),
                        Lang::En => format!(
                            "Only {} residents answered; the guide asks for 50–100 for a good measurement.",
                            t.respondents
                        ),
                    });
                }
                if let (Some(c), Some(p)) = (change, prev_label.as_ref()) {
                    notes.push(format!("{} {p}: {}", tr("Siden", "Since"), c.words(l)));
                }
                if reworded {
                    notes.push(
                        tr(
                            "Ordlyden er ændret siden forrige måling: sammenlign med forsigtighed.",
                            "The wording changed since the previous measurement: compare with care.",
                        )
                        .into(),
                    );
                }
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td>{t.respondents}</td>
                        <td>{share}</td>
                        <td class="interval">{ci}</td>
                        <td>{notes.into_iter().map(|n| view! { <p class="result-note">{n}</p> }).collect_view()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <ScrollBox label=tr("Andel enige pr. indikator", "Share agreeing per indicator")>
            <table class="table results-table">
                <caption>{tr("Andel enige (de to mest positive trin) pr. indikator, med 95 %-interval", "Share agreeing (the two most positive steps) per indicator, with 95 % interval")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("Indikator", "Indicator")}</th>
                        <th scope="col">{tr("Beboere (n)", "Residents (n)")}</th>
                        <th scope="col">{tr("Andel enige", "Share agreeing")}</th>
                        <th scope="col">{tr("95 %-interval", "95 % interval")}</th>
                        <th scope="col">{tr("Bemærkninger", "Notes")}</th>
                    </tr>
                </thead>
                <tbody>{ind_rows}</tbody>
            </table>
            </ScrollBox>
        }
        .into_any()
    };
    let distribution_table = move || {
        let Some((statements, scores, ..)) = data.get().filter(|d| d.1.responses > 0) else { return ().into_any() };
        let heads = Answer::ALL.iter().map(|a| view! { <th scope="col">{t(a.name())}</th> }).collect_view();
        let stmt_rows = statements
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let d = scores.distribution(i);
                let tally = scores.statement(i);
                let share = if tally.showable() { tally.percent().map(|p| number::percent(p, l)).unwrap_or_default() } else { "–".into() };
                let cells = d.iter().map(|n| view! { <td>{*n}</td> }).collect_view();
                view! { <tr><th scope="row">{format!("{}. {}", i + 1, s.text(l))}</th>{cells}<td>{tally.n}</td><td>{share}</td></tr> }
            })
            .collect_view();
        view! {
            <ScrollBox label=tr("Antal svar pr. trin", "Answers per step")>
                <table class="table table--compact distribution-table">
                    <caption>{tr("Antal svar pr. trin (tabellen bag diagrammet)", "Answers per step (the table behind the chart)")}</caption>
                    <thead><tr><th scope="col">{tr("Udsagn", "Statement")}</th>{heads}<th scope="col">"n"</th><th scope="col">{tr("Andel enige", "Share agreeing")}</th></tr></thead>
                    <tbody>{stmt_rows}</tbody>
                </table>
            </ScrollBox>
        }
        .into_any()
    };
    view! {
        {indicator_table}
        <Show when=move || option.with(Option::is_some)>
            <h3>{tr("Svarfordeling pr. udsagn", "Answers per statement")}</h3>
            // Built again only if the number of statements (the chart's height) changes.
            {move || {
                let height = 120 + 56 * statements_count.get() as u32;
                view! {
                    <Chart id=format!("dist-{round}") option=Signal::derive(move || option.get().unwrap_or_default()) label=tr("Svarfordeling pr. udsagn", "Answers per statement").to_string() height=height />
                }
            }}
        </Show>
        {distribution_table}
    }
}

/// The round's responses by source, the latest ones, and deleting mistakes (with an undo).
#[component]
fn Responses(record: Record, round: Uuid) -> impl IntoView {
    let r = round_of(record, round);
    let confirm = RwSignal::new(None::<usize>);
    let l = lang();
    let sources = [Source::Paper, Source::Counts, Source::Csv, Source::Kiosk];
    let delete = deletion(record, round);
    move || {
        let Some(r) = r.get() else { return ().into_any() };
        let by_source = sources
            .iter()
            .enumerate()
            .filter_map(|(k, s)| {
                let n = r.responses.iter().filter(|x| x.source == *s).count();
                (n > 0).then(|| {
                    let s = *s;
                    let delete = move |_| {
                        if confirm.get_untracked() == Some(k) {
                            let text = (
                                format!("«{}»: {n} svar", s.name().get(Lang::Da)),
                                format!("“{}”: {}", s.name().get(Lang::En), responses_word(n, Lang::En)),
                            );
                            delete.run((Pick::Source(s), text));
                            confirm.set(None);
                        } else {
                            confirm.set(Some(k));
                        }
                    };
                    view! {
                        <li>
                            {format!("{}: {n}", s.name().get(l))} " "
                            <button class="button button-tertiary button-small" id=el_id(round, &format!("del-{}", s.code())) on:click=delete>
                                {move || if confirm.get() == Some(k) {
                                    match l { Lang::Da => format!("Bekræft: slet {n} svar"), Lang::En => format!("Confirm: delete {}", responses_word(n, l)) }
                                } else {
                                    s.delete_all().get(l).to_string()
                                }}
                            </button>
                        </li>
                    }
                })
            })
            .collect_view();
        let latest = r
            .responses
            .iter()
            .rev()
            .take(LATEST)
            .enumerate()
            .map(|(p, x)| {
                let label = |l: Lang| response_label(x, l);
                let text = (format!("«{}»", label(Lang::Da)), format!("“{}”", label(Lang::En)));
                let id = x.id.clone();
                let remove = move |_| delete.run((Pick::One(id.clone()), text.clone()));
                view! {
                    <li>
                        <code>{label(l)}</code> " "
                        <button class="button button-tertiary button-small" id=el_id(round, &format!("latest-{p}")) on:click=remove>
                            {tr("Slet", "Delete")} <span class="sr-only">" " {label(l)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        let total = r.responses.len();
        view! {
            <p id=el_id(round, "total") tabindex="-1">{match (l, total) {
                (Lang::Da, 1) => "Runden har 1 anonym besvarelse.".to_string(),
                (Lang::Da, _) => format!("Runden har {total} anonyme besvarelser."),
                (Lang::En, 1) => "The round has 1 anonymous response.".to_string(),
                (Lang::En, _) => format!("The round has {total} anonymous responses."),
            }}</p>
            // A round without responses has no sources to list and nothing to delete.
            {(total != 0).then(move || view! {
                <ul class="nobullet-list by-source">{by_source}</ul>
                <h3>{tr("De seneste", "The latest")}</h3>
                <p class="form-hint">{tr("En fejl i et indtastet skema rettes ved at slette det og skrive det igen.", "A mistake in a typed form is corrected by deleting it and typing it again.")}</p>
                <ol class="nobullet-list latest-responses">{latest}</ol>
            })}
        }
        .into_any()
    }
}

/// «1 besvarelse», «3 besvarelser»; «1 response», «3 responses».
fn responses_word(n: usize, l: Lang) -> String {
    match (l, n) {
        (Lang::Da, 1) => "1 besvarelse".into(),
        (Lang::Da, _) => format!("{n} besvarelser"),
        (Lang::En, 1) => "1 response".into(),
        (Lang::En, _) => format!("{n} responses"),
    }
}

/// How many of the latest responses are listed (newest first), each with its delete button.
const LATEST: usize = 10;

/// A response as the list shows it: its answers, how it came in and when.
fn response_label(x: &Response, l: Lang) -> String {
    let answers: String = x.answers.iter().map(|c| *c as char).collect();
    let date = x.date.map(crate::domain::b2c::short_date).unwrap_or_default();
    format!("{answers} ({}, {date})", x.source.name().get(l))
}

/// The element id of `what` in a round's list of responses. The round's id is in it: an undo
/// used on another measurement's page must not move the focus to that round's buttons.
fn el_id(round: Uuid, what: &str) -> String {
    format!("responses-{}-{what}", round.simple())
}

/// Which responses a delete button takes.
#[derive(Clone)]
enum Pick {
    One(String),
    Source(Source),
}

/// What the delete buttons do, given what they take and how the toast names it («321 (Papirskema,
/// …)», «Papirskema»: 3 svar): deletes, moves the focus (the button is gone) to the delete
/// button now in its place in the latest list, or to the round's count, and shows a toast whose
/// «Fortryd» puts the responses back (as copies under new ids, in their places) unless the
/// statements changed since.
fn deletion(record: Record, round: Uuid) -> Callback<(Pick, (String, String))> {
    let app = use_app();
    let toasts = use_toasts();
    let origin = Origin::here();
    // The position in the latest list (newest first) of the response at `i` of `len`.
    let shown = |len: usize, i: usize| (len - 1 - i < LATEST).then(|| len - 1 - i);
    Callback::new(move |(pick, what): (Pick, (String, String))| {
        let Some(before) = record.dossier.with_untracked(|d| d.del3.round(round).cloned()) else { return };
        let gone: Vec<(usize, Response)> = before
            .responses
            .iter()
            .cloned()
            .enumerate()
            .filter(|(_, x)| match &pick {
                Pick::One(id) => x.id == *id,
                Pick::Source(s) => x.source == *s,
            })
            .collect();
        app.change(record.id, |d| {
            if let Some(r) = d.del3.round_mut(round) {
                match &pick {
                    Pick::One(id) => r.delete_response(id),
                    Pick::Source(s) => drop(r.delete_from(*s)),
                }
            }
        });
        let left = before.responses.len() - gone.len();
        let target = match (&pick, gone.first()) {
            (Pick::One(_), Some((i, _))) if left > 0 => shown(before.responses.len(), *i)
                .map(|p| el_id(round, &format!("latest-{}", p.min(left.min(LATEST) - 1)))),
            _ => None,
        };
        browser::focus_later(target.unwrap_or(el_id(round, "total")));
        let title = record.dossier.with_untracked(|d| d.display_title());
        let one = gone.len() == 1;
        let text = removed_from(
            (format!("{} er slettet", what.0), format!("{} {} deleted", what.1, if one { "was" } else { "were" })),
            &title,
        );
        let undo = move || {
            let mut back = None;
            app.change(record.id, |d| {
                back = d
                    .del3
                    .round_mut(round)
                    .map(|r| r.put_back_responses(&gone, &before.statements, &mut browser::response_id));
            });
            match back {
                Some(true) => {
                    let len = record.dossier.with_untracked(|d| d.del3.round(round).map_or(0, |r| r.responses.len()));
                    let target = match &pick {
                        Pick::One(_) => gone
                            .first()
                            .and_then(|(i, _)| shown(len, (*i).min(len - 1)))
                            .map(|p| el_id(round, &format!("latest-{p}"))),
                        Pick::Source(s) => Some(el_id(round, &format!("del-{}", s.code()))),
                    };
                    let back = (
                        format!("{} er tilbage", what.0),
                        format!("{} {} back", what.1, if one { "is" } else { "are" }),
                    );
                    origin.after_undo(target.unwrap_or(el_id(round, "total")), Some(back), &title);
                }
                _ => {
                    origin.after_undo(el_id(round, "total"), None, &title);
                    let why = if back.is_none() { ROUND_GONE } else { WORDING_CHANGED };
                    let text = (
                        format!("Svarene kunne ikke gendannes: {}", why.get(Lang::Da)),
                        format!("The responses could not be restored: {}", why.get(Lang::En)),
                    );
                    toasts.show(ToastKind::Error, text, None);
                }
            }
        };
        toasts.show(ToastKind::Info, text, Some((Tr::new("Fortryd", "Undo"), Arc::new(undo))));
    })
}

/// Why deleted responses cannot come back.
const ROUND_GONE: Tr = Tr::new("målingen er slettet.", "the measurement has been deleted.");
const WORDING_CHANGED: Tr = Tr::new(
    "udsagnene er ændret siden, og svarene hører til den gamle ordlyd.",
    "the statements have changed since, and the answers belong to the old wording.",
);
