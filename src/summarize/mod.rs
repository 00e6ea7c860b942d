//! Extractive summaries of one document or of a set about one story.
//!
//! One engine serves both. The pipeline, one module per concern:
//!
//! 1. [`candidates`](scoring::candidates): body sentences of the
//!    summarized documents (headings and furniture never, unless the input
//!    is nothing else, so a summary is never empty).
//! 2. [`concepts`]: the information units to cover — adjacent content-word
//!    pairs and single content words — weighted by how many documents (or,
//!    for one document, sentences) use them.
//! 3. [`query`]: with a query, concepts and sentences near it weigh more
//!    (query words and the words that keep company with them).
//! 4. [`scoring`]: a prior for the sentence's place in its article (news
//!    leads with its gist; the `position` option turns it off).
//! 5. [`selection`]: budgeted greedy maximisation of the covered concept
//!    weight (monotone submodular, so nothing is said twice for credit),
//!    with a veto on sentences that the shared
//!    [`SentenceMatcher`](crate::compare::SentenceMatcher) says repeat a
//!    pick.
//! 6. [`keyphrases`]: phrases of the whole input and of each document.
//!
//! Every pick carries its document id, byte range, score, the other
//! documents that say the same thing and a breakdown of why it was chosen.
//!
//! ```
//! use parallax::{summarize, Document, SummaryOptions};
//! let docs = [
//!     Document::new("a", "DeepSeek released R1 on Monday. The model cost $5.6 million to train, the company said."),
//!     Document::new("b", "The R1 model cost $5.6 million to train, DeepSeek said. Nvidia shares fell 17 percent."),
//! ];
//! let s = summarize(&docs, &SummaryOptions { sentences: Some(2), ..Default::default() })?;
//! assert_eq!(s.sentences.len(), 2);
//! // The training cost is reported by both sources, and said only once.
//! let cost: Vec<_> = s.sentences.iter().filter(|p| p.sentence.text.contains("5.6")).collect();
//! assert_eq!(cost.len(), 1);
//! assert_eq!(cost[0].corroborated_by.len(), 1);
//! # Ok::<(), parallax::Error>(())
//! ```

mod concepts;
mod hash;
mod keyphrases;
mod length;
mod options;
mod query;
mod result;
mod scoring;
mod selection;

pub use options::{Length, SummaryOptions, DEFAULT_KEYPHRASES, DEFAULT_SENTENCES, DEFAULT_WORDS};
pub use result::{DocumentKeyphrases, Keyphrase, Mode, ScoreBreakdown, Summary, SummarySentence};

use crate::claims::{ClusterSet, SentenceIndex, SAME_FACT_SCORE};
use crate::document::{validate, Document};
use crate::error::{Error, Result};
use crate::text::{words, Analysis, TermId};

use concepts::{Concepts, Unit};
use keyphrases::PhraseIndex;
use length::Budget;
use query::QueryModel;
use selection::{Candidate, Pick, Tradeoff};

/// How strongly each part of the score counts, per mode. Measured on the
/// evaluation sets (see `docs/quality.md`).
#[derive(Debug, Clone, Copy)]
struct Tuning {
    /// Gain is divided by `words ^ length_exponent`.
    length_exponent: f64,
    /// Fewest words a sentence is charged.
    min_cost: f64,
    /// Prior multiplier is `1 + position_weight * position_prior`.
    position_weight: f64,
    /// Body position at which the position prior halves.
    position_decay: f64,
    /// Concept weight multiplier is `1 + query_concept * relevance`.
    query_concept: f64,
    /// Prior multiplier is also `1 + query_sentence * relevance`.
    query_sentence: f64,
    /// Value a fully covered sentence keeps, as a share of its own total
    /// concept weight, so budgets still fill.
    floor: f64,
    /// Least number of units (documents or sentences) that gives a concept
    /// weight.
    min_units: u32,
    /// A candidate sharing this share of its distinct terms with one pick
    /// repeats it.
    max_overlap: f64,
    /// Weight of a single-term concept relative to a pair with the same count.
    term_weight: f64,
    /// A concept used by `n` units weighs `n ^ weight_exponent`.
    weight_exponent: f64,
    /// With a query, a single term also weighs this times its relevance.
    query_term_weight: f64,
}

