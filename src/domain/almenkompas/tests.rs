use super::*;
use crate::domain::dossier::Kind;
use crate::domain::format;
use crate::domain::merge::{merge, Choice, Section};
use crate::domain::party::Party;
use chrono::{TimeZone, Utc};
use proptest::prelude::*;

#[test]
fn the_catalogue_has_twenty_points_six_eight_six_with_stable_ids() {
    assert_eq!(POINTS.len(), 20);
    let count = |g| POINTS.iter().filter(|p| p.group == g).count();
    assert_eq!((count(Group::E), count(Group::S), count(Group::G)), (6, 8, 6));
    let ids: Vec<&str> = POINTS.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [
            "E1", "E2", "E3", "E4", "E5", "E6", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "G1", "G2", "G3", "G4",
            "G5", "G6"
        ]
    );
    // The names are the guide's.
    assert_eq!(catalogue::point("S7").unwrap().name.da, "Lokalt fællesskab");
    assert_eq!(catalogue::point("G6").unwrap().name.da, "Overholdelse af regulering");
    for p in POINTS.iter() {
        assert_eq!(p.id.chars().next().unwrap().to_string(), format!("{:?}", p.group));
        for t in [p.name, p.explain, p.kpi, p.unit, p.anchor] {
            assert!(!t.da.is_empty() && !t.en.is_empty(), "{} has both languages", p.id);
        }
    }
    // A source's Danish name stays; the ESRS term and plain words are in the reader's language.
    let s6 = catalogue::point("S6").unwrap().anchor;
    assert_eq!((s6.da, s6.en), ("Entitetsspecifik (ESRS S3)", "Entity-specific (ESRS S3)"));
    assert_eq!(QUESTIONS.len(), 6);
    assert_eq!(CATALOGUE_VERSION, 2);
}

#[test]
fn a_count_is_in_what_it_counts() {
    let unit = |id: &str, l: Lang| catalogue::point(id).unwrap().unit.get(l);
    assert_eq!(
        [unit("S6", Lang::Da), unit("G2", Lang::Da), unit("G6", Lang::Da)],
        ["funktioner", "frivillige", "bemærkninger"]
    );
    assert_eq!(
        [unit("S6", Lang::En), unit("G2", Lang::En), unit("G6", Lang::En)],
        ["functions", "volunteers", "remarks"]
    );
    // No point suggests a bare "antal" any more; a dossier's own unit still wins.
    assert!(POINTS.iter().all(|p| p.unit.da != "antal"));
    // One of a count is said in the singular; other units and a dossier's own stay as they are.
    assert_eq!(amount(35.0, "frivillige", Lang::Da), "35 frivillige");
    assert_eq!(amount(1.0, "frivillige", Lang::Da), "1 frivillig");
    assert_eq!(amount(1.0, "bemærkninger", Lang::Da), "1 bemærkning");
    assert_eq!(amount(1.0, "functions", Lang::En), "1 function");
    assert_eq!(amount(0.0, "remarks", Lang::En), "0 remarks");
    assert_eq!(amount(1.5, "frivillige", Lang::Da), "1,5 frivillige");
    assert_eq!(amount(1.0, "kWh/m²/år", Lang::Da), "1 kWh/m²/år");
    assert_eq!(amount(1.0, "frivillige i alt", Lang::Da), "1 frivillige i alt");
    let own = PointData { unit: "timer/år".into(), ..PointData::default() };
    assert_eq!(unit_of(Some(&own), catalogue::point("G2").unwrap(), Lang::Da), "timer/år");
}

fn series(v: &[(i32, Option<f64>)]) -> Vec<(i32, Option<f64>)> {
    v.to_vec()
}

#[test]
fn latest_and_trend_skip_missing_years_and_never_read_them_as_zero() {
    let s = series(&[(2023, Some(10.0)), (2024, None), (2025, Some(12.0))]);
    assert_eq!(latest(&s), Some((2025, 12.0)));
    // 2024 is missing: no trend against "last year", not a rise from 0.
    assert_eq!(trend(&s), Trend::Unknown);
    let s = series(&[(2024, Some(12.0)), (2025, None)]);
    assert_eq!(latest(&s), Some((2024, 12.0)));
    assert_eq!(trend(&s), Trend::Unknown, "the latest figure is 2024; 2023 is absent");
    assert_eq!(trend(&series(&[(2024, Some(5.0)), (2025, Some(4.0))])), Trend::Down);
    assert_eq!(trend(&series(&[(2024, Some(5.0)), (2025, Some(5.0))])), Trend::Flat);
    assert_eq!(trend(&series(&[(2024, Some(0.0)), (2025, Some(3.0))])), Trend::Up);
    assert_eq!(latest(&series(&[(2024, None)])), None);
    assert_eq!(trend(&[]), Trend::Unknown);
}

