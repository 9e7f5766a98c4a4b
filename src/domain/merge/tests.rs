use super::*;
use crate::domain::b2c::{Initiative, WheelEntry};
use crate::domain::del3::EvalMeeting;
use crate::domain::dossier::Kind;
use crate::domain::survey::{Response, Round, Source};
use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;

fn t(min: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap() + chrono::Duration::minutes(min)
}

fn base() -> Dossier {
    Dossier::new(Uuid::from_u128(42), Kind::Partnership, "Fælles", t(0))
}

const HOUSING: &str = "aaaaaaaaaaaa";
const COMPANY: &str = "bbbbbbbbbbbb";

fn set_title(d: &mut Dossier, dev: &str, s: &str) {
    d.title.text = s.into();
    d.title.rev.bump(dev);
}

fn set_challenges(d: &mut Dossier, dev: &str, s: &str) {
    d.del2.priorities.challenges = s.into();
    d.del2.priorities.rev.bump(dev);
}

fn set_del1(d: &mut Dossier, p: Party, dev: &str, s: &str) {
    let del1 = d.del1.get_mut(p);
    del1.challenges = s.into();
    del1.rev.bump(dev);
}

fn add_initiative(d: &mut Dossier, dev: &str, id: u128, name: &str) {
    let mut i = Initiative::new(Uuid::from_u128(id), t(id as i64));
    i.name = name.into();
    i.rev.bump(dev);
    d.del2.initiatives.push(i);
}

fn initiative(d: &mut Dossier, id: u128) -> &mut Initiative {
    d.del2.initiatives.iter_mut().find(|i| i.id == Uuid::from_u128(id)).unwrap()
}

#[test]
fn changed_on_one_side_wins_from_either_side() {
    let base = base();
    let mut theirs = base.clone();
    set_challenges(&mut theirs, COMPANY, "Ensomhed");
    let m = merge(&base, &theirs);
    assert_eq!(m.updated, vec![Section::Priorities]);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.merged.del2.priorities.challenges, "Ensomhed");
    // And the other way round: my newer version is kept.
    let m = merge(&theirs, &base);
    assert!(m.updated.is_empty());
    assert_eq!(m.merged.del2.priorities.challenges, "Ensomhed");
}

#[test]
fn changed_on_both_sides_is_a_conflict_resolved_either_way() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    set_challenges(&mut mine, HOUSING, "Ensomhed");
    set_challenges(&mut theirs, COMPANY, "Unge uden job");
    let m = merge(&mine, &theirs);
    assert_eq!(m.conflicts, vec![Section::Priorities]);
    assert_eq!(m.merged.del2.priorities.challenges, "Ensomhed", "mine stays until resolved");

    let mut keep = m.clone();
    keep.resolve(Section::Priorities, Choice::Mine, HOUSING);
    let kept = keep.finish().unwrap();
    assert_eq!(kept.del2.priorities.challenges, "Ensomhed");
    // The resolution dominates both versions: the partner's next import takes it.
    assert_eq!(kept.del2.priorities.rev.order(&theirs.del2.priorities.rev), Order::Newer);
    assert_eq!(merge(&theirs, &kept).merged.del2.priorities.challenges, "Ensomhed");

    let mut take = m;
    take.resolve(Section::Priorities, Choice::Theirs, HOUSING);
    assert_eq!(take.finish().unwrap().del2.priorities.challenges, "Unge uden job");
}

#[test]
fn unresolved_conflicts_block_finishing() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    set_title(&mut mine, HOUSING, "A");
    set_title(&mut theirs, COMPANY, "B");
    assert_eq!(merge(&mine, &theirs).finish().unwrap_err(), vec![Section::Title]);
}

#[test]
fn both_writing_the_same_is_no_conflict() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    set_title(&mut mine, HOUSING, "Samme");
    set_title(&mut theirs, COMPANY, "Samme");
    let m = merge(&mine, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.merged.title.rev.order(&theirs.title.rev), Order::Newer);
}

#[test]
fn unversioned_sections_that_differ_conflict() {
    // Two version-1 files (no revisions) that say different things must not lose either.
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.title.text = "Fra boligorganisationen".into();
    theirs.title.text = "Fra virksomheden".into();
    assert_eq!(merge(&mine, &theirs).conflicts, vec![Section::Title]);
}

