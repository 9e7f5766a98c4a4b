//! Every field of every sheet, written and read back: the binding is right, the write names the
//! section's revision (so merging sees the edit), and lists add, remove, reorder and stop at
//! their maximum.

use super::*;
use crate::domain::dossier::Kind as DossierKind;
use chrono::TimeZone;

fn new_at(n: u128) -> New {
    New { id: Uuid::from_u128(0x5eed_0000 + n), now: Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap() }
}

fn sample(kind: &Kind, d: &Dossier) -> Value {
    match kind {
        Kind::Text | Kind::Area(_) => Value::Text("Prøve: æøå <b>".into()),
        Kind::Number | Kind::Year => Value::Number(Some(2027.0)),
        Kind::Date => Value::Date(NaiveDate::from_ymd_opt(2027, 2, 15)),
        Kind::Radio(o) | Kind::Select(o, _) => Value::Choice(Some(o().len() - 1)),
        Kind::Checks(o, _) => Value::Choices(vec![0, o().len() - 1]),
        Kind::Flag => Value::Flag(true),
        Kind::Items(items) => Value::Ids(items(d, Lang::Da).into_iter().map(|(id, _)| id).take(2).collect()),
        Kind::Pick(items) => {
            Value::Ids(items(d, Lang::Da).into_iter().map(|(id, _)| id).next_back().into_iter().collect())
        }
    }
}

/// Adds one item to every list (twice for lists of plain values), recursively.
fn fill(nodes: &'static [Node], d: &mut Dossier, at: At, n: &mut u128) {
    for node in nodes {
        match node {
            Node::List(l) => {
                if let Some((_, add)) = l.add {
                    for _ in 0..2 {
                        *n += 1;
                        assert!(add(d, at, &new_at(*n)).is_some(), "adding to {}", l.key);
                    }
                }
                for item in (l.items)(d, at) {
                    fill(l.nodes, d, item, n);
                }
            }
            Node::Group(_, inner) => fill(inner, d, at, n),
            Node::When(cond, inner) if cond(d, at) => fill(inner, d, at, n),
            _ => {}
        }
    }
}

/// Writes and reads back every field; returns how many were checked.
fn check(nodes: &'static [Node], d: &mut Dossier, at: At) -> usize {
    let mut checked = 0;
    for node in nodes {
        match node {
            Node::Field(f) => {
                let v = sample(&f.kind, d);
                let rev = (f.set)(d, at, v.clone()).map(|r| {
                    let before = r.clone();
                    r.bump("aaaaaaaaaaaa");
                    before
                });
                assert!(rev.is_some(), "{} wrote nothing at {at:?}", f.key);
                assert_eq!((f.get)(d, at), v, "{} reads back what was written", f.key);
                checked += 1;
            }
            Node::List(l) => {
                for item in (l.items)(d, at) {
                    checked += check(l.nodes, d, item);
                }
            }
            Node::Group(_, inner) => checked += check(inner, d, at),
            // Only what the sheet shows: a hidden question is not part of the sheet there.
            Node::When(cond, inner) if cond(d, at) => checked += check(inner, d, at),
            Node::Action(_, act) => assert!(act(d, at, &new_at(999)).is_some()),
            _ => {}
        }
    }
    checked
}

fn all_sheets() -> Vec<(&'static str, &'static [Node], Vec<At>)> {
    let parties = vec![At::party(Party::Housing), At::party(Party::Company)];
    vec![
        ("del1", del1::DEL1, parties.clone()),
        ("about", del1::ABOUT, parties),
        ("indicators", del2::INDICATORS, vec![At::JOINT]),
        ("priorities", del2::PRIORITIES, vec![At::JOINT]),
        ("initiatives", del2::INITIATIVES, vec![At::JOINT]),
        ("wheel", agreement::WHEEL, vec![At::JOINT]),
        ("meetings", agreement::MEETINGS, vec![At::JOINT]),
        ("measurement", agreement::MEASUREMENT, vec![At::JOINT]),
        ("other", agreement::OTHER, vec![At::JOINT]),
        ("title", overview::TITLE, vec![At::JOINT]),
        ("meetings-log", del3::MEETINGS, vec![At::JOINT]),
        ("targets", del3::TARGETS, vec![At::JOINT]),
    ]
}

/// The survey round of [`filled`]'s dossier.
const ROUND: Uuid = Uuid::from_u128(0xabc);

/// A survey round's sheets, bound to the round.
fn round_sheets() -> Vec<(&'static str, &'static [Node], Vec<At>)> {
    let at = vec![At::JOINT.item(ROUND)];
    vec![("round", del3::ROUND, at.clone()), ("statements", del3::STATEMENTS, at.clone()), ("counts", del3::COUNTS, at)]
}

