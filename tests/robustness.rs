//! Hostile and odd input: every entry point answers with a result or a
//! clear error, never a panic, and every result still points at real text.
//!
//! The large inputs (`#[ignore]`d by default) run in `make test` with the
//! optimised but still overflow-checked `stress` profile:
//! `cargo test --profile stress --test robustness -- --include-ignored`.
//! Their time bounds are loose guards against quadratic blow-ups, not speed
//! targets (those live in `benches/`).

use std::time::{Duration, Instant};

use parallax::{compare, summarize, CompareOptions, Document, Error, SummaryOptions, MAX_INPUT_BYTES};

/// Every option set a caller might reasonably send.
fn option_sets() -> Vec<SummaryOptions> {
    vec![
        SummaryOptions::default(),
        SummaryOptions { sentences: Some(1), ..Default::default() },
        SummaryOptions { sentences: Some(50), ..Default::default() },
        SummaryOptions { words: Some(5), ..Default::default() },
        SummaryOptions { ratio: Some(1.0), ..Default::default() },
        SummaryOptions { query: Some("cost of training".into()), ..Default::default() },
        SummaryOptions { query: Some("".into()), sentences: Some(2), ..Default::default() },
        SummaryOptions { query: Some("\u{0}\u{FFFD}😀".into()), ..Default::default() },
    ]
}

/// Checks that every `{doc, start, end, text}` object anywhere in `value`
/// is the document's text at that byte range, with consistent UTF-16
/// offsets.
fn check_refs(docs: &[Document], value: &serde_json::Value, what: &str) -> usize {
    let mut n = 0;
    match value {
        serde_json::Value::Object(map) => {
            if let (Some(doc), Some(start), Some(end), Some(text)) = (
                map.get("doc").and_then(|v| v.as_str()),
                map.get("start").and_then(|v| v.as_u64()),
                map.get("end").and_then(|v| v.as_u64()),
                map.get("text").and_then(|v| v.as_str()),
            ) {
                let d = docs.iter().find(|d| d.id == doc).unwrap_or_else(|| panic!("{what}: unknown doc id {doc:?}"));
                let (start, end) = (start as usize, end as usize);
                assert_eq!(
                    d.text.get(start..end),
                    Some(text),
                    "\n{what}: sentence of {doc:?}\ngiven range: {start}..{end}\nexpected: the text at that range\ngot: {text:?}"
                );
                if let (Some(s16), Some(e16)) = (map.get("start_utf16").and_then(|v| v.as_u64()), map.get("end_utf16").and_then(|v| v.as_u64())) {
                    assert_eq!(s16 as usize, d.text[..start].encode_utf16().count(), "{what}: start_utf16 of {text:?}");
                    assert_eq!(e16 as usize, d.text[..end].encode_utf16().count(), "{what}: end_utf16 of {text:?}");
                }
                n += 1;
            }
            for v in map.values() {
                n += check_refs(docs, v, what);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                n += check_refs(docs, v, what);
            }
        }
        _ => {}
    }
    n
}

/// Runs summarize (with every option set) and compare on `docs`; returns
/// the errors seen. Panics (the test fails) on a panic inside the engine,
/// a non-finite number, or a sentence that is not where it says it is.
fn exercise(what: &str, docs: &[Document]) -> Vec<Error> {
    exercise_with(what, docs, option_sets())
}