const MULTI: Tuning = Tuning {
    length_exponent: 1.0,
    min_cost: 15.0,
    position_weight: 1.0,
    position_decay: 3.0,
    query_concept: 4.0,
    query_sentence: 2.0,
    floor: 0.02,
    min_units: 2,
    max_overlap: 0.7,
    term_weight: 0.0,
    weight_exponent: 1.0,
    query_term_weight: 0.3,
};

const SINGLE: Tuning = Tuning {
    length_exponent: 1.0,
    min_cost: 10.0,
    position_weight: 30.0,
    position_decay: 2.0,
    query_concept: 4.0,
    query_sentence: 2.0,
    floor: 0.05,
    min_units: 2,
    max_overlap: 0.7,
    term_weight: 0.35,
    weight_exponent: 1.0,
    query_term_weight: 0.3,
};

/// One document with `position: false`: content alone, so single words
/// count more and long sentences are charged less.
const SINGLE_GENERIC: Tuning = Tuning { length_exponent: 0.5, term_weight: 0.5, ..SINGLE };


/// Summarizes `docs`: a single-document summary for one document (or with
/// `options.document`), a multi-document summary for several.
///
/// Errors: no documents, a document without words, duplicate or empty ids,
/// input over [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES), contradictory or
/// out-of-range options, an unknown `document` id.
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
        Some(id) => {
            Some(docs.iter().position(|d| &d.id == id).ok_or_else(|| Error::UnknownDocument { id: id.clone() })?)
        }
        None => None,
    };
    let mode = if target.is_some() || docs.len() == 1 { Mode::Single } else { Mode::Multi };
    let scope: Vec<usize> = match target {
        Some(t) => vec![t],
        None => (0..docs.len()).collect(),
    };
    let tuning = match (mode, options.position) {
        (Mode::Multi, _) => MULTI,
        (Mode::Single, true) => SINGLE,
        (Mode::Single, false) => SINGLE_GENERIC,
    };

    let candidates = scoring::candidates(&analysis, &scope);
    let budget = Budget::new(length, mode, candidates.len());
    let unit = if mode == Mode::Single { Unit::Sentence } else { Unit::Document };
    let query = options.query.as_deref().and_then(|q| QueryModel::new(&analysis, &scope, q));
    let concepts = Concepts::new(&analysis, &scope, &candidates, unit, tuning.min_units, |a, b, n, enough| {
        let base = (n as f64).powf(tuning.weight_exponent);
        let kind = if b.is_some() { 1.0 } else { tuning.term_weight };
        match &query {
            // A concept the reader asked about counts even if only one
            // source mentions it.
            Some(q) => {
                let rel = q.concept(a, b);
                let extra = if b.is_some() { 0.0 } else { tuning.query_term_weight * rel };
                let own = if enough || rel >= 0.5 { kind.max(1e-3) } else { 0.0 };
                base * (own + extra) * (1.0 + tuning.query_concept * rel)
            }
            None if enough => base * kind,
            None => 0.0,
        }
    });

    let totals: Vec<f64> = (0..candidates.len()).map(|c| concepts.total(c)).collect();
    let max_total = totals.iter().copied().fold(0.0, f64::max);
    let relevance: Vec<f64> = match &query {
        Some(q) => {
            let raw: Vec<f64> = candidates.iter().map(|&(d, i)| q.sentence(&analysis.docs[d].sentences[i].terms)).collect();
            let max = raw.iter().copied().fold(0.0, f64::max);
            raw.iter().map(|r| if max > 0.0 { r / max } else { 0.0 }).collect()
        }
        None => vec![0.0; candidates.len()],
    };
    let position: Vec<f64> = candidates
        .iter()
        .map(|&(d, i)| {
            if options.position {
                scoring::position_prior(analysis.docs[d].sentences[i].position, tuning.position_decay)
            } else {
                0.0
            }
        })
        .collect();
    // The claim layer, for several documents: which fact cluster each
    // sentence belongs to (its corroboration) and how concrete it is.
    let facts = (docs.len() > 1).then(|| {
        let mentions = crate::claims::entities::mentions(&analysis);
        let merged = crate::claims::entities::merge(&mentions, &analysis, usize::MAX);
        ClusterSet::new(&analysis, &crate::claims::mention_names(&mentions, &merged), SAME_FACT_SCORE)
    });
    let fact_prior: Vec<f64> = candidates
        .iter()
        .map(|&(d, i)| match (&facts, mode) {
            (Some(f), Mode::Multi) => scoring::fact_prior(f, d, i, docs.len()),
            _ => 1.0,
        })
        .collect();
    let select_from: Vec<Candidate> = (0..candidates.len())
        .map(|c| {
            let (d, i) = candidates[c];
            let words = analysis.docs[d].sentences[i].word_count;
            let short = if words < scoring::MIN_WORDS { scoring::SHORT_PENALTY } else { 1.0 };
            Candidate {
                words,
                prior: short * fact_prior[c] * (1.0 + tuning.position_weight * position[c]) * (1.0 + tuning.query_sentence * relevance[c]),
                floor: tuning.floor * totals[c].max(1e-3 * max_total.max(1.0)),
            }
        })
        .collect();

    // Matches are computed only for the sentences the selection considers
    // and the picks, over one shared inverted index (never for all sentences).
    let mut matcher = (docs.len() > 1).then(|| SentenceIndex::new(&analysis));
    // Redundancy bookkeeping, kept linear: which candidates are picked, and
    // for each term the picks that use it (so overlap is counted only with
    // picks that share a term, never against every pick).
    let mut is_picked = vec![false; candidates.len()];
    let mut seen_picks = 0;
    let mut picked_clusters: Vec<usize> = Vec::new();
    let mut picks_with_term: hash::FxHashMap<TermId, Vec<u32>> = hash::FxHashMap::default();
    let mut shared: hash::FxHashMap<u32, u32> = hash::FxHashMap::default();
    let distinct = |c: usize| -> Vec<TermId> {
        let (d, i) = candidates[c];
        let mut t = analysis.docs[d].sentences[i].terms.clone();
        t.sort_unstable();
        t.dedup();
        t
    };
    let tradeoff = Tradeoff { length_exponent: tuning.length_exponent, min_cost: tuning.min_cost };
    let any_weight = max_total > 0.0;
    let picks = selection::select(&concepts, &select_from, budget, tradeoff, |picked: &[Pick], c| {
        let (d, i) = candidates[c];
        // A sentence that covers nothing the input repeats fills a word
        // budget with noise; it may only complete a sentence count.
        if budget.by_words() && any_weight && totals[c] <= 0.0 && !picked.is_empty() {
            return true;
        }
        while seen_picks < picked.len() {
            let p = picked[seen_picks].candidate;
            is_picked[p] = true;
            if let Some(k) = facts.as_ref().and_then(|f| f.of_sentence[candidates[p].0][candidates[p].1]) {
                picked_clusters.push(k);
            }
            for t in distinct(p) {
                picks_with_term.entry(t).or_default().push(p as u32);
            }
            seen_picks += 1;
        }
        // One sentence per fact cluster.
        if let Some(k) = facts.as_ref().and_then(|f| f.of_sentence[d][i]) {
            if picked_clusters.contains(&k) {
                return true;
            }
        }
        if let Some(m) = &mut matcher {
            // Candidates are in (document, sentence) order: find a match's index by search.
            let said = m.matches(d, i).iter().any(|s| {
                candidates.binary_search(&(s.doc, s.sentence)).is_ok_and(|k| is_picked[k])
            });
            if said {
                return true;
            }
        }
        let mine = distinct(c);
        if mine.is_empty() {
            return false;
        }
        shared.clear();
        for t in &mine {
            for &p in picks_with_term.get(t).map(Vec::as_slice).unwrap_or(&[]) {
                *shared.entry(p).or_insert(0) += 1;
            }
        }
        shared.values().any(|&n| n as f64 >= tuning.max_overlap * mine.len() as f64)
    });

    let top = picks.first().map_or(1.0, |p| p.value).max(f64::MIN_POSITIVE);
    let mut covered = vec![false; concepts.weight.len()];
    let mut sentences: Vec<(usize, usize, SummarySentence)> = picks
        .iter()
        .enumerate()
        .map(|(rank, p)| {
            let (d, i) = candidates[p.candidate];
            let new: Vec<u32> =
                concepts.of_candidate[p.candidate].iter().copied().filter(|&id| !covered[id as usize]).collect();
            for &id in &concepts.of_candidate[p.candidate] {
                covered[id as usize] = true;
            }
            // Exactly the support of the sentence's fact cluster, as compare shows it.
            let cluster = facts.as_ref().and_then(|f| f.of_sentence[d][i].map(|k| &f.clusters[k]));
            let corroborated_by: Vec<String> = match cluster {
                Some(c) => c.docs.iter().filter(|x| **x != docs[d].id).cloned().collect(),
                None => Vec::new(),
            };
            let disagreement = cluster.and_then(|c| c.consensus.clone().filter(|k| !k.agreed));
            let disputed = cluster.is_some_and(|c| !c.disputes.is_empty());
            let why = ScoreBreakdown {
                centrality: if max_total > 0.0 { totals[p.candidate] / max_total } else { 0.0 },
                position: position[p.candidate],
                query: relevance[p.candidate],
                redundancy: p.redundancy.clamp(0.0, 1.0),
                rank: rank + 1,
                concepts: concept_labels(&analysis, &concepts, d, i, &new),
            };
            let sentence = SummarySentence {
                sentence: analysis.sentence_ref(d, i),
                score: p.value / top,
                corroborated_by,
                disagreement,
                disputed,
                why,
            };
            (d, i, sentence)
        })
        .collect();
    crate::order::sort_by_key(&mut sentences, |s| (s.0, s.1));
    let words_total = sentences.iter().map(|s| analysis.docs[s.0].sentences[s.1].word_count).sum();

    let k = options.keyphrases.unwrap_or(DEFAULT_KEYPHRASES);
    let (keyphrases, documents) = if k == 0 {
        (Vec::new(), Vec::new())
    } else {
        let phrases = PhraseIndex::new(&analysis, &scope);
        (phrases.overall(&analysis, k), phrases.per_document(&analysis, k))
    };
    Ok(Summary {
        mode,
        sentences: sentences.into_iter().map(|s| s.2).collect(),
        words: words_total,
        query_terms: query.map(|q| q.surface).unwrap_or_default(),
        keyphrases,
        documents,
    })
}

