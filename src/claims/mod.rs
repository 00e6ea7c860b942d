//! The claim layer: what every body sentence asserts, shared by
//! [`compare`](crate::compare()) and [`summarize`](crate::summarize()).
//!
//! A sentence's anchors are the figures in it ([`figures`]), the names it
//! mentions ([`entities`]) and its content terms; [`matching`] decides when
//! two sentences of different documents report the same fact.
//!
//! - [`figure_claims`]: quantitative claims, normalised ("nearly $1.5
//!   trillion" → 1.5e12 USD, at most), grouped by what they measure.
//! - [`entities`](fn@entities): people, organisations and places.
//! - [`SentenceMatcher`]: lexical same-fact candidates for a sentence.
//! - [`Claim`]: one body sentence's anchors — figures, names, negation and
//!   [`Stance`] (asserted, attributed, modal, doubted).
//! - [`PairEvidence`]: the same-fact score of two sentences, lexical
//!   similarity corrected by their anchors.
//! - [`FactCluster`]: the sentences of all documents that report one fact,
//!   with the [`FigureConsensus`] of its values and its [`Dispute`]s; the
//!   comparison's shared, conflicting and unique facts and a summary's
//!   corroboration all read them.

mod claim;
mod clusters;
pub mod entities;
pub mod figures;
pub mod matching;
mod same_fact;

pub use claim::{Claim, Stance};
pub(crate) use claim::sentence_at;
pub(crate) use clusters::ClusterSet;
pub use clusters::{ClusterMember, Dispute, FactCluster, FigureConsensus, ValueReport, CLUSTER_MIN_WORDS};
pub use same_fact::{PairEvidence, SAME_FACT_SCORE, UNANCHORED_MARGIN};

pub use entities::{entities, Entity, EntityKind};
pub use figures::{figure_claims, format_value, FigureClaim, FigureGroup, FigureKind, Hedge, APPROXIMATE_SPREAD, CONFLICT_TOLERANCE};
pub use matching::{SentenceIndex, SentenceMatch, SentenceMatcher, COMMON_TERM_FLOOR, COMMON_TERM_ROOT, COMMON_TERM_SHARE, MAX_CANDIDATES, SAME_FACT_SIMILARITY};

/// Each entity mention as (document index, byte offset, canonical name):
/// the one thing the claim layer needs from entity recognition.
pub(crate) fn mention_names(mentions: &[entities::Mention], merged: &[Entity]) -> Vec<(usize, usize, String)> {
    let index = entities::EntityIndex::new(merged);
    mentions.iter().map(|m| (m.doc, m.start, index.get(&m.name).map_or_else(|| m.name.clone(), |e| e.name.clone()))).collect()
}
