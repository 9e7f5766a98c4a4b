//! AlmenKompas charts: a point over the years (one line per organisation in a comparison, the
//! target as a dashed line for one; many organisations as grey lines with the median and one
//! highlighted), and the three groups' status as stacked bars. Each has a
//! `describe_*` text alternative that says the same in words.

use crate::charts::{figure_at, line_grid, shows_text, Drawn};
use crate::domain::almenkompas::{amount, Comparison, Group, GroupSummary, Point};
use crate::domain::number;
use crate::domain::text::{Lang, Tr};
use charming::component::{Axis, Grid, Legend};
use charming::datatype::CompositeValue;
use charming::element::{
    AxisType, ItemStyle, Label, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, Symbol, Tooltip,
    Trigger,
};
use charming::series::{Bar, Line};
use charming::Chart;

/// Distinguishable colours for up to ten organisations (then they repeat).
const PALETTE: [&str; 10] =
    ["#1f5f99", "#c45c00", "#3b7a3a", "#7b3f99", "#b5401a", "#2b8a8a", "#8a6d00", "#545454", "#d4548a", "#5a6fd6"];

/// One series: an organisation's name and its figures by year.
pub type Series = (String, Vec<(i32, Option<f64>)>);

fn all_years(series: &[Series]) -> Vec<i32> {
    let mut ys: Vec<i32> = series.iter().flat_map(|(_, s)| s.iter().map(|(y, _)| *y)).collect();
    ys.sort_unstable();
    ys.dedup();
    ys
}

/// More organisations than this in one chart (a municipality's comparison) and the colours
/// would repeat: [`many_chart`] draws them instead as grey context lines with the median, and
/// one organisation the user picks highlighted.
pub const MANY: usize = PALETTE.len();

/// A point over the years, one line per organisation (at most [`MANY`]), with the target as a
/// dashed line when there is one organisation; missing years are gaps, never zero.
pub fn point_trend(unit: &str, series: &[Series], target: Option<f64>, lang: Lang) -> Chart {
    let years = all_years(series);
    let several = series.len() > 1;
    let mut chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(line_grid(64, if several { 56 } else { 24 }, target.is_some() && !several))
        .x_axis(years_axis(&years))
        .y_axis(Axis::new().type_(AxisType::Value).name(unit));
    if several {
        chart = chart.legend(Legend::new().top(0));
    }
    for (i, (name, s)) in series.iter().enumerate() {
        let values = years.iter().map(|y| s.iter().find(|(sy, _)| sy == y).and_then(|(_, v)| *v));
        let data = figures(&years, values, unit, lang);
        let mut line = emphasised(Line::new().name(name.as_str()).data(data), PALETTE[i % PALETTE.len()]);
        if let (Some(t), 1) = (target, series.len()) {
            let label = format!("{}: {}", Tr::new("Mål", "Target").get(lang), number::format(t, 2, lang));
            line = line.mark_line(
                MarkLine::new()
                    .silent(true)
                    .symbol(vec![Symbol::None, Symbol::None])
                    .line_style(LineStyle::new().type_(LineStyleType::Dashed).color("#545454"))
                    .label(Label::new().formatter(label.as_str()))
                    .data(vec![MarkLineVariant::Simple(MarkLineData::new().y_axis(t))]),
            );
        }
        chart = chart.series(line);
    }
    chart
}

/// A line's figures by year, each with its tooltip's text: the figure and the point's unit.
fn figures(years: &[i32], values: impl Iterator<Item = Option<f64>>, unit: &str, lang: Lang) -> Vec<CompositeValue> {
    let text = |v: f64| amount(v, unit, lang).trim_end().to_string();
    years.iter().zip(values).map(|(y, v)| figure_at(y.to_string(), v, v.map(text).unwrap_or_default())).collect()
}

fn years_axis(years: &[i32]) -> Axis {
    Axis::new().type_(AxisType::Category).data(years.iter().map(i32::to_string).collect())
}

/// A line drawn to be read: its colour, a marker on every figure, gaps for missing years, the
/// figures' own texts in its tooltip.
fn emphasised(line: Line, colour: &str) -> Line {
    line.encode(shows_text())
        .show_symbol(true)
        .symbol_size(8)
        .connect_nulls(false)
        .item_style(ItemStyle::new().color(colour))
}

/// The grey of the context lines (3.3:1 against white).
const CONTEXT: &str = "#8c8c8c";
const MEDIAN: &str = "#1f5f99";
const HIGHLIGHT: &str = "#c45c00";