#[test]
fn each_partys_del1_comes_from_its_own_side() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    set_del1(&mut mine, Party::Housing, HOUSING, "Vi vil minimere ensomhed");
    set_del1(&mut theirs, Party::Company, COMPANY, "Vi vil rekruttere lokalt");
    let m = merge(&mine, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.updated, vec![Section::Del1(Party::Company)]);
    assert_eq!(m.merged.del1.get(Party::Housing).unwrap().challenges, "Vi vil minimere ensomhed");
    assert_eq!(m.merged.del1.get(Party::Company).unwrap().challenges, "Vi vil rekruttere lokalt");
}

#[test]
fn list_items_merge_as_sets_with_tombstones() {
    let mut base = base();
    add_initiative(&mut base, HOUSING, 1, "Sommerfest");
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    add_initiative(&mut mine, HOUSING, 2, "Lektiecafé");
    add_initiative(&mut theirs, COMPANY, 3, "Praktikpladser");
    let i = initiative(&mut theirs, 1);
    i.deleted = true;
    i.rev.bump(COMPANY);
    let m = merge(&mine, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.added, vec![Section::Initiative(Uuid::from_u128(3))]);
    assert_eq!(m.updated, vec![Section::Initiative(Uuid::from_u128(1))]);
    let names: Vec<_> = m.merged.del2.initiatives().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["Lektiecafé", "Praktikpladser"]);
    assert_eq!(m.merged.del2.initiatives.len(), 3, "the tombstone stays");
}

#[test]
fn an_item_edited_on_both_sides_can_be_kept_twice() {
    let mut base = base();
    add_initiative(&mut base, HOUSING, 1, "Sommerfest");
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let i = initiative(&mut mine, 1);
    i.name = "Sommerfest i gården".into();
    i.rev.bump(HOUSING);
    let i = initiative(&mut theirs, 1);
    i.name = "Sommerfest på p-pladsen".into();
    i.rev.bump(COMPANY);
    let mut m = merge(&mine, &theirs);
    let section = Section::Initiative(Uuid::from_u128(1));
    assert_eq!(m.conflicts, vec![section]);
    m.resolve(section, Choice::Both(Uuid::from_u128(99)), HOUSING);
    let d = m.finish().unwrap();
    let mut names: Vec<_> = d.del2.initiatives().map(|i| i.name.clone()).collect();
    names.sort();
    assert_eq!(names, ["Sommerfest i gården", "Sommerfest på p-pladsen"]);
    // Keeping both is not allowed for a section that is not a list item.
    let mut other = merge(&mine, &theirs);
    other.conflicts.push(Section::Title);
    other.resolve(Section::Title, Choice::Both(Uuid::from_u128(5)), HOUSING);
    assert!(other.conflicts.contains(&Section::Title));
}

#[test]
fn deleted_here_edited_there_is_a_conflict() {
    let mut base = base();
    add_initiative(&mut base, HOUSING, 1, "Sommerfest");
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let i = initiative(&mut mine, 1);
    i.deleted = true;
    i.rev.bump(HOUSING);
    let i = initiative(&mut theirs, 1);
    i.name = "Sommerfest 2027".into();
    i.rev.bump(COMPANY);
    assert_eq!(merge(&mine, &theirs).conflicts, vec![Section::Initiative(Uuid::from_u128(1))]);
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let base = base();
    let mut theirs = base.clone();
    set_title(&mut theirs, COMPANY, "Ny titel");
    add_initiative(&mut theirs, COMPANY, 7, "Jobdag");
    let once = merge(&base, &theirs).finish().unwrap();
    let twice = merge(&once, &theirs);
    assert!(!twice.has_changes());
    assert_eq!(twice.finish().unwrap(), once);
}

// ----- properties ---------------------------------------------------------------------------

/// An edit one party can make; each names the section it touches.
#[derive(Clone, Debug)]
enum Op {
    Title(String),
    Party(bool, String),
    Del1(String),
    Challenges(String),
    AgreementOther(String),
    AddInitiative(u8, String),
    RenameInitiative(u8, String),
    DeleteInitiative(u8),
    AddWheel(u8, Vec<u8>),
    AddRound(u8, String),
    /// A response to a round (the round is created if missing); ids are per party.
    Respond(u8, u8, String),
    Unrespond(u8, u8),
    AddMeeting(u8, String),
}

