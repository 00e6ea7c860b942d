//! The figure scanner: tokens of one sentence ([`tokens`](super::tokens)),
//! then a figure at every number, with the words around it read for
//! currency ([`currency`](super::currency)), scale and unit
//! ([`units`](super::units)), rate ([`rate`](super::rate)), range, hedge
//! and the phrase it measures ([`describe`](super::describe)). Every step
//! looks a bounded number of tokens around the number, so a sentence is
//! scanned in time linear in its length.

#![allow(clippy::wildcard_imports)]

use super::group::CONCEPT_WEIGHT;
use super::*;
use crate::document::SentenceRef;
use crate::Document;
use super::currency;
pub(crate) use super::describe::*;
pub(crate) use super::lexicon::*;
use super::number_words;
pub(crate) use super::rate::rate_at;
pub(crate) use super::tokens::*;
pub(crate) use super::units::*;
/// Claims with the context terms used for grouping.
pub(crate) fn scan_all(analysis: &Analysis) -> Vec<(FigureClaim, Context)> {
    let mut out = Vec::new();
    // (The crate's one string-keyed B-tree type.)
    let mut interner: BTreeMap<String, usize> = BTreeMap::new();
    for (d, da) in analysis.docs.iter().enumerate() {
        // Headings and bullet lines state figures too ("Nvidia lost $590 billion").
        for s in da.scannable() {
            let range = da.sentences[s].range.clone();
            let text = &da.doc.text[range.clone()];
            let found = scan_sentence(text);
            if found.is_empty() {
                continue;
            }
            let sref = analysis.sentence_ref(d, s);
            let long = range.len() > LONG_SENTENCE_BYTES;
            // For a long sentence: the byte and UTF-16 offsets reached so far.
            let mut cursor = (range.start, sref.start_utf16);
            for f in found {
                let start = range.start + f.start;
                let end = range.start + f.end;
                let sentence = if long { window(da.doc, range.clone(), start, end, &mut cursor) } else { sref.clone() };
                let claim = FigureClaim {
                    doc: da.doc.id.clone(),
                    sentence,
                    start,
                    end,
                    text: da.doc.text.get(start..end).unwrap_or_default().to_string(),
                    kind: f.kind,
                    value: f.value,
                    low: f.low,
                    high: f.high,
                    unit: f.unit,
                    rate: f.rate,
                    rate_from_context: f.rate_from_context,
                    measured: f.measured,
                    subject: f.subject.as_ref().map(|o| o.name.clone()),
                    hedge: f.hedge,
                    hedges: f.hedges,
                    claimed: f.claimed,
                };
                let vague = f.vague;
                let mut ids: Vec<u32> = f
                    .context
                    .iter()
                    .map(|t| {
                        let next = interner.len() as u32 & !CONCEPT_BIT;
                        let id = match interner.get(t.as_str()) {
                            Some(&id) => id as u32,
                            None => {
                                interner.insert(t.clone(), next as usize);
                                next
                            }
                        };
                        if t.starts_with('~') {
                            id | CONCEPT_BIT
                        } else {
                            id
                        }
                    })
                    .collect();
                ids.sort_unstable();
                let weight = ids.iter().map(|&i| term_weight(i)).sum();
                out.push((claim, Context { doc: d, terms: f.context, ids, weight, owner: f.subject, vague }));
            }
        }
    }
    out
}

/// Sentences longer than this (a table or a list without full stops, run
/// together) give each figure the part of the sentence around it, up to
/// [`WINDOW_BYTES`] on either side, instead of the whole sentence: each
/// claim carries its sentence's text, so thousands of figures in one
/// page-long "sentence" would otherwise make output quadratic in its length.
const LONG_SENTENCE_BYTES: usize = 2_000;
const WINDOW_BYTES: usize = 400;

/// The window of `sentence` around a figure at `start..end`, as a
/// [`SentenceRef`]. `cursor` (byte offset, UTF-16 offset) only moves
/// forward, as the figures come in text order, so the UTF-16 offsets of all
/// windows of a sentence cost one pass over it.
fn window(doc: &Document, sentence: std::ops::Range<usize>, start: usize, end: usize, cursor: &mut (usize, usize)) -> SentenceRef {
    let text = doc.text.as_str();
    let mut ws = start.saturating_sub(WINDOW_BYTES).max(sentence.start).max(cursor.0);
    while !text.is_char_boundary(ws) {
        ws -= 1;
    }
    let mut we = (end + WINDOW_BYTES).min(sentence.end).max(ws);
    while !text.is_char_boundary(we) {
        we += 1;
    }
    if ws >= cursor.0 {
        cursor.1 += crate::text::utf16_len(&text[cursor.0..ws]);
        cursor.0 = ws;
    }
    let slice = &text[ws..we];
    SentenceRef { doc: doc.id.clone(), start: ws, end: we, start_utf16: cursor.1, end_utf16: cursor.1 + crate::text::utf16_len(slice), text: slice.to_string() }
}

/// What grouping needs beyond the public claim.
#[derive(Debug, Clone)]
pub(crate) struct Context {
    pub(crate) doc: usize,
    /// Ascending, distinct.
    pub(crate) terms: Vec<String>,
    pub(crate) owner: Option<Owner>,
    /// "billions of dollars": too vague to compare.
    pub(crate) vague: bool,
    /// The context terms interned, ascending; concepts carry [`CONCEPT_BIT`].
    pub(crate) ids: Vec<u32>,
    /// Sum of the weights of `ids`.
    pub(crate) weight: f64,
}

pub(crate) const CONCEPT_BIT: u32 = 1 << 31;