#[test]
fn verdict_and_target_follow_the_direction() {
    assert_eq!(verdict(Direction::Lower, Trend::Down), Verdict::Better);
    assert_eq!(verdict(Direction::Higher, Trend::Down), Verdict::Worse);
    assert_eq!(verdict(Direction::Neither, Trend::Up), Verdict::Unknown);
    assert_eq!(verdict(Direction::Higher, Trend::Flat), Verdict::Same);
    assert_eq!(target_met(Direction::Lower, Some(95.0), Some(100.0)), Some(true));
    assert_eq!(target_met(Direction::Lower, Some(105.0), Some(100.0)), Some(false));
    assert_eq!(target_met(Direction::Higher, Some(100.0), Some(100.0)), Some(true));
    assert_eq!(target_met(Direction::Higher, None, Some(100.0)), None, "missing is not 0");
    assert_eq!(target_met(Direction::Neither, Some(1.0), Some(1.0)), None);
}

fn dialogue() -> Dossier {
    Dossier::new(
        Uuid::from_u128(9),
        Kind::Dialogue,
        "Styringsdialog 2026",
        Utc.timestamp_opt(1_700_000_000, 0).unwrap(),
    )
}

fn fill(d: &mut Dossier) {
    let e1 = d.almen.point_mut("E1");
    e1.figure_mut(2025).value = Some(118.0);
    e1.figure_mut(2024).value = Some(124.0);
    e1.target = Some(120.0);
    let s7 = d.almen.point_mut("S7");
    s7.figure_mut(2025).value = Some(61.0);
    s7.target = Some(75.0);
    let g2 = d.almen.point_mut("G2");
    g2.figure_mut(2025).value = None;
    d.almen.follow_mut("E1").follow = true;
}

#[test]
fn the_suggested_unit_follows_the_language_and_a_dossiers_own_unit_is_kept() {
    let mut d = dialogue();
    fill(&mut d);
    let e1 = catalogue::point("E1").unwrap();
    assert_eq!(status(&d.almen, e1, Lang::Da).unit, "kWh/m²/år");
    assert_eq!(status(&d.almen, e1, Lang::En).unit, "kWh/m²/year");
    let orgs = vec![Organisation::from_dossier(&d)];
    assert_eq!(compare(&orgs, e1, Lang::En).rows[0].unit, "kWh/m²/year");
    // The comparison's CSV is for Danish Excel: Danish units.
    assert!(comparison_csv(&orgs).contains("kWh/m²/år"));
    d.almen.point_mut("E1").unit = " MWh/år ".into();
    for lang in [Lang::Da, Lang::En] {
        assert_eq!(status(&d.almen, e1, lang).unit, "MWh/år");
    }
}

#[test]
fn dashboard_status_and_group_summary() {
    let mut d = dialogue();
    assert_eq!(d.almen.catalogue, CATALOGUE_VERSION);
    fill(&mut d);
    let e1 = status(&d.almen, catalogue::point("E1").unwrap(), Lang::Da);
    assert_eq!(e1.latest, Some((2025, 118.0)));
    assert_eq!((e1.trend, e1.verdict, e1.met, e1.followed), (Trend::Down, Verdict::Better, Some(true), true));
    assert_eq!(e1.unit, "kWh/m²/år");
    let s7 = status(&d.almen, catalogue::point("S7").unwrap(), Lang::Da);
    assert_eq!(s7.met, Some(false));
    let g2 = status(&d.almen, catalogue::point("G2").unwrap(), Lang::Da);
    assert_eq!(g2.latest, None);
    assert_eq!(e1.standing(), Standing::Met);
    assert_eq!(s7.standing(), Standing::NotMet);
    assert_eq!(g2.standing(), Standing::Missing, "a year listed without a figure is missing");
    d.almen.point_mut("S2").figure_mut(2025).value = Some(20.0);
    assert_eq!(status(&d.almen, catalogue::point("S2").unwrap(), Lang::Da).standing(), Standing::Judged);
    d.almen.points.remove("S2");
    assert_eq!(status(&d.almen, catalogue::point("E2").unwrap(), Lang::Da).standing(), Standing::Missing);
    assert_eq!(group_summary(&d.almen, Group::E), GroupSummary { met: 1, not_met: 0, no_target: 0, missing: 5 });
    assert_eq!(group_summary(&d.almen, Group::S), GroupSummary { met: 0, not_met: 1, no_target: 0, missing: 7 });
    assert_eq!(group_summary(&d.almen, Group::G).missing, 6);
}

