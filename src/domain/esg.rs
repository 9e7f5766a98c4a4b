//! The ESG documentation table from the guide (Del 3): Indikator, Målsætning, Baseline, År 1,
//! År 2 …, Kommentar (trend), KPI-definition; grouped by ESRS S3 and S4; and its CSV for Danish
//! Excel. Voluntary reporting aligned with ESRS S3/S4, never "compliant".

use crate::domain::dossier::Dossier;
use crate::domain::indicator::{Esrs, Indicator, Measure};
use crate::domain::number;
use crate::domain::score::{Change, Tally};
use crate::domain::survey::{ordered, Scores};
use crate::domain::text::{Lang, Tr};
use uuid::Uuid;

/// The label the export carries (the parties are outside the CSRD's direct scope).
pub const LABEL: Tr = Tr::new(
    "Frivillig rapportering på linje med ESRS S3/S4 (ikke en erklæring om overensstemmelse)",
    "Voluntary reporting aligned with ESRS S3/S4 (not a statement of compliance)",
);

/// Which way the figures moved between the last two measurements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Flat,
}

impl Trend {
    pub fn arrow(self) -> &'static str {
        match self {
            Trend::Up => "↑",
            Trend::Down => "↓",
            Trend::Flat => "→",
        }
    }

    pub fn name(self) -> Tr {
        match self {
            Trend::Up => Tr::new("stigende", "rising"),
            Trend::Down => Tr::new("faldende", "falling"),
            Trend::Flat => Tr::new("uændret", "unchanged"),
        }
    }
}

/// One measurement of one indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// The figure: a percentage for survey indicators, a number for counted ones.
    pub value: Option<f64>,
    /// For survey indicators: the tally behind the percentage.
    pub tally: Option<Tally>,
    /// Fewer than the minimum respondents: the percentage is not shown.
    pub suppressed: bool,
    /// The statements' wording differs from the previous measurement's.
    pub wording_changed: bool,
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub indicator: Uuid,
    pub name: String,
    /// "versus isolation" for the guide's three.
    pub versus: Option<String>,
    pub esrs: Esrs,
    pub measure: Measure,
    pub target: Option<f64>,
    pub target_year: Option<i32>,
    pub cells: Vec<Cell>,
    pub trend: Option<Trend>,
    /// The change between the last two survey measurements, and whether it beats the noise.
    pub change: Option<Change>,
    /// The latest figure meets the target (higher is better).
    pub met: Option<bool>,
    pub comment: String,
    pub kpi: String,
}

/// The whole table: one column per measurement (the first is the baseline).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<(Uuid, String)>,
    pub rows: Vec<Row>,
}

/// Builds the table from the dossier's chosen indicators and its survey rounds.
pub fn table(d: &Dossier, lang: Lang) -> Table {
    let rounds = ordered(&d.del3.rounds);
    let columns = rounds.iter().map(|r| (r.id, r.label.clone())).collect();
    // Each round's responses are counted once, for every indicator.
    let scores: Vec<Scores> = rounds.iter().map(|r| r.scores()).collect();
    let mut rows: Vec<Row> = d.del2.indicators().filter(|i| i.chosen).map(|i| row(i, &rounds, &scores, lang)).collect();
    // S3 before S4, keeping the indicators' order within each.
    rows.sort_by_key(|r| r.esrs == Esrs::S4);
    Table { columns, rows }
}

fn row(i: &Indicator, rounds: &[&crate::domain::survey::Round], scores: &[Scores], lang: Lang) -> Row {
    let mut cells = Vec::new();
    let mut previous_wording: Option<Vec<String>> = None;
    for (r, scores) in rounds.iter().zip(scores) {
        let cell = match i.measure {
            Measure::Survey => {
                let t = scores.indicator(i.id);
                let wording = r.wording(i.id);
                let changed = match &previous_wording {
                    Some(p) if !p.is_empty() && !wording.is_empty() => *p != wording,
                    _ => false,
                };
                if !wording.is_empty() {
                    previous_wording = Some(wording);
                }
                let shown = t.showable();
                Cell {
                    value: if shown { t.percent() } else { None },
                    tally: (t.n > 0).then_some(t),
                    suppressed: t.n > 0 && !shown,
                    wording_changed: changed,
                }
            }
            Measure::Count => Cell { value: r.count(i.id), tally: None, suppressed: false, wording_changed: false },
        };
        cells.push(cell);
    }
    let known: Vec<&Cell> = cells.iter().filter(|c| c.value.is_some()).collect();
    let (trend, change) = match known.as_slice() {
        [.., a, b] => {
            let (x, y) = (a.value.unwrap_or(0.0), b.value.unwrap_or(0.0));
            let eps = if i.measure == Measure::Survey { 0.5 } else { 0.0 };
            let trend = if y > x + eps {
                Trend::Up
            } else if y < x - eps {
                Trend::Down
            } else {
                Trend::Flat
            };
            let change = match (a.tally, b.tally) {
                (Some(ta), Some(tb)) => Change::between(&ta, &tb),
                _ => None,
            };
            (Some(trend), change)
        }
        _ => (None, None),
    };
    let latest = known.last().and_then(|c| c.value);
    Row {
        indicator: i.id,
        name: i.display_name(lang),
        versus: i.core_kind().map(|c| format!("versus {}", c.versus().get(lang))),
        esrs: i.esrs,
        measure: i.measure,
        target: i.target,
        target_year: i.target_year,
        cells,
        trend,
        change,
        met: match (latest, i.target) {
            (Some(v), Some(t)) => Some(v + 1e-9 >= t),
            _ => None,
        },
        comment: i.comment.clone(),
        kpi: i.display_kpi(lang),
    }
}

