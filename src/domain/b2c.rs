//! The Business2Community worksheets: Del 1 (each party's internal considerations) and Del 2
//! (the joint framing and the partnership agreement with its årshjul).

use crate::domain::dates;
use crate::domain::indicator::{Core, Indicator, Proposal};
use crate::domain::party::{Party, PerParty};
use crate::domain::rev::{list_item, versioned, Rev};
use crate::domain::text::Tr;
use chrono::{DateTime, Datelike, NaiveDate, Utc, Weekday};
use serde::{Deserialize, Deserializer, Serialize};
use uuid::Uuid;

/// Del 1 takes at most this many points.
pub const MAX_POINTS: usize = 5;
/// The guide recommends two to four evaluation meetings a year.
pub const MEETINGS_PER_YEAR: std::ops::RangeInclusive<usize> = 2..=4;

// ----- Del 1 ---------------------------------------------------------------------------------

/// What kind of resource a party can allocate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResourceKind {
    #[default]
    #[serde(rename = "arbejdstimer")]
    Hours,
    #[serde(rename = "faciliteter")]
    Facilities,
    #[serde(rename = "frivillige")]
    Volunteers,
    #[serde(rename = "andet")]
    Other,
}

impl ResourceKind {
    pub const ALL: [ResourceKind; 4] =
        [ResourceKind::Hours, ResourceKind::Facilities, ResourceKind::Volunteers, ResourceKind::Other];

    pub fn name(self) -> Tr {
        match self {
            ResourceKind::Hours => Tr::new("Arbejdstimer", "Working hours"),
            ResourceKind::Facilities => Tr::new("Adgang til faciliteter", "Access to facilities"),
            ResourceKind::Volunteers => Tr::new("Frivilligt arbejde", "Volunteer work"),
            ResourceKind::Other => Tr::new("Andet", "Other"),
        }
    }
}

/// A resource a party can allocate to the partnership.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    #[serde(rename = "type", default)]
    pub kind: ResourceKind,
    #[serde(rename = "beskrivelse", default)]
    pub description: String,
    /// An amount where the resource has one, e.g. 40 (hours a year).
    #[serde(rename = "antal", default)]
    pub amount: Option<f64>,
    #[serde(rename = "enhed", default)]
    pub unit: String,
}

/// A smaller partnership (one activity) or a larger, longer collaboration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scale {
    #[serde(rename = "mindre")]
    Smaller,
    #[serde(rename = "stoerre")]
    Larger,
}

impl Scale {
    pub const ALL: [Scale; 2] = [Scale::Smaller, Scale::Larger];

    pub fn name(self) -> Tr {
        match self {
            Scale::Smaller => Tr::new("Et mindre partnerskab (én aktivitet)", "A smaller partnership (one activity)"),
            Scale::Larger => Tr::new(
                "Et større partnerskab (længerevarende samarbejde)",
                "A larger partnership (a longer collaboration)",
            ),
        }
    }
}

/// How the initiatives can promote one of the three indicators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoreNotes {
    #[serde(rename = "tilhoersforhold", default)]
    pub belonging: String,
    #[serde(rename = "tillid", default)]
    pub trust: String,
    #[serde(rename = "medskabende", default)]
    pub co_creation: String,
}

impl CoreNotes {
    pub fn get(&self, c: Core) -> &String {
        match c {
            Core::Belonging => &self.belonging,
            Core::Trust => &self.trust,
            Core::CoCreation => &self.co_creation,
        }
    }

    pub fn get_mut(&mut self, c: Core) -> &mut String {
        match c {
            Core::Belonging => &mut self.belonging,
            Core::Trust => &mut self.trust,
            Core::CoCreation => &mut self.co_creation,
        }
    }
}

