//! How alike whole documents are: a TF-IDF cosine matrix over stems, and
//! near-duplicate detection (wire copy run by several outlets) with word
//! shingles and MinHash.

use serde::{Deserialize, Serialize};

use crate::text::{fold_case, words, Analysis, SentenceKind, TermId};

/// Estimated Jaccard similarity of shingle sets at or above which two
/// documents are reported as near-duplicates.
pub const NEAR_DUPLICATE_JACCARD: f64 = 0.5;

/// Words per shingle for near-duplicate detection.
pub const SHINGLE_WORDS: usize = 5;

/// Bins of a MinHash signature (one-permutation hashing; bands × rows for
/// the LSH index).
pub const MINHASH_SIZE: usize = 128;
const LSH_BANDS: usize = 32;
const LSH_ROWS: usize = MINHASH_SIZE / LSH_BANDS;

/// Two documents that are largely the same text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NearDuplicate {
    /// Id of the earlier document (input order).
    pub a: String,
    /// Id of the later document.
    pub b: String,
    /// MinHash estimate of the Jaccard similarity of their
    /// [`SHINGLE_WORDS`]-word shingle sets, 0 to 1.
    pub jaccard: f64,
}

/// The TF-IDF cosine similarity of every pair of documents, over the stems
/// of their body sentences: term weight `(1 + ln tf) · ln((1 + N) / df)`.
/// The diagonal is 1 for any document with a weighted term.
///
/// Computed through an inverted index (work grows with the postings that
/// documents share, not with a dense vocabulary × document product).
///
/// ```
/// use parallax::{compare::similarity_matrix, text::Analysis, Document};
/// let docs = [
///     Document::new("a", "Nvidia shares fell sharply."),
///     Document::new("b", "Nvidia shares fell."),
///     Document::new("c", "Rain is expected."),
/// ];
/// let m = similarity_matrix(&Analysis::new(&docs));
/// assert!(m[0][1] > 0.5 && m[0][2] == 0.0);
/// assert_eq!(m[0][1], m[1][0]);
/// ```
pub fn similarity_matrix(analysis: &Analysis) -> Vec<Vec<f64>> {
    let vectors = document_vectors(analysis);
    let n = vectors.len();
    let mut postings: Vec<Vec<(u32, f64)>> = vec![Vec::new(); analysis.vocab.len()];
    for (d, v) in vectors.iter().enumerate() {
        for &(t, w) in v {
            postings[t as usize].push((d as u32, w));
        }
    }
    let mut m = vec![vec![0.0; n]; n];
    for (i, v) in vectors.iter().enumerate() {
        let row = &mut m[i];
        for &(t, w) in v {
            for &(j, x) in &postings[t as usize] {
                if j as usize >= i {
                    row[j as usize] += w * x;
                }
            }
        }
    }
    for i in 0..n {
        for j in i..n {
            let v = if m[i][j].is_finite() { m[i][j].clamp(0.0, 1.0) } else { 0.0 };
            let v = (v * 1e6).round() / 1e6;
            m[i][j] = v;
            m[j][i] = v;
        }
    }
    m
}

/// Unit TF-IDF vectors of the documents (terms ascending).
pub(crate) fn document_vectors(analysis: &Analysis) -> Vec<Vec<(TermId, f64)>> {
    let n = analysis.docs.len() as f64;
    analysis
        .docs
        .iter()
        .map(|da| {
            let mut terms: Vec<TermId> = da
                .sentences
                .iter()
                .filter(|s| s.kind == SentenceKind::Body)
                .flat_map(|s| s.terms.iter().copied())
                .collect();
            terms.sort_unstable();
            let mut v = Vec::new();
            let mut i = 0;
            while i < terms.len() {
                let t = terms[i];
                let mut j = i;
                while j < terms.len() && terms[j] == t {
                    j += 1;
                }
                let df = analysis.vocab.doc_freq[t as usize].max(1) as f64;
                let w = (1.0 + ((j - i) as f64).ln()) * ((1.0 + n) / df).ln();
                if w > 0.0 {
                    v.push((t, w));
                }
                i = j;
            }
            let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            if norm > 0.0 {
                for e in &mut v {
                    e.1 /= norm;
                }
            }
            v
        })
        .collect()
}

/// A MinHash signature of a document's word shingles.
///
/// ```
/// use parallax::compare::MinHash;
/// let a = MinHash::of_text("the quick brown fox jumps over the lazy dog today", 3);
/// let b = MinHash::of_text("the quick brown fox jumps over the lazy dog tonight", 3);
/// let c = MinHash::of_text("markets fell sharply after the launch of a new model", 3);
/// assert!(a.jaccard(&b) > 0.5);
/// assert!(a.jaccard(&c) < 0.2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinHash {
    mins: Vec<u64>,
}

