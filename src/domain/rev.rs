//! Revisions for three-way merging: every section that both parties can edit carries a
//! version vector (per-browser edit counters), so a merge can tell "changed on one side only"
//! (that side wins) from "changed on both" (a conflict the user resolves).

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Identifies one browser in revisions: the first 12 hex digits of its random device id.
pub fn device_key(device: &uuid::Uuid) -> String {
    device.simple().to_string()[..12].to_string()
}

/// A version vector: how many edits each browser has made to a section.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rev(pub(crate) BTreeMap<String, u64>);

/// How two revisions of one section relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// The same edits on both sides.
    Same,
    /// The other side has every edit this side has, and more.
    Older,
    /// This side has every edit the other has, and more.
    Newer,
    /// Each side has edits the other lacks: edited on both sides since they last met.
    Concurrent,
}

impl Rev {
    /// Records one edit by `device`.
    pub fn bump(&mut self, device: &str) {
        *self.0.entry(device.to_string()).or_insert(0) += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How `self` relates to `other`.
    pub fn order(&self, other: &Rev) -> Order {
        let mut less = false;
        let mut more = false;
        for key in self.0.keys().chain(other.0.keys()) {
            let a = self.0.get(key).copied().unwrap_or(0);
            let b = other.0.get(key).copied().unwrap_or(0);
            match a.cmp(&b) {
                Ordering::Less => less = true,
                Ordering::Greater => more = true,
                Ordering::Equal => {}
            }
        }
        match (less, more) {
            (false, false) => Order::Same,
            (true, false) => Order::Older,
            (false, true) => Order::Newer,
            (true, true) => Order::Concurrent,
        }
    }

    /// The smallest revision that has every edit of both.
    pub fn join(&self, other: &Rev) -> Rev {
        let mut out = self.0.clone();
        for (k, v) in &other.0 {
            let e = out.entry(k.clone()).or_insert(0);
            *e = (*e).max(*v);
        }
        Rev(out)
    }
}

/// A section with a revision of its own.
pub trait Versioned {
    fn rev(&self) -> &Rev;
    fn rev_mut(&mut self) -> &mut Rev;
}

/// A list item that can be edited on both sides: found by id, deleted by a tombstone (so a
/// deletion travels to the partner instead of the item coming back).
pub trait Item: Versioned + Clone {
    fn id(&self) -> uuid::Uuid;
    /// When the item was added (orders lists the same way on both sides of a merge).
    fn created(&self) -> chrono::DateTime<chrono::Utc>;
    fn set_id(&mut self, id: uuid::Uuid);
    fn deleted(&self) -> bool;
    fn set_deleted(&mut self, deleted: bool);
}

/// Puts list items in their fixed order: by creation, then id. One sort over plain keys, so the
/// code is not repeated for each kind of item.
pub fn sort_items<T: Item>(items: &mut Vec<T>) {
    let keys: Vec<(i64, u128)> = items.iter().map(|i| (i.created().timestamp_millis(), i.id().as_u128())).collect();
    let order = sort_order(&keys);
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The positions of `keys` in ascending order (ties keep their order).
pub fn sort_order(keys: &[(i64, u128)]) -> Vec<usize> {
    let mut idx: Vec<(i64, u128, usize)> = keys.iter().enumerate().map(|(i, k)| (k.0, k.1, i)).collect();
    idx.sort_unstable();
    idx.into_iter().map(|k| k.2).collect()
}

/// Implements [`Versioned`] for a struct with a `rev: Rev` field.
macro_rules! versioned {
    ($($t:ty),* $(,)?) => {
        $(impl $crate::domain::rev::Versioned for $t {
            fn rev(&self) -> &$crate::domain::rev::Rev { &self.rev }
            fn rev_mut(&mut self) -> &mut $crate::domain::rev::Rev { &mut self.rev }
        })*
    };
}

/// Implements [`Item`] (and [`Versioned`]) for a struct with `id`, `rev` and `deleted` fields.
macro_rules! list_item {
    ($($t:ty),* $(,)?) => {
        $(
            $crate::domain::rev::versioned!($t);
            impl $crate::domain::rev::Item for $t {
                fn id(&self) -> uuid::Uuid { self.id }
                fn created(&self) -> chrono::DateTime<chrono::Utc> { self.created }
                fn set_id(&mut self, id: uuid::Uuid) { self.id = id }
                fn deleted(&self) -> bool { self.deleted }
                fn set_deleted(&mut self, deleted: bool) { self.deleted = deleted }
            }
        )*
    };
}

pub(crate) use list_item;
pub(crate) use versioned;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rev(pairs: &[(&str, u64)]) -> Rev {
        Rev(pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect())
    }

    #[test]
    fn orders() {
        let a = rev(&[("a", 2)]);
        let ab = rev(&[("a", 2), ("b", 1)]);
        assert_eq!(a.order(&a), Order::Same);
        assert_eq!(a.order(&ab), Order::Older);
        assert_eq!(ab.order(&a), Order::Newer);
        assert_eq!(rev(&[("a", 3)]).order(&ab), Order::Concurrent);
        assert_eq!(Rev::default().order(&Rev::default()), Order::Same);
        assert_eq!(Rev::default().order(&a), Order::Older);
    }

    #[test]
    fn bump_makes_newer() {
        let mut a = rev(&[("a", 1), ("b", 4)]);
        let before = a.clone();
        a.bump("b");
        assert_eq!(a.order(&before), Order::Newer);
        a.bump("c");
        assert_eq!(a.order(&before), Order::Newer);
    }

    #[test]
    fn device_key_is_short_and_stable() {
        let id = uuid::Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
        assert_eq!(device_key(&id), "0123456789ab");
    }

    fn any_rev() -> impl Strategy<Value = Rev> {
        proptest::collection::btree_map("[a-d]", 0u64..5, 0..4).prop_map(Rev)
    }

    proptest! {
        #[test]
        fn join_dominates_both(a in any_rev(), b in any_rev()) {
            let j = a.join(&b);
            prop_assert!(matches!(j.order(&a), Order::Newer | Order::Same));
            prop_assert!(matches!(j.order(&b), Order::Newer | Order::Same));
            prop_assert_eq!(j.clone(), b.join(&a));
            prop_assert_eq!(j.join(&j), j);
        }

        /// What the list of dossiers (newest first, ties in their order) relies on.
        #[test]
        fn sort_order_is_a_stable_sort(keys in proptest::collection::vec((-3i64..3, 0u128..3), 0..40)) {
            let mut stable: Vec<usize> = (0..keys.len()).collect();
            stable.sort_by_key(|&i| keys[i]);
            prop_assert_eq!(sort_order(&keys), stable);
        }

        #[test]
        fn order_is_antisymmetric(a in any_rev(), b in any_rev()) {
            let flipped = match a.order(&b) {
                Order::Older => Order::Newer,
                Order::Newer => Order::Older,
                o => o,
            };
            prop_assert_eq!(b.order(&a), flipped);
        }
    }
}
