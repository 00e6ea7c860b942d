//! Fact clusters: the sentences of all documents that report one fact,
//! with the value consensus of its figures and its disputes.
//!
//! One source of truth for every count a reader sees: the comparison's
//! shared facts, conflicts and unique facts and a summary sentence's
//! `corroborated_by` all read these clusters.
//!
//! How they form, in linear work:
//!
//! 1. every figure group about a concrete quantity (money, counts,
//!    percentages) seeds a cluster with its sentences, whether its values
//!    agree or not: the same measured thing is one fact, and differing
//!    values are its disagreement; a claimed figure of the same kind and
//!    unit a sentence or two from one of its members in the same document
//!    joins it too ("trained on 2,000 chips" … "Wang claimed it has 50,000
//!    H100s, yet to be verified");
//! 2. candidate pairs of sentences come from the inverted index over rare
//!    terms (at most [`MAX_CANDIDATES`](super::MAX_CANDIDATES) each) and
//!    get the [same-fact score](super::PairEvidence); pairs at or above the
//!    threshold are linked strongest first, one sentence per document per
//!    cluster, so weak links cannot chain unrelated sentences;
//! 3. a wording cluster mostly inside a figure cluster joins it; the rest
//!    are clusters of their own.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::claim::{claims, Claim, Stance};
use super::figures::{format_value, group_claims, overlaps, scan_all, Context, FigureClaim, FigureGroup, FigureKind};
use super::matching::{dot, SentenceIndex};
use super::same_fact::{name_overlap, PairEvidence, MAX_ANCHOR_LIFT};
use crate::document::SentenceRef;
use crate::text::Analysis;
use crate::text::Lowercase;

/// Cosine from which a pair of sentences is scored at all (the anchors can
/// lift a pair this loose over the same-fact line, never a looser one).
const CANDIDATE_COSINE: f64 = 0.15;
/// Inputs with at most this many body sentences score every pair that
/// shares a term, so the fact similarity ranks loose pairs too (the work
/// stays tiny).
const SCORE_ALL_PAIRS_UP_TO: usize = 200;

/// Sentences shorter than this many words join clusters only through a
/// figure ("How is it possible?" matches too easily).
pub const CLUSTER_MIN_WORDS: usize = 5;

/// A name in at most this share of the body sentences is rare: sharing
/// it anchors two sentences to one fact.
const RARE_NAME_SHARE: f64 = 0.1;
/// Names in at most this many sentences are always rare (small inputs).
const RARE_NAME_FLOOR: u32 = 3;

/// Sentence distance within one document at which a claimed figure joins
/// the figure cluster it contests.
const CONTEST_DISTANCE: usize = 2;

/// One sentence of a cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterMember {
    /// The sentence: document id, byte and UTF-16 ranges, text.
    #[serde(flatten)]
    pub sentence: SentenceRef,
    /// Indices (in [`Comparison::figures`](crate::Comparison::figures)) of
    /// its figures that this cluster is about.
    pub figures: Vec<usize>,
    /// How the sentence vouches for what it says.
    pub stance: Stance,
    /// True when the sentence is negated.
    pub negated: bool,
}

/// One value of a cluster's figure and who gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueReport {
    /// The value in the group's unit (the commonest exact value of the claims
    /// that agree on it).
    pub value: f64,
    /// The value in words ("1 trillion USD").
    pub label: String,
    /// Ids of the documents giving it, in input order.
    pub docs: Vec<String>,
    /// Indices of the claims (in `Comparison::figures`) that give it.
    pub claims: Vec<usize>,
    /// True when every claim of this value is attributed ("claimed",
    /// "according to") or doubted in its sentence.
    pub claimed: bool,
}

/// Which documents give which value of a cluster's figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureConsensus {
    /// Index of the figure group in [`Comparison::figure_groups`](crate::Comparison::figure_groups).
    pub group: usize,
    /// What is measured, in the words of one claim.
    pub measured: String,
    /// The unit of the values.
    pub unit: String,
    /// The values, most widely reported first. Claims whose intervals
    /// overlap (allowing for their hedges) give one value.
    pub values: Vec<ValueReport>,
    /// True when all claims fit one value.
    pub agreed: bool,
    /// Index in `values` of the value most documents give, when one does.
    pub majority: Option<usize>,
    /// Documents that give only a value other than the majority's.
    pub outliers: Vec<String>,
}

