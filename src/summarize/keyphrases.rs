//! Keyphrases: the phrases that name what a text is about.
//!
//! Candidates are maximal runs of content words (no stop word or
//! punctuation inside), and their sub-phrases of one to three words.
//! Phrases with the same stems in any order are one phrase ("rate cuts" and
//! "cuts rates"), shown in their most common surface form. A phrase scores
//! by how often it occurs, how widely (in how many documents), and its
//! length (a multi-word phrase is more specific than any of its words); a
//! phrase contained in, or containing, a better one is left out. A single
//! word is a keyphrase only when it is written as a name ("DeepSeek",
//! "Nvidia", "R1"): a lone common word ("development") names no topic.

use std::ops::Range;

use super::hash::FxHashMap;
use super::result::{DocumentKeyphrases, Keyphrase};
use crate::text::{words, Analysis, SentenceKind, TermId};

/// Longest phrase, in content words.
const MAX_WORDS: usize = 3;

/// Score factor per extra word.
const LENGTH_BONUS: f64 = 1.0;

/// Words that join phrases rather than name anything; a keyphrase neither
/// starts nor ends with one ("competitors like", "according").
const EDGE_WORDS: &[&str] = &["like", "unlike", "including", "according", "amid", "via", "per", "versus", "make", "made", "makes"];

/// Surface forms remembered per phrase.
const MAX_VARIANTS: usize = 4;

/// Whether a word has a letter (a bare number ends a phrase).
fn is_alphabetic(word: &str) -> bool {
    if word.is_ascii() {
        word.bytes().any(|b| b.is_ascii_alphabetic())
    } else {
        word.chars().any(char::is_alphabetic)
    }
}

#[derive(Debug, Clone)]
struct Phrase {
    /// Sorted stems (the first `len`): the identity of the phrase. Inline,
    /// like the variants, so a new phrase costs no allocation.
    stems: [TermId; MAX_WORDS],
    len: u8,
    count: u32,
    /// Number of documents it occurs in (they are listed, for the few
    /// phrases that need it, from `PhraseIndex::by_doc`).
    n_docs: u32,
    /// The last document (index) it was seen in.
    last_doc: u32,
    /// (doc, byte range, count) of distinct surface forms.
    variants: [Variant; MAX_VARIANTS],
    n_variants: u8,
}

/// A surface form of a phrase: document, byte range in its text, count.
#[derive(Debug, Clone, Copy, Default)]
struct Variant {
    doc: u32,
    start: u32,
    end: u32,
    count: u32,
}

