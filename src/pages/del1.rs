//! Del 1 — Interne overvejelser: my own preparation (editable), and my partner's (read-only,
//! once it arrives through the file exchange).

use crate::components::alert::{Alert, AlertKind};
use crate::components::bind::{At, Sec};
use crate::components::form::{
    CompletionBadge, Guidance, NumberField, RadioGroup, Select, TextArea, TextField,
};
use crate::domain::b2c::{Del1, Del1Section, Resource, ResourceKind, Scale, MAX_POINTS};
use crate::domain::dossier::{CompanySize, PartyDetails};
use crate::domain::indicator::{Core, Esrs, Measure, Proposal};
use crate::domain::{Lang, Party, Tr};
use crate::i18n::{lang, t, tr};
use crate::state::Record;
use leptos::prelude::*;

fn del1(record: Record, party: Party) -> Sec<Del1> {
    Sec::new(
        record,
        At::party(party),
        |d, at| d.del1.get(at.party),
        |d, at| Some(d.del1.get_mut(at.party)),
    )
}

fn details(record: Record, party: Party) -> Sec<PartyDetails> {
    Sec::new(
        record,
        At::party(party),
        |d, at| d.parties.get(at.party),
        |d, at| Some(d.parties.get_mut(at.party)),
    )
}

const GUIDE_PRIORITIES: Tr = Tr::new(
    "Inden I mødes, er det essentielt, at I hver især drøfter og tager stilling til jeres fokus på socialt ansvar. Start med: Hvilke udfordringer eller muligheder er i fokus i området? Gennem hvilke indsatser kan partnerskabet tackle udfordringerne og opnå mulighederne? Hvordan kan indsatserne fremme de tre indikatorer? Er der stedsspecifikke indikatorer, der er vigtige for jer at tilføje – fx tryghed eller beskæftigelse?",
    "Before you meet, each of you should discuss and decide on your focus on social responsibility. Start with: Which challenges or opportunities are in focus in the area? Through which initiatives can the partnership tackle them? How can the initiatives promote the three indicators? Are there site-specific indicators that matter to you – e.g. safety or employment?",
);
const GUIDE_RESOURCES: Tr = Tr::new(
    "Det er afgørende at være bevidst om de ressourcer, I kan bidrage med. For at sikre en god dialog bør I inden mødet med en mulig partner være klar over, hvilke ressourcer I kan tildele partnerskabet – fx arbejdstimer, adgang til faciliteter eller frivilligt arbejde.",
    "It is essential to be clear about the resources you can contribute. For a good dialogue, know before meeting a possible partner which resources you can allocate – e.g. working hours, access to facilities or volunteer work.",
);
const GUIDE_EXPECTATIONS: Tr = Tr::new(
    "Interessen for at indgå partnerskab kan variere. Nogle boligorganisationer har tomme erhvervslejemål og søger en fast partner, der kan skabe mere liv; en virksomhed har måske interesse i at stille faciliteter til rådighed. Et partnerskab kan både bestå i en enkelt aktivitet og i et længerevarende samarbejde. Afstem, om I søger et mindre eller større partnerskab, og hvad jeres interesse er.",
    "Interest in a partnership varies. Some housing organisations have empty commercial premises and seek a permanent partner that brings more life; a company may want to make facilities available. A partnership can be a single activity or a longer collaboration. Agree whether you seek a smaller or a larger partnership, and what your interest is.",
);
const GUIDE_POINTS: Tr = Tr::new(
    "Når I har gennemført de indledende overvejelser, har I et godt grundlag for at mødes med en partner. Skriv de fem vigtigste punkter ned, I vil drøfte med en partner – fx «Vi vil minimere ensomhed», «Vi vil inspirere de unge til at tage uddannelse», «Vi har begrænsede ressourcer».",
    "With the first considerations done you have a good basis for meeting a partner. Write down the five most important points to discuss with a partner – e.g. “We want to reduce loneliness”, “We want to inspire young people to get an education”, “We have limited resources”.",
);

