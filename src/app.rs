//! The app's shell: state, router and toasts provided once; header, banner, the routed page.

use crate::browser;
use crate::components::alert::{Alert, AlertKind};
use crate::components::header::Header;
use crate::components::status::StorageBanner;
use crate::components::toast::{ToastHost, Toasts};
use crate::domain::kiosk::KioskConfig;
use crate::domain::{Lang, Tr};
use crate::i18n::{t, tr};
use crate::import_flow::{listen_for_drops, ImportFlow};
use crate::lazy::{lazy_page, split_point, Loaded, NotLoaded};
use crate::pages::compare::ComparePage;
use crate::pages::dossier::DossierPage;
use crate::pages::home::HomePage;
use crate::pages::import::ImportPage;
use crate::pages::kiosk::KioskScreen;
use crate::pages::not_found::NotFound;
use crate::persistence::Persistence;
use crate::readers::{self, StoredRead};
use crate::router::provide_router;
use crate::routes::Route;
use crate::state::AppState;
use crate::writer;
use leptos::prelude::*;
use std::rc::Rc;

/// Starts the app in the page's `<body>`. Stored dossiers are read first: the quick way by the
/// `stored` module, or by the readers' module when one is of an older version or damaged; if a
/// module cannot be fetched, the page says so and nothing in storage is touched.
pub fn mount() {
    console_error_panic_hook::set_once();
    let store = Rc::new(Persistence::open());
    let (keys, texts): (Vec<String>, Vec<String>) = store.dossier_texts().into_iter().unzip();
    // A first visit has nothing stored and starts at once; stored dossiers are read by the
    // `stored` module (see `readers`), which index.html preloads alongside this one.
    if texts.is_empty() {
        start(store, Vec::new());
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match readers::read_stored_all(&texts).await {
            Ok(read) => start(store, with_keys(keys, texts, read)),
            Err(NotLoaded) => {
                let lang = store.load_settings().map(|s| s.lang).unwrap_or_default();
                leptos::mount::mount_to_body(move || view! { <StartFailed lang=lang /> });
            }
        }
    });
}

fn with_keys(keys: Vec<String>, texts: Vec<String>, read: Vec<StoredRead>) -> Vec<(String, String, StoredRead)> {
    keys.into_iter().zip(texts).zip(read).map(|((k, t), r)| (k, t, r)).collect()
}

fn start(store: Rc<Persistence>, stored: Vec<(String, String, StoredRead)>) {
    // The first page settles (and the fonts and the offline copy are fetched) once it is painted
    // with its module and chart, if it has them (`browser::Busy`).
    let busy = browser::Busy::new();
    leptos::mount::mount_to_body(move || view! { <App store=store stored=stored /> });
    // Mounting is synchronous: from here the page is drawn and its handlers are live.
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("app-ready");
    }
    // Once the page is shown: the writer of dossiers (`writer`), not needed to show the page and
    // here long before a first change is written (until then the flush waits for it). The
    // service worker, whose install keeps the whole app for offline use (about 0.9 MB to fetch,
    // and its scripts compiled for the cache: registered at mount, it held up a cold start's
    // first paint by about 0.2 s at 4x CPU), waits until the page has settled.
    leptos::task::spawn_local(async move {
        browser::after_paint().await;
        drop(busy);
        let _ = writer::load().await;
    });
}

/// The page when the stored dossiers could not be read because the readers' module could not
/// be fetched: nothing is shown from them, and nothing is written over them.
#[component]
fn StartFailed(lang: Lang) -> impl IntoView {
    browser::set_document_lang(lang.tag());
    provide_context(lang);
    let reload = move |_| browser::reload();
    view! {
        <main id="main" class="container page-main">
            <h1 tabindex="-1">{tr("B2C Kompas kunne ikke starte", "B2C Kompas could not start")}</h1>
            <Alert kind=AlertKind::Error>
                <p>{t(NotLoaded::READER)} " " {t(NotLoaded::KEPT)}</p>
            </Alert>
            <p>
                <button type="button" class="button button-primary" on:click=reload>
                    {tr("Genindlæs siden", "Reload the page")}
                </button>
            </p>
        </main>
    }
}