fn exercise_with(what: &str, docs: &[Document], option_sets: Vec<SummaryOptions>) -> Vec<Error> {
    let mut errors = Vec::new();
    for options in option_sets {
        match summarize(docs, &options) {
            Ok(s) => {
                assert!(!s.sentences.is_empty(), "{what}: empty summary with {options:?}");
                for sent in &s.sentences {
                    assert!(sent.score.is_finite(), "{what}: score {} of {:?}", sent.score, sent.sentence.text);
                    let w = &sent.why;
                    for (name, x) in [("centrality", w.centrality), ("position", w.position), ("query", w.query), ("redundancy", w.redundancy)] {
                        assert!(x.is_finite(), "{what}: why.{name} = {x}");
                    }
                }
                for k in &s.keyphrases {
                    assert!(k.score.is_finite(), "{what}: keyphrase {:?} score {}", k.phrase, k.score);
                }
                let json = serde_json::to_value(&s).expect("summary serializes");
                check_refs(docs, &json, what);
            }
            Err(e) => errors.push(e),
        }
    }
    match compare(docs, &CompareOptions::default()) {
        Ok(c) => {
            // Over 200 documents the matrices cover the first 200, and say so.
            let shown = docs.len().min(200);
            assert_eq!(c.similarity.len(), shown, "{what}: similarity rows");
            assert_eq!(c.fact_similarity.len(), shown, "{what}: fact_similarity rows");
            let cut: Vec<(&str, usize, usize)> = c.truncated.iter().map(|t| (t.part.as_str(), t.kept, t.total)).collect();
            let expected: Vec<(&str, usize, usize)> = if shown < docs.len() { vec![("similarity", shown, docs.len()), ("fact_similarity", shown, docs.len())] } else { Vec::new() };
            assert_eq!(cut, expected, "{what}: truncated");
            for row in c.similarity.iter().chain(&c.fact_similarity) {
                assert_eq!(row.len(), shown);
                for &x in row {
                    assert!(x.is_finite() && (-1e-9..=1.0 + 1e-9).contains(&x), "{what}: similarity {x}");
                }
            }
            let json = serde_json::to_value(&c).expect("comparison serializes");
            check_refs(docs, &json, what);
        }
        Err(e) => errors.push(e),
    }
    for e in &errors {
        assert!(!e.to_string().is_empty(), "{what}: an error with no message");
    }
    errors
}

/// Asserts that every call failed with exactly `expected`.
#[track_caller]
fn refused(what: &str, docs: &[Document], expected: Error) {
    let errors = exercise(what, docs);
    assert_eq!(errors.len(), option_sets().len() + 1, "{what}: expected every call to fail, got {} errors", errors.len());
    for e in errors {
        assert_eq!(e, expected, "\ngiven: {what}\nexpected: {expected}\ngot: {e}");
    }
}

/// Asserts that no call failed.
#[track_caller]
fn accepted(what: &str, docs: &[Document]) {
    let errors = exercise(what, docs);
    assert!(errors.is_empty(), "\ngiven: {what}\nexpected: results\ngot errors: {errors:?}");
}

fn one(text: &str) -> Vec<Document> {
    vec![Document::new("x", text)]
}

fn with_corpus(extra: Document) -> Vec<Document> {
    let mut docs = parallax::corpus::bundled();
    docs.push(extra);
    docs
}

#[test]
fn no_documents() {
    refused("no documents", &[], Error::NoDocuments);
}

#[test]
fn empty_and_blank_documents() {
    for text in ["", " ", "\n\n\n", "\t \r\n \u{00A0}\u{2003}\u{3000}", "...!?", "— – · • …", "\u{FEFF}"] {
        refused(&format!("text {text:?}"), &one(text), Error::EmptyDocument { id: "x".into() });
    }
    // An empty document among good ones is named.
    refused("corpus plus an empty doc", &with_corpus(Document::new("blank", "   ")), Error::EmptyDocument { id: "blank".into() });
}

#[test]
fn ids() {
    refused("empty id", &[Document::new("", "Some words here.")], Error::MissingId { index: 0 });
    refused("blank id", &[Document::new("a", "Words."), Document::new("  ", "More words.")], Error::MissingId { index: 1 });
    refused(
        "duplicate id",
        &[Document::new("a", "Words here."), Document::new("a", "Other words.")],
        Error::DuplicateId { id: "a".into() },
    );
    accepted("odd ids", &[Document::new("<b>&\"'", "Markets fell today."), Document::new("😀\u{0}", "Markets rose today.")]);
}

