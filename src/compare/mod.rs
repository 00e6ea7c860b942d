//! Comparison of the documents of one story.

use serde::{Deserialize, Serialize};

use crate::document::{validate, Document};
use crate::error::Result;
use crate::text::Analysis;

mod matching;

pub use matching::{SentenceMatch, SentenceMatcher, COMMON_TERM_FLOOR, COMMON_TERM_SHARE, SAME_FACT_SIMILARITY};

/// Options of [`compare`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CompareOptions {}

/// Size of one compared document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// The document's id.
    pub id: String,
    /// Its title, if given.
    pub title: Option<String>,
    /// Number of body sentences.
    pub sentences: usize,
    /// Number of words in body sentences.
    pub words: usize,
}

/// The result of [`compare`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The documents, in input order; matrices follow this order.
    pub documents: Vec<DocumentInfo>,
    /// `similarity[i][j]`: TF-IDF cosine of documents i and j, 0 to 1.
    pub similarity: Vec<Vec<f64>>,
}

/// Compares `docs` with each other.
///
/// ```
/// use parallax::{compare, CompareOptions, Document};
/// let docs = [Document::new("a", "Markets fell."), Document::new("b", "Markets rose.")];
/// let c = compare(&docs, &CompareOptions::default()).unwrap();
/// assert_eq!(c.similarity.len(), 2);
/// ```
pub fn compare(docs: &[Document], _options: &CompareOptions) -> Result<Comparison> {
    validate(docs)?;
    let analysis = Analysis::new(docs);
    let vectors: Vec<std::collections::HashMap<u32, f64>> = analysis
        .docs
        .iter()
        .map(|da| {
            let mut v = std::collections::HashMap::new();
            for i in da.body() {
                for &t in &da.sentences[i].terms {
                    *v.entry(t).or_insert(0.0) += analysis.idf(t);
                }
            }
            v
        })
        .collect();
    let norm = |v: &std::collections::HashMap<u32, f64>| v.values().map(|x| x * x).sum::<f64>().sqrt();
    let n = docs.len();
    let mut similarity = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in 0..n {
            let dot: f64 = vectors[i].iter().filter_map(|(t, a)| vectors[j].get(t).map(|b| a * b)).sum();
            let d = norm(&vectors[i]) * norm(&vectors[j]);
            similarity[i][j] = if d > 0.0 { dot / d } else { 0.0 };
        }
    }
    let documents = analysis
        .docs
        .iter()
        .map(|da| DocumentInfo {
            id: da.doc.id.clone(),
            title: da.doc.title.clone(),
            sentences: da.body_len(),
            words: da.body().map(|i| da.sentences[i].word_count).sum(),
        })
        .collect();
    Ok(Comparison { documents, similarity })
}
