//! The dossier: one Business2Community partnership or one AlmenKompas styringsdialog.

use crate::domain::almenkompas::{Almen, CATALOGUE_VERSION};
use crate::domain::b2c::{Del1, Del2};
use crate::domain::dates;
use crate::domain::del3::Del3;
use crate::domain::party::{Party, PerParty};
use crate::domain::rev::{versioned, Rev};
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
            Kind::Partnership => Tr::new("Business2Community-partnerskab", "Business2Community partnership"),
            Kind::Dialogue => Tr::new("AlmenKompas-styringsdialog", "AlmenKompas governance dialogue"),
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

/// A larger company (a head of sustainability, CSR, ESG or HR prepares) or a smaller one (the
/// managing director reads and answers a concrete proposal): the guide addresses them differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CompanySize {
    #[serde(rename = "stoerre")]
    Larger,
    #[serde(rename = "mindre")]
    Smaller,
}

impl CompanySize {
    pub const ALL: [CompanySize; 2] = [CompanySize::Larger, CompanySize::Smaller];

    pub fn name(self) -> Tr {
        match self {
            CompanySize::Larger => Tr::new("Større virksomhed", "Larger company"),
            CompanySize::Smaller => Tr::new("Mindre virksomhed", "Smaller company"),
        }
    }

    pub fn describe(self) -> Tr {
        match self {
            CompanySize::Larger => Tr::new(
                "Fx bæredygtighedschefen eller en med ansvar for CSR, ESG eller impact; HR ved rekruttering af unge.",
                "E.g. the head of sustainability or someone responsible for CSR, ESG or impact; HR for youth recruitment.",
            ),
            CompanySize::Smaller => Tr::new(
                "Direktøren, der ofte svarer på et konkret forslag fra boligorganisationen.",
                "The managing director, who often answers a concrete proposal from the housing organisation.",
            ),
        }
    }
}

/// The dossier's title, which either party may change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title {
    #[serde(default)]
    pub rev: Rev,
    #[serde(rename = "tekst", default)]
    pub text: String,
}

versioned!(Title);

/// Who a party is: the organisation and its contact person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyDetails {
    #[serde(default)]
    pub rev: Rev,
    /// The organisation's name.
    #[serde(rename = "organisation", default)]
    pub organisation: String,
    /// The contact person's name.
    #[serde(rename = "kontaktperson", default)]
    pub contact: String,
    /// The contact person's role, e.g. head of sustainability, HR, managing director.
    #[serde(rename = "rolle", default)]
    pub role: String,
    /// For a company: larger or smaller.
    #[serde(rename = "stoerrelse", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<CompanySize>,
}

versioned!(PartyDetails);

fn is_default<T: Default + PartialEq>(t: &T) -> bool {
    *t == T::default()
}

/// One dossier, the unit the parties exchange as a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    /// Stable across machines: the id the merge recognises a dossier by.
    pub id: Uuid,
    #[serde(rename = "type")]
    pub kind: Kind,
    #[serde(rename = "titel")]
    pub title: Title,
    #[serde(rename = "oprettet", deserialize_with = "dates::instant")]
    pub created: DateTime<Utc>,
    #[serde(rename = "aendret", deserialize_with = "dates::instant")]
    pub modified: DateTime<Utc>,
    /// The details of each of the kind's two parties.
    #[serde(rename = "parter", default)]
    pub parties: PerParty<PartyDetails>,
    /// Business2Community, Del 1: each party's own preparation.
    #[serde(rename = "del1", default, skip_serializing_if = "is_default")]
    pub del1: PerParty<Del1>,
    /// Business2Community, Del 2: the joint framing and agreement.
    #[serde(rename = "del2", default, skip_serializing_if = "is_default")]
    pub del2: Del2,
    /// Business2Community, Del 3: evaluation meetings and the yearly survey.
    #[serde(rename = "del3", default, skip_serializing_if = "is_default")]
    pub del3: Del3,
    /// AlmenKompas (a styringsdialog): points, follow marks, the six questions.
    #[serde(rename = "almenkompas", default, skip_serializing_if = "is_default")]
    pub almen: Almen,
}

impl Dossier {
    /// A new, empty dossier. The id and the time come from the caller.
    pub fn new(id: Uuid, kind: Kind, title: &str, now: DateTime<Utc>) -> Dossier {
        let mut d = Dossier {
            id,
            kind,
            title: Title { rev: Rev::default(), text: title.trim().to_string() },
            created: now,
            modified: now,
            parties: PerParty::default(),
            del1: PerParty::default(),
            del2: Del2::default(),
            del3: Del3::default(),
            almen: Almen::default(),
        };
        d.normalise();
        d
    }

    /// Makes the dossier whole: both of its kind's parties present, no foreign party, and for a
    /// partnership the guide's three indicators.
    pub fn normalise(&mut self) {
        self.parties.keep_only(&self.kind.parties());
        if self.kind == Kind::Partnership {
            self.del1.keep_only(&self.kind.parties());
            self.del2.ensure_core();
            self.almen = Almen::default();
        } else {
            self.del1 = PerParty::default();
            self.del2 = Del2::default();
            self.del3 = Del3::default();
            if self.almen.catalogue == 0 {
                self.almen.catalogue = CATALOGUE_VERSION;
            }
            self.almen.prep.keep_only(&self.kind.parties());
        }
    }

    pub fn party(&self, p: Party) -> &PartyDetails {
        static EMPTY: PartyDetails = PartyDetails {
            rev: Rev(std::collections::BTreeMap::new()),
            organisation: String::new(),
            contact: String::new(),
            role: String::new(),
            size: None,
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
        d.title = Title { rev: Rev::default(), text: format!("{} ({copy_word})", self.title.text) };
        d
    }

    /// The title to show: the one given, else one made from the parties' names.
    pub fn display_title(&self) -> String {
        if !self.title.text.trim().is_empty() {
            return self.title.text.trim().to_string();
        }
        let names: Vec<&str> =
            self.kind.parties().iter().map(|p| self.party(*p).organisation.trim()).filter(|n| !n.is_empty()).collect();
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
        let d = Dossier::new(Uuid::from_u128(1), Kind::Partnership, "  Sommerfest  ", t0());
        assert_eq!(d.title.text, "Sommerfest");
        assert_eq!(d.del2.indicators().count(), 3);
        assert_eq!(d.parties.parties().collect::<Vec<_>>(), vec![Party::Housing, Party::Company]);
        let d = Dossier::new(Uuid::from_u128(2), Kind::Dialogue, "", t0());
        assert_eq!(d.parties.parties().collect::<Vec<_>>(), vec![Party::Housing, Party::Municipality]);
    }

    #[test]
    fn other_party_is_across_the_table() {
        assert_eq!(Kind::Partnership.other_party(Party::Housing), Party::Company);
        assert_eq!(Kind::Partnership.other_party(Party::Company), Party::Housing);
        assert_eq!(Kind::Dialogue.other_party(Party::Municipality), Party::Housing);
        assert_eq!(Kind::Dialogue.other_party(Party::Housing), Party::Municipality);
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
        assert_eq!(c.title.text, "Aftale (kopi)");
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
