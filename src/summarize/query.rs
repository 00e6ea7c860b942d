//! Query focus: how relevant each term is to what the reader asked.
//!
//! The query's own content terms are fully relevant. Words that keep
//! company with them in the documents (co-occur in the same sentences more
//! often than chance) are partly relevant, so "cost" also pulls in
//! "training", "million" and "chips" when the articles talk about cost in
//! those words. Instruction words of question-style queries ("discuss",
//! "describe", "include", "what") carry no topic and are dropped.

use crate::text::{fold_case, words, Analysis, SentenceKind, TermId};

/// Words of the query that ask rather than name a topic (compared after
/// case folding, before stemming). Stop words are dropped anyway.
const INSTRUCTION_WORDS: &[&str] = &[
    "discuss", "describe", "description", "include", "including", "includes", "identify", "explain",
    "information", "specific", "specifically", "detail", "details", "detailed", "provide", "give",
    "report", "reports", "reported", "regarding", "concerning", "aspect", "aspects", "example",
    "examples", "kind", "kinds", "type", "types", "say", "says", "said", "tell", "know", "question",
    "questions", "focus", "please", "list", "summarize", "summary", "summarise", "mention",
    "mentioned", "anything", "something", "things", "thing", "etc", "various", "well", "also",
    "what", "which", "who", "whom", "whose", "how", "why", "when", "where", "there", "any",
];

/// Largest relevance a term gets from co-occurrence alone (query terms get 1).
const EXPANSION_CAP: f64 = 0.5;

/// Smoothing of the co-occurrence share: a term seen in few sentences needs
/// more evidence.
const EXPANSION_PRIOR: f64 = 3.0;

/// Relevance of every term to a query.
#[derive(Debug, Clone)]
pub(crate) struct QueryModel {
    /// Per term id: 1 for query terms, up to [`EXPANSION_CAP`] for terms that
    /// co-occur with them, 0 otherwise.
    pub relevance: Vec<f64>,
    /// The query words that matched a term of the documents, as written.
    pub surface: Vec<String>,
}

impl QueryModel {
    /// The model of `query` over the body sentences of `scope`, or `None`
    /// when no query word names a term of the documents.
    pub fn new(analysis: &Analysis, scope: &[usize], query: &str) -> Option<QueryModel> {
        let mut relevance = vec![0.0; analysis.vocab.len()];
        let mut surface = Vec::new();
        let mut query_terms: Vec<TermId> = Vec::new();
        for w in words(query) {
            let folded = fold_case(w.text);
            if INSTRUCTION_WORDS.contains(&folded.as_str()) {
                continue;
            }
            let Some(term) = Analysis::term_of(w.text) else { continue };
            let Some(id) = analysis.vocab.get(&term) else { continue };
            if !query_terms.contains(&id) {
                query_terms.push(id);
                surface.push(w.text.to_string());
                relevance[id as usize] = 1.0;
            }
        }
        if query_terms.is_empty() {
            return None;
        }
        // Co-occurrence: each sentence votes for its terms with the share of
        // the query it matches.
        let mut votes = vec![0.0f64; analysis.vocab.len()];
        let mut seen = vec![u32::MAX; analysis.vocab.len()];
        let mut stamp = 0u32;
        for &d in scope {
            let Some(da) = analysis.docs.get(d) else { continue };
            for s in da.sentences.iter().filter(|s| s.kind == SentenceKind::Body) {
                let hits = query_terms.iter().filter(|q| s.terms.contains(q)).count();
                if hits == 0 {
                    continue;
                }
                stamp += 1;
                let share = hits as f64 / query_terms.len() as f64;
                for &t in &s.terms {
                    if seen[t as usize] != stamp {
                        seen[t as usize] = stamp;
                        votes[t as usize] += share;
                    }
                }
            }
        }
        for (t, v) in votes.iter().enumerate() {
            if relevance[t] >= 1.0 || *v <= 0.0 {
                continue;
            }
            let sf = analysis.vocab.sentence_freq.get(t).copied().unwrap_or(0) as f64;
            relevance[t] = (EXPANSION_CAP * v / (sf + EXPANSION_PRIOR)).min(EXPANSION_CAP);
        }
        Some(QueryModel { relevance, surface })
    }

    /// Relevance of one term.
    pub fn term(&self, t: TermId) -> f64 {
        self.relevance.get(t as usize).copied().unwrap_or(0.0)
    }

    /// Relevance of a concept: the mean of its terms'.
    pub fn concept(&self, a: TermId, b: Option<TermId>) -> f64 {
        match b {
            Some(b) => 0.5 * (self.term(a) + self.term(b)),
            None => self.term(a),
        }
    }

    /// Relevance of a sentence: the mean relevance of its distinct terms,
    /// damped for very short sentences.
    pub fn sentence(&self, terms: &[TermId]) -> f64 {
        let mut distinct: Vec<TermId> = terms.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.is_empty() {
            return 0.0;
        }
        let sum: f64 = distinct.iter().map(|&t| self.term(t)).sum();
        sum / (distinct.len() as f64).max(4.0)
    }
}