fn any_op() -> impl Strategy<Value = Op> {
    let text = "[a-zæøå ]{0,8}";
    prop_oneof![
        text.prop_map(Op::Title),
        (any::<bool>(), text).prop_map(|(b, s)| Op::Party(b, s)),
        text.prop_map(Op::Del1),
        text.prop_map(Op::Challenges),
        text.prop_map(Op::AgreementOther),
        (0u8..6, text).prop_map(|(i, s)| Op::AddInitiative(i, s)),
        (0u8..6, text).prop_map(|(i, s)| Op::RenameInitiative(i, s)),
        (0u8..6).prop_map(Op::DeleteInitiative),
        (0u8..6, proptest::collection::vec(1u8..=12, 0..4)).prop_map(|(i, m)| Op::AddWheel(i, m)),
        (0u8..3, text).prop_map(|(i, s)| Op::AddRound(i, s)),
        (0u8..3, 0u8..20, "[0-5-]{3}").prop_map(|(r, i, a)| Op::Respond(r, i, a)),
        (0u8..3, 0u8..20).prop_map(|(r, i)| Op::Unrespond(r, i)),
        (0u8..4, text).prop_map(|(i, s)| Op::AddMeeting(i, s)),
    ]
}

/// Applies an edit as `party` on device `dev`. Item ids are per party, so new items never clash.
fn apply(d: &mut Dossier, party: Party, dev: &str, op: &Op) -> Option<Section> {
    let item = |n: u8| Uuid::from_u128(if party == Party::Housing { 100 } else { 200 } + u128::from(n));
    match op {
        Op::Title(s) => {
            set_title(d, dev, s);
            Some(Section::Title)
        }
        Op::Party(housing, s) => {
            let p = if *housing { Party::Housing } else { Party::Company };
            let det = d.parties.get_mut(p);
            det.organisation = s.clone();
            det.rev.bump(dev);
            Some(Section::Party(p))
        }
        Op::Del1(s) => {
            set_del1(d, party, dev, s);
            Some(Section::Del1(party))
        }
        Op::Challenges(s) => {
            set_challenges(d, dev, s);
            Some(Section::Priorities)
        }
        Op::AgreementOther(s) => {
            d.del2.agreement.other = s.clone();
            d.del2.agreement.rev.bump(dev);
            Some(Section::Agreement)
        }
        Op::AddInitiative(n, s) | Op::RenameInitiative(n, s) => {
            let id = item(*n);
            if !d.del2.initiatives.iter().any(|i| i.id == id) {
                d.del2.initiatives.push(Initiative::new(id, t(i64::from(*n))));
            }
            let i = d.del2.initiatives.iter_mut().find(|i| i.id == id).unwrap();
            i.name = s.clone();
            i.rev.bump(dev);
            Some(Section::Initiative(id))
        }
        Op::DeleteInitiative(n) => {
            let id = item(*n);
            if let Some(i) = d.del2.initiatives.iter_mut().find(|i| i.id == id) {
                i.deleted = true;
                i.rev.bump(dev);
            }
            Some(Section::Initiative(id))
        }
        Op::AddRound(n, label) => {
            let id = Uuid::from_u128(300 + u128::from(*n));
            match d.del3.rounds.iter_mut().find(|r| r.id == id) {
                Some(r) => r.label = label.clone(),
                None => d.del3.rounds.push(Round::new(id, t(i64::from(*n)), label)),
            }
            let r = d.del3.rounds.iter_mut().find(|r| r.id == id).unwrap();
            r.rev.bump(dev);
            Some(Section::Round(id))
        }
        // Responses never conflict: they touch no section's revision.
        Op::Respond(n, i, answers) => {
            let id = Uuid::from_u128(300 + u128::from(*n));
            if let Some(r) = d.del3.rounds.iter_mut().find(|r| r.id == id) {
                let rid = format!("{}{i:02x}", &dev[..2]);
                r.add_responses([Response {
                    id: rid,
                    answers: answers.as_bytes().to_vec(),
                    source: Source::Kiosk,
                    date: None,
                }]);
            }
            None
        }
        Op::Unrespond(n, i) => {
            let id = Uuid::from_u128(300 + u128::from(*n));
            if let Some(r) = d.del3.rounds.iter_mut().find(|r| r.id == id) {
                r.delete_response(&format!("{}{i:02x}", &dev[..2]));
            }
            None
        }
        Op::AddMeeting(n, s) => {
            let id = item(*n + 50);
            if !d.del3.meetings.iter().any(|m| m.id == id) {
                d.del3.meetings.push(EvalMeeting::new(id, t(i64::from(*n))));
            }
            let m = d.del3.meetings.iter_mut().find(|m| m.id == id).unwrap();
            m.decisions = s.clone();
            m.rev.bump(dev);
            Some(Section::Meeting(id))
        }
        Op::AddWheel(n, months) => {
            let id = item(*n);
            let mut w = WheelEntry::new(id, t(i64::from(*n)));
            for m in months {
                w.toggle_month(crate::domain::b2c::Month::new(*m).unwrap());
            }
            w.rev.bump(dev);
            d.del2.wheel.retain(|x| x.id != id);
            d.del2.wheel.push(w);
            Some(Section::Wheel(id))
        }
    }
}

