//! Charts as pure functions returning a `charming::Chart` (ECharts options built in Rust), and the
//! one place that turns them into the JSON the browser's ECharts gets. Pure: tested natively.

pub mod almen;
pub mod survey;
pub mod wheel;

use charming::component::Grid;
use charming::datatype::CompositeValue;
use charming::element::DimensionEncode;
use charming::Chart;
use serde_json::{json, Value};

/// The colours of the three responsibilities (the same as in `style/app.css`).
pub const HOUSING: &str = "#1b6ca8";
pub const COMPANY: &str = "#c45c00";
pub const TOGETHER: &str = "#3b7a3a";

/// A chart as a page shows it: its caption, its ECharts option (from [`option_json`]) and the
/// same in words (the chart's label and the text beside it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawn {
    pub caption: String,
    pub option: String,
    pub text: String,
}

impl Drawn {
    /// `chart` with its caption and its description in words.
    pub fn new(caption: String, chart: &Chart, text: String) -> Drawn {
        Drawn { caption, option: option_json(chart, &text), text }
    }
}

/// A figure at `x`, `y` with the text its tooltip shows. ECharts writes a number its own way
/// (1,234.5) and without its unit; the user reads «1234,5 kWh/m²/år». A series of such points
/// is drawn from the first two and names the third in its tooltip ([`shows_text`]).
pub fn figure_at(x: impl Into<CompositeValue>, y: Option<f64>, text: String) -> CompositeValue {
    CompositeValue::from(vec![x.into(), CompositeValue::from(y), CompositeValue::from(text)])
}

/// The encoding of a line of [`figure_at`] points: x, y, and the text in the tooltip.
pub fn shows_text() -> DimensionEncode {
    DimensionEncode::new().x(0).y(1).tooltip(vec![2])
}

/// The plot area of a line chart, `left` px from the edge for the value axis' figures and `top`
/// px down for a legend. It keeps room on the right only for a target's label at the end of its
/// dashed line: on a phone, 96 px kept empty for nothing were a quarter of the chart.
pub fn line_grid(left: i64, top: i64, target_label: bool) -> Grid {
    Grid::new().left(left).right(if target_label { 96 } else { 24 }).top(top).bottom(32)
}

/// The ECharts option for a chart, made safe and accessible for every chart in the app:
/// tooltips are drawn as rich text, never as HTML (names come from files a partner sent, so
/// they must never become markup), the chart carries `description` as its ARIA label, and it
/// is drawn without animation.
pub fn option_json(chart: &Chart, description: &str) -> String {
    let mut v = serde_json::to_value(chart).unwrap_or(Value::Null);
    if let Value::Object(o) = &mut v {
        let tooltip = o.entry("tooltip").or_insert_with(|| json!({}));
        if let Value::Object(t) = tooltip {
            t.insert("renderMode".into(), json!("richText"));
            t.insert("confine".into(), json!(true));
        }
        o.insert("aria".into(), json!({ "enabled": true, "label": { "description": description } }));
        o.insert("animation".into(), json!(false));
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chart_gets_rich_text_tooltips_and_a_description() {
        let json: Value = serde_json::from_str(&option_json(&Chart::new(), "Et årshjul")).unwrap();
        assert_eq!(json["tooltip"]["renderMode"], "richText");
        assert_eq!(json["aria"]["label"]["description"], "Et årshjul");
        assert_eq!(json["aria"]["enabled"], true);
    }
}
