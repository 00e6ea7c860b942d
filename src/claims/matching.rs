//! Which sentences of other documents say the same thing as this one.
//!
//! Shared by comparison (shared facts) and summarization (each summary
//! sentence's `corroborated_by`). Sentences are idf-weighted term vectors
//! (idf over body sentences); candidates come from an inverted index over
//! terms, so the work grows with the number of sentences that share a
//! rare term, never with the square of all sentences. Terms that occur in
//! a large share of sentences ("deepseek" in a DeepSeek story) produce no
//! candidates on their own but still count in the cosine of a candidate.

use crate::text::{term_counts, Analysis, SentenceKind, TermId};

/// Cosine similarity at or above which two sentences of different
/// documents are taken to report the same fact.
///
/// Chosen by reading the pairs of the bundled corpus and of the test
/// fixtures: at 0.28 paraphrases that share the key content words
/// ("trained for $5.6 million using … Nvidia chips" / "developed … for
/// approximately USD 5.6 million, utilizing around 2,000 Nvidia H800
/// chips") match; sentences that share only the story's topic words do not.
/// Figures other than years weigh double in the vectors, so two sentences
/// giving the same number about the same thing match more readily.
pub const SAME_FACT_SIMILARITY: f64 = 0.28;

/// Terms found in more than this share of all body sentences produce no
/// candidate pairs on their own (they still count in the cosine).
pub const COMMON_TERM_SHARE: f64 = 0.05;

/// Terms found in more than this many times √N of the N body sentences
/// produce no candidates on their own either (bounds the postings walked
/// per sentence on large inputs).
pub const COMMON_TERM_ROOT: f64 = 1.0;

/// At most this many candidates per sentence (the best by their rare-term
/// score) get an exact cosine: a sentence rarely says the same thing as
/// more than a few dozen others, and this bounds the work on large inputs.
pub const MAX_CANDIDATES: usize = 64;

/// Sentences a term's postings hold at most (see [`SentenceIndex::with_threshold`]).
const POSTINGS_CAP: u32 = 256;

/// Terms in at most this many sentences always produce candidates, however
/// small the input (so a five-article story keeps its matches).
pub const COMMON_TERM_FLOOR: u32 = 8;

/// Weight factor of numbers ("5.6", "2,000"), years excepted.
const NUMBER_BOOST: f64 = 2.0;

/// One sentence of another document that says the same thing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceMatch {
    /// Index of the document in [`Analysis::docs`].
    pub doc: usize,
    /// Index of the sentence in that document's [`DocAnalysis::sentences`](crate::text::DocAnalysis::sentences).
    pub sentence: usize,
    /// Cosine similarity of the two sentences' idf-weighted term vectors, 0 to 1.
    pub similarity: f64,
}

/// Finds, for every body sentence, the body sentences of other documents
/// that report the same fact.
///
/// ```
/// use parallax::{compare::SentenceMatcher, text::Analysis, Document};
/// let docs = [
///     Document::new("a", "DeepSeek trained R1 for $5.6 million using Nvidia H800 chips. Markets fell."),
///     Document::new("b", "Weather was mild. R1 was trained for $5.6 million on Nvidia H800 chips."),
/// ];
/// let analysis = Analysis::new(&docs);
/// let matcher = SentenceMatcher::new(&analysis);
/// let m = matcher.matches(0, 0);
/// assert_eq!(m.len(), 1);
/// assert_eq!((m[0].doc, m[0].sentence), (1, 1));
/// assert!(m[0].similarity >= parallax::compare::SAME_FACT_SIMILARITY);
/// // Only other documents, only sentences that say the same thing.
/// assert!(matcher.matches(0, 1).is_empty());
/// assert_eq!(matcher.corroborating_docs(1, 1), vec![0]);
/// ```
#[derive(Debug, Clone)]
pub struct SentenceMatcher {
    /// For document d, sentence s: `offsets[d][s]..offsets[d][s + 1]` in `matches`.
    offsets: Vec<Vec<usize>>,
    matches: Vec<SentenceMatch>,
    threshold: f64,
}

/// A sentence as a sparse unit vector, terms ascending.
pub(crate) type SparseVec = Vec<(TermId, f32)>;

