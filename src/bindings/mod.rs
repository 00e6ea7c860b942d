//! The WebAssembly API: a thin layer that converts JavaScript values to the
//! core's types and back. No logic lives here.
//!
//! Exports `corpus()`, `summarize(documents, options)`,
//! `compare(documents, options)` and `version()`. Documents are
//! `{id, title?, text}` objects; results are plain objects of the schema in
//! `docs/api.md` (the same JSON the CLI prints with `--json`). Every failure
//! is thrown as a JavaScript `Error` whose message is the core's message.
//!
//! JavaScript strings may hold lone surrogates; they arrive here as U+FFFD,
//! which is also one UTF-16 code unit, so the `start_utf16`/`end_utf16`
//! offsets of results still index the caller's original string.
//!
//! The TypeScript declarations below are written by hand so that results
//! are typed; `scripts/check-wasm.mjs` (run by `make test`) fails when a
//! result carries a field they do not declare.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{CompareOptions, Document, SummaryOptions};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** An article to summarize or compare. `id` must be unique and non-empty.
 * `source` (outlet), `author`, `date` (ISO 8601) and `url` (http/https) are
 * optional metadata for people; a malformed date or URL is refused. */
export interface ParallaxDocument {
  id: string;
  title?: string | null;
  source?: string | null;
  author?: string | null;
  date?: string | null;
  url?: string | null;
  text: string;
}

/** A sentence (or span) of a result: its document, UTF-8 byte range, UTF-16 range and text.
 *  `documents.find(d => d.id === ref.doc).text.slice(ref.start_utf16, ref.end_utf16) === ref.text`. */
export interface SentenceRef { doc: string; start: number; end: number; start_utf16: number; end_utf16: number; text: string; }

/** Options of summarize(). Give at most one of sentences, words and ratio;
 *  with none, 3 sentences for one document and 250 words for several. */
export interface SummaryOptions {
  /** Length in sentences (at least 1). */
  sentences?: number | null;
  /** Length in words, a budget (at least 1). */
  words?: number | null;
  /** Length as a share of the input's sentences, in (0, 1]. */
  ratio?: number | null;
  /** Words or a sentence to focus the summary on. */
  query?: string | null;
  /** Summarize only the document with this id; the others corroborate. */
  document?: string | null;
  /** How many keyphrases to return. */
  keyphrases?: number | null;
  /** Whether an early position in its article raises a sentence's score (default true). */
  position?: boolean;
}

/** Why a sentence was picked: the parts of its score. */
export interface ScoreBreakdown {
  centrality: number; position: number; query: number; redundancy: number;
  /** Rank of the sentence by score before selection, from 0. */
  rank: number;
  /** The concepts (stems or phrases) the sentence covers. */
  concepts: string[];
}

/** One sentence of a summary. */
export interface SummarySentence extends SentenceRef {
  score: number;
  /** Ids of the other documents that report the same fact: its fact cluster's support, without its own document. */
  corroborated_by: string[];
  /** When the sources give different values for this fact's figure: who gives which. */
  disagreement: FigureConsensus | null;
  /** True when a value in this fact is attributed to someone and contested. */
  disputed: boolean;
  why: ScoreBreakdown;
}

/** A phrase that names what a text is about. */
export interface Keyphrase {
  /** As written in the text (its most common surface form). */
  phrase: string;
  score: number;
  /** How many times it occurs. */
  count: number;
  /** In how many documents it occurs. */
  spread: number;
  /** Ids of the documents it occurs in (in the overall list; empty in per-document lists). */
  documents: string[];
}

/** The keyphrases of one document. */
export interface DocumentKeyphrases { id: string; keyphrases: Keyphrase[]; }

/** The result of summarize(). */
export interface Summary {
  mode: "single" | "multi";
  /** The picked sentences, in reading order. */
  sentences: SummarySentence[];
  /** Total words in the picked sentences. */
  words: number;
  /** The query's terms that the engine matched on. */
  query_terms: string[];
  keyphrases: Keyphrase[];
  documents: DocumentKeyphrases[];
}

/** Options of compare(); every field is optional. */
export interface CompareOptions {
  unique_facts?: number;
  distinctive_terms?: number;
  entities?: number;
  shared_facts?: number;
  /** Same-fact score (0 to 1) at which two sentences report one fact; default 0.3. */
  same_fact_similarity?: number;
  near_duplicate_jaccard?: number;
}

/** Size of one compared document. */
export interface DocumentInfo {
  id: string;
  title: string | null;
  /** Outlet, byline, ISO 8601 date and address, present when the input gave them. */
  source?: string;
  author?: string;
  date?: string;
  url?: string;
  sentences: number;
  words: number;
}