#[test]
fn bad_options_are_errors() {
    let docs = parallax::corpus::bundled();
    let bad = [
        SummaryOptions { sentences: Some(0), ..Default::default() },
        SummaryOptions { words: Some(0), ..Default::default() },
        SummaryOptions { ratio: Some(0.0), ..Default::default() },
        SummaryOptions { ratio: Some(1.5), ..Default::default() },
        SummaryOptions { ratio: Some(f64::NAN), ..Default::default() },
        SummaryOptions { ratio: Some(f64::INFINITY), ..Default::default() },
        SummaryOptions { ratio: Some(-0.5), ..Default::default() },
        SummaryOptions { sentences: Some(2), words: Some(10), ..Default::default() },
    ];
    for o in bad {
        match summarize(&docs, &o) {
            Err(Error::InvalidOptions(why)) => assert!(!why.is_empty()),
            other => panic!("\ngiven: {o:?}\nexpected: InvalidOptions\ngot: {other:?}"),
        }
    }
    let o = SummaryOptions { document: Some("nope".into()), ..Default::default() };
    assert_eq!(summarize(&docs, &o).unwrap_err(), Error::UnknownDocument { id: "nope".into() });
    // Huge lengths are fine: the summary is just the whole input.
    let o = SummaryOptions { sentences: Some(usize::MAX), ..Default::default() };
    assert!(!summarize(&docs, &o).unwrap().sentences.is_empty());
    let o = SummaryOptions { words: Some(usize::MAX), ..Default::default() };
    assert!(!summarize(&docs, &o).unwrap().sentences.is_empty());
}

#[test]
fn one_word_and_one_sentence() {
    accepted("one word", &one("DeepSeek"));
    accepted("one word with period", &one("Hello."));
    accepted("one number", &one("42"));
    accepted("one sentence", &one("DeepSeek released its R1 model in January 2025"));
    accepted("one word each", &[Document::new("a", "Alpha"), Document::new("b", "Beta")]);
    accepted("same text twice", &[Document::new("a", "Markets fell. Shares dropped."), Document::new("b", "Markets fell. Shares dropped.")]);
}

#[test]
fn binary_junk_and_nul() {
    // Deterministic pseudo-random bytes, made valid UTF-8 the way a host
    // would (U+FFFD for bad sequences).
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let junk = String::from_utf8_lossy(&bytes).into_owned();
    let errors = exercise("binary junk", &one(&junk));
    assert!(errors.iter().all(|e| matches!(e, Error::EmptyDocument { .. })), "junk: {errors:?}");
    accepted("NULs between words", &one("Markets\0fell\0today.\0\0 Shares\0dropped."));
    accepted("NUL-only then text", &with_corpus(Document::new("nul", "\0\0\0\0 The end.")));
    accepted("control characters", &one("\u{1}\u{2}Markets\u{7f} fell.\u{1b}[31m Red text.\u{8}\u{8}"));
    refused("only NULs", &one("\0\0\0\0"), Error::EmptyDocument { id: "x".into() });
}

#[test]
fn unicode_edge_cases() {
    // What a JavaScript string with lone surrogates becomes in Rust.
    accepted("replacement chars", &one("\u{FFFD}Markets fell \u{FFFD}\u{FFFD} sharply. Investors \u{FFFD} fled."));
    accepted(
        "RTL",
        &[
            Document::new("ar", "أطلقت شركة ديب سيك نموذجها الجديد. انخفضت أسهم إنفيديا بشكل حاد."),
            Document::new("he", "החברה הסינית השיקה מודל חדש. מניות אנבידיה ירדו."),
            Document::new("mixed", "\u{202E}DeepSeek\u{202C} said \u{200F}شكرا\u{200E}. Markets fell 17%."),
        ],
    );
    accepted("emoji", &one("🚀 DeepSeek launched R1 🎉. Nvidia 📉 fell 17%! 👨‍👩‍👧‍👦 Family emoji too. 🇨🇳🇺🇸"));
    accepted("combining marks", &one("Cafe\u{301} owners said prices rose. Zalgo: H\u{335}\u{31b}e\u{334}l\u{336}l\u{337}o\u{338}."));
    accepted("CJK without spaces", &one("深度求索发布了新模型。英伟达股价下跌。市场震荡！"));
    accepted("line and paragraph separators", &one("First part\u{2028}second part.\u{2029}Third sentence here."));
    accepted("CRLF", &one("First line here.\r\nSecond line here.\r\n\r\nThird.\r\n"));
}

