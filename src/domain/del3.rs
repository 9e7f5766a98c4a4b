//! Del 3 — Evaluering & effektmåling: the log of evaluation meetings and the survey rounds.

use crate::domain::dates;
use crate::domain::party::PerParty;
use crate::domain::rev::{list_item, Rev};
use crate::domain::survey::Round;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One evaluation meeting, with the guide's questions as fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvalMeeting {
    pub id: Uuid,
    #[serde(default)]
    pub rev: Rev,
    #[serde(rename = "slettet", default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    #[serde(rename = "oprettet", deserialize_with = "dates::instant")]
    pub created: DateTime<Utc>,
    #[serde(rename = "dato", default, deserialize_with = "dates::opt_day")]
    pub date: Option<NaiveDate>,
    /// Who took part, per party (names or roles).
    #[serde(rename = "deltagere", default)]
    pub participants: PerParty<String>,
    /// Residents or others who took part.
    #[serde(rename = "andreDeltagere", default)]
    pub others: String,
    /// How the company, the housing organisation and the residents experience the initiatives.
    #[serde(rename = "oplevelseVirksomhed", default)]
    pub company_view: String,
    #[serde(rename = "oplevelseBoligorganisation", default)]
    pub housing_view: String,
    #[serde(rename = "oplevelseBeboere", default)]
    pub residents_view: String,
    /// What was learned since last time, and whether it calls for change.
    #[serde(rename = "erfaringer", default)]
    pub learned: String,
    /// Whether initiatives should be adjusted or resources reallocated.
    #[serde(rename = "justeringer", default)]
    pub adjustments: String,
    #[serde(rename = "beslutninger", default)]
    pub decisions: String,
}

list_item!(EvalMeeting);

impl EvalMeeting {
    pub fn new(id: Uuid, created: DateTime<Utc>) -> EvalMeeting {
        EvalMeeting {
            id,
            rev: Rev::default(),
            deleted: false,
            created,
            date: Some(created.date_naive()),
            participants: PerParty::default(),
            others: String::new(),
            company_view: String::new(),
            housing_view: String::new(),
            residents_view: String::new(),
            learned: String::new(),
            adjustments: String::new(),
            decisions: String::new(),
        }
    }
}

/// Del 3 of a partnership.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Del3 {
    #[serde(rename = "evalueringsmoeder", default)]
    pub meetings: Vec<EvalMeeting>,
    #[serde(rename = "maalinger", default)]
    pub rounds: Vec<Round>,
}

impl Del3 {
    pub fn round(&self, id: Uuid) -> Option<&Round> {
        self.rounds.iter().find(|r| r.id == id && !r.deleted)
    }

    pub fn round_mut(&mut self, id: Uuid) -> Option<&mut Round> {
        self.rounds.iter_mut().find(|r| r.id == id && !r.deleted)
    }

    pub fn meetings(&self) -> impl Iterator<Item = &EvalMeeting> {
        self.meetings.iter().filter(|m| !m.deleted)
    }
}