impl MinHash {
    /// The signature of `text`'s shingles of `k` consecutive case-folded
    /// words (stop words included: wire copy keeps them). A text shorter than
    /// `k` words is one shingle; a text without words has an empty
    /// signature that matches nothing.
    pub fn of_text(text: &str, k: usize) -> MinHash {
        let k = k.max(1);
        let hashes: Vec<u64> = words(text).map(|w| fnv1a(fold_case(w.text).as_bytes())).collect();
        let mut mins = vec![u64::MAX; MINHASH_SIZE];
        if hashes.is_empty() {
            return MinHash { mins: Vec::new() };
        }
        // One-permutation hashing: each shingle is hashed once and lands in
        // one of MINHASH_SIZE bins, which keeps its minimum; empty bins stay
        // u64::MAX and are left out of the estimate.
        let windows = hashes.len().saturating_sub(k) + 1;
        for start in 0..windows {
            let end = (start + k).min(hashes.len());
            let mut h = 0xcbf2_9ce4_8422_2325u64;
            for &x in &hashes[start..end] {
                h = splitmix(h ^ x);
            }
            let bin = (h % MINHASH_SIZE as u64) as usize;
            let v = h / MINHASH_SIZE as u64;
            if v < mins[bin] {
                mins[bin] = v;
            }
        }
        // Densification (Shrivastava & Li 2014): an empty bin borrows the
        // next non-empty bin's value, mixed with the distance, so short
        // texts still fill every band.
        let filled: Vec<u64> = mins.clone();
        for i in 0..MINHASH_SIZE {
            if filled[i] != u64::MAX {
                continue;
            }
            if let Some(d) = (1..MINHASH_SIZE).find(|&d| filled[(i + d) % MINHASH_SIZE] != u64::MAX) {
                mins[i] = splitmix(filled[(i + d) % MINHASH_SIZE] ^ (d as u64).wrapping_mul(0x9e37_79b9)) / MINHASH_SIZE as u64;
            }
        }
        MinHash { mins }
    }

    /// Estimated Jaccard similarity of the two shingle sets, 0 to 1.
    pub fn jaccard(&self, other: &MinHash) -> f64 {
        if self.mins.is_empty() || other.mins.is_empty() {
            return 0.0;
        }
        let (mut same, mut used) = (0usize, 0usize);
        for (a, b) in self.mins.iter().zip(&other.mins) {
            if *a == u64::MAX && *b == u64::MAX {
                continue;
            }
            used += 1;
            if a == b {
                same += 1;
            }
        }
        if used == 0 {
            0.0
        } else {
            same as f64 / used as f64
        }
    }
}

/// Pairs of documents whose estimated shingle Jaccard similarity is at
/// least `threshold`, found through locality-sensitive hashing (bands of
/// the signatures), so only colliding pairs are compared.
///
/// ```
/// use parallax::{compare::near_duplicates, Document};
/// let wire = "Chinese start-up DeepSeek said on Monday its R1 model cost $5.6 million to train, far less than rivals.";
/// let docs = [
///     Document::new("a", wire),
///     Document::new("b", format!("{wire} Shares of Nvidia fell.")),
///     Document::new("c", "A different story about the weather in Paris this week, with rain."),
/// ];
/// let pairs = near_duplicates(&docs, 0.5);
/// assert_eq!(pairs.len(), 1);
/// assert_eq!((pairs[0].a.as_str(), pairs[0].b.as_str()), ("a", "b"));
/// ```
pub fn near_duplicates(docs: &[crate::Document], threshold: f64) -> Vec<NearDuplicate> {
    let signatures: Vec<MinHash> = docs.iter().map(|d| MinHash::of_text(&d.text, SHINGLE_WORDS)).collect();
    let mut candidates: Vec<(u32, u32)> = Vec::new();
    let mut buckets: std::collections::HashMap<(usize, u64), Vec<u32>> = std::collections::HashMap::new();
    for (d, sig) in signatures.iter().enumerate() {
        if sig.mins.is_empty() {
            continue;
        }
        for band in 0..LSH_BANDS {
            let rows = &sig.mins[band * LSH_ROWS..(band + 1) * LSH_ROWS];
            // A band with an empty bin says nothing (short texts).
            if rows.contains(&u64::MAX) {
                continue;
            }
            let mut h = band as u64;
            for &r in rows {
                h = splitmix(h ^ r);
            }
            buckets.entry((band, h)).or_default().push(d as u32);
        }
    }
    for members in buckets.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                candidates.push((i.min(j), i.max(j)));
            }
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    let mut out: Vec<NearDuplicate> = candidates
        .into_iter()
        .filter_map(|(i, j)| {
            let jac = signatures[i as usize].jaccard(&signatures[j as usize]);
            (jac >= threshold).then(|| NearDuplicate {
                a: docs[i as usize].id.clone(),
                b: docs[j as usize].id.clone(),
                jaccard: jac,
            })
        })
        .collect();
    out.sort_by(|x, y| y.jaccard.total_cmp(&x.jaccard).then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b))));
    out
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

const fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}
