//! Direct quotations and who said them.
//!
//! A quotation is text between “curly” or "straight" quotation marks within
//! one paragraph. Its speaker is read from the words around it:
//! `“…,” he said` (the pronoun resolved to the last person named before),
//! `“…,” said X`, `X said: “…”`, `X described it as “…”`, `according to X`,
//! `X, director of …, pointed out that … “…”`. Short scare quotes
//! (“free alternative”) without a speech verb are not quotations.

use serde::{Deserialize, Serialize};

use crate::claims::entities::{Entity, EntityIndex, EntityKind, Mention};
use crate::document::SentenceRef;
use crate::text::{words, Analysis, SentenceKind};
use crate::text::Lowercase;

/// A quotation needs this many words, unless a speech verb introduces it.
pub const QUOTE_MIN_WORDS: usize = 4;

/// One direct quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Id of the document.
    pub doc: String,
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Byte range of the quoted words in the document text.
    pub start: usize,
    /// End of that range (exclusive).
    pub end: usize,
    /// The same range in UTF-16 code units.
    pub start_utf16: usize,
    /// End in UTF-16 code units.
    pub end_utf16: usize,
    /// Who said it, as named by the entity list ("Liang Wenfeng"), when the
    /// text says.
    pub speaker: Option<String>,
    /// The sentence the quotation starts in.
    pub sentence: SentenceRef,
}

const SPEECH_VERBS: [&str; 30] = [
    "said", "says", "say", "stated", "states", "noted", "notes", "added", "adds", "told", "wrote", "writes", "warned",
    "warns", "argued", "argues", "claimed", "claims", "emphasized", "emphasised", "explained", "acknowledged", "insisted",
    "asked", "described", "called", "referred", "declared", "remarked", "out",
];

const PRONOUNS: [&str; 4] = ["he", "she", "they", "it"];

/// Quotations of every document, in text order.
pub(crate) fn quotes(analysis: &Analysis, entities: &[Entity], mentions: &[Mention]) -> Vec<Quote> {
    let mut out = Vec::new();
    let index = EntityIndex::new(entities);
    let mut by_doc: Vec<Vec<&Mention>> = vec![Vec::new(); analysis.docs.len()];
    for m in mentions {
        if let Some(v) = by_doc.get_mut(m.doc) {
            v.push(m);
        }
    }
    for (d, da) in analysis.docs.iter().enumerate() {
        let text = da.doc.text.as_str();
        // In text order, as `mentions` lists them (by document and position).
        let doc_mentions = &by_doc[d];
        let people: Vec<&Mention> = doc_mentions.iter().copied().filter(|m| index.get(&m.name).map(|e| e.kind) == Some(EntityKind::Person)).collect();
        if !text.contains(['“', '"']) {
            continue;
        }
        for (line_start, line) in lines(text) {
            for (qs, qe) in quote_spans(line) {
                let (qs, qe) = (line_start + qs, line_start + qe);
                let Some(inner) = text.get(qs..qe) else { continue };
                let inner_trim = inner.trim_matches(|c: char| c.is_whitespace() || c == ',');
                if inner_trim.is_empty() {
                    continue;
                }
                // Sentence holding the opening mark (sentences are in text
                // order: the first that ends at or after it).
                let from = da.sentences.partition_point(|s| s.range.end < qs);
                let Some(si) = (from..da.sentences.len()).take_while(|&i| da.sentences[i].range.start <= qs).find(|&i| da.sentences[i].kind != SentenceKind::Furniture) else { continue };
                let sent = &da.sentences[si];
                // The speaker is named near the marks: a window around them
                // keeps the work per quotation bounded in a long "sentence".
                let (near_start, near_end) = (window_start(text, sent.range.start, qs), window_end(text, sent.range.end.max(qe), qe));
                let speaker = find_speaker(text, near_start, qs, qe, near_end, doc_mentions, &people, &index);
                let n_words = words(inner_trim).count();
                let introduced = speaker.is_some();
                if n_words < QUOTE_MIN_WORDS && !(introduced && n_words >= 1 && has_speech_verb(text, near_start, qs, qe, near_end)) {
                    continue;
                }
                let off = inner.find(inner_trim).unwrap_or(0);
                let (s, e) = (qs + off, qs + off + inner_trim.len());
                let start_utf16 = da.utf16_at(s);
                out.push(Quote {
                    doc: da.doc.id.clone(),
                    text: inner_trim.to_string(),
                    start: s,
                    end: e,
                    start_utf16,
                    end_utf16: start_utf16 + crate::text::utf16_len(inner_trim),
                    speaker,
                    // A page-long "sentence" is cited by the window around
                    // the quotation, so output stays linear in the text.
                    sentence: if sent.range.len() > LONG_SENTENCE_BYTES { da.reference(near_start..near_end) } else { analysis.sentence_ref(d, si) },
                });
            }
        }
    }
    out
}

/// Sentences longer than this are cited by the window around a quotation.
const LONG_SENTENCE_BYTES: usize = 2_000;

/// Bytes around a quotation searched for its speaker, at most.
const SPEAKER_WINDOW: usize = 600;

