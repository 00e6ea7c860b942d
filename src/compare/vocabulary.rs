//! Words that set one document apart from the rest: weighted log-odds
//! ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn
//! 2008, "Fightin' Words"), reported as z-scores.
//!
//! For a stem w, document i and the rest r of the collection, with counts
//! y, totals n and prior α_w = α₀ · (share of w in the whole collection):
//!
//! δ = ln((y_i + α_w) / (n_i + α₀ − y_i − α_w)) − ln((y_r + α_w) / (n_r + α₀ − y_r − α_w)),
//! σ² ≈ 1/(y_i + α_w) + 1/(y_r + α_w), z = δ / σ.
//!
//! The prior shrinks rare words toward the collection's rates, so a word
//! used twice by one short article does not outrank the words it really
//! leans on. Stop words never count (they are not index terms).

use serde::{Deserialize, Serialize};

use crate::text::{strip_possessives, words, Analysis, SentenceKind};
use crate::text::Lowercase;

/// α₀, the total weight of the informative prior, in words.
pub const PRIOR_WEIGHT: f64 = 1000.0;

/// A word needs at least this many uses in a document to be distinctive of it.
pub const MIN_COUNT: usize = 2;

/// One distinctive word of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DistinctiveTerm {
    /// The most common way the document writes it ("chips" for the stem "chip").
    pub word: String,
    /// The stem the counts are over.
    pub stem: String,
    /// Uses in this document.
    pub count: usize,
    /// Uses in all other documents together.
    pub count_elsewhere: usize,
    /// Weighted log-odds z-score (above 1.96: distinctive at 95 %).
    pub z: f64,
}

/// The distinctive vocabulary of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentVocabulary {
    /// The document's id.
    pub doc: String,
    /// Its most distinctive words, highest z first.
    pub terms: Vec<DistinctiveTerm>,
}

