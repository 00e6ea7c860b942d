//! The WebAssembly API: a thin layer that converts JavaScript values to the
//! core's types and back. No logic lives here.
//!
//! Exports `corpus()`, `summarize(documents, options)` and
//! `compare(documents, options)`. Documents are `{id, title?, text}`
//! objects; results are plain objects of the schema in `docs/api.md`.
//! Errors are thrown as JavaScript `Error`s carrying the core's message.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{CompareOptions, Document, SummaryOptions};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** An article to summarize or compare. */
export interface ParallaxDocument { id: string; title?: string; text: string; }
/** A sentence of a result: document id, UTF-8 byte range, UTF-16 range, text. */
export interface SentenceRef { doc: string; start: number; end: number; start_utf16: number; end_utf16: number; text: string; }
/** Options of summarize(); give at most one of sentences, words, ratio. */
export interface SummaryOptions { sentences?: number; words?: number; ratio?: number; query?: string; document?: string; keyphrases?: number; }
"#;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))
}

fn from_js<T: serde::de::DeserializeOwned + Default>(value: JsValue, what: &str) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("invalid {what}: {e}")))
}

fn documents(value: JsValue) -> Result<Vec<Document>, JsError> {
    if !js_sys::Array::is_array(&value) {
        return Err(JsError::new("documents must be an array of {id, title?, text} objects"));
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("invalid documents: {e}")))
}

/// The bundled corpus: an array of `{id, title, text}`.
#[wasm_bindgen]
pub fn corpus() -> Result<JsValue, JsError> {
    to_js(&crate::corpus::bundled())
}

/// Summarizes an array of documents; see `docs/api.md`.
#[wasm_bindgen(skip_typescript)]
pub fn summarize(documents_value: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let docs = documents(documents_value)?;
    let options: SummaryOptions = from_js(options, "summary options")?;
    let summary = crate::summarize(&docs, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&summary)
}

/// Compares an array of documents; see `docs/api.md`.
#[wasm_bindgen(skip_typescript)]
pub fn compare(documents_value: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let docs = documents(documents_value)?;
    let options: CompareOptions = from_js(options, "compare options")?;
    let comparison = crate::compare(&docs, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&comparison)
}

/// The engine's version, for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
