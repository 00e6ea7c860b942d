//! Quantitative claims ("$5.6 million", "2,000 Nvidia H800 chips", "1.4
//! cents", "nearly $1.5 trillion"), normalised, grouped across documents by
//! the thing they measure, and checked for conflicts.
//!
//! Everything is a hand scanner over each body sentence: tokens (words,
//! numbers, currency symbols, punctuation), then a figure at every number
//! with the words around it read for currency, scale, unit, rate, hedge and
//! the phrase it measures.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::document::SentenceRef;
use crate::text::{is_stop_word, stem, strip_possessives, Analysis};

/// Relative slack allowed when checking whether two claims' intervals
/// overlap (2 %: "$5.6 million" and "$5.58 million" agree).
pub const CONFLICT_TOLERANCE: f64 = 0.02;

/// Relative half-width of the interval of an approximate hedge ("about",
/// "around", "approximately", "roughly", "estimated"): ±10 %.
pub const APPROXIMATE_SPREAD: f64 = 0.10;

/// What kind of quantity a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// An amount of money; `unit` is an ISO currency code.
    Money,
    /// A number of things; `unit` is the stem of the thing counted ("chip").
    Count,
    /// A percentage; `unit` is "%".
    Percent,
    /// A calendar year; `unit` is "year".
    Year,
    /// A span of time, normalised to days; `unit` is "day".
    Duration,
}

/// How a figure is qualified in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// Stated as a plain number.
    Exact,
    /// "about", "around", "approximately", "roughly", "some", "estimated":
    /// ±[`APPROXIMATE_SPREAD`].
    Approximate,
    /// "nearly", "almost", "close to": a little under the number (−10 % to 0).
    Nearly,
    /// "more than", "over", "at least": the number or more.
    AtLeast,
    /// "less than", "under", "up to", "at most": the number or less.
    AtMost,
}

/// One quantitative claim in one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureClaim {
    /// Id of the document.
    pub doc: String,
    /// The sentence the figure stands in.
    pub sentence: SentenceRef,
    /// Byte range of the figure as written ("USD 5.6 million") in the document text.
    pub start: usize,
    /// End of that range (exclusive).
    pub end: usize,
    /// The figure as written.
    pub text: String,
    /// Money, count, percent, year or duration.
    pub kind: FigureKind,
    /// The value in `unit`: 5.6e6 for "$5.6 million", 0.014 for "1.4 cents",
    /// 60.9 for "two months" (days), 2023 for a year.
    pub value: f64,
    /// Lowest value the wording allows.
    pub low: f64,
    /// Highest value the wording allows; `null` when open-ended ("more than").
    pub high: Option<f64>,
    /// ISO currency code, stem of the counted thing, "%", "year" or "day".
    pub unit: String,
    /// What the amount is per ("per million tokens", "per year"), if anything.
    pub rate: Option<String>,
    /// True when the rate is not written beside this figure but taken from
    /// a parallel figure of the same sentence ("Meta charges $2.80 per
    /// million tokens, DeepSeek charges just 1.4 cents").
    pub rate_from_context: bool,
    /// The words around the figure that say what it measures.
    pub measured: String,
    /// Whose quantity it is, when the text says ("Nvidia" in "Nvidia's market
    /// cap", "Meta" in "Meta charges …").
    pub subject: Option<String>,
    /// How the figure is qualified.
    pub hedge: Hedge,
    /// The qualifying words as written ("nearly", "estimated", "claims").
    pub hedges: Vec<String>,
    /// True when the sentence attributes the figure to a claim ("claims",
    /// "according to", "reportedly"): the value stands, but as a claim.
    pub claimed: bool,
}

/// Claims about the same measured thing in two or more documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureGroup {
    /// What the claims measure, in the words of one of them.
    pub measured: String,
    /// The kind shared by the claims.
    pub kind: FigureKind,
    /// The unit shared by the claims.
    pub unit: String,
    /// The rate shared by the claims, if any.
    pub rate: Option<String>,
    /// Indices of the claims in [`Comparison::figures`](super::Comparison::figures).
    pub claims: Vec<usize>,
    /// Ids of the documents making the claims, in input order.
    pub docs: Vec<String>,
    /// True when two documents' values cannot both hold, even allowing for
    /// their hedges and [`CONFLICT_TOLERANCE`].
    pub conflict: bool,
    /// A sentence that explains the verdict from the claims alone.
    pub explanation: String,
}

