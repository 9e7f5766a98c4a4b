//! Partnerskabsrammer — the partnership agreement: the årshjul (wheel, legend, table and editor),
//! the evaluation meetings, the annual impact measurement; and the agreement as one printable
//! document with signature lines.

use crate::browser;
use crate::charts::{option_json, wheel};
use crate::components::alert::{Alert, AlertKind};
use crate::components::bind::{At, Sec};
use crate::components::chart::Chart;
use crate::components::form::{
    CheckboxGroup, CompletionBadge, Guidance, NumberField, RadioGroup, Select, TextArea, TextField,
};
use crate::domain::b2c::{
    long_date, quarterly_meetings, Agreement, Del2Section, Month, Responsible, WheelEntry,
};
use crate::domain::{Party, Tr};
use crate::i18n::{lang, t, tr};
use crate::pages::del1::focus_later;
use crate::routes::{Part, Route};
use crate::state::{use_app, Record};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use uuid::Uuid;

const GUIDE_AGREEMENT: Tr = Tr::new(
    "Nu hvor I har præciseret det fælles sociale ansvar, er det afgørende at indgå en aftale for at sikre fremdrift. Aftalen kan indeholde: tiltag, indsatser, events eller aktiviteter; et årshjul med tidspunkt, rolle- og ansvarsfordeling; datoer for kvartalsvise evalueringsmøder; omfang og tidspunkt for en årlig effektmåling. En boligorganisation, der søger en virksomhed til noget konkret – fx hjælp til en sommerfest – kan fremlægge et konkret forslag til aftalen.",
    "Now that you have made your shared social responsibility precise, agree on it to make sure things move. The agreement can include: initiatives, events or activities; an annual wheel with timing, roles and responsibilities; dates of quarterly evaluation meetings; scope and timing of an annual impact measurement. A housing organisation asking a company for something concrete – e.g. help with a summer party – can put forward a concrete proposal.",
);

fn agreement(record: Record) -> Sec<Agreement> {
    Sec::new(
        record,
        At::party(Party::Housing),
        |d, _| Some(&d.del2.agreement),
        |d, _| Some(&mut d.del2.agreement),
    )
}

fn entry(record: Record, id: Uuid) -> Sec<WheelEntry> {
    Sec::new(
        record,
        At::item(id),
        |d, at| d.del2.wheel.iter().find(|w| w.id == at.id),
        |d, at| d.del2.wheel.iter_mut().find(|w| w.id == at.id),
    )
}

#[component]
pub fn AgreementPage(record: Record) -> impl IntoView {
    let status = [
        Del2Section::Wheel,
        Del2Section::Meetings,
        Del2Section::Measurement,
    ]
    .into_iter()
    .map(|s| {
        let state = Signal::derive(move || record.dossier.with(|d| d.del2.completion(s)));
        view! { <li>{t(s.name())} " " <CompletionBadge state=state /></li> }
    })
    .collect_view();
    view! {
        <h1 tabindex="-1">{tr("Partnerskabsaftale", "Partnership agreement")}</h1>
        <p class="font-lead intro">
            {tr(
                "Aftalens aktiviteter er de fælles initiativer fra Del 2. Her placerer I dem i årshjulet, aftaler evalueringsmøderne og den årlige effektmåling.",
                "The agreement's activities are the joint initiatives from Part 2. Here you place them in the annual wheel and agree the evaluation meetings and the annual impact measurement.",
            )}
        </p>
        <Guidance text=GUIDE_AGREEMENT />
        <ul class="nobullet-list status-list" aria-label=tr("Hvor langt er I?", "How far have you got?")>{status}</ul>
        <p>
            <a class="button button-primary" href=Route::Dossier { id: record.id, part: Part::AgreementPrint }.href()>
                {tr("Vis aftalen til udskrift", "Show the agreement for printing")}
            </a>
        </p>
        <WheelSection record=record />
        <Meetings record=record />
        <Measurement record=record />
        <OtherTerms record=record />
    }
}

