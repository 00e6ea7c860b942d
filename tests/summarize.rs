//! Summaries on tricky inputs. Each failure prints what was given, what was
//! expected and what came out.

use parallax::{summarize, Document, Error, Summary, SummaryOptions};

fn doc(id: &str, text: &str) -> Document {
    Document::new(id, text)
}

fn opts() -> SummaryOptions {
    SummaryOptions::default()
}

fn texts(s: &Summary) -> Vec<&str> {
    s.sentences.iter().map(|p| p.sentence.text.as_str()).collect()
}

/// Every picked sentence is exactly the text at its byte range.
fn assert_anchored(docs: &[Document], s: &Summary) {
    for p in &s.sentences {
        let d = docs.iter().find(|d| d.id == p.sentence.doc).expect("sentence names a known document");
        assert_eq!(
            d.text.get(p.sentence.start..p.sentence.end),
            Some(p.sentence.text.as_str()),
            "sentence {:?} is not the text at {}..{} of {:?}",
            p.sentence.text,
            p.sentence.start,
            p.sentence.end,
            d.id
        );
        assert!(p.score.is_finite() && p.why.centrality.is_finite() && p.why.redundancy.is_finite());
    }
}

const STORY_A: &str = "DeepSeek released its R1 reasoning model on Monday.\n\
The model cost $5.6 million to train, the company said.\n\
Nvidia shares fell 17 percent after the release.\n\
Analysts said the price war among AI labs would deepen.\n\
Share this article";
const STORY_B: &str = "Chinese startup DeepSeek released the R1 reasoning model this week.\n\
Training the model cost only $5.6 million, according to the company.\n\
Shares of Nvidia fell 17 percent on Monday.\n\
Regulators in Italy asked DeepSeek how it stores personal data.";
const STORY_C: &str = "The R1 reasoning model from DeepSeek matches OpenAI's o1 on math benchmarks.\n\
DeepSeek said the model cost $5.6 million to train.\n\
The app topped the App Store charts in the United States.\n\
Next Post";

fn story() -> Vec<Document> {
    vec![doc("a", STORY_A), doc("b", STORY_B), doc("c", STORY_C)]
}

#[test]
fn one_sentence_document_gets_that_sentence() {
    let docs = [doc("a", "Markets fell.")];
    let s = summarize(&docs, &opts()).unwrap();
    assert_eq!(texts(&s), ["Markets fell."], "given one short sentence, expected it back");
    assert_eq!(s.words, 2);
    assert_anchored(&docs, &s);
}

#[test]
fn very_short_texts_are_never_empty() {
    for text in ["Yes.", "AI", "R1!", "Cost: $5.6m", "a b", "42"] {
        let docs = [doc("x", text)];
        let s = summarize(&docs, &SummaryOptions { words: Some(1), ..opts() }).unwrap();
        assert_eq!(s.sentences.len(), 1, "given {text:?} with a 1-word budget, expected one sentence, got {:?}", texts(&s));
        assert_anchored(&docs, &s);
    }
}

#[test]
fn all_boilerplate_still_gets_a_summary() {
    let docs = [doc("a", "Share this article\nNext Post\nLeave a Reply")];
    let s = summarize(&docs, &opts()).unwrap();
    assert!(!s.sentences.is_empty(), "given only furniture, expected a fallback summary, got nothing");
    assert_anchored(&docs, &s);
}

#[test]
fn furniture_and_headings_never_enter_a_real_summary() {
    let docs = story();
    let s = summarize(&docs, &SummaryOptions { ratio: Some(1.0), ..opts() }).unwrap();
    for t in texts(&s) {
        assert!(!t.contains("Share this") && !t.contains("Next Post"), "furniture {t:?} entered the summary");
    }
    assert_anchored(&docs, &s);
}

#[test]
fn duplicates_are_said_once() {
    let text = "DeepSeek released R1 on Monday and markets fell sharply.\nNvidia lost $590 billion in market value.";
    let docs = [doc("a", text), doc("b", text), doc("c", text)];
    let s = summarize(&docs, &SummaryOptions { sentences: Some(4), ..opts() }).unwrap();
    let got = texts(&s);
    let mut unique = got.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), got.len(), "given three copies of one article, expected no sentence twice, got {got:?}");
    assert_eq!(got.len(), 2, "given three copies of a 2-sentence article, expected its 2 sentences, got {got:?}");
    for p in &s.sentences {
        assert_eq!(p.corroborated_by.len(), 2, "{:?} should be corroborated by the two other copies", p.sentence.text);
    }
}

#[test]
fn repeated_sentence_within_one_document_is_said_once() {
    let docs = [doc("a", "The model cost $5.6 million to train. The weather was fine. The model cost $5.6 million to train. Markets fell.")];
    let s = summarize(&docs, &SummaryOptions { sentences: Some(3), ..opts() }).unwrap();
    let n = texts(&s).iter().filter(|t| t.contains("5.6")).count();
    assert_eq!(n, 1, "expected the repeated sentence once, got {:?}", texts(&s));
}

