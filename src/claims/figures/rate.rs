//! Rates after a figure: "per million tokens", "per hour", "/hour",
//! "an hour", "a year", "each month", "annually", "per annum".

use super::tokens::{Tok, Token};
use super::units::{scale_of, time_unit_name};
use crate::text::is_stop_word;

/// The rate at token `j` and the number of tokens it takes; the rate reads
/// "per <what>", with units of time in the singular ("per hour").
pub(crate) fn rate_at(toks: &[Token], j: usize) -> (Option<String>, usize) {
    let Some(first) = toks.get(j) else { return (None, 0) };
    // "/hour", "/hr", "/kg": a slash glued to the figure.
    if first.tok == Tok::Punct('/') && j > 0 && first.glued_to(&toks[j - 1]) {
        if let Some(t) = toks.get(j + 1).filter(|t| t.tok == Tok::Word && t.glued_to(first)) {
            let what = time_unit_name(&t.lower).map(str::to_string).unwrap_or_else(|| t.lower.clone());
            return (Some(format!("per {what}")), 2);
        }
        return (None, 0);
    }
    match first.lower.as_str() {
        "per" | "a" | "an" | "each" | "every" => {
            // "per annum", "per capita", "per head".
            if first.lower == "per" {
                if let Some(t) = toks.get(j + 1) {
                    match t.lower.as_str() {
                        "annum" => return (Some("per year".into()), 2),
                        "cent" | "centum" => return (None, 0),
                        _ => {}
                    }
                }
            }
            let mut words = Vec::new();
            let mut k = j + 1;
            while let Some(t) = toks.get(k) {
                if t.tok != Tok::Word || words.len() >= 3 {
                    break;
                }
                let is_scale = scale_of(&t.lower).is_some_and(|_| t.lower.len() > 2);
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
            let time = words.len() == 1 && time_unit_name(&words[0]).is_some();
            if first.lower != "per" && !time {
                return (None, 0);
            }
            let words: Vec<String> = words.into_iter().map(|w| time_unit_name(&w).map(str::to_string).unwrap_or(w)).collect();
            (Some(format!("per {}", words.join(" "))), k - j)
        }
        "annually" | "yearly" => (Some("per year".into()), 1),
        "monthly" => (Some("per month".into()), 1),
        "weekly" => (Some("per week".into()), 1),
        "daily" => (Some("per day".into()), 1),
        "hourly" => (Some("per hour".into()), 1),
        _ => (None, 0),
    }
}
