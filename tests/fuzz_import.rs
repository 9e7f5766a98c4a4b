//! Import fuzzing (issue: trustworthy by test): the dossier file reader and the survey CSV reader
//! get arbitrary bytes and mutated real files. Nothing may panic; every failure is a clean error
//! with a message in both languages; whatever is accepted can be merged, written and read back.
//!
//! Runs in `make test` with a fixed number of cases (the count is printed: `cargo test -- --nocapture`).
//! `FUZZ_CASES=100000 cargo test --release --test fuzz_import` runs a longer campaign.

use b2c_kompas::domain::format;
use b2c_kompas::domain::merge::merge;
use b2c_kompas::domain::survey_csv;
use b2c_kompas::domain::Lang;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::sync::atomic::{AtomicUsize, Ordering};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(4000)
}

const SEED: &str = include_str!("golden/format-v2-from-v1.json");
const V1: &str = include_str!("golden/format-v1.json");

/// A real file with bytes cut, repeated, replaced or inserted at random places.
fn mutated(base: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let len = base.len();
    prop::collection::vec((0..len, 0u8..4, any::<u8>(), 1usize..40), 1..8).prop_map(move |edits| {
        let mut b = base.as_bytes().to_vec();
        for (at, op, byte, n) in edits {
            let at = at.min(b.len());
            match op {
                0 => {
                    let end = (at + n).min(b.len());
                    b.drain(at..end);
                }
                1 => {
                    let end = (at + n).min(b.len());
                    let chunk = b[at..end].to_vec();
                    b.splice(at..at, chunk);
                }
                2 => {
                    if at < b.len() {
                        b[at] = byte;
                    }
                }
                _ => {
                    let token: &[u8] = match byte % 8 {
                        0 => b"null",
                        1 => b"{",
                        2 => b"]",
                        3 => b"\"",
                        4 => b"-1e999",
                        5 => b"\\u0000",
                        6 => b"[[[[[[[[[[",
                        _ => b"\xff\xfe",
                    };
                    b.splice(at..at, token.iter().copied());
                }
            }
        }
        b
    })
}

fn check_file(bytes: &[u8]) -> Result<(), TestCaseError> {
    let read = format::read(bytes);
    // The quick way of a current file and the full reader agree, also on what is wrong.
    prop_assert_eq!(&read, &format::read_full(bytes));
    match read {
        Ok(doc) => {
            // Accepted: it merges with itself and with the seed, and survives a round trip.
            let seed = format::read(SEED.as_bytes()).unwrap().dossier;
            let _ = merge(&seed, &doc.dossier);
            let _ = merge(&doc.dossier, &doc.dossier);
            let again = format::read(format::write(&doc).as_bytes());
            prop_assert!(again.is_ok(), "what was read can be written and read back");
        }
        Err(e) => {
            prop_assert!(!e.message(Lang::Da).is_empty());
            prop_assert!(!e.message(Lang::En).is_empty());
        }
    }
    Ok(())
}

fn run<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>) {
    let n = cases();
    let count = AtomicUsize::new(0);
    let mut runner = TestRunner::new(Config { cases: n, failure_persistence: None, ..Config::default() });
    runner
        .run(&strategy, |v| {
            count.fetch_add(1, Ordering::Relaxed);
            test(v)
        })
        .unwrap();
    println!("fuzz {name}: {} cases, no panic, every failure a clean error", count.load(Ordering::Relaxed));
}

#[test]
fn dossier_reader_arbitrary_bytes() {
    run("format::read, arbitrary bytes", prop::collection::vec(any::<u8>(), 0..2000), |b| check_file(&b));
}

#[test]
fn dossier_reader_mutated_files() {
    run("format::read, mutated v2 file", mutated(SEED), |b| check_file(&b));
    run("format::read, mutated v1 file", mutated(V1), |b| check_file(&b));
}

const CSV: &str = "\u{feff}Respondent;Siden COOP startede lokale madspildsmiddage;Jeg har tillid til mine naboer;Efter jeg deltog\r\n\
1;Helt enig;Delvist enig;Ved ikke\r\n2;Delvist uenig;\"Helt; uenig\";3\r\n3;;Helt enig;Strongly agree\r\n";

fn check_csv(bytes: &[u8]) -> Result<(), TestCaseError> {
    match survey_csv::read(bytes) {
        Ok(table) => {
            for c in 0..table.headers.len() {
                let _ = survey_csv::readings(&table, c, false);
            }
            let mapping: Vec<Option<usize>> = (0..table.headers.len()).map(Some).collect();
            match survey_csv::answers(&table, &mapping, true) {
                Ok(rows) => prop_assert!(rows.iter().all(|r| r.len() == mapping.len())),
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    prop_assert!(errors.iter().all(|e| e.line >= 2 && !e.message(Lang::Da).is_empty()));
                }
            }
        }
        Err(e) => {
            prop_assert!(!e.message(Lang::Da).is_empty());
            prop_assert!(!e.message(Lang::En).is_empty());
        }
    }
    Ok(())
}

#[test]
fn csv_reader_arbitrary_bytes() {
    run("survey_csv::read, arbitrary bytes", prop::collection::vec(any::<u8>(), 0..1500), |b| check_csv(&b));
}

#[test]
fn csv_reader_mutated_files() {
    run("survey_csv::read, mutated export", mutated(CSV), |b| check_csv(&b));
}