/// A value attributed to someone and contested, in another source or in
/// the same one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dispute {
    /// Index in [`FactCluster::members`] of the sentence making the claim.
    pub member: usize,
    /// Index in [`FigureConsensus::values`] of the contested value, when the
    /// claim is a figure.
    pub value: Option<usize>,
    /// Who makes the claim, when a name stands before the attribution.
    pub claimant: Option<String>,
    /// The words that mark it as a claim or doubt it ("claimed", "yet to be verified").
    pub cues: Vec<String>,
    /// Documents that contest it: with another value, or by doubting it.
    pub contested_by: Vec<String>,
}

/// The sentences of all documents that report one fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactCluster {
    /// Ids of the documents that report it, in input order.
    pub docs: Vec<String>,
    /// How many documents report it.
    pub support: usize,
    /// The sentences, in input and text order.
    pub members: Vec<ClusterMember>,
    /// Index in `members` of the sentence that says it most centrally.
    pub representative: usize,
    /// Mean same-fact score of the links that formed it.
    pub score: f64,
    /// For a fact about a figure: which documents give which value.
    pub consensus: Option<FigureConsensus>,
    /// True when its figures disagree (the fact is shared, the value is not).
    pub disagreement: bool,
    /// Claims in it that someone contests.
    pub disputes: Vec<Dispute>,
}

/// Everything the claim layer knows about a set of documents.
#[derive(Debug, Clone)]
pub(crate) struct ClusterSet {
    /// Figures with their grouping contexts, in document and text order.
    pub figures: Vec<(FigureClaim, Context)>,
    /// Groups of figures about one measured thing.
    pub figure_groups: Vec<FigureGroup>,
    /// Clusters of two or more documents, and disputed ones of one.
    pub clusters: Vec<FactCluster>,
    /// Per document and sentence: its best-supported cluster, if any.
    pub of_sentence: Vec<Vec<Option<usize>>>,
    /// Per document and sentence: highest cosine with a sentence of another document.
    pub nearest_other: Vec<Vec<f64>>,
    /// Per document and sentence: (other document, same-fact score) of the
    /// best-scoring sentence in each other document, for the fact similarity.
    pub best_per_doc: Vec<Vec<Vec<(u32, f32)>>>,
    /// The sentence vectors (None for headings, furniture, empty sentences).
    pub vectors: Vec<Vec<Option<super::matching::SparseVec>>>,
    /// Per document and sentence: its claim (None for headings and furniture).
    pub claims: Vec<Vec<Option<Claim>>>,
}

/// Each document id's position (the last, for a repeated id), in the
/// crate's one string-keyed B-tree type.
pub(crate) fn doc_positions(analysis: &Analysis) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for (i, d) in analysis.docs.iter().enumerate() {
        out.insert(d.doc.id.clone(), i);
    }
    out
}

