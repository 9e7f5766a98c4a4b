//! The yearly resident survey (Del 3): rounds with their own wording, anonymous raw responses
//! stored compactly, the ways answers come in (paper forms typed in, counts, CSV, the kiosk),
//! and scoring per statement and per indicator.

use crate::domain::dates;
use crate::domain::indicator::{Core, Indicator};
use crate::domain::rev::{list_item, Rev};
use crate::domain::score::Tally;
use crate::domain::text::{Lang, Tr};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// One answer to one statement: the guide's five steps, "Ved ikke", or blank.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// A step from 1 (Helt enig) to 5 (Helt uenig).
    Step(u8),
    DontKnow,
    Blank,
}

impl Answer {
    pub const STEPS: [Answer; 5] =
        [Answer::Step(1), Answer::Step(2), Answer::Step(3), Answer::Step(4), Answer::Step(5)];
    /// Every answer a respondent can give, in the order forms show them.
    pub const ALL: [Answer; 7] = [
        Answer::Step(1),
        Answer::Step(2),
        Answer::Step(3),
        Answer::Step(4),
        Answer::Step(5),
        Answer::DontKnow,
        Answer::Blank,
    ];

    pub fn code(self) -> u8 {
        match self {
            Answer::Step(s) => b'0' + s,
            Answer::DontKnow => b'0',
            Answer::Blank => b'-',
        }
    }

    pub fn from_code(c: u8) -> Option<Answer> {
        match c {
            b'1'..=b'5' => Some(Answer::Step(c - b'0')),
            b'0' => Some(Answer::DontKnow),
            b'-' => Some(Answer::Blank),
            _ => None,
        }
    }

    /// In the two most positive steps (Helt enig, Delvist enig).
    pub fn positive(self) -> bool {
        matches!(self, Answer::Step(1 | 2))
    }

    /// Counts in the denominator ("Ved ikke" and blank never do).
    pub fn valid(self) -> bool {
        matches!(self, Answer::Step(_))
    }

    pub fn name(self) -> Tr {
        match self {
            Answer::Step(1) => Tr::new("Helt enig", "Strongly agree"),
            Answer::Step(2) => Tr::new("Delvist enig", "Partly agree"),
            Answer::Step(3) => Tr::new("Hverken enig eller uenig", "Neither agree nor disagree"),
            Answer::Step(4) => Tr::new("Delvist uenig", "Partly disagree"),
            Answer::Step(_) => Tr::new("Helt uenig", "Strongly disagree"),
            Answer::DontKnow => Tr::new("Ved ikke", "Don't know"),
            Answer::Blank => Tr::new("Ikke besvaret", "Not answered"),
        }
    }
}

/// How a response came in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    Paper,
    Counts,
    Csv,
    Kiosk,
}

impl Source {
    pub fn code(self) -> char {
        match self {
            Source::Paper => 'p',
            Source::Counts => 't',
            Source::Csv => 'c',
            Source::Kiosk => 'k',
        }
    }
    fn from_code(c: char) -> Option<Source> {
        Some(match c {
            'p' => Source::Paper,
            't' => Source::Counts,
            'c' => Source::Csv,
            'k' => Source::Kiosk,
            _ => return None,
        })
    }
    pub fn name(self) -> Tr {
        match self {
            Source::Paper => Tr::new("Papirskema", "Paper form"),
            Source::Counts => Tr::new("Optalte svar", "Counted answers"),
            Source::Csv => Tr::new("CSV-fil", "CSV file"),
            Source::Kiosk => Tr::new("Kiosk", "Kiosk"),
        }
    }

    /// The button that deletes every response that came in this way.
    pub fn delete_all(self) -> Tr {
        match self {
            Source::Paper => Tr::new("Slet alle papirskemaer", "Delete all paper forms"),
            Source::Counts => Tr::new("Slet alle optalte svar", "Delete all counted answers"),
            Source::Csv => Tr::new("Slet alle fra CSV-filer", "Delete all from CSV files"),
            Source::Kiosk => Tr::new("Slet alle fra kiosken", "Delete all from the kiosk"),
        }
    }
}