/// Shared sections a party's ops touch (Del 1 and its own new items are its alone).
fn shared(s: Section) -> bool {
    matches!(s, Section::Title | Section::Party(_) | Section::Priorities | Section::Agreement | Section::Round(_))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Edits on separate sections from a common base: A then B equals B then A, and a second
    /// import of the same file changes nothing.
    #[test]
    fn merging_is_commutative_and_idempotent_without_conflicts(
        ops_a in proptest::collection::vec(any_op(), 0..8),
        ops_b in proptest::collection::vec(any_op(), 0..8),
    ) {
        let base = base();
        let (mut a, mut b) = (base.clone(), base.clone());
        let touched_a: Vec<Section> = ops_a.iter().filter_map(|op| apply(&mut a, Party::Housing, HOUSING, op)).collect();
        // B keeps off the shared sections A touched, so there is nothing to conflict on.
        for op in &ops_b {
            let mut probe = b.clone();
            let s = apply(&mut probe, Party::Company, COMPANY, op);
            if !s.is_some_and(|s| shared(s) && touched_a.contains(&s)) {
                b = probe;
            }
        }
        let ab = merge(&merge(&base, &a).finish().unwrap(), &b);
        prop_assert!(ab.conflicts.is_empty(), "{:?}", ab.conflicts);
        let ab = ab.finish().unwrap();
        let ba = merge(&merge(&base, &b).finish().unwrap(), &a).finish().unwrap();
        prop_assert_eq!(&ab, &ba);
        let again = merge(&ab, &b);
        prop_assert!(!again.has_changes());
        prop_assert_eq!(again.finish().unwrap(), ab.clone());
        let again = merge(&ab, &a).finish().unwrap();
        prop_assert_eq!(again, ab);
    }

    /// Whatever both sides did, the merge loses nothing: every section of the result is mine
    /// or theirs, sections only one side changed come from that side, and resolving every
    /// conflict either way yields a dossier the partner's next import does not conflict with.
    #[test]
    fn nothing_is_lost_and_resolutions_settle(
        ops_a in proptest::collection::vec(any_op(), 0..8),
        ops_b in proptest::collection::vec(any_op(), 0..8),
        take_theirs in any::<bool>(),
    ) {
        let base = base();
        let (mut a, mut b) = (base.clone(), base.clone());
        for op in &ops_a { apply(&mut a, Party::Housing, HOUSING, op); }
        for op in &ops_b { apply(&mut b, Party::Company, COMPANY, op); }
        let mut m = merge(&a, &b);
        // Every item of either side is in the result, and every response not deleted anywhere.
        for i in a.del2.initiatives.iter().chain(&b.del2.initiatives) {
            prop_assert!(m.merged.del2.initiatives.iter().any(|x| x.id == i.id));
        }
        for r in a.del3.rounds.iter().chain(&b.del3.rounds) {
            let merged = m.merged.del3.rounds.iter().find(|x| x.id == r.id);
            prop_assert!(merged.is_some());
            let merged = merged.unwrap();
            for resp in &r.responses {
                prop_assert!(merged.responses.iter().any(|x| x.id == resp.id) || merged.deleted_responses.contains(&resp.id));
            }
        }
        let choice = if take_theirs { Choice::Theirs } else { Choice::Mine };
        for s in m.conflicts.clone() {
            m.resolve(s, choice, HOUSING);
        }
        let resolved = m.finish().unwrap();
        // The partner imports my result: no conflicts, and it ends up with my result.
        let back = merge(&b, &resolved);
        prop_assert!(back.conflicts.is_empty(), "{:?}", back.conflicts);
        let mut back = back.finish().unwrap();
        back.modified = resolved.modified;
        prop_assert_eq!(back, resolved);
    }
}
