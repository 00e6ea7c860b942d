//! Places and groups known by name, from the tables `tools/gen_gazetteer.py`
//! generates (countries, their official and short names, capitals,
//! subdivisions, large cities, continents; demonyms and languages).
//!
//! The tables are sorted lists of keys, one a line, compiled in as text
//! (compact in the wasm, readable in a diff) and cut into a sorted index
//! on first use. No hash maps: each one's code costs the embed script bytes.

use std::sync::OnceLock;

/// `key` or `key\tCanonical name`, sorted by key; the first line is a header.
const PLACES: &str = include_str!("data/places.txt");
/// Demonym and language keys, sorted; the first line is a header.
const GROUPS: &str = include_str!("data/groups.txt");

/// The lookup key of a surface form: lower case, dots removed, typographic
/// apostrophes made straight, runs of white space made one space (the key
/// the generator writes): "U.S." → "us".
pub(crate) fn lookup_key(surface: &str) -> String {
    let mut out = String::with_capacity(surface.len());
    let mut space = false;
    for c in surface.chars() {
        match c {
            '.' => {}
            '’' => out.push('\''),
            c if c.is_whitespace() => space = !out.is_empty(),
            c => {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(crate::text::lower_char(c));
            }
        }
    }
    out
}

/// A table's (key, canonical name) pairs, sorted by key, cut out of the
/// text on first use (some 2,000 entries, well under a millisecond), so
/// that a lookup is a bisection over slices, not over lines of text.
type Index = Vec<(&'static str, Option<&'static str>)>;

fn index(table: &'static str) -> Index {
    table.lines().skip(1).map(|l| match l.split_once('\t') {
        Some((k, c)) => (k, Some(c)),
        None => (l, None),
    }).collect()
}

fn find(index: &Index, key: &str) -> Option<Option<&'static str>> {
    index.binary_search_by(|(k, _)| crate::order::short_str_cmp(k, key)).ok().map(|i| index[i].1)
}

fn places() -> &'static Index {
    static PLACE_INDEX: OnceLock<Index> = OnceLock::new();
    PLACE_INDEX.get_or_init(|| index(PLACES))
}

fn groups() -> &'static Index {
    static GROUP_INDEX: OnceLock<Index> = OnceLock::new();
    GROUP_INDEX.get_or_init(|| index(GROUPS))
}

/// Whether `key` (see [`lookup_key`]) names a place.
pub(crate) fn is_place(key: &str) -> bool {
    find(places(), key).is_some()
}

/// The canonical name of a place alias ("us" → "United States"), when the
/// key is an alias.
pub(crate) fn place_canonical(key: &str) -> Option<&'static str> {
    find(places(), key).flatten()
}

/// Whether `key` is a demonym, a plural demonym or a language ("chinese",
/// "americans", "arabic").
pub(crate) fn is_group(key: &str) -> bool {
    find(groups(), key).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_every_line_is_found() {
        for (table, index) in [(PLACES, places()), (GROUPS, groups())] {
            let keys: Vec<&str> = table.lines().skip(1).map(|l| l.split('\t').next().unwrap_or("")).collect();
            for w in keys.windows(2) {
                assert!(w[0] < w[1], "given the table, expected sorted unique keys, got {:?} before {:?}", w[0], w[1]);
            }
            assert_eq!(index.len(), keys.len(), "given {} keys, expected an index of as many", keys.len());
            for k in &keys {
                assert!(find(index, k).is_some(), "given key {k:?}, expected it found, got none");
                assert_eq!(lookup_key(k), *k, "given key {k:?}, expected it to be its own lookup key");
            }
        }
    }

    #[test]
    fn countries_aliases_cities_and_demonyms() {
        let cases = [("U.S.", true, Some("United States")), ("UK", true, Some("United Kingdom")), ("South Korea", true, None), ("Chicago", true, None), ("Dec", false, None), ("Texas", true, None)];
        for (surface, place, canon) in cases {
            let k = lookup_key(surface);
            assert_eq!((is_place(&k), place_canonical(&k)), (place, canon), "given {surface:?}, expected (place, canonical) = ({place}, {canon:?})");
        }
        for g in ["Chinese", "Americans", "South Korean", "European", "Arabic"] {
            assert!(is_group(&lookup_key(g)), "given {g:?}, expected a group, got none");
        }
        assert!(!is_group("deepseek") && !is_place("deepseek") && !is_place(""));
    }
}