/// One respondent's anonymous answers: no name, no free text, no time finer than the date.
/// Stored as one short string, `id|answers|source[date]`, e.g. `8f3c2a91d04b7e65|1250-3|k2026-11-22`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Response {
    /// 16 hex digits, random.
    pub id: String,
    /// One code per statement, in the round's order (see [`Answer::code`]).
    pub answers: Vec<u8>,
    pub source: Source,
    pub date: Option<NaiveDate>,
}

impl Response {
    pub fn answer(&self, i: usize) -> Answer {
        self.answers.get(i).and_then(|c| Answer::from_code(*c)).unwrap_or(Answer::Blank)
    }

    /// The stored string, `id|answers|source[date]`.
    fn encode(&self) -> String {
        Encoded(self).to_string()
    }

    /// Reads the stored string; the error says what is wrong in it. Only the id and the answers
    /// are copied out of `s`.
    fn decode(s: &str) -> Result<Response, String> {
        use crate::domain::format::detail;
        let not_a_response = || {
            detail(
                format!("«{s}» er ikke et svar (id|svar|kilde)"),
                format!("«{s}» is not a response (id|answers|source)"),
            )
        };
        let (id, rest) = s.split_once('|').ok_or_else(not_a_response)?;
        let (answers, tail) = rest.split_once('|').ok_or_else(not_a_response)?;
        if tail.contains('|') {
            return Err(not_a_response());
        }
        if id.is_empty() || id.len() > 32 || !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(detail(format!("svar-id «{id}» er ugyldigt"), format!("response id «{id}» is invalid")));
        }
        if let Some(bad) = answers.bytes().find(|c| Answer::from_code(*c).is_none()) {
            let bad = bad as char;
            return Err(detail(
                format!("svarkoden «{bad}» findes ikke (1–5, 0, -)"),
                format!("answer code «{bad}» does not exist (1–5, 0, -)"),
            ));
        }
        let mut chars = tail.chars();
        let source = chars
            .next()
            .and_then(Source::from_code)
            .ok_or_else(|| detail(format!("kilden «{tail}» er ukendt"), format!("source «{tail}» is unknown")))?;
        let rest = chars.as_str();
        let date =
            if rest.is_empty() {
                None
            } else {
                Some(crate::domain::b2c::parse_iso_date(rest).ok_or_else(|| {
                    detail(format!("datoen «{rest}» er ugyldig"), format!("date «{rest}» is invalid"))
                })?)
            };
        Ok(Response { id: id.to_string(), answers: answers.as_bytes().to_vec(), source, date })
    }
}

/// A response as its stored string, written straight into the JSON text (no string of its own:
/// a large file holds tens of thousands).
struct Encoded<'a>(&'a Response);

impl std::fmt::Display for Encoded<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use chrono::Datelike;
        let r = self.0;
        write!(f, "{}|{}|{}", r.id, String::from_utf8_lossy(&r.answers), r.source.code())?;
        match r.date {
            Some(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            None => Ok(()),
        }
    }
}

impl Serialize for Response {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&Encoded(self))
    }
}

impl<'de> Deserialize<'de> for Response {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// Reads the string where it is (in the file's text, when it has no escapes).
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = Response;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Response, E> {
                Response::decode(s).map_err(E::custom)
            }
        }
        d.deserialize_str(Text)
    }
}

/// A statement respondents agree or disagree with, written for the site, in both languages.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: Uuid,
    /// The indicator it measures (an id of the dossier's indicators).
    #[serde(rename = "indikator")]
    pub indicator: Uuid,
    #[serde(rename = "da", default)]
    pub da: String,
    #[serde(rename = "en", default)]
    pub en: String,
}

impl Statement {
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.trim().is_empty() => &self.en,
            _ => &self.da,
        }
    }
}

