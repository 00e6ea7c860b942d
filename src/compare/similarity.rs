//! How alike whole documents are: a TF-IDF cosine matrix over stems blended
//! with second-order (shared-neighbour) similarity, and
//! near-duplicate detection (wire copy run by several outlets) with word
//! shingles and MinHash.

use serde::{Deserialize, Serialize};

use crate::text::{fold_case, term_counts, words, Analysis, SentenceKind, TermId};

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
/// Earlier members of a band bucket a document is paired with, at most.
const BUCKET_PAIRS: usize = 32;

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

/// K, the neighbourhood size of the second-order part of
/// [`similarity_matrix`]: each document's profile holds its K most similar
/// documents. (On the pooled DUC 2006 dev clusters, tests/compare_duc.rs,
/// any K from 20 to 100 with a weight from 0.3 to 0.7 gives about the same
/// 5-nearest-neighbour purity, 0.956 to 0.962; K = 10 gives 0.945 to 0.949.)
const SIMILARITY_NEIGHBOURS: usize = 30;

/// Weight of the second-order part of [`similarity_matrix`] once there are
/// K third documents to form neighbourhoods.
const SECOND_ORDER_WEIGHT: f64 = 0.5;

/// How alike every pair of documents is, 0 to 1: TF-IDF cosine blended with
/// a second-order (shared-neighbour) similarity.
///
/// * **First order**: the cosine of the documents' TF-IDF vectors over the
///   stems of their body sentences, term weight `(1 + ln tf) · ln((1 + N) / df)`.
/// * **Second order**: each document gets a profile of its K = 30 nearest
///   other documents by that cosine (only documents with a positive cosine),
///   weighted by rank: `1 − r / K` for the r-th nearest (r from 0). The
///   second-order similarity of i and j is the cosine of their profiles:
///   how much their neighbourhoods overlap, counting only third documents
///   (no profile holds its own document). Two articles on one story that
///   happen to share few words still share their neighbours; and as ranks,
///   not raw cosines, are compared, documents in dense regions (which have
///   high cosines to everything nearby) do not crowd out the neighbours of
///   documents in sparse ones.
/// * **Blend**: `(1 − β) · cosine + β · second order`, with
///   `β = 0.5 · min(1, (N − 2) / K)²`. In a small set every profile holds
///   nearly every other document, so profiles overlap by construction and
///   say little; the weight therefore starts near 0 (two documents get
///   their plain cosine, five documents 0.5 %) and reaches 0.5 from K + 2
///   documents on.
///
/// The matrix is symmetric, rounded to 6 decimals, and its diagonal is 1 for
/// any document with a weighted term (0 for one without). Documents with no
/// term in common and no shared neighbour score 0.
///
/// Cost: the cosines go through an inverted index (work grows with the
/// postings documents share); profiles take one selection per row
/// (O(N²) overall) and the profile overlaps one pass over each document's
/// in-neighbours (at most O(N² · K)); for 1,000 documents the second-order
/// part takes a few milliseconds.
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
/// assert_eq!((m[0][0], m[2][2]), (1.0, 1.0));
/// ```
pub fn similarity_matrix(analysis: &Analysis) -> Vec<Vec<f64>> {
    similarity_of_first(analysis, usize::MAX)
}

/// [`similarity_matrix`] over the first `k` documents only (term weights
/// still from all of them): the matrix is quadratic, so compare caps it.
pub(crate) fn similarity_of_first(analysis: &Analysis, k: usize) -> Vec<Vec<f64>> {
    let mut m = cosine_of_first(analysis, k);
    let n = m.len();
    let evidence = (n.saturating_sub(2) as f64 / SIMILARITY_NEIGHBOURS as f64).min(1.0);
    let beta = SECOND_ORDER_WEIGHT * evidence * evidence;
    if beta > 0.0 {
        let second = second_order(&m);
        set_symmetric(&mut m, &|i, j, c| if i == j { c } else { (1.0 - beta) * c + beta * second[i][j] });
    }
    set_symmetric(&mut m, &|_, _, v| (unit(v) * 1e6).round() / 1e6);
    m
}