impl SentenceMatcher {
    /// Matches at [`SAME_FACT_SIMILARITY`].
    pub fn new(analysis: &Analysis) -> Self {
        Self::with_threshold(analysis, SAME_FACT_SIMILARITY)
    }

    /// Matches at a threshold of your choice (cosine, 0 to 1).
    ///
    /// ```
    /// use parallax::{compare::SentenceMatcher, text::Analysis, Document};
    /// let docs = [Document::new("a", "Markets fell sharply."), Document::new("b", "Markets fell.")];
    /// let a = Analysis::new(&docs);
    /// assert_eq!(SentenceMatcher::with_threshold(&a, 0.99).matches(0, 0).len(), 0);
    /// assert_eq!(SentenceMatcher::with_threshold(&a, 0.1).matches(0, 0).len(), 1);
    /// ```
    pub fn with_threshold(analysis: &Analysis, threshold: f64) -> Self {
        let mut index = SentenceIndex::with_threshold(analysis, threshold);
        let mut offsets = Vec::with_capacity(index.vectors.len());
        let mut matches = Vec::new();
        for d in 0..index.vectors.len() {
            let mut offs = Vec::with_capacity(index.vectors[d].len() + 1);
            for s in 0..index.vectors[d].len() {
                offs.push(matches.len());
                index.push_matches(d, s, &mut matches);
            }
            offs.push(matches.len());
            offsets.push(offs);
        }
        SentenceMatcher { offsets, matches, threshold: index.threshold }
    }

    /// Matches computed only for the given sentences (`(doc, sentence)`
    /// pairs, indices as in [`Analysis`]); every other sentence has none.
    /// Each listed sentence gets exactly the matches [`SentenceMatcher::new`]
    /// gives it, for the cost of those sentences alone (plus building the
    /// index, linear in the input).
    ///
    /// ```
    /// use parallax::{compare::SentenceMatcher, text::Analysis, Document};
    /// let docs = [
    ///     Document::new("a", "DeepSeek trained R1 for $5.6 million using Nvidia H800 chips. Markets fell."),
    ///     Document::new("b", "Weather was mild. R1 was trained for $5.6 million on Nvidia H800 chips."),
    /// ];
    /// let a = Analysis::new(&docs);
    /// let some = SentenceMatcher::for_sentences(&a, &[(0, 0)]);
    /// assert_eq!(some.matches(0, 0), SentenceMatcher::new(&a).matches(0, 0));
    /// assert!(some.matches(1, 1).is_empty()); // not asked for
    /// ```
    pub fn for_sentences(analysis: &Analysis, sentences: &[(usize, usize)]) -> Self {
        let mut index = SentenceIndex::new(analysis);
        let mut wanted: Vec<(usize, usize)> = sentences.to_vec();
        crate::order::sort(&mut wanted);
        wanted.dedup();
        let mut offsets = Vec::with_capacity(index.vectors.len());
        let mut matches = Vec::new();
        let mut next = 0;
        for d in 0..index.vectors.len() {
            let mut offs = Vec::with_capacity(index.vectors[d].len() + 1);
            for s in 0..index.vectors[d].len() {
                offs.push(matches.len());
                while next < wanted.len() && wanted[next] < (d, s) {
                    next += 1;
                }
                if wanted.get(next) == Some(&(d, s)) {
                    index.push_matches(d, s, &mut matches);
                }
            }
            offs.push(matches.len());
            offsets.push(offs);
        }
        SentenceMatcher { offsets, matches, threshold: index.threshold }
    }

    /// The threshold this matcher was built with.
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// The sentences of other documents that say the same thing as sentence
    /// `sentence` of document `doc` (indices as in [`Analysis`]), most
    /// similar first. Empty for headings, furniture and out-of-range indices.
    pub fn matches(&self, doc: usize, sentence: usize) -> &[SentenceMatch] {
        let Some(offs) = self.offsets.get(doc) else { return &[] };
        match (offs.get(sentence), offs.get(sentence + 1)) {
            (Some(&a), Some(&b)) => &self.matches[a..b],
            _ => &[],
        }
    }

