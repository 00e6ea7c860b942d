//! What a figure measures: the words around it, in its clause, read for
//! the measured phrase ("causing … in losses on the New York Stock
//! Exchange"), the owner ("Nvidia" in "Nvidia's market cap") and the
//! context terms grouping compares.

use super::currency;
use super::lexicon::*;
use super::number_words::is_number_word;
use super::scan::{Found, Owner, is_clause_break};
use super::tokens::{Tok, Token};
use super::units::scale_of;
use super::FigureKind;
use crate::text::{is_stop_word, stem, strip_possessives};

/// Marks a token that belongs to no figure in `describe`'s lookup.
pub(crate) const NO_FIGURE: u32 = u32::MAX;

/// Fills the measured phrase, the subject and the context terms of a figure.
///
/// `figure_of[k]` is the index of the figure token `k` belongs to
/// ([`NO_FIGURE`] for none): one lookup per token, however many figures
/// the sentence holds.
pub(crate) fn describe(toks: &[Token], f: &mut Found, figure_of: &[u32], me: usize) {
    let (s, e) = f.toks;
    let other_figure = |k: usize| figure_of.get(k).is_some_and(|&n| n != NO_FIGURE && n as usize != me);
    // Words before, inside the clause; a comma is crossed only while fewer
    // than two content words have been collected.
    let mut before: Vec<usize> = Vec::new();
    let mut content = 0;
    let mut k = s;
    while k > 0 && before.len() < 10 {
        k -= 1;
        let t = &toks[k];
        if is_clause_break(t) || other_figure(k) {
            break;
        }
        if t.tok == Tok::Punct(',') {
            if content >= 2 {
                break;
            }
            continue;
        }
        if t.tok == Tok::Word {
            before.push(k);
            if !is_stop_word(&t.lower) {
                content += 1;
            }
            if content >= 6 {
                break;
            }
        }
    }
    before.reverse();
    let mut after: Vec<usize> = Vec::new();
    let mut k = e;
    while k < toks.len() && after.len() < 6 {
        let t = &toks[k];
        if is_clause_break(t) || t.tok == Tok::Punct(',') || other_figure(k) {
            break;
        }
        if t.tok == Tok::Word {
            after.push(k);
        }
        k += 1;
    }
    // The counted thing's modifiers are inside the figure's tokens.
    let inside: Vec<usize> = (s..e).filter(|&k| toks[k].tok == Tok::Word && scale_of(&toks[k].lower).is_none() && currency::name(&toks[k].lower).is_none() && currency::code(toks[k].text).is_none()).collect();
    let hedge_words: &[&str] = &["estimated", "estimate", "about", "around", "approximately", "roughly", "nearly", "almost", "just", "only", "some"];
    let mut terms: Vec<String> = Vec::new();
    for &k in before.iter().chain(&after).chain(&inside) {
        let lower = strip_possessives(&toks[k].lower);
        if lower.chars().count() < 2 || is_stop_word(lower) || hedge_words.contains(&lower) || CLAIM_WORDS.contains(&lower) || is_number_word(lower) {
            continue;
        }
        if let Some(c) = concept(lower) {
            terms.push(c.to_string());
        }
        terms.push(stem(lower).into_owned());
    }
    crate::order::sort(&mut terms);
    terms.dedup();
    f.context = terms;
    // Measured phrase: the content-word run nearest before the figure, and
    // the words after it up to a clause break (for "in losses").
    let near_before: Vec<&str> = {
        let mut run = Vec::new();
        for &k in before.iter().rev() {
            let w = toks[k].lower.as_str();
            if is_stop_word(w) || hedge_words.contains(&w) || CLAIM_WORDS.contains(&w) {
                if run.is_empty() {
                    continue;
                }
                break;
            }
            run.push(toks[k].text);
            if run.len() >= 4 {
                break;
            }
        }
        run.reverse();
        // "projects like $500 billion": the run names the thing, "like" does not.
        if run.len() > 1 && run.last().is_some_and(|w| w.eq_ignore_ascii_case("like")) {
            run.pop();
        }
        run
    };
    let mut measured: Vec<&str> = near_before;
    if f.kind == FigureKind::Count {
        measured = inside.iter().map(|&k| toks[k].text).collect();
    } else if let Some(&first) = after.first() {
        if matches!(toks[first].lower.as_str(), "in" | "of" | "on" | "for" | "from" | "off" | "was" | "were") {
            let tail: Vec<&str> = label_tail(toks, e, &other_figure).into_iter().map(|k| toks[k].text).collect();
            if !measured.is_empty() {
                measured.push("…");
            }
            measured.extend(tail);
        }
    }
    f.measured = measured.join(" ");
    f.subject = owner(toks, s);
}

