//! Del 2 — Fælles rammesætning: the meeting view (both parties' Del 1 side by side), the
//! indicators the partnership commits to, joint priorities and the joint initiatives.

use crate::browser;
use crate::components::bind::{At, Sec};
use crate::components::form::{
    CheckboxGroup, CompletionBadge, Guidance, Select, TextArea, TextField,
};
use crate::domain::b2c::{
    Activity, Del2Section, Initiative, JointPriorities, OtherResource, Place,
};
use crate::domain::indicator::{Esrs, Indicator, Measure, Proposal};
use crate::domain::{Party, Tr};
use crate::i18n::{lang, t, tr};
use crate::pages::del1::{focus_later, Del1Summary};
use crate::state::{use_app, Record};
use leptos::prelude::*;
use uuid::Uuid;

const GUIDE_JOINT: Tr = Tr::new(
    "Efter et grundigt forarbejde hos begge parter er I klar til at mødes og drøfte, om der er et godt match. Gennemgå sammen de tre indikatorer og eventuelle stedsspecifikke, og drøft: Hvilke udfordringer eller muligheder er i fokus i området? Hvilke konkrete tiltag kan I med fordel være fælles om? Hvilke ressourcer vil I bruge? Er der andre ressourcer, der kan inddrages – fx kommunen, en helhedsplan, den boligsociale indsats eller andre virksomheder?",
    "After thorough preparation on both sides you are ready to meet and discuss whether there is a good match. Go through the three indicators and any site-specific ones together, and discuss: Which challenges or opportunities are in focus in the area? Which concrete initiatives can you share? Which resources will you use? Can other resources be involved – e.g. the municipality, a master plan, the social housing effort or other companies?",
);

fn priorities(record: Record) -> Sec<JointPriorities> {
    Sec::new(
        record,
        At::party(Party::Housing),
        |d, _| Some(&d.del2.priorities),
        |d, _| Some(&mut d.del2.priorities),
    )
}

pub fn indicator(record: Record, id: Uuid) -> Sec<Indicator> {
    Sec::new(
        record,
        At::item(id),
        |d, at| d.del2.indicators.iter().find(|i| i.id == at.id),
        |d, at| d.del2.indicators.iter_mut().find(|i| i.id == at.id),
    )
}

fn initiative(record: Record, id: Uuid) -> Sec<Initiative> {
    Sec::new(
        record,
        At::item(id),
        |d, at| d.del2.initiatives.iter().find(|i| i.id == at.id),
        |d, at| d.del2.initiatives.iter_mut().find(|i| i.id == at.id),
    )
}

