//! Units a number can carry: scale words ("million", "bn", "crore"), units
//! of time ("years", "hrs", "h") and the words of percentages.

/// The factor of a scale word or suffix ("million", "bn", "m", "k").
/// "t" (trillion) is read only after a currency sign ("$2.174T").
pub(crate) fn scale_of(word: &str) -> Option<f64> {
    Some(match word {
        "thousand" | "thousands" | "k" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "million" | "millions" | "m" | "mn" | "mln" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" | "billions" | "bn" | "b" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" | "t" => 1e12,
        _ => return None,
    })
}

/// Days in a unit of time: words ("years", "fortnight") and the
/// abbreviations news and listings use ("hrs", "mins", "yr"). "h" and
/// "s" alone are only units when glued to the number ("3h"): the caller
/// checks.
pub(crate) fn time_unit(word: &str) -> Option<f64> {
    let w = word.strip_suffix("'").or_else(|| word.strip_suffix("’")).unwrap_or(word);
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => 1.0 / 86400.0,
        "minute" | "minutes" | "min" | "mins" => 1.0 / 1440.0,
        "hour" | "hours" | "hr" | "hrs" | "h" => 1.0 / 24.0,
        "day" | "days" => 1.0,
        "week" | "weeks" | "wk" | "wks" => 7.0,
        "fortnight" | "fortnights" => 14.0,
        "month" | "months" => 30.44,
        "quarter" | "quarters" => 91.31,
        "year" | "years" | "yr" | "yrs" => 365.25,
        "decade" | "decades" => 3652.5,
        "century" | "centuries" => 36525.0,
        _ => return None,
    })
}

/// The singular word of a time unit, for rates ("hrs" → "hour").
pub(crate) fn time_unit_name(word: &str) -> Option<&'static str> {
    let days = time_unit(word)?;
    Some(match days {
        d if d < 1.0 / 2000.0 => "second",
        d if d < 1.0 / 100.0 => "minute",
        d if d < 0.5 => "hour",
        d if d < 2.0 => "day",
        d if d < 10.0 => "week",
        d if d < 20.0 => "fortnight",
        d if d < 60.0 => "month",
        d if d < 100.0 => "quarter",
        d if d < 400.0 => "year",
        d if d < 4000.0 => "decade",
        _ => "century",
    })
}

/// Abbreviations of units of time that stand only glued to a number.
pub(crate) fn is_glued_only_time_unit(word: &str) -> bool {
    matches!(word, "h")
}

/// Suffixes glued to digits that keep the token a word: ordinals ("2nd"),
/// decades ("1990s"), times of day ("2pm") and product names ("4K", "5G").
pub(crate) fn is_word_suffix(suffix: &str) -> bool {
    let lower = suffix.to_ascii_lowercase();
    matches!(lower.as_str(), "st" | "nd" | "rd" | "th" | "s" | "am" | "pm" | "p" | "x" | "d")
        || (suffix.len() == 1 && suffix.chars().all(|c| c.is_uppercase()) && scale_of(&lower).is_none())
}

/// Words after a number that make it a time of day ("2 pm", "9 a.m.", "10 GMT").
pub(crate) fn is_time_of_day_word(word: &str) -> bool {
    matches!(word, "am" | "pm" | "o'clock" | "o’clock" | "gmt" | "utc" | "bst" | "cet" | "est" | "edt" | "pst" | "pdt" | "et" | "pt")
}
