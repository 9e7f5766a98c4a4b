//! The survey's charts: an indicator's trend against its target, and the answer distribution
//! per statement as a diverging stacked bar (disagreement to the left, agreement to the right).

use crate::charts::{figure_at, line_grid, shows_text, Drawn};
use crate::domain::esg::{figure, Row};
use crate::domain::indicator::Measure;
use crate::domain::number;
use crate::domain::survey::{Answer, Scores};
use crate::domain::text::{Lang, Tr};
use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPoint, DataPointItem};
use charming::element::{
    AxisLabel, AxisType, ItemStyle, Label, LineStyle, MarkLine, MarkLineData, MarkLineVariant, Symbol, Tooltip, Trigger,
};
use charming::series::{Bar, Line};
use charming::Chart;

/// The colours of the five steps, agreement blue, disagreement orange (colour-blind safe).
const STEP_COLOURS: [&str; 5] = ["#1f5f99", "#6d9fd1", "#b8b8b8", "#e39a6f", "#b5401a"];

/// An indicator's trend as a page shows it, captioned with the indicator's name.
pub fn trend_chart(row: &Row, columns: &[String], lang: Lang) -> Drawn {
    Drawn::new(row.name.clone(), &trend(row, columns, lang), describe_trend(row, columns, lang))
}

/// An indicator's figures over the measurements, with the target as a dashed line.
pub fn trend(row: &Row, columns: &[String], lang: Lang) -> Chart {
    let data: Vec<CompositeValue> = row
        .cells
        .iter()
        .zip(columns)
        .map(|(c, column)| {
            let v = c.value.map(|v| (v * 10.0).round() / 10.0);
            figure_at(column.as_str(), v, v.map(|v| figure(v, row.measure, lang)).unwrap_or_default())
        })
        .collect();
    let mut y = Axis::new().type_(AxisType::Value).min(0);
    if row.measure == Measure::Survey {
        y = y.max(100).axis_label(AxisLabel::new().formatter("{value} %"));
    }
    let mut line = Line::new()
        .name(row.name.clone())
        .data(data)
        .encode(shows_text())
        .show_symbol(true)
        .symbol_size(8)
        .connect_nulls(true);
    if let Some(target) = row.target {
        let label = format!("{}: {}", Tr::new("Mål", "Target").get(lang), figure(target, row.measure, lang));
        line = line.mark_line(
            MarkLine::new()
                .silent(true)
                .symbol(vec![Symbol::None, Symbol::None])
                .line_style(LineStyle::new().type_(charming::element::LineStyleType::Dashed).color("#545454"))
                .label(Label::new().formatter(label.as_str()))
                .data(vec![MarkLineVariant::Simple(MarkLineData::new().y_axis(target))]),
        );
    }
    Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(line_grid(48, 24, row.target.is_some()))
        .x_axis(Axis::new().type_(AxisType::Category).data(columns.to_vec()))
        .y_axis(y)
        .series(line.item_style(ItemStyle::new().color("#1f5f99")))
}

/// The trend in words.
pub fn describe_trend(row: &Row, columns: &[String], lang: Lang) -> String {
    let values: Vec<String> = row
        .cells
        .iter()
        .zip(columns)
        .map(|(c, l)| format!("{l}: {}", c.value.map(|v| figure(v, row.measure, lang)).unwrap_or_else(|| "–".into())))
        .collect();
    let target = row.target.map(|t| figure(t, row.measure, lang));
    match (lang, target) {
        (Lang::Da, Some(t)) => format!("{} over målingerne ({}). Målsætning {t}.", row.name, values.join("; ")),
        (Lang::Da, None) => format!("{} over målingerne ({}).", row.name, values.join("; ")),
        (Lang::En, Some(t)) => format!("{} over the measurements ({}). Target {t}.", row.name, values.join("; ")),
        (Lang::En, None) => format!("{} over the measurements ({}).", row.name, values.join("; ")),
    }
}