/// One measurement (baseline, year 1, …): its wording, how respondents were found, and the
/// anonymous responses (merged as a set, outside the round's revision).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Round {
    pub id: Uuid,
    #[serde(default)]
    pub rev: Rev,
    #[serde(rename = "slettet", default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    #[serde(rename = "oprettet", deserialize_with = "dates::instant")]
    pub created: DateTime<Utc>,
    #[serde(rename = "navn", default)]
    pub label: String,
    #[serde(rename = "dato", default, deserialize_with = "dates::opt_day")]
    pub date: Option<NaiveDate>,
    /// How respondents were recruited.
    #[serde(rename = "rekruttering", default)]
    pub recruitment: String,
    #[serde(rename = "udsagn", default)]
    pub statements: Vec<Statement>,
    /// Counted indicators' values for this measurement (indicator id, value).
    #[serde(rename = "optaellinger", default)]
    pub counts: Vec<(Uuid, Option<f64>)>,
    #[serde(rename = "svar", default)]
    pub responses: Vec<Response>,
    /// Ids of responses deleted here, so a merge does not bring them back.
    #[serde(rename = "slettedeSvar", default, skip_serializing_if = "Vec::is_empty")]
    pub deleted_responses: Vec<String>,
}

list_item!(Round);

impl Round {
    /// The round without its responses: what its revision covers, copied without the answers.
    pub fn details(&self) -> Round {
        let Round {
            id,
            rev,
            deleted,
            created,
            label,
            date,
            recruitment,
            statements,
            counts,
            responses: _,
            deleted_responses: _,
        } = self;
        Round {
            id: *id,
            rev: rev.clone(),
            deleted: *deleted,
            created: *created,
            label: label.clone(),
            date: *date,
            recruitment: recruitment.clone(),
            statements: statements.clone(),
            counts: counts.clone(),
            responses: Vec::new(),
            deleted_responses: Vec::new(),
        }
    }

    pub fn new(id: Uuid, created: DateTime<Utc>, label: &str) -> Round {
        Round {
            id,
            rev: Rev::default(),
            deleted: false,
            created,
            label: label.to_string(),
            date: None,
            recruitment: String::new(),
            statements: Vec::new(),
            counts: Vec::new(),
            responses: Vec::new(),
            deleted_responses: Vec::new(),
        }
    }

    /// The wording can change only while no one has answered (answers are by position).
    pub fn wording_locked(&self) -> bool {
        !self.responses.is_empty()
    }

    /// Adds responses, skipping ids already here or deleted here (linear: ids are hashed).
    pub fn add_responses(&mut self, new: impl IntoIterator<Item = Response>) -> usize {
        use std::collections::HashSet;
        let fresh: Vec<Response> = {
            let here: HashSet<&str> = self
                .responses
                .iter()
                .map(|r| r.id.as_str())
                .chain(self.deleted_responses.iter().map(String::as_str))
                .collect();
            let mut ids = HashSet::new();
            new.into_iter().filter(|r| !here.contains(r.id.as_str()) && ids.insert(r.id.clone())).collect()
        };
        let added = fresh.len();
        self.responses.extend(fresh);
        added
    }

    /// Deletes every response that came in one way (all paper forms, say), and remembers them
    /// as deleted so that a merge does not bring them back; returns how many there were.
    pub fn delete_from(&mut self, source: Source) -> usize {
        let before = self.responses.len();
        let mut known: std::collections::HashSet<String> = self.deleted_responses.iter().cloned().collect();
        let deleted = &mut self.deleted_responses;
        self.responses.retain(|r| {
            if r.source != source {
                return true;
            }
            if known.insert(r.id.clone()) {
                deleted.push(r.id.clone());
            }
            false
        });
        before - self.responses.len()
    }

    pub fn delete_response(&mut self, id: &str) {
        self.responses.retain(|r| r.id != id);
        if !self.deleted_responses.iter().any(|x| x == id) {
            self.deleted_responses.push(id.to_string());
        }
    }

