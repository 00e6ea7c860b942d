//! Grouping figures across documents by the thing they measure, and
//! deciding which groups conflict and why.

use super::scan::*;
use super::*;
use crate::text::Lowercase;
pub(crate) const GROUP_CONTEXT: f64 = 0.25;
/// The same, when the two values already agree.
pub(crate) const GROUP_CONTEXT_AGREEING: f64 = 0.2;
/// The same, for years and for values more than [`FAR_APART`] times apart.
pub(crate) const GROUP_CONTEXT_FAR: f64 = 0.6;
/// Ratio of values beyond which two claims are presumed to measure different things.
pub(crate) const FAR_APART: f64 = 50.0;

pub(crate) fn overlaps(a: &FigureClaim, b: &FigureClaim) -> bool {
    let tol = 1.0 + CONFLICT_TOLERANCE;
    let a_high = a.high.unwrap_or(f64::INFINITY);
    let b_high = b.high.unwrap_or(f64::INFINITY);
    a.low <= b_high * tol && b.low <= a_high * tol
}

/// Weight of the overlap of two claims' measured labels in a link's score.
const LABEL_WEIGHT: f64 = 0.5;

/// The content stems of a measured label ("quarterly net profit").
/// Ascending and distinct (a sorted vector, not a B-tree set: one sort
/// for the crate and no B-tree type of its own).
pub(crate) fn label_stems(label: &str) -> Vec<String> {
    let mut v: Vec<String> = crate::text::words(label).map(|w| w.text.to_lower()).filter(|w| !is_stop_word(w)).map(|w| stem(&w).into_owned()).collect();
    crate::order::sort(&mut v);
    v.dedup();
    v
}

/// Dice overlap of two labels' stems ("net profit" / "quarterly net
/// profit …"), 0 to 1.
pub(crate) fn dice(x: &[String], y: &[String]) -> f64 {
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * inter as f64 / (x.len() + y.len()) as f64
}

/// Weight of a concept term ("~loss") against an ordinary word.
pub(super) const CONCEPT_WEIGHT: f64 = 3.0;

/// Weighted Dice coefficient of two claims' context terms. Concepts
/// ("~loss", "~cost") weigh more than words.
pub(crate) fn context_similarity(a: &Context, b: &Context) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0.0);
    while i < a.ids.len() && j < b.ids.len() {
        match a.ids[i].cmp(&b.ids[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += term_weight(a.ids[i]);
                i += 1;
                j += 1;
            }
        }
    }
    let sum = a.weight + b.weight;
    if sum <= 0.0 {
        0.0
    } else {
        2.0 * inter / sum
    }
}

/// Ratio between the nearest ends of two claims' intervals (1 when they overlap).
pub(crate) fn value_gap(a: &FigureClaim, b: &FigureClaim) -> f64 {
    if overlaps(a, b) {
        return 1.0;
    }
    let (lo_hi, hi_lo) = if a.low > b.high.unwrap_or(f64::INFINITY) { (b.high.unwrap_or(b.low), a.low) } else { (a.high.unwrap_or(a.low), b.low) };
    if lo_hi <= 0.0 {
        return f64::INFINITY;
    }
    hi_lo / lo_hi
}

/// Whether two claims of one block may be about the same measured thing,
/// and how strongly; `relax` scales the context needed (1 for a link, less
/// for the pairs a merge brings together).
pub(crate) fn link_score((ca, xa): &(FigureClaim, Context), (cb, xb): &(FigureClaim, Context), relax: f64) -> Option<f64> {
    if xa.doc == xb.doc || xa.vague || xb.vague {
        return None;
    }
    let sim = context_similarity(xa, xb);
    let same_owner = matches!((&xa.owner, &xb.owner), (Some(p), Some(q)) if p.name.eq_ignore_ascii_case(&q.name));
    // A price per unit with the same named owner ("DeepSeek charges …
    // per million tokens") is the same quantity whatever the wording.
    if same_owner && ca.rate.is_some() && ca.kind == FigureKind::Money {
        return Some(sim + 1.0);
    }
    // Values fifty times apart are rarely the same quantity unless the
    // wording says so plainly; years need plain wording too.
    let need = if ca.kind == FigureKind::Year || value_gap(ca, cb) > FAR_APART {
        GROUP_CONTEXT_FAR
    } else if overlaps(ca, cb) {
        GROUP_CONTEXT_AGREEING
    } else {
        GROUP_CONTEXT
    };
    (sim >= need * relax).then_some(sim)
}

