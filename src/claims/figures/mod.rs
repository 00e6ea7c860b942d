//! Quantitative claims ("$5.6 million", "2,000 Nvidia H800 chips", "1.4
//! cents", "nearly $1.5 trillion"), normalised, grouped across documents by
//! the thing they measure, and checked for conflicts.
//!
//! Everything is a hand scanner over each body sentence and heading-like
//! line ([`DocAnalysis::scannable`](crate::text::DocAnalysis::scannable)):
//! tokens (words, numbers, currency signs, punctuation; URLs, codes and
//! versions skipped), then a figure at every number, written in digits or
//! words, with the words around it read for currency (every ISO 4217
//! currency, by code, sign or English name, from a table generated from
//! pycountry and CLDR), scale, range, unit, rate, hedge and the phrase it
//! measures.

mod currency;
mod describe;
mod group;
mod lexicon;
mod number_words;
mod rate;
mod scan;
mod tokens;
mod units;

#[allow(unused_imports)]
use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::document::SentenceRef;
#[allow(unused_imports)]
use crate::text::{is_stop_word, stem, strip_possessives, Analysis};

pub(crate) use group::{group_claims, overlaps};
pub(crate) use scan::{scan_all, Context};
use scan::scan_all as scan_claims;

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
    /// An amount of money; `unit` is an ISO 4217 code, or the currency's
    /// name when several currencies share it and the text does not say
    /// which ("franc" for "20 billion francs").
    Money,
    /// A number of things; `unit` is the stem of the thing counted ("chip").
    Count,
    /// A percentage; `unit` is "%", or "pp" for percentage points.
    Percent,
    /// A calendar year; `unit` is "year".
    Year,
    /// A span of time, normalised to days; `unit` is "day".
    Duration,
    /// A person's or thing's age ("a 45-year-old", "aged 45"); `unit` is "year".
    Age,
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

/// The figures of every body sentence and heading-like line of every
/// document, in text order.
///
/// ```
/// use parallax::{compare::{figure_claims, FigureKind, Hedge}, text::Analysis, Document};
/// let docs = [Document::new("b", "The miner paid C$450 million, or 300 million Swiss francs, for a two-year lease.")];
/// let claims = figure_claims(&Analysis::new(&docs));
/// assert_eq!((claims[0].unit.as_str(), claims[0].value), ("CAD", 4.5e8));
/// assert_eq!((claims[1].unit.as_str(), claims[1].value), ("CHF", 3e8));
/// assert_eq!((claims[2].kind, claims[2].value), (FigureKind::Duration, 730.5));
///
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
    scan_claims(analysis).into_iter().map(|(c, _)| c).collect()
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
        FigureKind::Age => format!("{num} years old"),
        _ => format!("{num}{word} {unit}"),
    }
}

