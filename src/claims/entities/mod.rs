//! People, organisations and places named in the documents, merged across
//! surface forms ("Liang Wenfeng" / "Liang", "President Donald Trump" /
//! "Trump"), with mention counts per document.
//!
//! A hand scanner: runs of capitalised words (joined by "of", "for", "and"
//! inside a name), acronyms, possessives stripped, titles ("CEO", "Dr.",
//! "President") split off and used as a hint that a person follows.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::text::{is_stop_word, words, Analysis, SentenceKind};

/// What an entity is, as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A company, agency, university, product maker.
    Organisation,
    /// A country, city or region.
    Place,
    /// A name without a clear kind (a product, an event).
    Other,
}

/// One entity and how often each document names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest form of the name ("Liang Wenfeng").
    pub name: String,
    /// Person, organisation, place or other.
    pub kind: EntityKind,
    /// Every surface form seen, sorted ("Liang", "Liang Wenfeng").
    pub aliases: Vec<String>,
    /// Mentions per document, in input order (a row of the entity ×
    /// document matrix).
    pub mentions: Vec<usize>,
    /// Number of documents that name it.
    pub docs: usize,
}

/// A mention found in the text, before merging.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub doc: usize,
    pub start: usize,
    pub name: String,
    pub person_hint: bool,
}

const TITLES: [&str; 24] = [
    "mr", "mrs", "ms", "dr", "prof", "professor", "president", "ceo", "cto", "cfo", "chairman", "chairwoman", "senator",
    "sen", "rep", "minister", "secretary", "governor", "judge", "founder", "director", "chief", "analyst", "czar",
];

const CONNECTORS: [&str; 5] = ["of", "for", "and", "de", "the"];

/// Acronyms and capitalised words that are not names in news text.
const NOT_NAMES: [&str; 31] = [
    "ai", "api", "agi", "ceo", "cto", "cfo", "gpu", "gpus", "llm", "iq", "fp8", "r&d", "ipo", "gdp", "i", "ok", "tv",
    "chinese", "american", "european", "western", "eastern", "russian", "british", "japanese", "indian", "french",
    "german", "african", "asian", "moe",
];

const MONTHS_DAYS: [&str; 19] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

const ORG_WORDS: [&str; 26] = [
    "inc", "corp", "corporation", "ltd", "llc", "plc", "company", "university", "center", "centre", "institute", "bank",
    "group", "exchange", "administration", "agency", "ministry", "department", "council", "commission", "association",
    "foundation", "store", "fund", "capital", "labs",
];

const PLACES: [&str; 45] = [
    "china", "united states", "us", "u.s", "usa", "america", "washington", "beijing", "hangzhou", "shanghai",
    "silicon valley", "europe", "european union", "eu", "morocco", "davos", "russia", "ukraine", "uk", "u.k",
    "united kingdom", "britain", "japan", "india", "taiwan", "hong kong", "france", "germany", "paris", "london",
    "new york", "california", "canada", "brussels", "africa", "asia", "korea", "south korea", "singapore", "israel",
    "iran", "brazil", "mexico", "wall street", "dc",
];

/// Canonical names for common aliases of the same place.
fn place_alias(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "us" | "u.s" | "u.s." | "usa" | "united states" | "america" | "the united states" | "united states of america" => "United States",
        "uk" | "u.k" | "u.k." | "united kingdom" | "britain" => "United Kingdom",
        "eu" | "european union" => "European Union",
        _ => return None,
    })
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("’s").or_else(|| s.strip_suffix("'s")).or_else(|| s.strip_suffix('’')).unwrap_or(s)
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