/// Claims sharing a context term beyond which the term proposes no pairs
/// (a word that common says nothing about which quantity is meant, and
/// its pairs would grow with the square of the set).
const POSTING_LIMIT: usize = 50;

/// Claims a figure group holds at most: merging checks every pair across
/// two groups, and a real story reports one quantity a few dozen times at
/// most, so beyond this a group stops growing.
const MAX_GROUP_CLAIMS: usize = 64;

/// Groups claims about the same measured thing across documents and marks
/// conflicts. Claims are blocked by (kind, unit, rate); inside a block,
/// candidate pairs come from shared context terms or a shared subject, so
/// the work is not quadratic in the number of claims.
pub(crate) fn group_claims(claims: &[(FigureClaim, Context)], doc_order: &BTreeMap<String, usize>) -> Vec<FigureGroup> {
    // Blocks: runs of claim indices stably sorted by (kind, unit, rate).
    let block_key = |i: usize| (claims[i].0.kind, claims[i].0.unit.as_str(), claims[i].0.rate.as_deref());
    let mut by_block: Vec<usize> = (0..claims.len()).collect();
    crate::order::sort_by(&mut by_block, |&a, &b| block_key(a).cmp(&block_key(b)));
    let mut blocks: Vec<&[usize]> = Vec::new();
    let mut from = 0;
    for k in 1..=by_block.len() {
        if k == by_block.len() || block_key(by_block[k]) != block_key(by_block[from]) {
            blocks.push(&by_block[from..k]);
            from = k;
        }
    }
    let mut parent: Vec<usize> = (0..claims.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    // Per group: owner names, whether it has a strong owner, ownerless count.
    // (A group has one owner name at most, so an option serves as the set.)
    let mut owners: Vec<Option<String>> = claims.iter().map(|(_, x)| x.owner.as_ref().map(|o| o.name.to_lower())).collect();
    let mut strong: Vec<bool> = claims.iter().map(|(_, x)| x.owner.as_ref().is_some_and(|o| o.strong)).collect();
    let mut ownerless: Vec<usize> = claims.iter().map(|(_, x)| usize::from(x.owner.is_none())).collect();
    let mut members_of: Vec<Vec<usize>> = (0..claims.len()).map(|i| vec![i]).collect();
    let labels: Vec<Vec<String>> = claims.iter().map(|(c, _)| label_stems(&c.measured)).collect();

    for members in blocks {
        if members.len() < 2 {
            continue;
        }
        // Postings: (term, claim) stably sorted by term, one run per term.
        let mut posted: Vec<(&str, usize)> = Vec::new();
        for &m in members {
            for t in &claims[m].1.terms {
                posted.push((t.as_str(), m));
            }
            if let Some(o) = &claims[m].1.owner {
                posted.push((o.name.as_str(), m));
            }
        }
        crate::order::sort_by(&mut posted, |a, b| a.0.cmp(b.0));
        let mut edges: Vec<(f64, usize, usize)> = Vec::new();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let mut list: Vec<usize> = Vec::new();
        let mut from = 0;
        while from < posted.len() {
            let mut to = from + 1;
            while to < posted.len() && posted[to].0 == posted[from].0 {
                to += 1;
            }
            list.clear();
            list.extend(posted[from..to].iter().map(|p| p.1));
            from = to;
            if list.len() > POSTING_LIMIT {
                continue;
            }
            for (x, &a) in list.iter().enumerate() {
                for &b in &list[x + 1..] {
                    pairs.push((a.min(b), a.max(b)));
                }
            }
        }
        crate::order::sort(&mut pairs);
        pairs.dedup();
        // (sentence, claim) pairs, stably sorted by sentence.
        let mut siblings: Vec<((usize, usize), usize)> = members.iter().map(|&m| ((claims[m].1.doc, claims[m].0.sentence.start), m)).collect();
        crate::order::sort_by(&mut siblings, |a, b| a.0.cmp(&b.0));
        // A claim whose own label fits a sibling of the other claim (another
        // figure of its sentence) better is about that sibling's thing.
        let better_sibling = |x: usize, y: usize| -> bool {
            let key = (claims[y].1.doc, claims[y].0.sentence.start);
            let lo = siblings.partition_point(|e| e.0 < key);
            let hi = lo + siblings[lo..].partition_point(|e| e.0 <= key);
            let near = &siblings[lo..hi];
            if near.len() < 2 {
                return false;
            }
            let own = dice(&labels[x], &labels[y]);
            near.iter().any(|&(_, z)| z != y && dice(&labels[x], &labels[z]) > own)
        };
        for (a, b) in pairs {
            if better_sibling(a, b) || better_sibling(b, a) {
                continue;
            }
            if let Some(score) = link_score(&claims[a], &claims[b], 1.0) {
                // Between candidates of one sentence ("revenue of $4.2
                // billion and a net profit of $600 million"), the one whose
                // own label says the same thing links first.
                edges.push((score + LABEL_WEIGHT * dice(&labels[a], &labels[b]), a, b));
            }
        }
        crate::order::sort_by(&mut edges, |x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
        for (_, a, b) in edges {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra == rb {
                continue;
            }
            // Owners must agree: one named owner at most per group, and a
            // possessive owner ("Nvidia's market cap") admits no ownerless claim.
            let names = match (&owners[ra], &owners[rb]) {
                (Some(p), Some(q)) if p != q => continue,
                (Some(p), _) | (None, Some(p)) => Some(p.clone()),
                (None, None) => None,
            };
            if (strong[ra] && ownerless[rb] > 0) || (strong[rb] && ownerless[ra] > 0) {
                continue;
            }
            // The checks below are all-pairs across the two groups: a cap on
            // the group keeps each merge's cost bounded.
            if members_of[ra].len() + members_of[rb].len() > MAX_GROUP_CLAIMS {
                continue;
            }
            // Two figures of one sentence measure two things: never one group.
            let same_sentence = members_of[ra].iter().any(|&x| {
                members_of[rb].iter().any(|&y| claims[x].1.doc == claims[y].1.doc && claims[x].0.sentence.start == claims[y].0.sentence.start)
            });
            if same_sentence {
                continue;
            }
            // Near-complete linkage: every pair across the two groups must
            // come at least halfway to a link, so one loose link cannot chain
            // a training cost to a market loss.
            let fits = members_of[ra].iter().all(|&x| {
                members_of[rb].iter().all(|&y| claims[x].1.doc == claims[y].1.doc || (link_score(&claims[x], &claims[y], 0.5).is_some() && !better_sibling(x, y) && !better_sibling(y, x)))
            });
            if !fits {
                continue;
            }
            parent[rb] = ra;
            let moved = std::mem::take(&mut members_of[rb]);
            members_of[ra].extend(moved);
            owners[ra] = names;
            strong[ra] |= strong[rb];
            ownerless[ra] += ownerless[rb];
        }
    }

    // Groups by root, in root order.
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); claims.len()];
    for i in 0..claims.len() {
        let r = find(&mut parent, i);
        groups[r].push(i);
    }
    let mut out = Vec::new();
    for members in groups.into_iter().filter(|g| !g.is_empty()) {
        let mut docs: Vec<&str> = members.iter().map(|&m| claims[m].0.doc.as_str()).collect();
        crate::order::sort_by_key(&mut docs, |d| doc_order.get(*d).copied().unwrap_or(usize::MAX));
        docs.dedup();
        if docs.len() < 2 {
            continue;
        }
        let first = &claims[members[0]].0;
        let mut conflicting: Vec<(usize, usize)> = Vec::new();
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                if claims[a].0.doc != claims[b].0.doc && !overlaps(&claims[a].0, &claims[b].0) {
                    conflicting.push((a, b));
                }
            }
        }
        let measured = members.iter().map(|&m| &claims[m].0.measured).find(|m| !m.is_empty()).cloned().unwrap_or_default();
        let explanation = explain(&members.iter().map(|&m| &claims[m].0).collect::<Vec<_>>(), &conflicting.iter().map(|&(a, b)| (&claims[a].0, &claims[b].0)).collect::<Vec<_>>());
        out.push(FigureGroup {
            measured,
            kind: first.kind,
            unit: first.unit.clone(),
            rate: first.rate.clone(),
            claims: members,
            docs: docs.into_iter().map(str::to_string).collect(),
            conflict: !conflicting.is_empty(),
            explanation,
        });
    }
    // Conflicts first, then by support, then text order.
    crate::order::sort_by(&mut out, |a, b| b.conflict.cmp(&a.conflict).then(b.docs.len().cmp(&a.docs.len())).then(a.claims.cmp(&b.claims)));
    out
}