/// A comparison of many organisations over the years: every organisation as a thin grey line
/// (one series, so a hundred organisations cost ECharts little to draw), the median per year
/// in colour, and organisation `highlight` (an index into `names` and `cmp.rows`) on top.
/// The legend has these two or three entries; the table beside the chart has every figure.
pub fn many_trend(unit: &str, names: &[String], cmp: &Comparison, highlight: Option<usize>, lang: Lang) -> Chart {
    let years: Vec<String> = cmp.years.iter().map(i32::to_string).collect();
    let pair = |y: &str, v: Option<f64>| CompositeValue::from(vec![CompositeValue::from(y), CompositeValue::from(v)]);
    let gap = || pair(years.last().map(String::as_str).unwrap_or_default(), None);
    // Each organisation's figures as (year, value) pairs, the lines kept apart by a gap; and
    // each figure without a figure the year before or after, which no line would show (an
    // organisation's first year of reporting), as a dot of its own.
    let mut context: Vec<CompositeValue> = Vec::new();
    let mut dots: Vec<CompositeValue> = Vec::new();
    for row in &cmp.rows {
        for (k, (y, v)) in years.iter().zip(&row.values).enumerate() {
            context.push(pair(y, *v));
            let before = k.checked_sub(1).and_then(|j| row.values.get(j).copied().flatten());
            let after = row.values.get(k + 1).copied().flatten();
            if v.is_some() && before.is_none() && after.is_none() {
                dots.extend([pair(y, *v), gap()]);
            }
        }
        context.push(gap());
    }
    let all = match lang {
        Lang::Da => format!("Organisationerne ({})", cmp.rows.len()),
        Lang::En => format!("The organisations ({})", cmp.rows.len()),
    };
    let mut chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .legend(Legend::new().top(0))
        .grid(line_grid(64, 56, false))
        .x_axis(years_axis(&cmp.years))
        .y_axis(Axis::new().type_(AxisType::Value).name(unit))
        .series(
            Line::new()
                .name(all.as_str())
                .data(context)
                .show_symbol(false)
                .connect_nulls(false)
                .silent(true)
                .z(1)
                .line_style(LineStyle::new().width(1).color(CONTEXT))
                .item_style(ItemStyle::new().color(CONTEXT)),
        )
        .series(emphasised(
            Line::new().name("Median").data(figures(&cmp.years, cmp.medians().into_iter(), unit, lang)).z(2),
            MEDIAN,
        ));
    if let Some((name, row)) = highlight.and_then(|i| names.get(i).zip(cmp.rows.get(i))) {
        let data = figures(&cmp.years, row.values.iter().copied(), unit, lang);
        chart = chart.series(emphasised(Line::new().name(name.as_str()).data(data).z(3), HIGHLIGHT));
    }
    if !dots.is_empty() {
        // Under the same name as the lines: one legend entry shows and hides both.
        chart = chart.series(
            Line::new()
                .name(all.as_str())
                .data(dots)
                .show_symbol(true)
                .symbol(Symbol::Circle)
                .symbol_size(6)
                .connect_nulls(false)
                .silent(true)
                .z(1)
                .item_style(ItemStyle::new().color(CONTEXT)),
        );
    }
    chart
}

/// The chart of point `p` for `series` (one per organisation), with its target if there is one.
pub fn point_chart(p: &Point, unit: &str, series: &[Series], target: Option<f64>, lang: Lang) -> Drawn {
    let text = describe_point(p, unit, series, target, lang);
    Drawn::new(format!("{} {}", p.id, p.name.get(lang)), &point_trend(unit, series, target, lang), text)
}

/// The three groups' chart, captioned.
pub fn groups_chart(s: &[(Group, GroupSummary)], lang: Lang) -> Drawn {
    let caption = Tr::new("Punkterne i de tre grupper", "The points in the three groups").get(lang).to_string();
    Drawn::new(caption, &groups(s, lang), describe_groups(s, lang))
}

/// The point's chart in words: every figure, and the target.
pub fn describe_point(p: &Point, unit: &str, series: &[Series], target: Option<f64>, lang: Lang) -> String {
    let parts: Vec<String> = series
        .iter()
        .map(|(name, s)| {
            let figures: Vec<String> = s.iter().map(|(y, v)| figure(*y, *v, lang)).collect();
            if figures.is_empty() {
                format!("{name}: {}", Tr::new("ingen tal", "no figures").get(lang))
            } else {
                format!("{name}: {}", figures.join(", "))
            }
        })
        .collect();
    let target = target.map(|t| match lang {
        Lang::Da => format!(" Mål: {}.", amount(t, unit, lang)),
        Lang::En => format!(" Target: {}.", amount(t, unit, lang)),
    });
    format!("{} {} ({unit}) – {}.{}", p.id, p.name.get(lang), parts.join("; "), target.unwrap_or_default())
}

