//! AlmenKompas charts: a point over the years (one line per organisation in a comparison, the
//! target as a dashed line for one), and the three groups' status as stacked bars. Each has a
//! `describe_*` text alternative that says the same in words.

use crate::charts::Drawn;
use crate::domain::almenkompas::{Group, GroupSummary, Point};
use crate::domain::number;
use crate::domain::text::{Lang, Tr};
use charming::component::{Axis, Grid, Legend, LegendType};
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

/// More organisations than this in one chart (a municipality's comparison): the colours repeat,
/// so the legend becomes one scrollable line (where each organisation can be hidden and shown),
/// the tooltip shows the figure under the pointer instead of every organisation's, and the
/// chart's text points to the table instead of repeating every figure.
pub const MANY: usize = PALETTE.len();

/// A point over the years; missing years are gaps, never zero.
pub fn point_trend(unit: &str, series: &[Series], target: Option<f64>, lang: Lang) -> Chart {
    let years = all_years(series);
    let many = series.len() > MANY;
    let mut chart = Chart::new()
        .tooltip(Tooltip::new().trigger(if many { Trigger::Item } else { Trigger::Axis }))
        .grid(Grid::new().left(64).right(96).top(if series.len() > 1 { 56 } else { 24 }).bottom(32))
        .x_axis(Axis::new().type_(AxisType::Category).data(years.iter().map(i32::to_string).collect()))
        .y_axis(Axis::new().type_(AxisType::Value).name(unit));
    if many {
        chart = chart.legend(Legend::new().type_(LegendType::Scroll).top(0).left(16).right(16));
    } else if series.len() > 1 {
        chart = chart.legend(Legend::new().top(0));
    }
    for (i, (name, s)) in series.iter().enumerate() {
        let data: Vec<Option<f64>> =
            years.iter().map(|y| s.iter().find(|(sy, _)| sy == y).and_then(|(_, v)| *v)).collect();
        let mut line = Line::new()
            .name(name.as_str())
            .data(data)
            .show_symbol(true)
            .symbol_size(8)
            .connect_nulls(false)
            .item_style(ItemStyle::new().color(PALETTE[i % PALETTE.len()]));
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

/// The point's chart in words: every figure, or for [`MANY`] organisations the span of their
/// latest figures (the table beside the chart has each one).
pub fn describe_point(p: &Point, unit: &str, series: &[Series], target: Option<f64>, lang: Lang) -> String {
    if series.len() > MANY {
        return describe_many(p, unit, series, lang);
    }
    let missing = Tr::new("mangler", "missing").get(lang);
    let parts: Vec<String> = series
        .iter()
        .map(|(name, s)| {
            let vals: Vec<String> = s
                .iter()
                .map(|(y, v)| {
                    format!("{y}: {}", v.map(|v| number::format(v, 2, lang)).unwrap_or_else(|| missing.into()))
                })
                .collect();
            if vals.is_empty() {
                format!("{name}: {}", Tr::new("ingen tal", "no figures").get(lang))
            } else {
                format!("{name}: {}", vals.join(", "))
            }
        })
        .collect();
    let target = target.map(|t| match lang {
        Lang::Da => format!(" Mål: {} {unit}.", number::format(t, 2, lang)),
        Lang::En => format!(" Target: {} {unit}.", number::format(t, 2, lang)),
    });
    format!("{} {} ({unit}) – {}.{}", p.id, p.name.get(lang), parts.join("; "), target.unwrap_or_default())
}

const STATUS: [(Tr, &str); 4] = [
    (Tr::new("Mål nået", "Target met"), "#3b7a3a"),
    (Tr::new("Mål ikke nået", "Target not met"), "#b5401a"),
    (Tr::new("Tal uden mål", "Figure without target"), "#6d9fd1"),
    (Tr::new("Tal mangler", "Figure missing"), "#d9d9d9"),
];

fn describe_many(p: &Point, unit: &str, series: &[Series], lang: Lang) -> String {
    let years = all_years(series);
    let span = match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    };
    // Each organisation's latest figure (its last year with a value).
    let latest: Vec<f64> = series.iter().filter_map(|(_, s)| s.iter().rev().find_map(|(_, v)| *v)).collect();
    let low = latest.iter().copied().reduce(f64::min);
    let high = latest.iter().copied().reduce(f64::max);
    let f = |v: f64| number::format(v, 2, lang);
    let (n, id, name) = (series.len(), p.id, p.name.get(lang));
    match (lang, low.zip(high).map(|(lo, hi)| (f(lo), f(hi)))) {
        (Lang::Da, Some((lo, hi))) => format!(
            "{id} {name} ({unit}) for {n} organisationer, {span}. De seneste tal går fra {lo} til {hi}. Tabellen viser hver organisations tal."
        ),
        (Lang::Da, None) => format!("{id} {name} ({unit}) for {n} organisationer: ingen af dem har tal."),
        (Lang::En, Some((lo, hi))) => format!(
            "{id} {name} ({unit}) for {n} organisations, {span}. The latest figures range from {lo} to {hi}. The table shows each organisation's figures."
        ),
        (Lang::En, None) => format!("{id} {name} ({unit}) for {n} organisations: none of them has figures."),
    }
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

    #[test]
    fn a_missing_year_is_a_gap_and_the_text_says_missing() {
        let p = point("E1").unwrap();
        let s = vec![("A".to_string(), vec![(2023, Some(10.0)), (2024, None), (2025, Some(12.5))])];
        let json = crate::charts::option_json(&point_trend("kWh/m²/år", &s, Some(11.0), Lang::Da), "x");
        assert!(json.contains("[10.0,null,12.5]"), "{json}");
        assert!(json.contains("Mål: 11"));
        let text = describe_point(p, "kWh/m²/år", &s, Some(11.0), Lang::Da);
        assert_eq!(text, "E1 Energiforbrug (kWh/m²/år) – A: 2023: 10, 2024: mangler, 2025: 12,5. Mål: 11 kWh/m²/år.");
    }

    #[test]
    fn several_organisations_get_a_legend_and_no_single_target() {
        let s = vec![("A".to_string(), vec![(2025, Some(60.0))]), ("B".to_string(), vec![(2024, Some(50.0))])];
        let json = crate::charts::option_json(&point_trend("%", &s, Some(75.0), Lang::En), "x");
        assert!(json.contains("\"legend\""));
        assert!(!json.contains("markLine"));
        assert!(json.contains("[null,60.0]") && json.contains("[50.0,null]"), "{json}");
    }

    #[test]
    fn many_organisations_scroll_the_legend_and_sum_up_in_words() {
        let p = point("E1").unwrap();
        let s: Vec<Series> = (0..=MANY)
            .map(|i| {
                (format!("Org {i}"), vec![(2023, Some(50.0 + i as f64)), (2024, (i != 3).then_some(40.0 + i as f64))])
            })
            .collect();
        let json = serde_json::to_value(point_trend("kWh/m²/år", &s, None, Lang::Da)).unwrap();
        assert_eq!(json["legend"]["type"], "scroll");
        assert_eq!(json["tooltip"]["trigger"], "item");
        // Org 3's latest figure is 2023's 53; the others' are 2024's 40 to 50.
        assert_eq!(
            describe_point(p, "kWh/m²/år", &s, None, Lang::Da),
            "E1 Energiforbrug (kWh/m²/år) for 11 organisationer, 2023–2024. De seneste tal går fra 40 til 53. Tabellen viser hver organisations tal."
        );
        let none: Vec<Series> = (0..=MANY).map(|i| (format!("Org {i}"), Vec::new())).collect();
        assert!(
            describe_point(p, "%", &none, None, Lang::En).ends_with("for 11 organisations: none of them has figures.")
        );
        // Up to MANY organisations: a plain legend, every figure in words.
        let few = &s[..MANY];
        let json = serde_json::to_value(point_trend("kWh/m²/år", few, None, Lang::Da)).unwrap();
        assert_eq!(json["legend"], serde_json::json!({ "top": 0 }));
        assert_eq!(json["tooltip"]["trigger"], "axis");
        assert!(describe_point(p, "kWh/m²/år", few, None, Lang::Da).contains("Org 9: 2023: 59, 2024: 49"));
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