#[component]
pub fn Del1Page(record: Record) -> impl IntoView {
    let me = record.local.with_untracked(|l| l.me);
    let kind = record.dossier.with_untracked(|d| d.kind);
    let other = kind.other_party(me);
    let partner_empty = Memo::new(move |_| {
        record
            .dossier
            .with(|d| d.del1.get(other).is_none_or(Del1::is_empty))
    });
    view! {
        <h1 tabindex="-1">{tr("Del 1: Interne overvejelser", "Part 1: Internal considerations")}</h1>
        <p class="font-lead intro">
            {tr(
                "Hver part forbereder sig for sig: egne prioriteringer, de ressourcer I kan bidrage med, jeres forventninger og de fem vigtigste punkter at drøfte. For større partnerskaber udfylder begge parter Del 1 før det første møde; for mindre er den kun relevant for boligorganisationen.",
                "Each party prepares on its own: its priorities, the resources it can contribute, its expectations and the five most important points to discuss. For larger partnerships both parties fill in Part 1 before the first meeting; for smaller ones it is only for the housing organisation.",
            )}
        </p>
        <StatusTable record=record parties=[me, other] />
        <section class="worksheet" aria-labelledby="mine-heading">
            <h2 id="mine-heading" class="worksheet-heading">
                {tr("Jeres forberedelse", "Your preparation")} " – " {t(me.name())}
            </h2>
            <SmallCompanyNote record=record me=me />
            <AboutUs record=record party=me />
            <Priorities record=record party=me />
            <Resources record=record party=me />
            <Expectations record=record party=me />
            <Points record=record party=me />
        </section>
        <section class="worksheet worksheet--partner" aria-labelledby="partner-heading">
            <h2 id="partner-heading" class="worksheet-heading">
                {tr("Partnerens forberedelse", "Your partner's preparation")} " – " {t(other.name())}
            </h2>
            <Show
                when=move || !partner_empty.get()
                fallback=move || {
                    view! {
                        <p>
                            {tr(
                                "Partnerens Del 1 kommer med, når du importerer den fil, din partner sender dig. Den vises her, men kun partneren kan ændre den.",
                                "Your partner's Part 1 arrives when you import the file your partner sends you. It is shown here, but only your partner can change it.",
                            )}
                        </p>
                        {(me == Party::Housing).then(|| view! {
                            <p>
                                {tr(
                                    "Ved et mindre partnerskab – fx når I beder en virksomhed om noget konkret – kan I gå videre til Del 2 med kun jeres egen Del 1.",
                                    "For a smaller partnership – e.g. when you ask a company for something concrete – you can go on to Part 2 with only your own Part 1.",
                                )}
                            </p>
                        })}
                    }
                }
            >
                <p class="form-hint">{tr("Kun partneren kan ændre denne del.", "Only your partner can change this part.")}</p>
                <Del1Summary record=record party=other />
            </Show>
        </section>
    }
}

