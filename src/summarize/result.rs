//! The result of [`summarize`](super::summarize): plain serde structs, the
//! JSON schema of `docs/api.md`.

use serde::{Deserialize, Serialize};

use crate::document::SentenceRef;

/// Whether a summary covers one document or several.
///
/// ```
/// assert_eq!(serde_json::to_string(&parallax::summarize::Mode::Multi).unwrap(), r#""multi""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// One document (one input, or the `document` option).
    Single,
    /// A set of documents about one story.
    Multi,
}

/// Why a sentence was picked: the parts of its score, each explainable on
/// its own.
///
/// ```
/// let why = parallax::summarize::ScoreBreakdown::default();
/// assert_eq!(why.rank, 0);
/// assert!(why.concepts.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScoreBreakdown {
    /// How much of what the input keeps repeating the sentence covers: the
    /// weight of its concepts (word pairs and words, weighted by how many
    /// documents, or for one document how many sentences, use them) over
    /// the best candidate's, 0 to 1.
    pub centrality: f64,
    /// Prior for its place in its article: 1 for the lead sentence, falling
    /// with distance; 0 when the `position` option is off.
    pub position: f64,
    /// How well it matches the query (query words and words that keep
    /// company with them), 0 to 1; 0 without a query.
    pub query: f64,
    /// Share of its concept weight already covered by the sentences picked
    /// before it, 0 to 1: what it would repeat.
    pub redundancy: f64,
    /// Order of the pick, from 1 (the summary lists sentences in reading
    /// order, so this can differ from their order in the list).
    pub rank: usize,
    /// The heaviest concepts it added to the summary, as written in the
    /// sentence (up to five).
    pub concepts: Vec<String>,
}

/// One sentence of a summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummarySentence {
    /// Where it comes from: document id, byte and UTF-16 ranges, text.
    #[serde(flatten)]
    pub sentence: SentenceRef,
    /// Its selection score relative to the first pick's (1), so higher is
    /// better; it is the value the greedy selection maximised.
    pub score: f64,
    /// Ids of the other documents that report the same fact (in input
    /// order): exactly the support of the sentence's fact cluster, the
    /// same that [`compare`](crate::compare()) shows, without this
    /// sentence's own document.
    pub corroborated_by: Vec<String>,
    /// When the sources give different values for this fact's figure:
    /// which documents give which value (the cluster's consensus).
    pub disagreement: Option<crate::claims::FigureConsensus>,
    /// True when a value in this fact is attributed to someone and contested.
    pub disputed: bool,
    /// The parts of the score.
    pub why: ScoreBreakdown,
}

/// A phrase (one or more words) that names what a text is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyphrase {
    /// The phrase as written in the text (its most common surface form).
    pub phrase: String,
    /// Its weight (higher is more central; comparable within one list).
    pub score: f64,
    /// How many times it occurs (any surface form with the same stems).
    pub count: usize,
    /// In how many documents it occurs.
    pub spread: usize,
    /// Ids of the documents it occurs in, in input order. Filled in the
    /// overall list only (empty in per-document lists, which would
    /// otherwise grow with the square of the number of documents).
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

/// The result of [`summarize`](super::summarize).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// One document or several.
    pub mode: Mode,
    /// The picked sentences, in reading order (input order of documents,
    /// then text order).
    pub sentences: Vec<SummarySentence>,
    /// Total words in the picked sentences.
    pub words: usize,
    /// The query terms that took effect, as written in the query (empty
    /// without a query or when it matches nothing in the documents).
    pub query_terms: Vec<String>,
    /// Keyphrases of the whole input (of the one document in single mode).
    pub keyphrases: Vec<Keyphrase>,
    /// Keyphrases of each summarized document, in input order.
    pub documents: Vec<DocumentKeyphrases>,
}
