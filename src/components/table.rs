//! A wide table in Det Fælles Designsystem's scroll box: on a narrow screen the table scrolls
//! inside the box, never the page.

use leptos::prelude::*;

/// The box is a named region that takes focus, so a keyboard user can scroll it with the arrow
/// keys and a screen reader announces what it holds. For tables without fields of their own
/// (a table with fields is reachable through them and uses a plain `table-scroll` box).
#[component]
pub fn ScrollBox(#[prop(into)] label: Signal<String>, children: Children) -> impl IntoView {
    view! {
        <div class="table--responsive-scroll" role="region" tabindex="0" aria-label=label>
            {children()}
        </div>
    }
}