/** Two documents that are (nearly) the same text. */
export interface NearDuplicate { a: string; b: string; jaccard: number; }

/** A fact cluster of two or more documents, from the sentences' side. */
export interface SharedFact {
  /** Index of its cluster in `Comparison.clusters`. */
  cluster: number;
  docs: string[];
  /** How many documents report it (the corroboration count). */
  support: number;
  sentences: SentenceRef[];
  representative: SentenceRef;
  /** Mean same-fact score of the links that formed it. */
  similarity: number;
  by_figure: boolean;
  /** The documents give different values for it (see the cluster's consensus). */
  disagreement: boolean;
  /** A value in it is attributed to someone and contested. */
  disputed: boolean;
}

export type Stance = "asserted" | "attributed" | "modal" | "doubted";

/** One sentence of a fact cluster; `figures` index `Comparison.figures`. */
export interface ClusterMember extends SentenceRef {
  figures: number[];
  stance: Stance;
  negated: boolean;
}

/** One value of a cluster's figure and who gives it; `claims` index `Comparison.figures`. */
export interface ValueReport {
  value: number;
  /** The value in words ("1 trillion USD"). */
  label: string;
  docs: string[];
  claims: number[];
  /** Every claim of this value is attributed ("claimed", "according to") or doubted. */
  claimed: boolean;
}

/** Which documents give which value; `group` indexes `Comparison.figure_groups`. */
export interface FigureConsensus {
  group: number;
  measured: string;
  unit: string;
  /** Most widely reported first. */
  values: ValueReport[];
  agreed: boolean;
  /** Index in `values` of the value most documents give, when one does. */
  majority: number | null;
  /** Documents that give only another value than the majority's. */
  outliers: string[];
}

/** A value attributed to someone and contested; `member` indexes the cluster's members, `value` its consensus values. */
export interface Dispute {
  member: number;
  value: number | null;
  claimant: string | null;
  /** "claimed", "yet to be verified", … */
  cues: string[];
  contested_by: string[];
}

/** The sentences of all documents that report one fact. */
export interface FactCluster {
  docs: string[];
  support: number;
  members: ClusterMember[];
  /** Index in `members` of the most central sentence. */
  representative: number;
  score: number;
  consensus: FigureConsensus | null;
  disagreement: boolean;
  disputes: Dispute[];
}

/** A sentence only one document reports. */
export interface UniqueFact { sentence: SentenceRef; importance: number; nearest_other: number; }

/** What one document adds. */
export interface DocumentUniqueFacts { doc: string; facts: UniqueFact[]; }

export type FigureKind = "money" | "count" | "percent" | "year" | "duration" | "age";
export type Hedge = "exact" | "approximate" | "nearly" | "at_least" | "at_most";

/** A quantitative claim: `start`/`end`/`text` are the figure as written. */
export interface FigureClaim {
  doc: string;
  sentence: SentenceRef;
  start: number; end: number; text: string;
  kind: FigureKind;
  /** The value, normalised (5.6e6 for "$5.6 million"; a range's midpoint). */
  value: number;
  low: number;
  high: number | null;
  /** ISO 4217 code (or a shared currency name, "franc"), counted thing, "%", "pp", "year", "day". */
  unit: string;
  rate: string | null;
  rate_from_context: boolean;
  /** The phrase the figure measures. */
  measured: string;
  subject: string | null;
  hedge: Hedge;
  hedges: string[];
  claimed: boolean;
}

/** Claims about the same measured thing across documents; `claims` index `figures`. */
export interface FigureGroup {
  measured: string; kind: FigureKind; unit: string; rate: string | null;
  claims: number[]; docs: string[];
  conflict: boolean;
  explanation: string;
}

export type EntityKind = "person" | "organisation" | "place" | "group" | "other";

/** Where an entity is named: the name's range and its sentence's, in bytes and UTF-16 units. */
export interface EntityMention {
  doc: string;
  start: number; end: number; start_utf16: number; end_utf16: number;
  sentence_start: number; sentence_end: number; sentence_start_utf16: number; sentence_end_utf16: number;
}

/** A named person, organisation, place or group; `counts[i]` counts mentions in document i, `mentions` lists them all. */
export interface Entity { name: string; kind: EntityKind; aliases: string[]; role: string | null; counts: number[]; docs: number; mentions: EntityMention[]; }

/** A direct quotation (its range and text) and its speaker where the text says. */
export interface Quote {
  doc: string; text: string;
  start: number; end: number; start_utf16: number; end_utf16: number;
  speaker: string | null;
  sentence: SentenceRef;
}

/** A word one document uses far more than the others (weighted log-odds z-score). */
export interface DistinctiveTerm { word: string; stem: string; count: number; count_elsewhere: number; z: number; }

