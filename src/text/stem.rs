//! English stemming.

use std::borrow::Cow;

/// Reduces a lower-cased English word to its stem so that "markets" and
/// "market" match. (Interim suffix stripper; Porter2 replaces it.)
///
/// ```
/// assert_eq!(parallax::text::stem("markets"), "market");
/// ```
pub fn stem(word: &str) -> Cow<'_, str> {
    for suffix in ["ings", "ing", "edly", "ed", "es", "s"] {
        if let Some(s) = word.strip_suffix(suffix) {
            if s.chars().count() >= 3 {
                return Cow::Borrowed(s);
            }
        }
    }
    Cow::Borrowed(word)
}