fn has_inner_capital(w: &str) -> bool {
    w.chars().skip(1).any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Capitalised words that open sentences without being names.
const STARTERS: [&str; 40] = [
    "despite", "last", "according", "as", "with", "for", "in", "after", "before", "during", "since", "although",
    "though", "while", "unlike", "like", "under", "among", "amid", "following", "meanwhile", "moreover", "furthermore",
    "similarly", "traditionally", "regardless", "upon", "once", "today", "yesterday", "earlier", "later", "still", "yet",
    "instead", "indeed", "perhaps", "now", "however", "but",
];

/// A word of a sentence for name finding: dotted initials ("U.S.") and
/// hyphenated names ("High-Flyer") are one word.
struct NameWord {
    start: usize,
    end: usize,
    text: String,
}

fn name_words(text: &str) -> Vec<NameWord> {
    let mut out: Vec<NameWord> = Vec::new();
    for w in words(text) {
        if let Some(last) = out.last_mut() {
            let gap = &text[last.end..w.start];
            let single_upper = |s: &str| s.chars().count() == 1 && s.chars().all(|c| c.is_uppercase());
            let last_core = last.text.trim_end_matches('.');
            let dotted = gap == "." && single_upper(w.text) && last_core.split('.').all(single_upper);
            // "High-Flyer", "Mixture-of-Experts": one name.
            let hyphen = gap == "-" && is_capitalised(&last.text);
            if dotted || hyphen {
                last.text = format!("{}{}{}", last.text, gap, w.text);
                last.end = w.end;
                if dotted && text[w.end..].starts_with('.') {
                    last.text.push('.');
                    last.end += 1;
                }
                continue;
            }
        }
        out.push(NameWord { start: w.start, end: w.end, text: w.text.to_string() });
    }
    out
}

/// The raw name mentions of every body sentence (headings, often in
/// title case, are left out).
pub(crate) fn mentions(analysis: &Analysis) -> Vec<Mention> {
    // Words seen capitalised away from a sentence start are known names, so
    // a sentence-initial "Nvidia" counts while "However" does not.
    let mut known: BTreeSet<String> = BTreeSet::new();
    // (doc, words of the run: (start, text, sentence_initial, person_hint)).
    let mut runs: Vec<(usize, Vec<(usize, String, bool)>, bool)> = Vec::new();
    for (d, da) in analysis.docs.iter().enumerate() {
        for s in &da.sentences {
            if s.kind != SentenceKind::Body {
                continue;
            }
            let text = &da.doc.text[s.range.clone()];
            let ws = name_words(text);
            let mut run: Vec<(usize, String, bool)> = Vec::new();
            let mut hint = false;
            let flush = |run: &mut Vec<(usize, String, bool)>, hint: &mut bool, runs: &mut Vec<(usize, Vec<(usize, String, bool)>, bool)>| {
                if !run.is_empty() {
                    runs.push((d, std::mem::take(run), *hint));
                }
                *hint = false;
            };
            for (i, w) in ws.iter().enumerate() {
                let gap = if i == 0 { "" } else { &text[ws[i - 1].end..w.start] };
                let joined = i > 0 && gap == " ";
                let word = strip_possessive(&w.text).to_string();
                let lower = word.to_lowercase();
                let cap = is_capitalised(&word);
                let initial = i == 0 || text[..w.start].trim_end().ends_with(['“', '"', ':', '‘']);
                if cap && !initial {
                    known.insert(lower.clone());
                }
                if !joined {
                    flush(&mut run, &mut hint, &mut runs);
                }
                let title = TITLES.contains(&lower.trim_end_matches('.'));
                if cap && title {
                    // "Scale AI CEO Alexandr Wang": the title splits the run
                    // and says a person follows.
                    flush(&mut run, &mut hint, &mut runs);
                    hint = true;
                } else if cap && !NOT_NAMES.contains(&lower.trim_end_matches('.')) && currency_code(&lower).is_none() {
                    run.push((s.range.start + w.start, word.clone(), initial));
                } else if !cap && !run.is_empty() && connector_allowed(&run, &lower) && ws.get(i + 1).is_some_and(|n| is_capitalised(&n.text) && &text[w.end..n.start] == " ") {
                    run.push((s.range.start + w.start, word.clone(), initial));
                } else {
                    flush(&mut run, &mut hint, &mut runs);
                }
                // A possessive or punctuation after the word ends the run.
                let after = text.get(w.end..).unwrap_or("");
                if w.text != word || after.starts_with([',', ';', ':', '(', ')', '“', '”', '"', '—', '–', '?', '!', '.']) {
                    flush(&mut run, &mut hint, &mut runs);
                }
            }
            flush(&mut run, &mut hint, &mut runs);
        }
    }
    let mut out = Vec::new();
    for (d, mut words, person_hint) in runs {
        // Drop a sentence-initial common word: alone unless known or
        // camel-cased ("DeepSeek"); in a longer run when it is a starter.
        if let Some((_, w, initial)) = words.first() {
            let l = w.to_lowercase();
            let drop = *initial
                && (is_stop_word(&l) || STARTERS.contains(&l.as_str()) || (words.len() == 1 && !has_inner_capital(w) && !known.contains(&l)));
            if drop {
                words.remove(0);
            }
        }
        while words.first().is_some_and(|(_, w, _)| CONNECTORS.contains(&w.as_str()) || is_stop_word(&w.to_lowercase())) {
            words.remove(0);
        }
        while words.last().is_some_and(|(_, w, _)| CONNECTORS.contains(&w.as_str())) {
            words.pop();
        }
        if words.is_empty() {
            continue;
        }
        let name = words.iter().map(|(_, w, _)| w.as_str()).collect::<Vec<_>>().join(" ");
        let lower = name.to_lowercase();
        if words.len() == 1 && (MONTHS_DAYS.contains(&lower.as_str()) || lower.chars().count() < 2 || is_stop_word(&lower)) {
            continue;
        }
        if lower.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        out.push(Mention { doc: d, start: words[0].0, name, person_hint });
    }
    out
}

/// "of", "for", "de" join a name after an organisation word ("Center for
/// Strategic …", "University of …"); "and", "the" only inside such a name.
fn connector_allowed(run: &[(usize, String, bool)], lower: &str) -> bool {
    match lower {
        "of" | "for" | "de" => run.last().is_some_and(|(_, w, _)| ORG_WORDS.contains(&w.to_lowercase().as_str())),
        "and" | "the" => run.iter().any(|(_, w, _)| matches!(w.as_str(), "of" | "for")),
        _ => false,
    }
}

fn currency_code(lower: &str) -> Option<()> {
    matches!(lower, "usd" | "eur" | "gbp" | "jpy" | "cny" | "rmb").then_some(())
}

/// Canonical key of a surface form.
fn key(name: &str) -> String {
    let lower = name.to_lowercase().replace('’', "'");
    if let Some(p) = place_alias(lower.trim_end_matches('.')) {
        return p.to_lowercase();
    }
    lower
}

fn guess_kind(name: &str, person_hint: bool) -> EntityKind {
    let lower = name.to_lowercase();
    if place_alias(lower.trim_end_matches('.')).is_some() || PLACES.contains(&lower.trim_end_matches('.')) {
        return EntityKind::Place;
    }
    let ws: Vec<&str> = lower.split(' ').collect();
    if ws.iter().any(|w| ORG_WORDS.contains(&w.trim_end_matches('.'))) {
        return EntityKind::Organisation;
    }
    if ws.last().is_some_and(|w| matches!(*w, "valley" | "city" | "province" | "county" | "island" | "street" | "wall")) {
        return EntityKind::Place;
    }
    if person_hint {
        return EntityKind::Person;
    }
    let orig: Vec<&str> = name.split(' ').collect();
    if orig.len() == 1 {
        // "R1", "H100": products and models. Other single names in news are
        // mostly companies and agencies ("Nvidia", "OpenAI", "NASA").
        if name.chars().any(|c| c.is_ascii_digit()) {
            return EntityKind::Other;
        }
        return EntityKind::Organisation;
    }
    if (2..=3).contains(&orig.len()) && orig.iter().all(|w| is_capitalised(w) && !has_inner_capital(w) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')) {
        return EntityKind::Person;
    }
    EntityKind::Other
}

/// Merges mentions into entities and counts them per document, keeping
/// at most `limit` entities (most documents first, then most mentions).
///
/// ```
/// use parallax::{compare::{entities, EntityKind}, text::Analysis, Document};
/// let docs = [
///     Document::new("a", "DeepSeek was founded by Liang Wenfeng. Liang said little."),
///     Document::new("b", "President Donald Trump spoke. Later, Trump and DeepSeek made news."),
/// ];
/// let e = entities(&Analysis::new(&docs), 10);
/// let liang = e.iter().find(|e| e.name == "Liang Wenfeng").unwrap();
/// assert_eq!((liang.kind, liang.mentions.clone()), (EntityKind::Person, vec![2, 0]));
/// let trump = e.iter().find(|e| e.name == "Donald Trump").unwrap();
/// assert_eq!(trump.mentions, vec![0, 2]);
/// assert_eq!(e[0].name, "DeepSeek"); // named by both documents
/// assert!(!e.iter().any(|e| e.name == "Later"));
/// ```
pub fn entities(analysis: &Analysis, limit: usize) -> Vec<Entity> {
    let ms = mentions(analysis);
    merge(&ms, analysis.docs.len(), limit)
}

pub(crate) fn merge(ms: &[Mention], ndocs: usize, limit: usize) -> Vec<Entity> {
    // Group by exact key first.
    let mut by_key: BTreeMap<String, (Vec<usize>, bool, BTreeMap<String, usize>)> = BTreeMap::new();
    for (i, m) in ms.iter().enumerate() {
        let e = by_key.entry(key(&m.name)).or_insert_with(|| (Vec::new(), false, BTreeMap::new()));
        e.0.push(i);
        e.1 |= m.person_hint;
        *e.2.entry(m.name.clone()).or_insert(0) += 1;
    }
    // A one-word form that is the first or last word of exactly one longer
    // person's name ("Liang" of "Liang Wenfeng", "Trump" of "Donald Trump"),
    // or the first word of one organisation's ("Acme" of "Acme Corp"), joins it.
    // Index the longer names by their first and last words, so the merge
    // is linear in the number of names.
    let mut by_edge_word: BTreeMap<&str, Vec<&String>> = BTreeMap::new();
    for l in by_key.keys().filter(|l| l.contains(' ')) {
        let first = l.split(' ').next().unwrap_or("");
        let last = l.split(' ').next_back().unwrap_or("");
        by_edge_word.entry(first).or_default().push(l);
        if last != first {
            by_edge_word.entry(last).or_default().push(l);
        }
    }
    let mut target: BTreeMap<String, String> = BTreeMap::new();
    for k in by_key.keys().filter(|k| !k.contains(' ')) {
        let Some(cands) = by_edge_word.get(k.as_str()) else { continue };
        let longer: Vec<&&String> = cands
            .iter()
            .filter(|l| {
                by_key[**l].2.keys().next().is_some_and(|form| match guess_kind(form, by_key[**l].1) {
                    EntityKind::Person => true,
                    // "Acme" of "Acme Corp": an organisation by its first word.
                    EntityKind::Organisation => l.split(' ').next() == Some(k.as_str()),
                    _ => false,
                })
            })
            .collect();
        if longer.len() == 1 {
            target.insert(k.clone(), (**longer[0]).clone());
        }
    }
    let mut merged: BTreeMap<String, (Vec<usize>, bool, BTreeMap<String, usize>)> = BTreeMap::new();
    for (k, v) in by_key {
        let t = target.get(&k).cloned().unwrap_or(k);
        let e = merged.entry(t).or_insert_with(|| (Vec::new(), false, BTreeMap::new()));
        e.0.extend(v.0);
        e.1 |= v.1;
        for (n, c) in v.2 {
            *e.2.entry(n).or_insert(0) += c;
        }
    }
    let mut out: Vec<Entity> = merged
        .into_iter()
        .map(|(k, (idx, hint, forms))| {
            let mut mentions = vec![0usize; ndocs];
            for &i in &idx {
                if let Some(m) = mentions.get_mut(ms[i].doc) {
                    *m += 1;
                }
            }
            // Name: a canonical place name, else the longest form (most used on ties).
            let name = place_alias(&k).map(str::to_string).unwrap_or_else(|| {
                forms.iter().max_by(|a, b| a.0.split(' ').count().cmp(&b.0.split(' ').count()).then(a.1.cmp(b.1)).then(b.0.cmp(a.0))).map(|(n, _)| n.clone()).unwrap_or_default()
            });
            let kind = guess_kind(&name, hint);
            Entity { name, kind, aliases: forms.into_keys().collect(), docs: mentions.iter().filter(|&&m| m > 0).count(), mentions }
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| b.docs.cmp(&a.docs).then(b.mentions.iter().sum::<usize>().cmp(&a.mentions.iter().sum::<usize>())).then(a.name.cmp(&b.name)));
    out.truncate(limit);
    out
}

/// Surface form -> merged entity, for quote speakers.
pub(crate) struct EntityIndex<'e> {
    by_key: std::collections::HashMap<String, &'e Entity>,
}

impl<'e> EntityIndex<'e> {
    pub(crate) fn new(entities: &'e [Entity]) -> Self {
        let mut by_key = std::collections::HashMap::new();
        for e in entities {
            by_key.entry(key(&e.name)).or_insert(e);
            for a in &e.aliases {
                by_key.entry(key(a)).or_insert(e);
            }
        }
        EntityIndex { by_key }
    }

    /// The merged entity of a surface form.
    pub(crate) fn get(&self, surface: &str) -> Option<&'e Entity> {
        self.by_key.get(&key(surface)).copied()
    }
}