#[test]
fn html_markup_is_just_text() {
    let html = "<html><head><script>alert(1)</script><style>p{}</style></head><body>\
        <h1>DeepSeek R1</h1><p>DeepSeek released <b>R1</b> on January 20.</p>\
        <img src=x onerror=alert(1)><p>Nvidia &amp; others fell 17%.</p></body></html>";
    accepted("html", &one(html));
    accepted("html among articles", &with_corpus(Document::new("html", html)));
}

#[test]
#[ignore = "large input: run with --profile stress (make test)"]
fn pathological_shapes() {
    let t = Instant::now();
    let long_word = "a".repeat(1_000_000);
    accepted("one 1 MB word", &one(&long_word));
    let no_punct = "word ".repeat(200_000);
    accepted("1 MB without punctuation", &one(&no_punct));
    let dots = ". ".repeat(100_000) + "Then words.";
    accepted("100k empty sentences", &one(&dots));
    let abbrevs = "Dr. U.S. e.g. Inc. Mr. ".repeat(20_000);
    accepted("abbreviations only", &one(&abbrevs));
    let lines = "line\n".repeat(100_000);
    accepted("100k short lines", &one(&lines));
    // The same sentence many times: every copy matches every other, so
    // these stay small enough that a quadratic step is slow, not endless.
    let figures = "$5.6 million, USD 0.14, 1.5 trillion, 17% and 50,000 H100s. ".repeat(1_000);
    accepted("figures", &one(&figures));
    let quotes = "\"He said,\" she said, \"it's 'fine'.\" ".repeat(1_000);
    accepted("nested quotes", &one(&quotes));
    // Quotation marks that never close, in one page-long "sentence": each
    // straight pair was a quotation whose speaker search and cited
    // sentence spanned the whole document (benches/limits row 8: 1.7 GB).
    let open_quotes = "He said “she said ‘they said \"we said «".repeat(2_500) + " end.";
    accepted("unclosed nested quotes", &one(&open_quotes));
    // make fuzz's compare_slow finding: three short sentences repeated
    // through 192 KB (every reference counted UTF-16 from the start).
    let repeats = "Alpha.\\u{2028}Beta.\\u{2029}Gamma. ".repeat(192 * 1024 / 35);
    accepted("192 KB of three sentences repeated", &one(&repeats));
    guard("pathological shapes", t.elapsed(), 300);
}

#[test]
#[ignore = "large input: run with --profile stress (make test)"]
fn thousands_of_tiny_documents() {
    let docs: Vec<Document> =
        (0..3000).map(|i| Document::new(format!("d{i}"), format!("Story {i} says markets moved {} points.", i % 17))).collect();
    let t = Instant::now();
    let few = vec![SummaryOptions::default(), SummaryOptions { query: Some("markets".into()), sentences: Some(3), ..Default::default() }];
    let errors = exercise_with("3000 tiny documents", &docs, few);
    assert!(errors.is_empty(), "3000 tiny documents: {errors:?}");
    guard("3000 tiny documents", t.elapsed(), 120);
}

#[test]
fn too_large_is_refused_quickly() {
    let big = "x".repeat(MAX_INPUT_BYTES + 1);
    let t = Instant::now();
    let err = summarize(&one(&big), &SummaryOptions::default()).unwrap_err();
    assert!(matches!(err, Error::TooLarge { .. }), "got {err:?}");
    assert!(err.to_string().contains("MB"), "message: {err}");
    let err = compare(&[Document::new("a", &big[..MAX_INPUT_BYTES / 2]), Document::new("b", &big[..MAX_INPUT_BYTES / 2 + 10])], &CompareOptions::default())
        .unwrap_err();
    assert!(matches!(err, Error::TooLarge { .. }), "summed over documents, got {err:?}");
    guard("refusing too much text", t.elapsed(), 5);
}

