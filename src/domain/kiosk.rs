//! Kiosk mode: residents answer a round's statements on a shared screen. The kiosk's settings
//! (with the exit PIN as a salted hash), one resident's session as a small state machine, the idle
//! timer and the PIN's lockout — all pure, with times passed in as milliseconds.

use crate::domain::survey::{Answer, Response, Round, Source};
use crate::domain::text::{Lang, Tr};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The idle time before a half-answered survey is discarded: default, least and most (seconds).
pub const IDLE_DEFAULT: u32 = 60;
pub const IDLE_MIN: u32 = 40;
pub const IDLE_MAX: u32 = 600;
/// The warning before a discard lasts this long and can be extended by a touch (WCAG 2.2.1).
pub const WARNING_SECONDS: u32 = 20;
/// The thank-you screen returns to the start by itself after this long.
pub const THANKS_SECONDS: u32 = 6;
/// Wrong PINs in a row before the PIN field waits, and how long it waits.
pub const PIN_TRIES: u32 = 5;
pub const PIN_WAIT_SECONDS: u32 = 30;
/// Rounds of SHA-256 over salt and PIN (slows guessing from a copied storage a little; the PIN
/// guards the screen, the hash keeps the PIN itself from being read back).
const HASH_ROUNDS: u32 = 20_000;

/// A running kiosk, as this browser keeps it (never exported).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KioskConfig {
    pub dossier: Uuid,
    pub round: Uuid,
    /// The languages residents can answer in, in the order offered.
    #[serde(rename = "sprog")]
    pub languages: Vec<Lang>,
    /// Random salt, hex.
    #[serde(rename = "salt")]
    pub salt: String,
    /// SHA-256 (iterated) of salt and PIN, hex.
    #[serde(rename = "pinHash")]
    pub pin_hash: String,
    #[serde(rename = "inaktivSekunder")]
    pub idle_seconds: u32,
    /// Read with [`read_started`], not chrono's general date parser: the kiosk's settings are read
    /// by the main module at every start, and that parser is 12 KB of wasm it needs nowhere else.
    #[serde(rename = "startet", deserialize_with = "read_started")]
    pub started: NaiveDate,
}

/// A kiosk's start date as it is stored (`2026-11-23`, what chrono writes for a date).
fn read_started<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(d)?;
    crate::domain::b2c::parse_iso_date(&text)
        .ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {text}")))
}

impl KioskConfig {
    /// A kiosk for a round; the PIN must already be valid (see [`check_pin_format`]).
    pub fn new(
        dossier: Uuid,
        round: Uuid,
        languages: Vec<Lang>,
        salt: &[u8],
        pin: &str,
        idle_seconds: u32,
        started: NaiveDate,
    ) -> KioskConfig {
        let salt = hex(salt);
        let pin_hash = hash_pin(&salt, pin);
        let mut languages = languages;
        languages.dedup();
        if languages.is_empty() {
            languages.push(Lang::Da);
        }
        KioskConfig {
            dossier,
            round,
            languages,
            salt,
            pin_hash,
            idle_seconds: idle_seconds.clamp(IDLE_MIN, IDLE_MAX),
            started,
        }
    }

    /// Whether `pin` is the exit PIN (compared in constant time).
    pub fn pin_matches(&self, pin: &str) -> bool {
        let a = hash_pin(&self.salt, pin.trim());
        a.len() == self.pin_hash.len()
            && a.bytes().zip(self.pin_hash.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }

    /// Milliseconds without a touch before the warning, and before the discard.
    pub fn warn_after_ms(&self) -> f64 {
        f64::from(self.idle_seconds.saturating_sub(WARNING_SECONDS).max(WARNING_SECONDS)) * 1000.0
    }
    pub fn discard_after_ms(&self) -> f64 {
        self.warn_after_ms() + f64::from(WARNING_SECONDS) * 1000.0
    }
}

/// Why a PIN cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinError {
    Length,
    NotDigits,
    Mismatch,
}

impl PinError {
    pub fn message(self) -> Tr {
        match self {
            PinError::Length => Tr::new("PIN-koden skal have 4–8 cifre.", "The PIN must have 4–8 digits."),
            PinError::NotDigits => {
                Tr::new("PIN-koden må kun indeholde cifre 0–9.", "The PIN may only contain digits 0–9.")
            }
            PinError::Mismatch => Tr::new("De to PIN-koder er ikke ens.", "The two PINs are not the same."),
        }
    }
}

