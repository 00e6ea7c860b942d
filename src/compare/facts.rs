//! Shared facts (what two or more sources report) and unique facts (what
//! only one source reports), built on the [`SentenceMatcher`].

use serde::{Deserialize, Serialize};

use crate::claims::matching::{dot, SentenceMatcher};
use crate::document::SentenceRef;
use crate::text::Analysis;

/// A sentence whose best match in any other document is below this cosine
/// is a candidate unique fact: nothing elsewhere comes close to it.
pub const UNIQUE_MAX_SIMILARITY: f64 = 0.15;

/// Body sentences shorter than this many words are not offered as unique
/// facts ("How is it possible?").
pub const UNIQUE_MIN_WORDS: usize = 6;

/// A fact reported by two or more documents: one sentence from each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedFact {
    /// Ids of the supporting documents, in input order.
    pub docs: Vec<String>,
    /// How many documents report it (the corroboration count).
    pub support: usize,
    /// The sentences that report it, one per document, in input order.
    pub sentences: Vec<SentenceRef>,
    /// The sentence that says it most centrally (most similar to the others).
    pub representative: SentenceRef,
    /// Mean cosine similarity of the links that formed the group (for a
    /// figure fact, of all its pairs of sentences).
    pub similarity: f64,
    /// True when the group comes from a shared figure about the same
    /// measured thing (a non-conflicting figure group), not from wording.
    pub by_figure: bool,
}

/// A sentence only one document reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UniqueFact {
    /// The sentence.
    pub sentence: SentenceRef,
    /// Importance within its document: closeness to the document's overall
    /// content, with a small bonus for figures and for an early position.
    pub importance: f64,
    /// Highest similarity to any sentence of another document (below
    /// [`UNIQUE_MAX_SIMILARITY`]).
    pub nearest_other: f64,
}

/// The unique facts of one document, most important first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentUniqueFacts {
    /// The document's id.
    pub doc: String,
    /// Its unique facts, most important first.
    pub facts: Vec<UniqueFact>,
}

/// Body sentences shorter than this many words do not enter shared facts
/// (a question heading like "How is it possible?" matches too easily).
pub const SHARED_MIN_WORDS: usize = 5;