/// `sent_start`, or a character boundary [`SPEAKER_WINDOW`] bytes before `qs`
/// when the sentence starts further back.
fn window_start(text: &str, sent_start: usize, qs: usize) -> usize {
    let mut at = sent_start.max(qs.saturating_sub(SPEAKER_WINDOW));
    while at < qs && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// `sent_end`, or a character boundary [`SPEAKER_WINDOW`] bytes after `qe`
/// when the sentence runs further on.
fn window_end(text: &str, sent_end: usize, qe: usize) -> usize {
    let mut at = sent_end.min(qe.saturating_add(SPEAKER_WINDOW)).min(text.len());
    while at > qe && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    text.split_inclusive('\n').map(move |l| {
        let s = pos;
        pos += l.len();
        (s, l)
    })
}

/// Byte ranges (inside the marks) of the quotations of one paragraph.
fn quote_spans(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut straight: Option<usize> = None;
    for (i, c) in line.char_indices() {
        match c {
            '“' => open = Some(i + c.len_utf8()),
            '”' => {
                if let Some(s) = open.take() {
                    out.push((s, i));
                }
            }
            '"' => match straight.take() {
                Some(s) => out.push((s, i)),
                None => straight = Some(i + 1),
            },
            _ => {}
        }
    }
    out
}

fn has_speech_verb(text: &str, sent_start: usize, qs: usize, qe: usize, sent_end: usize) -> bool {
    let before = text.get(sent_start..qs).unwrap_or("");
    let after = text.get(qe..sent_end).unwrap_or("");
    let verb = |s: &str| words(s).any(|w| SPEECH_VERBS.contains(&w.text.to_lower().as_str()));
    verb(before) || words(after).take(4).any(|w| SPEECH_VERBS.contains(&w.text.to_lower().as_str()))
}

/// The speaker of the quotation `qs..qe` in the sentence starting at
/// `sent_start`.
/// `mentions` and `people` (its persons) are sorted by start.
#[allow(clippy::too_many_arguments)]
fn find_speaker(text: &str, sent_start: usize, qs: usize, qe: usize, sent_end: usize, mentions: &[&Mention], people: &[&Mention], index: &EntityIndex) -> Option<String> {
    let resolve = |surface: &str| Some(index.get(surface).map(|e| e.name.clone()).unwrap_or_else(|| surface.to_string()));
    let kind_of = |surface: &str| index.get(surface).map(|e| e.kind);
    let last_person_before = |pos: usize| people[..people.partition_point(|m| m.start < pos)].last().map(|m| m.name.clone());
    // The mentions starting in lo..=hi, in text order.
    let starting_in = |lo: usize, hi: usize| {
        let from = mentions.partition_point(|m| m.start < lo);
        mentions[from..].iter().take_while(move |m| m.start <= hi)
    };
    // After the quotation: “…,” he said / “…,” said X / “…,” X said.
    let after_end = qe + text.get(qe..).and_then(|r| r.char_indices().take_while(|&(p, _)| p <= 4).find(|&(_, c)| c == '”')).map_or(0, |(p, c)| p + c.len_utf8());
    let after = text.get(after_end.min(text.len())..sent_end.max(after_end).min(text.len())).unwrap_or("");
    let after_words: Vec<_> = words(after).take(4).collect();
    if after_words.len() >= 2 {
        let w0 = after_words[0].text.to_lower();
        let w1 = after_words[1].text.to_lower();
        if PRONOUNS.contains(&w0.as_str()) && SPEECH_VERBS.contains(&w1.as_str()) && w0 != "it" {
            return last_person_before(qs).and_then(|n| resolve(&n));
        }
        if SPEECH_VERBS.contains(&w0.as_str()) {
            let base = after_end;
            if let Some(m) = starting_in(base + after_words[1].start, base + after_words[1].end).next() {
                return resolve(&m.name);
            }
        }
        if SPEECH_VERBS.contains(&w1.as_str()) {
            let base = after_end;
            if let Some(m) = starting_in(base + after_words[0].start, base + after_words[0].start).next() {
                return resolve(&m.name);
            }
        }
    }
    // Before the quotation, same sentence: "according to X", or a speech
    // verb whose subject is the first name of the clause.
    let before = text.get(sent_start..qs).unwrap_or("");
    let lower = before.to_lower();
    if let Some(p) = lower.rfind("according to ") {
        let at = sent_start + p + "according to ".len();
        if let Some(m) = starting_in(at, at + 4).next() {
            return resolve(&m.name);
        }
    }
    let bw: Vec<_> = words(before).collect();
    let verb_at = bw.iter().rposition(|w| SPEECH_VERBS.contains(&w.text.to_lower().as_str()));
    if let Some(v) = verb_at {
        let verb_pos = sent_start + bw[v].start;
        // "As Allen noted, “…”": the name just before the verb.
        let in_clause: Vec<&&Mention> = starting_in(sent_start, verb_pos).filter(|m| m.start < verb_pos).collect();
        let person = in_clause.iter().find(|m| kind_of(&m.name) == Some(EntityKind::Person));
        if let Some(m) = person.or(in_clause.first()) {
            return resolve(&m.name);
        }
        // "He said: “…”".
        if v > 0 && PRONOUNS.contains(&bw[v - 1].text.to_lower().as_str()) && bw[v - 1].text.to_lower() != "it" {
            return last_person_before(qs).and_then(|n| resolve(&n));
        }
    }
    None
}