#[component]
fn Shell(route: RwSignal<Route>) -> impl IntoView {
    // DKFDS markup (an anchor), but the click must not change the hash route.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        browser::focus_main_heading();
    };
    view! {
        <a class="skipnav" href="#main" on:click=skip>{tr("Gå til sidens indhold", "Skip to content")}</a>
        <Header />
        <div class="container">
            <StorageBanner />
        </div>
        <main id="main" class="container page-main">
            {move || match route.get() {
                Route::Home => view! { <HomePage /> }.into_any(),
                Route::Import => lazy_page(import_page),
                Route::Compare => lazy_page(compare_page),
                Route::Dossier { id, part } => view! { <DossierPage id=id part=part /> }.into_any(),
                Route::NotFound(_) => {
                    view! {
                        <NotFound
                            heading=Tr::new("Siden findes ikke", "Page not found")
                            text=Tr::new(
                                "Adressen peger ikke på en side i B2C Kompas.",
                                "The address does not point to a page in B2C Kompas.",
                            )
                        />
                    }
                        .into_any()
                }
            }}
        </main>
        <footer class="app-footer">
            <div class="container">
                <p>
                    {tr(
                        "B2C Kompas bygger på dialogredskabet Business2Community (AlmenNet, Neighborhood Lab, KAB og Himmerland Boligforening, 2023–24) og på AlmenKompas, den almene sektors ramme for ESG.",
                        "B2C Kompas is built on the Business2Community dialogue tool (AlmenNet, Neighborhood Lab, KAB and Himmerland Boligforening, 2023–24) and on AlmenKompas, the social housing sector's ESG framework.",
                    )}
                </p>
            </div>
        </footer>
    }
}

// Pages the front page and the kiosk do not need are their own wasm modules (src/lazy.rs);
// the dossier's parts are split in pages/dossier.rs.
split_point!(
    import_page,
    fn import_page() -> Loaded {
        Ok(view! { <ImportPage /> }.into_any())
    }
);

split_point!(
    compare_page,
    fn compare_page() -> Loaded {
        Ok(view! { <ComparePage /> }.into_any())
    }
);

// The running kiosk is a module of its own, `kiosk`: when a kiosk runs, index.html's inline script
// fetches it (the kiosk pack) alongside the main module and the start pack, so it is there when
// the kiosk is drawn; a start without a kiosk does not download it.
split_point!(
    kiosk,
    fn kiosk_screen(config: KioskConfig) -> Loaded {
        Ok(view! { <KioskScreen config=config /> }.into_any())
    }
);

#[component]
fn App(store: Rc<Persistence>, stored: Vec<(String, String, StoredRead)>) -> impl IntoView {
    let app = AppState::load(store, stored);
    provide_context(app);
    let router = provide_router();
    Toasts::provide();
    let flow = ImportFlow::provide(app);
    let dragging = RwSignal::new(false);
    // A memo: the page tree is rebuilt only when the kiosk really starts or ends.
    let kiosk = Memo::new(move |_| app.kiosk.get());
    let kiosk_on = Signal::derive(move || kiosk.with(Option::is_some));
    listen_for_drops(flow, dragging, kiosk_on);
    // The tab's title follows the page (typing in a dossier re-reads its title; the document's
    // is set only when it changes).
    Effect::new(move |_| {
        let lang = app.lang.get();
        let title = match router.route.get() {
            Route::Dossier { id, part } => {
                let name = app.record(id).map(|r| r.dossier.with(|d| d.display_title())).unwrap_or_default();
                format!("{} – {} – B2C Kompas", part.name().get(lang), name)
            }
            _ => "B2C Kompas".to_string(),
        };
        browser::set_document_title(&title);
    });
    view! {
        // Texts are read once per build, so a language switch rebuilds the page tree
        // (the work lives in signals and is untouched).
        // A running kiosk is all there is: no header, no routes, whatever the address says.
        {move || match kiosk.get() {
            Some(config) => lazy_page(move || kiosk_screen(config.clone())),
            None => {
                app.lang.track();
                view! { <Shell route=router.route /> }.into_any()
            }
        }}
        <ToastHost />
        <Show when=move || dragging.get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>{tr("Slip filen for at importere den", "Drop the file to import it")}</p>
            </div>
        </Show>
    }
}
