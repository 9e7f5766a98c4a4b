use super::*;
use chrono::TimeZone;
use proptest::prelude::*;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap()
}

fn round_with(statements: &[Uuid], rows: &[&str]) -> Round {
    let mut r = Round::new(Uuid::from_u128(1), t0(), "Baseline");
    r.statements = statements
        .iter()
        .enumerate()
        .map(|(i, ind)| Statement {
            id: Uuid::from_u128(100 + i as u128),
            indicator: *ind,
            da: format!("U{i}"),
            en: String::new(),
        })
        .collect();
    for (i, row) in rows.iter().enumerate() {
        r.responses.push(Response {
            id: format!("{i:016x}"),
            answers: row.as_bytes().to_vec(),
            source: Source::Paper,
            date: None,
        });
    }
    r
}

#[test]
fn responses_are_stored_as_short_strings() {
    let r = Response {
        id: "8f3c2a91d04b7e65".into(),
        answers: b"1250-3".to_vec(),
        source: Source::Kiosk,
        date: NaiveDate::from_ymd_opt(2026, 11, 22),
    };
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(json, r#""8f3c2a91d04b7e65|1250-3|k2026-11-22""#);
    assert_eq!(serde_json::from_str::<Response>(&json).unwrap(), r);
    let undated = Response { date: None, source: Source::Paper, ..r.clone() };
    assert_eq!(serde_json::from_str::<Response>(&serde_json::to_string(&undated).unwrap()).unwrap(), undated);
    for bad in [
        r#""abc""#,
        r#""x|1279|p""#,
        r#""x|12|z""#,
        r#""x|12|p2026-13-01""#,
        r#""|12|p""#,
        r#""a b|1|p""#,
        r#""x|12|p|""#,
        r#""x|12|""#,
        "3",
        "null",
    ] {
        assert!(serde_json::from_str::<Response>(bad).is_err(), "{bad}");
    }
    // Read where it is in the text, or from an unescaped copy, or from a parsed value: the same.
    let escaped = r#""8f3c2a91d04b7e65\u007c1250-3|k2026\u002d11-22""#;
    assert_eq!(serde_json::from_str::<Response>(escaped).unwrap(), r);
    assert_eq!(serde_json::from_value::<Response>(serde_json::from_str(&json).unwrap()).unwrap(), r);
    let not_text = serde_json::from_str::<Response>("3").unwrap_err().to_string();
    assert!(not_text.contains("expected a string"), "{not_text}");
}

#[test]
fn a_thousand_respondents_with_ten_statements_stay_well_under_100_kb() {
    let ind = Uuid::from_u128(7);
    let mut r = round_with(&[ind; 10], &[]);
    for i in 0..1000u32 {
        r.responses.push(Response {
            id: format!("{:016x}", u64::from(i).wrapping_mul(0x9e37_79b9_7f4a_7c15)),
            answers: b"1234512345".to_vec(),
            source: Source::Kiosk,
            date: NaiveDate::from_ymd_opt(2026, 11, 22),
        });
    }
    let bytes = serde_json::to_string(&r.responses).unwrap().len();
    assert!(bytes < 60_000, "{bytes} bytes");
    // So the most one addition brings, MAX_AT_ONCE, is at most 1.2 MB in localStorage's UTF-16.
    assert!(bytes * (MAX_AT_ONCE / 1000) * 2 <= 1_200_000, "{bytes} bytes");
}

#[test]
fn typed_paper_forms() {
    assert_eq!(parse_typed("1250", 6).unwrap(), b"1250--".to_vec());
    assert_eq!(typed_answer('1'), Some(Answer::Step(1)));
    assert_eq!(typed_answer('0'), Some(Answer::DontKnow));
    assert_eq!(typed_answer('.'), Some(Answer::Blank));
    assert_eq!(typed_answer('7'), None);
    assert_eq!(parse_typed("1 .5", 4).unwrap(), b"1--5".to_vec());
    assert_eq!(parse_typed("127", 4), Err(TypedError::BadCode { position: 3, found: '7' }));
    assert_eq!(parse_typed("12345", 4), Err(TypedError::TooMany { typed: 5, statements: 4 }));
    assert!(TypedError::BadCode { position: 3, found: 'x' }.message(Lang::Da).contains("Tegn nr. 3"));
}

#[test]
fn scoring_is_top_two_box_without_ved_ikke_and_blanks() {
    let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
    // statement 0 → a, statement 1 → a, statement 2 → b
    let r = round_with(&[a, a, b], &["125", "40-", "2-1", "---", "330"]);
    assert_eq!(r.tally_statement(0), Tally { positive: 2, n: 4, respondents: 4 });
    assert_eq!(r.tally_statement(2), Tally { positive: 1, n: 2, respondents: 2 });
    // a pools statements 0 and 1: answers 1,2 | 4 | 2 | 3,3 → 6 valid, 3 positive, 4 respondents.
    assert_eq!(r.tally_indicator(a), Tally { positive: 3, n: 6, respondents: 4 });
    assert_eq!(r.distribution(1), [0, 1, 1, 0, 0, 1, 2]);
    assert_eq!(r.tally_indicator(Uuid::from_u128(99)), Tally::default());
}

#[test]
fn counts_become_responses_with_the_same_tallies() {
    let counts = [[10, 15, 5, 3, 2, 4, 0], [20, 10, 5, 0, 0, 0, 0]];
    let mut n = 0u64;
    let mut ids = || {
        n += 1;
        format!("{n:016x}")
    };
    let rs = responses_from_counts(&counts, &mut ids, None);
    assert_eq!(rs.len(), 39);
    let mut r = round_with(&[Uuid::from_u128(1), Uuid::from_u128(2)], &[]);
    r.add_responses(rs);
    assert_eq!(r.distribution(0), [10, 15, 5, 3, 2, 4, 0]);
    assert_eq!(r.distribution(1), [20, 10, 5, 0, 0, 0, 4]);
    assert!(r.responses.iter().all(|x| x.source == Source::Counts));
}

#[test]
fn counts_are_whole_numbers_within_the_limit_in_either_language() {
    for (text, lang, n) in [
        ("", Lang::Da, 0),
        (" 7 ", Lang::Da, 7),
        ("0", Lang::En, 0),
        ("1.500", Lang::Da, 1500),
        ("1 500", Lang::Da, 1500),
        ("1,500", Lang::En, 1500),
        // The other language's mark before three digits separates thousands: a count has no
        // decimals, so there is nothing to ask.
        ("1.000", Lang::Da, 1000),
        ("1,000", Lang::En, 1000),
        ("10.000", Lang::Da, 10_000),
        ("12,0", Lang::Da, 12),
    ] {
        assert_eq!(read_count(text, lang), Some(n), "{text:?} in {lang:?}");
    }
    // The language's own decimal mark always marks decimals: «1,500» in Danish is 1,5.
    for text in ["2,5", "1,500", "-3", "mange", "10001", "10.001", "4e7", "40000000", "1.2.3"] {
        assert_eq!(read_count(text, Lang::Da), None, "{text:?}");
    }
    assert_eq!(read_count("2.5", Lang::En), None);
    for lang in [Lang::Da, Lang::En] {
        assert_eq!(read_count(max_at_once_text(lang), lang), Some(MAX_AT_ONCE));
    }
}

#[test]
fn counts_over_the_limit_name_their_statement() {
    let ok = [[MAX_AT_ONCE, 0, 0, 0, 0, 0, 0], [5000, 4000, 1000, 0, 0, 0, 0]];
    assert_eq!(counted(&ok), MAX_AT_ONCE);
    assert_eq!(too_many_counted(&ok), None);
    let over = [[1, 0, 0, 0, 0, 0, 0], [6000, 0, 0, 0, 0, 0, 0], [0, 6000, 0, 0, 0, 0, 5000]];
    assert_eq!(counted(&over), 11_000);
    assert_eq!(too_many_counted(&over), Some((3, 11_000)));
    assert_eq!(counted(&[]), 0);
}

#[test]
fn deleted_responses_stay_deleted() {
    let mut r = round_with(&[Uuid::from_u128(1)], &["1", "2"]);
    let id = r.responses[0].id.clone();
    r.delete_response(&id);
    assert_eq!(r.responses.len(), 1);
    assert_eq!(
        r.add_responses(vec![Response { id: id.clone(), answers: b"1".to_vec(), source: Source::Paper, date: None }]),
        0
    );
}

#[test]
fn wording_locks_once_answered() {
    let mut r = round_with(&[Uuid::from_u128(1)], &[]);
    assert!(!r.wording_locked());
    r.responses.push(Response { id: "a".into(), answers: b"1".to_vec(), source: Source::Kiosk, date: None });
    assert!(r.wording_locked());
}

fn any_response() -> impl Strategy<Value = Response> {
    ("[0-9a-f]{2}", "[0-5-]{3}").prop_map(|(id, a)| Response {
        id,
        answers: a.into_bytes(),
        source: Source::Kiosk,
        date: None,
    })
}

proptest! {
    /// Responses merge as sets: nothing duplicated, nothing dropped, order of imports irrelevant.
    #[test]
    fn responses_merge_as_sets(a in proptest::collection::vec(any_response(), 0..12), b in proptest::collection::vec(any_response(), 0..12), del in proptest::collection::vec("[0-9a-f]{2}", 0..3)) {
        let mut ra = round_with(&[], &[]);
        ra.add_responses(a.clone());
        for d in &del { ra.delete_response(d); }
        let mut rb = round_with(&[], &[]);
        rb.add_responses(b.clone());
        let (mut ab, mut ba) = (ra.clone(), rb.clone());
        merge_responses(&mut ab, &rb);
        merge_responses(&mut ba, &ra);
        prop_assert_eq!(&ab.responses, &ba.responses);
        let ids: std::collections::BTreeSet<_> = ab.responses.iter().map(|r| r.id.clone()).collect();
        prop_assert_eq!(ids.len(), ab.responses.len(), "no duplicates");
        for r in ra.responses.iter().chain(&rb.responses) {
            prop_assert!(del.contains(&r.id) || ids.contains(&r.id), "nothing dropped");
        }
        let again = ab.clone();
        merge_responses(&mut ab, &rb);
        prop_assert_eq!(ab.responses, again.responses, "idempotent");
    }
}

#[test]
fn deleting_a_source_keeps_the_others_and_a_merge_does_not_bring_it_back() {
    let mut r = round_with(&[], &[]);
    for (id, source) in [("a", Source::Paper), ("b", Source::Kiosk), ("c", Source::Paper), ("d", Source::Csv)] {
        r.responses.push(Response { id: id.into(), answers: b"1".to_vec(), source, date: None });
    }
    let before = r.clone();
    r.delete_response("c");
    assert_eq!(r.delete_from(Source::Paper), 1);
    let ids: Vec<&str> = r.responses.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["b", "d"]);
    assert_eq!(r.deleted_responses, ["c", "a"], "each deleted id remembered once");
    assert_eq!(r.delete_from(Source::Paper), 0);
    // The partner's older copy still has them: merging it adds nothing back.
    assert_eq!(merge_responses(&mut r, &before), 0);
    assert_eq!(r.responses.len(), 2);
}

