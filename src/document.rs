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

/// The longest `title`, `source` or `author` accepted, in bytes: a headline
/// or a byline, not a second article.
pub const MAX_LABEL_BYTES: usize = 1_000;

/// The longest `url` accepted, in bytes (what browsers and servers commonly
/// handle).
pub const MAX_URL_BYTES: usize = 2_048;

/// One article: an id chosen by the caller, its text, and what a reader
/// knows about it — title, outlet, author, date, address — all optional.
///
/// The metadata is for people: the engine's results carry it through
/// ([`crate::compare::DocumentInfo`]) so that a front end can name a source by its
/// outlet; no score depends on it.
///
/// ```
/// use parallax::Document;
/// let doc = Document::new("a", "DeepSeek released R1. Markets fell.");
/// assert_eq!(doc.id, "a");
/// assert!(doc.title.is_none() && doc.source.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Unique within one request; every result sentence points back to it.
    pub id: String,
    /// Headline or label shown to people. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The outlet that published it ("Reuters", "The Verge"). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The byline. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Publication date, ISO 8601: `2025-01-27`, `2025-01-27T14:05:00Z`,
    /// `2025-01-27T14:05+01:00` (or reduced: `2025-01`, `2025`). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where it was published: an `http://` or `https://` address. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The article text, plain, one paragraph a line (blank lines allowed).
    pub text: String,
}

impl Document {
    /// A document without a title or other metadata.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document { id: id.into(), text: text.into(), ..Document::default() }
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
/// text within [`MAX_INPUT_BYTES`], some words in every document, and
/// metadata that means what its field says (see [`check_metadata`]).
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
        check_metadata(d)?;
    }
    Ok(())
}

/// Checks a document's optional metadata: labels of at most
/// [`MAX_LABEL_BYTES`], a `date` in ISO 8601 form ([`is_iso_date`]) and a
/// `url` that is an `http(s)://` address ([`is_web_url`]). Blank fields are
/// allowed (an export with an empty byline is still good input) and mean
/// "not known".
///
/// ```
/// use parallax::Document;
/// use parallax::document::check_metadata;
/// let mut d = Document::new("a", "Text.");
/// d.date = Some("2025-01-27".into());
/// assert!(check_metadata(&d).is_ok());
/// d.date = Some("last Monday".into());
/// assert!(check_metadata(&d).is_err());
/// ```
pub fn check_metadata(d: &Document) -> Result<()> {
    let bad = |field: &'static str, reason: String| Err(Error::InvalidMetadata { id: d.id.clone(), field, reason });
    for (field, value) in [("title", &d.title), ("source", &d.source), ("author", &d.author)] {
        if let Some(v) = value {
            if v.len() > MAX_LABEL_BYTES {
                return bad(field, format!("is {} bytes; the limit is {MAX_LABEL_BYTES}", v.len()));
            }
        }
    }
    if let Some(date) = d.date.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        if !is_iso_date(date) {
            return bad("date", format!("{:?} is not an ISO 8601 date (like 2025-01-27 or 2025-01-27T14:05:00Z)", clip(date)));
        }
    }
    if let Some(url) = d.url.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        if url.len() > MAX_URL_BYTES {
            return bad("url", format!("is {} bytes; the limit is {MAX_URL_BYTES}", url.len()));
        }
        if !is_web_url(url) {
            return bad("url", format!("{:?} is not an http:// or https:// address", clip(url)));
        }
    }
    Ok(())
}

/// At most 60 characters of `s`, for error messages.
fn clip(s: &str) -> String {
    s.chars().take(60).collect()
}