/// `v` if it is a finite number in [0, 1], else the nearest such (NaN: 0).
fn unit(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Sets `m[i][j]` and `m[j][i]` to `f(i, j, m[i][j])` for every `i <= j`.
#[allow(clippy::needless_range_loop)] // both halves of a square matrix
fn set_symmetric(m: &mut [Vec<f64>], f: &dyn Fn(usize, usize, f64) -> f64) {
    for i in 0..m.len() {
        for j in i..m.len() {
            let v = f(i, j, m[i][j]);
            m[i][j] = v;
            m[j][i] = v;
        }
    }
}

/// The TF-IDF cosine of every pair of documents (symmetric, 0 to 1, not
/// rounded), computed through an inverted index.
#[cfg(test)]
fn cosine_matrix(analysis: &Analysis) -> Vec<Vec<f64>> {
    cosine_of_first(analysis, usize::MAX)
}

/// [`cosine_matrix`] over the first `k` documents.
fn cosine_of_first(analysis: &Analysis, k: usize) -> Vec<Vec<f64>> {
    let mut vectors = document_vectors(analysis);
    vectors.truncate(k);
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
    set_symmetric(&mut m, &|_, _, v| unit(v));
    m
}

/// Cosine of the documents' rank-weighted nearest-neighbour profiles
/// (see [`similarity_matrix`]); zero diagonal, symmetric.
fn second_order(cos: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let n = cos.len();
    let k = SIMILARITY_NEIGHBOURS;
    // Nearest neighbours of each row: descending cosine, ties by index. A
    // non-negative f64's bits order like its value, so the key is integral.
    let mut profiles: Vec<Vec<(u32, f64)>> = Vec::with_capacity(n);
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(n);
    for (i, row) in cos.iter().enumerate() {
        keys.clear();
        keys.extend(row.iter().enumerate().filter(|&(j, &c)| j != i && c > 0.0).map(|(j, &c)| (u64::MAX - c.to_bits(), j as u32)));
        if keys.len() > k {
            keys.select_nth_unstable(k - 1);
            keys.truncate(k);
        }
        keys.sort_unstable();
        profiles.push(keys.iter().enumerate().map(|(r, &(_, j))| (j, 1.0 - r as f64 / k as f64)).collect());
    }
    // Who holds each document in their profile, with what weight.
    let mut holders: Vec<Vec<(u32, f64)>> = vec![Vec::new(); n];
    for (i, p) in profiles.iter().enumerate() {
        for &(j, w) in p {
            holders[j as usize].push((i as u32, w));
        }
    }
    let norms: Vec<f64> = profiles.iter().map(|p| p.iter().map(|(_, w)| w * w).sum::<f64>().sqrt()).collect();
    let mut m = vec![vec![0.0; n]; n];
    for (i, p) in profiles.iter().enumerate() {
        let row = &mut m[i];
        for &(shared, w) in p {
            for &(j, x) in &holders[shared as usize] {
                if j as usize > i {
                    row[j as usize] += w * x;
                }
            }
        }
    }
    set_symmetric(&mut m, &|i, j, g| {
        let d = norms[i] * norms[j];
        if i != j && d > 0.0 {
            g / d
        } else {
            0.0
        }
    });
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
            for (t, count) in term_counts(&terms) {
                let df = analysis.vocab.doc_freq[t as usize].max(1) as f64;
                let w = (1.0 + (count as f64).ln()) * ((1.0 + n) / df).ln();
                if w > 0.0 {
                    v.push((t, w));
                }
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
    // A document whose whole signature repeats an earlier one's is a copy:
    // it is paired with that first occurrence only and kept out of the
    // bands (n copies would otherwise make n² pairs in every band).
    let mut first_with: std::collections::HashMap<&[u64], u32> = std::collections::HashMap::new();
    let mut buckets: std::collections::HashMap<(usize, u64), Vec<u32>> = std::collections::HashMap::new();
    for (d, sig) in signatures.iter().enumerate() {
        if sig.mins.is_empty() {
            continue;
        }
        let first = *first_with.entry(&sig.mins).or_insert(d as u32);
        if first != d as u32 {
            candidates.push((first, d as u32));
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
    // In a crowded band bucket each member is paired with the bucket's
    // first BUCKET_PAIRS members only, so the pairs stay linear in the set.
    for members in buckets.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[..x.min(BUCKET_PAIRS)] {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

    /// A made-up word per number, unique and free of stop words.
    fn word(i: usize) -> String {
        const SYL: [&str; 8] = ["ka", "lo", "mi", "ru", "te", "va", "zo", "pe"];
        format!("{}{}{}x", SYL[i % 8], SYL[(i / 8) % 8], SYL[(i / 64) % 8])
    }

    fn check_shape(m: &[Vec<f64>], what: &str) {
        for (i, row) in m.iter().enumerate() {
            assert_eq!(row.len(), m.len(), "{what}: row {i}");
            for (j, &v) in row.iter().enumerate() {
                assert!((0.0..=1.0).contains(&v) && v == m[j][i], "{what}: m[{i}][{j}] = {v}, m[{j}][{i}] = {}", m[j][i]);
            }
        }
    }

    #[test]
    fn copies_pair_with_their_first_occurrence_and_crowds_stay_linear() {
        let text = "The central bank raised its main interest rate by half a point on Tuesday, the largest rise in two decades, and said more would follow.";
        let mut docs: Vec<Document> = (0..5).map(|i| Document::new(format!("copy{i}"), text)).collect();
        docs.push(Document::new("other", "Rain fell on the coast all week and the roads were closed by the police."));
        let pairs: Vec<(String, String)> = near_duplicates(&docs, 0.5).into_iter().map(|p| (p.a, p.b)).collect();
        let expected: Vec<(String, String)> = (1..5).map(|i| ("copy0".to_string(), format!("copy{i}"))).collect();
        assert_eq!(pairs, expected, "given five copies and one other text");
        // Near (not exact) copies crowd the band buckets: each is compared
        // with a bucket's first BUCKET_PAIRS only, so far fewer than all
        // 19,900 pairs are listed, yet every copy is linked to some other.
        let crowd: Vec<Document> = (0..200).map(|i| Document::new(format!("d{i}"), format!("{text} Copy number {i}."))).collect();
        let found = near_duplicates(&crowd, 0.5);
        let linked: std::collections::HashSet<&str> = found.iter().flat_map(|p| [p.a.as_str(), p.b.as_str()]).collect();
        assert!(found.len() < 19_900 && linked.len() == 200, "got {} pairs linking {} of 200 near copies", found.len(), linked.len());
    }

    #[test]
    fn two_documents_get_their_plain_cosine() {
        let docs = [Document::new("a", "Nvidia shares fell sharply on Monday."), Document::new("b", "Shares of Nvidia fell.")];
        let a = Analysis::new(&docs);
        let (m, cos) = (similarity_matrix(&a), cosine_matrix(&a));
        let expected = (cos[0][1] * 1e6).round() / 1e6;
        assert!(m[0][1] > 0.0 && m[0][1] < 1.0 && m[0][1] == expected, "given two related texts, expected the cosine {expected}, got {}", m[0][1]);
        assert_eq!((m[0][0], m[1][1]), (1.0, 1.0));
    }

    #[test]
    fn shared_neighbours_make_documents_without_common_words_similar() {
        // x and y share no term, but both share terms with ten bridge
        // documents; thirty unrelated documents fill the pool.
        let mut docs = vec![Document::new("x", "Alpha, bravo and charlie."), Document::new("y", "Delta, echo and foxtrot.")];
        for b in 0..10 {
            docs.push(Document::new(format!("b{b}"), format!("Alpha and delta, {} and {}.", word(b), word(b + 100))));
        }
        for u in 0..30 {
            docs.push(Document::new(format!("u{u}"), format!("{}, {} and {}.", word(200 + u), word(300 + u), word(400 + u))));
        }
        let a = Analysis::new(&docs);
        let (m, cos) = (similarity_matrix(&a), cosine_matrix(&a));
        check_shape(&m, "42 documents");
        assert!(cos[0][1] == 0.0 && cos[0][2] > 0.05 && cos[1][2] > 0.05, "x, y, first bridge: cosines {} {} {}", cos[0][1], cos[0][2], cos[1][2]);
        assert!(m[0][1] > 0.2, "given x and y with ten shared neighbours, expected a similarity above 0.2, got {}", m[0][1]);
        assert_eq!(m[0][12], 0.0, "x and an unrelated document: no term, no neighbour in common");
        assert!(m.iter().enumerate().all(|(i, r)| r[i] == 1.0), "diagonal");
        assert_eq!(m, similarity_matrix(&Analysis::new(&docs)), "deterministic");
    }

    #[test]
    fn documents_without_terms_score_zero() {
        let docs = [Document::new("a", "Markets fell."), Document::new("b", "the of and"), Document::new("c", "Markets fell again.")];
        let m = similarity_matrix(&Analysis::new(&docs));
        check_shape(&m, "with an empty document");
        assert_eq!((m[1][1], m[0][1], m[1][2]), (0.0, 0.0, 0.0));
        assert!(m[0][2] > 0.5, "got {}", m[0][2]);
    }
}
