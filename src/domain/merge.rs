//! Merging a partner's copy of a dossier into mine, section by section, losing nothing.
//!
//! Each section both parties can edit has a revision ([`Rev`]). Changed on one side only: that
//! side wins. Changed on both: a conflict the user resolves per section ([`Merge::resolve`]):
//! mine, theirs, or (for list items) both. List items merge as sets by id, with tombstones for
//! deletions. Without conflicts the merge is idempotent and commutative (property tests below).

use crate::domain::dossier::Dossier;
use crate::domain::party::{Party, PerParty};
use crate::domain::rev::{Item, Order, Versioned};
use crate::domain::survey::{merge_responses, Round};
use uuid::Uuid;

/// Names one mergeable section of a dossier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Title,
    Party(Party),
    Del1(Party),
    Priorities,
    Agreement,
    Indicator(Uuid),
    Initiative(Uuid),
    Wheel(Uuid),
    /// An evaluation meeting in the log.
    Meeting(Uuid),
    /// A survey round's wording and details (its responses merge as a set, never conflict).
    Round(Uuid),
    /// AlmenKompas: the housing organisation's data on a point (index into the catalogue).
    Point(u8),
    /// AlmenKompas: the municipality's follow mark on a point.
    Follow(u8),
    /// AlmenKompas: one party's preparation of the six questions.
    Prep(Party),
    /// AlmenKompas: the agreed follow-up.
    Agreed,
}

impl Section {
    /// Whether the section is a list item (which can be kept in both versions).
    pub fn is_item(self) -> bool {
        matches!(self, Section::Indicator(_) | Section::Initiative(_) | Section::Wheel(_))
    }
}

/// How a conflict is resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Mine,
    Theirs,
    /// List items only: keep mine, and add theirs as a new item with this id.
    Both(Uuid),
}

/// The outcome of merging a partner's copy into mine, before conflicts are resolved.
#[derive(Clone, Debug)]
pub struct Merge {
    /// Mine with every non-conflicting change from theirs (conflicting sections still mine).
    pub merged: Dossier,
    /// The partner's copy, for showing and taking its side of conflicts.
    pub theirs: Dossier,
    /// Sections changed on both sides, still to be resolved.
    pub conflicts: Vec<Section>,
    /// Sections (and list items) updated from the partner's copy.
    pub updated: Vec<Section>,
    /// List items new to me.
    pub added: Vec<Section>,
    /// Survey responses new to me, per round.
    pub responses: Vec<(Uuid, usize)>,
}

impl Merge {
    pub fn has_changes(&self) -> bool {
        !self.updated.is_empty() || !self.added.is_empty() || !self.conflicts.is_empty() || !self.responses.is_empty()
    }

    /// Resolves one conflict. The resolved section's revision covers both sides plus one edit
    /// by this device, so the partner's next import takes the resolution.
    pub fn resolve(&mut self, section: Section, choice: Choice, device: &str) {
        let Some(pos) = self.conflicts.iter().position(|s| *s == section) else {
            return;
        };
        if matches!(choice, Choice::Both(_)) && !section.is_item() {
            return;
        }
        self.conflicts.remove(pos);
        let take = choice == Choice::Theirs;
        let m = &mut self.merged;
        let t = &self.theirs;
        match section {
            Section::Title => settle(&mut m.title, &t.title, take, device),
            Section::Party(p) => {
                if let Some(tp) = t.parties.get(p) {
                    settle(m.parties.get_mut(p), tp, take, device);
                }
            }
            Section::Del1(p) => {
                if let Some(tp) = t.del1.get(p) {
                    settle(m.del1.get_mut(p), tp, take, device);
                }
            }
            Section::Priorities => settle(&mut m.del2.priorities, &t.del2.priorities, take, device),
            Section::Agreement => settle(&mut m.del2.agreement, &t.del2.agreement, take, device),
            Section::Indicator(id) => settle_item(&mut m.del2.indicators, &t.del2.indicators, id, choice, device),
            Section::Initiative(id) => settle_item(&mut m.del2.initiatives, &t.del2.initiatives, id, choice, device),
            Section::Wheel(id) => settle_item(&mut m.del2.wheel, &t.del2.wheel, id, choice, device),
            Section::Point(i) => {
                let id = crate::domain::almenkompas::POINTS[usize::from(i) % 20].id;
                if let Some(tp) = t.almen.points.get(id) {
                    settle(m.almen.point_mut(id), tp, take, device);
                }
            }
            Section::Follow(i) => {
                let id = crate::domain::almenkompas::POINTS[usize::from(i) % 20].id;
                if let Some(tp) = t.almen.follows.get(id) {
                    settle(m.almen.follow_mut(id), tp, take, device);
                }
            }
            Section::Prep(p) => {
                if let Some(tp) = t.almen.prep.get(p) {
                    settle(m.almen.prep.get_mut(p), tp, take, device);
                }
            }
            Section::Agreed => settle(&mut m.almen.agreed, &t.almen.agreed, take, device),
            Section::Meeting(id) => settle_item(&mut m.del3.meetings, &t.del3.meetings, id, choice, device),
            Section::Round(id) => {
                // The round's details are settled; its responses (already merged) stay.
                let responses = m
                    .del3
                    .rounds
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| (r.responses.clone(), r.deleted_responses.clone()));
                settle_item(&mut m.del3.rounds, &t.del3.rounds, id, choice, device);
                if let (Some((rs, del)), Some(r)) = (responses, m.del3.rounds.iter_mut().find(|r| r.id == id)) {
                    r.responses = rs;
                    r.deleted_responses = del;
                }
            }
        }
        canonical_order(m);
    }

    /// The merged dossier, once every conflict is resolved.
    pub fn finish(self) -> Result<Dossier, Vec<Section>> {
        if self.conflicts.is_empty() {
            Ok(self.merged)
        } else {
            Err(self.conflicts)
        }
    }
}

