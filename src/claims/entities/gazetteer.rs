//! Places and groups known by name, from the tables `tools/gen_gazetteer.py`
//! generates (countries, their official and short names, capitals,
//! subdivisions, large cities, continents; demonyms and languages).
//!
//! The tables are sorted lists of keys, one a line, compiled in as text and
//! searched by bisection: no start-up cost and no index in memory.

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
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// The line of `table` whose key is `key`, by bisection over its lines.
fn find<'t>(table: &'t str, key: &str) -> Option<&'t str> {
    if key.is_empty() {
        return None;
    }
    let body = &table[table.find('\n').map_or(table.len(), |i| i + 1)..];
    let bytes = body.as_bytes();
    let (mut lo, mut hi) = (0usize, body.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The line holding `mid`.
        let start = bytes[..mid].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let end = bytes[mid..].iter().position(|&b| b == b'\n').map_or(body.len(), |i| mid + i);
        let line = &body[start..end];
        let line_key = line.split('\t').next().unwrap_or("");
        match line_key.cmp(key) {
            std::cmp::Ordering::Equal => return Some(line),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// Whether `key` (see [`lookup_key`]) names a place.
pub(crate) fn is_place(key: &str) -> bool {
    find(PLACES, key).is_some()
}

/// The canonical name of a place alias ("us" → "United States"), when the
/// key is an alias.
pub(crate) fn place_canonical(key: &str) -> Option<&'static str> {
    find(PLACES, key)?.split_once('\t').map(|(_, c)| c)
}

/// Whether `key` is a demonym, a plural demonym or a language ("chinese",
/// "americans", "arabic").
pub(crate) fn is_group(key: &str) -> bool {
    find(GROUPS, key).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_so_bisection_finds_every_line() {
        for table in [PLACES, GROUPS] {
            let keys: Vec<&str> = table.lines().skip(1).map(|l| l.split('\t').next().unwrap_or("")).collect();
            for w in keys.windows(2) {
                assert!(w[0] < w[1], "given the table, expected sorted unique keys, got {:?} before {:?}", w[0], w[1]);
            }
            for k in &keys {
                assert!(find(table, k).is_some(), "given key {k:?}, expected it found, got none");
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
