//! A dossier's pages: the shell that finds the dossier, and its overview (title, who I am, the parties).

use crate::components::form::{RadioGroup, TextField};
use crate::domain::{Party, Tr};
use crate::i18n::{t, tr};
use crate::pages::not_found::NotFound;
use crate::routes::Part;
use crate::state::{use_app, Record};
use leptos::either::Either;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn DossierPage(id: Uuid, part: Part) -> impl IntoView {
    let app = use_app();
    match app
        .record(id)
        .filter(|r| r.local.with_untracked(|l| l.deleted.is_none()))
    {
        None => Either::Left(view! {
            <NotFound
                heading=Tr::new("Dossieret findes ikke i denne browser", "The dossier is not in this browser")
                text=Tr::new(
                    "Linket peger på et dossier, som ikke er gemt i denne browser. Dossierer deles som filer: bed din partner om at eksportere dossieret og sende dig filen.",
                    "The link points to a dossier that is not saved in this browser. Dossiers are shared as files: ask your partner to export the dossier and send you the file.",
                )
            />
        }),
        Some(record) => Either::Right(match part {
            Part::Overview => view! { <OverviewPage record=record /> },
        }),
    }
}

#[component]
fn OverviewPage(record: Record) -> impl IntoView {
    let app = use_app();
    let id = record.id;
    let kind = record.dossier.with_untracked(|d| d.kind);
    let title = Signal::derive(move || record.dossier.with(|d| d.title.clone()));
    let me = Signal::derive(move || record.local.with(|l| l.me));
    let me_options = kind
        .parties()
        .into_iter()
        .map(|p| (p, p.name(), None))
        .collect::<Vec<_>>();
    view! {
        <h1 tabindex="-1">{tr("Oversigt", "Overview")}</h1>
        <p class="font-lead">{t(kind.describe())}</p>
        <TextField
            id="dossier-title"
            label=Tr::new("Dossierets titel", "Title of the dossier")
            value=title
            on_input=Callback::new(move |v: String| app.edit(id, |d| d.title = v))
        />
        <RadioGroup
            name="dossier-me"
            legend=Tr::new("Du er", "You are")
            options=me_options
            value=me
            on_change=Callback::new(move |p| record.local.update(|l| l.me = p))
        />
        <h2>{tr("Parterne", "The parties")}</h2>
        <div class="party-grid">
            {kind.parties().into_iter().map(|p| view! { <PartyFields record=record party=p /> }).collect_view()}
        </div>
    }
}

#[component]
fn PartyFields(record: Record, party: Party) -> impl IntoView {
    let app = use_app();
    let id = record.id;
    let key = party.key();
    let field = move |get: fn(&crate::domain::dossier::PartyDetails) -> &String| {
        Signal::derive(move || record.dossier.with(|d| get(d.party(party)).clone()))
    };
    view! {
        <fieldset class="party-card">
            <legend class="h3">{t(party.name())}</legend>
            <TextField
                id=format!("{key}-organisation")
                label=Tr::new("Organisation", "Organisation")
                value=field(|p| &p.organisation)
                on_input=Callback::new(move |v: String| app.edit(id, |d| d.party_mut(party).organisation = v))
            />
            <TextField
                id=format!("{key}-contact")
                label=Tr::new("Kontaktperson", "Contact person")
                value=field(|p| &p.contact)
                on_input=Callback::new(move |v: String| app.edit(id, |d| d.party_mut(party).contact = v))
            />
            <TextField
                id=format!("{key}-role")
                label=Tr::new("Kontaktpersonens rolle", "Contact person's role")
                hint=Tr::new(
                    "Fx bæredygtighedschef, HR, direktør, boligsocial koordinator",
                    "E.g. head of sustainability, HR, managing director, boligsocial coordinator",
                )
                value=field(|p| &p.role)
                on_input=Callback::new(move |v: String| app.edit(id, |d| d.party_mut(party).role = v))
            />
        </fieldset>
    }
}
