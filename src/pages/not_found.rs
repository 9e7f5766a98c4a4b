//! The page for a URL that names no page, or a dossier this browser does not have.

use crate::domain::Tr;
use crate::i18n::t;
use crate::routes::Route;
use leptos::prelude::*;

#[component]
pub fn NotFound(heading: Tr, text: Tr) -> impl IntoView {
    view! {
        <h1 tabindex="-1">{t(heading)}</h1>
        <p>{t(text)}</p>
        <p>
            <a href=Route::Home.href() class="button button-primary">
                {t(Tr::new("Til forsiden", "Go to the front page"))}
            </a>
        </p>
    }
}
