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
mod lazy;
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

/// For `make bench` only (called from `tools/bench.mjs` through Trunk's `window.wasmBindings`):
/// scores `respondents` × `statements` generated answers with the same domain code the results
/// page uses, and returns the milliseconds the scoring took (generating them is not counted).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = benchScore)]
pub fn bench_score(respondents: usize, statements: usize) -> f64 {
    use domain::survey::{score_all, synthetic_round};
    let indicators: Vec<uuid::Uuid> = (1..=3).map(uuid::Uuid::from_u128).collect();
    let round = synthetic_round(respondents, statements, &indicators, 7, chrono::DateTime::default());
    let now = || web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now());
    let start = now();
    std::hint::black_box(score_all(&round, &indicators));
    now() - start
}

/// For `make bench` only: exports a partnership whose file is at least `min_bytes` long, then
/// imports that file into a copy missing half its responses, with the domain code the export
/// button and the import page use. Returns `[file bytes, export ms, import ms]` (generating the
/// dossiers is not counted).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = benchExchange)]
pub fn bench_exchange(min_bytes: usize) -> Vec<f64> {
    use domain::synthetic::{exchange, file, import};
    let x = exchange(min_bytes);
    let now = || web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now());
    let start = now();
    let text = std::hint::black_box(file(&x.theirs));
    let exported = now();
    let merged = std::hint::black_box(import(&x.mine, &text));
    let imported = now();
    let count = |d: &domain::Dossier| d.del3.rounds.iter().map(|r| r.responses.len()).sum::<usize>();
    let ok = merged.is_some_and(|d| count(&d) == count(&x.theirs));
    if ok {
        vec![text.len() as f64, exported - start, imported - exported]
    } else {
        vec![text.len() as f64, f64::NAN, f64::NAN]
    }
}
