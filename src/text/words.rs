//! Word tokens.

use std::ops::Range;

/// One word token: its byte range in the text and the text itself.
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
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Iterator over the words of a text; see [`words`].
#[derive(Debug, Clone)]
pub struct Words<'t> {
    text: &'t str,
    pos: usize,
}

/// The words of `text`: runs of letters and digits, keeping an apostrophe
/// between letters ("DeepSeek’s") and a point or comma between digits
/// ("5.6", "2,000") inside the word.
///
/// ```
/// let w: Vec<&str> = parallax::text::words("R1 cost $5.6 million—DeepSeek’s claim.")
///     .map(|w| w.text).collect();
/// assert_eq!(w, ["R1", "cost", "5.6", "million", "DeepSeek’s", "claim"]);
/// ```
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl<'t> Iterator for Words<'t> {
    type Item = Word<'t>;

    fn next(&mut self) -> Option<Word<'t>> {
        let rest = self.text.get(self.pos..)?;
        let (off, _) = rest.char_indices().find(|&(_, c)| is_word_char(c))?;
        let start = self.pos + off;
        let mut end = start;
        let mut chars = self.text[start..].char_indices().peekable();
        let mut prev: Option<char> = None;
        while let Some((i, c)) = chars.next() {
            if is_word_char(c) {
                end = start + i + c.len_utf8();
                prev = Some(c);
                continue;
            }
            let next = chars.peek().map(|&(_, n)| n);
            let joins = match (prev, c, next) {
                (Some(p), '\'' | '’', Some(n)) => p.is_alphabetic() && n.is_alphabetic(),
                (Some(p), '.' | ',', Some(n)) => p.is_ascii_digit() && n.is_ascii_digit(),
                _ => false,
            };
            if !joins {
                break;
            }
            prev = Some(c);
        }
        self.pos = end;
        Some(Word { start, end, text: &self.text[start..end] })
    }
}
