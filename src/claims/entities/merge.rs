//! Mentions merged into entities: one key per surface form (place aliases
//! to their canonical name, acronyms to their expansion), then one-word
//! forms joined to the one longer name they begin or end ("Liang" of
//! "Liang Wenfeng"). Linear in the number of mentions: the longer names
//! are indexed by their first and last words.

use std::collections::BTreeMap;

use super::gazetteer::{lookup_key, place_canonical};
use super::kinds::{kind_of, Hints};
use super::mentions::Mention;
use super::{Entity, EntityKind, EntityMention};
use crate::order::StrMap;
use crate::text::Analysis;

/// Canonical key of a surface form: its lookup key, or its canonical
/// place's ("U.S." and "United States" are one key).
pub(crate) fn key(name: &str) -> String {
    let k = lookup_key(name);
    match place_canonical(&k) {
        Some(c) => lookup_key(c),
        None => k,
    }
}

/// What the mentions of one key have in common.
#[derive(Default)]
struct Group {
    mentions: Vec<usize>,
    hints: Hints,
    forms: BTreeMap<String, usize>,
    roles: BTreeMap<String, usize>,
    group: bool,
}

impl Group {
    fn absorb(&mut self, other: Group) {
        self.mentions.extend(other.mentions);
        self.hints = self.hints.merge(other.hints);
        self.group |= other.group;
        for (n, c) in other.forms {
            *self.forms.entry(n).or_insert(0) += c;
        }
        for (n, c) in other.roles {
            *self.roles.entry(n).or_insert(0) += c;
        }
    }

    /// The fullest form: most words, then most used, then first in order.
    fn fullest_form(&self) -> String {
        self.forms.iter().max_by(|a, b| a.0.split(' ').count().cmp(&b.0.split(' ').count()).then(a.1.cmp(b.1)).then(b.0.cmp(a.0))).map(|(n, _)| n.clone()).unwrap_or_default()
    }

    fn kind(&self, name: &str) -> EntityKind {
        if self.group {
            return EntityKind::Group;
        }
        kind_of(name, self.hints)
    }
}

