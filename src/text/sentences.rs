//! Sentence splitting.

use std::ops::Range;

/// Splits text into sentences, each a byte range of the original text.
///
/// Every line is a paragraph and ends any sentence in it; inside a line a
/// sentence ends at `.`, `!` or `?` (with any closing quotes or brackets)
/// before white space and a capital, digit or opening quote, unless the word
/// before is a known abbreviation or an initial.
///
/// ```
/// use parallax::text::SentenceSplitter;
/// let text = "Dr. Alan Greene spoke. It cost $5.6 million.";
/// let s: Vec<&str> = SentenceSplitter::new().split(text).map(|r| &text[r]).collect();
/// assert_eq!(s, ["Dr. Alan Greene spoke.", "It cost $5.6 million."]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct SentenceSplitter {
    _private: (),
}

/// Iterator over sentence byte ranges; see [`SentenceSplitter::split`].
#[derive(Debug, Clone)]
pub struct Sentences<'t> {
    text: &'t str,
    pos: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "inc", "ltd", "co", "corp", "vs", "etc",
    "e.g", "i.e", "u.s", "u.k", "u.n", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "col", "lt", "mt", "ft",
];

impl SentenceSplitter {
    /// A splitter for English news text.
    pub fn new() -> Self {
        SentenceSplitter::default()
    }

    /// The sentences of `text`, trimmed of surrounding white space.
    pub fn split<'t>(&self, text: &'t str) -> Sentences<'t> {
        Sentences { text, pos: 0 }
    }
}

impl Iterator for Sentences<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        loop {
            let rest = self.text.get(self.pos..)?;
            if rest.is_empty() {
                return None;
            }
            let start = self.pos + (rest.len() - rest.trim_start().len());
            if start >= self.text.len() {
                self.pos = self.text.len();
                return None;
            }
            let end = find_end(self.text, start);
            self.pos = end;
            let s = &self.text[start..end];
            let trimmed = s.trim_end();
            if !trimmed.is_empty() {
                return Some(start..start + trimmed.len());
            }
        }
    }
}

/// Byte offset just past the sentence starting at `start`.
fn find_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            return i;
        }
        if matches!(b, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            // Closing quotes and brackets belong to the sentence.
            loop {
                let r = &text[j..];
                let c = r.chars().next();
                match c {
                    Some(c @ ('"' | '\'' | ')' | ']' | '”' | '’' | '.' | '!' | '?' | '…')) => {
                        j += c.len_utf8()
                    }
                    _ => break,
                }
            }
            let after = &text[j..];
            let ws = after.len() - after.trim_start_matches([' ', '\t']).len();
            let next = after[ws..].chars().next();
            let boundary = match next {
                None | Some('\n' | '\r') => true,
                Some(c) if ws > 0 => {
                    (c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '['))
                        && !(b == b'.' && is_abbreviation(text, start, i))
                }
                _ => false,
            };
            if boundary {
                return j;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    bytes.len()
}

/// Whether the word ending at the `.` at `dot` is an abbreviation or initial.
fn is_abbreviation(text: &str, start: usize, dot: usize) -> bool {
    let before = &text[start..dot];
    let word_start = before.rfind(|c: char| c.is_whitespace() || c == '(' || c == '"').map_or(0, |p| p + 1);
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "J. Smith"
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}
