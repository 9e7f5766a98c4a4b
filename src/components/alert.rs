//! Alerts in Det Fælles Designsystem's markup (`alert alert-error|warning|info|success`), with
//! the design system's icon drawn inline (no sprite, no innerHTML).

use crate::domain::Tr;
use crate::i18n::t;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // Info and Success arrive with the import summary.
pub enum AlertKind {
    Error,
    Warning,
    Info,
    Success,
}

impl AlertKind {
    fn class(self) -> &'static str {
        match self {
            AlertKind::Error => "alert alert-error",
            AlertKind::Warning => "alert alert-warning",
            AlertKind::Info => "alert alert-info",
            AlertKind::Success => "alert alert-success",
        }
    }

    fn label(self) -> Tr {
        match self {
            AlertKind::Error => Tr::new("Fejl", "Error"),
            AlertKind::Warning => Tr::new("Advarsel", "Warning"),
            AlertKind::Info => Tr::new("Information", "Information"),
            AlertKind::Success => Tr::new("Udført", "Done"),
        }
    }

    /// The DKFDS icon's path (Material Symbols, Apache-2.0), viewBox `0 -960 960 960`.
    fn path(self) -> &'static str {
        match self {
            AlertKind::Error => "M480-280q17 0 28.5-11.5T520-320q0-17-11.5-28.5T480-360q-17 0-28.5 11.5T440-320q0 17 11.5 28.5T480-280Zm-40-160h80v-240h-80v240Zm40 360q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Zm0-80q134 0 227-93t93-227q0-134-93-227t-227-93q-134 0-227 93t-93 227q0 134 93 227t227 93Zm0-320Z",
            AlertKind::Warning => "m40-120 440-760 440 760H40Zm138-80h604L480-720 178-200Zm302-40q17 0 28.5-11.5T520-280q0-17-11.5-28.5T480-320q-17 0-28.5 11.5T440-280q0 17 11.5 28.5T480-240Zm-40-120h80v-200h-80v200Zm40-100Z",
            AlertKind::Info => "M440-280h80v-240h-80v240Zm40-320q17 0 28.5-11.5T520-640q0-17-11.5-28.5T480-680q-17 0-28.5 11.5T440-640q0 17 11.5 28.5T480-600Zm0 520q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Zm0-80q134 0 227-93t93-227q0-134-93-227t-227-93q-134 0-227 93t-93 227q0 134 93 227t227 93Zm0-320Z",
            AlertKind::Success => "m424-296 282-282-56-56-226 226-114-114-56 56 170 170Zm56 216q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Zm0-80q134 0 227-93t93-227q0-134-93-227t-227-93q-134 0-227 93t-93 227q0 134 93 227t227 93Zm0-320Z",
        }
    }
}

/// An alert box. `role="alert"` for errors and warnings (announced at once), `status` otherwise.
#[component]
pub fn Alert(
    kind: AlertKind,
    #[prop(optional, into)] heading: Option<String>,
    #[prop(optional, into)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let role = match kind {
        AlertKind::Error | AlertKind::Warning => "alert",
        AlertKind::Info | AlertKind::Success => "status",
    };
    let class = format!("{} {}", kind.class(), class.unwrap_or(""));
    view! {
        <div class=class role=role>
            <svg class="icon-svg alert-icon" viewBox="0 -960 960 960" role="img" aria-label=t(kind.label()) focusable="false">
                <path d=kind.path()></path>
            </svg>
            <div class="alert-body">
                {heading.map(|h| view! { <h2 class="alert-heading">{h}</h2> })}
                {children()}
            </div>
        </div>
    }
}
