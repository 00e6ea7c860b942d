//! One claim per body sentence: what the sentence asserts, read for the
//! anchors that decide whether two sentences report the same fact.
//!
//! The anchors are the figures in the sentence (indices into the scanned
//! figure claims), the names it mentions (canonical, lower-cased), whether
//! it is negated ("not", "never", "denied") and how it is vouched for:
//! asserted, attributed to someone ("claimed", "according to"), hedged by a
//! modal ("may", "could") or doubted ("yet to be verified", "unconfirmed").
//! The cue words are closed-class grammar words, like the stop words, not a
//! vocabulary table.

use serde::{Deserialize, Serialize};

use crate::text::{fold_case, words, Analysis, SentenceKind};
use crate::text::Lowercase;

/// How a sentence vouches for what it says.
///
/// ```
/// use parallax::claims::{Claim, Stance};
/// assert_eq!(Claim::read("Wang claimed it has 50,000 chips.").stance, Stance::Attributed);
/// assert_eq!(Claim::read("The claim has yet to be verified.").stance, Stance::Doubted);
/// assert_eq!(Claim::read("Shares may fall further.").stance, Stance::Modal);
/// assert_eq!(Claim::read("Shares fell 17 percent.").stance, Stance::Asserted);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Stated as fact.
    Asserted,
    /// Put in someone's mouth: "claimed", "according to", "allegedly".
    Attributed,
    /// Possible, not stated: "may", "might", "could".
    Modal,
    /// Questioned in the sentence itself: "yet to be verified", "unconfirmed", "disputed".
    Doubted,
}

/// The anchors of one body sentence.
///
/// ```
/// use parallax::claims::{Claim, Stance};
/// let c = Claim::read("DeepSeek did not use 50,000 chips, according to the company.");
/// assert!(c.negated);
/// assert_eq!(c.stance, Stance::Attributed);
/// assert_eq!(c.cues, vec!["not".to_string(), "according to".to_string()]);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Claim {
    /// Index of the document in [`Analysis::docs`].
    pub doc: usize,
    /// Index of the sentence in its document.
    pub sentence: usize,
    /// Indices of the sentence's figures in the scanned figure claims.
    pub figures: Vec<usize>,
    /// Canonical names of the entities it mentions, lower-cased, sorted, distinct.
    pub entities: Vec<String>,
    /// True when the main assertion is negated ("did not", "never", "denied").
    pub negated: bool,
    /// How the sentence vouches for it.
    pub stance: Stance,
    /// The cue words found, as lower-cased phrases, in text order.
    pub cues: Vec<String>,
}

impl Default for Stance {
    fn default() -> Self {
        Stance::Asserted
    }
}

/// Negation words; "n't" endings count too.
const NEGATIONS: [&str; 10] = ["not", "no", "never", "neither", "nor", "none", "denied", "denies", "deny", "denying"];
/// Attribution verbs and adverbs ("according" needs "to" after it).
const ATTRIBUTIONS: [&str; 10] = ["claimed", "claims", "claim", "alleged", "allegedly", "reportedly", "purportedly", "according", "asserted", "asserting"];
/// Modal words: the sentence says what is possible, not what is.
const MODALS: [&str; 6] = ["may", "might", "could", "possibly", "perhaps", "likely"];
/// Doubt about the sentence's own claim.
const DOUBTS: [&str; 7] = ["unverified", "unconfirmed", "disputed", "contested", "questioned", "doubts", "skeptical"];

