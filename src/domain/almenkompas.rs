//! AlmenKompas in a styringsdialog dossier: the housing organisation's figures, targets and
//! action plan per point; the municipality's follow marks and policy links; the six dialogue
//! questions with both parties' preparation and the agreed follow-up; the dashboard's
//! latest-value, trend and target logic (missing years stay missing, never zero); and the
//! municipality's comparison across organisations with its CSV for Danish Excel.

pub mod catalogue;

use crate::domain::dossier::Dossier;
use crate::domain::number;
use crate::domain::party::PerParty;
use crate::domain::rev::{versioned, Rev};
use crate::domain::score::Tally;
use crate::domain::survey::ordered;
use crate::domain::text::{Lang, Tr};
pub use catalogue::{Direction, Group, Point, CATALOGUE_VERSION, POINTS, QUESTIONS};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// One year's key figure for a point.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    #[serde(rename = "aar")]
    pub year: i32,
    /// `None`: the year is listed but its figure is missing.
    #[serde(rename = "vaerdi", default)]
    pub value: Option<f64>,
    #[serde(rename = "kilde", default)]
    pub source: String,
    #[serde(rename = "kommentar", default)]
    pub comment: String,
}

/// The housing organisation's work on one point.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PointData {
    #[serde(default)]
    pub rev: Rev,
    /// The dossier's own KPI definition (empty: the catalogue's suggestion).
    #[serde(rename = "definition", default)]
    pub definition: String,
    /// The dossier's own unit (empty: the catalogue's suggestion).
    #[serde(rename = "enhed", default)]
    pub unit: String,
    #[serde(rename = "tal", default)]
    pub figures: Vec<Figure>,
    #[serde(rename = "maal", default)]
    pub target: Option<f64>,
    #[serde(rename = "maalAar", default)]
    pub target_year: Option<i32>,
    #[serde(rename = "handleplan", default)]
    pub plan: String,
}

versioned!(PointData);

impl PointData {
    /// Figures in year order, one per year (the last entered wins a duplicate year).
    pub fn series(&self) -> Vec<(i32, Option<f64>)> {
        let mut m: BTreeMap<i32, Option<f64>> = BTreeMap::new();
        for f in &self.figures {
            m.insert(f.year, f.value);
        }
        m.into_iter().collect()
    }

    /// Puts back a year's figure that was removed, in year order; `false` (nothing changed) when
    /// that year is there again.
    pub fn put_back(&mut self, figure: Figure) -> bool {
        if self.figures.iter().any(|f| f.year == figure.year) {
            return false;
        }
        self.figures.push(figure);
        self.figures.sort_by_key(|f| f.year);
        true
    }

    pub fn figure_mut(&mut self, year: i32) -> &mut Figure {
        match self.figures.iter().position(|f| f.year == year) {
            Some(i) => &mut self.figures[i],
            None => {
                self.figures.push(Figure { year, ..Figure::default() });
                self.figures.sort_by_key(|f| f.year);
                let i = self.figures.iter().position(|f| f.year == year).unwrap_or(0);
                &mut self.figures[i]
            }
        }
    }
}

/// The municipality's view of one point.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Follow {
    #[serde(default)]
    pub rev: Rev,
    /// Among the points the municipality most wants to follow.
    #[serde(rename = "foelges", default)]
    pub follow: bool,
    /// The municipality's own policy goals the point supports (klimaplan, boligpolitik …).
    #[serde(rename = "politikmaal", default)]
    pub policy: String,
    #[serde(rename = "kommentar", default)]
    pub comment: String,
}

versioned!(Follow);

/// One party's preparation of the six questions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prep {
    #[serde(default)]
    pub rev: Rev,
    #[serde(rename = "svar", default)]
    pub answers: [String; 6],
}

versioned!(Prep);

/// The agreed follow-up per question.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Agreed {
    #[serde(default)]
    pub rev: Rev,
    #[serde(rename = "opfoelgning", default)]
    pub follow_up: [String; 6],
}

versioned!(Agreed);