impl Variant {
    fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl Phrase {
    fn stems(&self) -> &[TermId] {
        &self.stems[..self.len as usize]
    }

    fn variants(&self) -> &[Variant] {
        &self.variants[..self.n_variants as usize]
    }
}

/// Phrase occurrences of a set of documents.
#[derive(Debug, Clone, Default)]
pub(crate) struct PhraseIndex {
    phrases: Vec<Phrase>,
    /// Per analysed document (in `scope` order), its phrase occurrences.
    by_doc: Vec<(usize, Vec<u32>)>,
    /// [`PhraseIndex::eligible`] per phrase, once known: 0 unknown, 1 no, 2 yes.
    eligible: Vec<std::cell::Cell<u8>>,
}

impl PhraseIndex {
    /// Scans the body sentences of the documents in `scope`.
    pub fn new(analysis: &Analysis, scope: &[usize]) -> PhraseIndex {
        let mut index: FxHashMap<[TermId; MAX_WORDS], u32> = FxHashMap::default();
        let mut out = PhraseIndex::default();
        let mut run: Vec<(TermId, Range<usize>)> = Vec::new();
        for &d in scope {
            let Some(da) = analysis.docs.get(d) else { continue };
            let text = da.doc.text.as_str();
            let mut occurrences = Vec::new();
            for s in da.sentences.iter().filter(|s| s.kind == SentenceKind::Body) {
                let Some(sentence) = text.get(s.range.clone()) else { continue };
                let mut prev_end = 0;
                run.clear();
                let mut flush = |run: &mut Vec<(TermId, Range<usize>)>, occurrences: &mut Vec<u32>| {
                    for start in 0..run.len() {
                        for len in 1..=MAX_WORDS.min(run.len() - start) {
                            let part = &run[start..start + len];
                            // The sorted stems, padded; a repeated stem is no phrase.
                            let mut packed = [TermId::MAX; MAX_WORDS];
                            for (slot, (t, _)) in packed.iter_mut().zip(part) {
                                *slot = *t;
                            }
                            if packed[0] > packed[1] {
                                packed.swap(0, 1);
                            }
                            if packed[1] > packed[2] {
                                packed.swap(1, 2);
                            }
                            if packed[0] > packed[1] {
                                packed.swap(0, 1);
                            }
                            if packed[..len].windows(2).any(|w| w[0] == w[1]) {
                                continue;
                            }
                            let next = out.phrases.len() as u32;
                            let id = *index.entry(packed).or_insert(next);
                            if id == next {
                                out.phrases.push(Phrase {
                                    stems: packed,
                                    len: len as u8,
                                    count: 0,
                                    n_docs: 0,
                                    last_doc: u32::MAX,
                                    variants: [Variant::default(); MAX_VARIANTS],
                                    n_variants: 0,
                                });
                            }
                            let p = &mut out.phrases[id as usize];
                            p.count += 1;
                            if p.last_doc != d as u32 {
                                p.last_doc = d as u32;
                                p.n_docs += 1;
                            }
                            let range = s.range.start + part[0].1.start..s.range.start + part[len - 1].1.end;
                            let surface = &text[range.clone()];
                            let found = p.variants().iter().position(|v| {
                                v.end - v.start == surface.len() as u32
                                    && analysis.docs[v.doc as usize].doc.text.get(v.range()) == Some(surface)
                            });
                            match found {
                                Some(v) => p.variants[v].count += 1,
                                None if (p.n_variants as usize) < MAX_VARIANTS => {
                                    p.variants[p.n_variants as usize] =
                                        Variant { doc: d as u32, start: range.start as u32, end: range.end as u32, count: 1 };
                                    p.n_variants += 1;
                                }
                                None => {}
                            }
                            occurrences.push(id);
                        }
                    }
                    run.clear();
                };
                // The analysis kept each word's range and whether it is a
                // term: the k-th term word is `terms[k]`. A word joins the
                // run before it when only spaces and hyphens stand between.
                let mut step = |r: Range<usize>,
                                term: Option<TermId>,
                                prev_end: &mut usize,
                                run: &mut Vec<(TermId, Range<usize>)>,
                                occurrences: &mut Vec<u32>| {
                    let gap = &sentence.as_bytes()[(*prev_end).min(r.start)..r.start];
                    *prev_end = r.end;
                    let joined = if gap.is_ascii() {
                        gap.iter().all(|&b| b.is_ascii_whitespace() || b == b'-' || b == 0x0B)
                    } else {
                        sentence[r.start - gap.len()..r.start].chars().all(|c| c.is_whitespace() || c == '-' || c == '‐')
                    };
                    if !joined {
                        flush(run, occurrences);
                    }
                    match term {
                        Some(t) if is_alphabetic(&sentence[r.clone()]) => run.push((t, r)),
                        _ => flush(run, occurrences),
                    }
                };
                let spans = da.words.get(s.words.start as usize..s.words.end as usize).unwrap_or(&[]);
                if spans.len() == s.word_count {
                    let mut k = 0;
                    for w in spans {
                        let r = w.range();
                        let r = r.start - s.range.start..r.end - s.range.start;
                        let term = if w.is_term() {
                            k += 1;
                            s.terms.get(k - 1).copied()
                        } else {
                            None
                        };
                        step(r, term, &mut prev_end, &mut run, &mut occurrences);
                    }
                } else {
                    // No spans kept (a text too long for them): look each word up.
                    for w in words(sentence) {
                        let term = Analysis::term_of(w.text).and_then(|t| analysis.vocab.get(&t));
                        step(w.range(), term, &mut prev_end, &mut run, &mut occurrences);
                    }
                }
                flush(&mut run, &mut occurrences);
            }
            out.by_doc.push((d, occurrences));
        }
        out.eligible = vec![std::cell::Cell::new(0); out.phrases.len()];
        out
    }

    fn keyphrase(&self, analysis: &Analysis, id: u32, score: f64, count: u32, list_documents: bool) -> Keyphrase {
        let p = &self.phrases[id as usize];
        // Most common surface form; ties go to the first seen.
        let best = p.variants().iter().enumerate().max_by(|a, b| a.1.count.cmp(&b.1.count).then(b.0.cmp(&a.0)));
        let phrase = best
            .and_then(|(_, v)| analysis.docs[v.doc as usize].doc.text.get(v.range()))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        Keyphrase {
            phrase,
            score,
            count: count as usize,
            spread: p.n_docs as usize,
            documents: if list_documents {
                self.by_doc
                    .iter()
                    .filter(|(_, occ)| occ.contains(&id))
                    .map(|&(d, _)| analysis.docs[d].doc.id.clone())
                    .collect()
            } else {
                Vec::new()
            },
        }
    }

