//! Numbers written in words: "three hundred and thirty one", "twenty-one",
//! "a dozen", "half a million", "two and a half", "one billion".

use super::tokens::{Tok, Token};
use super::units::scale_of;

/// The value of a number word below a hundred ("seven", "forty", "twenty-one").
pub(crate) fn small_number(word: &str) -> Option<f64> {
    const UNITS: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if let Some(i) = UNITS.iter().position(|w| *w == word) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|w| *w == word) {
        return Some(20.0 + 10.0 * i as f64);
    }
    // "twenty-one": a ten, a hyphen, a unit from one to nine.
    let (tens, unit) = word.split_once('-')?;
    let t = TENS.iter().position(|w| *w == tens)?;
    let u = UNITS[1..10].iter().position(|w| *w == unit)?;
    Some(20.0 + 10.0 * t as f64 + 1.0 + u as f64)
}

/// Whether a lower-case word is a spelled-out number below a thousand
/// ("seven", "twenty-one", "hundred", "dozen"); scale words are not.
pub(crate) fn is_number_word(word: &str) -> bool {
    small_number(word).is_some() || matches!(word, "hundred" | "dozen")
}

/// The most words one spelled-out number takes ("three hundred and
/// thirty one million two hundred and five thousand and twelve" is 14).
const MAX_WORDS: usize = 16;

/// A spelled-out number starting at token `i`: its value and the index of
/// the token after it. A lone "a", "one" or "half" is not a number here
/// (they are articles and pronouns far more often); "a dozen", "one
/// million", "half a million" are.
pub(crate) fn parse(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let word = |k: usize| toks.get(k).filter(|t| t.tok == Tok::Word).map(|t| t.lower.as_str());
    let mut k = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut has_current = false;
    let mut half = false;
    // "half a million", "half a dozen".
    if word(k) == Some("half") && word(k + 1).is_some_and(|w| w == "a" || w == "an") {
        half = true;
        k += 2;
    } else if matches!(word(k), Some("a" | "an")) && word(k + 1).is_some_and(|w| matches!(w, "hundred" | "dozen") || scale_of(w).is_some_and(|_| w.len() > 2)) {
        current = 1.0;
        has_current = true;
        k += 1;
    }
    let start = k;
    // "hundred years", "million people" with no count before: not a number
    // on its own (and "several hundred", "many thousands" are vague).
    if !has_current && !half && !word(k).is_some_and(|w| small_number(w).is_some()) {
        return None;
    }
    if i > 0 && matches!(word(i - 1), Some("several" | "many" | "few" | "couple")) {
        return None;
    }
    // Whether the last word was a small number (so "two three" stops at "two").
    let mut last_small = false;
    let mut last_tens = false;
    // Bounded, so a run of number words is read in linear time overall.
    while let Some(w) = word(k).filter(|_| k - start < MAX_WORDS) {
        if let Some(n) = small_number(w) {
            // "thirty one" continues a ten; "two three" does not.
            if last_small && !(last_tens && n < 10.0) {
                break;
            }
            // (Integer arithmetic: an f64 `%` would bring libm's fmod into the wasm.)
            last_tens = n >= 20.0 && (n as u32) % 10 == 0;
            current += n;
            has_current = true;
            last_small = true;
        } else if w == "hundred" {
            current = if has_current { current * 100.0 } else { 100.0 };
            has_current = true;
            last_small = false;
            last_tens = false;
        } else if w == "dozen" {
            current = if has_current { current * 12.0 } else { 12.0 };
            has_current = true;
            last_small = false;
            last_tens = false;
        } else if let Some(s) = scale_of(w).filter(|_| w.len() > 2 && !w.ends_with('s')) {
            total += if has_current { current } else { 1.0 } * s;
            current = 0.0;
            has_current = false;
            last_small = false;
            last_tens = false;
        } else if w == "and" && k > start {
            // "two hundred and five", "two and a half".
            if word(k + 1) == Some("a") && word(k + 2) == Some("half") {
                current += 0.5;
                k += 3;
                break;
            }
            if !word(k + 1).is_some_and(|n| small_number(n).is_some()) || last_small {
                break;
            }
        } else {
            break;
        }
        k += 1;
    }
    if k == start {
        return None;
    }
    // A trailing "and" is not part of the number.
    while k > start && word(k - 1) == Some("and") {
        k -= 1;
    }
    let mut value = total + current;
    if half {
        value /= 2.0;
    }
    // A lone "one"/"zero": a pronoun or an idiom, not a figure.
    if k == start + 1 && !half && matches!(word(start), Some("one" | "zero")) && i == start {
        return None;
    }
    Some((value, k))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::parse;

    #[test]
    fn reads_spelled_out_numbers() {
        let cases = [
            ("three hundred and thirty one chips", Some((331.0, 5))),
            ("twenty-one years", Some((21.0, 1))),
            ("a dozen eggs", Some((12.0, 2))),
            ("half a million people", Some((500_000.0, 3))),
            ("two and a half miles", Some((2.5, 4))),
            ("one billion years", Some((1e9, 2))),
            ("a hundred and two of those", Some((102.0, 4))),
            ("two million", Some((2e6, 2))),
            ("one of them", None),
            ("the end", None),
        ];
        for (given, expected) in cases {
            let toks = tokenize(given);
            let got = parse(&toks, 0);
            assert_eq!(got, expected, "given {given:?}: expected {expected:?}, got {got:?}");
        }
    }
}