/// The `top` most distinctive words of each document against the others.
///
/// ```
/// use parallax::{compare::distinctive_vocabulary, text::Analysis, Document};
/// let docs = [
///     Document::new("a", "Chips, chips and more chips. The chips were cheap. Markets fell."),
///     Document::new("b", "Markets fell. Markets fell again. Investors sold shares."),
/// ];
/// let v = distinctive_vocabulary(&Analysis::new(&docs), 3);
/// assert_eq!(v[0].terms[0].word, "chips");
/// assert_eq!(v[0].terms[0].count, 4);
/// assert!(v[0].terms[0].z > 0.0);
/// assert!(v[1].terms.iter().all(|t| t.stem != "chip"));
/// ```
pub fn distinctive_vocabulary(analysis: &Analysis, top: usize) -> Vec<DocumentVocabulary> {
    let nterms = analysis.vocab.len();
    let mut total = vec![0usize; nterms];
    let per_doc: Vec<Vec<(u32, usize)>> = analysis
        .docs
        .iter()
        .map(|da| {
            let mut ts: Vec<u32> = da.sentences.iter().filter(|s| s.kind == SentenceKind::Body).flat_map(|s| s.terms.iter().copied()).collect();
            ts.sort_unstable();
            let mut out: Vec<(u32, usize)> = Vec::new();
            for t in ts {
                match out.last_mut() {
                    Some((lt, c)) if *lt == t => *c += 1,
                    _ => out.push((t, 1)),
                }
            }
            out
        })
        .collect();
    for counts in &per_doc {
        for &(t, c) in counts {
            total[t as usize] += c;
        }
    }
    let n_all: usize = total.iter().sum();
    if n_all == 0 {
        return analysis.docs.iter().map(|da| DocumentVocabulary { doc: da.doc.id.clone(), terms: Vec::new() }).collect();
    }
    let a0 = PRIOR_WEIGHT;
    analysis
        .docs
        .iter()
        .zip(&per_doc)
        .map(|(da, counts)| {
            let n_i: usize = counts.iter().map(|c| c.1).sum();
            let n_r = (n_all - n_i) as f64;
            let n_i = n_i as f64;
            let mut scored: Vec<(f64, u32, usize, usize)> = counts
                .iter()
                .filter(|&&(_, c)| c >= MIN_COUNT)
                .filter_map(|&(t, y_i)| {
                    let y_r = total[t as usize] - y_i;
                    let alpha = a0 * total[t as usize] as f64 / n_all as f64;
                    let (yi, yr) = (y_i as f64, y_r as f64);
                    let li = ((yi + alpha) / (n_i + a0 - yi - alpha)).ln();
                    let lr = ((yr + alpha) / (n_r + a0 - yr - alpha)).ln();
                    let var = 1.0 / (yi + alpha) + 1.0 / (yr + alpha);
                    let z = (li - lr) / var.sqrt();
                    (z.is_finite() && z > 0.0).then_some((z, t, y_i, y_r))
                })
                .collect();
            crate::order::sort_by(&mut scored, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            scored.truncate(top);
            let wanted: Vec<u32> = scored.iter().map(|s| s.1).collect();
            let surfaces = surface_forms(analysis, da, &wanted);
            let terms = scored
                .into_iter()
                .map(|(z, t, c, ce)| DistinctiveTerm {
                    word: surfaces.iter().find(|s| s.0 == t).map(|s| s.1.clone()).unwrap_or_else(|| analysis.vocab.term(t).to_string()),
                    stem: analysis.vocab.term(t).to_string(),
                    count: c,
                    count_elsewhere: ce,
                    z: (z * 1000.0).round() / 1000.0,
                })
                .collect();
            DocumentVocabulary { doc: da.doc.id.clone(), terms }
        })
        .collect()
}

/// The most common written form (lower-cased unless always capitalised) of
/// each wanted term in one document.
fn surface_forms(analysis: &Analysis, da: &crate::text::DocAnalysis, wanted: &[u32]) -> Vec<(u32, String)> {
    // Every (term, written form) seen, stably sorted: runs per term, then per form.
    let mut seen: Vec<(u32, String)> = Vec::new();
    for (i, s) in da.sentences.iter().enumerate() {
        if s.kind != SentenceKind::Body || !s.terms.iter().any(|t| wanted.contains(t)) {
            continue;
        }
        for w in words(da.sentence_text(i)) {
            let Some(term) = Analysis::term_of(w.text) else { continue };
            let Some(id) = analysis.vocab.get(&term) else { continue };
            if wanted.contains(&id) {
                let form = strip_possessives(w.text);
                seen.push((id, form.to_string()));
            }
        }
    }
    crate::order::sort(&mut seen);
    // (term, form, count), ascending by term and form.
    let mut counts: Vec<(u32, String, usize)> = Vec::new();
    for (id, form) in seen {
        match counts.last_mut() {
            Some((lid, lform, c)) if *lid == id && *lform == form => *c += 1,
            _ => counts.push((id, form, 1)),
        }
    }
    wanted
        .iter()
        .map(|&t| {
            // Fold forms that differ only in case; keep the capitalised form
            // only when the word is never written in lower case.
            let from = counts.partition_point(|e| e.0 < t);
            let to = counts.partition_point(|e| e.0 <= t);
            // (lower case, count, written in lower case, form), stably by lower case.
            let mut folded: Vec<(String, usize, bool, &String)> = counts[from..to].iter().map(|(_, form, c)| (form.to_lower(), *c, form.chars().next().is_some_and(|ch| ch.is_lowercase()), form)).collect();
            crate::order::sort_by(&mut folded, |a, b| a.0.cmp(&b.0));
            let mut forms: Vec<(String, (usize, bool, String))> = Vec::new();
            for (lower, c, is_lower, form) in folded {
                match forms.last_mut() {
                    Some((l, e)) if *l == lower => {
                        e.0 += c;
                        e.1 |= is_lower;
                    }
                    _ => forms.push((lower, (c, is_lower, form.clone()))),
                }
            }
            let best = forms
                .into_iter()
                .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.0.cmp(&a.0)))
                .map(|(lower, (_, any_lower, form))| if any_lower { lower } else { form })
                .unwrap_or_default();
            (t, best)
        })
        .collect()
}