/// Each section's completion for both parties, so both see what is open before the meeting.
#[component]
fn StatusTable(record: Record, parties: [Party; 2]) -> impl IntoView {
    let rows = Del1Section::ALL
        .into_iter()
        .map(|s| {
            let cells = parties
                .into_iter()
                .map(|p| {
                    let state = Signal::derive(move || {
                        record.dossier.with(|d| {
                            d.del1
                                .get(p)
                                .map(|x| x.completion(s))
                                .unwrap_or(crate::domain::b2c::Completion::Empty)
                        })
                    });
                    view! { <td><CompletionBadge state=state /></td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{t(s.name())}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="table table--compact status-table">
            <caption>{tr("Hvor langt er I?", "How far have you got?")}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr("Afsnit", "Section")}</th>
                    <th scope="col">{t(parties[0].name())}</th>
                    <th scope="col">{t(parties[1].name())}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
fn SmallCompanyNote(record: Record, me: Party) -> impl IntoView {
    let small = Memo::new(move |_| {
        me == Party::Company
            && record
                .dossier
                .with(|d| d.party(Party::Company).size == Some(CompanySize::Smaller))
    });
    view! {
        <Show when=move || small.get()>
            <Alert kind=AlertKind::Info heading=tr("Som mindre virksomhed", "As a smaller company")>
                <p class="alert-text">
                    {tr(
                        "Ofte er det boligorganisationen, der kommer med et konkret forslag, som I læser og svarer på i Del 2. Udfyld det, der giver mening for jer.",
                        "Often the housing organisation brings a concrete proposal that you read and answer in Part 2. Fill in what makes sense for you.",
                    )}
                </p>
            </Alert>
        </Show>
    }
}

#[component]
fn AboutUs(record: Record, party: Party) -> impl IntoView {
    let sec = details(record, party);
    let key = party.key();
    let (org, set_org) = sec.text(|u| &u.organisation, |u| &mut u.organisation);
    let (contact, set_contact) = sec.text(|u| &u.contact, |u| &mut u.contact);
    let (role, set_role) = sec.text(|u| &u.role, |u| &mut u.role);
    let size = sec.read(|u| u.size);
    view! {
        <fieldset class="worksheet-section">
            <legend class="h3">{tr("Om jer", "About you")}</legend>
            <TextField id=format!("d1-{key}-org") label=Tr::new("Organisation", "Organisation") value=org on_input=set_org />
            <TextField id=format!("d1-{key}-contact") label=Tr::new("Kontaktperson", "Contact person") value=contact on_input=set_contact />
            <TextField
                id=format!("d1-{key}-role")
                label=Tr::new("Kontaktpersonens rolle", "Contact person's role")
                hint=Tr::new(
                    "Fx bæredygtighedschef, CSR- eller ESG-ansvarlig, HR, direktør, boligsocial koordinator",
                    "E.g. head of sustainability, CSR or ESG lead, HR, managing director, boligsocial coordinator",
                )
                value=role
                on_input=set_role
            />
            {(party == Party::Company).then(|| {
                let options = CompanySize::ALL.into_iter().map(|s| (Some(s), s.name(), Some(s.describe()))).collect::<Vec<_>>();
                view! {
                    <RadioGroup
                        name=format!("d1-{key}-size")
                        legend=Tr::new("Virksomhedens størrelse", "Size of the company")
                        options=options
                        value=size
                        on_change=sec.writer(|u, v: Option<CompanySize>| u.size = v)
                    />
                }
            })}
        </fieldset>
    }
}

#[component]
fn Priorities(record: Record, party: Party) -> impl IntoView {
    let sec = del1(record, party);
    let key = party.key();
    let (challenges, set_challenges) = sec.text(|u| &u.challenges, |u| &mut u.challenges);
    let (initiatives, set_initiatives) = sec.text(|u| &u.initiatives, |u| &mut u.initiatives);
    let notes = Core::ALL
        .into_iter()
        .map(|c| {
            let (v, set) = match c {
                Core::Belonging => sec.text(|u| &u.core_notes.belonging, |u| &mut u.core_notes.belonging),
                Core::Trust => sec.text(|u| &u.core_notes.trust, |u| &mut u.core_notes.trust),
                Core::CoCreation => sec.text(|u| &u.core_notes.co_creation, |u| &mut u.core_notes.co_creation),
            };
            let label = match lang() {
                Lang::Da => format!("{} (versus {})", c.name().da, c.versus().da),
                Lang::En => format!("{} (versus {})", c.name().en, c.versus().en),
            };
            view! {
                <div class="form-group">
                    <label class="form-label" for=format!("d1-{key}-core-{}", c.id())>{label}</label>
                    <span class="form-hint" id=format!("d1-{key}-core-{}-hint", c.id())>{t(c.meaning())}</span>
                    <textarea
                        class="form-input"
                        id=format!("d1-{key}-core-{}", c.id())
                        rows="2"
                        aria-describedby=format!("d1-{key}-core-{}-hint", c.id())
                        prop:value=move || v.get()
                        on:input=move |ev| set.run(event_target_value(&ev))
                    ></textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="worksheet-section">
            <legend class="h3">{tr("Egne prioriteringer", "Own priorities")}</legend>
            <Guidance text=GUIDE_PRIORITIES />
            <TextArea
                id=format!("d1-{key}-challenges")
                label=Tr::new("Hvilke udfordringer eller muligheder er i fokus i området?", "Which challenges or opportunities are in focus in the area?")
                value=challenges
                on_input=set_challenges
            />
            <TextArea
                id=format!("d1-{key}-initiatives")
                label=Tr::new(
                    "Gennem hvilke indsatser kan partnerskabet tackle udfordringerne og opnå mulighederne?",
                    "Through which initiatives can the partnership tackle the challenges and reach the opportunities?",
                )
                value=initiatives
                on_input=set_initiatives
            />
            <h4>{tr("Hvordan kan indsatserne fremme de tre indikatorer?", "How can the initiatives promote the three indicators?")}</h4>
            {notes}
            <Proposals record=record party=party />
        </fieldset>
    }
}

/// Site-specific indicators the party proposes.
#[component]
fn Proposals(record: Record, party: Party) -> impl IntoView {
    let sec = del1(record, party);
    let key = party.key();
    let count = sec.read(|u| u.proposals.len());
    let add = move |_| {
        sec.update(|u| u.proposals.push(Proposal::default()));
        focus_later(format!("d1-{key}-prop-{}-name", count.get_untracked()));
    };
    view! {
        <h4>{tr("Stedsspecifikke indikatorer", "Site-specific indicators")}</h4>
        <p class="form-hint">
            {tr(
                "Fx Tryghed (% der føler sig trygge i nabolaget) eller Unge i virksomhedspraktik (et antal).",
                "E.g. Safety (% who feel safe in the neighbourhood) or Young people in internships (a count).",
            )}
        </p>
        {move || {
            (0..count.get())
                .map(|i| {
                    let (name, set_name) = sec.text_at(i, |u, i| u.proposals.get(i).map(|p| &p.name), |u, i| u.proposals.get_mut(i).map(|p| &mut p.name));
                    let (kpi, set_kpi) = sec.text_at(i, |u, i| u.proposals.get(i).map(|p| &p.kpi), |u, i| u.proposals.get_mut(i).map(|p| &mut p.kpi));
                    let measure = Memo::new(move |_| record.dossier.with(|d| d.del1.get(party).and_then(|u| u.proposals.get(i)).map(|p| p.measure)));
                    let esrs = Memo::new(move |_| record.dossier.with(|d| d.del1.get(party).and_then(|u| u.proposals.get(i)).map(|p| p.esrs)));
                    let measure_options = Measure::ALL.into_iter().map(|m| (m, m.name())).collect::<Vec<_>>();
                    let esrs_options = Esrs::ALL.into_iter().map(|e| (e, e.name())).collect::<Vec<_>>();
                    view! {
                        <fieldset class="list-item">
                            <legend class="h5">{tr("Indikator", "Indicator")} " " {i + 1}</legend>
                            <TextField id=format!("d1-{key}-prop-{i}-name") label=Tr::new("Navn", "Name") value=name on_input=set_name />
                            <TextField id=format!("d1-{key}-prop-{i}-kpi") label=Tr::new("KPI-definition", "KPI definition") value=kpi on_input=set_kpi />
                            <Select
                                id=format!("d1-{key}-prop-{i}-measure")
                                label=Tr::new("Måles ved", "Measured by")
                                options=measure_options
                                value=measure
                                on_change=Callback::new(move |v: Option<Measure>| sec.update(|u| if let (Some(p), Some(v)) = (u.proposals.get_mut(i), v) { p.measure = v }))
                            />
                            <Select
                                id=format!("d1-{key}-prop-{i}-esrs")
                                label=Tr::new("Hører under", "Belongs under")
                                options=esrs_options
                                value=esrs
                                on_change=Callback::new(move |v: Option<Esrs>| sec.update(|u| if let (Some(p), Some(v)) = (u.proposals.get_mut(i), v) { p.esrs = v }))
                            />
                            <button class="button button-tertiary" on:click=move |_| sec.update(|u| { if i < u.proposals.len() { u.proposals.remove(i); } })>
                                {tr("Fjern indikator", "Remove indicator")} " " {i + 1}
                            </button>
                        </fieldset>
                    }
                })
                .collect_view()
        }}
        <button class="button button-secondary" on:click=add>{tr("Tilføj stedsspecifik indikator", "Add a site-specific indicator")}</button>
    }
}

#[component]
fn Resources(record: Record, party: Party) -> impl IntoView {
    let sec = del1(record, party);
    let key = party.key();
    let count = sec.read(|u| u.resources.len());
    let add = move |_| {
        sec.update(|u| u.resources.push(Resource::default()));
        focus_later(format!("d1-{key}-res-{}-desc", count.get_untracked()));
    };
    view! {
        <fieldset class="worksheet-section">
            <legend class="h3">{tr("Allokering af ressourcer", "Allocation of resources")}</legend>
            <Guidance text=GUIDE_RESOURCES />
            <p>{tr("Hvilke ressourcer kan I allokere til partnerskabet?", "Which resources can you allocate to the partnership?")}</p>
            {move || {
                (0..count.get())
                    .map(|i| {
                        let (desc, set_desc) = sec.text_at(i, |u, i| u.resources.get(i).map(|r| &r.description), |u, i| u.resources.get_mut(i).map(|r| &mut r.description));
                        let (unit, set_unit) = sec.text_at(i, |u, i| u.resources.get(i).map(|r| &r.unit), |u, i| u.resources.get_mut(i).map(|r| &mut r.unit));
                        let kind = Memo::new(move |_| record.dossier.with(|d| d.del1.get(party).and_then(|u| u.resources.get(i)).map(|r| r.kind)));
                        let amount = Memo::new(move |_| record.dossier.with(|d| d.del1.get(party).and_then(|u| u.resources.get(i)).and_then(|r| r.amount)));
                        let kinds = ResourceKind::ALL.into_iter().map(|k| (k, k.name())).collect::<Vec<_>>();
                        view! {
                            <fieldset class="list-item">
                                <legend class="h5">{tr("Ressource", "Resource")} " " {i + 1}</legend>
                                <Select
                                    id=format!("d1-{key}-res-{i}-kind")
                                    label=Tr::new("Type", "Kind")
                                    options=kinds
                                    value=kind
                                    on_change=Callback::new(move |v: Option<ResourceKind>| sec.update(|u| if let (Some(r), Some(v)) = (u.resources.get_mut(i), v) { r.kind = v }))
                                />
                                <TextField
                                    id=format!("d1-{key}-res-{i}-desc")
                                    label=Tr::new("Beskrivelse", "Description")
                                    hint=Tr::new("Fx «Lokale i stueetagen to aftener om ugen»", "E.g. “Ground-floor room two evenings a week”")
                                    value=desc
                                    on_input=set_desc
                                />
                                <div class="field-pair">
                                    <NumberField
                                        id=format!("d1-{key}-res-{i}-amount")
                                        label=Tr::new("Antal (hvis relevant)", "Amount (if any)")
                                        value=amount
                                        on_change=Callback::new(move |v: Option<f64>| sec.update(|u| if let Some(r) = u.resources.get_mut(i) { r.amount = v }))
                                    />
                                    <TextField
                                        id=format!("d1-{key}-res-{i}-unit")
                                        label=Tr::new("Enhed", "Unit")
                                        hint=Tr::new("Fx timer om året", "E.g. hours a year")
                                        value=unit
                                        on_input=set_unit
                                    />
                                </div>
                                <button class="button button-tertiary" on:click=move |_| sec.update(|u| { if i < u.resources.len() { u.resources.remove(i); } })>
                                    {tr("Fjern ressource", "Remove resource")} " " {i + 1}
                                </button>
                            </fieldset>
                        }
                    })
                    .collect_view()
            }}
            <button class="button button-secondary" on:click=add>{tr("Tilføj ressource", "Add a resource")}</button>
        </fieldset>
    }
}

#[component]
fn Expectations(record: Record, party: Party) -> impl IntoView {
    let sec = del1(record, party);
    let key = party.key();
    let scale = sec.read(|u| u.scale);
    let (interest, set_interest) = sec.text(|u| &u.interest, |u| &mut u.interest);
    let options = Scale::ALL
        .into_iter()
        .map(|s| (Some(s), s.name(), None))
        .collect::<Vec<_>>();
    view! {
        <fieldset class="worksheet-section">
            <legend class="h3">{tr("Forventninger til partnerskab", "Expectations of the partnership")}</legend>
            <Guidance text=GUIDE_EXPECTATIONS />
            <RadioGroup
                name=format!("d1-{key}-scale")
                legend=Tr::new("Søger I et mindre eller et større partnerskab?", "Do you seek a smaller or a larger partnership?")
                options=options
                value=scale
                on_change=sec.writer(|u, v: Option<Scale>| u.scale = v)
            />
            <TextArea
                id=format!("d1-{key}-interest")
                label=Tr::new("Hvad er jeres interesse i at indgå partnerskabet?", "What is your interest in the partnership?")
                value=interest
                on_input=set_interest
            />
        </fieldset>
    }
}

#[component]
fn Points(record: Record, party: Party) -> impl IntoView {
    let sec = del1(record, party);
    let key = party.key();
    let count = sec.read(|u| u.points.len());
    let add = move |_| {
        sec.update(|u| {
            let _ = u.add_point(String::new());
        });
        focus_later(format!("d1-{key}-point-{}", count.get_untracked()));
    };
    let full = move || count.get() >= MAX_POINTS;
    view! {
        <fieldset class="worksheet-section">
            <legend class="h3">{tr("Fem vigtigste punkter", "The five most important points")}</legend>
            <Guidance text=GUIDE_POINTS />
            <ol class="nobullet-list points">
                {move || {
                    let n = count.get();
                    (0..n)
                        .map(|i| {
                            let (v, set) = sec.text_at(i, |u, i| u.points.get(i), |u, i| u.points.get_mut(i));
                            let id = format!("d1-{key}-point-{i}");
                            let move_to = move |up: bool| {
                                sec.update(|u| u.move_point(i, up));
                                let to = if up { i.saturating_sub(1) } else { (i + 1).min(n - 1) };
                                focus_later(format!("d1-{key}-point-{to}"));
                            };
                            view! {
                                <li class="point">
                                    <label class="form-label" for=id.clone()>{tr("Punkt", "Point")} " " {i + 1}</label>
                                    <div class="point-row">
                                        <input type="text" class="form-input" id=id prop:value=move || v.get() on:input=move |ev| set.run(event_target_value(&ev)) />
                                        <button class="button button-secondary button-small" disabled=i == 0 on:click=move |_| move_to(true)>
                                            <span aria-hidden="true">"↑"</span>
                                            <span class="sr-only">{tr("Flyt punkt op:", "Move point up:")} " " {i + 1}</span>
                                        </button>
                                        <button class="button button-secondary button-small" disabled=i + 1 == n on:click=move |_| move_to(false)>
                                            <span aria-hidden="true">"↓"</span>
                                            <span class="sr-only">{tr("Flyt punkt ned:", "Move point down:")} " " {i + 1}</span>
                                        </button>
                                        <button class="button button-tertiary button-small" on:click=move |_| sec.update(|u| { if i < u.points.len() { u.points.remove(i); } })>
                                            {tr("Fjern", "Remove")}
                                            <span class="sr-only">" " {tr("punkt", "point")} " " {i + 1}</span>
                                        </button>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <Show
                when=move || !full()
                fallback=move || view! { <p class="form-hint">{tr("I har fem punkter – det er det, guiden beder om. Fjern et for at tilføje et nyt.", "You have five points – as the guide asks. Remove one to add another.")}</p> }
            >
                <button class="button button-secondary" on:click=add>{tr("Tilføj punkt", "Add a point")}</button>
            </Show>
        </fieldset>
    }
}

/// A party's Del 1 as text (the partner's, on this page and in the meeting view).
#[component]
pub fn Del1Summary(record: Record, party: Party) -> impl IntoView {
    let d1 = Memo::new(move |_| {
        record
            .dossier
            .with(|d| d.del1.get(party).cloned().unwrap_or_default())
    });
    let lang = lang();
    let para = |s: String| {
        if s.trim().is_empty() {
            view! { <p class="empty-value">"–"</p> }.into_any()
        } else {
            view! { <p class="pre-line">{s}</p> }.into_any()
        }
    };
    move || {
        let d = d1.get();
        if d.is_empty() {
            return view! {
                <p class="empty-value">{tr("Denne parts Del 1 er ikke i dossieret endnu.", "This party's Part 1 is not in the dossier yet.")}</p>
            }
            .into_any();
        }
        let cores = Core::ALL
            .into_iter()
            .map(|c| view! { <dt>{t(c.name())}</dt><dd class="pre-line">{d.core_notes.get(c).clone()}</dd> })
            .collect_view();
        let proposals = d
            .proposals
            .iter()
            .map(|p| {
                let text = format!(
                    "{} – {} ({}, {})",
                    p.name,
                    p.kpi,
                    p.measure.name().get(lang),
                    p.esrs.name().get(lang)
                );
                view! { <li>{text}</li> }
            })
            .collect_view();
        let resources = d
            .resources
            .iter()
            .map(|r| {
                let amount = r.amount.map(|a| format!(" – {} {}", crate::domain::number::format(a, 2, lang), r.unit)).unwrap_or_default();
                view! { <li>{format!("{}: {}{amount}", r.kind.name().get(lang), r.description)}</li> }
            })
            .collect_view();
        let points = d
            .points
            .iter()
            .map(|p| view! { <li>{p.clone()}</li> })
            .collect_view();
        view! {
            <div class="del1-summary">
                <h3>{tr("Egne prioriteringer", "Own priorities")}</h3>
                <h4>{tr("Udfordringer og muligheder", "Challenges and opportunities")}</h4>
                {para(d.challenges.clone())}
                <h4>{tr("Indsatser", "Initiatives")}</h4>
                {para(d.initiatives.clone())}
                <dl class="core-notes">{cores}</dl>
                <h4>{tr("Stedsspecifikke indikatorer", "Site-specific indicators")}</h4>
                <ul>{proposals}</ul>
                <h3>{tr("Ressourcer", "Resources")}</h3>
                <ul>{resources}</ul>
                <h3>{tr("Forventninger", "Expectations")}</h3>
                <p>{d.scale.map(|s| t(s.name())).unwrap_or("–")}</p>
                {para(d.interest.clone())}
                <h3>{tr("Fem vigtigste punkter", "The five most important points")}</h3>
                <ol>{points}</ol>
            </div>
        }
        .into_any()
    }
}

/// Puts focus on an element after the next render (e.g. the field a button just added).
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