#[test]
fn multi_document_summary_corroborates_and_explains() {
    let docs = story();
    let s = summarize(&docs, &SummaryOptions { words: Some(40), ..opts() }).unwrap();
    assert_eq!(s.mode, parallax::summarize::Mode::Multi);
    assert!(s.words <= 40, "budget 40 words, got {}", s.words);
    let cost: Vec<_> = s.sentences.iter().filter(|p| p.sentence.text.contains("5.6")).collect();
    assert_eq!(cost.len(), 1, "all three sources report the cost: expected it once, got {:?}", texts(&s));
    assert_eq!(cost[0].corroborated_by.len(), 2, "cost sentence: expected 2 corroborating documents, got {:?}", cost[0].corroborated_by);
    let mut ranks: Vec<usize> = s.sentences.iter().map(|p| p.why.rank).collect();
    ranks.sort();
    assert_eq!(ranks, (1..=s.sentences.len()).collect::<Vec<_>>());
    assert!(s.sentences.iter().any(|p| !p.why.concepts.is_empty()));
    assert!(s.sentences.iter().any(|p| (p.score - 1.0).abs() < 1e-12), "the first pick scores 1");
    assert_anchored(&docs, &s);
}

#[test]
fn word_budget_is_respected() {
    let docs = story();
    for budget in [5, 12, 20, 33, 60, 1000] {
        let s = summarize(&docs, &SummaryOptions { words: Some(budget), ..opts() }).unwrap();
        let single_longer = s.sentences.len() == 1;
        assert!(
            s.words <= budget || single_longer,
            "budget {budget}: got {} words in {} sentences",
            s.words,
            s.sentences.len()
        );
        assert!(!s.sentences.is_empty(), "budget {budget}: empty summary");
    }
}

#[test]
fn sentence_count_and_ratio() {
    let docs = [doc("a", STORY_B)];
    let s = summarize(&docs, &SummaryOptions { sentences: Some(2), ..opts() }).unwrap();
    assert_eq!(s.sentences.len(), 2, "expected 2 sentences, got {:?}", texts(&s));
    let s = summarize(&docs, &SummaryOptions { ratio: Some(0.5), ..opts() }).unwrap();
    assert_eq!(s.sentences.len(), 2, "half of 4 sentences: expected 2, got {:?}", texts(&s));
    let s = summarize(&docs, &SummaryOptions { ratio: Some(1.0), ..opts() }).unwrap();
    assert_eq!(s.sentences.len(), 4, "ratio 1: expected all 4 sentences, got {:?}", texts(&s));
    let positions: Vec<usize> = s.sentences.iter().map(|p| p.sentence.start).collect();
    let mut sorted = positions.clone();
    sorted.sort();
    assert_eq!(positions, sorted, "sentences come in reading order");
}

#[test]
fn position_option_changes_the_single_document_ranking() {
    let text = "Officials met on Tuesday.\n\
        The council voted on the budget after a long debate about the new stadium.\n\
        The stadium budget grew, and the stadium debate split the council.\n\
        The stadium will open in 2027 if the council budget holds.";
    let docs = [doc("a", text)];
    let with = summarize(&docs, &SummaryOptions { sentences: Some(1), ..opts() }).unwrap();
    let without = summarize(&docs, &SummaryOptions { sentences: Some(1), position: false, ..opts() }).unwrap();
    assert!(with.sentences[0].why.position > 0.0);
    assert_eq!(without.sentences[0].why.position, 0.0, "position off: the breakdown shows no position part");
    assert!(without.sentences[0].sentence.text.contains("stadium"), "content alone picks a stadium sentence, got {:?}", texts(&without));
}

#[test]
fn query_biases_the_summary() {
    let docs = story();
    let s = summarize(&docs, &SummaryOptions { sentences: Some(1), query: Some("What do they say about data privacy regulators?".into()), ..opts() }).unwrap();
    assert!(texts(&s)[0].contains("Regulators"), "query about regulators: expected the Italy sentence, got {:?}", texts(&s));
    assert!(s.sentences[0].why.query > 0.0);
    assert!(s.query_terms.iter().any(|t| t == "regulators"), "query terms: {:?}", s.query_terms);
}

#[test]
fn query_that_matches_nothing_gives_the_generic_summary() {
    let docs = story();
    let generic = summarize(&docs, &opts()).unwrap();
    let q = summarize(&docs, &SummaryOptions { query: Some("volcanic eruptions in Iceland".into()), ..opts() }).unwrap();
    assert_eq!(texts(&q), texts(&generic), "an unmatched query should change nothing");
    assert!(q.query_terms.is_empty(), "no query term matched, got {:?}", q.query_terms);
    let empty = summarize(&docs, &SummaryOptions { query: Some("  ".into()), ..opts() }).unwrap();
    assert_eq!(texts(&empty), texts(&generic));
}