#[component]
pub fn Del2Page(record: Record) -> impl IntoView {
    let kind = record.dossier.with_untracked(|d| d.kind);
    let [a, b] = kind.parties();
    let status = Del2Section::ALL
        .into_iter()
        .filter(|s| {
            matches!(
                s,
                Del2Section::Indicators | Del2Section::Priorities | Del2Section::Initiatives
            )
        })
        .map(|s| {
            let state = Signal::derive(move || record.dossier.with(|d| d.del2.completion(s)));
            view! { <li>{t(s.name())} " " <CompletionBadge state=state /></li> }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">{tr("Del 2: Fælles rammesætning", "Part 2: Joint framing")}</h1>
        <p class="font-lead intro">
            {tr(
                "Del 2 bruges i den fælles dialog, hvor I drøfter det fælles sociale ansvar og indgår en partnerskabsaftale. Aftalens årshjul, mødedatoer og effektmåling finder I under «Partnerskabsaftale».",
                "Part 2 is for the joint dialogue, where you discuss your shared social responsibility and agree a partnership. The agreement's annual wheel, meeting dates and impact measurement are under “Partnership agreement”.",
            )}
        </p>
        <ul class="nobullet-list status-list" aria-label=tr("Hvor langt er I?", "How far have you got?")>{status}</ul>
        <details class="details meeting-view" open>
            <summary class="details-summary">{tr("Mødevisning: begge parters Del 1 side om side", "Meeting view: both parties' Part 1 side by side")}</summary>
            <div class="details-text side-by-side">
                <section aria-label=t(a.name())>
                    <h2 class="h3">{t(a.name())}</h2>
                    <Del1Summary record=record party=a />
                </section>
                <section aria-label=t(b.name())>
                    <h2 class="h3">{t(b.name())}</h2>
                    <Del1Summary record=record party=b />
                </section>
            </div>
        </details>
        <Indicators record=record />
        <JointPrioritiesForm record=record />
        <Initiatives record=record />
    }
}

#[component]
fn Indicators(record: Record) -> impl IntoView {
    let app = use_app();
    let ids = Memo::new(move |_| {
        record
            .dossier
            .with(|d| d.del2.indicators().map(|i| i.id).collect::<Vec<_>>())
    });
    // Proposals from either party's Del 1 that are not indicators yet (matched by name).
    let proposals = Memo::new(move |_| {
        record.dossier.with(|d| {
            let mut out: Vec<Proposal> = Vec::new();
            for p in d.kind.parties() {
                for prop in d
                    .del1
                    .get(p)
                    .map(|x| x.proposals.as_slice())
                    .unwrap_or_default()
                {
                    let name = prop.name.trim().to_lowercase();
                    let taken = d
                        .del2
                        .indicators()
                        .any(|i| i.name.trim().to_lowercase() == name)
                        || out.iter().any(|o| o.name.trim().to_lowercase() == name);
                    if !name.is_empty() && !taken {
                        out.push(prop.clone());
                    }
                }
            }
            out
        })
    });
    let add = move |p: Proposal| {
        let id = browser::new_id();
        app.add_item(
            record.id,
            |d| &mut d.del2.indicators,
            Indicator::site_specific(id, browser::now(), &p),
        );
        focus_later(format!("ind-{id}-name"));
    };
    view! {
        <section class="worksheet-section" aria-labelledby="ind-heading">
            <h2 id="ind-heading">{tr("Indikatorer", "Indicators")}</h2>
            <Guidance text=GUIDE_JOINT />
            <p>
                {tr(
                    "Hvilke indikatorer forpligter partnerskabet sig på? De tre fra guiden måles med det årlige spørgeskema; stedsspecifikke kan også tælles, fx unge i virksomhedspraktik.",
                    "Which indicators does the partnership commit to? The guide's three are measured by the yearly survey; site-specific ones can also be counted, e.g. young people in internships.",
                )}
            </p>
            <For each=move || ids.get() key=|id| *id children=move |id| view! { <IndicatorCard record=record id=id /> } />
            <Show when=move || !proposals.with(Vec::is_empty)>
                <h3>{tr("Forslag fra Del 1", "Proposals from Part 1")}</h3>
                <ul class="nobullet-list proposal-list">
                    {move || {
                        proposals
                            .get()
                            .into_iter()
                            .map(|p| {
                                let name = p.name.clone();
                                view! {
                                    <li>
                                        <button class="button button-secondary" on:click=move |_| add(p.clone())>
                                            {tr("Tilføj", "Add")} " «" {name} "»"
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <button class="button button-secondary" on:click=move |_| add(Proposal::default())>
                {tr("Tilføj stedsspecifik indikator", "Add a site-specific indicator")}
            </button>
        </section>
    }
}

#[component]
fn IndicatorCard(record: Record, id: Uuid) -> impl IntoView {
    let sec = indicator(record, id);
    let core = crate::domain::indicator::Core::from_id(id);
    let chosen = sec.read(|u| u.chosen);
    let (name, set_name) = sec.text(|u| &u.name, |u| &mut u.name);
    let (kpi, set_kpi) = sec.text(|u| &u.kpi, |u| &mut u.kpi);
    let measure = sec.read(|u| Some(u.measure));
    let esrs = sec.read(|u| Some(u.esrs));
    let title = move || match core {
        Some(c) => format!("{} (versus {})", t(c.name()), t(c.versus())),
        None => {
            let n = name.get();
            if n.trim().is_empty() {
                t(Tr::new(
                    "Ny stedsspecifik indikator",
                    "New site-specific indicator",
                ))
                .to_string()
            } else {
                n
            }
        }
    };
    view! {
        <fieldset class="list-item indicator-card" class:not-chosen=move || !chosen.get()>
            <legend class="h4">{title}</legend>
            {core.map(|c| view! { <p class="form-hint">{t(c.meaning())}</p> })}
            <div class="form-group-checkbox">
                <input
                    type="checkbox"
                    class="form-checkbox"
                    id=format!("ind-{id}-chosen")
                    prop:checked=move || chosen.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        sec.update(|u| u.chosen = on);
                    }
                />
                <label class="form-label" for=format!("ind-{id}-chosen")>{tr("Partnerskabet arbejder med denne indikator", "The partnership works with this indicator")}</label>
            </div>
            {core.is_none().then(|| view! { <TextField id=format!("ind-{id}-name") label=Tr::new("Navn", "Name") value=name on_input=set_name /> })}
            <TextField id=format!("ind-{id}-kpi") label=Tr::new("KPI-definition", "KPI definition") value=kpi on_input=set_kpi />
            {core.is_none().then(|| {
                let measures = Measure::ALL.into_iter().map(|m| (m, m.name())).collect::<Vec<_>>();
                view! {
                    <Select
                        id=format!("ind-{id}-measure")
                        label=Tr::new("Måles ved", "Measured by")
                        options=measures
                        value=measure
                        on_change=Callback::new(move |v: Option<Measure>| if let Some(v) = v { sec.update(|u| u.measure = v) })
                    />
                }
            })}
            <Select
                id=format!("ind-{id}-esrs")
                label=Tr::new("Hører i ESG-rapporten under", "Belongs in the ESG report under")
                options={Esrs::ALL.into_iter().map(|e| (e, e.name())).collect::<Vec<_>>()}
                value=esrs
                on_change=Callback::new(move |v: Option<Esrs>| if let Some(v) = v { sec.update(|u| u.esrs = v) })
            />
            {core.is_none().then(|| view! {
                <button class="button button-tertiary" on:click=move |_| sec.update(|u| u.deleted = true)>
                    {tr("Slet indikatoren", "Delete the indicator")}
                </button>
            })}
        </fieldset>
    }
}

#[component]
fn JointPrioritiesForm(record: Record) -> impl IntoView {
    let sec = priorities(record);
    let kind = record.dossier.with_untracked(|d| d.kind);
    let (challenges, set_challenges) = sec.text(|u| &u.challenges, |u| &mut u.challenges);
    let (others_text, set_others_text) = sec.text(|u| &u.others_text, |u| &mut u.others_text);
    let others = sec.read(|u| u.others.clone());
    let resources = kind
        .parties()
        .into_iter()
        .map(|p| {
            let value = Signal::derive(move || record.dossier.with(|d| d.del2.priorities.resources.get(p).cloned().unwrap_or_default()));
            let label = match p {
                Party::Company => Tr::new("Hvilke ressourcer vil virksomheden bruge?", "Which resources will the company use?"),
                _ => Tr::new("Hvilke ressourcer vil boligorganisationen bruge?", "Which resources will the housing organisation use?"),
            };
            view! {
                <TextArea
                    id=format!("d2-res-{}", p.key())
                    label=label
                    value=value
                    on_input=Callback::new(move |v: String| sec.update(|u| *u.resources.get_mut(p) = v))
                />
            }
        })
        .collect_view();
    view! {
        <section class="worksheet-section" aria-labelledby="joint-heading">
            <h2 id="joint-heading">{tr("Fælles prioriteringer", "Joint priorities")}</h2>
            <TextArea
                id="d2-challenges"
                label=Tr::new("Hvilke udfordringer eller muligheder er i fokus i området?", "Which challenges or opportunities are in focus in the area?")
                value=challenges
                on_input=set_challenges
            />
            {resources}
            <CheckboxGroup
                name="d2-others"
                legend=Tr::new("Hvilke andre ressourcer kan inddrages?", "Which other resources can be involved?")
                options={OtherResource::ALL.into_iter().map(|o| (o, o.name())).collect::<Vec<_>>()}
                value=others
                on_change=sec.writer(|u, v: Vec<OtherResource>| u.others = v)
            />
            <TextField
                id="d2-others-text"
                label=Tr::new("Andre ressourcer (fritekst)", "Other resources (free text)")
                value=others_text
                on_input=set_others_text
            />
        </section>
    }
}

#[component]
fn Initiatives(record: Record) -> impl IntoView {
    let app = use_app();
    let ids = Memo::new(move |_| {
        record
            .dossier
            .with(|d| d.del2.initiatives().map(|i| i.id).collect::<Vec<_>>())
    });
    let add = move |_| {
        let id = browser::new_id();
        app.add_item(
            record.id,
            |d| &mut d.del2.initiatives,
            Initiative::new(id, browser::now()),
        );
        focus_later(format!("init-{id}-name"));
    };
    view! {
        <section class="worksheet-section" aria-labelledby="init-heading">
            <h2 id="init-heading">{tr("Fælles initiativer", "Joint initiatives")}</h2>
            <p>
                {tr(
                    "De konkrete tiltag, indsatser, events eller aktiviteter, partnerskabet indeholder: hvor og hvad, hvilke indikatorer de skal fremme, og hvad hver part bidrager med.",
                    "The concrete initiatives, events or activities of the partnership: where and what, which indicators they should promote, and what each party contributes.",
                )}
            </p>
            <For each=move || ids.get() key=|id| *id children=move |id| view! { <InitiativeCard record=record id=id /> } />
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty-state">{tr("Ingen initiativer endnu.", "No initiatives yet.")}</p>
            </Show>
            <button class="button button-secondary" on:click=add>{tr("Tilføj initiativ", "Add an initiative")}</button>
        </section>
    }
}

#[component]
fn InitiativeCard(record: Record, id: Uuid) -> impl IntoView {
    let sec = initiative(record, id);
    let kind = record.dossier.with_untracked(|d| d.kind);
    let (name, set_name) = sec.text(|u| &u.name, |u| &mut u.name);
    let (desc, set_desc) = sec.text(|u| &u.description, |u| &mut u.description);
    let places = sec.read(|u| u.places.clone());
    let activities = sec.read(|u| u.activities.clone());
    let targets = sec.read(|u| u.indicators.clone());
    let lang = lang();
    let indicator_options = record.dossier.with_untracked(|d| {
        d.del2
            .indicators()
            .filter(|i| i.chosen)
            .map(|i| (i.id, i.display_name(lang)))
            .collect::<Vec<_>>()
    });
    let contributions = kind
        .parties()
        .into_iter()
        .map(|p| {
            let value = Signal::derive(move || {
                record.dossier.with(|d| {
                    d.del2.initiatives.iter().find(|i| i.id == id).and_then(|i| i.contributions.get(p).cloned()).unwrap_or_default()
                })
            });
            let label = match p {
                Party::Company => Tr::new("Virksomhedens bidrag", "The company's contribution"),
                _ => Tr::new("Boligorganisationens bidrag", "The housing organisation's contribution"),
            };
            view! {
                <TextArea
                    id=format!("init-{id}-{}", p.key())
                    label=label
                    rows=2
                    value=value
                    on_input=Callback::new(move |v: String| sec.update(|u| *u.contributions.get_mut(p) = v))
                />
            }
        })
        .collect_view();
    let title = move || {
        let n = name.get();
        if n.trim().is_empty() {
            t(Tr::new("Nyt initiativ", "New initiative")).to_string()
        } else {
            n
        }
    };
    view! {
        <fieldset class="list-item">
            <legend class="h4">{title}</legend>
            <TextField id=format!("init-{id}-name") label=Tr::new("Navn", "Name") value=name on_input=set_name />
            <TextArea id=format!("init-{id}-desc") label=Tr::new("Beskrivelse", "Description") rows=2 value=desc on_input=set_desc />
            <div class="field-pair">
                <CheckboxGroup
                    name=format!("init-{id}-where")
                    legend=Tr::new("Hvor", "Where")
                    options={Place::ALL.into_iter().map(|p| (p, p.name())).collect::<Vec<_>>()}
                    value=places
                    on_change=sec.writer(|u, v: Vec<Place>| u.places = v)
                />
                <CheckboxGroup
                    name=format!("init-{id}-what")
                    legend=Tr::new("Hvad", "What")
                    options={Activity::ALL.into_iter().map(|a| (a, a.name())).collect::<Vec<_>>()}
                    value=activities
                    on_change=sec.writer(|u, v: Vec<Activity>| u.activities = v)
                />
            </div>
            <IndicatorChoice name=format!("init-{id}-ind") options=indicator_options value=targets on_change=sec.writer(|u, v: Vec<Uuid>| u.indicators = v) />
            {contributions}
            <button class="button button-tertiary" on:click=move |_| sec.update(|u| u.deleted = true)>
                {tr("Slet initiativet", "Delete the initiative")}
            </button>
        </fieldset>
    }
}

/// Checkboxes for the indicators an initiative targets (their names are the dossier's own).
#[component]
fn IndicatorChoice(
    name: String,
    options: Vec<(Uuid, String)>,
    value: Memo<Vec<Uuid>>,
    on_change: Callback<Vec<Uuid>>,
) -> impl IntoView {
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (id, label))| {
            let el = format!("{name}-{i}");
            view! {
                <div class="form-group-checkbox">
                    <input
                        type="checkbox"
                        class="form-checkbox"
                        id=el.clone()
                        prop:checked=move || value.get().contains(&id)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let mut v = value.get_untracked();
                            v.retain(|x| *x != id);
                            if on {
                                v.push(id);
                            }
                            on_change.run(v);
                        }
                    />
                    <label class="form-label" for=el>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group">
            <fieldset>
                <legend class="form-label">{tr("Hvilke indikatorer skal initiativet fremme?", "Which indicators should the initiative promote?")}</legend>
                {items}
            </fieldset>
        </div>
    }
}