/// Del 1 — Interne overvejelser: one party's own preparation. Only that party edits it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Del1 {
    #[serde(default)]
    pub rev: Rev,
    /// Egne prioriteringer: challenges or opportunities in focus in the area.
    #[serde(rename = "udfordringer", default)]
    pub challenges: String,
    /// Through which initiatives the partnership can tackle them.
    #[serde(rename = "indsatser", default)]
    pub initiatives: String,
    /// How the initiatives can promote each of the three indicators.
    #[serde(rename = "indikatorer", default)]
    pub core_notes: CoreNotes,
    /// Site-specific indicators the party wants to add.
    #[serde(rename = "stedsspecifikke", default)]
    pub proposals: Vec<Proposal>,
    /// Allokering af ressourcer.
    #[serde(rename = "ressourcer", default)]
    pub resources: Vec<Resource>,
    /// Forventninger: the scale the party seeks…
    #[serde(rename = "partnerskab", default)]
    pub scale: Option<Scale>,
    /// …and its interest in the partnership.
    #[serde(rename = "interesse", default)]
    pub interest: String,
    /// Fem vigtigste punkter, in the party's order.
    #[serde(rename = "punkter", default)]
    pub points: Vec<String>,
}

versioned!(Del1);

/// A worksheet section's state for the completion indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Completion {
    Empty,
    Started,
    Done,
}

impl Completion {
    fn of(filled: usize, needed: usize) -> Completion {
        if filled == 0 {
            Completion::Empty
        } else if filled >= needed {
            Completion::Done
        } else {
            Completion::Started
        }
    }

    pub fn name(self) -> Tr {
        match self {
            Completion::Empty => Tr::new("Ikke begyndt", "Not started"),
            Completion::Started => Tr::new("Påbegyndt", "Started"),
            Completion::Done => Tr::new("Udfyldt", "Filled in"),
        }
    }
}

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// The four sections of Del 1, for the completion indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Del1Section {
    Priorities,
    Resources,
    Expectations,
    Points,
}

impl Del1Section {
    pub const ALL: [Del1Section; 4] =
        [Del1Section::Priorities, Del1Section::Resources, Del1Section::Expectations, Del1Section::Points];

    pub fn name(self) -> Tr {
        match self {
            Del1Section::Priorities => Tr::new("Egne prioriteringer", "Own priorities"),
            Del1Section::Resources => Tr::new("Allokering af ressourcer", "Allocation of resources"),
            Del1Section::Expectations => Tr::new("Forventninger til partnerskab", "Expectations of the partnership"),
            Del1Section::Points => Tr::new("Fem vigtigste punkter", "The five most important points"),
        }
    }
}

impl Del1 {
    pub fn completion(&self, s: Del1Section) -> Completion {
        match s {
            Del1Section::Priorities => {
                let notes = Core::ALL.iter().filter(|c| filled(self.core_notes.get(**c))).count();
                let n = usize::from(filled(&self.challenges)) + usize::from(filled(&self.initiatives)) + notes.min(1);
                Completion::of(n, 3)
            }
            Del1Section::Resources => {
                Completion::of(self.resources.iter().filter(|r| filled(&r.description)).count(), 1)
            }
            Del1Section::Expectations => {
                Completion::of(usize::from(self.scale.is_some()) + usize::from(filled(&self.interest)), 2)
            }
            Del1Section::Points => Completion::of(self.points.iter().filter(|p| filled(p)).count(), MAX_POINTS),
        }
    }

    /// Whether the party has written anything at all.
    pub fn is_empty(&self) -> bool {
        Del1Section::ALL.iter().all(|s| self.completion(*s) == Completion::Empty) && self.proposals.is_empty()
    }

    /// Adds a point at the end, unless there are already five.
    pub fn add_point(&mut self, text: String) -> Result<(), Problem> {
        if self.points.len() >= MAX_POINTS {
            return Err(Problem::TooManyPoints);
        }
        self.points.push(text);
        Ok(())
    }

    /// Moves a point up (towards the top) or down; out-of-range moves do nothing.
    pub fn move_point(&mut self, index: usize, up: bool) {
        let other = if up { index.checked_sub(1) } else { Some(index + 1) };
        if let Some(o) = other.filter(|o| *o < self.points.len()) {
            if index < self.points.len() {
                self.points.swap(index, o);
            }
        }
    }
}

// ----- Del 2 ---------------------------------------------------------------------------------

/// Other resources the partnership can involve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OtherResource {
    #[serde(rename = "kommunen")]
    Municipality,
    #[serde(rename = "helhedsplan")]
    MasterPlan,
    #[serde(rename = "boligsocial")]
    SocialHousingEffort,
    #[serde(rename = "andreVirksomheder")]
    OtherCompanies,
}

