//! Word tokens.

use std::ops::Range;

/// One word token: its byte range in the text and the text itself.
///
/// ```
/// let w = parallax::text::words("Hi there").nth(1).unwrap();
/// assert_eq!((w.start, w.end, w.text), (3, 8, "there"));
/// assert_eq!(w.range(), 3..8);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    /// Byte range in the text that was scanned.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// The word as written.
    pub text: &'t str,
}

impl Word<'_> {
    /// The byte range of the word.
    ///
    /// ```
    /// let w = parallax::text::words("  R1").next().unwrap();
    /// assert_eq!(w.range(), 2..4);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Iterator over the words of a text; see [`words`].
///
/// ```
/// let mut it = parallax::text::words("a b");
/// assert_eq!(it.next().map(|w| w.text), Some("a"));
/// assert_eq!(it.next().map(|w| w.text), Some("b"));
/// assert_eq!(it.next(), None);
/// ```
#[derive(Debug, Clone)]
pub struct Words<'t> {
    text: &'t str,
    pos: usize,
}

/// The words of `text`: runs of letters and digits (with the combining
/// marks that follow them), keeping an apostrophe between letters
/// ("DeepSeek’s") and a point or comma between digits ("5.6", "2,000")
/// inside the word.
///
/// The bracket tokens of the Penn Treebank / CNN-DailyMail tokenisation
/// (`-lrb-`, `-rrb-`, `-lsb-`, `-rsb-`, `-lcb-`, `-rcb-`) are punctuation,
/// not words. ASCII text takes a byte-level fast path.
///
/// ```
/// let w: Vec<&str> = parallax::text::words("R1 cost $5.6 million—DeepSeek’s claim.")
///     .map(|w| w.text).collect();
/// assert_eq!(w, ["R1", "cost", "5.6", "million", "DeepSeek’s", "claim"]);
/// let w: Vec<&str> = parallax::text::words("the firm -lrb- in ohio -rrb- said").map(|w| w.text).collect();
/// assert_eq!(w, ["the", "firm", "in", "ohio", "said"]);
/// ```
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Combining marks that continue a word ("Cafe\u{301}").
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}' | '\u{200C}' | '\u{200D}')
}

/// The char at byte `i` (a char boundary) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text[i..].chars().next()?;
    Some((c, c.len_utf8()))
}

impl<'t> Words<'t> {
    /// Byte offset of the next word start at or after `i`.
    fn find_start(&self, mut i: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    return Some(i);
                }
                i += 1;
                continue;
            }
            let (c, len) = char_at(self.text, i)?;
            if c.is_alphanumeric() {
                return Some(i);
            }
            i += len;
        }
        None
    }

    /// End of the word starting at `start`.
    fn find_end(&self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = start;
        let mut prev = ' ';
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() {
                prev = b as char;
                i += 1;
                continue;
            }
            let Some((c, len)) = char_at(self.text, i) else { break };
            if !c.is_ascii() && (c.is_alphanumeric() || (is_combining(c) && i > start)) {
                prev = c;
                i += len;
                continue;
            }
            let joins = match c {
                '\'' | '’' => prev.is_alphabetic() && char_at(self.text, i + len).is_some_and(|(n, _)| n.is_alphabetic()),
                '.' | ',' => prev.is_ascii_digit() && bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit()),
                _ => false,
            };
            if !joins {
                break;
            }
            prev = c;
            i += len;
        }
        i
    }

    /// Whether the word at `start..end` is a bracket token like `-lrb-`.
    fn is_bracket_token(&self, start: usize, end: usize) -> bool {
        let bytes = self.text.as_bytes();
        if end - start != 3 || start == 0 || bytes[start - 1] != b'-' || bytes.get(end) != Some(&b'-') {
            return false;
        }
        let w = [bytes[start].to_ascii_lowercase(), bytes[start + 1].to_ascii_lowercase(), bytes[start + 2].to_ascii_lowercase()];
        matches!(&w, b"lrb" | b"rrb" | b"lsb" | b"rsb" | b"lcb" | b"rcb")
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = Word<'t>;

    fn next(&mut self) -> Option<Word<'t>> {
        loop {
            let Some(start) = self.find_start(self.pos) else {
                self.pos = self.text.len();
                return None;
            };
            let end = self.find_end(start);
            self.pos = end;
            if self.is_bracket_token(start, end) {
                continue;
            }
            return Some(Word { start, end, text: &self.text[start..end] });
        }
    }
}

/// `word` without its trailing possessives: "’s", then "'s", each as often
/// as repeated. Plain suffix tests: `trim_end_matches` with a string pattern
/// builds a substring searcher on every call, which cost ~4 ms of a page's
/// first (unoptimised) summary.
///
/// ```
/// use parallax::text::strip_possessives;
/// assert_eq!(strip_possessives("DeepSeek’s"), "DeepSeek");
/// assert_eq!(strip_possessives("Nvidia's"), "Nvidia");
/// assert_eq!(strip_possessives("boss"), "boss");
/// ```
pub fn strip_possessives(mut word: &str) -> &str {
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    word
}

#[cfg(test)]
mod tests {
    use super::{strip_possessives, words};

    #[test]
    fn possessives_are_stripped_like_trim_end_matches() {
        for word in ["china’s", "china's", "china’s's", "china's’s", "boss", "s", "'s", "’s’s", "it’", ""] {
            let expected = word.trim_end_matches("’s").trim_end_matches("'s");
            assert_eq!(strip_possessives(word), expected, "given {word:?}");
        }
    }

    fn w(s: &str) -> Vec<&str> {
        words(s).map(|w| w.text).collect()
    }

    #[test]
    fn tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("...", &[]),
            ("U.S.-based", &["U", "S", "based"]),
            ("2,000 chips, 5.6.", &["2,000", "chips", "5.6"]),
            ("rock 'n' roll", &["rock", "n", "roll"]),
            ("does n't", &["does", "n't"]),
            ("l'État", &["l'État"]),
            ("Cafe\u{301} ok", &["Cafe\u{301}", "ok"]),
            ("深度求索 R1", &["深度求索", "R1"]),
            ("emoji😀word", &["emoji", "word"]),
            ("-LRB- x -RRB-", &["x"]),
            ("lrb -lrb-x", &["lrb", "x"]),
            ("a\0b", &["a", "b"]),
            ("end'", &["end"]),
        ];
        for (given, expected) in cases {
            assert_eq!(&w(given), expected, "given {given:?}");
        }
    }
}