/// Everything AlmenKompas in one styringsdialog dossier.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Almen {
    /// The catalogue version the dossier was started with.
    #[serde(rename = "katalogVersion", default)]
    pub catalogue: u32,
    /// The housing organisation's data, by point id ("E1" …).
    #[serde(rename = "punkter", default)]
    pub points: BTreeMap<String, PointData>,
    /// The municipality's follow marks, by point id.
    #[serde(rename = "kommunensFokus", default)]
    pub follows: BTreeMap<String, Follow>,
    #[serde(rename = "forberedelse", default)]
    pub prep: PerParty<Prep>,
    #[serde(rename = "aftalt", default)]
    pub agreed: Agreed,
}

impl Almen {
    pub fn point(&self, id: &str) -> Option<&PointData> {
        self.points.get(id)
    }

    pub fn point_mut(&mut self, id: &str) -> &mut PointData {
        self.points.entry(id.to_string()).or_default()
    }

    pub fn follow_mut(&mut self, id: &str) -> &mut Follow {
        self.follows.entry(id.to_string()).or_default()
    }

    /// The definition in force for a point: the dossier's own, or the suggestion.
    pub fn definition(&self, p: &Point, lang: Lang) -> (String, bool) {
        definition_of(self.points.get(p.id), p, lang)
    }

    /// The dossier's own unit for the point, or else the catalogue's suggestion in `lang`.
    pub fn unit(&self, p: &Point, lang: Lang) -> String {
        unit_of(self.points.get(p.id), p, lang)
    }

    /// Whether the municipality follows point `id`.
    pub fn followed(&self, id: &str) -> bool {
        followed_of(self.follows.get(id))
    }
}

/// [`Almen::followed`] from the point's own marks (a page that edits one point reads only them).
pub fn followed_of(follow: Option<&Follow>) -> bool {
    follow.is_some_and(|f| f.follow)
}

/// [`Almen::definition`] from the point's own data (a page that edits one point reads only it).
pub fn definition_of(data: Option<&PointData>, p: &Point, lang: Lang) -> (String, bool) {
    match data.map(|d| d.definition.trim()).filter(|s| !s.is_empty()) {
        Some(own) => (own.to_string(), false),
        None => (p.kpi.get(lang).to_string(), true),
    }
}

/// The year «Nyt år» adds to a point for what was typed: the year after its latest one (or
/// last year, `this_year - 1`, for a first figure) when nothing was, else the year typed; `Err`
/// when that is not a year.
pub fn year_to_add(
    data: Option<&PointData>,
    typed: &str,
    this_year: i32,
    lang: Lang,
) -> Result<i32, number::NotANumber> {
    match number::read_year(typed, lang)? {
        Some(y) => number::year_of(Some(y)).ok_or(number::NotANumber::NotAYear),
        None => Ok(data.and_then(|d| d.figures.iter().map(|f| f.year + 1).max()).unwrap_or(this_year - 1)),
    }
}

/// [`Almen::unit`] from the point's own data.
pub fn unit_of(data: Option<&PointData>, p: &Point, lang: Lang) -> String {
    data.map(|d| d.unit.trim()).filter(|s| !s.is_empty()).map_or_else(|| p.unit.get(lang).to_string(), str::to_string)
}

/// A figure with its unit as a sentence says it: "118 kWh/m²/år", "35 frivillige", "1 frivillig".
pub fn amount(value: f64, unit: &str, lang: Lang) -> String {
    let unit = if value == 1.0 { catalogue::singular(unit, lang).unwrap_or(unit) } else { unit };
    format!("{} {unit}", number::format(value, 2, lang))
}

/// The latest year with a figure, and the figure.
pub fn latest(series: &[(i32, Option<f64>)]) -> Option<(i32, f64)> {
    series.iter().rev().find_map(|(y, v)| v.map(|v| (*y, v)))
}

/// How the latest figure compares with the year before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Flat,
    /// No figure, or none for the year before the latest.
    Unknown,
}

