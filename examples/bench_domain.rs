//! `make bench` (domain part): the scoring, file and storage figures from the performance
//! budget, measured natively in release mode. Figures only (median of several runs), never
//! pass/fail; `tools/bench.mjs` measures the same scoring in the browser as wasm.

use b2c_kompas::domain::almenkompas::POINTS;
use b2c_kompas::domain::format;
use b2c_kompas::domain::merge::merge;
use b2c_kompas::domain::survey::{score_all, synthetic_round};
use b2c_kompas::domain::{Dossier, Kind, Party};
use chrono::{TimeZone, Utc};
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

fn indicators(d: &Dossier) -> Vec<Uuid> {
    d.del2.indicators.iter().map(|i| i.id).collect()
}

fn partnership(id: u128, respondents: usize, rounds: usize) -> Dossier {
    let mut d = Dossier::new(
        Uuid::from_u128(id),
        Kind::Partnership,
        "Partnerskab",
        Utc.timestamp_opt(1_750_000_000, 0).unwrap(),
    );
    let ind = indicators(&d);
    for k in 0..rounds {
        d.del3.rounds.push(synthetic_round(respondents, 6, &ind, id as u64 * 10 + k as u64, d.created));
    }
    d
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

    // A file of about 2 MB: read + validate, then merge into a copy missing half its responses.
    let mut d2 = partnership(2, 0, 0);
    let mut n = 0;
    while format::write(&format::export(&d2, Party::Housing, d2.modified, "b")).len() < 2_000_000 {
        d2.del3.rounds.push(synthetic_round(5_000, 10, &ind, 100 + n, d2.created));
        n += 1;
    }
    let text = format::write(&format::export(&d2, Party::Housing, d2.modified, "b"));
    let mut mine = d2.clone();
    for r in &mut mine.del3.rounds {
        r.responses.truncate(r.responses.len() / 2);
    }
    let ms_read = median_ms(7, || {
        std::hint::black_box(format::read(text.as_bytes()).unwrap());
    });
    let ms_all = median_ms(7, || {
        let doc = format::read(text.as_bytes()).unwrap();
        std::hint::black_box(merge(&mine, &doc.dossier).finish().unwrap());
    });
    println!("| read + validate a {:.1} MB file | {ms_read:.1} ms |", text.len() as f64 / 1e6);
    println!("| read + validate + merge it (half its responses new) | {ms_all:.1} ms |");

    // A busy user's storage: three partnerships × three yearly rounds × 100 respondents
    // (6 statements), plus one styringsdialog with all 20 points over five years.
    let mut bytes = 0;
    for p in 0..3 {
        let d = partnership(10 + p, 100, 3);
        bytes += format::write(&format::export(&d, Party::Housing, d.modified, "b")).len();
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
    bytes += format::write(&format::export(&dlg, Party::Housing, dlg.modified, "b")).len();
    // localStorage holds UTF-16: count two bytes per character as browsers do.
    println!(
        "| storage of a busy user (3 × 3 × 100 + 1 dialogue), as UTF-16 | {:.0} KiB |",
        bytes as f64 * 2.0 / 1024.0
    );
}
