//! Del 2 — Fælles rammesætning: the meeting view (both parties' Del 1 side by side), the
//! indicators the partnership commits to, joint priorities and the joint initiatives. The
//! questions are `sheets::del2`.

use crate::browser;
use crate::components::form::{CompletionBadge, Guidance};
use crate::components::sheet::Sheet;
use crate::domain::b2c::Del2Section;
use crate::domain::indicator::{Indicator, Proposal};
use crate::domain::Tr;
use crate::i18n::{t, tr};
use crate::pages::del1::Del1Read;
use crate::sheets::{del2, At};
use crate::state::{use_app, Record};
use leptos::prelude::*;

const GUIDE_JOINT: Tr = Tr::new(
    "Efter et grundigt forarbejde hos begge parter er I klar til at mødes og drøfte, om der er et godt match. Gennemgå sammen de tre indikatorer og eventuelle stedsspecifikke, og drøft: Hvilke udfordringer eller muligheder er i fokus i området? Hvilke konkrete tiltag kan I med fordel være fælles om? Hvilke ressourcer vil I bruge? Er der andre ressourcer, der kan inddrages – fx kommunen, en helhedsplan, den boligsociale indsats eller andre virksomheder?",
    "After thorough preparation on both sides you are ready to meet and discuss whether there is a good match. Go through the three indicators and any site-specific ones together, and discuss: Which challenges or opportunities are in focus in the area? Which concrete initiatives can you share? Which resources will you use? Can other resources be involved – e.g. the municipality, a master plan, the social housing effort or other companies?",
);

/// Completion badges for some sections of Del 2.
#[component]
pub fn StatusList(record: Record, sections: &'static [Del2Section]) -> impl IntoView {
    let items = sections
        .iter()
        .map(|s| {
            let s = *s;
            let state = Signal::derive(move || record.dossier.with(|d| d.del2.completion(s)));
            view! { <li>{t(s.name())} " " <CompletionBadge state=state /></li> }
        })
        .collect_view();
    view! { <ul class="nobullet-list status-list" aria-label=tr("Hvor langt er I?", "How far have you got?")>{items}</ul> }
}

#[component]
pub fn Del2Page(record: Record) -> impl IntoView {
    let [a, b] = record.dossier.with_untracked(|d| d.kind.parties());
    view! {
        <h1 tabindex="-1">{tr("Del 2: Fælles rammesætning", "Part 2: Joint framing")}</h1>
        <p class="font-lead intro">
            {tr(
                "Del 2 bruges i den fælles dialog, hvor I drøfter det fælles sociale ansvar og indgår en partnerskabsaftale. Aftalens årshjul, mødedatoer og effektmåling finder I under «Partnerskabsaftale».",
                "Part 2 is for the joint dialogue, where you discuss your shared social responsibility and agree a partnership. The agreement's annual wheel, meeting dates and impact measurement are under “Partnership agreement”.",
            )}
        </p>
        <StatusList record=record sections=&[Del2Section::Indicators, Del2Section::Priorities, Del2Section::Initiatives] />
        <details class="details meeting-view" open>
            <summary class="details-summary">{tr("Mødevisning: begge parters Del 1 side om side", "Meeting view: both parties' Part 1 side by side")}</summary>
            <div class="details-text side-by-side">
                <section aria-label=t(a.name())>
                    <h2 class="h3">{t(a.name())}</h2>
                    <Del1Read record=record party=a />
                </section>
                <section aria-label=t(b.name())>
                    <h2 class="h3">{t(b.name())}</h2>
                    <Del1Read record=record party=b />
                </section>
            </div>
        </details>
        <section class="worksheet-section" aria-labelledby="ind-heading">
            <h2 id="ind-heading">{tr("Indikatorer", "Indicators")}</h2>
            <Guidance text=GUIDE_JOINT />
            <p>
                {tr(
                    "Hvilke indikatorer forpligter partnerskabet sig på? De tre fra guiden måles med det årlige spørgeskema; stedsspecifikke kan også tælles, fx unge i virksomhedspraktik.",
                    "Which indicators does the partnership commit to? The guide's three are measured by the yearly survey; site-specific ones can also be counted, e.g. young people in internships.",
                )}
            </p>
            <Sheet record=record at=At::JOINT nodes=del2::INDICATORS prefix="d2" />
            <FromProposals record=record />
        </section>
        <section class="worksheet-section" aria-labelledby="joint-heading">
            <h2 id="joint-heading">{tr("Fælles prioriteringer", "Joint priorities")}</h2>
            <Sheet record=record at=At::JOINT nodes=del2::PRIORITIES prefix="d2" />
        </section>
        <section class="worksheet-section" aria-labelledby="init-heading">
            <h2 id="init-heading">{tr("Fælles initiativer", "Joint initiatives")}</h2>
            <p>
                {tr(
                    "De konkrete tiltag, indsatser, events eller aktiviteter, partnerskabet indeholder: hvor og hvad, hvilke indikatorer de skal fremme, og hvad hver part bidrager med.",
                    "The concrete initiatives, events or activities of the partnership: where and what, which indicators they should promote, and what each party contributes.",
                )}
            </p>
            <Sheet record=record at=At::JOINT nodes=del2::INITIATIVES prefix="d2" />
        </section>
    }
}

/// Buttons that add the site-specific indicators either party proposed in Del 1.
#[component]
fn FromProposals(record: Record) -> impl IntoView {
    let app = use_app();
    let proposals = Memo::new(move |_| {
        record.dossier.with(|d| {
            let mut out: Vec<Proposal> = Vec::new();
            let taken = |name: &str, out: &[Proposal]| {
                d.del2.indicators().any(|i| i.name.trim().eq_ignore_ascii_case(name))
                    || out.iter().any(|o| o.name.trim().eq_ignore_ascii_case(name))
            };
            for p in d.kind.parties() {
                for prop in d.del1.get(p).map(|x| x.proposals.as_slice()).unwrap_or_default() {
                    let name = prop.name.trim();
                    if !name.is_empty() && !taken(name, &out) {
                        out.push(prop.clone());
                    }
                }
            }
            out
        })
    });
    view! {
        <Show when=move || !proposals.with(Vec::is_empty)>
            <h3>{tr("Forslag fra Del 1", "Proposals from Part 1")}</h3>
            <ul class="nobullet-list proposal-list">
                {move || {
                    proposals
                        .get()
                        .into_iter()
                        .map(|p| {
                            let label = format!("{} «{}»", tr("Tilføj", "Add"), p.name.trim());
                            view! {
                                <li>
                                    <button
                                        class="button button-secondary"
                                        on:click=move |_| {
                                            let item = Indicator::site_specific(browser::new_id(), browser::now(), &p);
                                            app.add_item(record.id, |d| &mut d.del2.indicators, item);
                                        }
                                    >
                                        {label}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}