pub(crate) fn term_weight(id: u32) -> f64 {
    if id & CONCEPT_BIT != 0 {
        CONCEPT_WEIGHT
    } else {
        1.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Owner {
    pub(crate) name: String,
    /// Possessive on a measure noun ("Nvidia's market cap"): the figure is
    /// certainly about this entity alone.
    pub(crate) strong: bool,
}

// ---------------------------------------------------------------- scanning

pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: FigureKind,
    pub(crate) value: f64,
    pub(crate) low: f64,
    pub(crate) high: Option<f64>,
    pub(crate) unit: String,
    pub(crate) rate: Option<String>,
    pub(crate) rate_from_context: bool,
    pub(crate) measured: String,
    pub(crate) subject: Option<Owner>,
    pub(crate) hedge: Hedge,
    pub(crate) hedges: Vec<String>,
    pub(crate) claimed: bool,
    /// Ascending, distinct.
    pub(crate) context: Vec<String>,
    pub(crate) vague: bool,
    /// Token range of the figure itself.
    pub(crate) toks: (usize, usize),
}

pub(crate) fn is_clause_break(t: &Token) -> bool {
    matches!(t.tok, Tok::Punct(c) if matches!(c, ';' | ':' | '—' | '–' | '(' | ')' | '!' | '?' | '.'))
        || (t.tok == Tok::Word && matches!(t.lower.as_str(), "while" | "whereas" | "compared" | "but" | "versus" | "vs"))
}

/// What a sentence says once for all its figures: where its first claim
/// word ("claims", "says") and its first attributive word ("according",
/// "reportedly") stand.
pub(crate) struct SentenceCues {
    first_claim_word: Option<usize>,
    first_attributive: Option<usize>,
}

impl SentenceCues {
    fn new(toks: &[Token]) -> Self {
        let first_claim_word = toks.iter().position(|t| CLAIM_WORDS.contains(&t.lower.as_str()));
        let first_attributive = toks.iter().position(|t| matches!(t.lower.as_str(), "according" | "reportedly" | "allegedly" | "purportedly"));
        SentenceCues { first_claim_word, first_attributive }
    }

    /// The token that makes a figure starting at `start` a claim: a claim
    /// word before it, or an attributive word anywhere.
    fn claim_for(&self, start: usize) -> Option<usize> {
        let before = self.first_claim_word.filter(|&k| k < start);
        match (before, self.first_attributive) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// Scans one sentence for figures. Offsets are relative to `text`.
pub(crate) fn scan_sentence(text: &str) -> Vec<Found> {
    let toks = tokenize(text);
    let cues = SentenceCues::new(&toks);
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match figure_at(&toks, i, &cues) {
            Some(f) => {
                i = f.toks.1.max(i + 1);
                found.push(f);
            }
            None => i += 1,
        }
    }
    // Context and subject need to know where the other figures are.
    let mut figure_of = vec![NO_FIGURE; toks.len()];
    for (n, f) in found.iter().enumerate() {
        for slot in &mut figure_of[f.toks.0..f.toks.1.min(toks.len())] {
            *slot = n as u32;
        }
    }
    for (k, f) in found.iter_mut().enumerate() {
        describe(&toks, f, &figure_of, k);
    }
    // A money figure without a rate takes the rate of the nearest earlier
    // money figure of the same sentence and currency that has one ("Meta
    // charges $2.80 per million tokens, DeepSeek charges just 1.4 cents").
    // (unit, rate) of the last money figure with a rate, per currency: a
    // handful of currencies at most, so a list.
    let mut last_rate: Vec<(String, String)> = Vec::new();
    for f in &mut found {
        if f.kind != FigureKind::Money {
            continue;
        }
        let slot = last_rate.iter().position(|(u, _)| *u == f.unit);
        match (&f.rate, slot) {
            (Some(r), Some(at)) => last_rate[at].1 = r.clone(),
            (Some(r), None) => last_rate.push((f.unit.clone(), r.clone())),
            (None, Some(at)) => {
                f.rate = Some(last_rate[at].1.clone());
                f.rate_from_context = true;
            }
            (None, None) => {}
        }
    }
    found
}

/// A number with the currency and scale written around it: "$5.6 million",
/// "HK$3bn", "EUR 5", "5 €", "20 billion Swiss francs", "3 dollars 50
/// cents", "three hundred and thirty one".
#[derive(Debug, Clone)]
pub(crate) struct Amount {
    /// First token (a sign or code before the number, or the number).
    pub(crate) start_tok: usize,
    /// The number's token.
    pub(crate) number_tok: usize,
    /// Token after the amount.
    pub(crate) end_tok: usize,
    /// The value, scale and currency subunit applied.
    pub(crate) value: f64,
    /// The scale factor written ("million"), 1 when none.
    pub(crate) scale: f64,
    /// Spelled out in words.
    pub(crate) word_number: bool,
    /// ISO code (or shared currency name), and the subunit factor.
    pub(crate) currency: Option<(&'static str, f64)>,
    /// Four plain digits, nothing glued: a possible year.
    pub(crate) year_shape: bool,
}

/// A currency sign ending at token `k` (a symbol, with letters glued
/// before it: "HK$"): its code and first token.
fn sign_before(toks: &[Token], k: usize) -> Option<(&'static str, usize)> {
    let Tok::Symbol(c) = toks.get(k)?.tok else { return None };
    if c == '%' {
        return None;
    }
    if k > 0 && toks[k - 1].tok == Tok::Word && toks[k].glued_to(&toks[k - 1]) {
        let mut joined = String::with_capacity(toks[k - 1].text.len() + 4);
        joined.push_str(toks[k - 1].text);
        joined.push(c);
        if let Some(code) = currency::sign(&joined) {
            return Some((code, k - 1));
        }
    }
    currency::sign(toks[k].text).map(|code| (code, k))
}

/// A currency named at token `k` ("dollars", "Australian dollars", "EUR",
/// "€"): its unit and factor, and the token after it.
fn currency_after(toks: &[Token], k: usize) -> Option<((&'static str, f64), usize)> {
    let t = toks.get(k)?;
    match t.tok {
        Tok::Symbol(c) if c != '%' => {
            // "5 €", "15€"; not the sign of the next amount ("5 $6").
            if toks.get(k + 1).is_some_and(|n| matches!(n.tok, Tok::Number(_)) && n.glued_to(t)) {
                return None;
            }
            return currency::sign(t.text).map(|code| ((code, 1.0), k + 1));
        }
        Tok::Word => {}
        _ => return None,
    }
    if let Some(code) = currency::code(t.text) {
        if !is_stop_word(&t.lower) && !in_capitals(toks, k.checked_sub(1), k + 1) {
            return Some(((code, 1.0), k + 1));
        }
    }
    // Longest name first: "hong kong dollars" before "dollars". Capitalised
    // words before a unit word belong to its name ("South African rand",
    // "US dollars") when the table has no fuller entry.
    let mut words = String::new();
    let mut best = None;
    let mut capitalised = true;
    for n in 0..=currency::MAX_NAME_WORDS {
        let Some(w) = toks.get(k + n).filter(|w| w.tok == Tok::Word && (n == 0 || w.start > toks[k + n - 1].end)) else { break };
        if n > 0 {
            words.push(' ');
        }
        words.push_str(&w.lower);
        if let Some(c) = currency::name(&words) {
            best = Some((c, k + n + 1));
        } else if n > 0 && capitalised {
            if let Some(c) = currency::name(&w.lower) {
                best = Some((c, k + n + 1));
            }
        }
        capitalised &= w.text.starts_with(char::is_uppercase);
    }
    best
}

/// The amount whose number is at token `i`.
pub(crate) fn amount_at(toks: &[Token], i: usize) -> Option<Amount> {
    let t = toks.get(i)?;
    let (mut value, word_number, mut end_tok) = match t.tok {
        Tok::Number(v) if v.is_finite() => (v, false, i + 1),
        Tok::Word => match number_words::parse(toks, i) {
            Some((v, end)) => (v, true, end),
            // "a penny", "a dollar".
            None if is_one_currency(toks, i) => (1.0, true, i + 1),
            None => return None,
        },
        _ => return None,
    };
    let mut year_shape = !word_number && t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit());
    // "10 000": thousands separated by a space.
    if !word_number && t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit()) {
        while let Some(n) = toks.get(end_tok).filter(|_| end_tok - i <= 5) {
            let prev = &toks[end_tok - 1];
            if matches!(n.tok, Tok::Number(_)) && n.text.len() == 3 && n.text.bytes().all(|b| b.is_ascii_digit()) && n.start == prev.end + 1 && text_is_space(toks, end_tok) {
                value = value * 1000.0 + decimal_value(n.text);
                end_tok += 1;
                year_shape = false;
            } else {
                break;
            }
        }
    }
    let mut start_tok = i;
    let mut currency: Option<(&'static str, f64)> = None;
    let mut negative = false;
    // Currency before: "$", "HK$", "€", "USD", "EUR"; "$-99.99".
    if !word_number && i > 0 {
        let minus_between = i >= 2 && is_minus(toks, i - 1) && toks[i].glued_to(&toks[i - 1]) && toks[i - 1].glued_to(&toks[i - 2]);
        if let Some((code, first)) = sign_before(toks, i - 1) {
            currency = Some((code, 1.0));
            start_tok = first;
        } else if let Some((code, first)) = i.checked_sub(2).filter(|_| minus_between).and_then(|k| sign_before(toks, k)) {
            currency = Some((code, 1.0));
            start_tok = first;
            negative = true;
        } else if toks[i - 1].tok == Tok::Word && !is_stop_word(&toks[i - 1].lower) && !in_capitals(toks, (i - 1).checked_sub(1), i + 1) {
            if let Some(code) = currency::code(toks[i - 1].text) {
                currency = Some((code, 1.0));
                start_tok = i - 1;
            }
        }
    }
    // Scale: "million", "bn", "m", "T".
    let mut scale = 1.0;
    if !word_number {
        if let Some(n) = toks.get(end_tok).filter(|n| n.tok == Tok::Word) {
            if let Some(s) = scale_of(&n.lower) {
                let glued = n.start == toks[end_tok - 1].end;
                // A bare "m"/"b"/"k" only when glued to the number ("5.6m");
                // "T" only on money ("$2.174T").
                let ok = match n.lower.as_str() {
                    "t" => glued && currency.is_some(),
                    w if w.len() <= 2 => glued || (currency.is_some() && w == "bn"),
                    _ => true,
                };
                if ok {
                    value *= s;
                    scale = s;
                    end_tok += 1;
                    year_shape = false;
                }
            }
        }
    }
    // "-15€", "-3%": a minus glued before, not after a word or number
    // ("10-15" is a range).
    if !word_number && start_tok > 0 && is_minus(toks, start_tok - 1) && toks[start_tok].glued_to(&toks[start_tok - 1]) {
        let m = start_tok - 1;
        if m == 0 || !toks[m].glued_to(&toks[m - 1]) || matches!(toks[m - 1].tok, Tok::Punct('(')) {
            negative = true;
            start_tok = m;
        }
    }
    // Currency after: "dollars", "Swiss francs", "cents", "EUR", "€";
    // not "a twenty pound bag" or "5 pounds of coal" (weight).
    if currency.is_none() {
        if let Some((c, next)) = currency_after(toks, end_tok) {
            let word = toks[next - 1].lower.as_str();
            let weight = matches!(word, "pound" | "pounds") && (word == "pound" && value != 1.0 || toks.get(next).is_some_and(|n| n.lower == "of"));
            if !weight {
                currency = Some(c);
                end_tok = next;
            }
        }
    }
    if let Some((code, factor)) = currency {
        value *= factor;
        // "3 dollars 50 cents", "$3 and 50 cents".
        if factor == 1.0 {
            let mut k = end_tok;
            if toks.get(k).is_some_and(|w| w.lower == "and") {
                k += 1;
            }
            if let (Some(Tok::Number(c)), Some(w)) = (toks.get(k).map(|t| t.tok), toks.get(k + 1)) {
                if c.is_finite() && c < 100.0 && currency::name(&w.lower).is_some_and(|(_, f)| f == 0.01) {
                    value += c * 0.01;
                    end_tok = k + 2;
                }
            }
        }
        currency = Some((code, factor));
        year_shape = false;
        // "($99.99)": an accountant's negative.
        if !negative && start_tok > 0 && toks[start_tok - 1].tok == Tok::Punct('(') && toks[start_tok].glued_to(&toks[start_tok - 1]) {
            if let Some(close) = toks.get(end_tok).filter(|c| c.tok == Tok::Punct(')') && c.glued_to(&toks[end_tok - 1])) {
                let _ = close;
                negative = true;
                start_tok -= 1;
                end_tok += 1;
            }
        }
    }
    if negative {
        value = -value;
        year_shape = false;
    }
    Some(Amount { start_tok, number_tok: i, end_tok, value, scale, word_number, currency, year_shape })
}

/// Whether a word next to a possible currency code (`before`, `after`)
/// is in capitals too: a headline ("WORLD CUP 2026", "TOP 10 STARTUPS"),
/// where three capitals are a word, not a code.
fn in_capitals(toks: &[Token], before: Option<usize>, after: usize) -> bool {
    let caps = |k: usize| toks.get(k).is_some_and(|t| t.tok == Tok::Word && t.text.chars().count() >= 2 && t.text.chars().all(|c| c.is_alphabetic() && c.is_uppercase()));
    before.is_some_and(caps) || caps(after)
}

/// Whether token `k` is a minus sign ("-", "−").
fn is_minus(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| matches!(t.tok, Tok::Punct('-' | '−')))
}

/// "a penny", "a dollar", "one euro": one of a currency, not "a pound of".
fn is_one_currency(toks: &[Token], i: usize) -> bool {
    matches!(toks[i].lower.as_str(), "a" | "an" | "one")
        && currency_after(toks, i + 1).is_some_and(|(_, next)| !toks.get(next).is_some_and(|n| n.lower == "of") && toks[next - 1].tok == Tok::Word && !toks[next - 1].lower.ends_with('s') && currency::code(toks[next - 1].text).is_none())
}

/// Whether the gap before token `k` is a single plain space.
fn text_is_space(toks: &[Token], k: usize) -> bool {
    k > 0 && toks[k].start == toks[k - 1].end + 1
}

/// Words before a year that make a date of it ("in 1850", "since 2019").
const YEAR_CUES: [&str; 20] = [
    "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early", "late", "mid", "around", "circa",
    "year", "fiscal", "spring", "summer", "winter",
];

/// Whether the number at `i` is a time of day, part of a phone number, a
/// code or a version, a rank, or the day of a date: never a figure.
fn is_not_a_figure(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let glued_prev = |k: usize| k > 0 && k < toks.len() && toks[k].glued_to(&toks[k - 1]);
    let punct = |k: usize, c: char| toks.get(k).is_some_and(|x| x.tok == Tok::Punct(c));
    let is_num = |k: usize| toks.get(k).is_some_and(|x| matches!(x.tok, Tok::Number(_)));
    // "10:30", "2:1".
    if (punct(i + 1, ':') && toks[i + 1].glued_to(t) && is_num(i + 2) && glued_prev(i + 2)) || (i >= 2 && punct(i - 1, ':') && glued_prev(i) && glued_prev(i - 1) && is_num(i - 2)) {
        return true;
    }
    // "2 pm", "9 a.m.", "10 GMT".
    if let Some(n) = toks.get(i + 1) {
        if n.tok == Tok::Word && (is_time_of_day_word(&n.lower) || (matches!(n.lower.as_str(), "a" | "p") && punct(i + 2, '.') && toks.get(i + 3).is_some_and(|m| m.lower == "m" && glued_prev(i + 3)))) {
            return true;
        }
    }
    // "+1 212 555 0100", "#1", "±0.01".
    if i > 0 && glued_prev(i) && matches!(toks[i - 1].tok, Tok::Punct('+' | '#' | '±')) {
        return true;
    }
    // A leading zero: a code or phone number ("020 7946 0958"), not "0.5".
    if t.text.len() >= 2 && t.text.starts_with('0') && !t.text.starts_with("0.") {
        return true;
    }
    // Digit groups joined by hyphens or dots like a phone number:
    // "555-1234", "212-555-0100", "(555) 123-4567"; not "2019-2020".
    let group = |k: usize| toks.get(k).filter(|x| matches!(x.tok, Tok::Number(_)) && x.text.bytes().all(|b| b.is_ascii_digit())).map(|x| x.text.len());
    let joined = |k: usize| toks.get(k).is_some_and(|x| matches!(x.tok, Tok::Punct('-' | '.')) && glued_prev(k) && glued_prev(k + 1));
    if group(i).is_some() {
        let mut first = i;
        while first >= 2 && i - first < 8 && joined(first - 1) && group(first - 2).is_some() {
            first -= 2;
        }
        let mut last = i;
        while last - first < 8 && joined(last + 1) && group(last + 2).is_some() {
            last += 2;
        }
        let lens: Vec<usize> = (first..=last).step_by(2).filter_map(group).collect();
        let digits: usize = lens.iter().sum();
        let phone = matches!(lens.as_slice(), [3, 4] | [3, 3, 4] | [_, 3, 3, 4]) || (lens.len() >= 3 && digits >= 9);
        if phone {
            return true;
        }
    }
    // "245 23", "212 555 0100": bare numbers side by side are a code or a
    // list of digits, not figures (thousands groups, "10 000", are joined
    // before this check).
    let bare = |k: usize| toks.get(k).is_some_and(|x| matches!(x.tok, Tok::Number(_)));
    if (i > 0 && bare(i - 1) && !glued_prev(i)) || (bare(i + 1) && !glued_prev(i + 1) && !(toks[i + 1].text.len() == 3 && t.text.len() <= 3)) {
        return true;
    }
    // "version 2", "v 3".
    if i > 0 && matches!(toks[i - 1].lower.as_str(), "version" | "v" | "ver" | "no" | "number" | "room" | "route" | "page" | "chapter" | "article") {
        return true;
    }
    false
}

/// The figure whose number is at token `i`, if there is one.
pub(crate) fn figure_at(toks: &[Token], i: usize, cues: &SentenceCues) -> Option<Found> {
    let t = &toks[i];
    match t.tok {
        Tok::Number(v) if v.is_finite() => {
            if is_not_a_figure(toks, i) {
                return None;
            }
        }
        Tok::Word => {
            if let Some(f) = hyphenated_figure(toks, i, cues).or_else(|| decade(toks, i, cues)) {
                return Some(f);
            }
            if number_words::parse(toks, i).is_none() && !is_one_currency(toks, i) {
                return vague_magnitude(toks, i);
            }
        }
        _ => return None,
    }
    let prev_month = i > 0 && toks[i - 1].tok == Tok::Word && MONTHS.contains(&toks[i - 1].lower.as_str());
    let a = amount_at(toks, i)?;
    // Dates: "January 20", "20 January"; "March 2023" is a year.
    if toks.get(a.end_tok).is_some_and(|n| MONTHS.contains(&n.lower.as_str())) && a.currency.is_none() && a.end_tok == i + 1 {
        return None;
    }
    if prev_month && !a.year_shape {
        return None;
    }
    let mut a = a;
    let mut range: Option<(f64, f64)> = None;
    // Ranges: "$5–6 million", "10 to 12 percent", "between 10 and 12",
    // "$5 million to $6 million"; not "from 10% to 12%" (a change).
    if !a.year_shape || a.currency.is_some() {
        let between = a.start_tok > 0 && toks[a.start_tok - 1].lower == "between";
        let from = is_change_from(toks, a.start_tok);
        let j = a.end_tok;
        let joiner = toks.get(j).is_some_and(|n| match n.tok {
            Tok::Punct('-' | '–' | '—') => true,
            Tok::Word => n.lower == "to" || (between && n.lower == "and"),
            _ => false,
        });
        if joiner && !from {
            // The second number, after an optional sign of the same currency.
            let mut k = j + 1;
            if let Some((code, _)) = sign_before(toks, k) {
                if a.currency.is_some_and(|(c, _)| c == code) {
                    k += 1;
                }
            } else if toks.get(k).is_some_and(|n| n.tok == Tok::Word && a.currency.is_some_and(|(c, _)| currency::code(n.text) == Some(c))) {
                k += 1;
            }
            if toks.get(k).is_some_and(|n| matches!(n.tok, Tok::Number(_)) || (a.word_number && n.tok == Tok::Word)) && !is_not_a_figure(toks, k) {
                if let Some(b) = amount_at(toks, k) {
                    let same_currency = match (a.currency, b.currency) {
                        (Some((x, _)), Some((y, _))) => x == y,
                        _ => true,
                    };
                    let unit_between = a.end_tok > a.number_tok + 1 && a.scale == 1.0 && a.currency.is_none();
                    if same_currency && !unit_between && b.year_shape == a.year_shape {
                        let mut low = a.value;
                        // "$5–6 million": the second number's scale and currency apply to both.
                        if a.scale == 1.0 && b.scale != 1.0 {
                            low *= b.scale;
                        }
                        if a.currency.is_none() {
                            if let Some((_, f)) = b.currency {
                                low *= f;
                            }
                        }
                        if b.value >= low && low.is_finite() && b.value.is_finite() {
                            range = Some((low, b.value));
                            a.end_tok = b.end_tok;
                            a.currency = a.currency.or(b.currency);
                            a.year_shape = false;
                            a.value = b.value;
                            a.scale = b.scale;
                        }
                    }
                }
            }
        }
    }
    let Amount { start_tok, mut end_tok, value, scale, word_number, currency, year_shape, .. } = a;
    let scaled = scale != 1.0;
    let kind;
    let unit: String;
    let mut rate = None;
    let mut scale_value = value;
    let mut range_factor = 1.0;
    if let Some((code, _)) = currency {
        kind = FigureKind::Money;
        unit = code.to_string();
        let (r, used) = rate_at(toks, end_tok);
        rate = r;
        end_tok += used;
    } else if let Some(used) = percent_at(toks, end_tok) {
        kind = FigureKind::Percent;
        let points = toks.get(end_tok).is_some_and(|n| matches!(n.lower.as_str(), "percentage" | "pp" | "ppt" | "ppts"));
        unit = if points { "pp".into() } else { "%".into() };
        end_tok += used;
        // "3 per cent a year".
        let (r, used) = rate_at(toks, end_tok);
        rate = r;
        end_tok += used;
    } else {
        // Duration: "two months", "18-month", "3 hrs", "3h", "3.5years".
        let mut j = end_tok;
        if toks.get(j).is_some_and(|n| n.tok == Tok::Punct('-') && n.start == toks[j - 1].end) {
            j += 1;
        }
        let unit_tok = toks.get(j).filter(|n| n.tok == Tok::Word);
        let glued = unit_tok.is_some_and(|n| n.start == toks[j - 1].end);
        let days = unit_tok.and_then(|n| time_unit(&n.lower).filter(|_| glued || !is_glued_only_time_unit(&n.lower)));
        let age_word = unit_tok.is_some_and(|n| matches!(n.lower.as_str(), "year-old" | "years-old" | "year-olds"));
        if age_word || (days.is_some() && toks.get(j + 1).is_some_and(|n| n.lower == "old") && days == time_unit("year")) {
            kind = FigureKind::Age;
            unit = "year".into();
            end_tok = if age_word { j + 1 } else { j + 2 };
        } else if let Some(days) = days {
            kind = FigureKind::Duration;
            unit = "day".into();
            scale_value *= days;
            range_factor = days;
            end_tok = j + 1;
        } else if !word_number && start_tok > 0 && toks[start_tok - 1].lower == "aged" && !scaled {
            kind = FigureKind::Age;
            unit = "year".into();
        } else if year_shape && is_year(toks, i, value) {
            kind = FigureKind::Year;
            unit = "year".into();
        } else if let Some((head, last)) = counted_head(toks, end_tok) {
            kind = FigureKind::Count;
            unit = head;
            end_tok = last + 1;
        } else if scaled {
            // "2 million" with no unit we can read: a count of something unnamed.
            kind = FigureKind::Count;
            unit = "unspecified".into();
        } else {
            return None;
        }
    }
    if !scale_value.is_finite() {
        return None;
    }
    // Hedges immediately before the figure.
    let mut hedge = Hedge::Exact;
    let mut hedges = Vec::new();
    let hedge_end = if range.is_some() && start_tok > 0 && toks[start_tok - 1].lower == "between" { start_tok - 1 } else { start_tok };
    let before: Vec<&str> = toks[hedge_end.saturating_sub(3)..hedge_end].iter().map(|t| t.lower.as_str()).collect();
    if let Some((h, n)) = hedge_before(&before) {
        hedge = h;
        hedges.push(toks[hedge_end - n..hedge_end].iter().map(|t| t.text).collect::<Vec<_>>().join(" "));
    }
    if hedge == Hedge::Exact {
        // "an estimated $6 million", "estimated training cost of $6 million".
        let mut k = start_tok;
        let mut seen = 0;
        while k > 0 && seen < 7 {
            k -= 1;
            if is_clause_break(&toks[k]) || matches!(toks[k].tok, Tok::Number(_)) {
                break;
            }
            if matches!(toks[k].lower.as_str(), "estimated" | "estimate" | "roughly" | "approximately" | "around" | "about") {
                hedge = Hedge::Approximate;
                hedges.push(toks[k].text.to_string());
                break;
            }
            seen += 1;
        }
    }
    // A claim: "claims", "says" before the figure; "according to",
    // "reportedly" anywhere in the sentence.
    let claim = cues.claim_for(start_tok);
    if let Some(k) = claim {
        hedges.push(toks[k].text.to_string());
    }
    let (value, low, high) = match range {
        Some((lo, hi)) => {
            let (lo, hi) = (lo * range_factor, hi * range_factor);
            let low = interval(lo, hedge).0;
            let high = interval(hi, hedge).1;
            (round_significant((lo + hi) / 2.0), round_significant(low), high.map(round_significant))
        }
        None => {
            let v = round_significant(scale_value);
            let (low, high) = interval(v, hedge);
            (v, round_significant(low), high.map(round_significant))
        }
    };
    Some(Found {
        start: toks[start_tok].start,
        end: toks[end_tok - 1].end,
        kind,
        value,
        low,
        high,
        unit,
        rate,
        rate_from_context: false,
        measured: String::new(),
        subject: None,
        hedge,
        hedges,
        claimed: claim.is_some(),
        context: Vec::new(),
        vague: false,
        toks: (start_tok, end_tok),
    })
}

/// Whether the amount at `start` follows "from" after a verb of change
/// ("rose from 10% to 12%": two figures, not a range; "from 50 to 80%
/// of the heat" is a range). The hedge between is skipped ("fell from
/// about $350").
fn is_change_from(toks: &[Token], start: usize) -> bool {
    let mut k = start;
    while k > 0 && hedge_before(&[toks[k - 1].lower.as_str()]).is_some() {
        k -= 1;
    }
    if k == 0 || toks[k - 1].lower != "from" {
        return false;
    }
    let verb = k.checked_sub(2).map(|v| toks[v].lower.as_str()).unwrap_or("");
    const CHANGE: [&str; 16] = ["rose", "fell", "increased", "decreased", "dropped", "climbed", "jumped", "grew", "slipped", "cut", "raised", "reduced", "lowered", "eased", "slowed", "soared"];
    CHANGE.contains(&verb) || concept(verb) == Some("~loss") || matches!(verb, "rise" | "rising" | "risen" | "up" | "down" | "increase" | "growth" | "changed" | "moved" | "went")
}

/// "%", "percent", "per cent", "pct", "percentage points", "pp" at token
/// `j`: the number of tokens it takes.
fn percent_at(toks: &[Token], j: usize) -> Option<usize> {
    let n = toks.get(j)?;
    let next = toks.get(j + 1).map(|t| t.lower.as_str());
    match (n.tok, n.lower.as_str()) {
        (Tok::Symbol('%'), _) => Some(1),
        (Tok::Word, "percent" | "pct" | "pc" | "pp" | "ppt" | "ppts") => Some(1),
        (Tok::Word, "per") if matches!(next, Some("cent" | "centum")) => Some(2),
        (Tok::Word, "percentage") if matches!(next, Some("point" | "points")) => Some(2),
        _ => None,
    }
}

/// Whether four digits at `i` read as a year: 1900–2100 unless a content
/// noun follows ("2000 chips"); back to 1000 with a date around it ("in
/// 1850", "March 1850", "March 3, 1850", "1850 AD").
fn is_year(toks: &[Token], i: usize, value: f64) -> bool {
    if value.fract() != 0.0 || !(1000.0..=2100.0).contains(&value) {
        return false;
    }
    let noun_after = toks.get(i + 1).is_some_and(|n| {
        n.tok == Tok::Word
            && !is_stop_word(&n.lower)
            && !n.text.starts_with(char::is_uppercase)
            && counted_head(toks, i + 1).is_some()
            && !matches!(n.lower.as_str(), "launch" | "election" | "release")
    });
    if noun_after {
        return false;
    }
    if value >= 1900.0 {
        return true;
    }
    let word = |k: usize| toks.get(k).map(|t| t.lower.as_str()).unwrap_or("");
    // "a package of 1500 b": a lower-case word after it makes a quantity.
    if toks.get(i + 1).is_some_and(|n| n.tok == Tok::Word && !is_stop_word(&n.lower) && !n.text.starts_with(char::is_uppercase) && !matches!(n.lower.as_str(), "ad" | "bc" | "bce" | "ce")) {
        return false;
    }
    let month = |k: usize| MONTHS.contains(&word(k));
    let before = if i > 0 { word(i - 1) } else { "" };
    let after = word(i + 1);
    YEAR_CUES.contains(&before)
        || (i > 0 && month(i - 1))
        || (i >= 3 && toks[i - 1].tok == Tok::Punct(',') && matches!(toks[i - 2].tok, Tok::Number(_)) && month(i - 3))
        || matches!(after, "ad" | "bc" | "bce" | "ce")
}

/// A decade as a year figure: "the 1960s" is 1960, and its interval runs
/// to 1969.
fn decade(toks: &[Token], i: usize, cues: &SentenceCues) -> Option<Found> {
    let t = &toks[i];
    let digits = t.text.strip_suffix('s').or_else(|| t.text.strip_suffix("’s")).or_else(|| t.text.strip_suffix("'s"))?;
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.ends_with('0') {
        return None;
    }
    let value = decimal_value(digits);
    if !(1000.0..=2100.0).contains(&value) {
        return None;
    }
    Some(one_token_figure(toks, i, cues, FigureKind::Year, value, Some(value + 9.0), "year", false))
}

/// A figure that is one word ("1960s", "two-year"), with its hedge and claim.
#[allow(clippy::too_many_arguments)]
fn one_token_figure(toks: &[Token], i: usize, cues: &SentenceCues, kind: FigureKind, value: f64, high: Option<f64>, unit: &str, hedged: bool) -> Found {
    let t = &toks[i];
    let mut hedges: Vec<String> = Vec::new();
    let mut hedge = Hedge::Exact;
    if hedged {
        let before: Vec<&str> = toks[i.saturating_sub(3)..i].iter().map(|t| t.lower.as_str()).collect();
        if let Some((h, n)) = hedge_before(&before) {
            hedge = h;
            hedges.push(toks[i - n..i].iter().map(|t| t.text).collect::<Vec<_>>().join(" "));
        }
    }
    let claim = cues.claim_for(i);
    if let Some(k) = claim {
        hedges.push(toks[k].text.to_string());
    }
    let value = round_significant(value);
    let (low, high) = match high {
        Some(h) => (value, Some(h)),
        None => {
            let (l, h) = interval(value, hedge);
            (round_significant(l), h.map(round_significant))
        }
    };
    Found {
        start: t.start,
        end: t.end,
        kind,
        value,
        low,
        high,
        unit: unit.to_string(),
        rate: None,
        rate_from_context: false,
        measured: String::new(),
        subject: None,
        hedge,
        hedges,
        claimed: claim.is_some(),
        context: Vec::new(),
        vague: false,
        toks: (i, i + 1),
    }
}

/// A figure in one hyphenated word: "two-year" (a duration), "five-year-old"
/// (an age), "twenty-one-day".
fn hyphenated_figure(toks: &[Token], i: usize, cues: &SentenceCues) -> Option<Found> {
    let t = &toks[i];
    if !t.lower.contains('-') {
        return None;
    }
    // The number is everything before the unit: try each hyphen.
    let mut result = None;
    for (at, _) in t.lower.match_indices('-') {
        let (num, rest) = (&t.lower[..at], &t.lower[at + 1..]);
        let Some(n) = number_words::small_number(num) else { continue };
        if matches!(rest, "year-old" | "years-old" | "year-olds") {
            result = Some((FigureKind::Age, n, "year"));
        } else if let Some(days) = time_unit(rest).filter(|_| !is_glued_only_time_unit(rest)) {
            result = Some((FigureKind::Duration, n * days, "day"));
        }
        break;
    }
    let (kind, value, unit) = result?;
    if value == 0.0 {
        return None;
    }
    Some(one_token_figure(toks, i, cues, kind, value, None, unit, true))
}


pub(crate) fn vague_magnitude(toks: &[Token], i: usize) -> Option<Found> {
    let t = &toks[i];
    let (mult, scale_tok) = match t.lower.as_str() {
        "tens" | "hundreds" if toks.get(i + 1)?.lower == "of" => {
            (if t.lower == "tens" { 10.0 } else { 100.0 }, i + 2)
        }
        "millions" | "billions" | "trillions" => (1.0, i),
        _ => return None,
    };
    let scale = scale_of(&toks.get(scale_tok)?.lower)?;
    if !toks.get(scale_tok)?.lower.ends_with('s') {
        return None;
    }
    if toks.get(scale_tok + 1)?.lower != "of" {
        return None;
    }
    let (code, factor) = currency::name(&toks.get(scale_tok + 2)?.lower)?;
    let low = mult * scale * factor;
    let end_tok = scale_tok + 3;
    let (rate, used) = rate_at(toks, end_tok);
    Some(Found {
        start: t.start,
        end: toks[end_tok + used - 1].end,
        kind: FigureKind::Money,
        value: low,
        low,
        high: Some(low * 10.0),
        unit: code.to_string(),
        rate,
        rate_from_context: false,
        measured: String::new(),
        subject: None,
        hedge: Hedge::AtLeast,
        hedges: vec![t.text.to_string()],
        claimed: false,
        context: Vec::new(),
        vague: true,
        toks: (i, end_tok + used),
    })
}

/// The thing counted after a number: a run of up to four content words
/// ("Nvidia H800 chips"), ending at a stop word or punctuation; its last
/// word, stemmed, is the unit. Returns (unit, index of the last word).
pub(crate) fn counted_head(toks: &[Token], j: usize) -> Option<(String, usize)> {
    let mut k = j;
    // "7-nanometer": the hyphenated word is the unit.
    // "7-nanometer chip", "8-bit": a product's specification, not a claim.
    if toks.get(k).is_some_and(|t| t.tok == Tok::Punct('-')) && k > 0 && toks[k].start == toks[k - 1].end {
        return None;
    }
    let mut last = None;
    while let Some(t) = toks.get(k) {
        if t.tok != Tok::Word || k - j >= 4 {
            break;
        }
        let base = strip_possessives(&t.lower);
        if is_stop_word(base) || scale_of(base).is_some() || MONTHS.contains(&base) {
            break;
        }
        // "people marched", "lawmakers voted": a past-tense verb after the
        // noun ends the counted thing.
        if k > j && base.len() > 4 && base.ends_with("ed") && !toks[k - 1].lower.ends_with("ed") {
            break;
        }
        // "15 people dead", "12 passengers missing": a state after the
        // noun says what became of the counted thing, it is not the thing.
        if k > j && matches!(base, "dead" | "alive" | "missing" | "hurt" | "homeless" | "aboard" | "apiece" | "ago" | "later" | "earlier") {
            break;
        }
        last = Some(k);
        if t.lower.ends_with("’s") || t.lower.ends_with("'s") {
            break;
        }
        k += 1;
    }
    let last = last?;
    let head = strip_possessives(&toks[last].lower).to_string();
    if head.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((unit_synonym(&stem(&head)).to_string(), last))
}

/// Rounds to 12 significant digits, so "1.4 cents" is 0.014, not 0.013999….
pub(crate) fn round_significant(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let digits = 12 - (v.abs().log10().floor() as i32) - 1;
    let f = 10f64.powi(digits.clamp(-300, 300));
    let r = (v * f).round() / f;
    if r.is_finite() {
        r
    } else {
        v
    }
}

pub(crate) fn interval(v: f64, hedge: Hedge) -> (f64, Option<f64>) {
    match hedge {
        Hedge::Exact => (v, Some(v)),
        Hedge::Approximate => (v * (1.0 - APPROXIMATE_SPREAD), Some(v * (1.0 + APPROXIMATE_SPREAD))),
        Hedge::Nearly => (v * (1.0 - APPROXIMATE_SPREAD), Some(v)),
        Hedge::AtLeast => (v, None),
        Hedge::AtMost => (0.0, Some(v)),
    }
}

/// The value of a run of ASCII digits with at most one decimal point, as
/// the scanner collects them ("5.6", "2000"). Hand-written because
/// `str::parse::<f64>` brings 19 KB of tables into the wasm; an exact
/// integer divided by an exact power of ten rounds the same way for the
/// figures news text holds (under 16 significant digits).
pub(crate) fn decimal_value(digits: &str) -> f64 {
    let mut mantissa = 0f64;
    let mut decimals = 0i32;
    let mut seen_point = false;
    for b in digits.bytes() {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10.0 + f64::from(b - b'0');
                if seen_point {
                    decimals += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => return f64::NAN,
        }
    }
    if digits.is_empty() || digits == "." {
        return f64::NAN;
    }
    mantissa / 10f64.powi(decimals)
}

#[cfg(test)]
mod decimal_value_tests {
    use super::decimal_value;

    #[test]
    fn agrees_with_the_standard_parser() {
        for given in ["5.6", "0.14", "1.4", "2000", "7.50", "0.014", "1500", "590", "1.5", "8", "2.80", "123456.789", "0.0005"] {
            let expected: f64 = given.parse().unwrap();
            let got = decimal_value(given);
            assert_eq!(got, expected, "given {given:?}: expected {expected}, got {got}");
        }
        assert!(decimal_value("").is_nan());
        assert!(decimal_value("1.2.3").is_nan());
    }
}

#[cfg(test)]
mod measured_label_tests {
    use super::scan_sentence;

    #[test]
    fn labels_end_at_a_name_s_end_and_not_on_a_stop_word() {
        let cases = [
            (
                "DeepSeek rattled markets, causing nearly USD 1 trillion in losses on the New York Stock Exchange.",
                "causing … in losses on the New York Stock Exchange",
            ),
            ("There are projects like $500 billion Stargate.", "projects"),
            ("The sell-off erased $1.5 trillion from the valuations of US tech firms.", "sell-off erased … from the valuations of US"),
            ("Orbit invested $80 billion in the region of the.", "Orbit invested … in the region"),
        ];
        for (given, expected) in cases {
            let got: Vec<String> = scan_sentence(given).into_iter().map(|f| f.measured).collect();
            assert_eq!(got.first().map(String::as_str), Some(expected), "given {given:?}\n  expected {expected:?}\n  got {got:?}");
        }
    }
}