/// A dossier with items in every list and every field written and read back (checked here).
fn filled() -> Dossier {
    let mut d = Dossier::new(Uuid::from_u128(1), DossierKind::Partnership, "Prøve", new_at(0).now);
    let mut n = 0;
    for (_, nodes, ats) in all_sheets() {
        for at in ats {
            fill(nodes, &mut d, at, &mut n);
        }
    }
    let mut total = 0;
    for (name, nodes, ats) in all_sheets() {
        for at in ats {
            let checked = check(nodes, &mut d, at);
            assert!(checked > 0, "{name} has fields");
            total += checked;
        }
    }
    assert!(total > 60, "{total} fields checked");
    d.del3.rounds.push(crate::domain::survey::Round::new(ROUND, new_at(0).now, "Baseline"));
    let mut count =
        crate::domain::indicator::Indicator::site_specific(Uuid::from_u128(0xc0), new_at(0).now, &Default::default());
    count.measure = crate::domain::indicator::Measure::Count;
    d.del2.indicators.push(count);
    for (_, nodes, ats) in round_sheets() {
        fill(nodes, &mut d, ats[0], &mut n);
        assert!(check(nodes, &mut d, ats[0]) > 0);
    }
    d
}

#[test]
fn every_field_writes_and_reads_back_its_value() {
    let mut d = filled();
    let rid = ROUND;
    let mut ids = 0u128;
    assert!(del3::suggest_statements(&mut d, rid, &mut || {
        ids += 1;
        Uuid::from_u128(ids)
    }));
    // And the dossier with every field filled still round-trips through the file format.
    d.normalise();
    let doc = crate::domain::format::Document::new(d, "test");
    assert_eq!(crate::domain::format::read(crate::domain::format::write(&doc).as_bytes()).unwrap(), doc);
}

#[test]
fn keys_are_unique_within_each_level() {
    fn walk(nodes: &'static [Node]) {
        let mut keys: Vec<&str> = Vec::new();
        fn collect(nodes: &'static [Node], keys: &mut Vec<&'static str>) {
            for n in nodes {
                match n {
                    Node::Field(f) => keys.push(f.key),
                    Node::List(l) => {
                        keys.push(l.key);
                        walk(l.nodes);
                    }
                    Node::Group(_, inner) | Node::When(_, inner) => collect(inner, keys),
                    _ => {}
                }
            }
        }
        collect(nodes, &mut keys);
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), keys.len(), "duplicate keys in {keys:?}");
    }
    for (_, nodes, _) in all_sheets() {
        walk(nodes);
    }
}