/// Merges mentions into entities with their counts and spans per document,
/// keeping at most `limit` entities (most documents first, then most
/// mentions).
pub(crate) fn merge(ms: &[Mention], analysis: &Analysis, limit: usize) -> Vec<Entity> {
    // Acronyms read as their expansions everywhere ("CSIS" → the center).
    // (Every string-keyed map is a `StrMap`: one B-tree type in the binary.)
    let mut expansions: StrMap<String> = StrMap::new();
    for m in ms {
        if let Some(e) = &m.expands {
            expansions.get_or_insert_with(&key(&m.name), || key(e));
        }
    }
    let mut by_key: StrMap<Group> = StrMap::new();
    // Most names recur: compute each one's key once.
    let mut keys: StrMap<String> = StrMap::new();
    for (i, m) in ms.iter().enumerate() {
        let k = keys.get_or_insert_with(&m.name, || {
            let k = key(&m.name);
            expansions.get(&k).cloned().unwrap_or(k)
        });
        let g = by_key.get_or_insert_with(k, Group::default);
        g.mentions.push(i);
        g.hints = g.hints.merge(m.hints);
        g.group |= m.group;
        match g.forms.get_mut(m.name.as_str()) {
            Some(c) => *c += 1,
            None => {
                g.forms.insert(m.name.clone(), 1);
            }
        }
        if let Some(r) = &m.role {
            *g.roles.entry(r.clone()).or_insert(0) += 1;
        }
    }
    // A one-word form that is the first or last word of exactly one longer
    // person's name ("Liang" of "Liang Wenfeng", "Trump" of "Donald Trump"),
    // or the first word of one organisation's ("Acme" of "Acme Corp"), joins it.
    // Values are slots of `by_key`.
    let mut by_edge_word: StrMap<Vec<usize>> = StrMap::new();
    for (l, slot) in by_key.slots().filter(|(l, _)| l.contains(' ')) {
        let first = l.split(' ').next().unwrap_or("");
        let last = l.split(' ').next_back().unwrap_or("");
        by_edge_word.get_or_insert_with(first, Vec::new).push(slot);
        if last != first {
            by_edge_word.get_or_insert_with(last, Vec::new).push(slot);
        }
    }
    // The key of each slot.
    let mut key_of: Vec<String> = vec![String::new(); by_key.len()];
    for (k, slot) in by_key.slots() {
        key_of[slot] = k.to_string();
    }
    // The kind of each key, by slot.
    let mut kinds: Vec<EntityKind> = Vec::with_capacity(by_key.len());
    for slot in 0..by_key.len() {
        let g = by_key.at(slot);
        kinds.push(g.kind(&g.fullest_form()));
    }
    // Per slot: the slot of the longer name it joins.
    let mut target: Vec<Option<usize>> = vec![None; by_key.len()];
    for (k, slot) in by_key.slots().filter(|(k, _)| !k.contains(' ')) {
        // A known place or group keeps its own entity ("Washington" the
        // city is not "George Washington").
        if matches!(kinds[slot], EntityKind::Place | EntityKind::Group) {
            continue;
        }
        let Some(cands) = by_edge_word.get(k) else { continue };
        let mut longer = cands.iter().filter(|&&l| match kinds[l] {
            EntityKind::Person => true,
            EntityKind::Organisation => key_of[l].split(' ').next() == Some(k),
            _ => false,
        });
        if let (Some(&l), None) = (longer.next(), longer.next()) {
            target[slot] = Some(l);
        }
    }
    let mut merged: StrMap<Group> = StrMap::new();
    let slot_of: Vec<usize> = by_key.slots().map(|(_, slot)| slot).collect();
    for ((k, g), slot) in by_key.into_sorted().into_iter().zip(slot_of) {
        let t = target[slot].map(|l| key_of[l].clone()).unwrap_or(k);
        merged.get_or_insert_with(&t, Group::default).absorb(g);
    }
    let ndocs = analysis.docs.len();
    let mut out: Vec<(Entity, Vec<usize>)> = merged
        .into_sorted()
        .into_iter()
        .map(|(k, mut g)| {
            crate::order::sort(&mut g.mentions);
            let mut counts = vec![0usize; ndocs];
            for &i in &g.mentions {
                if let Some(c) = counts.get_mut(ms[i].doc) {
                    *c += 1;
                }
            }
            // Name: a canonical place name, else the fullest form.
            let canonical = g.forms.keys().find_map(|f| place_canonical(&lookup_key(f))).filter(|c| lookup_key(c) == k);
            let name = canonical.map(str::to_string).unwrap_or_else(|| g.fullest_form());
            let kind = g.kind(&name);
            let role = g.roles.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(r, _)| r.clone());
            let docs = counts.iter().filter(|&&c| c > 0).count();
            (Entity { name, kind, aliases: g.forms.into_keys().collect(), role, counts, docs, mentions: Vec::new() }, g.mentions)
        })
        .collect();
    crate::order::sort_by(&mut out, |(a, _), (b, _)| b.docs.cmp(&a.docs).then(b.counts.iter().sum::<usize>().cmp(&a.counts.iter().sum::<usize>())).then(a.name.cmp(&b.name)));
    out.truncate(limit);
    out.into_iter()
        .map(|(mut e, idx)| {
            e.mentions = idx.iter().map(|&i| mention_span(analysis, &ms[i])).collect();
            e
        })
        .collect()
}

/// Where a mention stands, in bytes and UTF-16 units (from the analysis'
/// marks, so bounded per mention however long the document).
fn mention_span(analysis: &Analysis, m: &Mention) -> EntityMention {
    let da = &analysis.docs[m.doc];
    // A dateline stands before its sentence's range: the sentence then
    // starts at the dateline.
    let s = da.sentences.get(m.sentence).map(|s| s.range.start.min(m.start)..s.range.end.max(m.end)).unwrap_or(m.start..m.end);
    // One mark lookup; the rest counted over the sentence, which holds the name.
    let units = |r: std::ops::Range<usize>| da.doc.text.as_bytes().get(r).map_or(0, crate::text::utf16_units);
    let start_utf16 = da.utf16_at(m.start);
    let end_utf16 = start_utf16 + units(m.start..m.end);
    EntityMention {
        doc: da.doc.id.clone(),
        start: m.start,
        end: m.end,
        start_utf16,
        end_utf16,
        sentence_start: s.start,
        sentence_end: s.end,
        sentence_start_utf16: start_utf16.saturating_sub(units(s.start..m.start)),
        sentence_end_utf16: end_utf16 + units(m.end..s.end),
    }
}

/// Surface form -> merged entity, for quote speakers.
pub(crate) struct EntityIndex<'e> {
    by_key: StrMap<&'e Entity>,
}

impl<'e> EntityIndex<'e> {
    pub(crate) fn new(entities: &'e [Entity]) -> Self {
        let mut by_key = StrMap::new();
        for e in entities {
            by_key.get_or_insert_with(&key(&e.name), || e);
            for a in &e.aliases {
                by_key.get_or_insert_with(&key(a), || e);
            }
        }
        EntityIndex { by_key }
    }

    /// The merged entity of a surface form.
    pub(crate) fn get(&self, surface: &str) -> Option<&'e Entity> {
        self.by_key.get(&key(surface)).copied()
    }
}