/** The distinctive vocabulary of one document. */
export interface DocumentVocabulary { doc: string; terms: DistinctiveTerm[]; }

/** The result of compare(). Matrices follow the order of `documents`. */
/** A part of a Comparison cut to a bound: `kept` of `total` documents (the first ones). */
export interface Truncation { part: 'similarity' | 'fact_similarity'; kept: number; total: number; }

export interface Comparison {
  documents: DocumentInfo[];
  /** similarity[i][j]: lexical similarity of documents i and j, 0 to 1. */
  similarity: number[][];
  /** fact_similarity[i][j]: share of document i's facts that document j also reports, 0 to 1 (not symmetric). */
  fact_similarity: number[][];
  /** Parts cut to a bound: over 200 documents the matrices cover the first 200 only. Empty otherwise. */
  truncated: Truncation[];
  near_duplicates: NearDuplicate[];
  /** Fact clusters: facts of two or more documents and disputed claims, best supported first. */
  clusters: FactCluster[];
  shared_facts: SharedFact[];
  unique_facts: DocumentUniqueFacts[];
  figures: FigureClaim[];
  figure_groups: FigureGroup[];
  entities: Entity[];
  quotes: Quote[];
  vocabulary: DocumentVocabulary[];
}

/** The bundled corpus: five articles on the January 2025 DeepSeek R1 release. */
export function corpus(): ParallaxDocument[];
/** Summarizes one document or a set. Throws an Error with a message on bad input. */
export function summarize(documents: ParallaxDocument[], options?: SummaryOptions | null): Summary;
/** Compares a set of documents. Throws an Error with a message on bad input. */
export function compare(documents: ParallaxDocument[], options?: CompareOptions | null): Comparison;
"#;

/// Converts a result to a plain JS object (maps as objects, not `Map`s).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))
}

/// Reads an options object; `undefined` and `null` mean the defaults.
///
/// serde-wasm-bindgen only looks up the fields it knows, so unknown keys
/// (a misspelt `sentence`) would pass silently; they are checked here
/// against the keys of the serialized defaults.
fn options_from_js<T: serde::de::DeserializeOwned + Serialize + Default>(value: JsValue, what: &str) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(JsError::new(&format!("{what} must be an object")));
    }
    let defaults: js_sys::Object = to_js(&T::default())?.unchecked_into();
    let known = js_sys::Object::keys(&defaults);
    let given: &js_sys::Object = value.unchecked_ref();
    for key in js_sys::Object::keys(given).iter() {
        if !known.includes(&key, 0) {
            let names: Vec<String> = known.iter().filter_map(|k| k.as_string()).collect();
            return Err(JsError::new(&format!(
                "invalid {what}: unknown field `{}`, expected one of: {}",
                key.as_string().unwrap_or_default(),
                names.join(", ")
            )));
        }
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("invalid {what}: {}", conversion_message(e))))
}

/// serde-wasm-bindgen's message without the "Error: " its JS error adds.
fn conversion_message(e: serde_wasm_bindgen::Error) -> String {
    let s = e.to_string();
    s.strip_prefix("Error: ").map(str::to_string).unwrap_or(s)
}

/// Reads the documents array, naming the first bad element in the error.
fn documents_from_js(value: JsValue) -> Result<Vec<Document>, JsError> {
    if !js_sys::Array::is_array(&value) {
        return Err(JsError::new("documents must be an array of {id, title?, text} objects"));
    }
    let array = js_sys::Array::from(&value);
    let mut docs = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
        if !item.is_object() {
            return Err(JsError::new(&format!("document {i} must be an object with id and text")));
        }
        let doc: Document =
            serde_wasm_bindgen::from_value(item).map_err(|e| JsError::new(&format!("invalid document {i}: {}", conversion_message(e))))?;
        docs.push(doc);
    }
    Ok(docs)
}

/// The bundled corpus: an array of `{id, title, text}`.
#[wasm_bindgen(skip_typescript)]
pub fn corpus() -> Result<JsValue, JsError> {
    to_js(&crate::corpus::bundled())
}

/// Summarizes an array of documents; see `docs/api.md`.
#[wasm_bindgen(skip_typescript)]
pub fn summarize(documents: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let docs = documents_from_js(documents)?;
    let options: SummaryOptions = options_from_js(options, "summary options")?;
    let summary = crate::summarize(&docs, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&summary)
}

/// Compares an array of documents; see `docs/api.md`.
#[wasm_bindgen(skip_typescript)]
pub fn compare(documents: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let docs = documents_from_js(documents)?;
    let options: CompareOptions = options_from_js(options, "compare options")?;
    let comparison = crate::compare(&docs, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&comparison)
}

/// The engine's version, for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
