//! The text pipeline on the bundled corpus: exactly which lines of each
//! article are headings and which are page furniture, the headline, and
//! that no furniture reaches the body.

use parallax::text::{classify_lines, Analysis, LineKind};
use parallax::Document;

/// (file, 1-based line numbers of headings, of furniture). Blank lines are
/// not listed.
const EXPECTED: &[(&str, &[usize], &[usize])] = &[
    ("000_4584fba820017291.txt", &[6, 11], &[]),
    ("001_d1eda04bd7c4aeb5.txt", &[], &[]),
    ("002_70db90216ccc25ae.txt", &[], &[]),
    (
        "003_9097e100ef199ebb.txt",
        &[1, 7, 13, 19, 25, 31, 37, 43],
        // Share, URL, Prev Post + its link title, Next Post + its link title,
        // comment prompt, "Read next".
        &[49, 50, 51, 53, 55, 57, 59, 61, 63],
    ),
    ("004_77179d91be93b1e9.txt", &[], &[]),
];

fn read(file: &str) -> String {
    let path = format!("{}/corpus/deepseek-r1/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn headings_and_furniture_of_every_bundled_article() {
    let mut failures = Vec::new();
    for &(file, headings, furniture) in EXPECTED {
        let text = read(file);
        let kinds = classify_lines(&text);
        let mut got_h = Vec::new();
        let mut got_f = Vec::new();
        for (i, (kind, line)) in kinds.iter().zip(text.split('\n')).enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match kind {
                LineKind::Heading => got_h.push(i + 1),
                LineKind::Furniture => got_f.push(i + 1),
                LineKind::Body => {}
            }
        }
        if got_h != headings || got_f != furniture {
            let show = |ls: &[usize]| -> String {
                ls.iter().map(|&n| format!("\n      {n}: {}", text.split('\n').nth(n - 1).unwrap_or(""))).collect()
            };
            failures.push(format!(
                "{file}\n  headings expected {headings:?}, got {got_h:?}{}\n  furniture expected {furniture:?}, got {got_f:?}{}",
                show(&got_h),
                show(&got_f)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn headline_and_clean_body() {
    let docs: Vec<Document> = EXPECTED.iter().map(|(f, _, _)| Document::new(*f, read(f))).collect();
    let a = Analysis::new(&docs);
    let headlines: Vec<Option<&str>> = a.docs.iter().map(|d| d.headline().map(|i| d.sentence_text(i))).collect();
    assert_eq!(
        headlines,
        [
            None,
            None,
            None,
            Some("The DeepSeek phenomenon: Chinese technological superiority and implications for the West"),
            None
        ]
    );
    for d in &a.docs {
        for i in d.body() {
            let s = d.sentence_text(i);
            for bad in ["Share this", "Shareable URL", "Prev Post", "Next Post", "Leave a Reply", "Read next", "email address"]
            {
                assert!(!s.contains(bad), "{}: body sentence {s:?} contains {bad:?}", d.doc.id);
            }
            assert_ne!(s, "How Is It Possible?");
        }
        assert!(d.body_len() >= 8, "{}: only {} body sentences", d.doc.id, d.body_len());
    }
    // The quotation of two sentences stays inside its sentence.
    let d = &a.docs[4];
    assert!(d.body().any(|i| d.sentence_text(i).ends_with("“We Have No Moat. And neither does OpenAI.”")));
    assert!(!d.body().any(|i| d.sentence_text(i).starts_with("And neither does OpenAI")));
    // "Dr. Alan Greene" does not end a sentence.
    assert!(d.body().any(|i| d.sentence_text(i).starts_with("Industry experts")));
    assert!(!d.body().any(|i| d.sentence_text(i) == "Dr."));
}