/// A new PIN: 4–8 digits, typed the same twice.
pub fn check_pin_format(pin: &str, repeat: &str) -> Result<(), PinError> {
    let pin = pin.trim();
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    if !(4..=8).contains(&pin.len()) {
        return Err(PinError::Length);
    }
    if pin != repeat.trim() {
        return Err(PinError::Mismatch);
    }
    Ok(())
}

/// The idle time as typed by staff: whole seconds within [`IDLE_MIN`]–[`IDLE_MAX`].
pub fn parse_idle(text: &str) -> Option<u32> {
    text.trim().parse::<u32>().ok().filter(|s| (IDLE_MIN..=IDLE_MAX).contains(s))
}

pub fn hash_pin(salt: &str, pin: &str) -> String {
    let mut digest = Sha256::new().chain_update(salt.as_bytes()).chain_update(pin.as_bytes()).finalize();
    for _ in 1..HASH_ROUNDS {
        digest = Sha256::new().chain_update(digest).chain_update(salt.as_bytes()).finalize();
    }
    hex(&digest)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where a resident is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The start screen (language choice when more than one is offered).
    Welcome,
    /// Statement `i` (from 0).
    Statement(usize),
    /// The last look before "Send".
    Review,
    /// The response is saved.
    Thanks,
}

/// One resident's answers in progress. Dropped (never stored) on reset.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub lang: Lang,
    pub screen: Screen,
    pub answers: Vec<Answer>,
}

impl Session {
    pub fn new(statements: usize, lang: Lang) -> Session {
        Session { lang, screen: Screen::Welcome, answers: vec![Answer::Blank; statements] }
    }

    pub fn statements(&self) -> usize {
        self.answers.len()
    }

    pub fn start(&mut self, lang: Lang) {
        self.lang = lang;
        self.screen = if self.answers.is_empty() { Screen::Review } else { Screen::Statement(0) };
    }

    /// Chooses an answer for the current statement (choosing it again clears it).
    pub fn choose(&mut self, a: Answer) {
        if let Screen::Statement(i) = self.screen {
            if let Some(slot) = self.answers.get_mut(i) {
                *slot = if *slot == a { Answer::Blank } else { a };
            }
        }
    }

    pub fn current(&self) -> Option<Answer> {
        match self.screen {
            Screen::Statement(i) => self.answers.get(i).copied(),
            _ => None,
        }
    }

    pub fn next(&mut self) {
        self.screen = match self.screen {
            Screen::Statement(i) if i + 1 < self.answers.len() => Screen::Statement(i + 1),
            Screen::Statement(_) => Screen::Review,
            s => s,
        };
    }

    pub fn back(&mut self) {
        self.screen = match self.screen {
            Screen::Statement(0) => Screen::Welcome,
            Screen::Statement(i) => Screen::Statement(i - 1),
            Screen::Review if !self.answers.is_empty() => Screen::Statement(self.answers.len() - 1),
            Screen::Review => Screen::Welcome,
            s => s,
        };
    }

    /// How many statements have an answer (a step or "Ved ikke").
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| **a != Answer::Blank).count()
    }

    /// Whether there is anything to lose (the idle timer only runs then).
    pub fn in_progress(&self) -> bool {
        matches!(self.screen, Screen::Statement(_) | Screen::Review)
    }

    /// The response to save, when at least one statement is answered; moves to the thank-you
    /// screen only through [`Session::sent`], after the caller has saved it.
    pub fn response(&self, id: String, date: NaiveDate) -> Option<Response> {
        (self.screen == Screen::Review && self.answered() > 0).then(|| Response {
            id,
            answers: self.answers.iter().map(|a| a.code()).collect(),
            source: Source::Kiosk,
            date: Some(date),
        })
    }

    /// The response is saved: forget the answers and thank the resident.
    pub fn sent(&mut self) {
        self.answers.iter_mut().for_each(|a| *a = Answer::Blank);
        self.screen = Screen::Thanks;
    }
}

/// What the idle timer says, `now_ms` after the last touch at `last_ms`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Idle {
    Active,
    /// The warning is shown; whole seconds left before the discard.
    Warning(u32),
    /// Discard the session now.
    Expired,
}

pub fn idle(config: &KioskConfig, last_ms: f64, now_ms: f64) -> Idle {
    let quiet = (now_ms - last_ms).max(0.0);
    if quiet >= config.discard_after_ms() {
        Idle::Expired
    } else if quiet >= config.warn_after_ms() {
        Idle::Warning(((config.discard_after_ms() - quiet) / 1000.0).ceil() as u32)
    } else {
        Idle::Active
    }
}

