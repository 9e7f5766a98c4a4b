//! Toast messages (DKFDS `toast`), e.g. "Dossier deleted — Undo". Announced politely.

use crate::domain::Tr;
use crate::i18n::t;
use crate::routes::{Part, Route};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ToastKind {
    Info,
    /// Something the user asked for did not happen (what was saved is untouched).
    Error,
}

/// A toast's action, e.g. undo. Plain `Arc`, not an arena callback: a toast outlives the
/// component that raised it (a deleted row, a page left behind).
pub type Action = Arc<dyn Fn() + Send + Sync>;

#[derive(Clone)]
pub struct Toast {
    id: u64,
    kind: ToastKind,
    /// The message in both languages.
    text: (String, String),
    action: Option<(Tr, Action)>,
}

#[derive(Clone, Copy)]
pub struct Toasts {
    list: RwSignal<Vec<Toast>>,
    next: StoredValue<u64>,
}

/// How long a toast without an action stays. One with an action (undo) stays until it is used or
/// closed, as DKFDS's toasts do: a time limit on it would take the undo from anyone who needs
/// longer to reach it (WCAG 2.2.1), such as a keyboard user in a long form.
const PLAIN: Duration = Duration::from_secs(6);
/// One toast at a time: a new one replaces it (so only the latest removal can be undone), and
/// toasts that stay do not pile up over the page (on a phone they sit at its top).
const MAX_SHOWN: usize = 1;

impl Toasts {
    pub fn provide() -> Toasts {
        let t = Toasts { list: RwSignal::new(Vec::new()), next: StoredValue::new(0) };
        provide_context(t);
        t
    }

    /// Shows a toast; with an action (e.g. undo) it stays until used or closed.
    pub fn show(&self, kind: ToastKind, text: (String, String), action: Option<(Tr, Action)>) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        let plain = action.is_none();
        self.list.update(|l| {
            l.push(Toast { id, kind, text, action });
            if l.len() > MAX_SHOWN {
                l.remove(0);
            }
        });
        if plain {
            let list = self.list;
            set_timeout(move || list.update(|l| l.retain(|t| t.id != id)), PLAIN);
        }
    }

    /// Takes every toast away (a kiosk starting: residents must not see or use the staff's).
    pub fn clear(&self) {
        self.list.set(Vec::new());
    }

    fn dismiss(&self, id: u64) {
        self.list.update(|l| l.retain(|t| t.id != id));
    }
}

/// A removal's message, e.g. («Ressource 2» er fjernet, “Resource 2” was removed), ended by the
/// dossier it was made in: an undo toast stays while the user moves on, to another dossier too,
/// and its «Fortryd» acts on the dossier named here. A dossier with no name shown is left out.
pub fn removed_from(what: (String, String), title: &str) -> (String, String) {
    naming(what, title, ("fra", "from"))
}

/// `what` ended by the dossier `title` after the words `by` (fra/from, i/in), or by a full stop
/// alone when the dossier has no name to show.
fn naming(what: (String, String), title: &str, by: (&str, &str)) -> (String, String) {
    match title {
        "" => (format!("{}.", what.0), format!("{}.", what.1)),
        _ => (format!("{} {} «{title}».", what.0, by.0), format!("{} {} “{title}”.", what.1, by.1)),
    }
}

/// The page a removal is made on, for its «Fortryd»: the toast stays while the user moves on, and
/// an undo used from another page cannot show the item coming back or put the focus on it.
/// Plain values and app-wide signals only: the page's own are gone once the user has left it.
#[derive(Clone, Copy)]
pub struct Origin {
    route: RwSignal<Route>,
    /// The dossier and its part (removals are made on a dossier's pages only).
    page: Option<(uuid::Uuid, Part)>,
    toasts: Toasts,
}

fn dossier_page(r: &Route) -> Option<(uuid::Uuid, Part)> {
    match r {
        Route::Dossier { id, part } => Some((*id, *part)),
        _ => None,
    }
}

impl Origin {
    /// The page being built (call it where the remove buttons are made).
    pub fn here() -> Origin {
        let route = crate::router::use_route();
        Origin { route, page: route.with_untracked(dossier_page), toasts: use_toasts() }
    }

    /// After an undo: on the page of the removal the focus goes to the element `id` (the item
    /// back, or where it was). From another page it goes to that page's heading, since the
    /// toast's button is gone; and if the item came back, a message says so and where, in the
    /// words `back` («Punkt 4» er tilbage, “Point 4” is back).
    pub fn after_undo(&self, id: String, back: Option<(String, String)>, title: &str) {
        if self.page.is_some() && self.route.with_untracked(dossier_page) == self.page {
            crate::browser::focus_later(id);
            return;
        }
        crate::browser::focus_main_heading();
        if let Some(back) = back {
            self.toasts.show(ToastKind::Info, naming(back, title, ("i", "in")), None);
        }
    }
}

pub fn use_toasts() -> Toasts {
    expect_context::<Toasts>()
}

#[component]
pub fn ToastHost() -> impl IntoView {
    let toasts = use_toasts();
    let app = use_context::<crate::state::AppState>();
    view! {
        <div class="toast-container" role="status" aria-live="polite">
            // Outside the page tree the app rebuilds on a language switch: the toasts shown are
            // rebuilt here (their texts are read once per build, as everywhere).
            {move || {
                if let Some(app) = app {
                    app.lang.track();
                }
                view! {
                    <For
                        each=move || toasts.list.get()
                        key=|t| t.id
                        children=move |toast| {
                            let class = match toast.kind {
                                ToastKind::Info => "toast toast-info show",
                                ToastKind::Error => "toast toast-error show",
                            };
                            let id = toast.id;
                            let text = crate::i18n::either(&toast.text);
                            let action = toast.action.map(|(label, cb)| {
                                view! {
                                    <button
                                        class="button button-secondary toast-action"
                                        on:click=move |_| {
                                            cb();
                                            toasts.dismiss(id);
                                        }
                                    >
                                        {t(label)}
                                    </button>
                                }
                            });
                            view! {
                                <div class=class aria-atomic="true">
                                    <div class="toast-icon"></div>
                                    <div class="toast-message">
                                        <p>
                                            <strong>{text}</strong>
                                        </p>
                                        {action}
                                        <button class="toast-close" on:click=move |_| toasts.dismiss(id)>
                                            {t(Tr::new("Luk", "Close"))}
                                        </button>
                                    </div>
                                </div>
                            }
                        }
                    />
                }
            }}
        </div>
    }
}
