//! Concepts: the units of information a summary should cover.
//!
//! A concept is a pair of adjacent content terms ("nuclear deal",
//! "prime minister") or a single content term. Its weight is how many
//! *units* use it — documents in a multi-document summary (Gillick & Favre's
//! document-frequency weights: what many sources say is what the story is
//! about), sentences in a single-document one (what the article keeps coming
//! back to). Concepts used by a single unit weigh nothing. A summary's value
//! is the total weight of the distinct concepts it covers, which is
//! monotone and submodular, so saying a thing twice earns nothing twice.

use super::hash::FxHashMap;
use crate::text::{Analysis, SentenceKind, TermId};

/// Index of a concept in [`Concepts`].
pub(crate) type ConceptId = u32;


/// The concepts of the candidate sentences, with their weights.
#[derive(Debug, Clone, Default)]
pub(crate) struct Concepts {
    /// What each concept is: one term, or two adjacent terms.
    pub terms: Vec<(TermId, Option<TermId>)>,
    /// How many units (documents or sentences) use each concept.
    pub units: Vec<u32>,
    /// Weight of each concept (0 for concepts below the unit threshold).
    pub weight: Vec<f64>,
    /// For each candidate, its distinct concepts of non-zero weight, ascending.
    pub of_candidate: Vec<Vec<ConceptId>>,
}

/// The unit a concept is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Count documents (multi-document summaries).
    Document,
    /// Count sentences (single-document summaries).
    Sentence,
}

fn key(a: TermId, b: Option<TermId>) -> u64 {
    ((a as u64) << 32) | b.map_or(u32::MAX as u64, |b| b as u64)
}

/// The distinct concept keys of a term sequence, appended to `out`.
fn concept_keys(terms: &[TermId], out: &mut Vec<(TermId, Option<TermId>)>) {
    for (i, &t) in terms.iter().enumerate() {
        out.push((t, None));
        if let Some(&next) = terms.get(i + 1) {
            if next != t {
                out.push((t, Some(next)));
            }
        }
    }
}

impl Concepts {
    /// Builds the concepts of `candidates` ((document, sentence) pairs),
    /// counting units over `scope` (the documents whose body sentences
    /// define what is central). `min_units` is the least count that gives a
    /// concept weight by itself; `weigh(first, second, units, enough)` gives
    /// every concept's weight, told whether it reached `min_units` (concepts
    /// it weighs 0 are dropped; a query can revive a rare one).
    pub fn new(analysis: &Analysis, scope: &[usize], candidates: &[(usize, usize)], unit: Unit, min_units: u32, weigh: impl Fn(TermId, Option<TermId>, u32, bool) -> f64) -> Concepts {

        let mut index: FxHashMap<u64, ConceptId> = FxHashMap::default();
        let mut c = Concepts::default();
        let mut last_unit: Vec<u32> = Vec::new();
        let mut keys = Vec::new();
        let mut unit_no: u32 = 0;
        for &d in scope {
            let Some(da) = analysis.docs.get(d) else { continue };
            if unit == Unit::Document {
                unit_no += 1;
            }
            for s in &da.sentences {
                if s.kind != SentenceKind::Body {
                    continue;
                }
                if unit == Unit::Sentence {
                    unit_no += 1;
                }
                keys.clear();
                concept_keys(&s.terms, &mut keys);
                for &(a, b) in &keys {
                    let next = c.terms.len() as ConceptId;
                    let id = *index.entry(key(a, b)).or_insert(next);
                    if id == next {
                        c.terms.push((a, b));
                        c.units.push(0);
                        last_unit.push(0);
                    }
                    if last_unit[id as usize] != unit_no {
                        last_unit[id as usize] = unit_no;
                        c.units[id as usize] += 1;
                    }
                }
            }
        }
        c.weight = c
            .terms
            .iter()
            .zip(&c.units)
            .map(|(&(a, b), &n)| weigh(a, b, n, n >= min_units).max(0.0))
            .collect();
        c.of_candidate = candidates
            .iter()
            .map(|&(d, i)| {
                keys.clear();
                if let Some(s) = analysis.docs.get(d).and_then(|da| da.sentences.get(i)) {
                    concept_keys(&s.terms, &mut keys);
                }
                let mut ids: Vec<ConceptId> = keys
                    .iter()
                    .filter_map(|&(a, b)| index.get(&key(a, b)).copied())
                    .filter(|&id| c.weight[id as usize] > 0.0)
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            })
            .collect();
        c
    }

    /// Total weight of a candidate's concepts.
    pub fn total(&self, candidate: usize) -> f64 {
        // `+ 0.0` turns the empty sum's -0.0 into 0.
        self.of_candidate[candidate].iter().map(|&id| self.weight[id as usize]).sum::<f64>() + 0.0
    }
}
