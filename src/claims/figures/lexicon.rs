//! The words around a figure that qualify it: hedges ("nearly", "more
//! than"), claims ("according to"), owners ("Meta charges", "Nvidia's
//! market cap"), measure concepts ("losses", "wiped") and month names.

use super::tokens::{Tok, Token};
use super::Hedge;
use crate::text::{is_stop_word, strip_possessives};

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
    if is_stop_word(base) || MONTHS.contains(&base) || is_currency_word(base) {
        return false;
    }
    if sentence_initial {
        // "DeepSeek", "R1" keep their capitals inside; "However" does not.
        return t.text.chars().skip(1).any(|c| c.is_uppercase() || c.is_ascii_digit());
    }
    true
}

/// The currency words the old lexicon knew; they are never a name's first
/// word ("Dollars" at the start of a heading).
fn is_currency_word(lower: &str) -> bool {
    matches!(lower, "usd" | "dollars" | "dollar" | "cents" | "cent" | "eur" | "euros" | "euro" | "gbp" | "pounds" | "pence" | "p" | "jpy" | "yen" | "cny" | "rmb" | "yuan")
}