pub fn trend(series: &[(i32, Option<f64>)]) -> Trend {
    let Some((y, v)) = latest(series) else {
        return Trend::Unknown;
    };
    let Some(prev) = series.iter().find(|(py, _)| *py == y - 1).and_then(|(_, pv)| *pv) else {
        return Trend::Unknown;
    };
    let eps = 1e-9 * v.abs().max(prev.abs()).max(1.0);
    if (v - prev).abs() <= eps {
        Trend::Flat
    } else if v > prev {
        Trend::Up
    } else {
        Trend::Down
    }
}

/// Whether a trend is good news for a point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Better,
    Worse,
    Same,
    Unknown,
}

pub fn verdict(direction: Direction, t: Trend) -> Verdict {
    match (direction, t) {
        (_, Trend::Unknown) | (Direction::Neither, _) => Verdict::Unknown,
        (_, Trend::Flat) => Verdict::Same,
        (Direction::Higher, Trend::Up) | (Direction::Lower, Trend::Down) => Verdict::Better,
        _ => Verdict::Worse,
    }
}

/// Whether the latest figure meets the target (`None`: no target, no figure, or no direction).
pub fn target_met(direction: Direction, latest: Option<f64>, target: Option<f64>) -> Option<bool> {
    let (v, t) = (latest?, target?);
    match direction {
        Direction::Higher => Some(v >= t),
        Direction::Lower => Some(v <= t),
        Direction::Neither => None,
    }
}

/// One point's line on the dashboard.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub point: &'static Point,
    pub unit: String,
    pub latest: Option<(i32, f64)>,
    pub trend: Trend,
    pub verdict: Verdict,
    pub target: Option<f64>,
    pub met: Option<bool>,
    pub followed: bool,
}

/// Where point `p` stands in `almen` (its unit in `lang` when the catalogue's applies).
pub fn status(almen: &Almen, p: &'static Point, lang: Lang) -> Status {
    status_of(almen.point(p.id), almen.followed(p.id), p, lang)
}

/// [`status`] from the point's own data and whether the municipality follows it.
pub fn status_of(data: Option<&PointData>, followed: bool, p: &'static Point, lang: Lang) -> Status {
    let series = data.map(PointData::series).unwrap_or_default();
    let latest = latest(&series);
    let t = trend(&series);
    let target = data.and_then(|d| d.target);
    Status {
        point: p,
        unit: unit_of(data, p, lang),
        latest,
        trend: t,
        verdict: verdict(p.direction, t),
        target,
        met: target_met(p.direction, latest.map(|l| l.1), target),
        followed,
    }
}

/// Per group: points with a figure, with the target met, not met, and without a figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GroupSummary {
    pub met: usize,
    pub not_met: usize,
    /// A figure but no target (or a point judged in the dialogue).
    pub no_target: usize,
    pub missing: usize,
}

/// Where a point stands against its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// No figure in any year.
    Missing,
    Met,
    NotMet,
    /// A figure, but the point is judged in the dialogue (a band or context).
    Judged,
    /// A figure, but no target.
    NoTarget,
}

impl Standing {
    pub fn name(self) -> Tr {
        match self {
            Standing::Missing => Tr::new("Tal mangler", "Figure missing"),
            Standing::Met => Tr::new("Mål nået", "Target met"),
            Standing::NotMet => Tr::new("Mål ikke nået", "Target not met"),
            Standing::Judged => Tr::new("Vurderes i dialogen", "Judged in the dialogue"),
            Standing::NoTarget => Tr::new("Intet mål", "No target"),
        }
    }
}

impl Status {
    pub fn standing(&self) -> Standing {
        match (self.latest, self.met) {
            (None, _) => Standing::Missing,
            (_, Some(true)) => Standing::Met,
            (_, Some(false)) => Standing::NotMet,
            (_, None) if self.point.direction == Direction::Neither => Standing::Judged,
            (_, None) => Standing::NoTarget,
        }
    }
}

pub fn group_summary(almen: &Almen, g: Group) -> GroupSummary {
    let mut s = GroupSummary::default();
    for p in POINTS.iter().filter(|p| p.group == g) {
        // Only the standing is used, so the unit's language does not matter.
        match status(almen, p, Lang::Da).standing() {
            Standing::Missing => s.missing += 1,
            Standing::Met => s.met += 1,
            Standing::NotMet => s.not_met += 1,
            Standing::Judged | Standing::NoTarget => s.no_target += 1,
        }
    }
    s
}

