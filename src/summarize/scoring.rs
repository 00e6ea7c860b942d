//! Which sentences may enter a summary, and the static parts of their
//! score: where they stand in their article and how well they match the
//! query.

use crate::text::{Analysis, SentenceKind};

/// Sentences shorter than this (in words) are weighed down by
/// [`SHORT_PENALTY`]: fragments such as "He declined." say little alone.
pub(crate) const MIN_WORDS: usize = 6;

/// Prior factor of a sentence shorter than [`MIN_WORDS`].
pub(crate) const SHORT_PENALTY: f64 = 0.25;

/// The candidate sentences of `scope` as (document, sentence) pairs, in
/// input order, from the best tier that has any:
///
/// 1. body sentences with content terms;
/// 2. any body sentence;
/// 3. headings and furniture — only for input that is nothing else, so a
///    summary is never empty.
pub(crate) fn candidates(analysis: &Analysis, scope: &[usize]) -> Vec<(usize, usize)> {
    let tiers: [&dyn Fn(&crate::text::SentenceInfo) -> bool; 3] = [
        &|s| s.kind == SentenceKind::Body && !s.terms.is_empty(),
        &|s| s.kind == SentenceKind::Body,
        &|s| s.word_count > 0,
    ];
    for accept in tiers {
        let found: Vec<(usize, usize)> = scope
            .iter()
            .filter_map(|&d| analysis.docs.get(d).map(|da| (d, da)))
            .flat_map(|(d, da)| {
                da.sentences.iter().enumerate().filter(|(_, s)| accept(s)).map(move |(i, _)| (d, i))
            })
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

/// Prior for a sentence at body position `position` (0 is the lead), 0 to
/// 1: news states its gist first, and the lead paragraph is a summary in
/// its own right. `decay` is the position at which the prior halves.
pub(crate) fn position_prior(position: usize, decay: f64) -> f64 {
    let d = decay.max(1e-6);
    1.0 / (1.0 + position as f64 / d)
}
