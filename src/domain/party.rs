//! The parties of a dossier: who prepares, agrees and reports.

use crate::domain::text::Tr;
use serde::{Deserialize, Serialize};

/// One of the parties that fill in a dossier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Party {
    /// The social housing organisation (almen boligorganisation).
    #[serde(rename = "boligorganisation")]
    Housing,
    /// The local private company (virksomhed).
    #[serde(rename = "virksomhed")]
    Company,
    /// The municipality (kommune).
    #[serde(rename = "kommune")]
    Municipality,
}

impl Party {
    pub const ALL: [Party; 3] = [Party::Housing, Party::Company, Party::Municipality];

    pub fn name(self) -> Tr {
        match self {
            Party::Housing => Tr::new("Boligorganisation", "Housing organisation"),
            Party::Company => Tr::new("Virksomhed", "Company"),
            Party::Municipality => Tr::new("Kommune", "Municipality"),
        }
    }

    /// The stable key used in files, storage and element ids.
    pub fn key(self) -> &'static str {
        match self {
            Party::Housing => "boligorganisation",
            Party::Company => "virksomhed",
            Party::Municipality => "kommune",
        }
    }

    pub fn from_key(key: &str) -> Option<Party> {
        Party::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// One value per party, with each party a named field, so error paths read
/// `parter.virksomhed.organisation` rather than an anonymous map key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PerParty<T> {
    #[serde(rename = "boligorganisation", default, skip_serializing_if = "Option::is_none")]
    pub housing: Option<T>,
    #[serde(rename = "virksomhed", default, skip_serializing_if = "Option::is_none")]
    pub company: Option<T>,
    #[serde(rename = "kommune", default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<T>,
}

impl<T> PerParty<T> {
    pub fn get(&self, p: Party) -> Option<&T> {
        match p {
            Party::Housing => self.housing.as_ref(),
            Party::Company => self.company.as_ref(),
            Party::Municipality => self.municipality.as_ref(),
        }
    }

    pub fn slot(&mut self, p: Party) -> &mut Option<T> {
        match p {
            Party::Housing => &mut self.housing,
            Party::Company => &mut self.company,
            Party::Municipality => &mut self.municipality,
        }
    }

    /// The parties that have a value, in the fixed order of [`Party::ALL`].
    pub fn parties(&self) -> impl Iterator<Item = Party> + '_ {
        Party::ALL.into_iter().filter(|p| self.get(*p).is_some())
    }
}

impl<T: Default> PerParty<T> {
    pub fn get_mut(&mut self, p: Party) -> &mut T {
        self.slot(p).get_or_insert_with(T::default)
    }

    /// Keeps exactly the given parties: missing ones get a default value, others are dropped.
    pub fn keep_only(&mut self, parties: &[Party]) {
        for p in Party::ALL {
            let slot = self.slot(p);
            if parties.contains(&p) {
                slot.get_or_insert_with(T::default);
            } else {
                *slot = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_serde() {
        for p in Party::ALL {
            assert_eq!(Party::from_key(p.key()), Some(p));
            assert_eq!(serde_json::to_string(&p).unwrap(), format!("\"{}\"", p.key()));
        }
        assert_eq!(Party::from_key("bank"), None);
    }
}
