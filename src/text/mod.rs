//! Text processing: the pieces every other part of the engine stands on.
//!
//! - [`SentenceSplitter`] cuts text into sentences, each a byte range of the
//!   original text, surviving abbreviations, initials, decimals, money and
//!   quotes.
//! - [`words`] yields Unicode word tokens; [`fold_case`] ([`lower_char`]), [`stem`] and
//!   [`is_stop_word`] turn them into index terms.
//! - [`classify_line`] and [`classify_lines`] recognise page furniture (share
//!   buttons, "Next Post" and the link title after it, comment prompts,
//!   credits, bylines) and headline lines, so they never reach a result;
//!   [`dateline_len`] finds a wire dateline ("LONDON (Reuters) -") to cut;
//!   [`is_furniture_sentence`] catches "scroll down for video ." inside a
//!   paragraph.
//! - [`Analysis`] runs all of the above once over a set of documents and is
//!   shared by summarization and comparison.

mod analysis;
mod case;
mod furniture;
mod sentences;
mod stem;
mod stopwords;
mod words;

pub use case::{lower_char, Lowercase};
pub use analysis::{term_counts, Analysis, DocAnalysis, SentenceInfo, SentenceKind, TermCounts, TermId, Vocabulary};
pub use furniture::{classify_line, classify_lines, dateline_len, is_furniture_sentence, LineKind};
pub use sentences::{SentenceSplitter, Sentences};
pub use stem::stem;
pub use stopwords::is_stop_word;
pub use words::{strip_possessives, words, Word, Words};

/// Lower-cases a word for matching ("DeepSeek" and "deepseek" are one term).
///
/// ```
/// assert_eq!(parallax::text::fold_case("DeepSeek’s"), "deepseek’s");
/// ```
pub fn fold_case(word: &str) -> String {
    word.to_lower()
}

/// The UTF-16 offset of byte offset `byte` in `text`, for JavaScript hosts.
///
/// ```
/// assert_eq!(parallax::text::utf16_offset("a😀b", 5), 3);
/// ```
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    text.get(..byte).map_or(0, utf16_len)
}

/// UTF-16 length of `s`, counted over bytes (a loop the compiler
/// vectorises; references into long documents count whole prefixes):
/// one unit per character (every byte that does not continue one), two
/// for characters outside the BMP (lead bytes 0xF0 and up).
pub(crate) fn utf16_len(s: &str) -> usize {
    utf16_units(s.as_bytes())
}

/// UTF-16 units of `bytes`, counted at each character's first byte (so a
/// cut anywhere gives the units of the characters that start before it).
pub(crate) fn utf16_units(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
}