/// The points page keeps each point's own data and the municipality's marks on it in signals of
/// their own, so a keystroke in one point wakes only that point: what it shows of a point (its
/// status, unit and definition) must depend on that point's data and marks alone, never on
/// another point's.
#[test]
fn a_points_status_unit_and_definition_depend_on_its_own_data_only() {
    let mut d = dialogue();
    fill(&mut d);
    let shown = |d: &Dossier| -> Vec<_> {
        POINTS
            .iter()
            .map(|p| (status(&d.almen, p, Lang::Da), d.almen.unit(p, Lang::En), d.almen.definition(p, Lang::Da)))
            .collect()
    };
    let before = shown(&d);
    for (k, p) in POINTS.iter().enumerate() {
        let mut changed = d.clone();
        let data = changed.almen.point_mut(p.id);
        data.figure_mut(2030).value = Some(k as f64 * 3.5);
        data.target = Some(1.0);
        data.unit = "stk.".into();
        data.definition = "Egen".into();
        changed.almen.follow_mut(p.id).follow ^= true;
        let after = shown(&changed);
        for (n, q) in POINTS.iter().enumerate() {
            let from_own = (
                status_of(changed.almen.point(q.id), followed_of(changed.almen.follows.get(q.id)), q, Lang::Da),
                unit_of(changed.almen.point(q.id), q, Lang::En),
                definition_of(changed.almen.point(q.id), q, Lang::Da),
            );
            assert_eq!(after[n], from_own, "{} read from its own data", q.id);
            if n == k {
                assert_ne!(after[n], before[n], "{} changed", q.id);
            } else {
                assert_eq!(after[n], before[n], "a change to {} left {} as it was", p.id, q.id);
            }
        }
    }
}

#[test]
fn a_dossier_can_adjust_definition_and_unit() {
    let mut d = dialogue();
    let p = catalogue::point("S8").unwrap();
    assert_eq!(d.almen.definition(p, Lang::Da), (p.kpi.da.to_string(), true));
    d.almen.point_mut("S8").definition = "Husleje pr. m² inkl. forbrug".into();
    d.almen.point_mut("S8").unit = "kr./m²".into();
    assert_eq!(d.almen.definition(p, Lang::Da), ("Husleje pr. m² inkl. forbrug".to_string(), false));
    assert_eq!(d.almen.unit(p, Lang::Da), "kr./m²");
}

#[test]
fn the_file_keeps_almenkompas_and_refuses_unknown_points_and_years() {
    let mut d = dialogue();
    fill(&mut d);
    d.almen.prep.get_mut(Party::Municipality).answers[0] = "E1 og S7".into();
    let doc = format::export(&d, Party::Housing, d.modified, "test");
    let text = format::write(&doc);
    let back = format::read(text.as_bytes()).unwrap();
    assert_eq!(back.dossier.almen, d.almen);
    let bad = text.replacen("\"E1\"", "\"E9\"", 1);
    let err = format::read(bad.as_bytes()).unwrap_err();
    assert!(err.message(Lang::Da).contains("almenkompas.punkter.E9"), "{}", err.message(Lang::Da));
    let bad = text.replacen("\"aar\":2024", "\"aar\":20245", 1);
    assert!(format::read(bad.as_bytes()).unwrap_err().message(Lang::Da).contains("ikke et årstal"));
}

#[test]
fn the_parties_edit_separate_sections_and_merge_without_conflict() {
    let base = dialogue();
    let mut housing = base.clone();
    let mut muni = base.clone();
    let h = housing.almen.point_mut("E1");
    h.figure_mut(2025).value = Some(118.0);
    h.rev.bump("aaaaaaaaaaaa");
    let f = muni.almen.follow_mut("E1");
    f.follow = true;
    f.policy = "Klimaplan 2030".into();
    f.rev.bump("bbbbbbbbbbbb");
    let m = merge(&housing, &muni);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.updated, vec![Section::Follow(0)]);
    let merged = m.finish().unwrap();
    assert_eq!(merged.almen.point("E1").unwrap().series(), vec![(2025, Some(118.0))]);
    assert_eq!(merged.almen.follows["E1"].policy, "Klimaplan 2030");
    // Both edit the agreed follow-up: a conflict, resolved to theirs.
    let mut a = merged.clone();
    let mut b = merged.clone();
    a.almen.agreed.follow_up[2] = "A".into();
    a.almen.agreed.rev.bump("aaaaaaaaaaaa");
    b.almen.agreed.follow_up[2] = "B".into();
    b.almen.agreed.rev.bump("bbbbbbbbbbbb");
    let mut m = merge(&a, &b);
    assert_eq!(m.conflicts, vec![Section::Agreed]);
    m.resolve(Section::Agreed, Choice::Theirs, "aaaaaaaaaaaa");
    assert_eq!(m.finish().unwrap().almen.agreed.follow_up[2], "B");
}

