//! `compare` on arbitrary bytes: an answer or an error, never a panic,
//! with a square, finite, symmetric similarity matrix.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod input;

fuzz_target!(|data: &[u8]| {
    let docs = input::documents(data);
    if let Ok(c) = parallax::compare(&docs, &parallax::CompareOptions::default()) {
        let n = docs.len();
        assert_eq!(c.similarity.len(), n);
        for i in 0..n {
            for j in 0..n {
                let x = c.similarity[i][j];
                assert!(x.is_finite() && (x - c.similarity[j][i]).abs() < 1e-9, "similarity[{i}][{j}] = {x}");
            }
        }
        for f in &c.shared_facts {
            for r in &f.sentences {
                let doc = docs.iter().find(|d| d.id == r.doc).expect("known id");
                assert_eq!(doc.text.get(r.start..r.end), Some(r.text.as_str()));
            }
        }
    }
});
