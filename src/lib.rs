//! B2C Kompas: the library behind the browser app (`main.rs` only mounts it).
//!
//! `domain` and `routes` are plain Rust and build everywhere; the user interface, its persistence
//! and its browser glue build only for wasm32, so a native `cargo test` exercises the pure parts
//! alone and the domain cannot reach the browser by accident.

pub mod charts;
pub mod domain;
pub mod routes;
pub mod sheets;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod i18n;
#[cfg(target_arch = "wasm32")]
mod import_flow;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod persistence;
#[cfg(target_arch = "wasm32")]
mod router;
#[cfg(target_arch = "wasm32")]
mod state;

#[cfg(target_arch = "wasm32")]
pub use app::mount;
