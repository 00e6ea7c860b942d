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
//! - [`SentenceMatcher`]: same-fact candidates for a sentence.

pub mod entities;
pub mod figures;
pub mod matching;

pub use entities::{entities, Entity, EntityKind};
pub use figures::{figure_claims, format_value, FigureClaim, FigureGroup, FigureKind, Hedge, APPROXIMATE_SPREAD, CONFLICT_TOLERANCE};
pub use matching::{SentenceIndex, SentenceMatch, SentenceMatcher, COMMON_TERM_FLOOR, COMMON_TERM_ROOT, COMMON_TERM_SHARE, MAX_CANDIDATES, SAME_FACT_SIMILARITY};