/// Merges `theirs` (the same dossier, from the partner's file) into `mine`.
pub fn merge(mine: &Dossier, theirs: &Dossier) -> Merge {
    merge_owned(mine, theirs.clone())
}

/// [`merge`] of a `theirs` that is not needed afterwards (a file just read): it is kept in the
/// [`Merge`] as it is, not copied.
pub fn merge_owned(mine: &Dossier, theirs: Dossier) -> Merge {
    let mut out = Report::default();
    let mut m = mine.clone();
    unit(&mut m.title, &theirs.title, Section::Title, &mut out);
    per_party(&mut m.parties, &theirs.parties, Section::Party, &mut out);
    per_party(&mut m.del1, &theirs.del1, Section::Del1, &mut out);
    unit(&mut m.del2.priorities, &theirs.del2.priorities, Section::Priorities, &mut out);
    unit(&mut m.del2.agreement, &theirs.del2.agreement, Section::Agreement, &mut out);
    list(&mut m.del2.indicators, &theirs.del2.indicators, Section::Indicator, &mut out);
    list(&mut m.del2.initiatives, &theirs.del2.initiatives, Section::Initiative, &mut out);
    list(&mut m.del2.wheel, &theirs.del2.wheel, Section::Wheel, &mut out);
    list(&mut m.del3.meetings, &theirs.del3.meetings, Section::Meeting, &mut out);
    rounds(&mut m.del3.rounds, &theirs.del3.rounds, &mut out);
    by_point(&mut m.almen.points, &theirs.almen.points, Section::Point, &mut out);
    by_point(&mut m.almen.follows, &theirs.almen.follows, Section::Follow, &mut out);
    per_party(&mut m.almen.prep, &theirs.almen.prep, Section::Prep, &mut out);
    unit(&mut m.almen.agreed, &theirs.almen.agreed, Section::Agreed, &mut out);
    m.almen.catalogue = m.almen.catalogue.max(theirs.almen.catalogue);
    m.created = mine.created.min(theirs.created);
    m.modified = mine.modified.max(theirs.modified);
    canonical_order(&mut m);
    Merge {
        merged: m,
        theirs,
        conflicts: out.conflicts,
        updated: out.updated,
        added: out.added,
        responses: out.responses,
    }
}

#[derive(Default)]
struct Report {
    conflicts: Vec<Section>,
    updated: Vec<Section>,
    added: Vec<Section>,
    responses: Vec<(Uuid, usize)>,
}

/// Survey rounds: the details by revision like any list item, the responses as a set.
fn rounds(mine: &mut Vec<Round>, theirs: &[Round], out: &mut Report) {
    for t in theirs {
        match mine.iter_mut().find(|m| m.id == t.id) {
            Some(m) => {
                let mut meta = m.details();
                unit(&mut meta, &t.details(), Section::Round(t.id), out);
                let (rs, del) = (std::mem::take(&mut m.responses), std::mem::take(&mut m.deleted_responses));
                *m = Round { responses: rs, deleted_responses: del, ..meta };
                let added = merge_responses(m, t);
                if added > 0 {
                    out.responses.push((t.id, added));
                }
            }
            None => {
                mine.push(t.clone());
                if !t.deleted {
                    out.added.push(Section::Round(t.id));
                }
            }
        }
    }
}

