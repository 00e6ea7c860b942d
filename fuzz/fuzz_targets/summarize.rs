//! `summarize` on arbitrary bytes: an answer or an error, never a panic,
//! and every picked sentence is the text at its byte range.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod input;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let docs = input::documents(rest);
    let options = input::summary_options(selector, &docs);
    if let Ok(summary) = parallax::summarize(&docs, &options) {
        assert!(!summary.sentences.is_empty(), "empty summary");
        for s in &summary.sentences {
            let r = &s.sentence;
            let doc = docs.iter().find(|d| d.id == r.doc).expect("known id");
            assert_eq!(doc.text.get(r.start..r.end), Some(r.text.as_str()));
            assert!(s.score.is_finite());
        }
    }
});