fn find(nodes: &'static [Node], key: &str) -> Option<&'static List> {
    nodes.iter().find_map(|n| match n {
        Node::List(l) if l.key == key => Some(l),
        Node::Group(_, inner) | Node::When(_, inner) => find(inner, key),
        _ => None,
    })
}

fn list(nodes: &'static [Node], key: &str) -> &'static List {
    find(nodes, key).unwrap_or_else(|| panic!("no list {key}"))
}

#[test]
fn points_stop_at_five_and_reorder() {
    let mut d = Dossier::new(Uuid::from_u128(1), DossierKind::Partnership, "", new_at(0).now);
    let at = At::party(Party::Housing);
    let points = list(del1::DEL1, "point");
    let add = points.add.unwrap().1;
    for i in 0..5 {
        assert!(add(&mut d, at, &new_at(i)).is_some());
    }
    assert!(add(&mut d, at, &new_at(6)).is_none(), "a sixth point is refused");
    assert_eq!((points.items)(&d, at).len(), 5);
    assert_eq!(points.max.unwrap().0, 5);
    let field = match &points.nodes[0] {
        Node::Field(f) => f,
        _ => unreachable!(),
    };
    (field.set)(&mut d, at.nth(0), Value::Text("først".into()));
    (field.set)(&mut d, at.nth(1), Value::Text("anden".into()));
    (points.reorder.unwrap())(&mut d, at.nth(1), true);
    assert_eq!((field.get)(&d, at.nth(0)), Value::Text("anden".into()));
}

#[test]
fn removing_items_tombstones_shared_ones_and_drops_own_ones() {
    let mut d = Dossier::new(Uuid::from_u128(1), DossierKind::Partnership, "", new_at(0).now);
    let inits = list(del2::INITIATIVES, "init");
    (inits.add.unwrap().1)(&mut d, At::JOINT, &new_at(1));
    let item = (inits.items)(&d, At::JOINT)[0];
    (inits.remove.unwrap().1)(&mut d, item);
    assert!((inits.items)(&d, At::JOINT).is_empty());
    assert_eq!(d.del2.initiatives.len(), 1, "a shared item leaves a tombstone for the merge");
    let res = list(del1::DEL1, "res");
    let at = At::party(Party::Company);
    (res.add.unwrap().1)(&mut d, at, &new_at(2));
    (res.remove.unwrap().1)(&mut d, at.nth(0));
    assert!(d.del1.get(Party::Company).unwrap().resources.is_empty());
    // The guide's three indicators cannot be removed; site-specific ones can.
    let inds = list(del2::INDICATORS, "ind");
    let core = (inds.items)(&d, At::JOINT)[0];
    assert!(!(inds.removable.unwrap())(&d, core));
}

/// Every field's value under `nodes` at `at`, the items of lists included.
fn values(nodes: &'static [Node], d: &Dossier, at: At) -> Vec<Value> {
    let mut out = Vec::new();
    for node in nodes {
        match node {
            Node::Field(f) => out.push((f.get)(d, at)),
            Node::List(l) => (l.items)(d, at).into_iter().for_each(|item| out.extend(values(l.nodes, d, item))),
            Node::Group(_, inner) | Node::When(_, inner) => out.extend(values(inner, d, at)),
            _ => {}
        }
    }
    out
}

/// Writes a text or date of its own into every such field of every item, so that no two items
/// look alike (an item put back in the wrong place is seen).
fn mark(nodes: &'static [Node], d: &mut Dossier, at: At, n: &mut u32) {
    for node in nodes {
        match node {
            Node::Field(f) => {
                *n += 1;
                let v = match f.kind {
                    Kind::Text | Kind::Area(_) => Value::Text(format!("{} {n}", f.key)),
                    Kind::Date => {
                        Value::Date(NaiveDate::from_ymd_opt(2027, 1, 1).map(|x| x + chrono::Days::new((*n).into())))
                    }
                    _ => continue,
                };
                (f.set)(d, at, v);
            }
            Node::List(l) => (l.items)(d, at).into_iter().for_each(|item| mark(l.nodes, d, item, n)),
            Node::Group(_, inner) | Node::When(_, inner) => mark(inner, d, at, n),
            _ => {}
        }
    }
}

/// The lists whose items can be removed, with where each is bound.
fn removable_lists(nodes: &'static [Node], d: &Dossier, at: At, out: &mut Vec<(&'static List, At)>) {
    for node in nodes {
        match node {
            Node::List(l) => {
                if l.remove.is_some() {
                    out.push((l, at));
                }
                (l.items)(d, at).into_iter().for_each(|item| removable_lists(l.nodes, d, item, out));
            }
            Node::Group(_, inner) | Node::When(_, inner) => removable_lists(inner, d, at, out),
            _ => {}
        }
    }
}

#[test]
fn every_removed_item_comes_back_in_its_place_on_undo() {
    let mut d = filled();
    let sheets: Vec<_> = all_sheets().into_iter().chain(round_sheets()).collect();
    let mut n = 0;
    let mut lists = Vec::new();
    for (_, nodes, ats) in &sheets {
        for at in ats {
            mark(nodes, &mut d, *at, &mut n);
            removable_lists(nodes, &d, *at, &mut lists);
        }
    }
    let mut keys: Vec<&str> = Vec::new();
    for (l, at) in lists {
        let (_, remove, restore) = l.remove.unwrap();
        let items = (l.items)(&d, at);
        let contents = |d: &Dossier| (l.items)(d, at).into_iter().map(|i| values(l.nodes, d, i)).collect::<Vec<_>>();
        for (i, item) in items.iter().enumerate() {
            if l.removable.is_some_and(|f| !f(&d, *item)) {
                continue;
            }
            let mut now = d.clone();
            assert!(remove(&mut now, *item).is_some(), "{} {i} removed", l.key);
            assert_eq!((l.items)(&now, at).len(), items.len() - 1, "{} {i} removed", l.key);
            assert!(restore(&mut now, *item, &d).is_some(), "{} {i} restored", l.key);
            assert_eq!((l.items)(&now, at), items, "{} {i} in its place", l.key);
            assert_eq!(contents(&now), contents(&d), "{} {i} as it was", l.key);
            keys.push(l.key);
        }
    }
    keys.sort_unstable();
    keys.dedup();
    // Del 1's proposals, resources and points; Del 2's indicators and initiatives; the wheel's
    // activities and the meeting dates; Del 3's meetings and a round's statements.
    assert_eq!(keys.len(), 9, "{keys:?}");
}

#[test]
fn a_removed_item_does_not_come_back_into_a_full_or_locked_list() {
    let mut d = Dossier::new(Uuid::from_u128(1), DossierKind::Partnership, "", new_at(0).now);
    let at = At::party(Party::Housing);
    let points = list(del1::DEL1, "point");
    let ((_, add), (_, remove, restore)) = (points.add.unwrap(), points.remove.unwrap());
    for i in 0..5 {
        add(&mut d, at, &new_at(i));
    }
    let before = d.clone();
    remove(&mut d, at.nth(2));
    add(&mut d, at, &new_at(6));
    assert!(restore(&mut d, at.nth(2), &before).is_none(), "a sixth point is refused");
    assert_eq!((points.items)(&d, at).len(), 5);

    let mut d = filled();
    let at = At::JOINT.item(ROUND);
    let statements = list(del3::STATEMENTS, "stmt");
    let (_, remove, restore) = statements.remove.unwrap();
    let before = d.clone();
    remove(&mut d, at.nth(0));
    let response = crate::domain::survey::Response {
        id: "0123456789abcdef".into(),
        answers: b"1".to_vec(),
        source: crate::domain::survey::Source::Paper,
        date: None,
    };
    d.del3.round_mut(ROUND).unwrap().responses.push(response);
    assert!(restore(&mut d, at.nth(0), &before).is_none(), "a round with answers keeps its wording");
}
