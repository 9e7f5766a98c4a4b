//! Partnerskabsrammer — the partnership agreement: the årshjul (wheel, legend, table and editor),
//! the evaluation meetings, the annual impact measurement; and the agreement as one printable
//! document with signature lines.

use crate::charts::{option_json, wheel};
use crate::components::alert::{Alert, AlertKind};
use crate::components::chart::{a_frame_later, Chart};
use crate::components::form::Guidance;
use crate::components::sheet::Sheet;
use crate::components::table::ScrollBox;
use crate::domain::b2c::{long_date, Del2Section, Responsible};
use crate::domain::Tr;
use crate::i18n::{lang, t, tr};
use crate::pages::del2::StatusList;
use crate::routes::{Part, Route};
use crate::sheets::{self, At};
use crate::state::Record;
use leptos::prelude::*;

const GUIDE_AGREEMENT: Tr = Tr::new(
    "Nu hvor I har præciseret det fælles sociale ansvar, er det afgørende at indgå en aftale for at sikre fremdrift. Aftalen kan indeholde: tiltag, indsatser, events eller aktiviteter; et årshjul med tidspunkt, rolle- og ansvarsfordeling; datoer for kvartalsvise evalueringsmøder; omfang og tidspunkt for en årlig effektmåling. En boligorganisation, der søger en virksomhed til noget konkret – fx hjælp til en sommerfest – kan fremlægge et konkret forslag til aftalen.",
    "Now that you have made your shared social responsibility precise, agree on it to make sure things move. The agreement can include: initiatives, events or activities; an annual wheel with timing, roles and responsibilities; dates of quarterly evaluation meetings; scope and timing of an annual impact measurement. A housing organisation asking a company for something concrete – e.g. help with a summer party – can put forward a concrete proposal.",
);

#[component]
pub fn AgreementPage(record: Record) -> impl IntoView {
    view! {
        <h1 tabindex="-1">{tr("Partnerskabsaftale", "Partnership agreement")}</h1>
        <p class="font-lead intro">
            {tr(
                "Aftalens aktiviteter er de fælles initiativer fra Del 2. Her placerer I dem i årshjulet, aftaler evalueringsmøderne og den årlige effektmåling.",
                "The agreement's activities are the joint initiatives from Part 2. Here you place them in the annual wheel and agree the evaluation meetings and the annual impact measurement.",
            )}
        </p>
        <Guidance text=GUIDE_AGREEMENT />
        <StatusList record=record sections=&[Del2Section::Wheel, Del2Section::Meetings, Del2Section::Measurement] />
        <p>
            <a class="button button-primary" href=Route::Dossier { id: record.id, part: Part::AgreementPrint }.href()>
                {tr("Vis aftalen til udskrift", "Show the agreement for printing")}
            </a>
        </p>
        <WheelSection record=record />
        <Meetings record=record />
        <Measurement record=record />
    }
}

