//! The same-fact score of two sentences: lexical similarity corrected by
//! what their anchors say.
//!
//! Word overlap alone joins sentences that share a topic and misses
//! paraphrases; anchors fix the clear cases. The rules:
//!
//! - a figure about the same measured thing in both (one figure group) is
//!   strong evidence, whether or not the values agree: the same thing with
//!   different values is one fact with a disagreement;
//! - a figure shared by value only, about different measured things ("the
//!   Nasdaq fell 0.98 percent" / "the S&P fell 0.98 percent") counts for
//!   little: a shared figure alone never makes one fact;
//! - shared names count, rare names more; two sentences about disjoint sets
//!   of names are less likely the same fact;
//! - a pair with no concrete anchor in common (no figure about one
//!   measured thing, no name that is rare in the input) needs more shared
//!   wording: framing sentences share words like "implications" or
//!   "success" without reporting one fact;
//! - opposite negation never matches (the score is halved and the pair is
//!   never joined).

/// Score at or above which two sentences of different documents report
/// the same fact.
///
/// Chosen on the bundled corpus, the claim fixtures and MRPC train (which
/// serves as dev): the same scale as the lexical cosine it corrects.
pub const SAME_FACT_SCORE: f64 = 0.3;

// The score's weights were fitted on STS Benchmark train (Spearman ρ of
// the score, 70.4 against 70.2 with every anchor neutral); the rules that
// decide a match (negation, the unanchored margin) come on top, so they
// need not bend the ranking.

/// Added when both sentences give a figure about the same measured thing.
const SAME_MEASURE_BONUS: f64 = 0.05;
/// Multiplies the score when the only shared figure measures different things.
const OTHER_MEASURE_FACTOR: f64 = 0.8;
/// Weight of the (rarity-weighted) Dice overlap of the two name sets.
const ENTITY_WEIGHT: f64 = 0.05;
/// Multiplies the score when both sentences name someone but nobody in common.
const DISJOINT_NAMES_FACTOR: f64 = 1.0;
/// The most the anchors can add to a pair's lexical similarity: a pair
/// whose wording is this far below the same-fact line can never reach it.
pub(crate) const MAX_ANCHOR_LIFT: f64 = SAME_MEASURE_BONUS + ENTITY_WEIGHT;
/// What a pair without a concrete anchor needs above the threshold.
pub const UNANCHORED_MARGIN: f64 = 0.1;
/// Multiplies the score of a pair with no concrete anchor in common.
const UNANCHORED_FACTOR: f64 = 0.9;
/// Multiplies the score of a pair with opposite negation.
const NEGATION_FACTOR: f64 = 0.8;

/// What the anchors of two sentences say about each other.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PairEvidence {
    /// Cosine of the two sentences' idf-weighted term vectors, 0 to 1.
    pub lexical: f64,
    /// A figure of each is in one figure group (the same measured thing).
    pub same_measure: bool,
    /// They share a figure's value and unit, but not the measured thing.
    pub other_measure: bool,
    /// Rarity-weighted Dice overlap of their names; `None` when either names nobody.
    pub names: Option<f64>,
    /// They name someone who is rare in the input (in few of its sentences).
    pub rare_name: bool,
    /// One is negated and the other is not.
    pub opposite_negation: bool,
}

impl PairEvidence {
    /// The same-fact score, 0 to 1.
    ///
    /// ```
    /// use parallax::claims::{PairEvidence, SAME_FACT_SCORE};
    /// let plain = PairEvidence { lexical: 0.25, rare_name: true, ..Default::default() };
    /// assert!(plain.score() < SAME_FACT_SCORE);
    /// // The same measured thing lifts a loose paraphrase over the line …
    /// assert!(PairEvidence { lexical: 0.28, same_measure: true, ..plain }.same_fact());
    /// // … a pair without a concrete anchor needs more wording in common …
    /// assert!(!PairEvidence { lexical: 0.36, ..Default::default() }.same_fact());
    /// // … and opposite negation never matches.
    /// let denied = PairEvidence { lexical: 0.9, opposite_negation: true, ..Default::default() };
    /// assert!(!denied.same_fact());
    /// ```
    pub fn score(&self) -> f64 {
        let mut s = self.lexical;
        if self.same_measure {
            s += SAME_MEASURE_BONUS;
        } else if self.other_measure {
            s *= OTHER_MEASURE_FACTOR;
        }
        match self.names {
            Some(d) if d > 0.0 => s += ENTITY_WEIGHT * d,
            Some(_) => s *= DISJOINT_NAMES_FACTOR,
            None => {}
        }
        if !self.anchored() {
            s *= UNANCHORED_FACTOR;
        }
        if self.opposite_negation {
            s *= NEGATION_FACTOR;
        }
        s.clamp(0.0, 1.0)
    }

    /// True when the pair shares a concrete anchor: a figure about one
    /// measured thing or a name that is rare in the input.
    pub fn anchored(&self) -> bool {
        self.same_measure || self.rare_name
    }

    /// Whether the two sentences report the same fact, at [`SAME_FACT_SCORE`].
    pub fn same_fact(&self) -> bool {
        self.same_fact_at(SAME_FACT_SCORE)
    }

    /// Whether the two sentences report the same fact at a threshold of
    /// your choice: never with opposite negation, and a pair without a
    /// concrete anchor needs [`UNANCHORED_MARGIN`] more.
    pub fn same_fact_at(&self, threshold: f64) -> bool {
        let need = if self.anchored() { threshold } else { threshold + UNANCHORED_MARGIN };
        !self.opposite_negation && self.score() >= need
    }
}

/// Rarity-weighted Dice overlap of two sorted name lists; `weight` gives a
/// name's weight (higher for rarer names).
pub(crate) fn name_overlap<T: Ord>(a: &[T], b: &[T], weight: impl Fn(&T) -> f64) -> Option<f64> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let total: f64 = a.iter().chain(b).map(|n| weight(n)).sum();
    let shared: f64 = a.iter().filter(|n| b.binary_search(n).is_ok()).map(|n| 2.0 * weight(n)).sum();
    Some(if total > 0.0 { shared / total } else { 0.0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_of_names() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let got = name_overlap(&s(&["nvidia", "openai"]), &s(&["nvidia"]), |_| 1.0);
        assert_eq!(got, Some(2.0 / 3.0), "given nvidia+openai / nvidia, expected 2/3, got {got:?}");
        assert_eq!(name_overlap(&s(&[]), &s(&["x"]), |_| 1.0), None);
    }

    #[test]
    fn shared_value_alone_is_not_a_fact() {
        let e = PairEvidence { lexical: 0.45, other_measure: true, names: Some(0.0), ..Default::default() };
        assert!(!e.same_fact(), "given lexical 0.45, a value shared about other things, disjoint names; expected no match, got score {}", e.score());
    }
}
