//! Del 1 — Interne overvejelser: my own preparation (editable), and my partner's (read-only,
//! once it arrives through the file exchange). The questions are `sheets::del1`.

use crate::components::alert::{Alert, AlertKind};
use crate::components::form::CompletionBadge;
use crate::components::sheet::Sheet;
use crate::components::table::ScrollBox;
use crate::domain::b2c::{Completion, Del1, Del1Section};
use crate::domain::dossier::CompanySize;
use crate::domain::Party;
use crate::i18n::{t, tr};
use crate::sheets::{del1, At};
use crate::state::Record;
use leptos::prelude::*;

#[component]
pub fn Del1Page(record: Record) -> impl IntoView {
    let me = record.local.with_untracked(|l| l.me);
    let kind = record.dossier.with_untracked(|d| d.kind);
    let other = kind.other_party(me);
    let partner_empty = Memo::new(move |_| record.dossier.with(|d| d.del1.get(other).is_none_or(Del1::is_empty)));
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
            <h2 id="mine-heading" class="worksheet-heading">{tr("Jeres forberedelse", "Your preparation")} " – " {t(me.name())}</h2>
            <SmallCompanyNote record=record me=me />
            <fieldset class="worksheet-section">
                <legend class="h3">{tr("Om jer", "About you")}</legend>
                <Sheet record=record at=At::party(me) nodes=del1::ABOUT prefix=format!("d1-{}", me.key()) />
            </fieldset>
            <Sheet record=record at=At::party(me) nodes=del1::DEL1 prefix=format!("d1-{}", me.key()) />
        </section>
        <section class="worksheet worksheet--partner" aria-labelledby="partner-heading">
            <h2 id="partner-heading" class="worksheet-heading">{tr("Partnerens forberedelse", "Your partner's preparation")} " – " {t(other.name())}</h2>
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
                <Sheet record=record at=At::party(other) nodes=del1::DEL1 prefix="partner" readonly=true />
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
                        record.dossier.with(|d| d.del1.get(p).map_or(Completion::Empty, |x| x.completion(s)))
                    });
                    view! { <td><CompletionBadge state=state /></td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{t(s.name())}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <ScrollBox label=tr("Hvor langt er I?", "How far have you got?")>
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
        </ScrollBox>
    }
}

#[component]
fn SmallCompanyNote(record: Record, me: Party) -> impl IntoView {
    let small = Memo::new(move |_| {
        me == Party::Company && record.dossier.with(|d| d.party(Party::Company).size == Some(CompanySize::Smaller))
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

/// A party's Del 1 as text, or a note that it has not arrived (the meeting view).
#[component]
pub fn Del1Read(record: Record, party: Party) -> impl IntoView {
    let empty = Memo::new(move |_| record.dossier.with(|d| d.del1.get(party).is_none_or(Del1::is_empty)));
    view! {
        <Show
            when=move || !empty.get()
            fallback=|| view! { <p class="empty-value">{tr("Denne parts Del 1 er ikke i dossieret endnu.", "This party's Part 1 is not in the dossier yet.")}</p> }
        >
            <Sheet record=record at=At::party(party) nodes=del1::DEL1 prefix=format!("mv-{}", party.key()) readonly=true />
        </Show>
    }
}