#[test]
fn comparison_csv_is_for_danish_excel_with_missing_as_empty() {
    let mut a = dialogue();
    fill(&mut a);
    a.parties.get_mut(Party::Housing).organisation = "Boligselskabet Sjælland".into();
    a.almen.point_mut("E1").figure_mut(2025).source = "=HYPERLINK(\"x\")".into();
    let b = dialogue();
    let orgs = vec![Organisation::from_dossier(&a), Organisation::from_dossier(&b)];
    assert_eq!(orgs[1].name, "Styringsdialog 2026");
    assert_eq!(years(&orgs, "E1"), vec![2024, 2025]);
    // The table of E1: a value per organisation and year, missing as None; unit and standing.
    let e1 = compare(&orgs, catalogue::point("E1").unwrap(), Lang::Da);
    assert_eq!(e1.years, vec![2024, 2025]);
    assert_eq!(e1.rows.len(), 2);
    assert_eq!(e1.rows[0].values, vec![Some(124.0), Some(118.0)]);
    assert_eq!(e1.rows[0].standing, Standing::Met);
    assert_eq!(e1.rows[0].unit, "kWh/m²/år");
    assert_eq!(e1.rows[0].target, Some(120.0));
    assert_eq!(e1.rows[1].values, vec![None, None]);
    assert_eq!(e1.rows[1].standing, Standing::Missing);
    // G2 2025 is listed without a value: a column, and None in it.
    // The median per year leaves the organisation without figures out (never 0).
    assert_eq!(e1.medians(), vec![Some(124.0), Some(118.0)]);
    let g2 = compare(&orgs, catalogue::point("G2").unwrap(), Lang::Da);
    assert_eq!(g2.medians(), vec![None]);
    assert_eq!((g2.years, g2.rows[0].values.clone()), (vec![2025], vec![None]));
    let csv = comparison_csv(&orgs);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv[3..].split("\r\n").collect();
    assert!(lines[0].starts_with("Målepunkt;Navn;Gruppe;Organisation;År;Værdi;Enhed;Mål"));
    assert!(lines.contains(&"E1;Energiforbrug;E;Boligselskabet Sjælland;2024;124;kWh/m²/år;120;;Lavere er bedre;;Leveret energi til varme, varmt vand og bygningsel pr. opvarmet m², varme graddagekorrigeret.;ja"));
    // The formula in a source is neutralised and quoted.
    assert!(csv.contains("'=HYPERLINK(\"\"x\"\")"));
    // G2 2025 is listed but missing: an empty value, not 0.
    assert!(lines.iter().any(|l| l.starts_with("G2;Frivillighed;G;Boligselskabet Sjælland;2025;;frivillige")));
    // An organisation without figures still has a row per point.
    assert!(lines.iter().any(|l| l.starts_with("S7;Lokalt fællesskab;S;Styringsdialog 2026;;;%")));
}

#[test]
fn lokalt_faellesskab_from_a_partnership_survey() {
    use crate::domain::survey::{Response, Round, Source};
    let mut b2c =
        Dossier::new(Uuid::from_u128(1), Kind::Partnership, "Hedemarken", Utc.timestamp_opt(1_700_000_000, 0).unwrap());
    let ind = b2c.del2.indicators[0].id;
    let mut r = Round::new(Uuid::from_u128(2), b2c.created, "Baseline");
    r.date = chrono::NaiveDate::from_ymd_opt(2025, 5, 1);
    r.statements.push(crate::domain::survey::Statement {
        id: Uuid::from_u128(3),
        indicator: ind,
        da: "x".into(),
        en: String::new(),
    });
    // 12 respondents, 9 agree: 75 %.
    r.add_responses((0..12).map(|i| Response {
        id: format!("r{i}"),
        answers: vec![if i < 9 { b'1' } else { b'4' }],
        source: Source::Paper,
        date: None,
    }));
    b2c.del3.rounds.push(r.clone());
    let figs = community_figures(&b2c, Lang::Da);
    assert_eq!(figs.len(), 1);
    let (_, i, f) = &figs[0];
    assert_eq!(*i, ind);
    assert_eq!((f.year, f.value, f.n), (2025, 75.0, 12));
    assert!(f.source.contains("«Hedemarken»") && f.source.contains("n = 12"), "{}", f.source);
    // Fewer than 10 respondents are not offered.
    b2c.del3.rounds[0].responses.truncate(9);
    assert!(community_figures(&b2c, Lang::Da).is_empty());
}