/// Percentages of the valid answers to each statement, per step (1 Helt enig … 5 Helt uenig).
pub fn shares(scores: &Scores) -> Vec<[f64; 5]> {
    (0..scores.statements())
        .map(|i| {
            let d = scores.distribution(i);
            let valid: usize = d[..5].iter().sum();
            let mut out = [0.0; 5];
            if valid > 0 {
                for (k, o) in out.iter_mut().enumerate() {
                    *o = (1000.0 * d[k] as f64 / valid as f64).round() / 10.0;
                }
            }
            out
        })
        .collect()
}

/// The answer distribution per statement: a diverging stacked bar, neutral split across zero.
pub fn distribution(scores: &Scores, lang: Lang) -> Chart {
    let labels: Vec<String> = (0..scores.statements())
        .map(|i| {
            let n = scores.statement(i).n;
            format!("{} {} (n = {n})", Tr::new("Udsagn", "Statement").get(lang), i + 1)
        })
        .collect();
    let shares = shares(scores);
    let series = |name: Tr, colour: &str, values: Vec<DataPoint>| {
        Bar::new()
            .name(name.get(lang))
            .tooltip(Tooltip::new().formatter("{a}\n{b}"))
            .stack("answers")
            .bar_width("60%")
            .item_style(ItemStyle::new().color(colour))
            .data(values)
    };
    // Each bar at (its share, its statement), its tooltip the whole share in the user's way of
    // writing it: the bars to the left are negative and a neutral bar is half the step.
    let col = |k: usize, sign: f64, half: bool| -> Vec<DataPoint> {
        shares
            .iter()
            .zip(&labels)
            .enumerate()
            .map(|(i, (s, label))| {
                let x = sign * if half { s[k] / 2.0 } else { s[k] };
                let text = format!("{label}: {}", number::percent(s[k], lang));
                DataPoint::Item(DataPointItem::new(vec![x, i as f64]).name(text))
            })
            .collect()
    };
    let neutral = Answer::Step(3).name();
    Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        // The legend in the order of the bars, from disagreement on the left to agreement.
        .legend(Legend::new().bottom(0).data((1..=5).rev().map(|k| Answer::Step(k).name().get(lang)).collect()))
        .grid(Grid::new().left(140).right(24).top(16).bottom(64))
        .x_axis(Axis::new().type_(AxisType::Value).min(-100).max(100).axis_label(AxisLabel::new().show(false)))
        .y_axis(Axis::new().type_(AxisType::Category).inverse(true).data(labels.clone()))
        // Nearest zero first: the halves of the neutral step, then "partly", then "strongly".
        .series(series(neutral, STEP_COLOURS[2], col(2, -1.0, true)))
        .series(series(Answer::Step(4).name(), STEP_COLOURS[3], col(3, -1.0, false)))
        .series(series(Answer::Step(5).name(), STEP_COLOURS[4], col(4, -1.0, false)))
        .series(series(neutral, STEP_COLOURS[2], col(2, 1.0, true)))
        .series(series(Answer::Step(2).name(), STEP_COLOURS[1], col(1, 1.0, false)))
        .series(series(Answer::Step(1).name(), STEP_COLOURS[0], col(0, 1.0, false)))
}