#[test]
fn a_damaged_file_with_one_id_twice_adds_it_once() {
    let mut mine = round_with(&[], &[]);
    mine.add_responses([Response { id: "a".into(), answers: b"1".to_vec(), source: Source::Kiosk, date: None }]);
    let mut theirs = round_with(&[], &[]);
    for (id, a) in [("b", b"2"), ("b", b"3"), ("a", b"1"), ("c", b"4")] {
        theirs.responses.push(Response { id: id.into(), answers: a.to_vec(), source: Source::Paper, date: None });
    }
    assert_eq!(merge_responses(&mut mine, &theirs), 2);
    let ids: Vec<&str> = mine.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

proptest! {
    /// The one-pass count gives exactly what counting statement by statement and indicator by
    /// indicator gives, for answers of any length and with damaged codes among them.
    #[test]
    fn one_pass_scores_equal_the_tallies_one_by_one(
        kinds in proptest::collection::vec(0u128..4, 0..9),
        rows in proptest::collection::vec(proptest::collection::vec(prop_oneof![
            8 => proptest::sample::select(b"012345-".to_vec()),
            1 => any::<u8>(),
        ], 0..11), 0..40),
    ) {
        let indicators: Vec<Uuid> = kinds.iter().map(|k| Uuid::from_u128(7 + k)).collect();
        let mut r = round_with(&indicators, &[]);
        for (i, answers) in rows.into_iter().enumerate() {
            r.responses.push(Response { id: format!("{i:016x}"), answers, source: Source::Csv, date: None });
        }
        let s = r.scores();
        prop_assert_eq!(s.responses, r.responses.len());
        prop_assert_eq!(s.statements(), r.statements.len());
        for i in 0..r.statements.len() {
            prop_assert_eq!(s.distribution(i), r.distribution(i));
            prop_assert_eq!(s.statement(i), r.tally_statement(i));
        }
        for k in 0..5 {
            let id = Uuid::from_u128(7 + k);
            prop_assert_eq!(s.indicator(id), r.tally_indicator(id), "indicator {}", k);
        }
    }
}

#[test]
fn one_pass_scores_on_a_small_round() {
    let a = Uuid::from_u128(1);
    let b = Uuid::from_u128(2);
    // Statements: a, b, a. Respondent 3 answers only "Ved ikke" and blank for a.
    let r = round_with(&[a, b, a], &["125", "3x1", "0-4", "22"]);
    let s = r.scores();
    assert_eq!(s.distribution(0), [1, 1, 1, 0, 0, 1, 0]);
    assert_eq!(s.distribution(1), [0, 2, 0, 0, 0, 0, 2]);
    assert_eq!(s.statement(2), Tally { positive: 1, n: 3, respondents: 3 });
    assert_eq!(s.indicator(a), Tally { positive: 3, n: 6, respondents: 4 });
    assert_eq!(s.indicator(b), Tally { positive: 2, n: 2, respondents: 2 });
    assert_eq!(s.indicator(Uuid::from_u128(9)), Tally::default());
}

/// The answers and sources in order, without the ids: what an undo must give back.
fn rows(r: &Round) -> Vec<(Vec<u8>, Source)> {
    r.responses.iter().map(|x| (x.answers.clone(), x.source)).collect()
}

/// Ids as the app makes them (16 hex digits), counted up from `from`.
fn ids_from(from: u64) -> impl FnMut() -> String {
    let mut n = from;
    move || {
        n += 1;
        format!("{:016x}", n - 1)
    }
}

#[test]
fn a_deleted_response_comes_back_in_its_place_under_a_new_id_that_a_merge_keeps() {
    let mut r = round_with(&[Uuid::from_u128(1)], &["1", "2", "3"]);
    let before = r.clone();
    let gone = r.responses[1].clone();
    r.delete_response(&gone.id);
    let deleted = r.clone();
    assert!(r.put_back_responses(&[(1, gone.clone())], &before.statements, &mut ids_from(0xa1)));
    assert_eq!(rows(&r), rows(&before), "the same answers in the same order");
    assert_eq!(r.responses[1].id, format!("{:016x}", 0xa1), "a new id");
    assert_eq!(r.responses[1].date, gone.date);
    assert!(r.deleted_responses.contains(&gone.id), "the old id stays deleted");
    // A file from before the deletion (the old id) or after it (the deletion) changes nothing.
    assert_eq!(merge_responses(&mut r, &before), 0);
    assert_eq!(merge_responses(&mut r, &deleted), 0);
    // (A merge puts responses in its own order, by date and id.)
    let sorted = |r: &Round| {
        let mut rows: Vec<String> = rows(r).iter().map(|x| format!("{x:?}")).collect();
        rows.sort();
        rows
    };
    assert_eq!(sorted(&r), sorted(&before));
    // And the partner who merges the undone round gets the copy and drops the deleted one.
    let mut theirs = before.clone();
    merge_responses(&mut theirs, &r);
    assert_eq!(theirs.responses.len(), 3);
}

#[test]
fn an_undo_is_refused_when_the_statements_changed_and_skips_ids_in_use() {
    let mut r = round_with(&[Uuid::from_u128(1)], &["1"]);
    let then = r.statements.clone();
    let gone = r.responses[0].clone();
    r.delete_response(&gone.id);
    // With no responses left, the wording opened again and a statement was reworded.
    r.statements[0].da = "Nyt udsagn".into();
    let unchanged = r.clone();
    assert!(!r.put_back_responses(&[(0, gone.clone())], &then, &mut ids_from(0)));
    assert_eq!(r, unchanged);
    // Ids already here, or deleted here, are not used again: the old id is counted up to.
    r.statements = then.clone();
    r.responses.push(Response { id: format!("{:016x}", 1), answers: b"5".to_vec(), source: Source::Kiosk, date: None });
    assert!(r.put_back_responses(&[(5, gone.clone())], &then, &mut ids_from(0)));
    let ids: Vec<&str> = r.responses.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        ids,
        [format!("{:016x}", 1), format!("{:016x}", 2)],
        "the place is clamped to the end; …0 (deleted) and …1 (here) are not used"
    );
}