/// The words after a figure that say what it is ("in losses on the New York
/// Stock Exchange"): up to five, up to a clause break, a comma or another
/// figure, then on to the end of a capitalised name in progress (at most
/// nine in all), without trailing stop words ("… on the").
pub(crate) fn label_tail(toks: &[Token], e: usize, other_figure: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let capitalised = |k: usize| toks[k].text.starts_with(char::is_uppercase);
    let mut tail: Vec<usize> = Vec::new();
    // Bounded: a run of symbols or punctuation ends the label too.
    for (k, t) in toks.iter().enumerate().skip(e).take(40) {
        if is_clause_break(t) || t.tok == Tok::Punct(',') || other_figure(k) {
            break;
        }
        if t.tok != Tok::Word {
            continue;
        }
        if tail.len() >= 5 {
            let in_name = tail.last().is_some_and(|&p| capitalised(p)) && capitalised(k);
            if !in_name || tail.len() >= 9 {
                break;
            }
        }
        tail.push(k);
    }
    // ("US" is a name, not the pronoun.)
    while tail.last().is_some_and(|&k| is_stop_word(&toks[k].lower) && !toks[k].text.chars().all(char::is_uppercase)) {
        tail.pop();
    }
    tail
}

/// Whose amount it is: a possessive entity on a measure noun before the
/// figure (strong), or the entity subject of a verb like "charges" (weak).
pub(crate) fn owner(toks: &[Token], s: usize) -> Option<Owner> {
    let mut k = s;
    let mut steps = 0;
    // Possessive: "Nvidia's market cap taking … $590 billion", "OpenAI’s rate of USD 7.50".
    while k > 0 && steps < 14 {
        k -= 1;
        steps += 1;
        let t = &toks[k];
        if matches!(t.tok, Tok::Punct(c) if matches!(c, ';' | ':' | '(' | ')' | '.' | '?' | '!')) || matches!(t.tok, Tok::Number(_)) {
            break;
        }
        // Sentence-initial is fine: "Orbit's market value" is a name either way.
        if t.tok == Tok::Word && (t.lower.ends_with("’s") || t.lower.ends_with("'s")) && is_entity_word(t, false) {
            let next_two = toks[k + 1..(k + 3).min(toks.len())].iter().any(|n| MEASURE_NOUNS.contains(&n.lower.as_str()));
            if next_two {
                let name = strip_possessives(t.text).to_string();
                return Some(Owner { name, strong: true });
            }
        }
    }
    // Subject of an owner verb: "Meta charges", "DeepSeek offers API access at",
    // "Meta, which aims to invest".
    let mut k = s;
    let mut verb_at = None;
    let mut steps = 0;
    while k > 0 && steps < 6 {
        k -= 1;
        steps += 1;
        let t = &toks[k];
        if t.tok != Tok::Word {
            break;
        }
        if OWNER_VERBS.contains(&t.lower.as_str()) {
            verb_at = Some(k);
            break;
        }
    }
    let v = verb_at?;
    let mut k = v;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        k -= 1;
        steps += 1;
        let t = &toks[k];
        if t.tok == Tok::Punct(',') || (t.tok == Tok::Word && matches!(t.lower.as_str(), "which" | "who" | "that" | "has" | "have" | "had" | "is" | "was" | "will" | "would" | "aims" | "plans" | "to" | "also" | "just" | "now")) {
            continue;
        }
        // Sentence-initial is fine here: a common word like "However" is
        // not the subject of "charges".
        if is_entity_word(t, false) {
            return Some(Owner { name: strip_possessives(t.text).to_string(), strong: false });
        }
        break;
    }
    None
}