impl OtherResource {
    pub const ALL: [OtherResource; 4] = [
        OtherResource::Municipality,
        OtherResource::MasterPlan,
        OtherResource::SocialHousingEffort,
        OtherResource::OtherCompanies,
    ];

    pub fn name(self) -> Tr {
        match self {
            OtherResource::Municipality => Tr::new("Kommunen", "The municipality"),
            OtherResource::MasterPlan => Tr::new("Helhedsplan", "Master plan (helhedsplan)"),
            OtherResource::SocialHousingEffort => Tr::new("Boligsocial indsats", "Social housing effort"),
            OtherResource::OtherCompanies => Tr::new("Andre virksomheder", "Other companies"),
        }
    }
}

/// Fælles prioriteringer: what the parties agree to focus on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JointPriorities {
    #[serde(default)]
    pub rev: Rev,
    #[serde(rename = "udfordringer", default)]
    pub challenges: String,
    /// Which resources each party will use.
    #[serde(rename = "ressourcer", default)]
    pub resources: PerParty<String>,
    #[serde(rename = "andreRessourcer", default)]
    pub others: Vec<OtherResource>,
    #[serde(rename = "andreRessourcerTekst", default)]
    pub others_text: String,
}

versioned!(JointPriorities);

/// Where an initiative takes place (from the guide's drawing).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    #[serde(rename = "stueetage")]
    GroundFloor,
    #[serde(rename = "byrum")]
    UrbanSpace,
    #[serde(rename = "faelleshus")]
    CommunityHouse,
    #[serde(rename = "nabobygning")]
    NeighbouringBuilding,
    #[serde(rename = "urbaneIndsatser")]
    UrbanInitiatives,
    #[serde(rename = "hosVirksomheden")]
    AtTheCompany,
}

impl Place {
    pub const ALL: [Place; 6] = [
        Place::GroundFloor,
        Place::UrbanSpace,
        Place::CommunityHouse,
        Place::NeighbouringBuilding,
        Place::UrbanInitiatives,
        Place::AtTheCompany,
    ];

    pub fn name(self) -> Tr {
        match self {
            Place::GroundFloor => Tr::new("Stueetage", "Ground floor"),
            Place::UrbanSpace => Tr::new("Byrum", "Urban space"),
            Place::CommunityHouse => Tr::new("Fælleshus", "Community house"),
            Place::NeighbouringBuilding => Tr::new("Nabobygning", "Neighbouring building"),
            Place::UrbanInitiatives => Tr::new("Urbane indsatser", "Urban initiatives"),
            Place::AtTheCompany => Tr::new("Hos virksomheden", "At the company"),
        }
    }
}

/// What an initiative does (from the guide's drawing).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Activity {
    #[serde(rename = "lokaleArrangementer")]
    LocalEvents,
    #[serde(rename = "kompetenceudvikling")]
    SkillsDevelopment,
    #[serde(rename = "beskaeftigelse")]
    Employment,
    #[serde(rename = "forbedreStedet")]
    ImprovingThePlace,
}

impl Activity {
    pub const ALL: [Activity; 4] =
        [Activity::LocalEvents, Activity::SkillsDevelopment, Activity::Employment, Activity::ImprovingThePlace];

    pub fn name(self) -> Tr {
        match self {
            Activity::LocalEvents => Tr::new("Lokale arrangementer", "Local events"),
            Activity::SkillsDevelopment => Tr::new("Kompetenceudvikling", "Skills development"),
            Activity::Employment => Tr::new("Beskæftigelse", "Employment"),
            Activity::ImprovingThePlace => Tr::new("Forbedre stedet", "Improving the place"),
        }
    }
}

/// A concrete joint initiative.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Initiative {
    pub id: Uuid,
    #[serde(default)]
    pub rev: Rev,
    #[serde(rename = "slettet", default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    #[serde(rename = "oprettet", deserialize_with = "dates::instant")]
    pub created: DateTime<Utc>,
    #[serde(rename = "navn", default)]
    pub name: String,
    #[serde(rename = "beskrivelse", default)]
    pub description: String,
    #[serde(rename = "hvor", default)]
    pub places: Vec<Place>,
    #[serde(rename = "hvad", default)]
    pub activities: Vec<Activity>,
    /// The indicators it targets (ids of the dossier's indicators).
    #[serde(rename = "indikatorer", default)]
    pub indicators: Vec<Uuid>,
    /// What each party contributes.
    #[serde(rename = "bidrag", default)]
    pub contributions: PerParty<String>,
}

