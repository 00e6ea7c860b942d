//! The claim layer on small multi-article stories with hand-written answers
//! (tests/data/claims/<story>/: one article per `.txt`, the answers in
//! `expected.claims`). Each check prints given / expected / got.
//!
//! `expected.claims`, one assertion a line (`#` starts a comment); a
//! sentence is named by a piece of its text:
//!
//! - `shared N` — exactly N clusters of two or more documents;
//! - `cluster a,b :: TEXT` — the cluster holding TEXT has exactly these documents;
//! - `values TEXT :: LABEL=a,b; LABEL=c` — its figure values and who gives each;
//! - `majority TEXT :: LABEL` (or `none`) — the value most documents give;
//! - `disputed TEXT :: a,b` — the sentence's claim is disputed, contested by these documents;
//! - `apart TEXT :: TEXT` — no cluster holds both sentences;
//! - `unique a :: TEXT` — TEXT is among document a's unique facts.

use parallax::compare::FactCluster;
use parallax::{compare, summarize, CompareOptions, Comparison, Document, SummaryOptions};

fn load(story: &str) -> (Vec<Document>, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/claims").join(story);
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    let docs = files.iter().map(|f| Document::new(f.file_stem().unwrap().to_string_lossy(), std::fs::read_to_string(f).unwrap())).collect();
    (docs, std::fs::read_to_string(dir.join("expected.claims")).unwrap())
}

fn check<T: std::fmt::Debug + PartialEq>(story: &str, line: &str, expected: T, got: T) {
    if expected != got {
        panic!("{story}: {line}\n  given:    tests/data/claims/{story}/\n  expected: {expected:?}\n  got:      {got:?}");
    }
    println!("ok  {story}: {line}");
}

fn ids(list: &str) -> Vec<String> {
    list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

/// The clusters with a member containing `text` (shared ones first).
fn holding<'c>(c: &'c Comparison, text: &str) -> Vec<&'c FactCluster> {
    c.clusters.iter().filter(|k| k.members.iter().any(|m| m.sentence.text.contains(text))).collect()
}

fn run(story: &str) {
    let (docs, expected) = load(story);
    let c = compare(&docs, &CompareOptions::default()).unwrap();
    for line in expected.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (head, rest) = line.split_once(' ').unwrap_or((line, ""));
        let (left, right) = rest.split_once(" :: ").map(|(a, b)| (a.trim(), b.trim())).unwrap_or((rest.trim(), ""));
        match head {
            "shared" => check(story, line, left.parse::<usize>().unwrap(), c.clusters.iter().filter(|k| k.support >= 2).count()),
            "cluster" => {
                let got: Vec<Vec<String>> = holding(&c, right).iter().map(|k| k.docs.clone()).collect();
                check(story, line, vec![ids(left)], got);
            }
            "values" | "majority" => {
                let k = holding(&c, left);
                let consensus = k.first().and_then(|k| k.consensus.as_ref()).unwrap_or_else(|| panic!("{story}: {line}\n  no figure cluster holds {left:?}"));
                if head == "values" {
                    let got: Vec<String> = consensus.values.iter().map(|v| format!("{}={}", v.label, v.docs.join(","))).collect();
                    let want: Vec<String> = right.split(';').map(|v| v.trim().replace(", ", ",")).collect();
                    check(story, line, want, got);
                } else {
                    let got = consensus.majority.map_or("none".to_string(), |m| consensus.values[m].label.clone());
                    check(story, line, right.to_string(), got);
                }
            }
            "disputed" => {
                let got: Vec<Vec<String>> = c
                    .clusters
                    .iter()
                    .flat_map(|k| k.disputes.iter().filter(|d| k.members[d.member].sentence.text.contains(left)).map(|d| d.contested_by.clone()))
                    .collect();
                check(story, line, vec![ids(right)], got);
            }
            "apart" => {
                let both = c.clusters.iter().any(|k| k.members.iter().any(|m| m.sentence.text.contains(left)) && k.members.iter().any(|m| m.sentence.text.contains(right)));
                check(story, line, false, both);
            }
            "unique" => {
                let u = c.unique_facts.iter().find(|u| u.doc == left).unwrap();
                check(story, line, true, u.facts.iter().any(|f| f.sentence.text.contains(right)));
            }
            other => panic!("{story}: unknown assertion {other:?} in expected.claims"),
        }
    }
    // One source of truth: a summary sentence's corroboration is its
    // cluster's support, as compare shows it.
    let s = summarize(&docs, &SummaryOptions { sentences: Some(3), ..Default::default() }).unwrap();
    for p in &s.sentences {
        let k = c.clusters.iter().filter(|k| k.support >= 2).find(|k| k.members.iter().any(|m| m.sentence.start == p.sentence.start && m.sentence.doc == p.sentence.doc));
        let want: Vec<String> = k.map(|k| k.docs.iter().filter(|d| **d != p.sentence.doc).cloned().collect()).unwrap_or_default();
        check(story, &format!("corroborated_by of “{}”", p.sentence.text), want, p.corroborated_by.clone());
    }
}

#[test]
fn markets_shared_figure_alone_is_not_a_fact() {
    run("markets");
}

#[test]
fn storm_opposite_negation_never_matches() {
    run("storm");
}

#[test]
fn earnings_two_measures_in_one_sentence() {
    run("earnings");
}

#[test]
fn protest_disputed_claim() {
    run("protest");
}

#[test]
fn transfer_paraphrase_through_names() {
    run("transfer");
}

#[test]
fn artemis_same_fact_other_words() {
    run("artemis");
}

#[test]
fn bundled_corpus_clusters() {
    let docs = parallax::corpus::bundled();
    let c = compare(&docs, &CompareOptions::default()).unwrap();
    let cluster = |text: &str| holding(&c, text).into_iter().next().unwrap_or_else(|| panic!("no cluster holds {text:?}"));
    // The market loss: one fact, 2 sources about $1 trillion, 1 source $1.5 trillion.
    let loss = cluster("$1 trillion was wiped off");
    let values: Vec<(String, usize)> = loss.consensus.as_ref().unwrap().values.iter().map(|v| (v.label.clone(), v.docs.len())).collect();
    check("corpus", "market loss: about $1 trillion (2) vs $1.5 trillion (1)", vec![("1 trillion USD".to_string(), 2), ("1.5 trillion USD".to_string(), 1)], values);
    check("corpus", "market loss is a shared fact with a disagreement", (true, 3), (loss.disagreement, loss.support));
    // The chips: 2,000 in three sources; Scale AI's CEO claims 50,000 H100s, "yet to be verified".
    let chips = cluster("50,000 H100");
    let d = chips.disputes.first().expect("a dispute");
    check("corpus", "50,000 H100s: disputed, claimed by Alexandr Wang", (Some("Alexandr Wang".to_string()), 3), (d.claimant.clone(), d.contested_by.len()));
    // The training cost: all five sources, agreeing within their hedges.
    let cost = cluster("cost only $5.6 million");
    check("corpus", "training cost: 5 sources agree", (5, false), (cost.support, cost.disagreement));
}
