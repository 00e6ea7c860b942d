//! The text pipeline alone, on small inputs: sentence splitting, words,
//! stemming, line classes, the analysis and the figure scanner. Fast
//! enough (no comparison) to reach millions of runs in minutes.
//!
//! Every range it returns must lie inside the text, on character
//! boundaries, in order; every figure value must be finite.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::text::{classify_lines, stem, words, Analysis, SentenceSplitter};
use parallax::Document;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();

    let mut last_end = 0;
    for r in SentenceSplitter::new().split(text) {
        assert!(r.start >= last_end && r.start < r.end && r.end <= text.len(), "sentence {r:?} after {last_end} in {} bytes", text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "sentence {r:?} cuts a character");
        last_end = r.end;
    }

    let mut last_end = 0;
    for w in words(text) {
        assert!(w.start >= last_end && w.start < w.end && w.end <= text.len(), "word {:?} after {last_end}", w.range());
        assert_eq!(&text[w.range()], w.text);
        last_end = w.end;
        let _ = stem(&w.text.to_lowercase());
    }

    let kinds = classify_lines(text);
    assert!(kinds.len() <= text.len() + 1, "{} line classes for {} bytes", kinds.len(), text.len());

    let docs = [Document::new("d", text)];
    let analysis = Analysis::new(&docs);
    for s in &analysis.docs[0].sentences {
        assert!(s.range.start <= s.range.end && s.range.end <= text.len(), "analysed sentence {:?}", s.range);
        assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
    }
    for c in parallax::claims::figure_claims(&analysis) {
        assert!(c.start < c.end && c.end <= text.len(), "figure {}..{} in {} bytes", c.start, c.end, text.len());
        assert_eq!(text.get(c.start..c.end), Some(c.text.as_str()), "figure text is the text at its range");
        assert!(c.value.is_finite() && c.low.is_finite(), "figure {:?}: value {} low {}", c.text, c.value, c.low);
        assert!(c.high.map_or(true, f64::is_finite), "figure {:?}: high {:?}", c.text, c.high);
    }
});