/// Whether two versions of a section say the same, revisions aside.
fn same_content<T: Versioned + Clone + PartialEq>(a: &T, b: &T) -> bool {
    let mut b = b.clone();
    *b.rev_mut() = a.rev().clone();
    *a == b
}

fn unit<T: Versioned + Clone + PartialEq>(mine: &mut T, theirs: &T, section: Section, out: &mut Report) {
    match mine.rev().order(theirs.rev()) {
        Order::Newer => {}
        Order::Older => {
            *mine = theirs.clone();
            out.updated.push(section);
        }
        Order::Same | Order::Concurrent => {
            if same_content(mine, theirs) {
                let joined = mine.rev().join(theirs.rev());
                *mine.rev_mut() = joined;
            } else {
                out.conflicts.push(section);
            }
        }
    }
}

fn per_party<T: Versioned + Clone + PartialEq + Default>(
    mine: &mut PerParty<T>,
    theirs: &PerParty<T>,
    section: fn(Party) -> Section,
    out: &mut Report,
) {
    for p in Party::ALL {
        let Some(t) = theirs.get(p) else { continue };
        match mine.slot(p) {
            Some(m) => unit(m, t, section(p), out),
            slot @ None => {
                *slot = Some(t.clone());
                out.updated.push(section(p));
            }
        }
    }
}

/// AlmenKompas' per-point sections, keyed by the catalogue's ids.
fn by_point<T: Versioned + Clone + PartialEq>(
    mine: &mut std::collections::BTreeMap<String, T>,
    theirs: &std::collections::BTreeMap<String, T>,
    section: fn(u8) -> Section,
    out: &mut Report,
) {
    for (id, t) in theirs {
        // Keys outside the catalogue cannot come through reading a file (it refuses them).
        let Some(i) = crate::domain::almenkompas::catalogue::index_of(id) else { continue };
        match mine.get_mut(id) {
            Some(m) => unit(m, t, section(i as u8), out),
            None => {
                mine.insert(id.clone(), t.clone());
                out.updated.push(section(i as u8));
            }
        }
    }
}

fn list<T: Item + PartialEq>(mine: &mut Vec<T>, theirs: &[T], section: fn(Uuid) -> Section, out: &mut Report) {
    for t in theirs {
        match mine.iter_mut().find(|m| m.id() == t.id()) {
            Some(m) => unit(m, t, section(t.id()), out),
            None => {
                mine.push(t.clone());
                if !t.deleted() {
                    out.added.push(section(t.id()));
                }
            }
        }
    }
}

fn settle<T: Versioned + Clone>(mine: &mut T, theirs: &T, take: bool, device: &str) {
    let rev = mine.rev().join(theirs.rev());
    if take {
        *mine = theirs.clone();
    }
    *mine.rev_mut() = rev;
    mine.rev_mut().bump(device);
}

fn settle_item<T: Item>(mine: &mut Vec<T>, theirs: &[T], id: Uuid, choice: Choice, device: &str) {
    let Some(t) = theirs.iter().find(|t| t.id() == id) else {
        return;
    };
    let Some(m) = mine.iter_mut().find(|m| m.id() == id) else {
        return;
    };
    match choice {
        Choice::Mine => settle(m, t, false, device),
        Choice::Theirs => settle(m, t, true, device),
        Choice::Both(new_id) => {
            settle(m, t, false, device);
            let mut copy = t.clone();
            copy.set_id(new_id);
            copy.set_deleted(false);
            *copy.rev_mut() = Default::default();
            copy.rev_mut().bump(device);
            mine.push(copy);
        }
    }
}

/// List items in a fixed order (by creation, then id), so both sides of a merge agree.
fn canonical_order(d: &mut Dossier) {
    crate::domain::rev::sort_items(&mut d.del2.indicators);
    crate::domain::rev::sort_items(&mut d.del2.initiatives);
    crate::domain::rev::sort_items(&mut d.del2.wheel);
    crate::domain::rev::sort_items(&mut d.del3.meetings);
    crate::domain::rev::sort_items(&mut d.del3.rounds);
    for r in &mut d.del3.rounds {
        crate::domain::survey::sort_responses(&mut r.responses);
        r.deleted_responses.sort_unstable();
    }
}

#[cfg(test)]
mod tests;