list_item!(Initiative);

impl Initiative {
    pub fn new(id: Uuid, created: DateTime<Utc>) -> Initiative {
        Initiative {
            id,
            rev: Rev::default(),
            deleted: false,
            created,
            name: String::new(),
            description: String::new(),
            places: Vec::new(),
            activities: Vec::new(),
            indicators: Vec::new(),
            contributions: PerParty::default(),
        }
    }
}

/// A month of the year, 1–12 (refused otherwise when reading a file).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Month(u8);

impl Month {
    pub fn new(m: u8) -> Option<Month> {
        (1..=12).contains(&m).then_some(Month(m))
    }

    pub fn number(self) -> u8 {
        self.0
    }

    pub fn all() -> impl Iterator<Item = Month> {
        (1..=12).map(Month)
    }

    pub fn name(self) -> Tr {
        const NAMES: [(&str, &str); 12] = [
            ("Januar", "January"),
            ("Februar", "February"),
            ("Marts", "March"),
            ("April", "April"),
            ("Maj", "May"),
            ("Juni", "June"),
            ("Juli", "July"),
            ("August", "August"),
            ("September", "September"),
            ("Oktober", "October"),
            ("November", "November"),
            ("December", "December"),
        ];
        let (da, en) = NAMES[usize::from(self.0 - 1)];
        Tr::new(da, en)
    }

    pub fn short(self) -> Tr {
        const NAMES: [(&str, &str); 12] = [
            ("jan", "Jan"),
            ("feb", "Feb"),
            ("mar", "Mar"),
            ("apr", "Apr"),
            ("maj", "May"),
            ("jun", "Jun"),
            ("jul", "Jul"),
            ("aug", "Aug"),
            ("sep", "Sep"),
            ("okt", "Oct"),
            ("nov", "Nov"),
            ("dec", "Dec"),
        ];
        let (da, en) = NAMES[usize::from(self.0 - 1)];
        Tr::new(da, en)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = u8::deserialize(d)?;
        Month::new(n).ok_or_else(|| {
            serde::de::Error::custom(crate::domain::format::detail(
                format!("måned {n} findes ikke (1–12)"),
                format!("month {n} does not exist (1–12)"),
            ))
        })
    }
}

/// Who is responsible for an activity in the årshjul.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Responsible {
    #[serde(rename = "boligorganisation")]
    Housing,
    #[serde(rename = "virksomhed")]
    Company,
    #[default]
    #[serde(rename = "sammen")]
    Together,
}

impl Responsible {
    pub const ALL: [Responsible; 3] = [Responsible::Housing, Responsible::Company, Responsible::Together];

    pub fn name(self) -> Tr {
        match self {
            Responsible::Housing => Tr::new("Boligorganisation", "Housing organisation"),
            Responsible::Company => Tr::new("Virksomhed", "Company"),
            Responsible::Together => Tr::new("Sammen", "Together"),
        }
    }

    pub fn of(p: Party) -> Responsible {
        match p {
            Party::Company => Responsible::Company,
            _ => Responsible::Housing,
        }
    }
}

/// An activity placed in the årshjul.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WheelEntry {
    pub id: Uuid,
    #[serde(default)]
    pub rev: Rev,
    #[serde(rename = "slettet", default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    #[serde(rename = "oprettet", deserialize_with = "dates::instant")]
    pub created: DateTime<Utc>,
    #[serde(rename = "aktivitet", default)]
    pub name: String,
    #[serde(rename = "maaneder", default)]
    pub months: Vec<Month>,
    #[serde(rename = "ansvar", default)]
    pub responsible: Responsible,
    #[serde(rename = "note", default)]
    pub note: String,
}

list_item!(WheelEntry);

impl WheelEntry {
    pub fn new(id: Uuid, created: DateTime<Utc>) -> WheelEntry {
        WheelEntry {
            id,
            rev: Rev::default(),
            deleted: false,
            created,
            name: String::new(),
            months: Vec::new(),
            responsible: Responsible::Together,
            note: String::new(),
        }
    }

    /// Turns a month on or off, keeping the months sorted.
    pub fn toggle_month(&mut self, m: Month) {
        if let Some(i) = self.months.iter().position(|x| *x == m) {
            self.months.remove(i);
        } else {
            self.months.push(m);
            self.months.sort();
        }
    }
}