/// Wrong PINs in a row, and until when the PIN field waits.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PinGuard {
    pub failures: u32,
    pub wait_until_ms: f64,
}

impl PinGuard {
    /// Seconds left to wait before another try, if any.
    pub fn waiting(&self, now_ms: f64) -> Option<u32> {
        (now_ms < self.wait_until_ms).then(|| ((self.wait_until_ms - now_ms) / 1000.0).ceil() as u32)
    }

    /// Records a try; returns whether the PIN was accepted.
    pub fn attempt(&mut self, config: &KioskConfig, pin: &str, now_ms: f64) -> bool {
        if self.waiting(now_ms).is_some() {
            return false;
        }
        if config.pin_matches(pin) {
            *self = PinGuard::default();
            return true;
        }
        self.failures += 1;
        if self.failures >= PIN_TRIES {
            self.failures = 0;
            self.wait_until_ms = now_ms + f64::from(PIN_WAIT_SECONDS) * 1000.0;
        }
        false
    }
}

/// Responses collected by a kiosk in a round: on `today`, and in total.
pub fn collected(round: &Round, today: NaiveDate) -> (usize, usize) {
    let kiosk = round.responses.iter().filter(|r| r.source == Source::Kiosk);
    let total = kiosk.clone().count();
    let today = kiosk.filter(|r| r.date == Some(today)).count();
    (today, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn config(pin: &str) -> KioskConfig {
        KioskConfig::new(
            Uuid::nil(),
            Uuid::nil(),
            vec![Lang::Da, Lang::En],
            &[7u8; 16],
            pin,
            60,
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        )
    }

    #[test]
    fn settings_are_read_back_as_written_and_a_damaged_date_is_an_error() {
        let c = config("4711");
        let text = serde_json::to_string(&c).unwrap();
        assert!(text.contains(r#""startet":"2026-11-22""#), "{text}");
        assert_eq!(serde_json::from_str::<KioskConfig>(&text).unwrap(), c);
        for bad in [r#""startet":"22.11.2026""#, r#""startet":"2026-13-01""#, r#""startet":20261122"#] {
            let damaged = text.replace(r#""startet":"2026-11-22""#, bad);
            assert!(serde_json::from_str::<KioskConfig>(&damaged).is_err(), "{damaged}");
        }
    }

    proptest! {
        /// The kiosk's own reader of its start date reads every date chrono writes.
        #[test]
        fn every_start_date_is_read_back(days in 0i32..3_000_000) {
            let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            let c = KioskConfig {
                dossier: Uuid::nil(),
                round: Uuid::nil(),
                languages: vec![Lang::Da],
                salt: "07".repeat(16),
                pin_hash: "ab".repeat(32),
                idle_seconds: IDLE_DEFAULT,
                started: date,
            };
            let text = serde_json::to_string(&c).unwrap();
            prop_assert_eq!(serde_json::from_str::<KioskConfig>(&text).unwrap(), c);
        }
    }

    #[test]
    fn pin_is_stored_only_as_a_salted_hash() {
        let c = config("4711");
        assert!(!serde_json::to_string(&c).unwrap().contains("4711"));
        assert_eq!(c.pin_hash.len(), 64);
        assert!(c.pin_matches("4711"));
        assert!(c.pin_matches(" 4711 "));
        assert!(!c.pin_matches("4712"));
        assert!(!c.pin_matches(""));
        // The same PIN with another salt gives another hash.
        let other = KioskConfig::new(Uuid::nil(), Uuid::nil(), vec![], &[8u8; 16], "4711", 60, c.started);
        assert_ne!(c.pin_hash, other.pin_hash);
        assert_eq!(other.languages, vec![Lang::Da]);
    }

    #[test]
    fn pin_format() {
        assert_eq!(check_pin_format("1234", "1234"), Ok(()));
        assert_eq!(check_pin_format("12345678", "12345678"), Ok(()));
        assert_eq!(check_pin_format("123", "123"), Err(PinError::Length));
        assert_eq!(check_pin_format("123456789", "123456789"), Err(PinError::Length));
        assert_eq!(check_pin_format("12a4", "12a4"), Err(PinError::NotDigits));
        assert_eq!(check_pin_format("1234", "1243"), Err(PinError::Mismatch));
    }

    #[test]
    fn idle_time_is_whole_seconds_in_range() {
        assert_eq!(parse_idle(" 60 "), Some(60));
        assert_eq!(parse_idle("40"), Some(IDLE_MIN));
        assert_eq!(parse_idle("39"), None);
        assert_eq!(parse_idle("601"), None);
        assert_eq!(parse_idle("1,5"), None);
        assert_eq!(parse_idle(""), None);
    }

    #[test]
    fn a_resident_answers_goes_back_and_sends() {
        let mut s = Session::new(3, Lang::Da);
        assert!(!s.in_progress());
        s.start(Lang::En);
        assert_eq!((s.screen, s.lang), (Screen::Statement(0), Lang::En));
        s.choose(Answer::Step(1));
        s.next();
        s.choose(Answer::DontKnow);
        s.back();
        assert_eq!(s.current(), Some(Answer::Step(1)));
        s.next();
        s.next();
        s.next();
        assert_eq!(s.screen, Screen::Review);
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let r = s.response("abc".into(), date).unwrap();
        assert_eq!(r.answers, b"10-".to_vec());
        assert_eq!(r.source, Source::Kiosk);
        s.sent();
        assert_eq!(s.screen, Screen::Thanks);
        assert_eq!(s.answered(), 0);
    }

    #[test]
    fn nothing_answered_sends_nothing_and_a_second_tap_clears() {
        let mut s = Session::new(2, Lang::Da);
        s.start(Lang::Da);
        s.choose(Answer::Step(3));
        s.choose(Answer::Step(3));
        s.next();
        s.next();
        assert_eq!(s.response("x".into(), NaiveDate::default()), None);
        s.back();
        s.back();
        s.back();
        assert_eq!(s.screen, Screen::Welcome);
    }

    #[test]
    fn idle_warns_for_twenty_seconds_then_expires() {
        let c = config("1234");
        assert_eq!(idle(&c, 0.0, 39_000.0), Idle::Active);
        assert_eq!(idle(&c, 0.0, 40_000.0), Idle::Warning(20));
        assert_eq!(idle(&c, 0.0, 59_500.0), Idle::Warning(1));
        assert_eq!(idle(&c, 0.0, 60_000.0), Idle::Expired);
        // The shortest setting still warns for the full 20 seconds.
        let mut short = c.clone();
        short.idle_seconds = 1;
        assert!(short.discard_after_ms() - short.warn_after_ms() >= 20_000.0);
    }

    #[test]
    fn wrong_pins_make_the_field_wait() {
        let c = config("2468");
        let mut g = PinGuard::default();
        for _ in 0..PIN_TRIES {
            assert!(!g.attempt(&c, "0000", 1000.0));
        }
        assert_eq!(g.waiting(1000.0), Some(PIN_WAIT_SECONDS));
        assert!(!g.attempt(&c, "2468", 2000.0), "even the right PIN waits");
        assert!(g.attempt(&c, "2468", 1000.0 + f64::from(PIN_WAIT_SECONDS) * 1000.0));
    }

    #[test]
    fn collected_counts_kiosk_responses_today_and_in_total() {
        let mut round = Round::new(Uuid::nil(), chrono::DateTime::default(), "Baseline");
        let d = |day| NaiveDate::from_ymd_opt(2026, 11, day);
        let mk = |id: &str, source, date| Response { id: id.into(), answers: b"1".to_vec(), source, date };
        round.add_responses([
            mk("a", Source::Kiosk, d(21)),
            mk("b", Source::Kiosk, d(22)),
            mk("c", Source::Paper, d(22)),
            mk("d", Source::Kiosk, d(22)),
        ]);
        assert_eq!(collected(&round, d(22).unwrap()), (2, 3));
    }

    proptest! {
        #[test]
        fn any_tap_sequence_keeps_the_session_consistent(taps in prop::collection::vec(0u8..10, 0..60), n in 0usize..8) {
            let mut s = Session::new(n, Lang::Da);
            for t in taps {
                match t {
                    0 => s.start(Lang::Da),
                    1 => s.next(),
                    2 => s.back(),
                    3 => s.choose(Answer::DontKnow),
                    k => s.choose(Answer::Step(k.min(9) % 5 + 1)),
                }
                prop_assert_eq!(s.answers.len(), n);
                if let Screen::Statement(i) = s.screen { prop_assert!(i < n); }
            }
            if let Some(r) = s.response("r".into(), NaiveDate::default()) {
                prop_assert_eq!(r.answers.len(), n);
                prop_assert!(r.answers.iter().any(|c| *c != b'-'));
            }
        }
    }
}