/// Varied prose of about `bytes` bytes, generated from a seed: words made
/// of syllables, drawn with a skew so some are common and most are rare,
/// with a money figure now and then.
fn prose(bytes: usize) -> String {
    // Words made of syllables (about 27,000 forms) drawn with a skew, so
    // that some are common and most are rare, as in real text.
    const SYLLABLES: &[&str] = &[
        "de", "ep", "sek", "nvi", "dia", "mo", "del", "tra", "in", "cost", "chi", "pex", "port", "mar", "ket", "sha",
        "res", "fel", "ro", "se", "lia", "ng", "chin", "ope", "nai", "me", "ta", "goo", "gle", "da",
    ];
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |n: usize| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % n as u64) as usize
    };
    let mut text = String::with_capacity(bytes + 200);
    let mut sentence_start = true;
    while text.len() < bytes {
        let len = 6 + next(20);
        for w in 0..len {
            if w > 0 {
                text.push(' ');
            }
            let n = SYLLABLES.len();
            let form = next(n * n * n) * next(n * n * n) / (n * n * n);
            let word = format!("{}{}{}", SYLLABLES[form % n], SYLLABLES[form / n % n], SYLLABLES[form / (n * n) % n]);
            if sentence_start {
                let mut c = word.chars();
                text.extend(c.next().map(|f| f.to_ascii_uppercase()));
                text.push_str(c.as_str());
                sentence_start = false;
            } else {
                text.push_str(&word);
            }
            if next(40) == 0 {
                text.push_str(&format!(" ${}.{} million", next(900), next(10)));
            }
        }
        text.push_str(if next(6) == 0 { ".\n" } else { ". " });
        sentence_start = true;
    }
    text
}

/// Splits `text` into `n` documents at char boundaries.
fn split(text: &str, n: usize) -> Vec<Document> {
    let chunk = text.len() / n;
    let mut docs = Vec::new();
    let mut start = 0;
    for i in 0..n {
        let mut end = if i + 1 == n { text.len() } else { (start + chunk).min(text.len()) };
        while !text.is_char_boundary(end) {
            end += 1;
        }
        docs.push(Document::new(format!("part{i}"), &text[start..end]));
        start = end;
    }
    docs
}

/// 50 MB in one call is refused at once with a clear error, as one
/// document and spread over 40.
#[test]
#[ignore = "large input: run with --profile stress (make test)"]
fn fifty_megabytes_are_refused_quickly() {
    let text = prose(50_000_000);
    let t = Instant::now();
    for docs in [one(&text), split(&text, 40)] {
        let err = summarize(&docs, &SummaryOptions::default()).unwrap_err();
        assert!(matches!(err, Error::TooLarge { .. }), "got {err:?}");
        assert!(err.to_string().contains("the limit is 16 MB"), "message: {err}");
        let err = compare(&docs, &CompareOptions::default()).unwrap_err();
        assert!(matches!(err, Error::TooLarge { .. }), "got {err:?}");
    }
    guard("refusing 50 MB", t.elapsed(), 5);
}

/// A large accepted input (1 MB as one document and over 10): a result
/// whose sentences are where they say, in sane time.
#[test]
#[ignore = "large input: run with --profile stress (make test)"]
fn a_megabyte_of_prose() {
    let text = prose(1_000_000);
    for (what, docs) in [("1 MB in one document", one(&text)), ("1 MB in 10 documents", split(&text, 10))] {
        let t = Instant::now();
        let s = summarize(&docs, &SummaryOptions { sentences: Some(5), ..Default::default() }).unwrap();
        let summarize_took = t.elapsed();
        assert!(check_refs(&docs, &serde_json::to_value(&s).unwrap(), what) >= 1);
        let t = Instant::now();
        let c = compare(&docs, &CompareOptions::default()).unwrap();
        let compare_took = t.elapsed();
        check_refs(&docs, &serde_json::to_value(&c).unwrap(), what);
        eprintln!("{what}: summarize {summarize_took:?}, compare {compare_took:?}");
        guard(&format!("{what}: summarize"), summarize_took, 300);
        guard(&format!("{what}: compare"), compare_took, 300);
    }
}

/// Fails when something that should be linear takes minutes.
#[track_caller]
fn guard(what: &str, took: Duration, max_secs: u64) {
    assert!(took < Duration::from_secs(max_secs), "{what} took {took:?}; more than {max_secs} s suggests a quadratic step");
}