    /// Brings back responses deleted here (an undo): `gone` holds each with the place it had, in
    /// the order they stood. Each comes back as a copy under a new id from `new_id`, so that a
    /// file that already carries the deletion cannot take it away again; the old id stays
    /// deleted. Refused (`false`, nothing changed) when the statements are no longer `then`,
    /// the ones they were answered to: answers are by position.
    pub fn put_back_responses(
        &mut self,
        gone: &[(usize, Response)],
        then: &[Statement],
        new_id: &mut dyn FnMut() -> String,
    ) -> bool {
        if self.statements != then {
            return false;
        }
        for (place, response) in gone {
            let id = loop {
                let id = new_id();
                let taken = |x: &str| x == id;
                if !self.responses.iter().any(|r| taken(&r.id)) && !self.deleted_responses.iter().any(|x| taken(x)) {
                    break id;
                }
            };
            let at = (*place).min(self.responses.len());
            self.responses.insert(at, Response { id, ..response.clone() });
        }
        true
    }

    /// The tally of one statement (by position), counted on its own: the plain definition that
    /// the one-pass [`Round::scores`] is tested against.
    #[cfg(test)]
    pub fn tally_statement(&self, i: usize) -> Tally {
        let mut t = Tally::default();
        for r in &self.responses {
            let a = r.answer(i);
            if a.valid() {
                t.n += 1;
                t.respondents += 1;
                t.positive += usize::from(a.positive());
            }
        }
        t
    }

    /// The tally of an indicator: the answers to all its statements pooled; respondents are
    /// people who answered at least one of them. Counted on its own, as the reference for
    /// [`Round::scores`].
    #[cfg(test)]
    pub fn tally_indicator(&self, indicator: Uuid) -> Tally {
        let idx: Vec<usize> =
            self.statements.iter().enumerate().filter(|(_, s)| s.indicator == indicator).map(|(i, _)| i).collect();
        let mut t = Tally::default();
        if idx.is_empty() {
            return t;
        }
        for r in &self.responses {
            let mut any = false;
            for &i in &idx {
                let c = r.answers.get(i).copied().unwrap_or(b'-');
                if (b'1'..=b'5').contains(&c) {
                    t.n += 1;
                    any = true;
                    if c <= b'2' {
                        t.positive += 1;
                    }
                }
            }
            t.respondents += usize::from(any);
        }
        t
    }

    /// How many responses give each answer to a statement, in [`Answer::ALL`] order (the
    /// reference for [`Round::scores`]).
    #[cfg(test)]
    pub fn distribution(&self, i: usize) -> [usize; 7] {
        let mut out = [0usize; 7];
        for r in &self.responses {
            let a = r.answer(i);
            if let Some(p) = Answer::ALL.iter().position(|x| *x == a) {
                out[p] += 1;
            }
        }
        out
    }

    /// The wording of an indicator's statements (to tell whether it changed between rounds).
    pub fn wording(&self, indicator: Uuid) -> Vec<String> {
        self.statements
            .iter()
            .filter(|s| s.indicator == indicator)
            .map(|s| crate::domain::text::lowercase(s.da.trim()))
            .collect()
    }

    /// A counted indicator's value in this round.
    pub fn count(&self, indicator: Uuid) -> Option<f64> {
        self.counts.iter().find(|(i, _)| *i == indicator).and_then(|(_, v)| *v)
    }

    pub fn set_count(&mut self, indicator: Uuid, value: Option<f64>) {
        match self.counts.iter_mut().find(|(i, _)| *i == indicator) {
            Some(c) => c.1 = value,
            None => self.counts.push((indicator, value)),
        }
    }
}

/// The answer one typed character stands for (see [`parse_typed`]); `None` for a character
/// that is not an answer.
pub fn typed_answer(c: char) -> Option<Answer> {
    match c {
        ' ' | '.' | '-' => Some(Answer::Blank),
        '0'..='5' => Answer::from_code(c as u8),
        _ => None,
    }
}