impl ClusterSet {
    /// Builds the claims, figure groups and clusters of `analysis`;
    /// `names` are the entity mentions as (doc, byte offset, canonical name).
    pub(crate) fn new(analysis: &Analysis, names: &[(usize, usize, String)], threshold: f64) -> ClusterSet {
        let doc_order = doc_positions(analysis);
        let figures = scan_all(analysis);
        let figure_groups = group_claims(&figures, &doc_order);
        let plain: Vec<FigureClaim> = figures.iter().map(|(c, _)| c.clone()).collect();
        let claims = claims(analysis, &plain, names);
        drop(plain);
        let ndocs = analysis.docs.len();
        let mut group_of: Vec<Option<usize>> = vec![None; figures.len()];
        for (g, grp) in figure_groups.iter().enumerate() {
            for &i in &grp.claims {
                group_of[i] = Some(g);
            }
        }
        // Names as ids (so the pair loop compares integers, not strings),
        // weighted by rarity: rarer names (by body sentences naming them)
        // count more.
        // (String-keyed with usize values: the crate's one B-tree type, so
        // the wasm holds one instance of its code.)
        let mut name_id: BTreeMap<String, usize> = BTreeMap::new();
        let mut name_freq: Vec<u32> = Vec::new();
        let mut body = 0u32;
        let name_ids: Vec<Vec<Vec<u32>>> = claims
            .iter()
            .map(|doc| {
                doc.iter()
                    .map(|c| {
                        let Some(c) = c else { return Vec::new() };
                        body += 1;
                        let mut ids: Vec<u32> = c
                            .entities
                            .iter()
                            .map(|n| {
                                let id = match name_id.get(n.as_str()) {
                                    Some(&id) => id,
                                    None => {
                                        name_id.insert(n.clone(), name_freq.len());
                                        name_freq.push(0);
                                        name_freq.len() - 1
                                    }
                                };
                                name_freq[id] += 1;
                                id as u32
                            })
                            .collect();
                        ids.sort_unstable();
                        ids
                    })
                    .collect()
            })
            .collect();
        drop(name_id);
        let name_weight: Vec<f64> = name_freq.iter().map(|&f| (1.0 + body.max(1) as f64 / f.max(1) as f64).ln()).collect();
        let rare_limit = ((body as f64 * RARE_NAME_SHARE) as u32).max(RARE_NAME_FLOOR);
        let rare_name: Vec<bool> = name_freq.iter().map(|&f| f <= rare_limit).collect();

        // Small inputs score every pair sharing a term; large ones only
        // pairs whose wording the anchors could still lift to a link (a
        // looser pair would only add a near-miss credit to the fact
        // similarity, at the cost of most of the pairs).
        let floor = if (body as usize) <= SCORE_ALL_PAIRS_UP_TO { 0.0 } else { (threshold - MAX_ANCHOR_LIFT).max(CANDIDATE_COSINE) };
        let mut index = SentenceIndex::with_threshold(analysis, floor);
        let words = |d: usize, s: usize| analysis.docs[d].sentences.get(s).map_or(0, |x| x.word_count);
        let mut nearest_other: Vec<Vec<f64>> = analysis.docs.iter().map(|d| vec![0.0; d.sentences.len()]).collect();
        let mut best_per_doc: Vec<Vec<Vec<(u32, f32)>>> = analysis.docs.iter().map(|d| vec![Vec::new(); d.sentences.len()]).collect();
        // (score, a, b) with a < b as (doc, sentence).
        let mut edges: Vec<(f64, (usize, usize), (usize, usize))> = Vec::new();
        // Scored pairs, stably sorted by pair once all are in (the last
        // score of a pair counts): looked up by binary search.
        let mut scored: Vec<(((usize, usize), (usize, usize)), f64)> = Vec::new();
        let evidence = |a: &Claim, b: &Claim, lexical: f64| -> PairEvidence {
            let (na, nb) = (&name_ids[a.doc][a.sentence], &name_ids[b.doc][b.sentence]);
            let mut same_measure = false;
            let mut other_measure = false;
            for &x in &a.figures {
                for &y in &b.figures {
                    match (group_of[x], group_of[y]) {
                        (Some(g), Some(h)) if g == h => same_measure = true,
                        _ => {
                            let (fx, fy) = (&figures[x].0, &figures[y].0);
                            if fx.kind != FigureKind::Year && fx.kind == fy.kind && fx.unit == fy.unit && overlaps(fx, fy) {
                                other_measure = true;
                            }
                        }
                    }
                }
            }
            PairEvidence {
                lexical,
                same_measure,
                other_measure,
                names: name_overlap(na, nb, |&n| name_weight[n as usize]),
                rare_name: na.iter().any(|&n| rare_name[n as usize] && nb.binary_search(&n).is_ok()),
                opposite_negation: a.negated != b.negated,
            }
        };
        for d in 0..ndocs {
            for s in 0..analysis.docs[d].sentences.len() {
                let Some(Some(a)) = claims[d].get(s) else { continue };
                let ms = index.matches(d, s);
                if let Some(m) = ms.first() {
                    nearest_other[d][s] = m.similarity;
                }
                for m in ms {
                    let Some(Some(b)) = claims[m.doc].get(m.sentence) else { continue };
                    let e = evidence(a, b, m.similarity);
                    let score = e.score();
                    let best = &mut best_per_doc[d][s];
                    match best.iter_mut().find(|x| x.0 as usize == m.doc) {
                        Some(x) => x.1 = x.1.max(score as f32),
                        None => best.push((m.doc as u32, score as f32)),
                    }
                    if d < m.doc && m.similarity >= CANDIDATE_COSINE {
                        scored.push((((d, s), (m.doc, m.sentence)), score));
                        if e.same_fact_at(threshold) && words(d, s) >= CLUSTER_MIN_WORDS && words(m.doc, m.sentence) >= CLUSTER_MIN_WORDS {
                            edges.push((score, (d, s), (m.doc, m.sentence)));
                        }
                    }
                }
            }
        }
        for row in best_per_doc.iter_mut().flatten() {
            crate::order::sort_by_key(row, |x| x.0);
        }
        crate::order::sort_by(&mut scored, |a, b| a.0.cmp(&b.0));

        // 1. Figure clusters, one per group about a concrete quantity.
        let mut seeds: Vec<Seed> = Vec::new();
        for (g, grp) in figure_groups.iter().enumerate() {
            if !matches!(grp.kind, FigureKind::Money | FigureKind::Count | FigureKind::Percent) {
                continue;
            }
            let mut seed = Seed { group: Some(g), members: Vec::new() };
            for &i in &grp.claims {
                let (c, x) = &figures[i];
                if let Some(s) = super::claim::sentence_at(analysis, x.doc, c.start) {
                    seed.add(x.doc, s, Some(i));
                }
            }
            seeds.push(seed);
        }
        // A claimed figure near a member, same kind and unit, joins as a contested value.
        for (i, (c, x)) in figures.iter().enumerate() {
            if group_of[i].is_some() || x.vague {
                continue;
            }
            let Some(s) = super::claim::sentence_at(analysis, x.doc, c.start) else { continue };
            let stance = claims[x.doc].get(s).and_then(|c| c.as_ref()).map_or(Stance::Asserted, |c| c.stance);
            if !(c.claimed || matches!(stance, Stance::Attributed | Stance::Doubted)) {
                continue;
            }
            let home = seeds.iter().position(|seed| {
                seed.group.and_then(|g| figure_groups.get(g)).is_some_and(|g| g.kind == c.kind && g.unit == c.unit && g.rate == c.rate)
                    && seed.members.iter().any(|m| m.0 == x.doc && m.1 != s && m.1.abs_diff(s) <= CONTEST_DISTANCE)
            });
            if let Some(k) = home {
                seeds[k].add(x.doc, s, Some(i));
            }
        }

        // 2. Wording clusters: strongest links first, one sentence per document.
        crate::order::sort_by(&mut edges, |a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
        let base: Vec<usize> = analysis.docs.iter().scan(0, |acc, d| { let b = *acc; *acc += d.sentences.len(); Some(b) }).collect();
        let total: usize = analysis.docs.iter().map(|d| d.sentences.len()).sum();
        let node = |(d, s): (usize, usize)| base[d] + s;
        let mut parent: Vec<usize> = (0..total).collect();
        let mut members: Vec<Vec<(usize, usize)>> = vec![Vec::new(); total];
        fn find(p: &mut [usize], mut x: usize) -> usize {
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        for &(_, a, b) in &edges {
            let (ra, rb) = (find(&mut parent, node(a)), find(&mut parent, node(b)));
            if ra == rb {
                continue;
            }
            let ma = if members[ra].is_empty() { vec![a] } else { members[ra].clone() };
            let mb = if members[rb].is_empty() { vec![b] } else { members[rb].clone() };
            if ma.iter().any(|x| mb.iter().any(|y| x.0 == y.0)) {
                continue;
            }
            let (big, small) = if ma.len() >= mb.len() { (ra, rb) } else { (rb, ra) };
            parent[small] = big;
            members[small].clear();
            members[big] = ma.into_iter().chain(mb).collect();
        }
        // 3. A wording cluster mostly inside a figure cluster joins it.
        // (sentence, seed) pairs, stably sorted by sentence.
        let mut seed_of: Vec<((usize, usize), usize)> = Vec::new();
        for (k, seed) in seeds.iter().enumerate() {
            for m in &seed.members {
                seed_of.push(((m.0, m.1), k));
            }
        }
        crate::order::sort_by(&mut seed_of, |a, b| a.0.cmp(&b.0));
        let seeds_of = |m: (usize, usize)| -> &[((usize, usize), usize)] {
            let lo = seed_of.partition_point(|e| e.0 < m);
            let hi = lo + seed_of[lo..].partition_point(|e| e.0 <= m);
            &seed_of[lo..hi]
        };
        for root in 0..total {
            if parent[root] != root || members[root].len() < 2 {
                continue;
            }
            let group = std::mem::take(&mut members[root]);
            // Seeds the group's members are in, counted.
            let mut hits: Vec<usize> = Vec::new();
            for m in &group {
                hits.extend(seeds_of(*m).iter().map(|e| e.1));
            }
            crate::order::sort(&mut hits);
            let mut inside: Vec<(usize, usize)> = Vec::new();
            for k in hits {
                match inside.last_mut() {
                    Some((lk, n)) if *lk == k => *n += 1,
                    _ => inside.push((k, 1)),
                }
            }
            let host = inside.iter().filter(|&&(_, n)| 2 * n >= group.len()).max_by_key(|&&(k, n)| (n, std::cmp::Reverse(k))).map(|&(k, _)| k);
            match host {
                Some(k) => {
                    for &(d, s) in &group {
                        // A sentence already in a figure cluster stays with its own figure.
                        if !seeds[k].members.iter().any(|m| m.0 == d) && seeds_of((d, s)).is_empty() {
                            // Its own figure of the same kind and unit, if ungrouped, is a value of this fact
                            // ("killed at least 12 people" / "left 15 people dead").
                            let g = seeds[k].group.and_then(|g| figure_groups.get(g));
                            let own: Vec<usize> = claims[d][s].as_ref().map_or(&[][..], |c| c.figures.as_slice()).iter().copied()
                                .filter(|&f| group_of[f].is_none() && !figures[f].1.vague && g.is_some_and(|g| g.kind == figures[f].0.kind && g.unit == figures[f].0.unit && g.rate == figures[f].0.rate))
                                .collect();
                            seeds[k].add(d, s, None);
                            if let [f] = own.as_slice() {
                                seeds[k].add(d, s, Some(*f));
                            }
                        }
                    }
                }
                None => {
                    let mut seed = Seed { group: None, members: Vec::new() };
                    for &(d, s) in &group {
                        seed.add(d, s, None);
                    }
                    seeds.push(seed);
                }
            }
        }

        // The clusters, with consensus and disputes.
        let mut clusters: Vec<(usize, FactCluster)> = Vec::new();
        for seed in seeds {
            let mut ms = seed.members;
            crate::order::sort_by_key(&mut ms, |m| (m.0, m.1));
            let mut docs: Vec<usize> = ms.iter().map(|m| m.0).collect();
            docs.dedup();
            let cluster_members: Vec<ClusterMember> = ms
                .iter()
                .map(|(d, s, figs)| {
                    let c = claims[*d].get(*s).and_then(|c| c.as_ref());
                    ClusterMember {
                        sentence: analysis.sentence_ref(*d, *s),
                        figures: figs.clone(),
                        stance: c.map_or(Stance::Asserted, |c| c.stance),
                        negated: c.is_some_and(|c| c.negated),
                    }
                })
                .collect();
            // Centrality: sum of scores to the other members (first 16 for large clusters).
            let pair_score = |a: (usize, usize), b: (usize, usize)| -> f64 {
                let key = if a < b { (a, b) } else { (b, a) };
                let hi = scored.partition_point(|e| e.0 <= key);
                hi.checked_sub(1).filter(|&i| scored[i].0 == key).map(|i| scored[i].1).unwrap_or_else(|| match (index.vectors[a.0].get(a.1), index.vectors[b.0].get(b.1)) {
                    (Some(Some(x)), Some(Some(y))) => dot(x, y),
                    _ => 0.0,
                })
            };
            let sample: Vec<(usize, usize)> = ms.iter().take(16).map(|m| (m.0, m.1)).collect();
            let mut weight = vec![0.0f64; ms.len()];
            let mut link_sum = 0.0;
            let mut links = 0usize;
            for (i, m) in ms.iter().enumerate() {
                for &o in &sample {
                    if o.0 != m.0 {
                        let sc = pair_score((m.0, m.1), o);
                        weight[i] += sc;
                        if (m.0, m.1) < o {
                            link_sum += sc;
                            links += 1;
                        }
                    }
                }
            }
            let consensus = seed.group.map(|g| consensus(g, &figure_groups[g], &ms, &figures, &claims, analysis));
            // Prefer a sentence that states the majority value.
            let majority_claims: Vec<usize> = consensus.as_ref().and_then(|c| c.majority.map(|k| c.values[k].claims.clone())).unwrap_or_default();
            let representative = (0..ms.len())
                .max_by(|&i, &j| {
                    let mi = majority_claims.is_empty() || ms[i].2.iter().any(|f| majority_claims.contains(f));
                    let mj = majority_claims.is_empty() || ms[j].2.iter().any(|f| majority_claims.contains(f));
                    mi.cmp(&mj).then(weight[i].total_cmp(&weight[j])).then(j.cmp(&i))
                })
                .unwrap_or(0);
            let disputes = disputes(&ms, &cluster_members, consensus.as_ref(), analysis, names, &doc_order);
            let disagreement = consensus.as_ref().is_some_and(|c| !c.agreed);
            if docs.len() < 2 && disputes.is_empty() {
                continue;
            }
            let first = node((ms[0].0, ms[0].1));
            clusters.push((first, FactCluster {
                docs: docs.iter().map(|&d| analysis.docs[d].doc.id.clone()).collect(),
                support: docs.len(),
                members: cluster_members,
                representative,
                score: round4(if links > 0 { link_sum / links as f64 } else { 0.0 }),
                consensus,
                disagreement,
                disputes,
            }));
        }
        // Best supported first; among equals, figures and disputes first, then text order.
        crate::order::sort_by(&mut clusters, |(na, a), (nb, b)| {
            b.support
                .cmp(&a.support)
                .then(b.consensus.is_some().cmp(&a.consensus.is_some()))
                .then(b.disputes.len().cmp(&a.disputes.len()))
                .then(b.score.total_cmp(&a.score))
                .then(na.cmp(nb))
        });
        let clusters: Vec<FactCluster> = clusters.into_iter().map(|c| c.1).collect();
        let mut of_sentence: Vec<Vec<Option<usize>>> = analysis.docs.iter().map(|d| vec![None; d.sentences.len()]).collect();
        let pos = doc_order;
        for (k, c) in clusters.iter().enumerate() {
            for m in &c.members {
                let Some(&d) = pos.get(m.sentence.doc.as_str()) else { continue };
                if let Some(s) = super::claim::sentence_at(analysis, d, m.sentence.start) {
                    // Clusters are sorted best supported first: keep the first.
                    if of_sentence[d][s].is_none() {
                        of_sentence[d][s] = Some(k);
                    }
                }
            }
        }
        ClusterSet { figures, figure_groups, clusters, of_sentence, nearest_other, best_per_doc, vectors: index.vectors, claims }
    }

    /// `fact[i][j]`: the share of document i's facts (body sentences of
    /// [`CLUSTER_MIN_WORDS`] words or more; all its body sentences when it
    /// has no such sentence) that document j also reports:
    /// 1 for a sentence whose cluster includes j, else its best same-fact
    /// score with a sentence of j (so a near-miss counts a little); 1 on
    /// the diagonal. Over the first `k` documents only (the matrix is
    /// quadratic).
    pub(crate) fn fact_similarity(&self, analysis: &Analysis, k: usize) -> Vec<Vec<f64>> {
        let n = analysis.docs.len().min(k);
        let index = doc_positions(analysis);
        let cluster_docs: Vec<Vec<usize>> = self.clusters.iter().map(|c| c.docs.iter().filter_map(|d| index.get(d.as_str()).copied()).filter(|&j| j < n).collect()).collect();
        let mut out = vec![vec![0.0; n]; n];
        // Per other document, the best credit of the current sentence (touched list keeps it linear).
        let mut credit = vec![0.0f64; n];
        let mut touched: Vec<usize> = Vec::new();
        for (i, row) in out.iter_mut().enumerate() {
            row[i] = 1.0;
            let da = &analysis.docs[i];
            let mut facts: Vec<usize> = (0..da.sentences.len()).filter(|&s| self.claims[i][s].is_some() && da.sentences[s].word_count >= CLUSTER_MIN_WORDS).collect();
            if facts.is_empty() {
                // Only short sentences: they are the document's facts.
                facts = (0..da.sentences.len()).filter(|&s| self.claims[i][s].is_some()).collect();
            }
            if facts.is_empty() {
                continue;
            }
            let mut sums = vec![0.0f64; n];
            for &s in &facts {
                for &(j, score) in &self.best_per_doc[i][s] {
                    let j = j as usize;
                    if j >= n {
                        continue;
                    }
                    if credit[j] == 0.0 {
                        touched.push(j);
                    }
                    credit[j] = credit[j].max((score as f64).clamp(1e-9, 1.0));
                }
                // Its cluster's documents report it: full credit.
                if let Some(k) = self.of_sentence[i][s] {
                    for &j in &cluster_docs[k] {
                        if j != i {
                            if credit[j] == 0.0 {
                                touched.push(j);
                            }
                            credit[j] = 1.0;
                        }
                    }
                }
                for j in touched.drain(..) {
                    sums[j] += credit[j];
                    credit[j] = 0.0;
                }
            }
            for j in 0..n {
                if j != i {
                    row[j] = round4(sums[j] / facts.len() as f64);
                }
            }
        }
        out
    }
}

/// A cluster while it forms: (doc, sentence, figure claims) members.
struct Seed {
    group: Option<usize>,
    members: Vec<(usize, usize, Vec<usize>)>,
}

impl Seed {
    fn add(&mut self, d: usize, s: usize, figure: Option<usize>) {
        match self.members.iter_mut().find(|m| m.0 == d && m.1 == s) {
            Some(m) => m.2.extend(figure),
            None => self.members.push((d, s, figure.into_iter().collect())),
        }
    }
}

fn round4(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

/// The values of a figure cluster: claims whose intervals overlap give one
/// value; the most widely reported value is the majority when it is
/// reported by more documents than any other.
fn consensus(
    g: usize,
    group: &FigureGroup,
    members: &[(usize, usize, Vec<usize>)],
    figures: &[(FigureClaim, Context)],
    claims: &[Vec<Option<Claim>>],
    analysis: &Analysis,
) -> FigureConsensus {
    let mut all: Vec<usize> = members.iter().flat_map(|m| m.2.iter().copied()).collect();
    crate::order::sort(&mut all);
    all.dedup();
    // Narrowest claims first, so an exact value anchors its set.
    crate::order::sort_by(&mut all, |&a, &b| {
        let w = |i: usize| figures[i].0.high.unwrap_or(f64::INFINITY) - figures[i].0.low;
        w(a).total_cmp(&w(b)).then(a.cmp(&b))
    });
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for i in all {
        match sets.iter_mut().find(|set| set.iter().all(|&j| overlaps(&figures[i].0, &figures[j].0))) {
            Some(set) => set.push(i),
            None => sets.push(vec![i]),
        }
    }
    let attributed = |i: usize| {
        let (c, x) = &figures[i];
        let stance = super::claim::sentence_at(analysis, x.doc, c.start).and_then(|s| claims[x.doc].get(s)).and_then(|c| c.as_ref()).map(|c| c.stance);
        c.claimed || matches!(stance, Some(Stance::Attributed | Stance::Doubted))
    };
    let mut values: Vec<ValueReport> = sets
        .into_iter()
        .map(|mut set| {
            crate::order::sort(&mut set);
            let mut docs: Vec<usize> = set.iter().map(|&i| figures[i].1.doc).collect();
            crate::order::sort(&mut docs);
            docs.dedup();
            // The commonest value among the set's claims, exact ones first.
            let mut counts: Vec<(f64, usize, bool)> = Vec::new();
            for &i in &set {
                let c = &figures[i].0;
                let exact = c.hedge == super::figures::Hedge::Exact;
                match counts.iter_mut().find(|x| x.0 == c.value) {
                    Some(x) => {
                        x.1 += 1;
                        x.2 |= exact;
                    }
                    None => counts.push((c.value, 1, exact)),
                }
            }
            let value = counts.iter().max_by(|a, b| a.2.cmp(&b.2).then(a.1.cmp(&b.1))).map_or(0.0, |x| x.0);
            ValueReport {
                value,
                label: format_value(value, group.kind, &group.unit),
                docs: docs.iter().map(|&d| analysis.docs[d].doc.id.clone()).collect(),
                claimed: set.iter().all(|&i| attributed(i)),
                claims: set,
            }
        })
        .collect();
    crate::order::sort_by(&mut values, |a, b| b.docs.len().cmp(&a.docs.len()).then(a.claims.cmp(&b.claims)));
    let majority = match values.as_slice() {
        [] => None,
        [_] => Some(0),
        [a, b, ..] => (a.docs.len() > b.docs.len()).then_some(0),
    };
    let outliers = match majority {
        Some(k) if values.len() > 1 => {
            let mut o: Vec<String> = values.iter().enumerate().filter(|(i, _)| *i != k).flat_map(|(_, v)| v.docs.iter().cloned()).filter(|d| !values[k].docs.contains(d)).collect();
            o.dedup();
            o
        }
        _ => Vec::new(),
    };
    FigureConsensus { group: g, measured: group.measured.clone(), unit: group.unit.clone(), agreed: values.len() <= 1, values, majority, outliers }
}

/// Claims in a cluster that someone contests: an attributed value that
/// another value contradicts, or a sentence that doubts its own claim.
fn disputes(
    ms: &[(usize, usize, Vec<usize>)],
    members: &[ClusterMember],
    consensus: Option<&FigureConsensus>,
    analysis: &Analysis,
    names: &[(usize, usize, String)],
    doc_index: &BTreeMap<String, usize>,
) -> Vec<Dispute> {
    let mut out = Vec::new();
    for (k, (m, cm)) in ms.iter().zip(members).enumerate() {
        let value = consensus.and_then(|c| c.values.iter().position(|v| m.2.iter().any(|f| v.claims.contains(f))));
        let mut contested_by: Vec<String> = Vec::new();
        if let (Some(c), Some(v)) = (consensus, value) {
            // The value that stands only as a claim is the disputed one.
            if c.values[v].claimed && c.values.len() > 1 {
                for (i, other) in c.values.iter().enumerate() {
                    if i != v {
                        contested_by.extend(other.docs.iter().cloned());
                    }
                }
            }
        }
        if cm.stance == Stance::Doubted {
            contested_by.push(cm.sentence.doc.clone());
        }
        if contested_by.is_empty() {
            continue;
        }
        let mut ids: Vec<usize> = contested_by.iter().filter_map(|id| doc_index.get(id.as_str()).copied()).collect();
        crate::order::sort(&mut ids);
        ids.dedup();
        let claim = Claim::read(&cm.sentence.text);
        out.push(Dispute {
            member: k,
            value,
            claimant: claimant(m.0, &cm.sentence, &claim.cues, names),
            cues: claim.cues.into_iter().filter(|c| !matches!(c.as_str(), "not" | "no" | "never")).collect(),
            contested_by: ids.into_iter().map(|d| analysis.docs[d].doc.id.clone()).collect(),
        });
    }
    out
}

/// The last name mentioned before the sentence's first attribution cue.
fn claimant(d: usize, sentence: &SentenceRef, cues: &[String], names: &[(usize, usize, String)]) -> Option<String> {
    let lower = sentence.text.to_lower();
    let cue_at = cues
        .iter()
        .filter(|c| matches!(c.as_str(), "claimed" | "claims" | "claim" | "alleged" | "asserted" | "according to"))
        .filter_map(|c| lower.find(c.as_str()))
        .min()?;
    let at = sentence.start + cue_at;
    let after_according = cues.iter().any(|c| c == "according to") && lower[cue_at..].starts_with("according to");
    let mut best: Option<&(usize, usize, String)> = None;
    for n in names.iter().filter(|n| n.0 == d && n.1 >= sentence.start && n.1 < sentence.end) {
        if after_according {
            // "according to X": the first name after the cue.
            if n.1 > at && best.is_none_or(|b| n.1 < b.1) {
                best = Some(n);
            }
        } else if n.1 < at && best.is_none_or(|b| n.1 > b.1) {
            best = Some(n);
        }
    }
    best.map(|n| n.2.clone())
}