/// The annual impact measurement: when, what, and whether the parties measure together.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MeasurementPlan {
    #[serde(rename = "maaned", default)]
    pub month: Option<Month>,
    #[serde(rename = "omfang", default)]
    pub scope: String,
    /// `Some(true)`: together; `Some(false)`: each party alone.
    #[serde(rename = "sammen", default)]
    pub together: Option<bool>,
}

/// Partnerskabsrammer: the agreement's dates and measurement plan (its activities are the
/// initiatives and the årshjul).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    #[serde(default)]
    pub rev: Rev,
    /// The year the agreement covers.
    #[serde(rename = "aar", default)]
    pub year: Option<i32>,
    /// Dates of the evaluation meetings.
    #[serde(rename = "evalueringsmoeder", default, deserialize_with = "dates::days")]
    pub meetings: Vec<NaiveDate>,
    #[serde(rename = "effektmaaling", default)]
    pub measurement: MeasurementPlan,
    /// Anything else the parties agree on.
    #[serde(rename = "oevrigt", default)]
    pub other: String,
}

versioned!(Agreement);

impl Agreement {
    /// A warning when the number of evaluation meetings is outside the guide's 2–4 a year.
    pub fn meetings_problem(&self) -> Option<Problem> {
        let n = self.meetings.len();
        (n > 0 && !MEETINGS_PER_YEAR.contains(&n)).then_some(Problem::MeetingCount(n))
    }
}

/// A date as `2027-02-15` (what date inputs and files use).
pub fn iso_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Reads a `2027-02-15` date; anything else is `None`.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.trim().splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A date as `15.02.2027` (short, for tables).
pub fn short_date(d: NaiveDate) -> String {
    format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year())
}

/// A date in words: "15. februar 2027" / "15 February 2027".
pub fn long_date(d: NaiveDate, lang: crate::domain::Lang) -> String {
    let month = Month::new(d.month() as u8).map(|m| m.name()).unwrap_or(Tr::new("", ""));
    match lang {
        crate::domain::Lang::Da => format!("{}. {} {}", d.day(), crate::domain::text::lowercase(month.da), d.year()),
        crate::domain::Lang::En => format!("{} {} {}", d.day(), month.en, d.year()),
    }
}

/// Four quarterly evaluation meeting dates for a year: the 15th of the middle month of each
/// quarter, moved to the following Monday when it falls on a weekend.
pub fn quarterly_meetings(year: i32) -> Vec<NaiveDate> {
    [2, 5, 8, 11]
        .into_iter()
        .filter_map(|m| NaiveDate::from_ymd_opt(year, m, 15))
        .map(|d| match d.weekday() {
            Weekday::Sat => d + chrono::Duration::days(2),
            Weekday::Sun => d + chrono::Duration::days(1),
            _ => d,
        })
        .collect()
}

/// A rule of the guide that the worksheet breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    TooManyPoints,
    MeetingCount(usize),
}

impl Problem {
    pub fn message(&self, lang: crate::domain::Lang) -> String {
        let da = lang == crate::domain::Lang::Da;
        match self {
            Problem::TooManyPoints => (if da {
                "Der kan højst være fem punkter: slet et, før du tilføjer et nyt."
            } else {
                "There can be at most five points: delete one before adding another."
            })
            .to_string(),
            Problem::MeetingCount(n) => {
                if da {
                    format!("Guiden anbefaler 2–4 evalueringsmøder om året; der er planlagt {n}.")
                } else {
                    format!("The guide recommends 2–4 evaluation meetings a year; {n} are planned.")
                }
            }
        }
    }
}

/// Del 2 — Fælles rammesætning, edited by both parties together.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Del2 {
    /// The indicators: the guide's three (always present) and site-specific ones.
    #[serde(rename = "indikatorer", default)]
    pub indicators: Vec<Indicator>,
    #[serde(rename = "prioriteter", default)]
    pub priorities: JointPriorities,
    #[serde(rename = "initiativer", default)]
    pub initiatives: Vec<Initiative>,
    #[serde(rename = "aftale", default)]
    pub agreement: Agreement,
    #[serde(rename = "aarshjul", default)]
    pub wheel: Vec<WheelEntry>,
}

