//! Shared facts (what two or more sources report) and unique facts (what
//! only one source reports), both read from the claim layer's fact
//! clusters.

use serde::{Deserialize, Serialize};

use crate::claims::matching::dot;
use crate::claims::{ClusterSet, FactCluster, CLUSTER_MIN_WORDS};
use crate::document::SentenceRef;
use crate::text::Analysis;

/// A sentence whose best match in any other document is below this cosine
/// is a candidate unique fact: nothing elsewhere comes close to it.
pub const UNIQUE_MAX_SIMILARITY: f64 = 0.15;

/// Body sentences shorter than this many words are not offered as unique
/// facts ("How is it possible?").
pub const UNIQUE_MIN_WORDS: usize = 6;

/// A fact reported by two or more documents: its [`FactCluster`] seen
/// from the sentences' side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedFact {
    /// Index of its cluster in [`Comparison::clusters`](super::Comparison::clusters).
    pub cluster: usize,
    /// Ids of the supporting documents, in input order.
    pub docs: Vec<String>,
    /// How many documents report it (the corroboration count).
    pub support: usize,
    /// The sentences that report it, in input and text order (a document
    /// can have two: a figure and the claim that contests it).
    pub sentences: Vec<SentenceRef>,
    /// The sentence that says it most centrally (for a figure, one that
    /// gives the majority value).
    pub representative: SentenceRef,
    /// Mean same-fact score of the links that formed it.
    pub similarity: f64,
    /// True when the fact is a figure about one measured thing (its
    /// cluster has a `consensus`), not only shared wording.
    pub by_figure: bool,
    /// True when the documents give different values for it: a shared
    /// fact with a disagreement inside (see the cluster's `consensus`).
    pub disagreement: bool,
    /// True when a value in it is attributed to someone and contested.
    pub disputed: bool,
}

/// A sentence only one document reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UniqueFact {
    /// The sentence.
    pub sentence: SentenceRef,
    /// Importance within its document: closeness to the document's overall
    /// content, with a small bonus for figures and for an early position.
    pub importance: f64,
    /// Highest similarity to any sentence of another document (below
    /// [`UNIQUE_MAX_SIMILARITY`]).
    pub nearest_other: f64,
}

/// The unique facts of one document, most important first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentUniqueFacts {
    /// The document's id.
    pub doc: String,
    /// Its unique facts, most important first.
    pub facts: Vec<UniqueFact>,
}

/// Body sentences shorter than this many words do not enter shared facts
/// through wording (a question heading like "How is it possible?" matches
/// too easily); see [`CLUSTER_MIN_WORDS`].
pub const SHARED_MIN_WORDS: usize = CLUSTER_MIN_WORDS;

/// The shared facts: every cluster of two or more documents, in the
/// clusters' order (best supported first).
pub(crate) fn shared_facts(clusters: &[FactCluster]) -> Vec<SharedFact> {
    clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.support >= 2)
        .map(|(k, c)| SharedFact {
            cluster: k,
            docs: c.docs.clone(),
            support: c.support,
            sentences: c.members.iter().map(|m| m.sentence.clone()).collect(),
            representative: c.members[c.representative.min(c.members.len() - 1)].sentence.clone(),
            similarity: c.score,
            by_figure: c.consensus.is_some(),
            disagreement: c.disagreement,
            disputed: !c.disputes.is_empty(),
        })
        .collect()
}

/// Ranks each document's sentences that no other document reports.
/// `shared` lists (doc, sentence) pairs already in a shared fact or a
/// figure group; `figure_sentences` those with a figure.
pub(crate) fn unique_facts(
    analysis: &Analysis,
    set: &ClusterSet,
    shared: &std::collections::HashSet<(usize, usize)>,
    figure_sentences: &std::collections::HashSet<(usize, usize)>,
    per_doc: usize,
) -> Vec<DocumentUniqueFacts> {
    let vectors = &set.vectors;
    analysis
        .docs
        .iter()
        .enumerate()
        .map(|(d, da)| {
            // The document's centroid: sum of its sentence vectors.
            // (Weights stably sorted by term and summed per run in the
            // order they come: the sums a map by term would make.)
            let mut weights: Vec<(u32, f32)> = vectors[d].iter().flatten().flat_map(|v| v.iter().copied()).collect();
            crate::order::sort_by_key(&mut weights, |p| p.0);
            let mut summed: Vec<(u32, f64)> = Vec::new();
            for (t, w) in weights {
                match summed.last_mut() {
                    Some((lt, sum)) if *lt == t => *sum += w as f64,
                    _ => summed.push((t, 0.0 + w as f64)),
                }
            }
            let norm = summed.iter().map(|&(_, w)| w * w).sum::<f64>().sqrt();
            let centroid: Vec<(u32, f32)> = summed.into_iter().map(|(t, w)| (t, if norm > 0.0 { (w / norm) as f32 } else { 0.0 })).collect();
            let mut facts: Vec<UniqueFact> = da
                .body()
                .filter(|&s| da.sentences[s].word_count >= UNIQUE_MIN_WORDS && !shared.contains(&(d, s)))
                .filter_map(|s| {
                    let nearest = set.nearest_other[d][s];
                    if nearest >= UNIQUE_MAX_SIMILARITY {
                        return None;
                    }
                    let v = vectors[d].get(s)?.as_ref()?;
                    let central = dot(v, &centroid);
                    let position = da.sentences[s].position as f64;
                    let figure = if figure_sentences.contains(&(d, s)) { 0.1 } else { 0.0 };
                    let importance = central + figure + 0.1 / (1.0 + position);
                    Some(UniqueFact {
                        sentence: analysis.sentence_ref(d, s),
                        importance: (importance * 1e4).round() / 1e4,
                        nearest_other: (nearest * 1e4).round() / 1e4,
                    })
                })
                .collect();
            crate::order::sort_by(&mut facts, |a, b| b.importance.total_cmp(&a.importance).then(a.sentence.start.cmp(&b.sentence.start)));
            facts.truncate(per_doc);
            DocumentUniqueFacts { doc: da.doc.id.clone(), facts }
        })
        .collect()
}
