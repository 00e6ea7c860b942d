//! The figure scanner: tokens of one sentence (words, numbers, currency
//! symbols, punctuation), then a figure at every number with the words
//! around it read for currency, scale, unit, rate, hedge and the phrase it
//! measures.

#![allow(clippy::wildcard_imports)]

use super::group::CONCEPT_WEIGHT;
use super::*;
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
    pub(crate) doc: usize,
    pub(crate) terms: BTreeSet<String>,
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

// ---------------------------------------------------------------- tokens

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Tok {
    Word,
    Number(f64),
    Symbol(char),
    Punct(char),
}

#[derive(Debug, Clone)]
pub(crate) struct Token<'t> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: &'t str,
    pub(crate) tok: Tok,
    /// Lower-cased text (words only).
    pub(crate) lower: String,
}

pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
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

pub(crate) fn scale_of(word: &str) -> Option<f64> {
    Some(match word {
        "thousand" | "k" => 1e3,
        "million" | "millions" | "m" | "mn" => 1e6,
        "billion" | "billions" | "bn" | "b" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

pub(crate) fn currency_word(word: &str) -> Option<(&'static str, f64)> {
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

pub(crate) fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        _ => return None,
    })
}

pub(crate) fn number_word(word: &str) -> Option<f64> {
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
pub(crate) fn time_unit(word: &str) -> Option<f64> {
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

pub(crate) const MONTHS: [&str; 12] =
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/// Words that put a figure in an interval, with the hedge they mean.
pub(crate) fn hedge_before(words: &[&str]) -> Option<(Hedge, usize)> {
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
pub(crate) const CLAIM_WORDS: [&str; 8] = ["claims", "claimed", "claim", "according", "reportedly", "allegedly", "purportedly", "says"];

/// Verbs whose subject owns the amount that follows ("Meta charges $2.80").
pub(crate) const OWNER_VERBS: [&str; 22] = [
    "charges", "charged", "charge", "charging", "offers", "offered", "offer", "costs", "cost", "spent", "spends", "spend",
    "invested", "invests", "invest", "raised", "raises", "paid", "pays", "earned", "earns", "priced",
];

/// Nouns of a measure owned by a possessive ("Nvidia's market cap").
pub(crate) const MEASURE_NOUNS: [&str; 16] = [
    "rate", "rates", "price", "prices", "cap", "capitalization", "capitalisation", "valuation", "value", "revenue",
    "revenues", "budget", "spending", "fortune", "profit", "sales",
];

/// Words mapped to a shared concept, so "losses", "wiped" and "erased" meet.
pub(crate) fn concept(lower: &str) -> Option<&'static str> {
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
pub(crate) fn unit_synonym(stemmed: &str) -> &str {
    match stemmed.trim_end_matches('s') {
        "gpu" | "processor" | "chip" | "semiconductor" | "accelerator" => "chip",
        "peopl" | "person" => "person",
        _ => stemmed,
    }
}

pub(crate) fn is_entity_word(t: &Token, sentence_initial: bool) -> bool {
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
    pub(crate) context: BTreeSet<String>,
    pub(crate) vague: bool,
    /// Token range of the figure itself.
    pub(crate) toks: (usize, usize),
}

pub(crate) fn is_clause_break(t: &Token) -> bool {
    matches!(t.tok, Tok::Punct(c) if matches!(c, ';' | ':' | '—' | '–' | '(' | ')' | '!' | '?' | '.'))
        || (t.tok == Tok::Word && matches!(t.lower.as_str(), "while" | "whereas" | "compared" | "but" | "versus" | "vs"))
}

/// Scans one sentence for figures. Offsets are relative to `text`.
pub(crate) fn scan_sentence(text: &str) -> Vec<Found> {
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
pub(crate) fn figure_at(toks: &[Token], i: usize) -> Option<Found> {
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
pub(crate) fn rate_at(toks: &[Token], j: usize) -> (Option<String>, usize) {
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

/// Fills the measured phrase, the subject and the context terms of a figure.
pub(crate) fn describe(toks: &[Token], f: &mut Found, spans: &[(usize, usize)], me: usize) {
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
pub(crate) fn label_tail(toks: &[Token], e: usize, other_figure: &dyn Fn(usize) -> bool) -> Vec<usize> {
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

// ---------------------------------------------------------------- grouping

/// Context similarity needed to group two claims whose values differ.

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