/// A figure for "Lokalt fællesskab" from a Business2Community dossier's survey: the share
/// agreeing for one indicator in one round, and a source text that says where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct CommunityFigure {
    pub year: i32,
    pub value: f64,
    pub n: usize,
    pub source: String,
}

/// Every (round, indicator) of a partnership's survey that has a figure to offer.
pub fn community_figures(b2c: &Dossier, lang: Lang) -> Vec<(Uuid, Uuid, CommunityFigure)> {
    let mut out = Vec::new();
    for r in ordered(&b2c.del3.rounds) {
        let year = r.date.map(|d| chrono::Datelike::year(&d)).unwrap_or_else(|| chrono::Datelike::year(&r.created));
        let scores = r.scores();
        for ind in b2c.del2.indicators.iter().filter(|i| !i.deleted && i.chosen) {
            let t: Tally = scores.indicator(ind.id);
            // Fewer than MIN_SHOWN respondents are never shown as a percentage anywhere.
            let Some(pct) = t.percent().filter(|_| t.showable()) else { continue };
            let source = match lang {
                Lang::Da => format!(
                    "Business2Community-dossier «{}», måling «{}», indikator «{}»: andel enige, n = {}",
                    b2c.display_title(),
                    r.label,
                    ind.display_name(lang),
                    t.n
                ),
                Lang::En => format!(
                    "Business2Community dossier “{}”, measurement “{}”, indicator “{}”: share agreeing, n = {}",
                    b2c.display_title(),
                    r.label,
                    ind.display_name(lang),
                    t.n
                ),
            };
            out.push((r.id, ind.id, CommunityFigure { year, value: (pct * 10.0).round() / 10.0, n: t.n, source }));
        }
    }
    out
}

/// One organisation in the municipality's comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Organisation {
    pub name: String,
    pub almen: Almen,
}

impl Organisation {
    pub fn from_dossier(d: &Dossier) -> Organisation {
        let org = d
            .parties
            .get(crate::domain::Party::Housing)
            .map(|p| p.organisation.trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| d.display_title());
        Organisation { name: org, almen: d.almen.clone() }
    }
}

/// The years any organisation has a figure for on a point, in order.
pub fn years<'a>(orgs: impl IntoIterator<Item = &'a Organisation>, point: &str) -> Vec<i32> {
    let mut ys: Vec<i32> =
        orgs.into_iter().filter_map(|o| o.almen.point(point)).flat_map(|d| d.figures.iter().map(|f| f.year)).collect();
    ys.sort_unstable();
    ys.dedup();
    ys
}

/// One point across organisations, as the comparison's table shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The years any of the organisations has a figure for ([`years`]).
    pub years: Vec<i32>,
    /// One per organisation, in the order given.
    pub rows: Vec<ComparisonRow>,
}

/// One organisation's line in a [`Comparison`].
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow {
    /// One per year of [`Comparison::years`]: `None` where this organisation has no figure
    /// (never 0).
    pub values: Vec<Option<f64>>,
    pub unit: String,
    pub target: Option<f64>,
    pub standing: Standing,
}

/// Point `p` compared across `orgs` (units in `lang` when the catalogue's apply).
pub fn compare<'a>(
    orgs: impl IntoIterator<Item = &'a Organisation> + Clone,
    p: &'static Point,
    lang: Lang,
) -> Comparison {
    let years = years(orgs.clone(), p.id);
    let rows = orgs
        .into_iter()
        .map(|o| {
            let series = o.almen.point(p.id).map(PointData::series).unwrap_or_default();
            let status = status(&o.almen, p, lang);
            ComparisonRow {
                values: years.iter().map(|y| series.iter().find(|(sy, _)| sy == y).and_then(|(_, v)| *v)).collect(),
                unit: status.unit.clone(),
                target: status.target,
                standing: status.standing(),
            }
        })
        .collect();
    Comparison { years, rows }
}

