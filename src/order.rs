//! Sorting with one copy of the sort algorithm in the whole binary.
//!
//! `slice::sort_by` is generic over the element type *and* the comparator,
//! so every call site compiles its own copy of the standard library's sort
//! (several kilobytes of wasm each; they were a sixth of the module). These
//! helpers sort a permutation of indices with a single stable merge sort
//! behind a `dyn` comparator, then move the elements into place: only the
//! small permutation step is generic. Use them for ranking results, where
//! lists are short; keep `sort_unstable` on plain integers in hot loops.
//!
//! ```ignore
//! let mut v = vec![(2, "b"), (1, "z"), (2, "a")];
//! crate::order::sort_by(&mut v, |a, b| a.0.cmp(&b.0));
//! assert_eq!(v, [(1, "z"), (2, "b"), (2, "a")]); // stable
//! ```

use std::cmp::Ordering;

/// The order of `str` (bytes, then length), compared inline: word lists
/// are bisected with it, and their comparisons mostly end at the first
/// byte, where a call into `memcmp` cost more than the comparison.
pub(crate) fn short_str_cmp(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// Sorts `v` stably by `cmp`.
pub(crate) fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let items: &[T] = v;
    let perm = permutation(items.len(), &mut |a, b| cmp(&items[a], &items[b]));
    apply(v, perm);
}

/// Sorts `v` stably by a key.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` by its natural order.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The stable sorting permutation of `0..len` under `cmp`: bottom-up merge
/// sort over runs first ordered by insertion sort.
fn permutation(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    const RUN: usize = 12;
    let mut idx: Vec<usize> = (0..len).collect();
    for start in (0..len).step_by(RUN) {
        let end = (start + RUN).min(len);
        for i in start + 1..end {
            let mut j = i;
            while j > start && cmp(idx[j - 1], idx[j]) == Ordering::Greater {
                idx.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    if len <= RUN {
        return idx;
    }
    let mut buf = vec![0usize; len];
    let mut width = RUN;
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            // Two runs already in order (the common case of nearly sorted
            // input) need no merge.
            if mid >= end || cmp(idx[mid - 1], idx[mid]) != Ordering::Greater {
                buf[start..end].copy_from_slice(&idx[start..end]);
                start = end;
                continue;
            }
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right only when strictly smaller: stable.
                if cmp(idx[j], idx[i]) == Ordering::Less {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&idx[j..end]);
            start = end;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    idx
}

/// Rearranges `v` so that position `k` holds the element that was at
/// `perm[k]`, following the permutation's cycles with swaps.
fn apply<T>(v: &mut [T], mut perm: Vec<usize>) {
    for start in 0..v.len() {
        let mut cur = start;
        while perm[cur] != cur {
            let next = perm[cur];
            perm[cur] = cur;
            if next == start {
                break;
            }
            v.swap(cur, next);
            cur = next;
        }
    }
}

/// A map from string keys to values, iterated in key order, with one
/// B-tree type for the whole binary: the tree maps each key to the index
/// of its value in a `Vec<V>`, so only the small vector code is generic
/// over `V` (every `BTreeMap<K, V>` type is its own copy of the B-tree code).
pub(crate) struct StrMap<V> {
    index: std::collections::BTreeMap<String, usize>,
    values: Vec<V>,
}

impl<V> Default for StrMap<V> {
    fn default() -> Self {
        StrMap { index: std::collections::BTreeMap::new(), values: Vec::new() }
    }
}

#[allow(dead_code)]
impl<V> StrMap<V> {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    pub(crate) fn len(&self) -> usize {
        self.values.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The position of `key`'s value (insertion order), if any.
    pub(crate) fn slot(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.index.contains_key(key)
    }

    pub(crate) fn get(&self, key: &str) -> Option<&V> {
        self.slot(key).map(|i| &self.values[i])
    }

    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.slot(key).map(|i| &mut self.values[i])
    }

    /// The value at a position [`slot`](Self::slot) returned.
    pub(crate) fn at(&self, slot: usize) -> &V {
        &self.values[slot]
    }

    /// The slot of `key`'s value, inserting `make()` first when absent
    /// (the key is copied only then).
    pub(crate) fn slot_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> usize {
        if let Some(i) = self.slot(key) {
            return i;
        }
        let i = self.values.len();
        self.values.push(make());
        self.index.insert(key.to_string(), i);
        i
    }

    /// `key`'s value, inserting `make()` first when absent.
    pub(crate) fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        let i = self.slot_or_insert_with(key, make);
        &mut self.values[i]
    }

    /// Sets `key`'s value, replacing any earlier one.
    pub(crate) fn insert(&mut self, key: &str, value: V) {
        match self.slot(key) {
            Some(i) => self.values[i] = value,
            None => {
                self.index.insert(key.to_string(), self.values.len());
                self.values.push(value);
            }
        }
    }

    /// Keys in order.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.index.keys().map(String::as_str)
    }

    /// (key, slot) pairs in key order.
    pub(crate) fn slots(&self) -> impl Iterator<Item = (&str, usize)> + '_ {
        self.index.iter().map(|(k, &i)| (k.as_str(), i))
    }

    /// (key, value) pairs in key order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &V)> + '_ {
        self.index.iter().map(|(k, &i)| (k.as_str(), &self.values[i]))
    }

    /// (key, value) pairs in key order, by value.
    pub(crate) fn into_sorted(self) -> Vec<(String, V)> {
        let mut values: Vec<Option<V>> = self.values.into_iter().map(Some).collect();
        self.index.into_iter().filter_map(|(k, i)| values[i].take().map(|v| (k, v))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no crate.
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn agrees_with_std_stable_sort() {
        let mut seed = 7;
        for len in [0, 1, 2, 3, 11, 12, 13, 24, 25, 100, 1000, 4097] {
            let given: Vec<(u64, usize)> = (0..len).map(|i| (lcg(&mut seed) % 17, i)).collect();
            let mut expected = given.clone();
            expected.sort_by_key(|p| p.0);
            let mut got = given.clone();
            sort_by_key(&mut got, |p| p.0);
            assert_eq!(got, expected, "len {len}: given {given:?}");
        }
    }

    #[test]
    fn short_strings_compare_as_str_does() {
        let words = ["", "a", "ab", "abc", "b", "ba", "são", "sao", "z", "é"];
        for a in words {
            for b in words {
                assert_eq!(short_str_cmp(a, b), a.cmp(b), "given {a:?} and {b:?}, expected str's order");
            }
        }
    }

    #[test]
    fn sorts_by_natural_order_and_reverse() {
        let mut v = vec!["pear", "apple", "fig"];
        sort(&mut v);
        assert_eq!(v, ["apple", "fig", "pear"]);
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, ["pear", "fig", "apple"]);
    }
}
