//! The tokens of one sentence as the figure scanner reads them: words,
//! numbers, currency signs, punctuation. URLs and e-mail addresses are
//! skipped whole, and digits inside codes and version strings ("v2.1",
//! "H800", "%25") stay part of a word, so neither gives a figure.

use super::currency;
use super::scan::decimal_value;
use super::units::{is_word_suffix, scale_of, time_unit};
use crate::text::Lowercase;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Tok {
    Word,
    Number(f64),
    /// A currency sign or "%".
    Symbol(char),
    Punct(char),
}

#[derive(Debug, Clone)]
pub(crate) struct Token<'t> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: &'t str,
    pub(crate) tok: Tok,
    /// Lower-cased text (words only).
    pub(crate) lower: String,
}

impl Token<'_> {
    /// Whether this token starts right where `prev` ends (no space).
    pub(crate) fn glued_to(&self, prev: &Token) -> bool {
        prev.end == self.start
    }
}

/// Whether the whitespace-free chunk at `s` is a URL, an e-mail address or
/// URL-escaped text ("%25", "%E2%80%99").
fn is_link(chunk: &str) -> bool {
    let lower = chunk.trim_start_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    if chunk.contains("://") || lower.starts_with("www.") {
        return true;
    }
    if let Some(at) = chunk.find('@') {
        return chunk[at..].contains('.') && at > 0;
    }
    // A URL escape: '%' glued after a letter or digit and followed by two hex digits.
    let b = chunk.as_bytes();
    (1..b.len()).any(|k| b[k] == b'%' && b[k - 1].is_ascii_alphanumeric() && b.get(k + 1).is_some_and(u8::is_ascii_hexdigit) && b.get(k + 2).is_some_and(u8::is_ascii_hexdigit))
}

pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map(|&(b, _)| b).unwrap_or(text.len());
    let word = |b: usize, e: usize| {
        let s = &text[b..e];
        Token { start: b, end: e, text: s, tok: Tok::Word, lower: s.to_lower() }
    };
    let mut i = 0;
    // End (char index) of the whitespace-free chunk last checked for a link.
    let mut chunk_checked = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if i >= chunk_checked {
            let mut j = i;
            while j < chars.len() && !chars[j].1.is_whitespace() {
                j += 1;
            }
            chunk_checked = j;
            if is_link(&text[b..end_of(j)]) {
                i = j;
                continue;
            }
        }
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let prev_alnum = prev.is_some_and(char::is_alphanumeric);
        // "v2.1", "10.0.1", "a/2": digits after a joiner glued to a word
        // or number are part of a code.
        let after_joiner = i >= 2 && matches!(prev, Some('.' | ':' | '/' | '_' | '#')) && chars[i - 2].1.is_alphanumeric();
        if c.is_ascii_digit() && after_joiner && prev != Some(':') && prev != Some('/') {
            let mut j = i;
            while j < chars.len() && (chars[j].1.is_alphanumeric() || (matches!(chars[j].1, '.' | '_') && chars.get(j + 1).is_some_and(|x| x.1.is_alphanumeric()))) {
                j += 1;
            }
            out.push(word(b, end_of(j)));
            i = j;
            continue;
        }
        if c.is_ascii_digit() && !prev_alnum {
            // Digits with thousands commas and one decimal point.
            let mut j = i;
            let mut digits = String::new();
            let mut seen_point = false;
            while j < chars.len() {
                let ch = chars[j].1;
                if ch.is_ascii_digit() {
                    digits.push(ch);
                    j += 1;
                } else if ch == ',' && !seen_point && (1..=3).all(|k| chars.get(j + k).is_some_and(|x| x.1.is_ascii_digit())) && !chars.get(j + 4).is_some_and(|x| x.1.is_ascii_digit()) {
                    j += 1;
                } else if ch == '.' && !seen_point && chars.get(j + 1).is_some_and(|x| x.1.is_ascii_digit()) {
                    seen_point = true;
                    digits.push('.');
                    j += 1;
                } else {
                    break;
                }
            }
            // "1.2.3": a version string, one word.
            if seen_point && chars.get(j).is_some_and(|x| x.1 == '.') && chars.get(j + 1).is_some_and(|x| x.1.is_ascii_digit()) {
                let mut k = j;
                while k < chars.len() && (chars[k].1.is_ascii_alphanumeric() || (chars[k].1 == '.' && chars.get(k + 1).is_some_and(|x| x.1.is_ascii_digit()))) {
                    k += 1;
                }
                out.push(word(b, end_of(k)));
                i = k;
                continue;
            }
            // Letters glued on: a scale ("5.6m", "1.5bn"), a unit ("3h",
            // "3.5years", "10kg") or part of a name ("4K", "2nd", "1990s").
            let mut k = j;
            while k < chars.len() && chars[k].1.is_alphabetic() {
                k += 1;
            }
            let suffix = &text[end_of(j)..end_of(k)];
            let value = decimal_value(&digits);
            let number = Token { start: b, end: end_of(j), text: &text[b..end_of(j)], tok: Tok::Number(value), lower: String::new() };
            // Digits running on into more letters and digits ("5G2", "H100x8") are a code.
            let code_after = chars.get(k).is_some_and(|x| x.1.is_ascii_digit()) && k > j;
            let lower = suffix.to_lower();
            let unit_like = scale_of(&lower).is_some() || time_unit(&lower).is_some() || (lower.len() >= 2 && !is_word_suffix(suffix));
            if k == j {
                out.push(number);
                i = j;
            } else if unit_like && !code_after {
                out.push(number);
                out.push(word(end_of(j), end_of(k)));
                i = k;
            } else {
                // "2nd", "4K", "1080p": a word, not a figure.
                let mut k = k;
                while code_after && k < chars.len() && chars[k].1.is_alphanumeric() {
                    k += 1;
                }
                out.push(word(b, end_of(k)));
                i = k;
            }
            continue;
        }
        if c.is_alphanumeric() {
            // A word: letters and digits, joined by an apostrophe between
            // letters or a hyphen between alphanumerics ("tier-2", "H800").
            let mut j = i + 1;
            while j < chars.len() {
                let ch = chars[j].1;
                if ch.is_alphanumeric() {
                    j += 1;
                } else if (ch == '\'' || ch == '’' || ch == '-') && chars.get(j + 1).is_some_and(|x| x.1.is_alphanumeric()) && chars[j - 1].1.is_alphanumeric() {
                    j += 1;
                } else {
                    break;
                }
            }
            out.push(word(b, end_of(j)));
            i = j;
            continue;
        }
        let tok = if c == '%' || currency::is_sign_char(c) { Tok::Symbol(c) } else { Tok::Punct(c) };
        out.push(Token { start: b, end: end_of(i + 1), text: &text[b..end_of(i + 1)], tok, lower: String::new() });
        i += 1;
    }
    out
}