    /// The distinct documents (indices, ascending) with a sentence that says
    /// the same thing as sentence `sentence` of document `doc`.
    pub fn corroborating_docs(&self, doc: usize, sentence: usize) -> Vec<usize> {
        let mut docs: Vec<usize> = self.matches(doc, sentence).iter().map(|m| m.doc).collect();
        docs.sort_unstable();
        docs.dedup();
        docs
    }

    /// Every match, as (doc, sentence, match), in document and sentence order.
    ///
    /// ```
    /// use parallax::{compare::SentenceMatcher, text::Analysis, Document};
    /// let docs = [Document::new("a", "Nvidia lost $590 billion."), Document::new("b", "Nvidia lost $590 billion in value.")];
    /// let a = Analysis::new(&docs);
    /// assert_eq!(SentenceMatcher::new(&a).iter().count(), 2);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (usize, usize, &SentenceMatch)> + '_ {
        self.offsets.iter().enumerate().flat_map(move |(d, offs)| {
            offs.windows(2).enumerate().flat_map(move |(s, w)| self.matches[w[0]..w[1]].iter().map(move |m| (d, s, m)))
        })
    }
}

/// The inverted index behind [`SentenceMatcher`], answering one sentence at
/// a time: for callers that need the matches of a few sentences, not of all
/// of them (a summary needs them only for the sentences it considers).
///
/// ```
/// use parallax::{compare::{SentenceIndex, SentenceMatcher}, text::Analysis, Document};
/// let docs = [
///     Document::new("a", "Nvidia lost $590 billion in market value. Markets fell."),
///     Document::new("b", "Rain fell. Nvidia lost $590 billion of market value on Monday."),
/// ];
/// let a = Analysis::new(&docs);
/// let mut index = SentenceIndex::new(&a);
/// let m = index.matches(0, 0);
/// assert_eq!(m, SentenceMatcher::new(&a).matches(0, 0));
/// assert_eq!((m[0].doc, m[0].sentence), (1, 1));
/// assert!(index.matches(7, 7).is_empty());
/// ```
#[derive(Debug, Clone)]
pub struct SentenceIndex {
    threshold: f64,
    /// The sentence vectors (None for headings, furniture, empty sentences).
    pub(crate) vectors: Vec<Vec<Option<SparseVec>>>,
    /// Whether a term is rare enough to be indexed.
    rare: Vec<bool>,
    /// Global sentence id of each document's first sentence.
    base: Vec<usize>,
    /// (doc, sentence) of each global sentence id.
    owner: Vec<(u32, u32)>,
    /// term -> (sentence id, weight), rare terms only.
    postings: Vec<Vec<(u32, f32)>>,
    /// Per sentence id: the norm of its common-term weights, so the
    /// common part of a dot product is bounded per pair, not per query.
    common_norm: Vec<f32>,
    /// Every sentence vector in one array, by sentence id (`flat_start[id]
    /// .. flat_start[id + 1]`): the exact dot products of a query read
    /// candidates from here, one cache line away, not through three
    /// pointers each.
    flat: Vec<(TermId, f32)>,
    flat_start: Vec<u32>,
    /// Scratch: the query's weights by term, zero between queries, so an
    /// exact dot product is a branch-free gather instead of a merge.
    dense: Vec<f32>,
    /// Scratch: rare-term partial dot products, all zero between queries.
    acc: Vec<f32>,
    touched: Vec<u32>,
}

impl SentenceIndex {
    /// The index at [`SAME_FACT_SIMILARITY`].
    pub fn new(analysis: &Analysis) -> Self {
        Self::with_threshold(analysis, SAME_FACT_SIMILARITY)
    }