/// A value in words: "5.6 million USD", "0.014 USD", "2,000 chip", "61 days".

pub(crate) fn describe_claim(c: &FigureClaim) -> String {
    let range = match (c.hedge, c.high) {
        (Hedge::Exact, _) => "exact".to_string(),
        (Hedge::AtLeast, _) => format!("at least {}", format_value(c.low, c.kind, &c.unit)),
        (Hedge::AtMost, Some(h)) => format!("at most {}", format_value(h, c.kind, &c.unit)),
        (_, Some(h)) => format!("{} to {}", format_value(c.low, c.kind, &c.unit), format_value(h, c.kind, &c.unit)),
        (_, None) => format!("at least {}", format_value(c.low, c.kind, &c.unit)),
    };
    // The hedge as written ("nearly", "about"), before the figure.
    let hedge: Vec<&str> = c
        .hedges
        .iter()
        .map(String::as_str)
        .filter(|h| !CLAIM_WORDS.contains(&h.to_lower().as_str()) && !matches!(h.to_lower().as_str(), "according" | "reportedly" | "allegedly" | "purportedly"))
        .collect();
    let written = if hedge.is_empty() || c.text.to_lower().starts_with(&hedge[0].to_lower()) { c.text.clone() } else { format!("{} {}", hedge.join(" "), c.text) };
    let mut s = format!("{} says {} ({}", short_id(&c.doc), written, range);
    if c.text_value_differs() {
        s.push_str(&format!(", = {}", format_value(c.value, c.kind, &c.unit)));
    }
    if let Some(r) = &c.rate {
        s.push_str(&format!(", {r}{}", if c.rate_from_context { " by context" } else { "" }));
    }
    if c.claimed {
        s.push_str(", as a claim");
    }
    s.push(')');
    s
}

