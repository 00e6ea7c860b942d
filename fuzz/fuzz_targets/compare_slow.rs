//! Superlinear paths as findings: the fuzzer's input is repeated, as whole
//! documents and inside each document, to about 192 KB, then compared and
//! summarized. Linear work on that size takes a few milliseconds; run with
//! `-timeout=2` (as `make fuzz` does), so any step whose cost grows with
//! the square of a document's sentences, figures, quotes or names, or with
//! the square of the number of documents, is reported as a timeout.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod input;

/// Total size the input is amplified to.
const TARGET_BYTES: usize = 192 * 1024;

fuzz_target!(|data: &[u8]| {
    let Some((&shape, rest)) = data.split_first() else { return };
    if rest.is_empty() {
        return;
    }
    let seed = String::from_utf8_lossy(rest);
    // shape picks how the bytes are spent: many small documents or a few
    // long ones (from 1 to 256 documents).
    let ndocs = 1usize << (shape % 9);
    let per_doc = (TARGET_BYTES / ndocs).max(seed.len());
    let mut doc_text = String::with_capacity(per_doc + seed.len());
    while doc_text.len() < per_doc {
        doc_text.push_str(&seed);
        doc_text.push(if shape & 0x80 != 0 { '\n' } else { ' ' });
    }
    let docs: Vec<parallax::Document> = (0..ndocs).map(|i| parallax::Document::new(format!("d{i}"), doc_text.clone())).collect();
    let _ = parallax::compare(&docs, &parallax::CompareOptions::default());
    let _ = parallax::summarize(&docs, &input::summary_options(shape, &docs));
});