/// Whether `s` is an ISO 8601 calendar date, optionally with a time of day
/// and a zone: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, then `T` (or a space)
/// `hh:mm`, `:ss`, `.fraction`, `Z` or `±hh:mm` / `±hhmm` / `±hh`. The day
/// must exist in its month (leap years included).
///
/// ```
/// use parallax::document::is_iso_date;
/// assert!(is_iso_date("2024-02-29T23:59:60.5+05:30"));
/// assert!(!is_iso_date("2025-02-29"));
/// assert!(!is_iso_date("27/01/2025"));
/// ```
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let mut at = 0;
    // A fixed-width run of ASCII digits as a number.
    let digits = |at: &mut usize, n: usize| -> Option<u32> {
        let run = b.get(*at..*at + n)?;
        if !run.iter().all(u8::is_ascii_digit) {
            return None;
        }
        *at += n;
        Some(run.iter().fold(0, |v, d| v * 10 + u32::from(d - b'0')))
    };
    let Some(year) = digits(&mut at, 4) else { return false };
    if at == b.len() {
        return true;
    }
    if b[at] != b'-' {
        return false;
    }
    at += 1;
    let Some(month) = digits(&mut at, 2).filter(|m| (1..=12).contains(m)) else { return false };
    if at == b.len() {
        return true;
    }
    if b[at] != b'-' {
        return false;
    }
    at += 1;
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if digits(&mut at, 2).filter(|d| (1..=days).contains(d)).is_none() {
        return false;
    }
    if at == b.len() {
        return true;
    }
    if b[at] != b'T' && b[at] != b't' && b[at] != b' ' {
        return false;
    }
    at += 1;
    if digits(&mut at, 2).filter(|h| *h <= 23).is_none() || b.get(at) != Some(&b':') {
        return false;
    }
    at += 1;
    if digits(&mut at, 2).filter(|m| *m <= 59).is_none() {
        return false;
    }
    if b.get(at) == Some(&b':') {
        at += 1;
        if digits(&mut at, 2).filter(|s| *s <= 60).is_none() {
            return false;
        }
        if matches!(b.get(at), Some(b'.' | b',')) {
            at += 1;
            let start = at;
            while b.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
            }
            if at == start {
                return false;
            }
        }
    }
    match b.get(at) {
        None => true,
        Some(b'Z' | b'z') => at + 1 == b.len(),
        Some(b'+' | b'-') => {
            at += 1;
            if digits(&mut at, 2).filter(|h| *h <= 23).is_none() {
                return false;
            }
            if at == b.len() {
                return true;
            }
            if b[at] == b':' {
                at += 1;
            }
            digits(&mut at, 2).is_some_and(|m| m <= 59) && at == b.len()
        }
        Some(_) => false,
    }
}

/// Whether `s` is an `http://` or `https://` address with a host and no
/// whitespace or control characters (a link a reader can follow; not
/// `javascript:` or `file:`).
///
/// ```
/// use parallax::document::is_web_url;
/// assert!(is_web_url("https://www.reuters.com/technology/deepseek"));
/// assert!(!is_web_url("javascript:alert(1)"));
/// assert!(!is_web_url("https:///nohost"));
/// ```
pub fn is_web_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &s[8..]
    } else if lower.starts_with("http://") {
        &s[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && !host.starts_with(':') && !host.contains('@') && !s.chars().any(|c| c.is_whitespace() || c.is_control())
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

/// `range` clamped to `text` and widened to character boundaries.
pub(crate) fn char_range(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut start = range.start.min(text.len());
    let mut end = range.end.clamp(start, text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
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
        let std::ops::Range { start, end } = char_range(text, range);
        let slice = &text[start..end];
        let start_utf16 = crate::text::utf16_offset(text, start);
        SentenceRef {
            doc: doc.id.clone(),
            start,
            end,
            start_utf16,
            end_utf16: start_utf16 + crate::text::utf16_len(slice),
            text: slice.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        for good in ["2025", "2025-01", "2025-01-27", "2025-01-27T14:05", "2025-01-27 14:05:09", "2025-01-27T14:05:09.123Z", "2025-01-27T14:05+01:00", "2025-01-27T14:05:00-0530", "2025-01-27T14:05:00+02", "2000-02-29"] {
            assert!(is_iso_date(good), "given {good:?}: expected an ISO 8601 date, got refused");
        }
        for bad in ["", "25", "2025-1-27", "2025-13-01", "2025-04-31", "1900-02-29", "2025-01-27T24:00", "2025-01-27T14", "2025-01-27T14:05:00.", "2025-01-27Z", "27/01/2025", "2025-01-27T14:05:00+", "2025-01-27T14:05+01:", "2025-01-27T14:05:00Zx", "２０２５-01-27", "yesterday"] {
            assert!(!is_iso_date(bad), "given {bad:?}: expected refused, got accepted as an ISO 8601 date");
        }
    }

    #[test]
    fn web_urls() {
        for good in ["https://a.example/x?y#z", "HTTP://a.example", "http://127.0.0.1:8000/"] {
            assert!(is_web_url(good), "given {good:?}: expected a web address");
        }
        for bad in ["", "a.example", "ftp://a.example", "javascript:alert(1)", "https://", "https://:80/", "https://user@evil.example", "https://a.example/with space", "https://a\u{0}b"] {
            assert!(!is_web_url(bad), "given {bad:?}: expected refused");
        }
    }

    #[test]
    fn metadata_errors_name_document_and_field() {
        let mut d = Document::new("x", "Words here.");
        d.source = Some("s".repeat(MAX_LABEL_BYTES + 1));
        let err = validate(std::slice::from_ref(&d)).unwrap_err();
        assert!(matches!(&err, Error::InvalidMetadata { field: "source", .. }), "got {err:?}");
        d.source = Some("  ".into());
        d.date = Some(" ".into());
        d.url = Some(String::new());
        assert_eq!(validate(std::slice::from_ref(&d)), Ok(()), "blank fields mean not known");
        d.url = Some("file:///etc/passwd".into());
        let msg = validate(std::slice::from_ref(&d)).unwrap_err().to_string();
        assert_eq!(msg, "document \"x\": url \"file:///etc/passwd\" is not an http:// or https:// address");
    }
}
