//! Code that is its own wasm module, fetched the first time it is needed (see `tools/split.mjs`):
//! the pages other than the front page, the running kiosk (`kiosk`), the readers of dossier
//! texts (`stored` for current stored dossiers at start, `readers` for the rest) and their writer
//! (`writer`, see `writer.rs`). The front page and the kiosk start without the pages' modules
//! (the kiosk's own module and `stored` are fetched alongside the main module, see
//! `index.html`'s inline script). A module that cannot be
//! fetched (offline before the app was kept for offline use, or a new version replaced the
//! files) gets a page that says so and tries again; nothing typed is lost.

use crate::browser;
use crate::components::alert::{Alert, AlertKind};
use crate::domain::Tr;
use crate::i18n::{t, tr};
use crate::routes::Route;
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;

/// A split module could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NotLoaded;

impl NotLoaded {
    /// What to tell a user whose file or stored dossier could not be read for this reason.
    pub const READER: Tr = Tr::new(
        "Den del af B2C Kompas, der læser dossierer, kunne ikke hentes. Tjek forbindelsen, og prøv igen; er B2C Kompas blevet opdateret, mens siden var åben, så genindlæs siden.",
        "The part of B2C Kompas that reads dossiers could not be loaded. Check the connection and try again; if B2C Kompas was updated while the page was open, reload the page.",
    );
    /// Said after [`NotLoaded::READER`] where nothing else says that nothing changed.
    pub const KEPT: Tr =
        Tr::new("Intet er ændret, og alt gemt er bevaret.", "Nothing was changed, and everything saved is kept.");

    /// [`NotLoaded::READER`] and [`NotLoaded::KEPT`] as a toast's text.
    pub fn reader_toast() -> (String, String) {
        let (r, k) = (Self::READER, Self::KEPT);
        (format!("{} {}", r.da, k.da), format!("{} {}", r.en, k.en))
    }
}

impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// What a split point returns: the page, or why its module is not there.
pub type Loaded = Result<AnyView, NotLoaded>;

/// Marks a function as a split point: its code (and what only it uses) moves into the module
/// named first; calling it is async and fetches the module the first time. The function returns
/// `Result<_, NotLoaded>` (a page returns [`Loaded`]), the error when the module cannot be fetched.
macro_rules! split_point {
    ($module:ident, $($item:tt)*) => {
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        $($item)*
    };
}
pub(crate) use split_point;

/// Shows a lazily loaded page once its module is there and moves the focus to its heading if a
/// navigation waits for it; if the module cannot be fetched, a page that offers to try again.
pub fn lazy_page<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Loaded> + Send + 'static,
{
    let attempt = RwSignal::new(0u32);
    let load = Arc::new(load);
    (move || {
        attempt.track();
        let load = Arc::clone(&load);
        let busy = browser::Busy::new();
        Suspend::new(async move {
            let _busy = busy;
            let view = match load().await {
                Ok(view) => view,
                Err(NotLoaded) => view! { <NotLoadedPage attempt=attempt /> }.into_any(),
            };
            browser::focus_heading_when_drawn();
            view
        })
    })
    .into_any()
}

#[component]
fn NotLoadedPage(attempt: RwSignal<u32>) -> impl IntoView {
    let again = move |_| attempt.update(|n| *n += 1);
    view! {
        <h1 tabindex="-1">{tr("Siden kunne ikke hentes", "The page could not be loaded")}</h1>
        <Alert kind=AlertKind::Error>
            <p>
                {tr(
                    "Denne del af B2C Kompas hentes første gang, den åbnes, og det lykkedes ikke. Tjek forbindelsen, og prøv igen. Er B2C Kompas blevet opdateret, mens siden var åben, så genindlæs siden. Alt, hvad du har skrevet, er bevaret.",
                    "This part of B2C Kompas is fetched the first time it is opened, and that failed. Check the connection and try again. If B2C Kompas was updated while the page was open, reload the page. Everything you have written is kept.",
                )}
            </p>
        </Alert>
        <p>
            <button type="button" class="button button-primary" on:click=again>
                {tr("Prøv igen", "Try again")}
            </button>
            " "
            <a href=Route::Home.href() class="button button-secondary">
                {t(Tr::new("Til forsiden", "Go to the front page"))}
            </a>
        </p>
    }
}
