//! The dossier: one Business2Community partnership or one AlmenKompas styringsdialog.

use crate::domain::party::{Party, PerParty};
use crate::domain::text::Tr;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Which of the two guides a dossier follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// A Business2Community partnership: housing organisation and company.
    #[serde(rename = "b2c")]
    Partnership,
    /// An AlmenKompas styringsdialog: municipality and housing organisation.
    #[serde(rename = "almenkompas")]
    Dialogue,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Partnership, Kind::Dialogue];

    pub fn name(self) -> Tr {
        match self {
            Kind::Partnership => Tr::new(
                "Business2Community-partnerskab",
                "Business2Community partnership",
            ),
            Kind::Dialogue => Tr::new(
                "AlmenKompas-styringsdialog",
                "AlmenKompas governance dialogue",
            ),
        }
    }

    pub fn short_name(self) -> Tr {
        match self {
            Kind::Partnership => Tr::new("Partnerskab", "Partnership"),
            Kind::Dialogue => Tr::new("Styringsdialog", "Governance dialogue"),
        }
    }

    pub fn describe(self) -> Tr {
        match self {
            Kind::Partnership => Tr::new(
                "En boligorganisation og en lokal virksomhed forbereder, aftaler og dokumenterer et partnerskab, der styrker den sociale sammenhængskraft.",
                "A housing organisation and a local company prepare, agree and document a partnership that strengthens social cohesion.",
            ),
            Kind::Dialogue => Tr::new(
                "En kommune og en boligorganisation forbereder styringsdialogen om ESG med AlmenKompas' 20 målepunkter.",
                "A municipality and a housing organisation prepare their governance dialogue on ESG with the 20 AlmenKompas points.",
            ),
        }
    }

    /// The two parties of this kind of dossier, in the guide's order.
    pub fn parties(self) -> [Party; 2] {
        match self {
            Kind::Partnership => [Party::Housing, Party::Company],
            Kind::Dialogue => [Party::Municipality, Party::Housing],
        }
    }

    /// The party across the table from `me`.
    pub fn other_party(self, me: Party) -> Party {
        let [a, b] = self.parties();
        if me == a {
            b
        } else {
            a
        }
    }
}

/// Who a party is: the organisation and its contact person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyDetails {
    /// The organisation's name.
    #[serde(rename = "organisation", default)]
    pub organisation: String,
    /// The contact person's name.
    #[serde(rename = "kontaktperson", default)]
    pub contact: String,
    /// The contact person's role, e.g. head of sustainability, HR, managing director.
    #[serde(rename = "rolle", default)]
    pub role: String,
}

/// One dossier, the unit the parties exchange as a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    /// Stable across machines: the id the merge recognises a dossier by.
    pub id: Uuid,
    #[serde(rename = "type")]
    pub kind: Kind,
    #[serde(rename = "titel")]
    pub title: String,
    #[serde(rename = "oprettet")]
    pub created: DateTime<Utc>,
    #[serde(rename = "aendret")]
    pub modified: DateTime<Utc>,
    /// The details of each of the kind's two parties.
    #[serde(rename = "parter", default)]
    pub parties: PerParty<PartyDetails>,
}

impl Dossier {
    /// A new, empty dossier. The id and the time come from the caller.
    pub fn new(id: Uuid, kind: Kind, title: &str, now: DateTime<Utc>) -> Dossier {
        let mut d = Dossier {
            id,
            kind,
            title: title.trim().to_string(),
            created: now,
            modified: now,
            parties: PerParty::default(),
        };
        d.normalise();
        d
    }

    /// Makes the dossier whole: both of its kind's parties present, no foreign party.
    pub fn normalise(&mut self) {
        self.parties.keep_only(&self.kind.parties());
    }

    pub fn party(&self, p: Party) -> &PartyDetails {
        static EMPTY: PartyDetails = PartyDetails {
            organisation: String::new(),
            contact: String::new(),
            role: String::new(),
        };
        self.parties.get(p).unwrap_or(&EMPTY)
    }

    pub fn party_mut(&mut self, p: Party) -> &mut PartyDetails {
        self.parties.get_mut(p)
    }

    /// A copy under a new id, with its own times, titled as a copy.
    pub fn duplicate(&self, new_id: Uuid, now: DateTime<Utc>, copy_word: &str) -> Dossier {
        let mut d = self.clone();
        d.id = new_id;
        d.created = now;
        d.modified = now;
        d.title = format!("{} ({copy_word})", self.title);
        d
    }

    /// The title to show: the one given, else one made from the parties' names.
    pub fn display_title(&self) -> String {
        if !self.title.trim().is_empty() {
            return self.title.trim().to_string();
        }
        let names: Vec<&str> = self
            .kind
            .parties()
            .iter()
            .map(|p| self.party(*p).organisation.trim())
            .filter(|n| !n.is_empty())
            .collect();
        names.join(" + ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t0() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap()
    }

    #[test]
    fn new_dossier_has_its_kinds_two_parties() {
        let d = Dossier::new(
            Uuid::from_u128(1),
            Kind::Partnership,
            "  Sommerfest  ",
            t0(),
        );
        assert_eq!(d.title, "Sommerfest");
        assert_eq!(
            d.parties.parties().collect::<Vec<_>>(),
            vec![Party::Housing, Party::Company]
        );
        let d = Dossier::new(Uuid::from_u128(2), Kind::Dialogue, "", t0());
        assert_eq!(
            d.parties.parties().collect::<Vec<_>>(),
            vec![Party::Housing, Party::Municipality]
        );
    }

    #[test]
    fn other_party_is_across_the_table() {
        assert_eq!(
            Kind::Partnership.other_party(Party::Housing),
            Party::Company
        );
        assert_eq!(
            Kind::Partnership.other_party(Party::Company),
            Party::Housing
        );
        assert_eq!(
            Kind::Dialogue.other_party(Party::Municipality),
            Party::Housing
        );
        assert_eq!(
            Kind::Dialogue.other_party(Party::Housing),
            Party::Municipality
        );
    }

    #[test]
    fn normalise_drops_foreign_parties() {
        let mut d = Dossier::new(Uuid::from_u128(1), Kind::Dialogue, "x", t0());
        d.parties.company = Some(PartyDetails::default());
        d.normalise();
        assert!(d.parties.get(Party::Company).is_none());
    }

    #[test]
    fn duplicate_gets_new_id_and_times() {
        let d = Dossier::new(Uuid::from_u128(1), Kind::Partnership, "Aftale", t0());
        let later = t0() + chrono::Duration::hours(1);
        let c = d.duplicate(Uuid::from_u128(9), later, "kopi");
        assert_eq!(c.id, Uuid::from_u128(9));
        assert_eq!(c.title, "Aftale (kopi)");
        assert_eq!(c.created, later);
        assert_eq!(c.parties, d.parties);
    }

    #[test]
    fn display_title_falls_back_to_party_names() {
        let mut d = Dossier::new(Uuid::from_u128(1), Kind::Partnership, "", t0());
        assert_eq!(d.display_title(), "");
        d.party_mut(Party::Housing).organisation = "KAB".into();
        d.party_mut(Party::Company).organisation = "Nortec".into();
        assert_eq!(d.display_title(), "KAB + Nortec");
    }
}
