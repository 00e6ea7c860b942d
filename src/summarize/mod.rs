//! Extractive summaries of one document or of a set.

use serde::{Deserialize, Serialize};

use crate::document::{validate, Document, SentenceRef};
use crate::error::{Error, Result};
use crate::text::Analysis;

/// How long a summary should be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    /// At most this many sentences.
    Sentences(usize),
    /// At most this many words (a single longer sentence may still be chosen
    /// when nothing shorter fits, so a summary is never empty).
    Words(usize),
    /// This share of the input's sentences, between 0 and 1.
    Ratio(f64),
}

/// Options of [`summarize`]. Give at most one of `sentences`, `words` and
/// `ratio`; with none, a summary is 3 sentences for one document and 250
/// words for several.
///
/// ```
/// let o: parallax::SummaryOptions = serde_json::from_str(r#"{"words": 100, "query": "cost"}"#).unwrap();
/// assert_eq!(o.length().unwrap(), parallax::Length::Words(100));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SummaryOptions {
    /// Length in sentences.
    pub sentences: Option<usize>,
    /// Length in words.
    pub words: Option<usize>,
    /// Length as a share of the input's sentences.
    pub ratio: Option<f64>,
    /// Words or a sentence to focus the summary on.
    pub query: Option<String>,
    /// Summarize only this document, using the others for corroboration.
    pub document: Option<String>,
    /// How many keyphrases to return (default 10).
    pub keyphrases: Option<usize>,
}

impl SummaryOptions {
    /// The requested length, checked.
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

/// Whether a summary covers one document or several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// One document.
    Single,
    /// A set of documents about one story.
    Multi,
}

/// Why a sentence was picked: the parts of its score.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScoreBreakdown {
    /// How central the sentence is to its document(s), 0 to 1.
    pub centrality: f64,
    /// Bonus for standing early in its article, 0 to 1.
    pub position: f64,
    /// Match with the query, 0 to 1 (0 without a query).
    pub query: f64,
    /// How much of the sentence repeats what was already picked, 0 to 1.
    pub redundancy: f64,
}

/// One sentence of a summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummarySentence {
    /// Where it comes from.
    #[serde(flatten)]
    pub sentence: SentenceRef,
    /// Its final score (higher is better).
    pub score: f64,
    /// Ids of the other documents that report the same thing.
    pub corroborated_by: Vec<String>,
    /// The parts of the score.
    pub why: ScoreBreakdown,
}

/// A multi-word phrase that names what a text is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyphrase {
    /// The phrase as written in the text (most common surface form).
    pub phrase: String,
    /// Its weight (higher is more central).
    pub score: f64,
    /// Ids of the documents it occurs in.
    pub documents: Vec<String>,
}

/// Keyphrases of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentKeyphrases {
    /// The document's id.
    pub id: String,
    /// Its keyphrases, best first.
    pub keyphrases: Vec<Keyphrase>,
}

/// The result of [`summarize`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// One document or several.
    pub mode: Mode,
    /// The picked sentences, in reading order.
    pub sentences: Vec<SummarySentence>,
    /// Total words in the picked sentences.
    pub words: usize,
    /// Keyphrases of the whole input.
    pub keyphrases: Vec<Keyphrase>,
    /// Keyphrases of each document.
    pub documents: Vec<DocumentKeyphrases>,
}

/// Summarizes `docs`: a single-document summary for one document (or with
/// `options.document`), a multi-document summary for several.
///
/// ```
/// use parallax::{summarize, Document, SummaryOptions};
/// let docs = [Document::new("a", "DeepSeek released R1. It was cheap to train. Markets fell sharply.")];
/// let s = summarize(&docs, &SummaryOptions { sentences: Some(1), ..Default::default() }).unwrap();
/// assert_eq!(s.sentences.len(), 1);
/// ```
pub fn summarize(docs: &[Document], options: &SummaryOptions) -> Result<Summary> {
    validate(docs)?;
    let length = options.length()?;
    let analysis = Analysis::new(docs);
    let target = match &options.document {
        Some(id) => Some(docs.iter().position(|d| &d.id == id).ok_or_else(|| Error::UnknownDocument { id: id.clone() })?),
        None => None,
    };
    let mode = if target.is_some() || docs.len() == 1 { Mode::Single } else { Mode::Multi };
    let length = match length {
        Length::Sentences(0) if mode == Mode::Single => Length::Sentences(3),
        Length::Sentences(0) => Length::Words(250),
        l => l,
    };
    // Interim scorer: sum of idf over distinct terms, normalised by length,
    // with a lead bonus. The real summarizer replaces it.
    let mut candidates = Vec::new();
    for (d, da) in analysis.docs.iter().enumerate() {
        if target.is_some_and(|t| t != d) {
            continue;
        }
        for i in da.body() {
            let s = &da.sentences[i];
            let mut terms = s.terms.clone();
            terms.sort_unstable();
            terms.dedup();
            let c: f64 = terms.iter().map(|&t| analysis.idf(t)).sum::<f64>() / (1.0 + terms.len() as f64).sqrt();
            let p = 1.0 / (1.0 + s.position as f64);
            candidates.push((d, i, c, p));
        }
    }
    let max_c = candidates.iter().map(|c| c.2).fold(0.0, f64::max).max(1e-9);
    let mut ranked: Vec<(usize, usize, f64, ScoreBreakdown)> = candidates
        .into_iter()
        .map(|(d, i, c, p)| {
            let why = ScoreBreakdown { centrality: c / max_c, position: p, query: 0.0, redundancy: 0.0 };
            (d, i, 0.7 * why.centrality + 0.3 * p, why)
        })
        .collect();
    ranked.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let total: usize = ranked.len();
    let (max_sentences, max_words) = match length {
        Length::Sentences(n) => (n, usize::MAX),
        Length::Words(w) => (usize::MAX, w),
        Length::Ratio(r) => (((total as f64 * r).ceil() as usize).max(1), usize::MAX),
    };
    let mut picked = Vec::new();
    let mut words = 0;
    for (d, i, score, why) in ranked {
        let wc = analysis.docs[d].sentences[i].word_count;
        if picked.len() >= max_sentences {
            break;
        }
        if words + wc > max_words && !picked.is_empty() {
            continue;
        }
        words += wc;
        picked.push((d, i, score, why));
    }
    picked.sort_by_key(|p| (p.0, p.1));
    let sentences = picked
        .into_iter()
        .map(|(d, i, score, why)| SummarySentence {
            sentence: analysis.sentence_ref(d, i),
            score,
            corroborated_by: Vec::new(),
            why,
        })
        .collect();
    Ok(Summary { mode, sentences, words, keyphrases: Vec::new(), documents: Vec::new() })
}
