//! Currencies: ISO 4217 codes, signs ("$", "HK$", "₹") and English names
//! ("Australian dollars", "francs"), from the generated table
//! (`currency_table.rs`, built by `tools/gen_currency_table.py` from
//! pinned pycountry and babel), plus the subunits news writes ("cents",
//! "pence").

#[path = "currency_table.rs"]
mod table;

/// The ISO code of an upper-case three-letter word that is one ("EUR").
pub(crate) fn code(word: &str) -> Option<&'static str> {
    if word.len() != 3 || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let n = table::CODES.len() / 3;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let c = &table::CODES[mid * 3..mid * 3 + 3];
        match c.cmp(word) {
            std::cmp::Ordering::Equal => return Some(c),
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    None
}

/// The entry of a packed table whose key (the text before `sep`) is
/// `key`, as (key, value): a binary search over the entries' starts.
fn lookup(table: &'static str, starts: &[u16], sep: char, key: &str) -> Option<(&'static str, &'static str)> {
    let bytes = table.as_bytes();
    let sep = sep as u8;
    // The entry's key against `key`, byte by byte, without scanning the line.
    let order = |from: usize| {
        let entry_key = bytes[from..].iter().take_while(|&&b| b != sep && b != b'\n');
        entry_key.cmp(key.as_bytes().iter())
    };
    let (mut lo, mut hi) = (0, starts.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let from = starts[mid] as usize;
        match order(from) {
            std::cmp::Ordering::Equal => {
                let line = table[from..].split('\n').next().unwrap_or("");
                let (k, v) = line.split_once(sep as char).unwrap_or((line, ""));
                return Some((k, v));
            }
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    None
}

/// The code of a sign, with any letters glued before it ("HK$", "€").
pub(crate) fn sign(s: &str) -> Option<&'static str> {
    lookup(table::SIGNS, table::SIGNS_STARTS, ' ', s).map(|(_, code)| code)
}

/// Whether a character ends some currency sign ("$", "₹").
pub(crate) fn is_sign_char(c: char) -> bool {
    if c.is_ascii() {
        return c == '$';
    }
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    table::SIGNS.split('\n').any(|line| line.split(' ').next().is_some_and(|k| k.ends_with(s)))
}

/// What a lower-case currency name means: (unit, factor). The unit is the
/// ISO code, or the name's singular when several currencies share it
/// ("franc"); the factor is 0.01 for subunits ("cents"). Regular plurals
/// are found by their singular ("francs" → "franc").
pub(crate) fn name(lower: &str) -> Option<(&'static str, f64)> {
    match lower {
        "cents" | "cent" => return Some(("USD", 0.01)),
        "pence" | "penny" | "pennies" => return Some(("GBP", 0.01)),
        "dime" | "dimes" => return Some(("USD", 0.1)),
        "nickel" | "nickels" => return Some(("USD", 0.05)),
        "rmb" | "renminbi" => return Some(("CNY", 1.0)),
        _ => {}
    }
    let find = |key: &str| lookup(table::NAMES, table::NAMES_STARTS, '|', key);
    let (n, c) = find(lower).or_else(|| lower.strip_suffix('s').and_then(find))?;
    if !c.is_empty() {
        return Some((c, 1.0));
    }
    // A name several currencies share: the unit is the name ("franc").
    Some((n, 1.0))
}

/// Longest number of words (after the first) a currency name runs to
/// ("bosnia-herzegovina convertible marks" is three words).
pub(crate) const MAX_NAME_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for (table, starts, sep) in [(table::SIGNS, table::SIGNS_STARTS, ' '), (table::NAMES, table::NAMES_STARTS, '|')] {
            let keys: Vec<&str> = table.lines().map(|l| l.split(sep).next().unwrap()).collect();
            assert!(keys.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()), "keys out of order");
            assert_eq!(starts.len(), keys.len());
            assert!(starts.iter().all(|&s| s == 0 || table.as_bytes()[s as usize - 1] == b'\n'));
        }
        let codes: Vec<&str> = (0..table::CODES.len() / 3).map(|i| &table::CODES[i * 3..i * 3 + 3]).collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn reads_codes_signs_and_names() {
        let cases: [(&str, Option<&str>); 6] =
            [("EUR", code("EUR")), ("CHF", code("CHF")), ("HKD", sign("HK$")), ("CAD", sign("C$")), ("MXN", sign("Mex$")), ("INR", sign("₹"))];
        for (expected, got) in cases {
            assert_eq!(got, Some(expected), "expected {expected}, got {got:?}");
        }
        assert_eq!(code("THE"), None);
        assert_eq!(code("eur"), None);
        assert_eq!(name("australian dollars"), Some(("AUD", 1.0)));
        assert_eq!(name("francs"), Some(("franc", 1.0)));
        assert_eq!(name("swiss francs"), Some(("CHF", 1.0)));
        assert_eq!(name("dollars"), Some(("USD", 1.0)));
        assert_eq!(name("cents"), Some(("USD", 0.01)));
    }
}
