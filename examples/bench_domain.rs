//! `make bench` (domain part): the scoring, file and storage figures from the performance
//! budget, measured natively in release mode. Figures only (median of several runs), never
//! pass/fail; `tools/bench.mjs` measures the same scoring and file work in the browser as wasm.

use b2c_kompas::domain::almenkompas::POINTS;
use b2c_kompas::domain::format;
use b2c_kompas::domain::survey::{score_all, synthetic_round};
use b2c_kompas::domain::synthetic::{exchange, file, import, indicators, partnership, Exchange};
use b2c_kompas::domain::{Dossier, Kind};
use std::time::Instant;
use uuid::Uuid;

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut v: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    println!("\n## Domain (native, release build; median of runs)\n");
    println!("| what | figure |");
    println!("| --- | ---: |");

    // Scoring 100,000 respondents × 10 statements (every statement and every indicator).
    let d = partnership(1, 0, 0);
    let ind = indicators(&d);
    let big = synthetic_round(100_000, 10, &ind, 7, d.created);
    let ms = median_ms(9, || {
        std::hint::black_box(score_all(&big, &ind));
    });
    println!("| score 100,000 × 10 answers (10 statements + 3 indicators) | {ms:.1} ms |");

    // A file of about 2 MB: export it; read + validate it, then merge it into a copy missing
    // half its responses (the same work as `benchExchange` in the browser).
    let Exchange { theirs, mine } = exchange(2_000_000);
    let text = file(&theirs);
    let ms_export = median_ms(7, || {
        std::hint::black_box(file(&theirs));
    });
    let ms_read = median_ms(7, || {
        std::hint::black_box(format::read(text.as_bytes()).unwrap());
    });
    let ms_all = median_ms(7, || {
        std::hint::black_box(import(&mine, &text).unwrap());
    });
    let mb = text.len() as f64 / 1e6;
    println!("| export a {mb:.1} MB file | {ms_export:.1} ms |");
    println!("| read + validate it | {ms_read:.1} ms |");
    println!("| read + validate + merge it (half its responses new) | {ms_all:.1} ms |");

    // A busy user's storage: three partnerships × three yearly rounds × 100 respondents
    // (6 statements), plus one styringsdialog with all 20 points over five years.
    let mut bytes = 0;
    for p in 0..3 {
        let d = partnership(10 + p, 100, 3);
        bytes += file(&d).len();
    }
    let mut dlg = Dossier::new(Uuid::from_u128(99), Kind::Dialogue, "Styringsdialog", d.created);
    for p in POINTS.iter() {
        let x = dlg.almen.point_mut(p.id);
        for y in 2021..2026 {
            let f = x.figure_mut(y);
            f.value = Some(100.0 + f64::from(y - 2021));
            f.source = "LBF Beboerdata".into();
        }
        x.target = Some(110.0);
        x.plan = "Handleplan med et par sætninger om, hvad der skal ske og hvornår.".into();
    }
    bytes += file(&dlg).len();
    // localStorage holds UTF-16: count two bytes per character as browsers do.
    println!(
        "| storage of a busy user (3 × 3 × 100 + 1 dialogue), as UTF-16 | {:.0} KiB |",
        bytes as f64 * 2.0 / 1024.0
    );
}