proptest! {
    /// Deleting all responses of one source, or any one response, and putting back what went
    /// (each with the place it had) gives the round's answers back in their order, every id
    /// unique, and none of the deleted ids alive.
    #[test]
    fn putting_back_what_was_deleted_restores_the_answers(
        rows_in in proptest::collection::vec(("[1-5-]{2}", 0..4usize), 0..12),
        one in proptest::option::of(0..12usize),
        source in 0..4usize,
    ) {
        let sources = [Source::Paper, Source::Counts, Source::Csv, Source::Kiosk];
        let mut r = round_with(&[Uuid::from_u128(1), Uuid::from_u128(2)], &[]);
        for (i, (a, s)) in rows_in.iter().enumerate() {
            r.responses.push(Response { id: format!("{i:016x}"), answers: a.clone().into_bytes(), source: sources[*s], date: None });
        }
        let before = r.clone();
        let gone: Vec<(usize, Response)> = match one {
            Some(i) => before.responses.get(i).map(|x| (i, x.clone())).into_iter().collect(),
            None => before.responses.iter().cloned().enumerate().filter(|(_, x)| x.source == sources[source]).collect(),
        };
        match one {
            Some(_) => gone.iter().for_each(|(_, x)| r.delete_response(&x.id)),
            None => { r.delete_from(sources[source]); }
        }
        prop_assert!(r.put_back_responses(&gone, &before.statements, &mut ids_from(1000)));
        prop_assert_eq!(rows(&r), rows(&before));
        let ids: std::collections::HashSet<&str> = r.responses.iter().map(|x| x.id.as_str()).collect();
        prop_assert_eq!(ids.len(), r.responses.len());
        for (_, x) in &gone {
            prop_assert!(!ids.contains(x.id.as_str()));
        }
    }
}