impl Claim {
    /// Reads the negation and stance of one sentence's text (no figures or
    /// entities: those need the whole analysis, see [`claims`]).
    pub fn read(text: &str) -> Claim {
        // Most sentences hold no cue at all: lower-case only the words that
        // could be one (short, and starting with a cue's first letter).
        let ws: Vec<String> = words(text)
            .map(|w| {
                let t = w.text;
                let first = t.as_bytes()[0].to_ascii_lowercase();
                if t.len() <= 11 && b"nadcrpmlqsuvyotiwh".contains(&first) {
                    fold_case(t).replace('\u{2019}', "'")
                } else {
                    String::new()
                }
            })
            .collect();
        let mut c = Claim::default();
        let (mut attributed, mut modal, mut doubted) = (false, false, false);
        for (i, w) in ws.iter().enumerate() {
            if w.is_empty() {
                continue;
            }
            let next = ws.get(i + 1).map(String::as_str);
            let w = w.as_str();
            if w == "verified" || w == "confirmed" {
                // "yet to be verified", "has not been confirmed".
                let before: Vec<&str> = ws[i.saturating_sub(4)..i].iter().map(String::as_str).collect();
                if before.contains(&"yet") || before.contains(&"not") || before.iter().any(|b| b.ends_with("n't")) {
                    doubted = true;
                    c.cues.push(if before.contains(&"yet") { format!("yet to be {w}") } else { format!("not {w}") });
                    continue;
                }
            }
            if NEGATIONS.contains(&w) || (w.ends_with("n't") && w.len() > 3) {
                // "not only … but" is emphasis, "no longer" a change; neither denies.
                if !(w == "not" && next == Some("only")) && !(w == "no" && next == Some("longer")) {
                    // A negation that belongs to a doubt ("not been verified") is counted there.
                    let ahead: Vec<&str> = ws[i + 1..(i + 4).min(ws.len())].iter().map(String::as_str).collect();
                    if !ahead.contains(&"verified") && !ahead.contains(&"confirmed") {
                        c.negated = true;
                        c.cues.push(w.to_string());
                    }
                }
            } else if ATTRIBUTIONS.contains(&w) {
                if w == "according" && next != Some("to") {
                    continue;
                }
                attributed = true;
                c.cues.push(if w == "according" { "according to".to_string() } else { w.to_string() });
            } else if MODALS.contains(&w) {
                modal = true;
                c.cues.push(w.to_string());
            } else if DOUBTS.contains(&w) {
                doubted = true;
                c.cues.push(w.to_string());
            }
        }
        c.stance = if doubted {
            Stance::Doubted
        } else if attributed {
            Stance::Attributed
        } else if modal {
            Stance::Modal
        } else {
            Stance::Asserted
        };
        c
    }

    /// True when the sentence gives a figure other than a year.
    pub fn has_figure(&self, figures: &[crate::claims::FigureClaim]) -> bool {
        self.figures.iter().any(|&i| figures.get(i).is_some_and(|f| f.kind != crate::claims::FigureKind::Year))
    }
}

/// The claim of every sentence of every document (`None` for headings and
/// furniture), given the scanned figures and each entity mention's
/// canonical name as `(doc, byte offset, name)`.
pub(crate) fn claims(analysis: &Analysis, figures: &[crate::claims::FigureClaim], names: &[(usize, usize, String)]) -> Vec<Vec<Option<Claim>>> {
    let mut out: Vec<Vec<Option<Claim>>> = analysis
        .docs
        .iter()
        .enumerate()
        .map(|(d, da)| {
            da.sentences
                .iter()
                .enumerate()
                .map(|(s, info)| {
                    (info.kind == SentenceKind::Body).then(|| {
                        let mut c = Claim::read(da.sentence_text(s));
                        c.doc = d;
                        c.sentence = s;
                        c
                    })
                })
                .collect()
        })
        .collect();
    let doc_index = super::clusters::doc_positions(analysis);
    for (i, f) in figures.iter().enumerate() {
        let Some(&d) = doc_index.get(f.doc.as_str()) else { continue };
        if let Some(s) = sentence_at(analysis, d, f.start) {
            if let Some(Some(c)) = out[d].get_mut(s) {
                c.figures.push(i);
            }
        }
    }
    for (d, at, name) in names {
        if let Some(s) = sentence_at(analysis, *d, *at) {
            if let Some(Some(c)) = out[*d].get_mut(s) {
                c.entities.push(name.to_lower());
            }
        }
    }
    for c in out.iter_mut().flatten().flatten() {
        crate::order::sort(&mut c.entities);
        c.entities.dedup();
    }
    out
}

/// The sentence of document `d` that holds byte `at`, by binary search.
pub(crate) fn sentence_at(analysis: &Analysis, d: usize, at: usize) -> Option<usize> {
    let sentences = &analysis.docs.get(d)?.sentences;
    let i = sentences.partition_point(|s| s.range.end <= at);
    sentences.get(i).filter(|s| s.range.start <= at).map(|_| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues() {
        let cases = [
            ("Nvidia did not lose $590 billion.", true, Stance::Asserted),
            ("The company denied the report.", true, Stance::Asserted),
            ("It isn’t cheap.", true, Stance::Asserted),
            ("Not only cheap but fast, the model won.", false, Stance::Asserted),
            ("Wang claimed DeepSeek has 50,000 H100s; this has yet to be verified.", false, Stance::Doubted),
            ("The figure has not been confirmed.", false, Stance::Doubted),
            ("According to the firm, it cost $5.6 million.", false, Stance::Attributed),
            ("Prices could fall.", false, Stance::Modal),
        ];
        for (text, negated, stance) in cases {
            let c = Claim::read(text);
            assert_eq!((c.negated, c.stance), (negated, stance), "given: {text}\nexpected: {:?}\ngot: {:?} (cues {:?})", (negated, stance), (c.negated, c.stance), c.cues);
        }
    }
}