    /// The index at a threshold of your choice (cosine, 0 to 1).
    ///
    /// ```
    /// use parallax::{compare::SentenceIndex, text::Analysis, Document};
    /// let docs = [Document::new("a", "Markets fell sharply."), Document::new("b", "Markets fell.")];
    /// let a = Analysis::new(&docs);
    /// assert_eq!(SentenceIndex::with_threshold(&a, 0.1).matches(0, 0).len(), 1);
    /// ```
    pub fn with_threshold(analysis: &Analysis, threshold: f64) -> Self {
        let threshold = if threshold.is_finite() { threshold.clamp(0.0, 1.0) } else { SAME_FACT_SIMILARITY };
        let vectors = sentence_vectors(analysis);
        let total: usize = vectors.iter().map(|d| d.iter().filter(|v| v.is_some()).count()).sum();
        // Rare enough to index: at most COMMON_TERM_SHARE of the sentences
        // and at most COMMON_TERM_ROOT·√N, so postings stay short at scale,
        // and never over POSTINGS_CAP, so that past 65,000 sentences the
        // work per query stops growing (linear in the set, not N^1.5).
        let by_share = (total as f64 * COMMON_TERM_SHARE) as u32;
        let by_root = ((COMMON_TERM_ROOT * (total as f64).sqrt()) as u32).min(POSTINGS_CAP);
        let limit = by_share.min(by_root).max(COMMON_TERM_FLOOR);
        let rare: Vec<bool> = (0..analysis.vocab.len()).map(|t| analysis.vocab.sentence_freq.get(t).is_some_and(|&f| f <= limit)).collect();

        let mut base = Vec::with_capacity(vectors.len());
        let mut all = 0usize;
        for d in &vectors {
            base.push(all);
            all += d.len();
        }
        let mut owner: Vec<(u32, u32)> = Vec::with_capacity(all);
        let mut common_norm: Vec<f32> = Vec::with_capacity(all);
        let mut flat: Vec<(TermId, f32)> = Vec::new();
        let mut flat_start: Vec<u32> = Vec::with_capacity(all + 1);
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); analysis.vocab.len()];
        for (d, doc) in vectors.iter().enumerate() {
            for (s, v) in doc.iter().enumerate() {
                owner.push((d as u32, s as u32));
                let mut common_sq = 0.0f64;
                flat_start.push(flat.len() as u32);
                if let Some(v) = v {
                    flat.extend_from_slice(v);
                    for &(t, w) in v {
                        if rare[t as usize] {
                            postings[t as usize].push(((base[d] + s) as u32, w));
                        } else {
                            common_sq += (w as f64) * (w as f64);
                        }
                    }
                }
                common_norm.push(common_sq.sqrt() as f32);
            }
        }
        flat_start.push(flat.len() as u32);
        SentenceIndex { threshold, vectors, rare, base, owner, postings, common_norm, flat, flat_start, dense: vec![0.0; analysis.vocab.len()], acc: vec![0.0; all], touched: Vec::new() }
    }

    /// The threshold this index matches at.
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// The sentences of other documents that say the same thing as sentence
    /// `sentence` of document `doc`: the same as
    /// [`SentenceMatcher::matches`], computed now. Empty for headings,
    /// furniture and out-of-range indices.
    pub fn matches(&mut self, doc: usize, sentence: usize) -> Vec<SentenceMatch> {
        let mut out = Vec::new();
        self.push_matches(doc, sentence, &mut out);
        out
    }

    /// Appends the matches of one sentence to `out`, most similar first.
    fn push_matches(&mut self, d: usize, s: usize, out: &mut Vec<SentenceMatch>) {
        let Some(Some(v)) = self.vectors.get(d).and_then(|doc| doc.get(s)) else { return };
        let own = self.base[d]..self.base[d] + self.vectors[d].len();
        // Accumulate the rare-term part of the dot product over the
        // postings; the common-term part is at most the product of the two
        // sentences' common-term norms (Cauchy–Schwarz), so only
        // candidates that can still reach the threshold get an exact dot
        // product.
        let mut common_sq = 0.0f64;
        for &(t, w) in v {
            if self.rare[t as usize] {
                for &(id, x) in &self.postings[t as usize] {
                    if own.contains(&(id as usize)) {
                        continue;
                    }
                    let slot = &mut self.acc[id as usize];
                    if *slot == 0.0 {
                        self.touched.push(id);
                    }
                    *slot += w * x;
                }
            } else {
                common_sq += (w as f64) * (w as f64);
            }
        }
        let bound = common_sq.sqrt();
        let threshold = self.threshold;
        let common_norm = &self.common_norm;
        // Keep the candidates that can still reach the threshold, and of
        // those the MAX_CANDIDATES best by their rare-term part.
        let mut cands: Vec<(f32, u32)> = Vec::with_capacity(self.touched.len());
        for &id in &self.touched {
            let partial = self.acc[id as usize];
            self.acc[id as usize] = 0.0;
            if partial as f64 + bound * common_norm[id as usize] as f64 + 1e-6 >= threshold {
                cands.push((partial, id));
            }
        }
        self.touched.clear();
        if cands.len() > MAX_CANDIDATES {
            cands.select_nth_unstable_by(MAX_CANDIDATES - 1, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            cands.truncate(MAX_CANDIDATES);
        }
        // (No need to order the candidates: the matches get a total order below.)
        let start = out.len();
        for &(t, w) in v {
            self.dense[t as usize] = w;
        }
        for &(_, id) in &cands {
            let w = &self.flat[self.flat_start[id as usize] as usize..self.flat_start[id as usize + 1] as usize];
            if w.is_empty() {
                continue;
            }
            // The same sum as `dot(v, w)`, term by term in the same order
            // (terms of w that v lacks add an exact zero).
            let sim = w.iter().map(|&(t, x)| self.dense[t as usize] as f64 * x as f64).sum::<f64>().clamp(0.0, 1.0);
            if sim >= threshold {
                let (od, os) = self.owner[id as usize];
                out.push(SentenceMatch { doc: od as usize, sentence: os as usize, similarity: sim });
            }
        }
        for &(t, _) in v {
            self.dense[t as usize] = 0.0;
        }
        crate::order::sort_by(&mut out[start..], |a, b| {
            b.similarity.total_cmp(&a.similarity).then(a.doc.cmp(&b.doc)).then(a.sentence.cmp(&b.sentence))
        });
    }
}