/// A figure as the table shows it: "43 %" for survey indicators, "7" for counts.
pub fn figure(value: f64, measure: Measure, lang: Lang) -> String {
    match measure {
        Measure::Survey => format!("{} %", number::format(value, 1, lang)),
        Measure::Count => number::format(value, 2, lang),
    }
}

/// The target as the guide writes it: "Min. 85 %".
pub fn target_text(row: &Row, lang: Lang) -> String {
    match row.target {
        Some(t) => {
            let min = Tr::new("Min.", "At least").get(lang);
            let year = row.target_year.map(|y| format!(" ({y})")).unwrap_or_default();
            format!("{min} {}{year}", figure(t, row.measure, lang))
        }
        None => "–".into(),
    }
}

/// A measurement as the table shows it: the figure, or why there is none.
pub fn cell_text(cell: &Cell, measure: Measure, lang: Lang) -> String {
    match (cell.value, cell.suppressed) {
        (Some(v), _) => figure(v, measure, lang),
        (None, true) => Tr::new("færre end 10 svar", "fewer than 10 answers").get(lang).into(),
        (None, false) => "–".into(),
    }
}

/// The table as CSV for Danish Excel: UTF-8 with BOM, semicolons, decimal commas, CRLF, and a
/// guard against spreadsheet formulas in text cells. Columns follow ESRS's MDR-T fields.
pub fn csv(t: &Table, lang: Lang) -> String {
    let da = lang == Lang::Da;
    let mut head: Vec<String> = [
        ("ESRS", "ESRS"),
        ("Indikator (metric)", "Indicator (metric)"),
        ("KPI-definition (methodology)", "KPI definition (methodology)"),
        ("Målsætning (target_value)", "Target (target_value)"),
        ("Enhed (target_unit)", "Unit (target_unit)"),
        ("Målår (target_year)", "Target year (target_year)"),
    ]
    .iter()
    .map(|(d, e)| if da { d.to_string() } else { e.to_string() })
    .collect();
    for (_, label) in &t.columns {
        head.push(label.clone());
        head.push(format!("{label} n"));
        head.push(format!("{label} {}", if da { "95 % CI nedre" } else { "95 % CI low" }));
        head.push(format!("{label} {}", if da { "95 % CI øvre" } else { "95 % CI high" }));
    }
    for (d, e) in
        [("Tendens", "Trend"), ("Målsætning nået", "Target met"), ("Kommentar (comment)", "Comment (comment)")]
    {
        head.push(if da { d.into() } else { e.into() });
    }
    let num = |x: f64| number::format(x, 1, lang);
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&head));
    for r in &t.rows {
        let unit = match r.measure {
            Measure::Survey => "%".to_string(),
            Measure::Count => if da { "antal" } else { "count" }.to_string(),
        };
        let mut cells: Vec<String> = vec![
            match r.esrs {
                Esrs::S3 => "S3".into(),
                Esrs::S4 => "S4".into(),
            },
            r.name.clone(),
            r.kpi.clone(),
            r.target.map(num).unwrap_or_default(),
            unit,
            r.target_year.map(|y| y.to_string()).unwrap_or_default(),
        ];
        for c in &r.cells {
            cells.push(c.value.map(num).unwrap_or_default());
            cells.push(c.tally.map(|t| t.respondents.to_string()).unwrap_or_default());
            let ci = c.value.and(c.tally).and_then(|t| t.wilson());
            cells.push(ci.map(|(l, _)| num(l)).unwrap_or_default());
            cells.push(ci.map(|(_, u)| num(u)).unwrap_or_default());
        }
        cells.push(r.trend.map(|tr| format!("{} {}", tr.arrow(), tr.name().get(lang))).unwrap_or_default());
        cells.push(match r.met {
            Some(true) => if da { "Ja" } else { "Yes" }.into(),
            Some(false) => if da { "Nej" } else { "No" }.into(),
            None => String::new(),
        });
        cells.push(r.comment.clone());
        out.push_str(&line(&cells));
    }
    out
}

/// One CSV line: quoted where needed, formulas neutralised.
fn line(cells: &[String]) -> String {
    let mut s = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(";");
    s.push_str("\r\n");
    s
}

/// One cell of a CSV for Danish Excel (`;`-separated): quoted when needed, and a text starting
/// like a formula neutralised.
pub(crate) fn cell(c: &str) -> String {
    // A text starting like a formula is read as text, not run (CSV injection).
    let c = if c.starts_with(['=', '+', '-', '@', '\t', '\r']) && crate::domain::number::parse(c, Lang::Da).is_none() {
        format!("'{c}")
    } else {
        c.to_string()
    };
    if c.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", c.replace('"', "\"\""))
    } else {
        c
    }
}

#[cfg(test)]
pub(crate) mod tests;
