//! What a caller can ask of [`summarize`](super::summarize): plain flags,
//! checked once.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// How long a summary should be.
///
/// ```
/// use parallax::{Length, SummaryOptions};
/// let o = SummaryOptions { ratio: Some(0.2), ..Default::default() };
/// assert_eq!(o.length().unwrap(), Length::Ratio(0.2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    /// At most this many sentences.
    Sentences(usize),
    /// At most this many words. A single sentence longer than the budget is
    /// chosen only when no sentence fits, so a summary is never empty.
    Words(usize),
    /// This share of the candidate sentences (rounded up, at least one),
    /// between 0 (excluded) and 1.
    Ratio(f64),
}

/// Sentences in a single-document summary when no length is given.
pub const DEFAULT_SENTENCES: usize = 3;

/// Words in a multi-document summary when no length is given (the DUC length).
pub const DEFAULT_WORDS: usize = 250;

/// Keyphrases returned for the set and for each document when
/// [`SummaryOptions::keyphrases`] is not given.
pub const DEFAULT_KEYPHRASES: usize = 10;

/// Options of [`summarize`](super::summarize), as plain flags. Every field is
/// optional; unknown fields are an error (so a typo is not silently ignored).
///
/// Give at most one of `sentences`, `words` and `ratio`. With none, a
/// single-document summary has [`DEFAULT_SENTENCES`] sentences and a
/// multi-document one [`DEFAULT_WORDS`] words.
///
/// ```
/// let o: parallax::SummaryOptions =
///     serde_json::from_str(r#"{"words": 100, "query": "cost", "position": false}"#).unwrap();
/// assert_eq!(o.length().unwrap(), parallax::Length::Words(100));
/// assert!(!o.position);
/// assert!(serde_json::from_str::<parallax::SummaryOptions>(r#"{"sentence": 3}"#).is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SummaryOptions {
    /// Length in sentences (at least 1).
    pub sentences: Option<usize>,
    /// Length in words (at least 1): a budget the summary never exceeds,
    /// unless a single sentence alone is longer and nothing shorter exists.
    pub words: Option<usize>,
    /// Length as a share of the candidate sentences, in (0, 1].
    pub ratio: Option<f64>,
    /// Words or a sentence to focus the summary on ("what do they say about
    /// cost?"). Instruction words ("discuss", "describe", "what") are
    /// ignored; a query that matches nothing gives the generic summary.
    pub query: Option<String>,
    /// Summarize only the document with this id; the other documents are
    /// used for corroboration (`corroborated_by`) only.
    pub document: Option<String>,
    /// How many keyphrases to return, for the set and for each document
    /// (default [`DEFAULT_KEYPHRASES`]; 0 for none).
    pub keyphrases: Option<usize>,
    /// Whether a sentence's place in its article counts (default `true`).
    /// News puts the gist first, so this helps; `false` gives the purely
    /// content-based ranking.
    pub position: bool,
}

impl Default for SummaryOptions {
    fn default() -> Self {
        SummaryOptions {
            sentences: None,
            words: None,
            ratio: None,
            query: None,
            document: None,
            keyphrases: None,
            position: true,
        }
    }
}

impl SummaryOptions {
    /// The requested length, checked. `Length::Sentences(0)` means "not
    /// given": the default for the mode applies.
    ///
    /// ```
    /// use parallax::{Length, SummaryOptions};
    /// assert_eq!(SummaryOptions::default().length().unwrap(), Length::Sentences(0));
    /// let both = SummaryOptions { sentences: Some(2), words: Some(50), ..Default::default() };
    /// assert!(both.length().is_err());
    /// ```
    pub fn length(&self) -> Result<Length> {
        match (self.sentences, self.words, self.ratio) {
            (Some(n), None, None) if n > 0 => Ok(Length::Sentences(n)),
            (None, Some(n), None) if n > 0 => Ok(Length::Words(n)),
            (None, None, Some(r)) if r > 0.0 && r <= 1.0 => Ok(Length::Ratio(r)),
            (None, None, None) => Ok(Length::Sentences(0)),
            (Some(_), None, None) | (None, Some(_), None) => {
                Err(Error::InvalidOptions("length must be at least 1".into()))
            }
            (None, None, Some(_)) => Err(Error::InvalidOptions("ratio must be in (0, 1]".into())),
            _ => Err(Error::InvalidOptions("give only one of sentences, words and ratio".into())),
        }
    }
}
