//! Units a number can carry: scale words ("million", "bn", "crore"), units
//! of time ("years", "hrs", "h") and the words of percentages.

/// The factor of a scale word or suffix ("million", "bn", "m", "k").
/// "t" (trillion) is read only after a currency sign ("$2.174T").
pub(crate) fn scale_of(word: &str) -> Option<f64> {
    const SCALES: [(f64, &[&str]); 6] = [
        (1e3, &["thousand", "thousands", "k"]),
        (1e5, &["lakh", "lakhs"]),
        (1e6, &["million", "millions", "m", "mn", "mln"]),
        (1e7, &["crore", "crores"]),
        (1e9, &["billion", "billions", "bn", "b", "bln"]),
        (1e12, &["trillion", "trillions", "tn", "trn", "t"]),
    ];
    SCALES.iter().find(|(_, words)| words.contains(&word)).map(|&(f, _)| f)
}

/// Units of time: (singular, days, other spellings). A table rather than
/// a `match`, which compiles to far more wasm.
const TIME_UNITS: [(&str, f64, &[&str]); 11] = [
    ("second", 1.0 / 86400.0, &["seconds", "sec", "secs"]),
    ("minute", 1.0 / 1440.0, &["minutes", "min", "mins"]),
    ("hour", 1.0 / 24.0, &["hours", "hr", "hrs", "h"]),
    ("day", 1.0, &["days"]),
    ("week", 7.0, &["weeks", "wk", "wks"]),
    ("fortnight", 14.0, &["fortnights"]),
    ("month", 30.44, &["months"]),
    ("quarter", 91.31, &["quarters"]),
    ("year", 365.25, &["years", "yr", "yrs"]),
    ("decade", 3652.5, &["decades"]),
    ("century", 36525.0, &["centuries"]),
];

fn time_entry(word: &str) -> Option<&'static (&'static str, f64, &'static [&'static str])> {
    let w = word.strip_suffix('\'').or_else(|| word.strip_suffix('’')).unwrap_or(word);
    TIME_UNITS.iter().find(|(name, _, other)| *name == w || other.contains(&w))
}

/// Days in a unit of time: words ("years", "fortnight") and the
/// abbreviations news and listings use ("hrs", "mins", "yr"). "h" alone is
/// only a unit when glued to the number ("3h"): the caller checks.
pub(crate) fn time_unit(word: &str) -> Option<f64> {
    time_entry(word).map(|e| e.1)
}

/// The singular word of a time unit, for rates ("hrs" → "hour").
pub(crate) fn time_unit_name(word: &str) -> Option<&'static str> {
    time_entry(word).map(|e| e.0)
}

/// Abbreviations of units of time that stand only glued to a number.
pub(crate) fn is_glued_only_time_unit(word: &str) -> bool {
    matches!(word, "h")
}

/// Suffixes glued to digits that keep the token a word: ordinals ("2nd"),
/// decades ("1990s"), times of day ("2pm") and product names ("4K", "5G").
pub(crate) fn is_word_suffix(suffix: &str) -> bool {
    let lower = suffix.to_ascii_lowercase();
    matches!(lower.as_str(), "st" | "nd" | "rd" | "th" | "s" | "am" | "pm" | "p" | "x" | "d")
        || (suffix.len() == 1 && suffix.chars().all(|c| c.is_uppercase()) && scale_of(&lower).is_none())
}

/// Words after a number that make it a time of day ("2 pm", "9 a.m.", "10 GMT").
pub(crate) fn is_time_of_day_word(word: &str) -> bool {
    matches!(word, "am" | "pm" | "o'clock" | "o’clock" | "gmt" | "utc" | "bst" | "cet" | "est" | "edt" | "pst" | "pdt" | "et" | "pt")
}
