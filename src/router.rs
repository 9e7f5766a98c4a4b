//! The router: the current [`Route`] as a signal, following the URL's hash.
//!
//! leptos_router 0.8 routes on the path only (hash mode is an open request, leptos-rs/leptos#2184);
//! a path-routed deep link fails on a static host without rewrite rules. Links are plain
//! `<a href="#/…">`, the back button works, and focus moves to the new page's heading.

use crate::browser;
use crate::routes::Route;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Router {
    pub route: RwSignal<Route>,
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Starts following the URL and provides the router to every page.
pub fn provide_router() -> Router {
    let route = RwSignal::new(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let next = Route::parse(&current_hash());
        if route.get_untracked() != next {
            let before = browser::active_element();
            route.set(next);
            // After the new page is drawn, put keyboard focus on its heading (unless the user
            // already moved it: the frame may come late on a busy machine, and a page whose
            // code is fetched lazily is drawn later still).
            browser::focus_heading_after_navigation(before);
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    std::mem::forget(handle);
    let router = Router { route };
    provide_context(router);
    router
}

pub fn use_route() -> RwSignal<Route> {
    expect_context::<Router>().route
}

/// Goes to a route (adds a history entry, like following a link).
pub fn navigate(to: &Route) {
    let _ = window().location().set_hash(&to.href());
}