/// The distribution in words (the table beside the chart has every figure).
pub fn describe_distribution(scores: &Scores, lang: Lang) -> String {
    let (n, statements) = (scores.responses, scores.statements());
    match lang {
        Lang::Da => format!("Fordeling af svarene på {statements} udsagn fra {n} besvarelser: enighed til højre, uenighed til venstre. Se tabellen for tallene."),
        Lang::En => format!("Distribution of the answers to {statements} statements from {n} responses: agreement to the right, disagreement to the left. See the table for the figures."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::esg::table;

    #[test]
    fn trend_has_a_point_per_measurement_and_a_target_line() {
        let d = crate::domain::esg::tests::guide_example();
        let t = table(&d, Lang::Da);
        let cols: Vec<String> = t.columns.iter().map(|c| c.1.clone()).collect();
        let json = serde_json::to_value(trend(&t.rows[0], &cols, Lang::Da)).unwrap();
        // Each figure with its tooltip's text, as the table writes it.
        assert_eq!(json["series"][0]["data"], serde_json::json!([["Baseline", 41.0, "41 %"], ["År 1", 43.0, "43 %"]]));
        assert_eq!(json["series"][0]["encode"]["tooltip"], serde_json::json!([2]));
        assert_eq!(json["series"][0]["markLine"]["data"][0]["yAxis"], 85.0);
        assert_eq!(json["series"][0]["markLine"]["label"]["formatter"], "Mål: 85 %");
        // As the ESG page shows it: captioned, the option labelled with the text.
        let drawn = trend_chart(&t.rows[0], &cols, Lang::Da);
        assert_eq!(drawn.caption, t.rows[0].name);
        assert_eq!(drawn.text, describe_trend(&t.rows[0], &cols, Lang::Da));
        let option: serde_json::Value = serde_json::from_str(&drawn.option).unwrap();
        assert_eq!(option["aria"]["label"]["description"], drawn.text.as_str());
        assert_eq!(json["xAxis"]["data"], serde_json::json!(["Baseline", "År 1"]));
        assert!(describe_trend(&t.rows[0], &cols, Lang::Da).contains("Baseline: 41 %; År 1: 43 %"));
        // Room on the right for the target's label, and none kept when there is no target.
        assert_eq!(json["grid"][0]["right"], 96);
        let mut untargeted = t.rows[0].clone();
        untargeted.target = None;
        let json = serde_json::to_value(trend(&untargeted, &cols, Lang::Da)).unwrap();
        assert!(json["series"][0].get("markLine").is_none());
        assert_eq!(json["grid"][0]["right"], 24);
    }

    #[test]
    fn distribution_diverges_around_zero() {
        let d = crate::domain::esg::tests::guide_example();
        let r = d.del3.rounds[0].scores();
        let s = shares(&r);
        assert_eq!(s[0], [0.0, 41.0, 0.0, 59.0, 0.0]);
        let json = serde_json::to_value(distribution(&r, Lang::Da)).unwrap();
        let series = json["series"].as_array().unwrap();
        assert_eq!(series.len(), 6);
        assert_eq!(series[1]["name"], "Delvist uenig");
        // Drawn to the left, but the tooltip says the share itself, in the user's way of writing
        // it; each half of the neutral step says the whole step's share.
        let figure = |value: serde_json::Value, name: &str| serde_json::json!({ "value": value, "name": name });
        assert_eq!(series[1]["data"][0], figure(serde_json::json!([-59.0, 0.0]), "Udsagn 1 (n = 100): 59,0 %"));
        assert_eq!(series[4]["data"][0], figure(serde_json::json!([41.0, 0.0]), "Udsagn 1 (n = 100): 41,0 %"));
        assert_eq!(series[1]["tooltip"]["formatter"], "{a}\n{b}");
        let legend: Vec<&str> =
            json["legend"]["data"].as_array().unwrap().iter().filter_map(|i| i["name"].as_str()).collect();
        assert_eq!(legend, ["Helt uenig", "Delvist uenig", "Hverken enig eller uenig", "Delvist enig", "Helt enig"]);
        // 25 more residents neither agree nor disagree with the first statement: 20 % of 125,
        // drawn as 10 on each side of zero, each half saying 20 %.
        let mut round = d.del3.rounds[0].clone();
        round.responses.extend((0..25).map(|k| crate::domain::survey::Response {
            id: format!("9{k:015x}"),
            answers: vec![b'3', b'2', b'2'],
            source: crate::domain::survey::Source::Paper,
            date: None,
        }));
        let neutral = serde_json::to_value(distribution(&round.scores(), Lang::En)).unwrap();
        assert_eq!(
            neutral["series"][0]["data"][0],
            figure(serde_json::json!([-10.0, 0.0]), "Statement 1 (n = 125): 20.0 %")
        );
        assert_eq!(
            neutral["series"][3]["data"][0],
            figure(serde_json::json!([10.0, 0.0]), "Statement 1 (n = 125): 20.0 %")
        );
        assert_eq!(json["yAxis"]["data"][0], "Udsagn 1 (n = 100)");
        let words = describe_distribution(&r, Lang::En);
        assert!(words.contains(&format!("{} statements from 100 responses", s.len())), "{words}");
    }
}
