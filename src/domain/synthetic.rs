//! Generated dossiers for `make bench`, natively and in the browser: fixed seeds and times, so
//! both measure the same work.

use crate::domain::format;
use crate::domain::import::{plan, Plan};
use crate::domain::party::Party;
use crate::domain::survey::synthetic_round;
use crate::domain::{Dossier, Kind};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A partnership with `rounds` generated rounds of `respondents` answers to six statements.
pub fn partnership(id: u128, respondents: usize, rounds: usize) -> Dossier {
    let created = DateTime::<Utc>::from_timestamp(1_750_000_000, 0).unwrap_or_default();
    let mut d = Dossier::new(Uuid::from_u128(id), Kind::Partnership, "Partnerskab", created);
    let ind = indicators(&d);
    for k in 0..rounds {
        d.del3.rounds.push(synthetic_round(respondents, 6, &ind, id as u64 * 10 + k as u64, created));
    }
    d
}

/// The ids of a dossier's indicators (the three, for a new partnership).
pub fn indicators(d: &Dossier) -> Vec<Uuid> {
    d.del2.indicators.iter().map(|i| i.id).collect()
}

/// Two copies of one partnership as the parties would hold them: `theirs`, whose exported file
/// is at least `min_bytes` long (rounds of 5,000 respondents × 10 statements), and `mine`, which
/// has only half of each round's responses, so that a merge has real work to do.
pub struct Exchange {
    pub theirs: Dossier,
    pub mine: Dossier,
}

/// Generates the two copies (see [`Exchange`]).
pub fn exchange(min_bytes: usize) -> Exchange {
    let mut theirs = partnership(2, 0, 0);
    let ind = indicators(&theirs);
    let mut n = 0;
    while file(&theirs).len() < min_bytes {
        theirs.del3.rounds.push(synthetic_round(5_000, 10, &ind, 100 + n, theirs.created));
        n += 1;
    }
    let mut mine = theirs.clone();
    for r in &mut mine.del3.rounds {
        r.responses.truncate(r.responses.len() / 2);
    }
    Exchange { theirs, mine }
}

/// The file the housing organisation would export of `d` (the app's export, at a fixed time).
pub fn file(d: &Dossier) -> String {
    format::write(&format::export(d, Party::Housing, d.modified, "bench"))
}

/// What the import page does with `text` when `mine` is here already: read and check the file,
/// plan the import, merge. `None` when any step would stop and ask (or refuse).
pub fn import(mine: &Dossier, text: &str) -> Option<Dossier> {
    match plan(Some(mine), format::read(text.as_bytes()).ok()?) {
        Plan::Merge(m) => m.finish().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exchange_is_as_large_as_asked_and_its_merge_restores_every_response() {
        let x = exchange(200_000);
        let text = file(&x.theirs);
        assert!(text.len() >= 200_000);
        let merged = import(&x.mine, &text).unwrap();
        let count = |d: &Dossier| d.del3.rounds.iter().map(|r| r.responses.len()).sum::<usize>();
        assert!(count(&x.mine) < count(&x.theirs));
        assert_eq!(count(&merged), count(&x.theirs));
    }
}