/// Groups matched sentences into shared facts. `matcher` may be built at a
/// lower threshold than `threshold`; links below `threshold` are ignored.
/// `figure_facts` are sentence sets (doc, sentence) that state a compatible
/// figure about the same measured thing: each becomes a shared fact of its
/// own, and a wording group mostly inside one of them is dropped as a repeat.
///
/// Wording links are merged strongest first, and two groups merge only if
/// they have no document in common, so a group holds one sentence per
/// document and weak links cannot chain unrelated sentences together.
pub(crate) fn shared_facts(
    analysis: &Analysis,
    matcher: &SentenceMatcher,
    threshold: f64,
    figure_facts: &[Vec<(usize, usize)>],
    conflicts: &[((usize, usize), (usize, usize))],
) -> Vec<SharedFact> {
    // Node ids: one per (doc, sentence).
    let base: Vec<usize> = analysis
        .docs
        .iter()
        .scan(0, |acc, d| {
            let b = *acc;
            *acc += d.sentences.len();
            Some(b)
        })
        .collect();
    let total: usize = analysis.docs.iter().map(|d| d.sentences.len()).sum();
    let node = |d: usize, s: usize| base[d] + s;
    let long_enough = |d: usize, s: usize| analysis.docs[d].sentences.get(s).is_some_and(|x| x.word_count >= SHARED_MIN_WORDS);
    let mut edges: Vec<(f64, bool, usize, usize)> = Vec::new();
    for (d, s, m) in matcher.iter() {
        if d < m.doc && m.similarity >= threshold && long_enough(d, s) && long_enough(m.doc, m.sentence) {
            edges.push((m.similarity, false, node(d, s), node(m.doc, m.sentence)));
        }
    }
    crate::order::sort_by(&mut edges, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then((a.2, a.3).cmp(&(b.2, b.3))));
    let conflict_nodes: std::collections::HashSet<(usize, usize)> = conflicts
        .iter()
        .filter(|((da, sa), (db, sb))| *da < analysis.docs.len() && *db < analysis.docs.len() && *sa < analysis.docs[*da].sentences.len() && *sb < analysis.docs[*db].sentences.len())
        .map(|&((da, sa), (db, sb))| {
            let (x, y) = (node(da, sa), node(db, sb));
            (x.min(y), x.max(y))
        })
        .collect();

    let doc_of: Vec<usize> = (0..analysis.docs.len()).flat_map(|d| std::iter::repeat(d).take(analysis.docs[d].sentences.len())).collect();
    let mut parent: Vec<usize> = (0..total).collect();
    let mut members: Vec<Vec<usize>> = (0..total).map(|i| vec![i]).collect();
    let mut links: Vec<Vec<(usize, usize, f64, bool)>> = vec![Vec::new(); total];
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for (sim, by_fig, a, b) in edges {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra == rb {
            links[ra].push((a, b, sim, by_fig));
            continue;
        }
        // One sentence per document, and never two sentences whose figures
        // conflict ("$5.6 million" and "estimated $8 million").
        let clash = members[ra].iter().any(|&x| members[rb].iter().any(|&y| doc_of[x] == doc_of[y] || conflict_nodes.contains(&(x.min(y), x.max(y)))));
        if clash {
            continue;
        }
        let (big, small) = if members[ra].len() >= members[rb].len() { (ra, rb) } else { (rb, ra) };
        parent[small] = big;
        let moved = std::mem::take(&mut members[small]);
        members[big].extend(moved);
        let moved_links = std::mem::take(&mut links[small]);
        links[big].extend(moved_links);
        links[big].push((a, b, sim, by_fig));
    }

    let sentence_of = |n: usize| -> (usize, usize) { (doc_of[n], n - base[doc_of[n]]) };
    let vectors = &matcher.vectors;
    let cosine = |a: usize, b: usize| -> f64 {
        let ((da, sa), (db, sb)) = (sentence_of(a), sentence_of(b));
        match (vectors[da].get(sa), vectors[db].get(sb)) {
            (Some(Some(x)), Some(Some(y))) => dot(x, y),
            _ => 0.0,
        }
    };
    let mut out = Vec::new();
    // Figure facts: one sentence per document (its first claim), linked by
    // their pairwise cosine.
    let mut figure_sets: Vec<Vec<usize>> = Vec::new();
    for set in figure_facts {
        let mut group: Vec<usize> = Vec::new();
        for &(d, s) in set {
            if d < analysis.docs.len() && s < analysis.docs[d].sentences.len() && !group.iter().any(|&g| doc_of[g] == d) {
                group.push(node(d, s));
            }
        }
        group.sort_unstable();
        if group.len() < 2 || figure_sets.contains(&group) {
            continue;
        }
        let mut l = Vec::new();
        for (x, &a) in group.iter().enumerate() {
            for &b in &group[x + 1..] {
                l.push((a, b, cosine(a, b), true));
            }
        }
        figure_sets.push(group.clone());
        out.push((group, l));
    }
    for root in 0..total {
        if parent[root] != root || members[root].len() < 2 {
            continue;
        }
        let mut group = members[root].clone();
        group.sort_unstable();
        // A wording group mostly inside one figure fact repeats it.
        if figure_sets.iter().any(|f| 2 * group.iter().filter(|g| f.contains(g)).count() >= group.len()) {
            continue;
        }
        out.push((group, links[root].clone()));
    }
    let mut facts = Vec::new();
    for (group, links) in out {
        // Centrality: sum of link weights at each member.
        let mut weight = vec![0.0f64; group.len()];
        for &(a, b, sim, _) in &links {
            for (i, &g) in group.iter().enumerate() {
                if g == a || g == b {
                    weight[i] += sim;
                }
            }
        }
        let rep = (0..group.len()).max_by(|&i, &j| weight[i].total_cmp(&weight[j]).then(j.cmp(&i))).unwrap_or(0);
        let (rd, rs) = sentence_of(group[rep]);
        let sims: Vec<f64> = links.iter().map(|l| l.2).collect();
        let mean = if sims.is_empty() { 0.0 } else { sims.iter().sum::<f64>() / sims.len() as f64 };
        facts.push((group[0], SharedFact {
            docs: group.iter().map(|&g| analysis.docs[doc_of[g]].doc.id.clone()).collect(),
            support: group.len(),
            sentences: group.iter().map(|&g| { let (d, s) = sentence_of(g); analysis.sentence_ref(d, s) }).collect(),
            representative: analysis.sentence_ref(rd, rs),
            similarity: (mean * 1e4).round() / 1e4,
            by_figure: links.iter().any(|l| l.3),
        }));
    }
    // By support, then strength, then where the first sentence stands
    // (node ids follow input order).
    crate::order::sort_by(&mut facts, |(na, a), (nb, b)| b.support.cmp(&a.support).then(b.similarity.total_cmp(&a.similarity)).then(na.cmp(nb)));
    facts.into_iter().map(|(_, f)| f).collect()
}

