//! The wasm API called the way JavaScript calls it, through `JsValue`s, in
//! Node:
//!
//! ```text
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!     cargo test --target wasm32-unknown-unknown --test wasm
//! ```
//!
//! (`make test` runs it.) Natively this file compiles to nothing; the
//! native-versus-wasm comparison of whole results is `scripts/check-wasm.mjs`.

#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use parallax::bindings;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

/// A JS value from JSON text.
fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or_else(|e| panic!("bad test JSON {json}: {e:?}"))
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn string(v: &JsValue, key: &str) -> String {
    get(v, key).as_string().unwrap_or_else(|| panic!("{key} is not a string in {}", stringify(v)))
}

fn number(v: &JsValue, key: &str) -> f64 {
    get(v, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number in {}", stringify(v)))
}

fn stringify(v: &JsValue) -> String {
    JSON::stringify(v).map(String::from).unwrap_or_else(|_| format!("{v:?}"))
}

/// The message of the JS `Error` an export threw.
fn message(result: Result<JsValue, JsError>) -> String {
    match result {
        Ok(v) => panic!("expected an Error, got {}", stringify(&v)),
        Err(e) => {
            let v = JsValue::from(e);
            assert!(v.is_instance_of::<js_sys::Error>(), "thrown value is not an Error: {v:?}");
            String::from(v.unchecked_into::<js_sys::Error>().message())
        }
    }
}

#[track_caller]
fn throws(result: Result<JsValue, JsError>, needle: &str) {
    let m = message(result);
    assert!(m.contains(needle), "\nexpected an Error containing: {needle:?}\ngot: {m:?}");
}

/// Checks that a `{doc, start_utf16, end_utf16, text}` object is the
/// JavaScript slice of its document's text.
fn check_sentence(docs: &Array, s: &JsValue) {
    let id = string(s, "doc");
    let doc = docs.iter().find(|d| string(d, "id") == id).unwrap_or_else(|| panic!("unknown doc {id}"));
    let text: js_sys::JsString = get(&doc, "text").unchecked_into();
    let slice = text.slice(number(s, "start_utf16") as u32, number(s, "end_utf16") as u32);
    assert_eq!(String::from(slice), string(s, "text"), "sentence of {id}");
}

#[wasm_bindgen_test]
fn corpus_has_the_five_bundled_articles() {
    let c = bindings::corpus().unwrap();
    let docs = Array::from(&c);
    assert_eq!(docs.length(), 5);
    let native = parallax::corpus::bundled();
    for (d, n) in docs.iter().zip(&native) {
        assert_eq!(string(&d, "id"), n.id);
        assert_eq!(string(&d, "text"), n.text);
        assert_eq!(get(&d, "title").as_string(), n.title);
        assert!(!string(&d, "title").is_empty());
    }
    assert_eq!(bindings::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn summarize_the_corpus() {
    let docs = Array::from(&bindings::corpus().unwrap());
    let s = bindings::summarize(docs.clone().into(), js(r#"{"sentences": 4}"#)).unwrap();
    assert_eq!(string(&s, "mode"), "multi");
    let sentences = Array::from(&get(&s, "sentences"));
    assert_eq!(sentences.length(), 4, "{}", stringify(&s));
    for sent in sentences.iter() {
        check_sentence(&docs, &sent);
        assert!(number(&sent, "score").is_finite());
        assert!(Array::is_array(&get(&sent, "corroborated_by")));
        assert!(get(&sent, "why").is_object());
    }
    // Plain objects, not Maps: JSON.stringify sees every field.
    assert!(stringify(&s).contains("\"keyphrases\""));
    // Missing, undefined and null options all mean the defaults.
    let a = stringify(&bindings::summarize(docs.clone().into(), JsValue::UNDEFINED).unwrap());
    let b = stringify(&bindings::summarize(docs.clone().into(), JsValue::NULL).unwrap());
    let c = stringify(&bindings::summarize(docs.clone().into(), js("{}")).unwrap());
    assert_eq!(a, b);
    assert_eq!(a, c);
}

#[wasm_bindgen_test]
fn summarize_one_document_with_options() {
    let docs = Array::from(&bindings::corpus().unwrap());
    let first = Array::of1(&docs.get(0));
    let s = bindings::summarize(first.clone().into(), js(r#"{"words": 60, "query": "Nvidia"}"#)).unwrap();
    assert_eq!(string(&s, "mode"), "single");
    for sent in Array::from(&get(&s, "sentences")).iter() {
        check_sentence(&first, &sent);
    }
    let id = string(&docs.get(2), "id");
    let s = bindings::summarize(docs.clone().into(), js(&format!(r#"{{"sentences": 2, "document": "{id}"}}"#))).unwrap();
    for sent in Array::from(&get(&s, "sentences")).iter() {
        assert_eq!(string(&sent, "doc"), id);
    }
}

#[wasm_bindgen_test]
fn compare_the_corpus() {
    let docs = Array::from(&bindings::corpus().unwrap());
    let c = bindings::compare(docs.clone().into(), JsValue::UNDEFINED).unwrap();
    let sim = Array::from(&get(&c, "similarity"));
    assert_eq!(sim.length(), 5);
    for (i, row) in sim.iter().enumerate() {
        let row = Array::from(&row);
        assert_eq!(row.length(), 5);
        let diag = row.get(i as u32).as_f64().unwrap();
        assert!((diag - 1.0).abs() < 1e-9, "diagonal {diag}");
    }
    assert_eq!(Array::from(&get(&c, "documents")).length(), 5);
    // The same answer as the core gives inside this module.
    let native = parallax::compare(&parallax::corpus::bundled(), &Default::default()).unwrap();
    let again = native.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap();
    assert_eq!(stringify(&c), stringify(&again));
}

#[wasm_bindgen_test]
fn bad_documents_throw_errors_with_messages() {
    throws(bindings::summarize(js("[]"), JsValue::UNDEFINED), "no documents were given");
    throws(bindings::compare(js("[]"), JsValue::UNDEFINED), "no documents were given");
    throws(bindings::summarize(JsValue::from_str("text"), JsValue::UNDEFINED), "documents must be an array");
    throws(bindings::summarize(JsValue::UNDEFINED, JsValue::UNDEFINED), "documents must be an array");
    throws(bindings::compare(js(r#"{"id": "a", "text": "b"}"#), JsValue::UNDEFINED), "documents must be an array");
    throws(bindings::summarize(js(r#"[{"id": "a"}]"#), JsValue::UNDEFINED), "invalid document 0");
    throws(bindings::summarize(js(r#"[{"id": "a", "text": "Fine text."}, 5]"#), JsValue::UNDEFINED), "document 1 must be an object");
    throws(bindings::summarize(js(r#"[{"id": "a", "text": 5}]"#), JsValue::UNDEFINED), "invalid document 0");
    throws(bindings::summarize(js(r#"[{"id": 7, "text": "Words."}]"#), JsValue::UNDEFINED), "invalid document 0");
    throws(bindings::summarize(js(r#"[{"id": "a", "text": "   "}]"#), JsValue::UNDEFINED), "document \"a\" has no words");
    throws(bindings::summarize(js(r#"[{"id": "", "text": "Words."}]"#), JsValue::UNDEFINED), "document 0 has an empty id");
    throws(
        bindings::compare(js(r#"[{"id": "a", "text": "Words."}, {"id": "a", "text": "More."}]"#), JsValue::UNDEFINED),
        "two documents have the id \"a\"",
    );
    // Unknown fields on a document are ignored; a null title is none; the
    // metadata fields are checked and a bad one is named.
    let ok = bindings::summarize(js(r#"[{"id": "a", "title": null, "note": "x", "text": "Markets fell. Shares dropped."}]"#), JsValue::UNDEFINED);
    assert!(ok.is_ok());
    throws(bindings::summarize(js(r#"[{"id": "a", "url": "x", "text": "Markets fell."}]"#), JsValue::UNDEFINED), "url");
    let ok = bindings::summarize(
        js(r#"[{"id": "a", "source": "Reuters", "date": "2025-01-27", "url": "https://example.com/a", "text": "Markets fell. Shares dropped."}]"#),
        JsValue::UNDEFINED,
    );
    assert!(ok.is_ok());
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_with_messages() {
    let docs: JsValue = bindings::corpus().unwrap();
    throws(bindings::summarize(docs.clone(), js(r#"{"sentences": 0}"#)), "invalid options");
    throws(bindings::summarize(docs.clone(), js(r#"{"sentences": 2, "words": 10}"#)), "give only one of");
    throws(bindings::summarize(docs.clone(), js(r#"{"ratio": 2}"#)), "ratio");
    throws(bindings::summarize(docs.clone(), js(r#"{"sentences": -1}"#)), "invalid summary options");
    throws(bindings::summarize(docs.clone(), js(r#"{"sentences": 1.5}"#)), "invalid summary options");
    throws(bindings::summarize(docs.clone(), js(r#"{"sentences": "3"}"#)), "invalid summary options");
    throws(bindings::summarize(docs.clone(), js(r#"{"bogus": 1}"#)), "unknown field `bogus`");
    throws(bindings::summarize(docs.clone(), JsValue::from_str("3 sentences")), "summary options must be an object");
    throws(bindings::summarize(docs.clone(), js(r#"{"document": "nope"}"#)), "no document has the id \"nope\"");
    throws(bindings::compare(docs.clone(), js(r#"{"bogus": true}"#)), "invalid compare options");
    throws(bindings::compare(docs.clone(), js("[1]")), "compare options must be an object");
    let nan = js_sys::Object::new();
    Reflect::set(&nan, &"ratio".into(), &JsValue::from_f64(f64::NAN)).unwrap();
    assert!(bindings::summarize(docs, nan.into()).is_err(), "ratio NaN must be refused");
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_utf16_offsets_aligned() {
    // A JS string with lone surrogates: they become U+FFFD inside, one
    // UTF-16 unit each, so offsets still index the original string.
    let text = js_sys::JsString::from_char_code(&[
        0xD800, b'M' as u16, b'a' as u16, b'r' as u16, b'k' as u16, b'e' as u16, b't' as u16, b's' as u16, b' ' as u16,
        b'f' as u16, b'e' as u16, b'l' as u16, b'l' as u16, b'.' as u16, b' ' as u16, 0xDC00, b'S' as u16, b'h' as u16,
        b'a' as u16, b'r' as u16, b'e' as u16, b's' as u16, b' ' as u16, b'r' as u16, b'o' as u16, b's' as u16, b'e' as u16,
        b'.' as u16,
    ]);
    let doc = js_sys::Object::new();
    Reflect::set(&doc, &"id".into(), &"s".into()).unwrap();
    Reflect::set(&doc, &"text".into(), &text).unwrap();
    let docs = Array::of1(&doc);
    let s = bindings::summarize(docs.clone().into(), js(r#"{"sentences": 2}"#)).unwrap();
    let sentences = Array::from(&get(&s, "sentences"));
    assert!(sentences.length() >= 1);
    for sent in sentences.iter() {
        let (a, b) = (number(&sent, "start_utf16") as u32, number(&sent, "end_utf16") as u32);
        let original = String::from(text.slice(a, b)).replace('\u{FFFD}', "");
        let got = string(&sent, "text").replace('\u{FFFD}', "");
        assert_eq!(original, got, "range {a}..{b}");
    }
    assert!(bindings::compare(docs.into(), JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn odd_text_never_traps() {
    for text in ["\u{0}\u{0}", "😀😀😀", "<script>alert(1)</script><b>bold</b> words here.", "שלום עולם. מה שלומך?", "a"] {
        let docs = Array::of1(&js(&format!(r#"{{"id": "x", "text": {}}}"#, String::from(JSON::stringify(&JsValue::from_str(text)).unwrap()))));
        for r in [bindings::summarize(docs.clone().into(), JsValue::UNDEFINED), bindings::compare(docs.clone().into(), JsValue::UNDEFINED)] {
            if let Err(e) = r {
                let m = message(Err(e));
                assert!(!m.is_empty(), "empty message for {text:?}");
            }
        }
    }
}