/// Up to five of the heaviest `new` concepts, as written in sentence `i`
/// of document `d` ("nuclear deal", "Netanyahu").
fn concept_labels(analysis: &Analysis, concepts: &Concepts, d: usize, i: usize, new: &[u32]) -> Vec<String> {
    let mut ranked: Vec<u32> = new.to_vec();
    crate::order::sort_by(&mut ranked, |&a, &b| concepts.weight[b as usize].total_cmp(&concepts.weight[a as usize]).then(a.cmp(&b)));
    let da = &analysis.docs[d];
    let text = da.sentence_text(i);
    // Each content term of the sentence with its first occurrence.
    let mut surface: Vec<(TermId, std::ops::Range<usize>)> = Vec::new();
    for w in words(text) {
        if let Some(t) = Analysis::term_of(w.text).and_then(|t| analysis.vocab.get(&t)) {
            if !surface.iter().any(|s| s.0 == t) {
                surface.push((t, w.range()));
            }
        }
    }
    let span = |t: TermId| surface.iter().find(|s| s.0 == t).map(|s| s.1.clone());
    let mut labels: Vec<String> = Vec::new();
    for id in ranked {
        if labels.len() >= 5 {
            break;
        }
        let (a, b) = concepts.terms[id as usize];
        let label = match b {
            // A pair as written, with the short words between ("concern in Silicon").
            Some(b) => span(a).zip(span(b)).and_then(|(x, y)| {
                let between = text.get(x.end..y.start)?;
                if x.end <= y.start && between.split_whitespace().count() <= 3 {
                    text.get(x.start..y.end).map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                } else {
                    Some(format!("{} … {}", &text[x], &text[y]))
                }
            }),
            None => span(a).map(|x| text[x].to_string()),
        };
        // A word already named inside a pair adds nothing.
        if let Some(label) = label {
            if !labels.iter().any(|l| l.split(' ').any(|p| p == label) || *l == label) {
                labels.push(label);
            }
        }
    }
    labels
}