fn row(values: Vec<Option<f64>>) -> ComparisonRow {
    ComparisonRow { values, unit: "%".into(), target: None, standing: Standing::Missing }
}

#[test]
fn the_median_of_an_odd_and_an_even_count() {
    let c = Comparison {
        years: vec![2024, 2025],
        rows: vec![row(vec![Some(3.0), Some(10.0)]), row(vec![Some(1.0), None]), row(vec![Some(2.0), Some(20.0)])],
    };
    assert_eq!(c.medians(), vec![Some(2.0), Some(15.0)]);
}

proptest! {
    /// At most half the figures are below the median and at most half above; none missing
    /// where any organisation has a figure.
    #[test]
    fn the_median_splits_the_figures(columns in prop::collection::vec(prop::collection::vec(prop::option::of(-1e6f64..1e6), 0..30), 1..4)) {
        let n = columns.iter().map(Vec::len).max().unwrap_or(0);
        let rows = (0..n).map(|i| row(columns.iter().map(|c| c.get(i).copied().flatten()).collect())).collect();
        let c = Comparison { years: (0..columns.len() as i32).collect(), rows };
        for (k, m) in c.medians().into_iter().enumerate() {
            let v: Vec<f64> = c.rows.iter().filter_map(|r| r.values[k]).collect();
            prop_assert_eq!(m.is_some(), !v.is_empty());
            if let Some(m) = m {
                prop_assert!(v.iter().filter(|x| **x < m).count() * 2 <= v.len());
                prop_assert!(v.iter().filter(|x| **x > m).count() * 2 <= v.len());
            }
        }
    }

    #[test]
    fn latest_is_the_last_present_year(values in prop::collection::vec(prop::option::of(-1e6f64..1e6), 0..12)) {
        let s: Vec<(i32, Option<f64>)> = values.iter().enumerate().map(|(i, v)| (2015 + i as i32, *v)).collect();
        let expect = s.iter().rev().find(|(_, v)| v.is_some()).map(|(y, v)| (*y, v.unwrap()));
        prop_assert_eq!(latest(&s), expect);
        if trend(&s) != Trend::Unknown {
            let (y, _) = expect.unwrap();
            prop_assert!(s.iter().any(|(py, pv)| *py == y - 1 && pv.is_some()));
        }
    }
}

#[test]
fn the_year_to_add_is_typed_or_the_one_after_the_latest() {
    let mut p = PointData::default();
    // A first figure: last year, unless a year is typed.
    assert_eq!(year_to_add(None, "", 2026, Lang::Da), Ok(2025));
    assert_eq!(year_to_add(Some(&p), " ", 2026, Lang::Da), Ok(2025));
    p.figure_mut(2023);
    p.figure_mut(2021);
    assert_eq!(year_to_add(Some(&p), "", 2026, Lang::Da), Ok(2024));
    assert_eq!(year_to_add(Some(&p), " 2019 ", 2026, Lang::En), Ok(2019));
    for bad in ["24", "2024,5", "3000"] {
        assert_eq!(year_to_add(Some(&p), bad, 2026, Lang::Da), Err(number::NotANumber::NotAYear), "{bad}");
    }
    assert_eq!(year_to_add(Some(&p), "tyve", 2026, Lang::Da), Err(number::NotANumber::Invalid));
}

#[test]
fn a_removed_years_figure_comes_back_in_year_order_unless_the_year_is_there_again() {
    let mut p = PointData::default();
    for y in [2023, 2024, 2025] {
        let f = p.figure_mut(y);
        f.value = Some(f64::from(y - 2000));
        f.source = format!("Årsregnskab {y}");
    }
    let before = p.clone();
    let removed = p.figures.remove(1);
    assert!(p.put_back(removed.clone()));
    assert_eq!(p, before);
    p.figures.remove(1);
    p.figure_mut(2024).comment = "skrevet igen".into();
    assert!(!p.put_back(removed), "the year typed in again is kept");
    assert_eq!(p.figures[1].comment, "skrevet igen");
    assert_eq!(p.figures.len(), 3);
}