/// Reads one paper form typed as one code per statement: `1`–`5` for the steps, `0` for
/// "Ved ikke", `-` (or a space or `.`) for blank. Anything else is refused, with its position.
pub fn parse_typed(text: &str, statements: usize) -> Result<Vec<u8>, TypedError> {
    let codes: Vec<u8> = text
        .chars()
        .enumerate()
        .map(|(i, c)| typed_answer(c).map(Answer::code).ok_or(TypedError::BadCode { position: i + 1, found: c }))
        .collect::<Result<_, _>>()?;
    if codes.len() > statements {
        return Err(TypedError::TooMany { typed: codes.len(), statements });
    }
    let mut codes = codes;
    codes.resize(statements, b'-');
    Ok(codes)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypedError {
    BadCode { position: usize, found: char },
    TooMany { typed: usize, statements: usize },
}

impl TypedError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (TypedError::BadCode { position, found }, Lang::Da) => {
                format!(
                    "Tegn nr. {position} («{found}») er ikke et svar. Brug 1–5, 0 for «Ved ikke» og - for ubesvaret."
                )
            }
            (TypedError::BadCode { position, found }, Lang::En) => {
                format!("Character {position} (“{found}”) is not an answer. Use 1–5, 0 for “Don't know” and - for not answered.")
            }
            (TypedError::TooMany { typed, statements }, Lang::Da) => {
                format!("Der er skrevet {typed} svar, men runden har {statements} udsagn.")
            }
            (TypedError::TooMany { typed, statements }, Lang::En) => {
                format!("{typed} answers were typed, but the round has {statements} statements.")
            }
        }
    }
}

/// The most responses one addition may bring (counts typed in, or a CSV file's rows): more than
/// the residents of the largest housing area, and few enough for the browser's storage (at most
/// 1.2 MB with ten statements: see the tests). A slip of the finger («40000000») would otherwise
/// ask the browser for 40 million responses, several GB.
pub const MAX_AT_ONCE: usize = 10_000;

/// [`MAX_AT_ONCE`] as it is written in `lang`'s messages (a unit test checks the two agree).
pub fn max_at_once_text(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "10.000",
        Lang::En => "10,000",
    }
}

/// A count typed in the counts table, read as numbers are written in `lang`: empty is 0, and a
/// mark before three digits separates thousands («1.500» in Danish, «1,500» in English), as a
/// count has no decimals. `None` for anything but a whole number from 0 to [`MAX_AT_ONCE`].
pub fn read_count(text: &str, lang: Lang) -> Option<usize> {
    use crate::domain::number::{self, NotANumber};
    let n = match number::read(text, lang) {
        Ok(n) => n.unwrap_or(0.0),
        Err(NotANumber::Ambiguous { grouped, .. }) => grouped,
        Err(_) => return None,
    };
    (n.fract() == 0.0 && (0.0..=MAX_AT_ONCE as f64).contains(&n)).then_some(n as usize)
}

/// How many responses the counts make: the largest of the statements' totals.
pub fn counted(counts: &[[usize; 7]]) -> usize {
    counts.iter().map(|c| c.iter().sum::<usize>()).max().unwrap_or(0)
}

/// The first statement (1-based) whose counts add up to more than [`MAX_AT_ONCE`], and its total.
pub fn too_many_counted(counts: &[[usize; 7]]) -> Option<(usize, usize)> {
    counts.iter().map(|c| c.iter().sum::<usize>()).enumerate().find(|(_, n)| *n > MAX_AT_ONCE).map(|(i, n)| (i + 1, n))
}

/// Turns counts per answer per statement (when only totals are known) into anonymous raw
/// responses: as many respondents as the largest total, each statement's answers dealt out in
/// step order; a respondent past a statement's total leaves it blank. The tallies of the
/// generated responses equal the counts.
pub fn responses_from_counts(
    counts: &[[usize; 7]],
    ids: &mut dyn FnMut() -> String,
    date: Option<NaiveDate>,
) -> Vec<Response> {
    (0..counted(counts))
        .map(|r| {
            let answers = counts
                .iter()
                .map(|c| {
                    let mut seen = 0;
                    for (k, n) in c.iter().enumerate() {
                        seen += n;
                        if r < seen {
                            return Answer::ALL[k].code();
                        }
                    }
                    b'-'
                })
                .collect();
            Response { id: ids(), answers, source: Source::Counts, date }
        })
        .collect()
}

/// The guide's example statement for one of the three indicators, as a new statement.
pub fn suggested_statement(id: Uuid, indicator: &Indicator) -> Option<Statement> {
    let core = Core::from_id(indicator.id)?;
    let t = core.example_statement();
    Some(Statement { id, indicator: indicator.id, da: t.da.to_string(), en: t.en.to_string() })
}