/// The wheel, its legend and its table (the chart's text alternative).
#[component]
fn WheelView(record: Record) -> impl IntoView {
    let entries = Memo::new(move |_| {
        record
            .dossier
            .with(|d| d.del2.wheel().cloned().collect::<Vec<_>>())
    });
    let l = lang();
    let option = Signal::derive(move || {
        entries.with(|e| option_json(&wheel::wheel(e, l), &wheel::describe(e, l)))
    });
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
        </div>
    }
}

#[component]
fn WheelSection(record: Record) -> impl IntoView {
    let app = use_app();
    let ids = Memo::new(move |_| {
        record
            .dossier
            .with(|d| d.del2.wheel().map(|w| w.id).collect::<Vec<_>>())
    });
    let add = move |_| {
        let id = browser::new_id();
        app.add_item(
            record.id,
            |d| &mut d.del2.wheel,
            WheelEntry::new(id, browser::now()),
        );
        focus_later(format!("wheel-{id}-name"));
    };
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
            <For each=move || ids.get() key=|id| *id children=move |id| view! { <WheelEntryCard record=record id=id /> } />
            <button class="button button-secondary" on:click=add>{tr("Tilføj aktivitet til årshjulet", "Add an activity to the wheel")}</button>
        </section>
    }
}

#[component]
fn WheelEntryCard(record: Record, id: Uuid) -> impl IntoView {
    let sec = entry(record, id);
    let (name, set_name) = sec.text(|u| &u.name, |u| &mut u.name);
    let (note, set_note) = sec.text(|u| &u.note, |u| &mut u.note);
    let months = sec.read(|u| u.months.clone());
    let responsible = sec.read(|u| u.responsible);
    let title = move || {
        let n = name.get();
        if n.trim().is_empty() {
            t(Tr::new("Ny aktivitet", "New activity")).to_string()
        } else {
            n
        }
    };
    view! {
        <fieldset class="list-item">
            <legend class="h4">{title}</legend>
            <TextField id=format!("wheel-{id}-name") label=Tr::new("Aktivitet", "Activity") value=name on_input=set_name />
            <CheckboxGroup
                name=format!("wheel-{id}-months")
                grid=true
                legend=Tr::new("Måneder", "Months")
                options={Month::all().map(|m| (m, m.name())).collect::<Vec<_>>()}
                value=months
                on_change=sec.writer(|u, v: Vec<Month>| u.months = v)
            />
            <RadioGroup
                name=format!("wheel-{id}-resp")
                legend=Tr::new("Ansvar", "Responsible")
                options={Responsible::ALL.into_iter().map(|r| (r, r.name(), None)).collect::<Vec<_>>()}
                value=responsible
                on_change=sec.writer(|u, v: Responsible| u.responsible = v)
            />
            <TextField id=format!("wheel-{id}-note") label=Tr::new("Note (roller, sted)", "Note (roles, place)") value=note on_input=set_note />
            <button class="button button-tertiary" on:click=move |_| sec.update(|u| u.deleted = true)>
                {tr("Slet aktiviteten", "Delete the activity")}
            </button>
        </fieldset>
    }
}