impl FigureClaim {
    /// True when the written form hides the normalised value (cents, "bn").
    fn text_value_differs(&self) -> bool {
        let l = self.text.to_lower();
        l.contains("cent") || l.contains("bn") || l.ends_with('m') || l.contains("pence") || self.kind == FigureKind::Duration
    }
}

/// A document id as people read it in an explanation: the part before the
/// first underscore when that is a short number-like prefix ("003").
pub(crate) fn short_id(id: &str) -> &str {
    match id.split_once('_') {
        Some((head, _)) if !head.is_empty() && head.len() <= 4 => head,
        _ => id,
    }
}

pub(crate) fn explain(claims: &[&FigureClaim], conflicting: &[(&FigureClaim, &FigureClaim)]) -> String {
    let parts: Vec<String> = claims.iter().map(|c| describe_claim(c)).collect();
    let mut s = parts.join("; ");
    if let Some((a, b)) = conflicting.first() {
        s.push_str(&format!(
            ": conflict — {} and {} cannot both hold, even allowing for the hedges",
            short_id(&a.doc),
            short_id(&b.doc)
        ));
        if conflicting.len() > 1 {
            s.push_str(&format!(" ({} disagreeing pairs)", conflicting.len()));
        }
    } else if claims.iter().all(|c| c.hedge == Hedge::Exact && c.value == claims[0].value) {
        s.push_str(": the same value");
    } else {
        s.push_str(": compatible within the hedges");
    }
    s
}