/// The wheel, its legend and its table (the chart's text alternative).
#[component]
fn WheelView(record: Record) -> impl IntoView {
    // Typing an activity's name changes the wheel: its chart and table follow a frame after the
    // field has shown the key, which takes their work (about 3 ms a key at 4x CPU) out of the
    // keystroke's frame.
    let entries =
        a_frame_later(Memo::new(move |_| record.dossier.with(|d| d.del2.wheel().cloned().collect::<Vec<_>>())));
    let l = lang();
    let option = Signal::derive(move || entries.with(|e| option_json(&wheel::wheel(e, l), &wheel::describe(e, l))));
    let label = tr("Årshjul", "Annual wheel").to_string();
    let legend = Responsible::ALL
        .into_iter()
        .map(|r| {
            let class = match r {
                Responsible::Housing => "swatch swatch--housing",
                Responsible::Company => "swatch swatch--company",
                Responsible::Together => "swatch swatch--together",
            };
            view! { <li><span class=class aria-hidden="true"></span>{t(r.name())}</li> }
        })
        .collect_view();
    view! {
        <div class="wheel-layout">
            <div class="wheel-chart">
                <Chart id=format!("wheel-{}", record.id) option=option label=label height=420 />
                <ul class="nobullet-list chart-legend" aria-label=tr("Farveforklaring", "Legend")>{legend}</ul>
            </div>
            <ScrollBox label=tr("Årshjulets aktiviteter", "The annual wheel's activities")>
            <table class="table table--compact wheel-table">
                <caption>{tr("Årshjulets aktiviteter", "The annual wheel's activities")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("Aktivitet", "Activity")}</th>
                        <th scope="col">{tr("Måneder", "Months")}</th>
                        <th scope="col">{tr("Ansvar", "Responsible")}</th>
                        <th scope="col">{tr("Note", "Note")}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let rows = entries.get();
                        if rows.is_empty() {
                            return view! { <tr><td colspan="4">{tr("Ingen aktiviteter i årshjulet endnu.", "No activities in the wheel yet.")}</td></tr> }.into_any();
                        }
                        rows.into_iter()
                            .map(|e| {
                                let months = e.months.iter().map(|m| m.name().get(l)).collect::<Vec<_>>().join(", ");
                                view! {
                                    <tr>
                                        <td>{e.name.clone()}</td>
                                        <td>{months}</td>
                                        <td>{t(e.responsible.name())}</td>
                                        <td>{e.note.clone()}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                            .into_any()
                    }}
                </tbody>
            </table>
            </ScrollBox>
        </div>
    }
}

#[component]
fn WheelSection(record: Record) -> impl IntoView {
    view! {
        <section class="worksheet-section" aria-labelledby="wheel-heading">
            <h2 id="wheel-heading">{tr("Årshjul", "Annual wheel")}</h2>
            <p>
                {tr(
                    "Placér hver aktivitet i årets måneder, og angiv, hvem der har ansvaret: boligorganisationen, virksomheden eller I sammen.",
                    "Place each activity in the months of the year and say who is responsible: the housing organisation, the company or you together.",
                )}
            </p>
            <WheelView record=record />
            <h3>{tr("Rediger aktiviteterne", "Edit the activities")}</h3>
            <Sheet record=record at=At::JOINT nodes=sheets::agreement::WHEEL prefix="agr" />
        </section>
    }
}

#[component]
fn Meetings(record: Record) -> impl IntoView {
    let problem = Memo::new(move |_| record.dossier.with(|d| d.del2.agreement.meetings_problem()));
    let l = lang();
    view! {
        <section class="worksheet-section" aria-labelledby="meet-heading">
            <h2 id="meet-heading">{tr("Evalueringsmøder", "Evaluation meetings")}</h2>
            <p>
                {tr(
                    "Guiden anbefaler 2–4 evalueringsmøder om året med alle partnere, hvor tiltagene drøftes og justeres, og ressourcer omfordeles efter behov.",
                    "The guide recommends 2–4 evaluation meetings a year with all partners, to discuss and adjust the initiatives and reallocate resources as needed.",
                )}
            </p>
            <Sheet record=record at=At::JOINT nodes=sheets::agreement::MEETINGS prefix="agr" />
            {move || problem.get().map(|p| {
                view! { <Alert kind=AlertKind::Warning heading=tr("Antal møder", "Number of meetings")><p class="alert-text">{p.message(l)}</p></Alert> }
            })}
        </section>
    }
}

#[component]
fn Measurement(record: Record) -> impl IntoView {
    view! {
        <section class="worksheet-section" aria-labelledby="measure-heading">
            <h2 id="measure-heading">{tr("Årlig effektmåling", "Annual impact measurement")}</h2>
            <p>
                {tr(
                    "En årlig spørgeskemaundersøgelse blandt 50–100 beboere viser, hvordan beboerne oplever de tre indikatorer. Boligorganisationen har ofte lettere adgang til beboerne og deres tillid.",
                    "A yearly survey of 50–100 residents shows how residents experience the three indicators. The housing organisation often has easier access to the residents and their trust.",
                )}
            </p>
            <Sheet record=record at=At::JOINT nodes=sheets::agreement::MEASUREMENT prefix="agr" />
        </section>
        <section class="worksheet-section" aria-labelledby="other-heading">
            <h2 id="other-heading">{tr("Øvrige aftaler", "Other terms")}</h2>
            <Sheet record=record at=At::JOINT nodes=sheets::agreement::OTHER prefix="agr" />
        </section>
    }
}

/// The agreement as one clean A4 document: both parties, the joint priorities, indicators,
/// initiatives, årshjul (chart and table), meeting dates, measurement plan and signature lines.
#[component]
pub fn AgreementPrintPage(record: Record) -> impl IntoView {
    let l = lang();
    let d = record.dossier.get_untracked();
    let parties = d
        .kind
        .parties()
        .into_iter()
        .map(|p| {
            let x = d.party(p).clone();
            let org = x.organisation.trim().to_string();
            // The contact and their role, whichever are named.
            let who =
                [x.contact.trim(), x.role.trim()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ");
            let filled = !org.is_empty() || !who.is_empty();
            view! {
                <div class="print-party">
                    <h3>{t(p.name())}</h3>
                    {(!org.is_empty()).then(|| view! { <p><strong>{org}</strong></p> })}
                    {(!who.is_empty()).then(|| view! { <p>{who}</p> })}
                    {(!filled).then(not_filled)}
                </div>
            }
        })
        .collect_view();
    let indicators = d
        .del2
        .indicators()
        .filter(|i| i.chosen)
        .map(|i| view! { <li><strong>{i.display_name(l)}</strong> " – " {i.display_kpi(l)}</li> })
        .collect::<Vec<_>>();
    let initiatives = d
        .del2
        .initiatives()
        .map(|i| {
            let wherewhat = i
                .places
                .iter()
                .map(|p| p.name().get(l))
                .chain(i.activities.iter().map(|a| a.name().get(l)))
                .collect::<Vec<_>>()
                .join(", ");
            let contributions = d
                .kind
                .parties()
                .into_iter()
                .filter_map(|p| {
                    i.contributions.get(p).filter(|c| !c.trim().is_empty()).map(|c| format!("{}: {c}", p.name().get(l)))
                })
                .map(|c| view! { <li>{c}</li> })
                .collect::<Vec<_>>();
            view! {
                <li>
                    <strong>{i.name.clone()}</strong>
                    {(!i.description.is_empty()).then(|| view! { <p class="pre-line">{i.description.clone()}</p> })}
                    {(!wherewhat.is_empty()).then(|| view! { <p>{wherewhat}</p> })}
                    {(!contributions.is_empty()).then(|| view! { <ul>{contributions}</ul> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let meetings = d.del2.agreement.meetings.iter().map(|m| view! { <li>{long_date(*m, l)}</li> }).collect::<Vec<_>>();
    let m = &d.del2.agreement.measurement;
    let measure = [
        (tr("Måned", "Month"), m.month.map(|x| t(x.name()).to_string()).unwrap_or_else(|| "–".into())),
        (tr("Omfang", "Scope"), if m.scope.is_empty() { "–".into() } else { m.scope.clone() }),
        (
            tr("Måles", "Measured"),
            match m.together {
                Some(true) => tr("Sammen", "Together").into(),
                Some(false) => tr("Hver for sig", "Separately").into(),
                None => "–".into(),
            },
        ),
    ]
    .into_iter()
    .map(|(k, v)| view! { <dt>{k}</dt><dd class="pre-line">{v}</dd> })
    .collect_view();
    let pr = &d.del2.priorities;
    let resources = d
        .kind
        .parties()
        .into_iter()
        .filter_map(|p| {
            pr.resources
                .get(p)
                .filter(|r| !r.trim().is_empty())
                .map(|r| view! { <dt>{t(p.name())}</dt><dd class="pre-line">{r.clone()}</dd> })
        })
        .collect::<Vec<_>>();
    let challenges = pr.challenges.clone();
    let priorities_empty = challenges.trim().is_empty() && resources.is_empty();
    let signatures = d
        .kind
        .parties()
        .into_iter()
        .map(|p| {
            let org = d.party(p).organisation.clone();
            view! {
                <div class="signature">
                    <p><strong>{t(p.name())}</strong> {(!org.is_empty()).then(|| format!(": {org}"))}</p>
                    <p class="signature-line">{tr("Dato", "Date")}</p>
                    <p class="signature-line">{tr("Underskrift", "Signature")}</p>
                </div>
            }
        })
        .collect_view();
    let year = d.del2.agreement.year.map(|y| format!(" {y}")).unwrap_or_default();
    let other = d.del2.agreement.other.clone();
    view! {
        <div class="no-print button-row">
            <button class="button button-primary" on:click=move |_| { let _ = window().print(); }>{tr("Udskriv eller gem som PDF", "Print or save as PDF")}</button>
            <a class="button button-secondary" href=Route::Dossier { id: record.id, part: Part::Agreement }.href()>{tr("Tilbage til aftalen", "Back to the agreement")}</a>
        </div>
        <article class="print-document">
            <h1 tabindex="-1">{tr("Partnerskabsaftale", "Partnership agreement")} {year}</h1>
            <p class="font-lead">{d.display_title()}</p>
            <p class="print-note">{tr("Business2Community: et partnerskab om at styrke den sociale sammenhængskraft i lokalområdet.", "Business2Community: a partnership to strengthen social cohesion in the neighbourhood.")}</p>
            <h2>{tr("Parterne", "The parties")}</h2>
            <div class="print-parties">{parties}</div>
            <h2>{tr("Fælles prioriteringer", "Joint priorities")}</h2>
            {(!challenges.trim().is_empty()).then(|| view! { <p class="pre-line">{challenges}</p> })}
            {(!resources.is_empty()).then(|| view! { <dl class="print-dl">{resources}</dl> })}
            {priorities_empty.then(not_filled)}
            <h2>{tr("Indikatorer", "Indicators")}</h2>
            {list(indicators, "")}
            <h2>{tr("Initiativer og aktiviteter", "Initiatives and activities")}</h2>
            {list(initiatives, "print-initiatives")}
            <h2>{tr("Årshjul", "Annual wheel")}</h2>
            <WheelView record=record />
            <h2>{tr("Evalueringsmøder", "Evaluation meetings")}</h2>
            {list(meetings, "")}
            <h2>{tr("Årlig effektmåling", "Annual impact measurement")}</h2>
            <dl class="print-dl">{measure}</dl>
            {(!other.trim().is_empty()).then(|| view! { <h2>{tr("Øvrige aftaler", "Other terms")}</h2><p class="pre-line">{other}</p> })}
            <h2>{tr("Underskrifter", "Signatures")}</h2>
            <div class="signatures">{signatures}</div>
        </article>
    }
}

/// A section of the printed agreement that the parties have not filled in says so, instead of a
/// heading over nothing (the document is read before it is signed).
fn not_filled() -> impl IntoView {
    view! { <p class="empty-state">{tr("Ikke udfyldt endnu.", "Not filled in yet.")}</p> }
}

/// The items as a list, or [`not_filled`] when there are none (never an empty list).
fn list<V: IntoView + 'static>(items: Vec<V>, class: &'static str) -> AnyView {
    if items.is_empty() {
        not_filled().into_any()
    } else {
        view! { <ul class=(!class.is_empty()).then_some(class)>{items.collect_view()}</ul> }.into_any()
    }
}