/// Unit idf-weighted vectors of the body sentences (None for other kinds
/// and for sentences without terms). Term frequency is damped (1 + ln tf)
/// so a repeated word does not dominate.
pub(crate) fn sentence_vectors(analysis: &Analysis) -> Vec<Vec<Option<SparseVec>>> {
    let total: usize = analysis.docs.iter().map(|d| d.body_len()).sum();
    let n = total.max(1) as f64;
    analysis
        .docs
        .iter()
        .map(|da| {
            da.sentences
                .iter()
                .map(|s| {
                    if s.kind != SentenceKind::Body || s.terms.is_empty() {
                        return None;
                    }
                    let mut terms = s.terms.clone();
                    terms.sort_unstable();
                    let mut v: SparseVec = Vec::with_capacity(terms.len());
                    for (t, count) in term_counts(&terms) {
                        let tf = 1.0 + (count as f64).ln();
                        let sf = analysis.vocab.sentence_freq[t as usize].max(1) as f64;
                        // A shared figure ("5.6", "2,000") is strong evidence of a shared fact.
                        let boost = if is_figure_term(analysis.vocab.term(t)) { NUMBER_BOOST } else { 1.0 };
                        v.push((t, (boost * tf * (1.0 + n / sf).ln()) as f32));
                    }
                    let norm = v.iter().map(|&(_, x)| (x as f64) * (x as f64)).sum::<f64>().sqrt();
                    if norm <= 0.0 {
                        return None;
                    }
                    for e in &mut v {
                        e.1 = (e.1 as f64 / norm) as f32;
                    }
                    Some(v)
                })
                .collect()
        })
        .collect()
}

/// A number that is not a year ("5.6", "2,000"; not "2023", nor a model name like "h800").
fn is_figure_term(term: &str) -> bool {
    let is_year = term.len() == 4 && term.bytes().all(|b| b.is_ascii_digit()) && (term.starts_with("19") || term.starts_with("20"));
    !is_year && term.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// Dot product of two sorted sparse vectors.
pub(crate) fn dot(a: &[(TermId, f32)], b: &[(TermId, f32)]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0f64);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 as f64 * b[j].1 as f64;
                i += 1;
                j += 1;
            }
        }
    }
    sum.clamp(0.0, 1.0)
}