impl Comparison {
    /// Per year of [`Comparison::years`], the median of the organisations that have a figure
    /// that year (the mean of the middle two for an even count); `None` where none has one.
    /// Organisations without a figure are left out, never counted as 0.
    pub fn medians(&self) -> Vec<Option<f64>> {
        (0..self.years.len())
            .map(|k| {
                let mut v: Vec<f64> = self.rows.iter().filter_map(|r| r.values.get(k).copied().flatten()).collect();
                v.sort_unstable_by(f64::total_cmp);
                let n = v.len();
                match n {
                    0 => None,
                    _ if n % 2 == 1 => Some(v[n / 2]),
                    _ => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
                }
            })
            .collect()
    }
}

/// The comparison as CSV for Danish Excel: BOM, semicolons, decimal commas, one row per
/// organisation, point and year (a missing figure is an empty cell, never 0).
pub fn comparison_csv(orgs: &[Organisation]) -> String {
    let mut out = String::from("\u{feff}");
    let head = [
        "Målepunkt",
        "Navn",
        "Gruppe",
        "Organisation",
        "År",
        "Værdi",
        "Enhed",
        "Mål",
        "Målår",
        "Retning",
        "Kilde",
        "Definition",
        "Forslag fra kataloget",
    ];
    out.push_str(&head.join(";"));
    out.push_str("\r\n");
    for p in POINTS.iter() {
        for o in orgs {
            let data = o.almen.point(p.id);
            let unit = o.almen.unit(p, Lang::Da);
            let (definition, suggested) = o.almen.definition(p, Lang::Da);
            let target = data.and_then(|d| d.target).map(|t| number::format(t, 3, Lang::Da)).unwrap_or_default();
            let target_year = data.and_then(|d| d.target_year).map(|y| y.to_string()).unwrap_or_default();
            let figures = data.map(|d| d.figures.clone()).unwrap_or_default();
            let rows: Vec<(String, String, String)> = if figures.is_empty() {
                vec![(String::new(), String::new(), String::new())]
            } else {
                figures
                    .iter()
                    .map(|f| {
                        (
                            f.year.to_string(),
                            f.value.map(|v| number::format(v, 3, Lang::Da)).unwrap_or_default(),
                            f.source.clone(),
                        )
                    })
                    .collect()
            };
            for (year, value, source) in rows {
                let cells = [
                    p.id.to_string(),
                    p.name.da.to_string(),
                    format!("{:?}", p.group),
                    o.name.clone(),
                    year,
                    value,
                    unit.clone(),
                    target.clone(),
                    target_year.clone(),
                    p.direction.name().da.to_string(),
                    source,
                    definition.clone(),
                    if suggested { "ja" } else { "nej" }.to_string(),
                ];
                out.push_str(&cells.iter().map(|c| crate::domain::esg::cell(c)).collect::<Vec<_>>().join(";"));
                out.push_str("\r\n");
            }
        }
    }
    out
}

/// How a trend is said in words (the dashboard's arrows have this as their text).
pub fn trend_text(t: Trend, v: Verdict) -> Tr {
    match (t, v) {
        (Trend::Unknown, _) => Tr::new("Ingen sammenligning med sidste år", "No comparison with last year"),
        (Trend::Flat, _) => Tr::new("Uændret fra sidste år", "Unchanged from last year"),
        (Trend::Up, Verdict::Better) => Tr::new("Steget fra sidste år (bedre)", "Up from last year (better)"),
        (Trend::Up, Verdict::Worse) => Tr::new("Steget fra sidste år (dårligere)", "Up from last year (worse)"),
        (Trend::Up, _) => Tr::new("Steget fra sidste år", "Up from last year"),
        (Trend::Down, Verdict::Better) => Tr::new("Faldet fra sidste år (bedre)", "Down from last year (better)"),
        (Trend::Down, Verdict::Worse) => Tr::new("Faldet fra sidste år (dårligere)", "Down from last year (worse)"),
        (Trend::Down, _) => Tr::new("Faldet fra sidste år", "Down from last year"),
    }
}

#[cfg(test)]
mod tests;
