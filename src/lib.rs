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
mod readers;
#[cfg(target_arch = "wasm32")]
mod router;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod writer;

#[cfg(target_arch = "wasm32")]
pub use app::mount;

/// For `make bench` only (called from `tools/bench.mjs` through Trunk's `window.wasmBindings`):
/// scores `respondents` × `statements` generated answers with the same domain code the results
/// page uses, and returns the milliseconds the scoring took (generating them is not counted).
/// The work is a split point (`bench` module), so the app's first download does not carry it.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = benchScore)]
pub async fn bench_score(respondents: usize, statements: usize) -> f64 {
    bench::score(respondents, statements).await.unwrap_or(f64::NAN)
}

/// For `make bench` only: exports a partnership whose file is at least `min_bytes` long, then
/// imports that file into a copy missing half its responses, with the domain code the export
/// button and the import page use. Returns `[file bytes, export ms, import ms]` (generating the
/// dossiers is not counted).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = benchExchange)]
pub async fn bench_exchange(min_bytes: usize) -> Vec<f64> {
    bench::exchange(min_bytes).await.unwrap_or_else(|_| vec![f64::NAN; 3])
}

#[cfg(target_arch = "wasm32")]
mod bench {
    use crate::domain::{self, survey, synthetic};
    use crate::lazy::{split_point, NotLoaded};

    fn now() -> f64 {
        web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
    }

    split_point!(
        bench,
        pub(crate) fn score(respondents: usize, statements: usize) -> Result<f64, NotLoaded> {
            let indicators: Vec<uuid::Uuid> = (1..=3).map(uuid::Uuid::from_u128).collect();
            let round = survey::synthetic_round(respondents, statements, &indicators, 7, chrono::DateTime::default());
            let start = now();
            std::hint::black_box(survey::score_all(&round, &indicators));
            Ok(now() - start)
        }
    );

    split_point!(
        bench,
        pub(crate) fn exchange(min_bytes: usize) -> Result<Vec<f64>, NotLoaded> {
            let x = synthetic::exchange(min_bytes);
            let start = now();
            let text = std::hint::black_box(synthetic::file(&x.theirs));
            let exported = now();
            let merged = std::hint::black_box(synthetic::import(&x.mine, &text));
            let imported = now();
            let count = |d: &domain::Dossier| d.del3.rounds.iter().map(|r| r.responses.len()).sum::<usize>();
            let ok = merged.is_some_and(|d| count(&d) == count(&x.theirs));
            Ok(if ok {
                vec![text.len() as f64, exported - start, imported - exported]
            } else {
                vec![text.len() as f64, f64::NAN, f64::NAN]
            })
        }
    );
}