/// A generic statement for a site-specific survey indicator, from its name and KPI.
pub fn statement_for(id: Uuid, indicator: &Indicator) -> Statement {
    match suggested_statement(id, indicator) {
        Some(s) => s,
        None => Statement {
            id,
            indicator: indicator.id,
            da: format!("Jeg oplever {} i mit nabolag.", crate::domain::text::lowercase(indicator.name.trim())),
            en: String::new(),
        },
    }
}

/// The rounds that are not deleted, oldest first (by date, then creation).
pub fn ordered(rounds: &[Round]) -> Vec<&Round> {
    let mut v: Vec<&Round> = rounds.iter().filter(|r| !r.deleted).collect();
    let keys: Vec<(i64, u128)> = v
        .iter()
        .map(|r| {
            let day = r
                .date
                .map(|d| d.and_hms_opt(0, 0, 0).map_or(0, |t| t.and_utc().timestamp()))
                .unwrap_or(r.created.timestamp());
            (day, r.created.timestamp_millis() as u128)
        })
        .collect();
    let order = crate::domain::rev::sort_order(&keys);
    let old = std::mem::take(&mut v);
    order.into_iter().map(|i| old[i]).collect()
}

/// Merges the responses of two copies of a round: union by id, minus everything deleted on
/// either side. Canonical order: by date, then id.
pub fn merge_responses(mine: &mut Round, theirs: &Round) -> usize {
    use std::collections::{HashMap, HashSet};
    let mut deleted: HashSet<String> = mine.deleted_responses.iter().cloned().collect();
    for d in &theirs.deleted_responses {
        if deleted.insert(d.clone()) {
            mine.deleted_responses.push(d.clone());
        }
    }
    mine.deleted_responses.sort_unstable();
    mine.responses.retain(|r| !deleted.contains(&r.id));
    // Responses never change (a correction is a delete and a new response), so equal ids mean
    // equal answers; should a damaged file disagree, both sides keep the same one.
    let mut theirs_by_id: HashMap<&str, &Response> = HashMap::with_capacity(theirs.responses.len());
    theirs_by_id.extend(theirs.responses.iter().filter(|r| !deleted.contains(&r.id)).map(|r| (r.id.as_str(), r)));
    for m in mine.responses.iter_mut() {
        if let Some(t) = theirs_by_id.get(m.id.as_str()) {
            if *t != m && t.encode() < m.encode() {
                *m = (*t).clone();
            }
        }
    }
    // What is left in the map are the ids I do not have.
    for m in &mine.responses {
        theirs_by_id.remove(m.id.as_str());
    }
    // Theirs that I do not have, in their file's order; of an id the file holds twice, the one
    // the map kept (deleted ones are not in the map).
    let new: Vec<Response> = theirs
        .responses
        .iter()
        .filter(|t| theirs_by_id.get(t.id.as_str()).is_some_and(|x| std::ptr::eq(*x, *t)))
        .cloned()
        .collect();
    drop(theirs_by_id);
    let added = new.len();
    mine.responses.extend(new);
    sort_responses(&mut mine.responses);
    added
}

/// Responses in their fixed order (by date, then id), the same on both sides of a merge. A
/// stable sort: the responses are mostly in this order already (each side's list is, and a
/// merge appends the new ones), which it takes as runs to merge instead of sorting anew.
pub fn sort_responses(v: &mut [Response]) {
    v.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
}

/// A round of `respondents` generated answers to `statements` statements spread over
/// `indicators`, from a fixed seed (no randomness from outside): what `make bench` scores,
/// natively and in the browser.
pub fn synthetic_round(
    respondents: usize,
    statements: usize,
    indicators: &[Uuid],
    seed: u64,
    created: DateTime<Utc>,
) -> Round {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut r = Round::new(Uuid::from_u128(u128::from(seed) + 1000), created, "Benchmark");
    for s in 0..statements {
        r.statements.push(Statement {
            id: Uuid::from_u128(u128::from(seed) * 100 + s as u128),
            indicator: indicators[s % indicators.len().max(1)],
            da: format!("Udsagn {}", s + 1),
            en: String::new(),
        });
    }
    r.responses = (0..respondents)
        .map(|i| Response {
            id: format!("{:016x}", next() ^ i as u64),
            answers: (0..statements).map(|_| b"0123455-"[(next() % 8) as usize]).collect(),
            source: Source::Kiosk,
            date: NaiveDate::from_ymd_opt(2026, 11, 1 + (i % 28) as u32),
        })
        .collect();
    r
}

