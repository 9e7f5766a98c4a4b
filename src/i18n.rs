//! Bilingual text for views: Danish first, English when the user switches.
//!
//! Texts are plain `&'static str` read for the current language when a view is built; the app
//! rebuilds its page tree when the language changes (see `app`). This keeps every label out of
//! the reactive graph, which is what keeps the wasm small (one render effect per text otherwise).

use crate::domain::{Lang, Tr};
use crate::state::AppState;
use leptos::prelude::{use_context, GetUntracked};

/// The current language, read without tracking (views are rebuilt on a switch). Before the app's
/// state exists (a start that failed), the `Lang` provided as context, else Danish.
pub fn lang() -> Lang {
    match use_context::<AppState>() {
        Some(app) => app.lang.get_untracked(),
        None => use_context::<Lang>().unwrap_or_default(),
    }
}

/// A text in the current language: `{tr("Gem", "Save")}`.
pub fn tr(da: &'static str, en: &'static str) -> &'static str {
    Tr::new(da, en).get(lang())
}

/// A [`Tr`] in the current language.
pub fn t(text: Tr) -> &'static str {
    text.get(lang())
}

/// A text made at run time in both languages (Danish, English), in the current language.
pub fn either(text: &(String, String)) -> String {
    match lang() {
        Lang::Da => text.0.clone(),
        Lang::En => text.1.clone(),
    }
}
