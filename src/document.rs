//! Input documents and the checks every entry point runs on them.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The most text one call accepts, summed over all documents (16 MB).
///
/// Three thousand long articles, three times the largest set the engine
/// is tuned for (1,000 articles, about 5 MB); small enough that a pasted
/// 50 MB log or disk image gets a clear error at once instead of a browser
/// tab that works for minutes and may run out of memory.
pub const MAX_INPUT_BYTES: usize = 16_000_000;

/// One article: an id chosen by the caller, an optional title and its text.
///
/// ```
/// use parallax::Document;
/// let doc = Document::new("a", "DeepSeek released R1. Markets fell.");
/// assert_eq!(doc.id, "a");
/// assert!(doc.title.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Unique within one request; every result sentence points back to it.
    pub id: String,
    /// Headline or label shown to people. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The article text, plain, one paragraph a line (blank lines allowed).
    pub text: String,
}

impl Document {
    /// A document without a title.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document { id: id.into(), title: None, text: text.into() }
    }

    /// The same document with a title.
    ///
    /// ```
    /// let d = parallax::Document::new("a", "Text.").with_title("Headline");
    /// assert_eq!(d.title.as_deref(), Some("Headline"));
    /// ```
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }
}

/// Checks a request's documents: at least one, ids present and unique,
/// text within [`MAX_INPUT_BYTES`], and some words in every document.
pub(crate) fn validate(docs: &[Document]) -> Result<()> {
    if docs.is_empty() {
        return Err(Error::NoDocuments);
    }
    let total: usize = docs.iter().map(|d| d.text.len() + d.id.len()).sum();
    if total > MAX_INPUT_BYTES {
        return Err(Error::TooLarge { bytes: total, limit: MAX_INPUT_BYTES });
    }
    let mut seen = std::collections::HashSet::with_capacity(docs.len());
    for (index, d) in docs.iter().enumerate() {
        if d.id.trim().is_empty() {
            return Err(Error::MissingId { index });
        }
        if !seen.insert(d.id.as_str()) {
            return Err(Error::DuplicateId { id: d.id.clone() });
        }
        if crate::text::words(&d.text).next().is_none() {
            return Err(Error::EmptyDocument { id: d.id.clone() });
        }
    }
    Ok(())
}

/// Where a sentence of a result comes from: its document, its byte range and
/// its text, plus the same range in UTF-16 code units for JavaScript.
///
/// ```
/// use parallax::{Document, SentenceRef};
/// let d = Document::new("a", "Hi. Ünïcode here.");
/// let r = SentenceRef::new(&d, 4..19);
/// assert_eq!(r.text, "Ünïcode here.");
/// assert_eq!((r.start_utf16, r.end_utf16), (4, 17));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceRef {
    /// Id of the document the sentence stands in.
    pub doc: String,
    /// Byte offset of the sentence's start in the document text (UTF-8).
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// The same start in UTF-16 code units (JavaScript string index).
    pub start_utf16: usize,
    /// The same end in UTF-16 code units.
    pub end_utf16: usize,
    /// The sentence, exactly as it stands in the document.
    pub text: String,
}

impl SentenceRef {
    /// A reference to `range` of `doc`'s text.
    ///
    /// Never panics: a range past the end is clamped to the text, and one
    /// that cuts a character is widened to the character's boundaries.
    ///
    /// ```
    /// use parallax::{Document, SentenceRef};
    /// let d = Document::new("a", "Ünïcode");
    /// assert_eq!(SentenceRef::new(&d, 1..99).text, "Ünïcode");
    /// ```
    pub fn new(doc: &Document, range: std::ops::Range<usize>) -> Self {
        let text = doc.text.as_str();
        let mut start = range.start.min(text.len());
        let mut end = range.end.clamp(start, text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let slice = &text[start..end];
        let start_utf16 = crate::text::utf16_offset(text, start);
        SentenceRef {
            doc: doc.id.clone(),
            start,
            end,
            start_utf16,
            end_utf16: start_utf16 + slice.encode_utf16().count(),
            text: slice.to_string(),
        }
    }
}