const STATUS: [(Tr, &str); 4] = [
    (Tr::new("Mål nået", "Target met"), "#3b7a3a"),
    (Tr::new("Mål ikke nået", "Target not met"), "#b5401a"),
    (Tr::new("Tal uden mål", "Figure without target"), "#6d9fd1"),
    (Tr::new("Tal mangler", "Figure missing"), "#d9d9d9"),
];

/// A year's figure in words ("2024: 12,5" or "2024: mangler").
fn figure(year: i32, value: Option<f64>, lang: Lang) -> String {
    let v = value.map(|v| number::format(v, 2, lang)).unwrap_or_else(|| Tr::new("mangler", "missing").get(lang).into());
    format!("{year}: {v}")
}

/// [`many_trend`] of point `p`, captioned and in words: the span of the organisations' latest
/// figures, the median per year and the highlighted organisation's figures (the table beside the
/// chart has each one).
pub fn many_chart(
    p: &Point,
    unit: &str,
    names: &[String],
    cmp: &Comparison,
    highlight: Option<usize>,
    lang: Lang,
) -> Drawn {
    let span = match (cmp.years.first(), cmp.years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    };
    // Each organisation's latest figure (its last year with a value).
    let latest: Vec<f64> = cmp.rows.iter().filter_map(|r| r.values.iter().rev().find_map(|v| *v)).collect();
    let low = latest.iter().copied().reduce(f64::min);
    let high = latest.iter().copied().reduce(f64::max);
    let f = |v: f64| number::format(v, 2, lang);
    let (n, id, name) = (cmp.rows.len(), p.id, p.name.get(lang));
    let drawn = |text: String| Drawn::new(format!("{id} {name}"), &many_trend(unit, names, cmp, highlight, lang), text);
    let Some((lo, hi)) = low.zip(high).map(|(lo, hi)| (f(lo), f(hi))) else {
        return drawn(match lang {
            Lang::Da => format!("{id} {name} ({unit}) for {n} organisationer: ingen af dem har tal."),
            Lang::En => format!("{id} {name} ({unit}) for {n} organisations: none of them has figures."),
        });
    };
    let medians: Vec<String> = cmp.years.iter().zip(cmp.medians()).map(|(y, m)| figure(*y, m, lang)).collect();
    let chosen = highlight.and_then(|i| names.get(i).zip(cmp.rows.get(i))).map(|(who, row)| {
        let figures: Vec<String> = cmp.years.iter().zip(&row.values).map(|(y, v)| figure(*y, *v, lang)).collect();
        format!(" {who}: {}.", figures.join(", "))
    });
    let chosen = chosen.unwrap_or_default();
    let medians = medians.join(", ");
    drawn(match lang {
        Lang::Da => format!(
            "{id} {name} ({unit}) for {n} organisationer, {span}. De seneste tal går fra {lo} til {hi}. Medianen: {medians}.{chosen} Tabellen viser hver organisations tal."
        ),
        Lang::En => format!(
            "{id} {name} ({unit}) for {n} organisations, {span}. The latest figures range from {lo} to {hi}. The median: {medians}.{chosen} The table shows each organisation's figures."
        ),
    })
}

fn counts(s: &GroupSummary) -> [usize; 4] {
    [s.met, s.not_met, s.no_target, s.missing]
}

/// The three groups' points by status, as stacked horizontal bars.
pub fn groups(summaries: &[(Group, GroupSummary)], lang: Lang) -> Chart {
    let mut chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().top(0))
        .grid(Grid::new().left(140).right(24).top(48).bottom(24))
        .x_axis(Axis::new().type_(AxisType::Value).min_interval(1))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(summaries.iter().map(|(g, _)| g.name().get(lang).to_string()).collect()),
        );
    for (k, (name, colour)) in STATUS.iter().enumerate() {
        let data: Vec<i64> = summaries.iter().map(|(_, s)| counts(s)[k] as i64).collect();
        chart = chart.series(
            Bar::new().name(name.get(lang)).stack("status").data(data).item_style(ItemStyle::new().color(*colour)),
        );
    }
    chart
}