    /// Picks the `k` best of `scored` ((phrase, score, count)), dropping
    /// phrases contained in or containing a better one.
    fn pick(&self, analysis: &Analysis, mut scored: Vec<(u32, f64, u32)>, k: usize, list_documents: bool) -> Vec<Keyphrase> {
        crate::order::sort_by(&mut scored, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut kept: Vec<(u32, f64, u32)> = Vec::new();
        for cand in scored {
            if kept.len() >= k {
                break;
            }
            let stems = self.phrases[cand.0 as usize].stems();
            let overlaps = kept.iter().any(|&(other, _, _)| {
                let o = self.phrases[other as usize].stems();
                stems.iter().all(|t| o.contains(t)) || o.iter().all(|t| stems.contains(t))
            });
            if !overlaps {
                kept.push(cand);
            }
        }
        kept.into_iter().map(|(id, score, count)| self.keyphrase(analysis, id, score, count, list_documents)).collect()
    }

    /// Whether a phrase may be a keyphrase: several words, or one word
    /// whose most common surface form is a name (capitalised or with a digit).
    fn eligible(&self, analysis: &Analysis, id: u32) -> bool {
        match self.eligible.get(id as usize).map(std::cell::Cell::get) {
            Some(1) => false,
            Some(2) => true,
            _ => {
                let e = self.test_eligible(analysis, id);
                if let Some(c) = self.eligible.get(id as usize) {
                    c.set(if e { 2 } else { 1 });
                }
                e
            }
        }
    }

    fn test_eligible(&self, analysis: &Analysis, id: u32) -> bool {
        let p = &self.phrases[id as usize];
        let best = p.variants().iter().max_by(|a, b| a.count.cmp(&b.count).then(b.start.cmp(&a.start)));
        let Some(surface) = best.and_then(|v| analysis.docs[v.doc as usize].doc.text.get(v.range())) else {
            return false;
        };
        let edge = |w: Option<&str>| w.is_some_and(|w| EDGE_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w)));
        if edge(surface.split_whitespace().next()) || edge(surface.split_whitespace().last()) {
            return false;
        }
        p.len > 1
            || surface.chars().next().is_some_and(|c| c.is_uppercase())
            || surface.chars().skip(1).any(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    fn length_factor(&self, id: u32) -> f64 {
        1.0 + LENGTH_BONUS * (self.phrases[id as usize].len as f64 - 1.0)
    }

    /// The `k` keyphrases of the whole scope: frequent, widespread phrases.
    pub fn overall(&self, analysis: &Analysis, k: usize) -> Vec<Keyphrase> {
        let min_count = if self.phrases.iter().any(|p| p.count >= 2) { 2 } else { 1 };
        let scored = (0..self.phrases.len() as u32)
            .filter(|&id| self.phrases[id as usize].count >= min_count && self.eligible(analysis, id))
            .map(|id| {
                let p = &self.phrases[id as usize];
                let score = (p.count as f64).sqrt() * (p.n_docs as f64) * self.length_factor(id);
                (id, score, p.count)
            })
            .collect();
        self.pick(analysis, scored, k, true)
    }

    /// The `k` keyphrases of each scanned document: frequent in it, and
    /// (with several documents) rarer in the others.
    pub fn per_document(&self, analysis: &Analysis, k: usize) -> Vec<DocumentKeyphrases> {
        let n = self.by_doc.len().max(1) as f64;
        let mut tally = vec![0u32; self.phrases.len()];
        self.by_doc
            .iter()
            .map(|(d, occ)| {
                // Occurrences per phrase, in first-seen order (`pick` sorts
                // by score, then id: the order here does not matter).
                let mut ids: Vec<u32> = Vec::new();
                for &id in occ {
                    let c = &mut tally[id as usize];
                    if *c == 0 {
                        ids.push(id);
                    }
                    *c += 1;
                }
                let counted: Vec<(u32, u32)> =
                    ids.iter().map(|&id| (id, std::mem::take(&mut tally[id as usize]))).collect();
                let min_count = if counted.iter().any(|c| c.1 >= 2) { 2 } else { 1 };
                let scored = counted
                    .into_iter()
                    .filter(|c| c.1 >= min_count && self.eligible(analysis, c.0))
                    .map(|(id, tf)| {
                        let df = self.phrases[id as usize].n_docs as f64;
                        let idf = (1.0 + n / df).ln();
                        (id, tf as f64 * idf * self.length_factor(id), tf)
                    })
                    .collect();
                DocumentKeyphrases { id: analysis.docs[*d].doc.id.clone(), keyphrases: self.pick(analysis, scored, k, false) }
            })
            .collect()
    }
}
