//! Budgeted greedy selection (Lin & Bilmes 2010): repeatedly take the
//! sentence with the best ratio of new concept weight to length, until the
//! budget is spent.
//!
//! Coverage of weighted concepts is monotone submodular — a sentence's gain
//! can only shrink as the summary grows — so the "lazy" variant is exact: a
//! stale gain is an upper bound, and a sentence is re-scored only when it
//! reaches the top of the heap. Work is about linear in the number of
//! candidates, not quadratic.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::concepts::Concepts;
use super::length::Budget;

/// What the selection needs to know about one candidate sentence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    /// Its length in words (the cost against a word budget).
    pub words: usize,
    /// Multiplier from position and query relevance (at least 0).
    pub prior: f64,
    /// Value it keeps when all its concepts are covered, so that a summary
    /// still fills its budget with the best remaining sentences.
    pub floor: f64,
}

/// One picked sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Pick {
    /// Index into the candidates.
    pub candidate: usize,
    /// The value it was picked with.
    pub value: f64,
    /// Share of its concept weight already covered when picked, 0 to 1.
    pub redundancy: f64,
}

/// How the selection trades gain for length.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tradeoff {
    /// Gain is divided by `words ^ length_exponent`: 0 ignores length,
    /// 1 is gain per word.
    pub length_exponent: f64,
    /// Fewest words a sentence is charged (so fragments do not win on
    /// ratio alone).
    pub min_cost: f64,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    value: f64,
    candidate: usize,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    /// Higher value first; among equals, the earlier candidate.
    fn cmp(&self, other: &Self) -> Ordering {
        self.value.total_cmp(&other.value).then(other.candidate.cmp(&self.candidate))
    }
}

/// Picks candidates within `budget`. `redundant(picked, c)` vetoes a
/// candidate that says what a picked one says. Never returns nothing when
/// there is a candidate: if no sentence fits the word budget, the best one
/// is taken alone.
pub(crate) fn select(
    concepts: &Concepts,
    candidates: &[Candidate],
    budget: Budget,
    tradeoff: Tradeoff,
    mut redundant: impl FnMut(&[Pick], usize) -> bool,
) -> Vec<Pick> {
    let mut covered = vec![false; concepts.weight.len()];
    let value = |c: usize, covered: &[bool]| -> (f64, f64) {
        let mut gain = 0.0;
        let mut total = 0.0;
        for &id in &concepts.of_candidate[c] {
            let w = concepts.weight[id as usize];
            total += w;
            if !covered[id as usize] {
                gain += w;
            }
        }
        let cand = &candidates[c];
        let cost = (cand.words as f64).max(tradeoff.min_cost).powf(tradeoff.length_exponent);
        let v = cand.prior.max(0.0) * (gain + cand.floor) / cost;
        let redundancy = if total > 0.0 { 1.0 - gain / total } else { 0.0 };
        (if v.is_finite() { v } else { 0.0 }, redundancy)
    };
    let mut heap: BinaryHeap<Entry> =
        (0..candidates.len()).map(|c| Entry { value: value(c, &covered).0, candidate: c }).collect();
    let best_alone = heap.peek().copied();
    let mut picks: Vec<Pick> = Vec::new();
    let mut words_left = budget.words;
    while picks.len() < budget.sentences {
        let Some(top) = heap.pop() else { break };
        let c = top.candidate;
        if candidates[c].words > words_left {
            continue; // the budget only shrinks: it will never fit
        }
        let (v, redundancy) = value(c, &covered);
        let fresh = Entry { value: v, candidate: c };
        if heap.peek().is_some_and(|next| fresh < *next) {
            heap.push(fresh);
            continue;
        }
        if redundant(&picks, c) {
            continue;
        }
        for &id in &concepts.of_candidate[c] {
            covered[id as usize] = true;
        }
        words_left -= candidates[c].words;
        picks.push(Pick { candidate: c, value: v, redundancy });
    }
    if picks.is_empty() {
        if let Some(best) = best_alone {
            picks.push(Pick { candidate: best.candidate, value: best.value, redundancy: 0.0 });
        }
    }
    picks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concepts(of: Vec<Vec<u32>>, weight: Vec<f64>) -> Concepts {
        Concepts { terms: vec![(0, None); weight.len()], units: vec![1; weight.len()], weight, of_candidate: of }
    }

    const PLAIN: Tradeoff = Tradeoff { length_exponent: 0.0, min_cost: 1.0 };

    #[test]
    fn covers_instead_of_repeating() {
        // 0 and 1 say the same (concepts 0, 1); 2 says something else.
        let c = concepts(vec![vec![0, 1], vec![0, 1], vec![2]], vec![3.0, 3.0, 2.0]);
        let cands = [Candidate { words: 5, prior: 1.0, floor: 0.0 }; 3];
        let picks = select(&c, &cands, Budget { sentences: 2, words: usize::MAX }, PLAIN, |_, _| false);
        let got: Vec<usize> = picks.iter().map(|p| p.candidate).collect();
        assert_eq!(got, [0, 2], "given two duplicates and one other sentence, expected [0, 2], got {got:?}");
    }

    #[test]
    fn word_budget_is_respected_and_never_empty() {
        let c = concepts(vec![vec![0], vec![1], vec![2]], vec![5.0, 4.0, 1.0]);
        let cands = [
            Candidate { words: 30, prior: 1.0, floor: 0.0 },
            Candidate { words: 8, prior: 1.0, floor: 0.0 },
            Candidate { words: 8, prior: 1.0, floor: 0.0 },
        ];
        let picks = select(&c, &cands, Budget { sentences: usize::MAX, words: 20 }, PLAIN, |_, _| false);
        let got: Vec<usize> = picks.iter().map(|p| p.candidate).collect();
        assert_eq!(got, [1, 2]);
        let picks = select(&c, &cands, Budget { sentences: usize::MAX, words: 5 }, PLAIN, |_, _| false);
        let got: Vec<usize> = picks.iter().map(|p| p.candidate).collect();
        assert_eq!(got, [0], "nothing fits 5 words: expected the best sentence alone, got {got:?}");
    }
}