#[component]
fn Meetings(record: Record) -> impl IntoView {
    let sec = agreement(record);
    let year = sec.read(|u| u.year.map(f64::from));
    let dates = sec.read(|u| u.meetings.clone());
    let problem = sec.read(|u| u.meetings_problem());
    let l = lang();
    let this_year = browser::now().year();
    let propose = move |_| {
        let y = sec
            .read(|u| u.year)
            .get_untracked()
            .unwrap_or(this_year + 1);
        sec.update(|u| {
            u.year = Some(y);
            u.meetings = quarterly_meetings(y);
        });
    };
    view! {
        <section class="worksheet-section" aria-labelledby="meet-heading">
            <h2 id="meet-heading">{tr("Evalueringsmøder", "Evaluation meetings")}</h2>
            <p>
                {tr(
                    "Guiden anbefaler 2–4 evalueringsmøder om året med alle partnere, hvor tiltagene drøftes og justeres, og ressourcer omfordeles efter behov.",
                    "The guide recommends 2–4 evaluation meetings a year with all partners, to discuss and adjust the initiatives and reallocate resources as needed.",
                )}
            </p>
            <NumberField
                id="agr-year"
                label=Tr::new("Aftalens år", "The agreement's year")
                value=year
                on_change=Callback::new(move |v: Option<f64>| sec.update(|u| u.year = v.map(|y| y.round() as i32)))
            />
            <button class="button button-secondary" on:click=propose>
                {tr("Foreslå fire kvartalsvise datoer", "Propose four quarterly dates")}
            </button>
            <ol class="nobullet-list meeting-dates">
                {move || {
                    dates
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, d)| {
                            let id = format!("agr-meeting-{i}");
                            view! {
                                <li>
                                    <label class="form-label" for=id.clone()>{tr("Møde", "Meeting")} " " {i + 1}</label>
                                    <div class="point-row">
                                        <input
                                            type="date"
                                            class="form-input input-width-s"
                                            id=id
                                            prop:value=d.format("%Y-%m-%d").to_string()
                                            on:change=move |ev| {
                                                if let Ok(nd) = NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d") {
                                                    sec.update(|u| if let Some(m) = u.meetings.get_mut(i) { *m = nd });
                                                }
                                            }
                                        />
                                        <span class="date-words">{long_date(d, l)}</span>
                                        <button class="button button-tertiary button-small" on:click=move |_| sec.update(|u| { if i < u.meetings.len() { u.meetings.remove(i); } })>
                                            {tr("Fjern", "Remove")} <span class="sr-only">" " {tr("møde", "meeting")} " " {i + 1}</span>
                                        </button>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            {move || problem.get().map(|p| {
                view! { <Alert kind=AlertKind::Warning heading=tr("Antal møder", "Number of meetings")><p class="alert-text">{p.message(l)}</p></Alert> }
            })}
            <button
                class="button button-secondary"
                on:click=move |_| {
                    let next = sec.read(|u| u.meetings.last().copied()).get_untracked();
                    let d = next.map(|d| d + chrono::Duration::days(91)).unwrap_or_else(|| browser::now().date_naive());
                    sec.update(|u| u.meetings.push(d));
                }
            >
                {tr("Tilføj mødedato", "Add a meeting date")}
            </button>
        </section>
    }
}

#[component]
fn Measurement(record: Record) -> impl IntoView {
    let sec = agreement(record);
    let month = sec.read(|u| u.measurement.month);
    let together = sec.read(|u| u.measurement.together);
    let (scope, set_scope) = sec.text(|u| &u.measurement.scope, |u| &mut u.measurement.scope);
    view! {
        <section class="worksheet-section" aria-labelledby="measure-heading">
            <h2 id="measure-heading">{tr("Årlig effektmåling", "Annual impact measurement")}</h2>
            <p>
                {tr(
                    "En årlig spørgeskemaundersøgelse blandt 50–100 beboere viser, hvordan beboerne oplever de tre indikatorer. Boligorganisationen har ofte lettere adgang til beboerne og deres tillid.",
                    "A yearly survey of 50–100 residents shows how residents experience the three indicators. The housing organisation often has easier access to the residents and their trust.",
                )}
            </p>
            <Select
                id="agr-measure-month"
                label=Tr::new("Hvornår på året?", "When in the year?")
                options={Month::all().map(|m| (m, m.name())).collect::<Vec<_>>()}
                empty=Tr::new("Vælg måned", "Choose a month")
                value=month
                on_change=sec.writer(|u, v: Option<Month>| u.measurement.month = v)
            />
            <TextArea
                id="agr-measure-scope"
                label=Tr::new("Omfang: hvem spørges, hvor mange, hvilke indikatorer?", "Scope: who is asked, how many, which indicators?")
                value=scope
                on_input=set_scope
            />
            <RadioGroup
                name="agr-measure-together"
                legend=Tr::new("Måler I sammen eller hver for sig?", "Do you measure together or separately?")
                options=vec![
                    (Some(true), Tr::new("Sammen", "Together"), None),
                    (Some(false), Tr::new("Hver for sig", "Separately"), None),
                ]
                value=together
                on_change=sec.writer(|u, v: Option<bool>| u.measurement.together = v)
            />
        </section>
    }
}

#[component]
fn OtherTerms(record: Record) -> impl IntoView {
    let (other, set_other) = agreement(record).text(|u| &u.other, |u| &mut u.other);
    view! {
        <section class="worksheet-section" aria-labelledby="other-heading">
            <h2 id="other-heading">{tr("Øvrige aftaler", "Other terms")}</h2>
            <TextArea id="agr-other" label=Tr::new("Andet, I aftaler", "Anything else you agree") value=other on_input=set_other />
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
            view! {
                <div class="print-party">
                    <h3>{t(p.name())}</h3>
                    <p><strong>{x.organisation.clone()}</strong></p>
                    <p>{x.contact.clone()} {(!x.role.is_empty()).then(|| format!(", {}", x.role))}</p>
                </div>
            }
        })
        .collect_view();
    let indicators = d
        .del2
        .indicators()
        .filter(|i| i.chosen)
        .map(|i| view! { <li><strong>{i.display_name(l)}</strong> " – " {i.kpi.clone()}</li> })
        .collect_view();
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
                .filter_map(|p| i.contributions.get(p).filter(|c| !c.trim().is_empty()).map(|c| format!("{}: {c}", p.name().get(l))))
                .map(|c| view! { <li>{c}</li> })
                .collect_view();
            view! {
                <li>
                    <strong>{i.name.clone()}</strong>
                    {(!i.description.is_empty()).then(|| view! { <p class="pre-line">{i.description.clone()}</p> })}
                    {(!wherewhat.is_empty()).then(|| view! { <p>{wherewhat}</p> })}
                    <ul>{contributions}</ul>
                </li>
            }
        })
        .collect_view();
    let meetings = d
        .del2
        .agreement
        .meetings
        .iter()
        .map(|m| view! { <li>{long_date(*m, l)}</li> })
        .collect_view();
    let m = &d.del2.agreement.measurement;
    let measure = [
        (
            tr("Måned", "Month"),
            m.month
                .map(|x| t(x.name()).to_string())
                .unwrap_or_else(|| "–".into()),
        ),
        (
            tr("Omfang", "Scope"),
            if m.scope.is_empty() {
                "–".into()
            } else {
                m.scope.clone()
            },
        ),
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
        .collect_view();
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
    let year = d
        .del2
        .agreement
        .year
        .map(|y| format!(" {y}"))
        .unwrap_or_default();
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
            <p class="pre-line">{pr.challenges.clone()}</p>
            <dl class="print-dl">{resources}</dl>
            <h2>{tr("Indikatorer", "Indicators")}</h2>
            <ul>{indicators}</ul>
            <h2>{tr("Initiativer og aktiviteter", "Initiatives and activities")}</h2>
            <ul class="print-initiatives">{initiatives}</ul>
            <h2>{tr("Årshjul", "Annual wheel")}</h2>
            <WheelView record=record />
            <h2>{tr("Evalueringsmøder", "Evaluation meetings")}</h2>
            <ul>{meetings}</ul>
            <h2>{tr("Årlig effektmåling", "Annual impact measurement")}</h2>
            <dl class="print-dl">{measure}</dl>
            {(!other.trim().is_empty()).then(|| view! { <h2>{tr("Øvrige aftaler", "Other terms")}</h2><p class="pre-line">{other}</p> })}
            <h2>{tr("Underskrifter", "Signatures")}</h2>
            <div class="signatures">{signatures}</div>
        </article>
    }
}