/// The figures of every body sentence of every document, in text order.
///
/// ```
/// use parallax::{compare::{figure_claims, FigureKind, Hedge}, text::Analysis, Document};
/// let docs = [Document::new("a", "DeepSeek charges just 1.4 cents per million tokens. It used nearly 2,000 Nvidia H800 chips.")];
/// let claims = figure_claims(&Analysis::new(&docs));
/// assert_eq!(claims[0].kind, FigureKind::Money);
/// assert!((claims[0].value - 0.014).abs() < 1e-12);
/// assert_eq!(claims[0].unit, "USD");
/// assert_eq!(claims[0].rate.as_deref(), Some("per million tokens"));
/// assert_eq!((claims[1].kind, claims[1].value, claims[1].unit.as_str()), (FigureKind::Count, 2000.0, "chip"));
/// assert_eq!(claims[1].hedge, Hedge::Nearly);
/// assert_eq!((claims[1].low, claims[1].high), (1800.0, Some(2000.0)));
/// ```
pub fn figure_claims(analysis: &Analysis) -> Vec<FigureClaim> {
    scan_all(analysis).into_iter().map(|(c, _)| c).collect()
}

/// Claims with the context terms used for grouping.
pub(crate) fn scan_all(analysis: &Analysis) -> Vec<(FigureClaim, Context)> {
    let mut out = Vec::new();
    let mut interner: HashMap<String, u32> = HashMap::new();
    for (d, da) in analysis.docs.iter().enumerate() {
        for s in da.body() {
            let range = da.sentences[s].range.clone();
            let text = &da.doc.text[range.clone()];
            let found = scan_sentence(text);
            if found.is_empty() {
                continue;
            }
            let sref = analysis.sentence_ref(d, s);
            for f in found {
                let start = range.start + f.start;
                let end = range.start + f.end;
                let claim = FigureClaim {
                    doc: da.doc.id.clone(),
                    sentence: sref.clone(),
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
                        let id = *interner.entry(t.clone()).or_insert(next);
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

/// What grouping needs beyond the public claim.
#[derive(Debug, Clone)]
pub(crate) struct Context {
    doc: usize,
    terms: BTreeSet<String>,
    owner: Option<Owner>,
    /// "billions of dollars": too vague to compare.
    vague: bool,
    /// The context terms interned, ascending; concepts carry [`CONCEPT_BIT`].
    ids: Vec<u32>,
    /// Sum of the weights of `ids`.
    weight: f64,
}

const CONCEPT_BIT: u32 = 1 << 31;

fn term_weight(id: u32) -> f64 {
    if id & CONCEPT_BIT != 0 {
        CONCEPT_WEIGHT
    } else {
        1.0
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Owner {
    name: String,
    /// Possessive on a measure noun ("Nvidia's market cap"): the figure is
    /// certainly about this entity alone.
    strong: bool,
}

// ---------------------------------------------------------------- tokens

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Word,
    Number(f64),
    Symbol(char),
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    tok: Tok,
    /// Lower-cased text (words only).
    lower: String,
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map(|&(b, _)| b).unwrap_or(text.len());
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let prev_alnum = i > 0 && chars[i - 1].1.is_alphanumeric();
        if c.is_ascii_digit() && !prev_alnum {
            // Digits with thousands commas and one decimal point.
            let mut j = i;
            let mut digits = String::new();
            let mut seen_point = false;
            while j < chars.len() {
                let ch = chars[j].1;
                if ch.is_ascii_digit() {
                    digits.push(ch);
                    j += 1;
                } else if ch == ',' && !seen_point && (1..=3).all(|k| chars.get(j + k).is_some_and(|x| x.1.is_ascii_digit())) && !chars.get(j + 4).is_some_and(|x| x.1.is_ascii_digit()) {
                    j += 1;
                } else if ch == '.' && !seen_point && chars.get(j + 1).is_some_and(|x| x.1.is_ascii_digit()) {
                    seen_point = true;
                    digits.push('.');
                    j += 1;
                } else {
                    break;
                }
            }
            // Letters glued on: a scale ("5.6m", "1.5bn") or part of a name ("4K", "2nd").
            let mut k = j;
            while k < chars.len() && chars[k].1.is_alphabetic() {
                k += 1;
            }
            let suffix = &text[end_of(j)..end_of(k)];
            let value = decimal_value(&digits);
            if k == j {
                out.push(Token { start: b, end: end_of(j), text: &text[b..end_of(j)], tok: Tok::Number(value), lower: String::new() });
                i = j;
            } else if matches!(suffix.to_lowercase().as_str(), "m" | "mn" | "bn" | "b" | "k" | "tn" | "trn") {
                out.push(Token { start: b, end: end_of(j), text: &text[b..end_of(j)], tok: Tok::Number(value), lower: String::new() });
                let s = &text[end_of(j)..end_of(k)];
                out.push(Token { start: end_of(j), end: end_of(k), text: s, tok: Tok::Word, lower: s.to_lowercase() });
                i = k;
            } else {
                // "2nd", "4K", "1080p": a word, not a figure.
                let s = &text[b..end_of(k)];
                out.push(Token { start: b, end: end_of(k), text: s, tok: Tok::Word, lower: s.to_lowercase() });
                i = k;
            }
            continue;
        }
        if c.is_alphanumeric() {
            // A word: letters and digits, joined by an apostrophe between
            // letters or a hyphen between alphanumerics ("tier-2", "H800").
            let mut j = i + 1;
            while j < chars.len() {
                let ch = chars[j].1;
                if ch.is_alphanumeric() {
                    j += 1;
                } else if (ch == '\'' || ch == '’' || ch == '-') && chars.get(j + 1).is_some_and(|x| x.1.is_alphanumeric()) && chars[j - 1].1.is_alphanumeric() {
                    j += 1;
                } else {
                    break;
                }
            }
            let s = &text[b..end_of(j)];
            out.push(Token { start: b, end: end_of(j), text: s, tok: Tok::Word, lower: s.to_lowercase() });
            i = j;
            continue;
        }
        let tok = if matches!(c, '$' | '€' | '£' | '¥' | '%') { Tok::Symbol(c) } else { Tok::Punct(c) };
        out.push(Token { start: b, end: end_of(i + 1), text: &text[b..end_of(i + 1)], tok, lower: String::new() });
        i += 1;
    }
    out
}

// ---------------------------------------------------------------- lexicon

fn scale_of(word: &str) -> Option<f64> {
    Some(match word {
        "thousand" | "k" => 1e3,
        "million" | "millions" | "m" | "mn" => 1e6,
        "billion" | "billions" | "bn" | "b" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

fn currency_word(word: &str) -> Option<(&'static str, f64)> {
    Some(match word {
        "usd" | "dollars" | "dollar" => ("USD", 1.0),
        "cents" | "cent" => ("USD", 0.01),
        "eur" | "euros" | "euro" => ("EUR", 1.0),
        "gbp" | "pounds" => ("GBP", 1.0),
        "pence" | "p" => ("GBP", 0.01),
        "jpy" | "yen" => ("JPY", 1.0),
        "cny" | "rmb" | "yuan" => ("CNY", 1.0),
        _ => return None,
    })
}

fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        _ => return None,
    })
}

fn number_word(word: &str) -> Option<f64> {
    const W: [&str; 19] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];
    if let Some(i) = W.iter().position(|w| *w == word) {
        return Some(i as f64 + 2.0);
    }
    Some(match word {
        "dozen" => 12.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "hundred" => 100.0,
        _ => return None,
    })
}

/// Days in a unit of time.
fn time_unit(word: &str) -> Option<f64> {
    Some(match word.trim_end_matches('s') {
        "second" => 1.0 / 86400.0,
        "minute" => 1.0 / 1440.0,
        "hour" => 1.0 / 24.0,
        "day" => 1.0,
        "week" => 7.0,
        "month" => 30.44,
        "year" => 365.25,
        "decade" => 3652.5,
        _ => return None,
    })
}

const MONTHS: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/// Words that put a figure in an interval, with the hedge they mean.
fn hedge_before(words: &[&str]) -> Option<(Hedge, usize)> {
    // Two-word hedges first (words are in text order, nearest last).
    let n = words.len();
    if n >= 2 {
        let pair = (words[n - 2], words[n - 1]);
        let h = match pair {
            ("more", "than") | ("at", "least") | ("upwards", "of") | ("in", "excess") => Some(Hedge::AtLeast),
            ("less", "than") | ("fewer", "than") | ("up", "to") | ("at", "most") | ("no", "more") => Some(Hedge::AtMost),
            ("close", "to") | ("just", "under") | ("just", "shy") => Some(Hedge::Nearly),
            _ => None,
        };
        if let Some(h) = h {
            return Some((h, 2));
        }
    }
    let w = *words.last()?;
    let h = match w {
        "about" | "around" | "approximately" | "roughly" | "some" | "approx" | "circa" | "estimated" | "an" => Hedge::Approximate,
        "nearly" | "almost" => Hedge::Nearly,
        "over" | "above" | "exceeding" => Hedge::AtLeast,
        "under" | "below" => Hedge::AtMost,
        _ => return None,
    };
    if w == "an" {
        return None;
    }
    Some((h, 1))
}

/// Words in the sentence before a figure that make it a claim.
const CLAIM_WORDS: [&str; 8] = ["claims", "claimed", "claim", "according", "reportedly", "allegedly", "purportedly", "says"];

/// Verbs whose subject owns the amount that follows ("Meta charges $2.80").
const OWNER_VERBS: [&str; 22] = [
    "charges", "charged", "charge", "charging", "offers", "offered", "offer", "costs", "cost", "spent", "spends", "spend",
    "invested", "invests", "invest", "raised", "raises", "paid", "pays", "earned", "earns", "priced",
];

/// Nouns of a measure owned by a possessive ("Nvidia's market cap").
const MEASURE_NOUNS: [&str; 16] = [
    "rate", "rates", "price", "prices", "cap", "capitalization", "capitalisation", "valuation", "value", "revenue",
    "revenues", "budget", "spending", "fortune", "profit", "sales",
];

/// Words mapped to a shared concept, so "losses", "wiped" and "erased" meet.
fn concept(lower: &str) -> Option<&'static str> {
    let starts = |p: &[&str]| p.iter().any(|x| lower.starts_with(x));
    if starts(&["loss", "lose", "lost", "wipe", "erase", "shed", "plung", "plumm", "drop", "fell", "fall", "declin", "slump", "tumbl", "sell-off", "selloff", "sank", "sink"]) {
        return Some("~loss");
    }
    if starts(&["cost", "spend", "spent", "train", "develop", "built", "build", "budget"]) {
        return Some("~cost");
    }
    if starts(&["charg", "price", "pricing", "fee"]) || lower == "rate" {
        return Some("~price");
    }
    if starts(&["valu", "capitali", "worth"]) || lower == "cap" {
        return Some("~value");
    }
    if starts(&["revenue", "sales", "earn", "income"]) {
        return Some("~revenue");
    }
    None
}

/// Counted things that are the same thing under another name.
fn unit_synonym(stemmed: &str) -> &str {
    match stemmed.trim_end_matches('s') {
        "gpu" | "processor" | "chip" | "semiconductor" | "accelerator" => "chip",
        "peopl" | "person" => "person",
        _ => stemmed,
    }
}

fn is_entity_word(t: &Token, sentence_initial: bool) -> bool {
    if t.tok != Tok::Word {
        return false;
    }
    let mut chars = t.text.chars();
    let Some(first) = chars.next() else { return false };
    if !first.is_uppercase() {
        return false;
    }
    let base = strip_possessives(&t.lower);
    if is_stop_word(base) || MONTHS.contains(&base) || currency_word(base).is_some() {
        return false;
    }
    if sentence_initial {
        // "DeepSeek", "R1" keep their capitals inside; "However" does not.
        return t.text.chars().skip(1).any(|c| c.is_uppercase() || c.is_ascii_digit());
    }
    true
}

// ---------------------------------------------------------------- scanning

struct Found {
    start: usize,
    end: usize,
    kind: FigureKind,
    value: f64,
    low: f64,
    high: Option<f64>,
    unit: String,
    rate: Option<String>,
    rate_from_context: bool,
    measured: String,
    subject: Option<Owner>,
    hedge: Hedge,
    hedges: Vec<String>,
    claimed: bool,
    context: BTreeSet<String>,
    vague: bool,
    /// Token range of the figure itself.
    toks: (usize, usize),
}

fn is_clause_break(t: &Token) -> bool {
    matches!(t.tok, Tok::Punct(c) if matches!(c, ';' | ':' | '—' | '–' | '(' | ')' | '!' | '?' | '.'))
        || (t.tok == Tok::Word && matches!(t.lower.as_str(), "while" | "whereas" | "compared" | "but" | "versus" | "vs"))
}

/// Scans one sentence for figures. Offsets are relative to `text`.
fn scan_sentence(text: &str) -> Vec<Found> {
    let toks = tokenize(text);
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(f) = figure_at(&toks, i) {
            i = f.toks.1;
            found.push(f);
        } else {
            i += 1;
        }
    }
    // Context and subject need to know where the other figures are.
    let spans: Vec<(usize, usize)> = found.iter().map(|f| f.toks).collect();
    for (k, f) in found.iter_mut().enumerate() {
        describe(&toks, f, &spans, k);
    }
    // A money figure without a rate takes the rate of an earlier money
    // figure of the same sentence ("Meta charges $2.80 per million tokens,
    // DeepSeek charges just 1.4 cents").
    for k in 1..found.len() {
        if found[k].kind == FigureKind::Money && found[k].rate.is_none() {
            if let Some(r) = found[..k].iter().rev().find(|p| p.kind == FigureKind::Money && p.rate.is_some() && p.unit == found[k].unit).and_then(|p| p.rate.clone()) {
                found[k].rate = Some(r);
                found[k].rate_from_context = true;
            }
        }
    }
    found
}

/// The figure whose number is at token `i`, if there is one.
fn figure_at(toks: &[Token], i: usize) -> Option<Found> {
    let t = &toks[i];
    let (mut value, word_number) = match t.tok {
        Tok::Number(v) if v.is_finite() => (v, false),
        Tok::Word => match number_word(&t.lower) {
            Some(v) => (v, true),
            None => return vague_magnitude(toks, i),
        },
        _ => return None,
    };
    let raw_text = t.text;
    // Dates: "January 20", "20 January".
    if i > 0 && toks[i - 1].tok == Tok::Word && MONTHS.contains(&toks[i - 1].lower.as_str()) {
        return None;
    }
    if toks.get(i + 1).is_some_and(|n| MONTHS.contains(&n.lower.as_str())) {
        return None;
    }
    let mut start_tok = i;
    let mut end_tok = i + 1;
    let mut currency: Option<(&str, f64)> = None;
    // Currency before: "$", "US$", "USD", "€".
    if !word_number && i > 0 {
        match toks[i - 1].tok {
            Tok::Symbol(c) if currency_symbol(c).is_some() => {
                currency = currency_symbol(c).map(|u| (u, 1.0));
                start_tok = i - 1;
                if i >= 2 && toks[i - 2].tok == Tok::Word && toks[i - 2].end == toks[i - 1].start && matches!(toks[i - 2].text, "US" | "U.S") {
                    start_tok = i - 2;
                }
            }
            Tok::Word if matches!(toks[i - 1].lower.as_str(), "usd" | "eur" | "gbp" | "jpy" | "cny" | "rmb") => {
                currency = currency_word(&toks[i - 1].lower);
                start_tok = i - 1;
            }
            _ => {}
        }
    }
    // Scale: "million", "bn", "m".
    let mut scaled = false;
    if let Some(n) = toks.get(end_tok) {
        if n.tok == Tok::Word {
            let single_letter = n.lower.len() <= 2 && n.start == t.end;
            if let Some(s) = scale_of(&n.lower) {
                // A bare "m"/"b"/"k" only when glued to the number ("5.6m").
                if n.lower.len() > 2 || single_letter || (currency.is_some() && n.lower == "bn") {
                    value *= s;
                    scaled = true;
                    end_tok += 1;
                    // "1.5 trillion" after "1,500 billion"? no: one scale only.
                }
            }
        }
    }
    // Currency after: "dollars", "cents", "euros".
    if currency.is_none() {
        if let Some(n) = toks.get(end_tok) {
            if n.tok == Tok::Word {
                if let Some(c) = currency_word(&n.lower) {
                    if n.lower != "p" {
                        currency = Some(c);
                        end_tok += 1;
                    }
                }
            }
        }
    }
    let kind;
    let unit: String;
    let mut rate = None;
    let mut scale_value = value;
    if let Some((code, factor)) = currency {
        kind = FigureKind::Money;
        scale_value *= factor;
        unit = code.to_string();
        // Rate: "per million tokens", "a year", "per month", "annually".
        let (r, used) = rate_at(toks, end_tok);
        rate = r;
        end_tok += used;
    } else if toks.get(end_tok).is_some_and(|n| n.tok == Tok::Symbol('%') || n.lower == "percent") {
        kind = FigureKind::Percent;
        unit = "%".into();
        end_tok += 1;
    } else if toks.get(end_tok).is_some_and(|n| n.lower == "per") && toks.get(end_tok + 1).is_some_and(|n| n.lower == "cent") {
        kind = FigureKind::Percent;
        unit = "%".into();
        end_tok += 2;
    } else {
        // Duration: "two months", "18-month".
        let mut j = end_tok;
        if toks.get(j).is_some_and(|n| n.tok == Tok::Punct('-') && n.start == toks[j - 1].end) {
            j += 1;
        }
        if let Some(days) = toks.get(j).filter(|n| n.tok == Tok::Word).and_then(|n| time_unit(&n.lower)) {
            kind = FigureKind::Duration;
            unit = "day".into();
            scale_value *= days;
            end_tok = j + 1;
        } else if !scaled
            && !word_number
            && raw_text.len() == 4
            && (1900.0..=2100.0).contains(&value)
            && value.fract() == 0.0
            && !toks.get(end_tok).is_some_and(|n| n.tok == Tok::Word && !is_stop_word(&n.lower) && !n.text.starts_with(char::is_uppercase) && counted_head(toks, end_tok).is_some() && !matches!(n.lower.as_str(), "launch" | "election" | "release"))
        {
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
    if kind == FigureKind::Year && word_number {
        return None;
    }
    if !scale_value.is_finite() {
        return None;
    }
    // Hedges immediately before the figure.
    let mut hedge = Hedge::Exact;
    let mut hedges = Vec::new();
    let before: Vec<&str> = toks[start_tok.saturating_sub(3)..start_tok].iter().map(|t| t.lower.as_str()).collect();
    if let Some((h, n)) = hedge_before(&before) {
        hedge = h;
        hedges.push(toks[start_tok - n..start_tok].iter().map(|t| t.text).collect::<Vec<_>>().join(" "));
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
    let mut claimed = false;
    for (k, t) in toks.iter().enumerate() {
        let w = t.lower.as_str();
        let attributive = matches!(w, "according" | "reportedly" | "allegedly" | "purportedly");
        if (k < start_tok && CLAIM_WORDS.contains(&w)) || attributive {
            claimed = true;
            hedges.push(t.text.to_string());
            break;
        }
    }
    let scale_value = round_significant(scale_value);
    let (low, high) = interval(scale_value, hedge);
    let (low, high) = (round_significant(low), high.map(round_significant));
    Some(Found {
        start: toks[start_tok].start,
        end: toks[end_tok - 1].end,
        kind,
        value: scale_value,
        low,
        high,
        unit,
        rate,
        rate_from_context: false,
        measured: String::new(),
        subject: None,
        hedge,
        hedges,
        claimed,
        context: BTreeSet::new(),
        vague: false,
        toks: (start_tok, end_tok),
    })
}

/// "tens of billions of dollars", "hundreds of millions of dollars",
/// "billions of dollars": an order of magnitude.
fn vague_magnitude(toks: &[Token], i: usize) -> Option<Found> {
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
    let (code, factor) = currency_word(&toks.get(scale_tok + 2)?.lower)?;
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
        context: BTreeSet::new(),
        vague: true,
        toks: (i, end_tok + used),
    })
}

/// "per million tokens", "a year", "per month", "annually": the rate and
/// the number of tokens it takes.
fn rate_at(toks: &[Token], j: usize) -> (Option<String>, usize) {
    let Some(first) = toks.get(j) else { return (None, 0) };
    match first.lower.as_str() {
        "per" | "a" | "an" | "each" | "every" => {
            let mut words = Vec::new();
            let mut k = j + 1;
            while let Some(t) = toks.get(k) {
                if t.tok != Tok::Word || words.len() >= 3 {
                    break;
                }
                let is_scale = scale_of(&t.lower).is_some();
                if is_stop_word(&t.lower) && !is_scale {
                    break;
                }
                words.push(t.lower.clone());
                k += 1;
                if !is_scale {
                    break;
                }
            }
            if words.is_empty() {
                return (None, 0);
            }
            if first.lower != "per" && !(words.len() == 1 && time_unit(&words[0]).is_some()) {
                return (None, 0);
            }
            let words: Vec<String> = words.into_iter().map(|w| if time_unit(&w).is_some() { w.trim_end_matches('s').to_string() } else { w }).collect();
            (Some(format!("per {}", words.join(" "))), k - j)
        }
        "annually" | "yearly" => (Some("per year".into()), 1),
        "monthly" => (Some("per month".into()), 1),
        _ => (None, 0),
    }
}

/// The thing counted after a number: a run of up to four content words
/// ("Nvidia H800 chips"), ending at a stop word or punctuation; its last
/// word, stemmed, is the unit. Returns (unit, index of the last word).
fn counted_head(toks: &[Token], j: usize) -> Option<(String, usize)> {
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
fn round_significant(v: f64) -> f64 {
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

fn interval(v: f64, hedge: Hedge) -> (f64, Option<f64>) {
    match hedge {
        Hedge::Exact => (v, Some(v)),
        Hedge::Approximate => (v * (1.0 - APPROXIMATE_SPREAD), Some(v * (1.0 + APPROXIMATE_SPREAD))),
        Hedge::Nearly => (v * (1.0 - APPROXIMATE_SPREAD), Some(v)),
        Hedge::AtLeast => (v, None),
        Hedge::AtMost => (0.0, Some(v)),
    }
}

/// Fills the measured phrase, the subject and the context terms of a figure.
fn describe(toks: &[Token], f: &mut Found, spans: &[(usize, usize)], me: usize) {
    let (s, e) = f.toks;
    let other_figure = |k: usize| spans.iter().enumerate().any(|(n, &(a, b))| n != me && k >= a && k < b);
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
    let inside: Vec<usize> = (s..e).filter(|&k| toks[k].tok == Tok::Word && scale_of(&toks[k].lower).is_none() && currency_word(&toks[k].lower).is_none()).collect();
    let hedge_words: BTreeSet<&str> = ["estimated", "estimate", "about", "around", "approximately", "roughly", "nearly", "almost", "just", "only", "some"].into_iter().collect();
    let mut terms = BTreeSet::new();
    for &k in before.iter().chain(&after).chain(&inside) {
        let lower = strip_possessives(&toks[k].lower);
        if lower.chars().count() < 2 || is_stop_word(lower) || hedge_words.contains(lower) || CLAIM_WORDS.contains(&lower) || number_word(lower).is_some() {
            continue;
        }
        if let Some(c) = concept(lower) {
            terms.insert(c.to_string());
        }
        terms.insert(stem(lower).into_owned());
    }
    f.context = terms;
    // Measured phrase: the content-word run nearest before the figure, and
    // the words after it up to a clause break (for "in losses").
    let near_before: Vec<&str> = {
        let mut run = Vec::new();
        for &k in before.iter().rev() {
            let w = toks[k].lower.as_str();
            if is_stop_word(w) || hedge_words.contains(w) || CLAIM_WORDS.contains(&w) {
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
fn label_tail(toks: &[Token], e: usize, other_figure: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let capitalised = |k: usize| toks[k].text.starts_with(char::is_uppercase);
    let mut tail: Vec<usize> = Vec::new();
    for (k, t) in toks.iter().enumerate().skip(e) {
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
fn owner(toks: &[Token], s: usize) -> Option<Owner> {
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

// ---------------------------------------------------------------- grouping

/// Context similarity needed to group two claims whose values differ.
const GROUP_CONTEXT: f64 = 0.25;
/// The same, when the two values already agree.
const GROUP_CONTEXT_AGREEING: f64 = 0.2;
/// The same, for years and for values more than [`FAR_APART`] times apart.
const GROUP_CONTEXT_FAR: f64 = 0.6;
/// Ratio of values beyond which two claims are presumed to measure different things.
const FAR_APART: f64 = 50.0;

fn overlaps(a: &FigureClaim, b: &FigureClaim) -> bool {
    let tol = 1.0 + CONFLICT_TOLERANCE;
    let a_high = a.high.unwrap_or(f64::INFINITY);
    let b_high = b.high.unwrap_or(f64::INFINITY);
    a.low <= b_high * tol && b.low <= a_high * tol
}

/// Weight of a concept term ("~loss") against an ordinary word.
const CONCEPT_WEIGHT: f64 = 3.0;

/// Weighted Dice coefficient of two claims' context terms. Concepts
/// ("~loss", "~cost") weigh more than words.
fn context_similarity(a: &Context, b: &Context) -> f64 {
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
fn value_gap(a: &FigureClaim, b: &FigureClaim) -> f64 {
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
fn link_score((ca, xa): &(FigureClaim, Context), (cb, xb): &(FigureClaim, Context), relax: f64) -> Option<f64> {
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

/// Groups claims about the same measured thing across documents and marks
/// conflicts. Claims are blocked by (kind, unit, rate); inside a block,
/// candidate pairs come from shared context terms or a shared subject, so
/// the work is not quadratic in the number of claims.
pub(crate) fn group_claims(claims: &[(FigureClaim, Context)], doc_order: &HashMap<&str, usize>) -> Vec<FigureGroup> {
    let mut blocks: BTreeMap<(FigureKind, &str, Option<&str>), Vec<usize>> = BTreeMap::new();
    for (i, (c, _)) in claims.iter().enumerate() {
        blocks.entry((c.kind, c.unit.as_str(), c.rate.as_deref())).or_default().push(i);
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
    let mut owners: Vec<BTreeSet<String>> = claims.iter().map(|(_, x)| x.owner.iter().map(|o| o.name.to_lowercase()).collect()).collect();
    let mut strong: Vec<bool> = claims.iter().map(|(_, x)| x.owner.as_ref().is_some_and(|o| o.strong)).collect();
    let mut ownerless: Vec<usize> = claims.iter().map(|(_, x)| usize::from(x.owner.is_none())).collect();
    let mut members_of: Vec<Vec<usize>> = (0..claims.len()).map(|i| vec![i]).collect();

    for members in blocks.values() {
        if members.len() < 2 {
            continue;
        }
        let limit = ((members.len() as f64).sqrt() as usize * 2).max(50);
        let mut postings: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &m in members {
            for t in &claims[m].1.terms {
                postings.entry(t.as_str()).or_default().push(m);
            }
            if let Some(o) = &claims[m].1.owner {
                postings.entry(o.name.as_str()).or_default().push(m);
            }
        }
        let mut edges: Vec<(f64, usize, usize)> = Vec::new();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for list in postings.values() {
            if list.len() > limit {
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
        for (a, b) in pairs {
            if let Some(score) = link_score(&claims[a], &claims[b], 1.0) {
                edges.push((score, a, b));
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
            let names: BTreeSet<String> = owners[ra].union(&owners[rb]).cloned().collect();
            if names.len() > 1 {
                continue;
            }
            if (strong[ra] && ownerless[rb] > 0) || (strong[rb] && ownerless[ra] > 0) {
                continue;
            }
            // Near-complete linkage: every pair across the two groups must
            // come at least halfway to a link, so one loose link cannot chain
            // a training cost to a market loss.
            let fits = members_of[ra].iter().all(|&x| {
                members_of[rb].iter().all(|&y| claims[x].1.doc == claims[y].1.doc || link_score(&claims[x], &claims[y], 0.5).is_some())
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

    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..claims.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out = Vec::new();
    for members in groups.into_values() {
        let mut docs: Vec<&str> = members.iter().map(|&m| claims[m].0.doc.as_str()).collect();
        crate::order::sort_by_key(&mut docs, |d| doc_order.get(d).copied().unwrap_or(usize::MAX));
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

/// Pairs of claims (indices into `claims`) in one group whose values
/// cannot both hold: their sentences must not be merged as one shared fact.
pub(crate) fn conflicting_pairs(claims: &[(FigureClaim, Context)], groups: &[FigureGroup]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for g in groups.iter().filter(|g| g.conflict) {
        for (x, &a) in g.claims.iter().enumerate() {
            for &b in &g.claims[x + 1..] {
                if claims[a].0.doc != claims[b].0.doc && !overlaps(&claims[a].0, &claims[b].0) {
                    out.push((a, b));
                }
            }
        }
    }
    out
}

/// A value in words: "5.6 million USD", "0.014 USD", "2,000 chip", "61 days".
pub fn format_value(v: f64, kind: FigureKind, unit: &str) -> String {
    let (scaled, word) = if kind == FigureKind::Year {
        (v, "")
    } else if v.abs() >= 1e12 {
        (v / 1e12, " trillion")
    } else if v.abs() >= 1e9 {
        (v / 1e9, " billion")
    } else if v.abs() >= 1e6 {
        (v / 1e6, " million")
    } else {
        (v, "")
    };
    let mut num = format!("{:.3}", scaled);
    while num.contains('.') && (num.ends_with('0') || num.ends_with('.')) {
        num.pop();
    }
    match kind {
        FigureKind::Year => num,
        FigureKind::Percent => format!("{num}%"),
        FigureKind::Duration => format!("{num}{word} days"),
        _ => format!("{num}{word} {unit}"),
    }
}

fn describe_claim(c: &FigureClaim) -> String {
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
        .filter(|h| !CLAIM_WORDS.contains(&h.to_lowercase().as_str()) && !matches!(h.to_lowercase().as_str(), "according" | "reportedly" | "allegedly" | "purportedly"))
        .collect();
    let written = if hedge.is_empty() || c.text.to_lowercase().starts_with(&hedge[0].to_lowercase()) { c.text.clone() } else { format!("{} {}", hedge.join(" "), c.text) };
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
        let l = self.text.to_lowercase();
        l.contains("cent") || l.contains("bn") || l.ends_with('m') || l.contains("pence") || self.kind == FigureKind::Duration
    }
}

/// A document id as people read it in an explanation: the part before the
/// first underscore when that is a short number-like prefix ("003").
fn short_id(id: &str) -> &str {
    match id.split_once('_') {
        Some((head, _)) if !head.is_empty() && head.len() <= 4 => head,
        _ => id,
    }
}

fn explain(claims: &[&FigureClaim], conflicting: &[(&FigureClaim, &FigureClaim)]) -> String {
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

/// The value of a run of ASCII digits with at most one decimal point, as
/// the scanner collects them ("5.6", "2000"). Hand-written because
/// `str::parse::<f64>` brings 19 KB of tables into the wasm; an exact
/// integer divided by an exact power of ten rounds the same way for the
/// figures news text holds (under 16 significant digits).
fn decimal_value(digits: &str) -> f64 {
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