pub fn describe_groups(summaries: &[(Group, GroupSummary)], lang: Lang) -> String {
    summaries
        .iter()
        .map(|(g, s)| {
            let c = counts(s);
            let parts: Vec<String> = STATUS
                .iter()
                .zip(c)
                .filter(|(_, n)| *n > 0)
                .map(|((t, _), n)| format!("{} {n}", t.get(lang)))
                .collect();
            format!("{}: {}", g.name().get(lang), parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join(". ")
        + "."
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::almenkompas::catalogue::point;
    use crate::domain::almenkompas::{ComparisonRow, Standing};

    #[test]
    fn a_missing_year_is_a_gap_and_the_text_says_missing() {
        let p = point("E1").unwrap();
        let s = vec![("A".to_string(), vec![(2023, Some(10.0)), (2024, None), (2025, Some(12.5))])];
        let json = crate::charts::option_json(&point_trend("kWh/m²/år", &s, Some(11.0), Lang::Da), "x");
        // Each figure with its tooltip's text in the user's way of writing it (ECharts' own would
        // read «12.5»); a missing year is a gap.
        assert!(
            json.contains(r#"[["2023",10.0,"10 kWh/m²/år"],["2024",null,""],["2025",12.5,"12,5 kWh/m²/år"]]"#),
            "{json}"
        );
        assert!(json.contains(r#""encode":{"tooltip":[2],"x":0,"y":1}"#), "{json}");
        assert!(json.contains("Mål: 11"));
        let text = describe_point(p, "kWh/m²/år", &s, Some(11.0), Lang::Da);
        assert_eq!(text, "E1 Energiforbrug (kWh/m²/år) – A: 2023: 10, 2024: mangler, 2025: 12,5. Mål: 11 kWh/m²/år.");
    }

    #[test]
    fn room_on_the_right_only_for_a_targets_label() {
        let right = |s: &[Series], target| {
            serde_json::to_value(point_trend("%", s, target, Lang::Da)).unwrap()["grid"][0]["right"].clone()
        };
        let one = vec![("A".to_string(), vec![(2025, Some(60.0))])];
        assert_eq!(right(&one, Some(75.0)), 96);
        assert_eq!(right(&one, None), 24);
        // Several organisations draw no target, so need no room for its label.
        let two = vec![one[0].clone(), ("B".to_string(), vec![(2025, Some(50.0))])];
        assert_eq!(right(&two, Some(75.0)), 24);
    }

    #[test]
    fn several_organisations_get_a_legend_and_no_single_target() {
        let s = vec![("A".to_string(), vec![(2025, Some(60.0))]), ("B".to_string(), vec![(2024, Some(50.0))])];
        let json = crate::charts::option_json(&point_trend("%", &s, Some(75.0), Lang::En), "x");
        assert!(json.contains("\"legend\""));
        assert!(!json.contains("markLine"));
        assert!(json.contains(r#"[["2024",null,""],["2025",60.0,"60 %"]]"#), "{json}");
        assert!(json.contains(r#"[["2024",50.0,"50 %"],["2025",null,""]]"#), "{json}");
    }

    #[test]
    fn few_organisations_get_a_line_each_and_every_figure_in_words() {
        let p = point("E1").unwrap();
        let s: Vec<Series> = (0..MANY)
            .map(|i| (format!("Org {i}"), vec![(2023, Some(50.0 + i as f64)), (2024, Some(40.0 + i as f64))]))
            .collect();
        let json = serde_json::to_value(point_trend("kWh/m²/år", &s, None, Lang::Da)).unwrap();
        assert_eq!(json["legend"], serde_json::json!({ "top": 0 }));
        assert_eq!(json["tooltip"]["trigger"], "axis");
        assert_eq!(json["series"].as_array().unwrap().len(), MANY);
        assert!(describe_point(p, "kWh/m²/år", &s, None, Lang::Da).contains("Org 9: 2023: 59, 2024: 49"));
    }

    fn many() -> (Vec<String>, Comparison) {
        let rows = (0..=MANY)
            .map(|i| ComparisonRow {
                values: vec![Some(50.0 + i as f64), (i != 3).then_some(40.0 + i as f64)],
                unit: "kWh/m²/år".into(),
                target: None,
                standing: Standing::Missing,
            })
            .collect();
        ((0..=MANY).map(|i| format!("Org {i}")).collect(), Comparison { years: vec![2023, 2024], rows })
    }

    #[test]
    fn many_organisations_are_grey_lines_with_the_median_and_one_highlighted() {
        let p = point("E1").unwrap();
        let (names, cmp) = many();
        let json = serde_json::to_value(many_trend("kWh/m²/år", &names, &cmp, None, Lang::Da)).unwrap();
        let series = json["series"].as_array().unwrap();
        // One series for all eleven organisations, then the median: two legend entries (the
        // dots below share the organisations' name and entry).
        assert_eq!(series.len(), 3);
        assert_eq!(series[0]["name"], "Organisationerne (11)");
        assert_eq!(series[0]["silent"], true);
        // Each organisation's two years, then a gap that keeps its line apart from the next.
        let data = series[0]["data"].as_array().unwrap();
        assert_eq!(data.len(), 11 * 3);
        assert_eq!(
            data[..3],
            [serde_json::json!(["2023", 50.0]), serde_json::json!(["2024", 40.0]), serde_json::json!(["2024", null])]
        );
        assert_eq!(data[10], serde_json::json!(["2024", null]), "org 3 has no 2024 figure: a gap, never 0");
        assert_eq!(series[1]["name"], "Median");
        assert_eq!(
            series[1]["data"],
            serde_json::json!([["2023", 55.0, "55 kWh/m²/år"], ["2024", 45.5, "45,5 kWh/m²/år"]])
        );
        assert_eq!(series[1]["encode"]["tooltip"], serde_json::json!([2]));
        assert_eq!(json["tooltip"]["trigger"], "item");
        // Org 3's 2023 figure has no figure beside it, so no line shows it: it is a dot.
        assert_eq!(series[2]["name"], "Organisationerne (11)");
        assert_eq!(series[2]["data"], serde_json::json!([["2023", 53.0], ["2024", null]]));
        assert_eq!(series[2]["showSymbol"], true);
        assert_eq!(
            many_chart(p, "kWh/m²/år", &names, &cmp, None, Lang::Da).text,
            "E1 Energiforbrug (kWh/m²/år) for 11 organisationer, 2023–2024. De seneste tal går fra 40 til 53. Medianen: 2023: 55, 2024: 45,5. Tabellen viser hver organisations tal."
        );
        // Organisation 3 highlighted: its own line on top, and its figures in words.
        let drawn = many_chart(p, "kWh/m²/år", &names, &cmp, Some(3), Lang::En);
        let json: serde_json::Value = serde_json::from_str(&drawn.option).unwrap();
        assert_eq!(json["series"][2]["name"], "Org 3");
        assert_eq!(json["series"][2]["data"], serde_json::json!([["2023", 53.0, "53 kWh/m²/år"], ["2024", null, ""]]));
        assert_eq!(
            drawn.text,
            "E1 Energy use (kWh/m²/år) for 11 organisations, 2023–2024. The latest figures range from 40 to 53. The median: 2023: 55, 2024: 45.5. Org 3: 2023: 53, 2024: missing. The table shows each organisation's figures."
        );
        // An index past the list highlights nobody.
        let json = serde_json::to_value(many_trend("%", &names, &cmp, Some(99), Lang::Da)).unwrap();
        assert_eq!(json["series"].as_array().unwrap().len(), 3);
        // With every organisation's figures beside each other, there are no dots.
        let full =
            Comparison { rows: cmp.rows.iter().filter(|r| r.values[1].is_some()).cloned().collect(), ..cmp.clone() };
        let json = serde_json::to_value(many_trend("%", &names, &full, None, Lang::Da)).unwrap();
        assert_eq!(json["series"].as_array().unwrap().len(), 2);
        let none = Comparison {
            years: Vec::new(),
            rows: cmp.rows.iter().map(|r| ComparisonRow { values: Vec::new(), ..r.clone() }).collect(),
        };
        assert!(many_chart(p, "%", &names, &none, None, Lang::En)
            .text
            .ends_with("for 11 organisations: none of them has figures."));
    }

    #[test]
    fn groups_chart_and_text() {
        let s = [
            (Group::E, GroupSummary { met: 1, not_met: 0, no_target: 0, missing: 5 }),
            (Group::S, GroupSummary { met: 0, not_met: 1, no_target: 1, missing: 6 }),
            (Group::G, GroupSummary { met: 0, not_met: 0, no_target: 0, missing: 6 }),
        ];
        let json = crate::charts::option_json(&groups(&s, Lang::Da), "x");
        assert!(json.contains("\"stack\":\"status\""));
        assert_eq!(
            describe_groups(&s, Lang::Da),
            "E – Miljø: Mål nået 1, Tal mangler 5. S – Social: Mål ikke nået 1, Tal uden mål 1, Tal mangler 6. G – Governance: Tal mangler 6."
        );
        let drawn = groups_chart(&s, Lang::En);
        assert_eq!(drawn.caption, "The points in the three groups");
        assert_eq!(drawn.text, describe_groups(&s, Lang::En));
    }
}