#[test]
fn document_option_summarizes_one_and_corroborates_with_the_others() {
    let docs = story();
    let s = summarize(&docs, &SummaryOptions { document: Some("b".into()), sentences: Some(4), ..opts() }).unwrap();
    assert_eq!(s.mode, parallax::summarize::Mode::Single);
    assert!(s.sentences.iter().all(|p| p.sentence.doc == "b"), "only document b: got {:?}", s.sentences.iter().map(|p| &p.sentence.doc).collect::<Vec<_>>());
    let cost = s.sentences.iter().find(|p| p.sentence.text.contains("5.6")).expect("b's cost sentence");
    assert_eq!(cost.corroborated_by, ["a", "c"], "b's cost sentence is confirmed by a and c");
    assert_eq!(s.documents.len(), 1);
    assert_eq!(s.documents[0].id, "b");
    let err = summarize(&docs, &SummaryOptions { document: Some("zzz".into()), ..opts() }).unwrap_err();
    assert_eq!(err, Error::UnknownDocument { id: "zzz".into() });
}

#[test]
fn keyphrases_are_phrases_deduplicated() {
    let docs = story();
    let s = summarize(&docs, &opts()).unwrap();
    let phrases: Vec<&str> = s.keyphrases.iter().map(|k| k.phrase.as_str()).collect();
    assert!(phrases.iter().any(|p| p.contains(' ')), "expected a multi-word phrase among {phrases:?}");
    assert!(phrases.iter().any(|p| p.eq_ignore_ascii_case("reasoning model") || p.eq_ignore_ascii_case("R1 reasoning model")), "expected the reasoning model among {phrases:?}");
    let mut lower: Vec<String> = phrases.iter().map(|p| p.to_lowercase()).collect();
    lower.sort();
    lower.dedup();
    assert_eq!(lower.len(), phrases.len(), "duplicates in {phrases:?}");
    for k in &s.keyphrases {
        assert!(k.count >= 1 && !k.documents.is_empty() && k.spread == k.documents.len() && k.score > 0.0, "{k:?}");
    }
    for d in &s.documents {
        for k in &d.keyphrases {
            assert!(k.documents.is_empty() && k.spread >= 1 && k.count >= 1, "per-document {k:?}");
        }
    }
    assert_eq!(s.documents.len(), 3);
    let none = summarize(&docs, &SummaryOptions { keyphrases: Some(0), ..opts() }).unwrap();
    assert!(none.keyphrases.is_empty() && none.documents.is_empty());
}

#[test]
fn deterministic() {
    let docs = story();
    let o = SummaryOptions { words: Some(50), query: Some("cost".into()), ..opts() };
    let first = summarize(&docs, &o).unwrap();
    for _ in 0..5 {
        assert_eq!(summarize(&docs, &o).unwrap(), first);
    }
    let json = serde_json::to_string(&first).unwrap();
    assert!(!json.contains("NaN") && !json.contains("-0.0"), "clean numbers: {json}");
}

#[test]
fn options_are_validated() {
    let docs = story();
    let bad = [
        SummaryOptions { sentences: Some(0), ..opts() },
        SummaryOptions { words: Some(0), ..opts() },
        SummaryOptions { ratio: Some(0.0), ..opts() },
        SummaryOptions { ratio: Some(1.5), ..opts() },
        SummaryOptions { ratio: Some(f64::NAN), ..opts() },
        SummaryOptions { sentences: Some(2), words: Some(10), ..opts() },
    ];
    for o in bad {
        let got = summarize(&docs, &o);
        assert!(matches!(got, Err(Error::InvalidOptions(_))), "given {o:?}, expected InvalidOptions, got {got:?}");
    }
    for json in [r#"{"sentence": 3}"#, r#"{"words": -1}"#, r#"{"position": "no"}"#] {
        assert!(serde_json::from_str::<SummaryOptions>(json).is_err(), "given {json}, expected a parse error");
    }
    let o: SummaryOptions = serde_json::from_str("{}").unwrap();
    assert_eq!(o, SummaryOptions::default());
    assert!(o.position, "position defaults to on");
}

#[test]
fn errors_for_bad_documents() {
    assert_eq!(summarize(&[], &opts()).unwrap_err(), Error::NoDocuments);
    assert!(matches!(summarize(&[doc("a", "  ")], &opts()), Err(Error::EmptyDocument { .. })));
}

#[test]
fn odd_unicode_does_not_panic() {
    let texts = [
        "Ünïcode ﬁne. 😀 emoji here! مرحبا بالعالم. 日本語の文。",
        "\u{0}\u{1} NUL and control. Tab\there.",
        "a\u{301}\u{301}\u{301} combining. \u{202E}RTL override\u{202C} text.",
        "Price: ¥100 … €5.6m — “quoted” (really)?",
    ];
    for t in texts {
        let docs = [doc("a", t), doc("b", "Another doc with words. And more words here.")];
        for o in [opts(), SummaryOptions { words: Some(3), ..opts() }, SummaryOptions { query: Some(t.into()), ..opts() }] {
            let s = summarize(&docs, &o).unwrap();
            assert!(!s.sentences.is_empty());
            assert_anchored(&docs, &s);
        }
    }
}
