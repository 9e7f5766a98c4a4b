use super::*;
use crate::domain::dossier::Kind;
use crate::domain::indicator::Core;
use crate::domain::survey::{Response, Round, Source, Statement};
use chrono::{NaiveDate, TimeZone, Utc};

/// The guide's worked example, built from raw responses: 100 respondents a round; targets
/// 85/80/75 %, baseline 41/45/22 %, year 1 43/54/31 %.
pub fn guide_example() -> Dossier {
    let t = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();
    let mut d = Dossier::new(Uuid::from_u128(77), Kind::Partnership, "Guidens eksempel", t);
    for (c, target) in [(Core::Belonging, 85.0), (Core::Trust, 80.0), (Core::CoCreation, 75.0)] {
        d.del2.indicators.iter_mut().find(|i| i.id == c.id()).unwrap().target = Some(target);
    }
    let statements: Vec<Statement> = Core::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| Statement {
            id: Uuid::from_u128(900 + i as u128),
            indicator: c.id(),
            da: c.example_statement().da.into(),
            en: c.example_statement().en.into(),
        })
        .collect();
    for (n, (label, date, positives)) in
        [("Baseline", (2025, 3, 1), [41, 45, 22]), ("År 1", (2026, 3, 1), [43, 54, 31])].into_iter().enumerate()
    {
        let mut r = Round::new(Uuid::from_u128(800 + n as u128), t, label);
        r.date = NaiveDate::from_ymd_opt(date.0, date.1, date.2);
        r.statements = statements.clone();
        for k in 0..100usize {
            // Respondent k answers positively (Delvist enig) to statement s if k < positives[s],
            // otherwise Delvist uenig.
            let answers = positives.iter().map(|p| if k < *p { b'2' } else { b'4' }).collect();
            r.responses.push(Response { id: format!("{n}{k:015x}"), answers, source: Source::Paper, date: None });
        }
        d.del3.rounds.push(r);
    }
    d
}

#[test]
fn the_guide_s_worked_example_is_reproduced_exactly() {
    let d = guide_example();
    let t = table(&d, Lang::Da);
    assert_eq!(t.columns.iter().map(|c| c.1.as_str()).collect::<Vec<_>>(), ["Baseline", "År 1"]);
    let shown: Vec<(String, String, String, String)> = t
        .rows
        .iter()
        .map(|r| {
            (
                r.name.clone(),
                target_text(r, Lang::Da),
                cell_text(&r.cells[0], r.measure, Lang::Da),
                format!("{} {}", cell_text(&r.cells[1], r.measure, Lang::Da), r.trend.unwrap().arrow()),
            )
        })
        .collect();
    let expected = [
        ("Tilhørsforhold", "Min. 85 %", "41 %", "43 % ↑"),
        ("Tillid", "Min. 80 %", "45 %", "54 % ↑"),
        ("Medskabende", "Min. 75 %", "22 %", "31 % ↑"),
    ];
    assert_eq!(shown.len(), 3);
    for (got, want) in shown.iter().zip(expected) {
        assert_eq!((got.0.as_str(), got.1.as_str(), got.2.as_str(), got.3.as_str()), want);
    }
    assert_eq!(t.rows[0].versus.as_deref(), Some("versus isolation"));
    assert_eq!(t.rows[0].met, Some(false));
    assert_eq!(t.rows[0].kpi, "% der oplever tilhørsforhold til deres nabolag");
    // 45 → 54 with 100 respondents each is within the uncertainty; 22 → 31 is too.
    assert!(!t.rows[1].change.unwrap().beyond_uncertainty());
}

#[test]
fn the_guide_s_kpi_definitions_are_shown_in_the_reader_s_language_until_the_parties_write_their_own() {
    let mut d = guide_example();
    let en = table(&d, Lang::En);
    assert_eq!(en.rows[0].kpi, "% who feel they belong to their neighbourhood");
    assert_eq!(en.rows[1].kpi, "% who trust their neighbours");
    let own = "% der har talt med en nabo i den seneste uge";
    d.del2.indicators.iter_mut().find(|i| i.id == Core::Trust.id()).unwrap().kpi = own.into();
    let (da, en) = (table(&d, Lang::Da), table(&d, Lang::En));
    assert_eq!((da.rows[1].kpi.as_str(), en.rows[1].kpi.as_str()), (own, own));
    assert_eq!(da.rows[0].kpi, "% der oplever tilhørsforhold til deres nabolag");
}

#[test]
fn small_groups_are_not_shown_and_counts_are_numbers() {
    let mut d = guide_example();
    d.del3.rounds[1].responses.truncate(9);
    let mut count = crate::domain::indicator::Indicator::site_specific(
        Uuid::from_u128(5),
        chrono::DateTime::default(),
        &Default::default(),
    );
    count.name = "Unge i virksomhedspraktik".into();
    count.measure = Measure::Count;
    count.esrs = Esrs::S4;
    d.del2.indicators.push(count);
    d.del3.rounds[0].set_count(Uuid::from_u128(5), Some(3.0));
    d.del3.rounds[1].set_count(Uuid::from_u128(5), Some(7.0));
    let t = table(&d, Lang::Da);
    assert_eq!(cell_text(&t.rows[0].cells[1], Measure::Survey, Lang::Da), "færre end 10 svar");
    assert_eq!(t.rows[0].trend, None, "no trend from a single shown figure");
    let last = t.rows.last().unwrap();
    assert_eq!(last.esrs, Esrs::S4, "S4 rows come last");
    assert_eq!(cell_text(&last.cells[1], last.measure, Lang::Da), "7");
    assert_eq!(last.trend, Some(Trend::Up));
}

#[test]
fn changed_wording_is_flagged() {
    let mut d = guide_example();
    d.del3.rounds[1].statements[0].da = "Jeg er stolt af mit nabolag".into();
    let t = table(&d, Lang::Da);
    assert!(!t.rows[0].cells[0].wording_changed);
    assert!(t.rows[0].cells[1].wording_changed);
    assert!(!t.rows[1].cells[1].wording_changed);
}

#[test]
fn csv_opens_in_danish_excel() {
    let mut d = guide_example();
    d.del2.indicators[0].comment = "=HYPERLINK(\"http://x\")".into();
    d.del2.indicators[1].comment = "Godt; bedre".into();
    let text = csv(&table(&d, Lang::Da), Lang::Da);
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[0].starts_with("ESRS;Indikator (metric);KPI-definition (methodology);Målsætning (target_value)"));
    assert!(lines[0].contains("Baseline;Baseline n;Baseline 95 % CI nedre;Baseline 95 % CI øvre;År 1"));
    assert!(
        lines[1].starts_with("S3;Tilhørsforhold;% der oplever tilhørsforhold til deres nabolag;85;%;;41;100;"),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains(";43;100;"), "{}", lines[1]);
    assert!(lines[1].ends_with("↑ stigende;Nej;\"'=HYPERLINK(\"\"http://x\"\")\""), "{}", lines[1]);
    assert!(lines[2].ends_with(";\"Godt; bedre\""), "{}", lines[2]);
    // Decimal commas: the Wilson interval of 41/100 is 31,9–50,8.
    assert!(lines[1].contains(";31,9;50,8;"), "{}", lines[1]);
}

#[test]
fn formula_guard() {
    for (input, out) in
        [("=1+1", "'=1+1"), ("+45", "+45"), ("-3", "-3"), ("@SUM(A1)", "'@SUM(A1)"), ("-x", "'-x"), ("ok", "ok")]
    {
        assert_eq!(cell(input), out, "{input}");
    }
}