/// Ranks each document's sentences that no other document reports.
/// `shared` lists (doc, sentence) pairs already in a shared fact or a
/// figure group; `figure_sentences` those with a figure.
pub(crate) fn unique_facts(
    analysis: &Analysis,
    matcher: &SentenceMatcher,
    shared: &std::collections::HashSet<(usize, usize)>,
    figure_sentences: &std::collections::HashSet<(usize, usize)>,
    per_doc: usize,
) -> Vec<DocumentUniqueFacts> {
    let vectors = &matcher.vectors;
    analysis
        .docs
        .iter()
        .enumerate()
        .map(|(d, da)| {
            // The document's centroid: sum of its sentence vectors.
            let mut centroid: std::collections::BTreeMap<u32, f64> = std::collections::BTreeMap::new();
            for v in vectors[d].iter().flatten() {
                for &(t, w) in v {
                    *centroid.entry(t).or_insert(0.0) += w as f64;
                }
            }
            let norm = centroid.values().map(|w| w * w).sum::<f64>().sqrt();
            let centroid: Vec<(u32, f32)> = centroid.into_iter().map(|(t, w)| (t, if norm > 0.0 { (w / norm) as f32 } else { 0.0 })).collect();
            let mut facts: Vec<UniqueFact> = da
                .body()
                .filter(|&s| da.sentences[s].word_count >= UNIQUE_MIN_WORDS && !shared.contains(&(d, s)))
                .filter_map(|s| {
                    let nearest = matcher.matches(d, s).first().map(|m| m.similarity).unwrap_or(0.0);
                    if nearest >= UNIQUE_MAX_SIMILARITY {
                        return None;
                    }
                    let v = vectors[d].get(s)?.as_ref()?;
                    let central = dot(v, &centroid);
                    let position = da.sentences[s].position as f64;
                    let figure = if figure_sentences.contains(&(d, s)) { 0.1 } else { 0.0 };
                    let importance = central + figure + 0.1 / (1.0 + position);
                    Some(UniqueFact {
                        sentence: analysis.sentence_ref(d, s),
                        importance: (importance * 1e4).round() / 1e4,
                        nearest_other: (nearest * 1e4).round() / 1e4,
                    })
                })
                .collect();
            crate::order::sort_by(&mut facts, |a, b| b.importance.total_cmp(&a.importance).then(a.sentence.start.cmp(&b.sentence.start)));
            facts.truncate(per_doc);
            DocumentUniqueFacts { doc: da.doc.id.clone(), facts }
        })
        .collect()
}
