//! The page header (DKFDS `header`): product name and language switch; the open dossier's title,
//! kind and save state; and the navigation between the dossier's parts.

use crate::components::status::SaveIndicator;
use crate::domain::Tr;
use crate::i18n::{t, tr};
use crate::router::use_route;
use crate::routes::{Part, Route};
use crate::state::{use_app, Record};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let route = use_route();
    let record = Memo::new(move |_| route.with(|r| r.dossier_id()).and_then(|id| app.record(id)).map(|r| r.id));
    let switch_lang = move |_| app.lang.update(|l| *l = l.other());
    view! {
        <header class="header">
            <div class="portal-info">
                <div class="portal-info-inner container">
                    <a href=Route::Home.href() class="app-logo">
                        <span class="app-logo-mark" aria-hidden="true">"B2C"</span>
                        <span>"B2C Kompas"</span>
                    </a>
                    <div class="app-lang">
                        <button
                            class="function-link language-toggle d-print-none"
                            lang=app.lang.get_untracked().other().tag()
                            on:click=switch_lang
                        >
                            {app.lang.get_untracked().other().native_name()}
                        </button>
                    </div>
                </div>
            </div>
            {move || {
                record
                    .get()
                    .and_then(|id| app.record(id))
                    .map(|r| view! { <DossierHeader record=r /> })
            }}
        </header>
    }
}

#[component]
fn DossierHeader(record: Record) -> impl IntoView {
    let route = use_route();
    let kind = move || record.dossier.with_untracked(|d| d.kind);
    let title = move || {
        let title = record.dossier.with(|d| d.display_title());
        if title.is_empty() {
            t(Tr::new("Dossier uden titel", "Untitled dossier")).to_string()
        } else {
            title
        }
    };
    let me = move || record.local.with(|l| l.me);
    // The parts are fixed for the dossier's kind: a plain list (a keyed `For` would add its
    // diffing to the main module for nothing).
    let items = Part::for_kind(kind())
        .into_iter()
        .map(|p| {
            let href = Route::Dossier { id: record.id, part: p }.href();
            let current = move || route.with(|r| matches!(r, Route::Dossier { part, .. } if *part == p));
            view! {
                <li class:active=current class:current=current>
                    <a href=href class="nav-link" aria-current=move || current().then_some("page")>
                        <span>{t(p.name())}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="solution-info">
            <div class="solution-info-inner container">
                <div class="solution-heading">
                    <a href=move || Route::Dossier { id: record.id, part: Part::Overview }.href()>{title}</a>
                </div>
                <div class="additional-info">
                    <p>
                        <strong class="authority-name">{t(kind().name())}</strong>
                    </p>
                    <p>{tr("Du er: ", "You are: ")} {move || t(me().name())}</p>
                    <SaveIndicator />
                    <button class="function-link d-print-none" on:click=crate::components::status::export_click(record.id)>
                        {tr("Eksportér dossier", "Export dossier")}
                    </button>
                </div>
            </div>
        </div>
        <div class="navigation-menu">
            <div class="navigation-menu-inner container">
                <nav class="nav" aria-label=tr("Dossierets dele", "Parts of the dossier")>
                    <ul class="mainmenu">
                        {items}
                    </ul>
                </nav>
            </div>
        </div>
    }
}
