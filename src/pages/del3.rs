//! Del 3 — Evaluering & effektmåling: the evaluation meetings' log, and the yearly survey
//! rounds (one page each, in `round`).

use crate::browser;
use crate::components::form::Guidance;
use crate::components::sheet::Sheet;
use crate::domain::survey::{ordered, Round, Statement};
use crate::domain::{Lang, Tr};
use crate::i18n::{lang, tr};
use crate::router::navigate;
use crate::routes::{Part, Route};
use crate::sheets::{del3, At};
use crate::state::{use_app, Record};
use leptos::prelude::*;

const GUIDE_EVALUATION: Tr = Tr::new(
    "Det er afgørende at evaluere de konkrete tiltag for at sikre deres effektivitet, opfyldelse af mål og skabelse af værdi for alle involverede. Evalueringen bør foretages 2–4 gange om året i form af evalueringsmøder med alle partnere, hvor tiltagene drøftes og justeres, og ressourcer omfordeles efter behov.",
    "Evaluating the concrete initiatives is essential to make sure they work, meet their goals and create value for everyone involved. Evaluate 2–4 times a year in evaluation meetings with all partners, where initiatives are discussed and adjusted and resources reallocated as needed.",
);
const GUIDE_MEASUREMENT: Tr = Tr::new(
    "En årlig måling viser indsatsernes effekt på beboernes oplevelse af social sammenhængskraft ud fra de tre indikatorer og eventuelle stedsspecifikke. Målingen er stedsspecifik, så der findes ingen standardiseret spørgeskemaskabelon: skriv udsagn til jeres sted. En god måling kræver de rigtige spørgsmål og en repræsentativ stikprøve fra en varieret gruppe på 50–100 beboere. Svarmulighederne har fem trin fra «Helt enig» til «Helt uenig»; scoren er andelen, der svarer et af de to mest positive trin.",
    "A yearly measurement shows the initiatives' effect on residents' experience of social cohesion, by the three indicators and any site-specific ones. It is site-specific, so there is no standard questionnaire: write statements for your place. A good measurement needs the right questions and a representative sample of 50–100 residents from a varied group. The answers have five steps from “Strongly agree” to “Strongly disagree”; the score is the share answering one of the two most positive steps.",
);

#[component]
pub fn Del3Page(record: Record) -> impl IntoView {
    view! {
        <h1 tabindex="-1">{tr("Del 3: Evaluering & effektmåling", "Part 3: Evaluation & impact")}</h1>
        <p class="font-lead intro">
            {tr(
                "Evaluér løbende på møder med alle partnere, og mål én gang om året, hvordan beboerne oplever den sociale sammenhængskraft. Resultaterne samles i ESG-dokumentationen.",
                "Evaluate regularly in meetings with all partners, and measure once a year how residents experience social cohesion. The results come together in the ESG documentation.",
            )}
        </p>
        <section class="worksheet-section" aria-labelledby="eval-heading">
            <h2 id="eval-heading">{tr("Evalueringsmøder", "Evaluation meetings")}</h2>
            <Guidance text=GUIDE_EVALUATION />
            <Sheet record=record at=At::JOINT nodes=del3::MEETINGS prefix="d3" />
        </section>
        <section class="worksheet-section" aria-labelledby="rounds-heading">
            <h2 id="rounds-heading">{tr("Årlige målinger", "Yearly measurements")}</h2>
            <Guidance text=GUIDE_MEASUREMENT />
            <RoundsTable record=record />
            <NewRound record=record />
        </section>
    }
}

#[component]
fn RoundsTable(record: Record) -> impl IntoView {
    let rows = Memo::new(move |_| {
        record.dossier.with(|d| {
            ordered(&d.del3.rounds)
                .into_iter()
                .map(|r| (r.id, r.label.clone(), r.date, r.responses.len()))
                .collect::<Vec<_>>()
        })
    });
    let l = lang();
    view! {
        <Show
            when=move || !rows.with(Vec::is_empty)
            fallback=|| view! { <p class="empty-state">{tr("Ingen målinger endnu. Den første er jeres baseline.", "No measurements yet. The first is your baseline.")}</p> }
        >
            <table class="table rounds-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("Måling", "Measurement")}</th>
                        <th scope="col">{tr("Dato", "Date")}</th>
                        <th scope="col">{tr("Besvarelser", "Responses")}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows.get()
                            .into_iter()
                            .map(|(id, label, date, n)| {
                                let href = Route::Dossier { id: record.id, part: Part::Round(id) }.href();
                                let name = if label.trim().is_empty() { tr("Måling uden navn", "Unnamed measurement").to_string() } else { label };
                                view! {
                                    <tr>
                                        <td><a href=href>{name}</a></td>
                                        <td>{date.map(|d| crate::domain::b2c::long_date(d, l)).unwrap_or_else(|| "–".into())}</td>
                                        <td>{n}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </Show>
    }
}

/// Creates a round: its statements are copied from the latest round (so the wording stays the
/// same year to year), or the guide's examples for the first.
#[component]
fn NewRound(record: Record) -> impl IntoView {
    let app = use_app();
    let count = Memo::new(move |_| record.dossier.with(|d| d.del3.rounds.iter().filter(|r| !r.deleted).count()));
    let label = RwSignal::new(String::new());
    let l = lang();
    let suggestion = move || match count.get() {
        0 => "Baseline".to_string(),
        n => format!("{} {n}", tr("År", "Year")),
    };
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = browser::new_id();
        let name = Some(label.get_untracked().trim().to_string()).filter(|s| !s.is_empty()).unwrap_or_else(suggestion);
        app.write(record.id, |d| {
            let previous: Vec<Statement> = ordered(&d.del3.rounds)
                .last()
                .map(|r| r.statements.iter().map(|s| Statement { id: browser::new_id(), ..s.clone() }).collect())
                .unwrap_or_default();
            let mut r = Round::new(id, browser::now(), &name);
            r.date = Some(browser::today());
            r.statements = previous;
            d.del3.rounds.push(r);
            if d.del3.round(id).is_some_and(|r| r.statements.is_empty()) {
                del3::suggest_statements(d, id, &mut browser::new_id);
            }
            d.del3.round_mut(id).map(|r| &mut r.rev)
        });
        label.set(String::new());
        navigate(&Route::Dossier { id: record.id, part: Part::Round(id) });
    };
    view! {
        <form class="new-round" on:submit=create>
            <div class="form-group">
                <label class="form-label" for="new-round-label">{tr("Ny måling", "New measurement")}</label>
                <span class="form-hint" id="new-round-hint">
                    {tr(
                        "Navn, fx «Baseline» eller «År 1». Udsagnene kopieres fra den seneste måling, så ordlyden er den samme fra år til år.",
                        "A name, e.g. “Baseline” or “Year 1”. The statements are copied from the latest measurement, so the wording stays the same year to year.",
                    )}
                    " "
                    // The name used when the field is left empty, said in the hint, where it stays
                    // readable while the user types.
                    {move || match l {
                        Lang::Da => format!("Tomt felt: «{}».", suggestion()),
                        Lang::En => format!("Left empty: “{}”.", suggestion()),
                    }}
                </span>
                <input
                    type="text"
                    class="form-input"
                    id="new-round-label"
                    aria-describedby="new-round-hint"
                    prop:value=move || label.get()
                    on:input=move |ev| label.set(event_target_value(&ev))
                />
            </div>
            <button type="submit" class="button button-primary">{tr("Opret måling", "Create measurement")}</button>
        </form>
    }
}