/// The sections of Del 2, for the completion indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Del2Section {
    Indicators,
    Priorities,
    Initiatives,
    Wheel,
    Meetings,
    Measurement,
}

impl Del2Section {
    pub const ALL: [Del2Section; 6] = [
        Del2Section::Indicators,
        Del2Section::Priorities,
        Del2Section::Initiatives,
        Del2Section::Wheel,
        Del2Section::Meetings,
        Del2Section::Measurement,
    ];

    pub fn name(self) -> Tr {
        match self {
            Del2Section::Indicators => Tr::new("Indikatorer", "Indicators"),
            Del2Section::Priorities => Tr::new("Fælles prioriteringer", "Joint priorities"),
            Del2Section::Initiatives => Tr::new("Fælles initiativer", "Joint initiatives"),
            Del2Section::Wheel => Tr::new("Årshjul", "Annual wheel"),
            Del2Section::Meetings => Tr::new("Evalueringsmøder", "Evaluation meetings"),
            Del2Section::Measurement => Tr::new("Årlig effektmåling", "Annual impact measurement"),
        }
    }
}

impl Del2 {
    /// The indicators not deleted, the three first.
    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.indicators.iter().filter(|i| !i.deleted)
    }

    /// Makes sure the guide's three indicators are there (with the guide's KPI definitions).
    pub fn ensure_core(&mut self) {
        for c in Core::ALL {
            if !self.indicators.iter().any(|i| i.id == c.id()) {
                self.indicators.push(Indicator::core(c, c.kpi().da));
            }
        }
        crate::domain::rev::sort_items(&mut self.indicators);
    }

    pub fn initiatives(&self) -> impl Iterator<Item = &Initiative> {
        self.initiatives.iter().filter(|i| !i.deleted)
    }

    pub fn wheel(&self) -> impl Iterator<Item = &WheelEntry> {
        self.wheel.iter().filter(|w| !w.deleted)
    }

    pub fn completion(&self, s: Del2Section) -> Completion {
        match s {
            Del2Section::Indicators => Completion::of(self.indicators().filter(|i| i.chosen).count(), 1),
            Del2Section::Priorities => {
                let p = &self.priorities;
                let res = p.resources.parties().filter(|q| p.resources.get(*q).is_some_and(|t| filled(t))).count();
                Completion::of(usize::from(filled(&p.challenges)) + res.min(1), 2)
            }
            Del2Section::Initiatives => Completion::of(self.initiatives().filter(|i| filled(&i.name)).count(), 1),
            Del2Section::Wheel => {
                Completion::of(self.wheel().filter(|w| filled(&w.name) && !w.months.is_empty()).count(), 1)
            }
            Del2Section::Meetings => {
                let n = self.agreement.meetings.len();
                if n == 0 {
                    Completion::Empty
                } else if MEETINGS_PER_YEAR.contains(&n) {
                    Completion::Done
                } else {
                    Completion::Started
                }
            }
            Del2Section::Measurement => {
                let m = &self.agreement.measurement;
                Completion::of(
                    usize::from(m.month.is_some()) + usize::from(filled(&m.scope)) + usize::from(m.together.is_some()),
                    3,
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_five_points() {
        let mut d = Del1::default();
        for i in 0..5 {
            d.add_point(format!("Punkt {i}")).unwrap();
        }
        assert_eq!(d.add_point("sjette".into()), Err(Problem::TooManyPoints));
        assert_eq!(d.points.len(), 5);
        assert_eq!(d.completion(Del1Section::Points), Completion::Done);
    }

    #[test]
    fn points_reorder_within_bounds() {
        let mut d = Del1 { points: vec!["a".into(), "b".into(), "c".into()], ..Del1::default() };
        d.move_point(2, true);
        assert_eq!(d.points, ["a", "c", "b"]);
        d.move_point(0, true);
        assert_eq!(d.points, ["a", "c", "b"]);
        d.move_point(2, false);
        assert_eq!(d.points, ["a", "c", "b"]);
        d.move_point(0, false);
        assert_eq!(d.points, ["c", "a", "b"]);
        d.move_point(9, false);
        assert_eq!(d.points, ["c", "a", "b"]);
    }

    #[test]
    fn months_are_one_to_twelve() {
        assert!(Month::new(0).is_none());
        assert!(Month::new(13).is_none());
        assert_eq!(Month::new(12).map(Month::number), Some(12));
        assert_eq!(Month::all().count(), 12);
        assert!(serde_json::from_str::<Month>("13").is_err());
        assert!(serde_json::from_str::<Month>("0").is_err());
        assert_eq!(serde_json::from_str::<Month>("7").unwrap().name().da, "Juli");
    }

    #[test]
    fn toggling_months_keeps_them_sorted() {
        let mut w = WheelEntry::new(Uuid::from_u128(1), DateTime::default());
        for m in [12, 3, 7] {
            w.toggle_month(Month::new(m).unwrap());
        }
        assert_eq!(w.months.iter().map(|m| m.number()).collect::<Vec<_>>(), [3, 7, 12]);
        w.toggle_month(Month::new(7).unwrap());
        assert_eq!(w.months.iter().map(|m| m.number()).collect::<Vec<_>>(), [3, 12]);
    }

    #[test]
    fn two_to_four_meetings() {
        let mut a = Agreement::default();
        assert_eq!(a.meetings_problem(), None);
        a.meetings = quarterly_meetings(2027);
        assert_eq!(a.meetings.len(), 4);
        assert_eq!(a.meetings_problem(), None);
        a.meetings.truncate(1);
        assert_eq!(a.meetings_problem(), Some(Problem::MeetingCount(1)));
        a.meetings = quarterly_meetings(2027).into_iter().chain(quarterly_meetings(2028)).collect();
        assert_eq!(a.meetings_problem(), Some(Problem::MeetingCount(8)));
        assert!(Problem::MeetingCount(8).message(crate::domain::Lang::Da).contains("2–4"));
    }

    #[test]
    fn iso_dates_round_trip() {
        let d = NaiveDate::from_ymd_opt(2027, 2, 5).unwrap();
        assert_eq!(iso_date(d), "2027-02-05");
        assert_eq!(parse_iso_date("2027-02-05"), Some(d));
        assert_eq!(short_date(d), "05.02.2027");
        assert_eq!(parse_iso_date("2027-02-30"), None);
        assert_eq!(parse_iso_date("i morgen"), None);
        assert_eq!(parse_iso_date(""), None);
    }

    #[test]
    fn dates_in_words() {
        let d = NaiveDate::from_ymd_opt(2027, 2, 15).unwrap();
        assert_eq!(long_date(d, crate::domain::Lang::Da), "15. februar 2027");
        assert_eq!(long_date(d, crate::domain::Lang::En), "15 February 2027");
    }

    #[test]
    fn quarterly_dates_are_weekdays_in_each_quarter() {
        for year in 2025..2035 {
            let dates = quarterly_meetings(year);
            assert_eq!(dates.len(), 4);
            for (q, d) in dates.iter().enumerate() {
                assert!(!matches!(d.weekday(), Weekday::Sat | Weekday::Sun), "{d}");
                assert_eq!((d.month() - 1) / 3, q as u32, "{d} in quarter {}", q + 1);
            }
        }
        // 15 February 2027 is a Monday; 15 May 2027 a Saturday, moved to Monday the 17th.
        let d = quarterly_meetings(2027);
        assert_eq!(d[0], NaiveDate::from_ymd_opt(2027, 2, 15).unwrap());
        assert_eq!(d[1], NaiveDate::from_ymd_opt(2027, 5, 17).unwrap());
    }

    #[test]
    fn completion_follows_what_is_filled() {
        let mut d = Del1::default();
        assert!(d.is_empty());
        assert_eq!(d.completion(Del1Section::Priorities), Completion::Empty);
        d.challenges = "Ensomhed blandt ældre".into();
        assert_eq!(d.completion(Del1Section::Priorities), Completion::Started);
        d.initiatives = "Fællesspisning".into();
        d.core_notes.trust = "Naboer mødes".into();
        assert_eq!(d.completion(Del1Section::Priorities), Completion::Done);
        d.scale = Some(Scale::Smaller);
        assert_eq!(d.completion(Del1Section::Expectations), Completion::Started);
        d.resources.push(Resource { description: "Lokale".into(), ..Resource::default() });
        assert_eq!(d.completion(Del1Section::Resources), Completion::Done);
        assert!(!d.is_empty());
    }
}