/// Scores a whole round: every statement and every indicator (what the results page computes).
pub fn score_all(round: &Round, indicators: &[Uuid]) -> usize {
    let scores = round.scores();
    let statements = (0..scores.statements()).map(|i| scores.statement(i).n);
    let per_indicator = indicators.iter().map(|i| scores.indicator(*i).n);
    statements.chain(per_indicator).sum()
}

/// Where each answer code is counted, by position in [`Answer::ALL`]: the steps 1–5, then
/// "Ved ikke"; anything else (blank, a damaged code) as "Ikke besvaret", like [`Response::answer`].
const BUCKET: [u8; 256] = {
    let mut t = [6u8; 256];
    let mut c = b'1';
    while c <= b'5' {
        t[c as usize] = c - b'1';
        c += 1;
    }
    t[b'0' as usize] = 5;
    t
};

/// One round's answers counted in a single pass over its responses: the distribution of every
/// statement and the pooled tally of every indicator: an indicator's respondents are the people
/// who answered at least one of its statements. A property test shows it gives the same figures
/// as counting statement by statement and indicator by indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    /// How many responses there are.
    pub responses: usize,
    /// Per statement (by position): how many gave each answer, in [`Answer::ALL`] order.
    distributions: Vec<[usize; 7]>,
    /// Per indicator with statements in the round.
    indicators: Vec<(Uuid, Tally)>,
}

impl Scores {
    /// How many statements were counted.
    pub fn statements(&self) -> usize {
        self.distributions.len()
    }

    /// How many responses gave each answer to statement `i`, in [`Answer::ALL`] order.
    pub fn distribution(&self, i: usize) -> [usize; 7] {
        self.distributions.get(i).copied().unwrap_or_default()
    }

    /// The tally of statement `i`: its valid answers, each from one respondent.
    pub fn statement(&self, i: usize) -> Tally {
        let d = self.distribution(i);
        let n = d[..5].iter().sum();
        Tally { positive: d[0] + d[1], n, respondents: n }
    }

    /// The tally of an indicator (empty if none of the round's statements measure it).
    pub fn indicator(&self, indicator: Uuid) -> Tally {
        self.indicators.iter().find(|(i, _)| *i == indicator).map(|(_, t)| *t).unwrap_or_default()
    }
}

impl Round {
    /// Counts every statement and indicator in one pass over the responses (see [`Scores`]).
    pub fn scores(&self) -> Scores {
        let mut indicators: Vec<(Uuid, Tally)> = Vec::new();
        let slot: Vec<usize> = self
            .statements
            .iter()
            .map(|s| match indicators.iter().position(|(i, _)| *i == s.indicator) {
                Some(k) => k,
                None => {
                    indicators.push((s.indicator, Tally::default()));
                    indicators.len() - 1
                }
            })
            .collect();
        let mut distributions = vec![[0usize; 7]; slot.len()];
        // Whether the current response answered one of the indicator's statements.
        let mut answered = vec![false; indicators.len()];
        for r in &self.responses {
            for (i, (d, &k)) in distributions.iter_mut().zip(&slot).enumerate() {
                let b = BUCKET[usize::from(r.answers.get(i).copied().unwrap_or(b'-'))];
                d[usize::from(b)] += 1;
                if b < 5 {
                    let t = &mut indicators[k].1;
                    t.n += 1;
                    t.positive += usize::from(b < 2);
                    answered[k] = true;
                }
            }
            for (a, (_, t)) in answered.iter_mut().zip(indicators.iter_mut()) {
                t.respondents += usize::from(std::mem::take(a));
            }
        }
        Scores { responses: self.responses.len(), distributions, indicators }
    }
}

#[cfg(test)]
mod tests;
