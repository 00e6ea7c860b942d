//! Comparison on small hand-written stories with known answers
//! (tests/data/compare/). Each check prints given / expected / got.

use parallax::compare::{EntityKind, FigureKind, Hedge};
use parallax::{compare, CompareOptions, Comparison, Document};

fn load(story: &str) -> Vec<Document> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/compare").join(story);
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|f| Document::new(f.file_stem().unwrap().to_string_lossy(), std::fs::read_to_string(f).unwrap())).collect()
}

fn check<T: std::fmt::Debug + PartialEq>(what: &str, given: &str, expected: T, got: T) {
    if expected != got {
        panic!("{what}\n  given:    {given}\n  expected: {expected:?}\n  got:      {got:?}");
    }
    println!("ok  {what}: {got:?}");
}

/// (unit, rate, docs, conflict, texts) of every figure group.
fn groups(c: &Comparison) -> Vec<(String, Option<String>, Vec<String>, bool, Vec<String>)> {
    let mut g: Vec<_> = c
        .figure_groups
        .iter()
        .map(|g| (g.unit.clone(), g.rate.clone(), g.docs.clone(), g.conflict, g.claims.iter().map(|&i| c.figures[i].text.clone()).collect::<Vec<_>>()))
        .collect();
    g.sort();
    g
}

#[test]
fn acme_figures_traps() {
    let docs = load("acme");
    let c = compare(&docs, &CompareOptions::default()).unwrap();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let expected = vec![
        // "1.5 trillion dollars" and "$1,500 billion": the same amount.
        ("USD".to_string(), None, s(&["a", "b"]), false, s(&["1.5 trillion dollars", "$1,500 billion"])),
        // $5.6 million (exact) fits "about $6 million"; "estimated … $8 million" fits neither.
        ("USD".to_string(), None, s(&["a", "b", "c"]), true, s(&["$5.6 million", "$6 million", "$8 million"])),
        // "1.4 cents" is USD 0.014: the same price.
        ("USD".to_string(), Some("per million tokens".to_string()), s(&["a", "b"]), false, s(&["1.4 cents per million tokens", "USD 0.014 per million tokens"])),
    ];
    let mut expected = expected;
    expected.sort();
    check("figure groups of the acme story", "tests/data/compare/acme/{a,b,c}.txt", expected, groups(&c));

    let find = |t: &str| c.figures.iter().find(|f| f.text == t).unwrap_or_else(|| panic!("no claim {t:?} in {:#?}", c.figures.iter().map(|f| &f.text).collect::<Vec<_>>()));
    let cents = find("1.4 cents per million tokens");
    check("1.4 cents normalised", "1.4 cents per million tokens", (FigureKind::Money, 0.014, "USD"), (cents.kind, cents.value, cents.unit.as_str()));
    let about = find("$6 million");
    check("hedged interval", "about $6 million", (Hedge::Approximate, 5.4e6, Some(6.6e6)), (about.hedge, about.low, about.high));
    let big = find("$1,500 billion");
    check("1,500 billion = 1.5 trillion", "$1,500 billion", 1.5e12, big.value);
    // The $590 billion market-value drop and the $500 billion project are
    // different quantities: never in one group, never a conflict.
    let orbit = c.figures.iter().position(|f| f.text == "$590 billion").unwrap();
    let stargate = c.figures.iter().position(|f| f.text == "$500 billion").unwrap();
    check("$590bn drop and $500bn project are not grouped", "c: Orbit's market value dropped $590 billion / b: Stargate will cost $500 billion", false, c.figure_groups.iter().any(|g| g.claims.contains(&orbit) || g.claims.contains(&stargate)));
    check("subject of the $590bn drop", "Orbit's market value dropped $590 billion", Some("Orbit".to_string()), c.figures[orbit].subject.clone());
    let conflict = c.figure_groups.iter().find(|g| g.conflict).unwrap();
    check(
        "conflict explanation",
        "a $5.6 million / b about $6 million / c estimated $8 million",
        "a says $5.6 million (exact); b says about $6 million (5.4 million USD to 6.6 million USD, as a claim); c says estimated $8 million (7.2 million USD to 8.8 million USD): conflict — a and c cannot both hold, even allowing for the hedges (2 disagreeing pairs)",
        conflict.explanation.as_str(),
    );
}

#[test]
fn acme_entities_and_quotes() {
    let docs = load("acme");
    let c = compare(&docs, &CompareOptions::default()).unwrap();
    let entity = |name: &str| c.entities.iter().find(|e| e.name == name).map(|e| (e.kind, e.counts.clone()));
    check("Acme Corp merges Acme", "a: Acme Corp, Acme's, Acme; b: Acme ×2; c: Acme", Some((EntityKind::Organisation, vec![3, 2, 1])), entity("Acme Corp"));
    check("Dana Reyes merges Reyes", "a: Dana Reyes; c: Reyes told reporters", Some((EntityKind::Person, vec![1, 0, 1])), entity("Dana Reyes"));
    check("Tom Hale after a title", "b: Professor Tom Hale; c: Hale, a Stanford economist", Some((EntityKind::Person, vec![0, 1, 1])), entity("Tom Hale"));
    let names: Vec<&str> = c.entities.iter().map(|e| e.name.as_str()).collect();
    for word in ["However", "Meanwhile", "Analysts", "Global", "The", "Professor"] {
        check("sentence-initial common word is no entity", word, false, names.contains(&word));
    }
    let quotes: Vec<(String, Option<String>, String)> = c.quotes.iter().map(|q| (q.doc.clone(), q.speaker.clone(), q.text.clone())).collect();
    check(
        "quotes with speakers",
        "a: “…,” she said (after Dana Reyes); b: Professor Tom Hale said: \"…\"",
        vec![
            ("a".to_string(), Some("Dana Reyes".to_string()), "We built it cheaply and quickly".to_string()),
            ("b".to_string(), Some("Tom Hale".to_string()), "This changes the economics of the whole industry.".to_string()),
        ],
        quotes,
    );
    for q in &c.quotes {
        let d = docs.iter().find(|d| d.id == q.doc).unwrap();
        check("quote byte range", &q.text, q.text.as_str(), &d.text[q.start..q.end]);
    }
}

#[test]
fn acme_shared_and_unique_facts() {
    let docs = load("acme");
    let c = compare(&docs, &CompareOptions::default()).unwrap();
    // Shared: the price, the market loss and the training cost (figure facts).
    let shared: Vec<(Vec<String>, String)> = c.shared_facts.iter().map(|f| (f.docs.clone(), f.sentences[0].text.clone())).collect();
    let has = |needle: &str| shared.iter().any(|(d, t)| d.len() == 2 && t.contains(needle));
    check("shared fact: price", "a: 1.4 cents / b: USD 0.014", true, has("charges"));
    check("shared fact: market loss", "a: 1.5 trillion dollars / b: $1,500 billion", true, has("markets lost"));
    // The training cost is one fact with a disagreement inside: a ($5.6m)
    // and b (about $6m) agree, c (analysts' estimated $8m) is the outlier.
    let training: Vec<&parallax::compare::SharedFact> = c.shared_facts.iter().filter(|f| f.sentences[0].text.contains("Zeta model")).collect();
    let docs: Vec<Vec<String>> = training.iter().map(|f| f.docs.clone()).collect();
    check("training cost: one fact of a, b and c", "a $5.6m / b ~$6m / c ~$8m", vec![vec!["a".to_string(), "b".to_string(), "c".to_string()]], docs);
    check("training cost: a disagreement", "a $5.6m / b ~$6m / c ~$8m", true, training[0].disagreement);
    let consensus = c.clusters[training[0].cluster].consensus.as_ref().expect("a figure cluster");
    let values: Vec<(String, Vec<String>)> = consensus.values.iter().map(|v| (v.label.clone(), v.docs.clone())).collect();
    let s2 = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    check("training cost: who gives which value", "a $5.6m / b ~$6m / c ~$8m", vec![("5.6 million USD".to_string(), s2(&["a", "b"])), ("8 million USD".to_string(), s2(&["c"]))], values);
    check("training cost: the outlier", "a $5.6m / b ~$6m / c ~$8m", s2(&["c"]), consensus.outliers.clone());
    for f in &c.shared_facts {
        let mut d = f.docs.clone();
        d.dedup();
        check("documents listed once", &f.representative.text, f.docs.len(), d.len());
        check("support is the document count", &f.representative.text, f.docs.len(), f.support);
    }
    // Unique to c: the hiring plan.
    let c_unique: Vec<&str> = c.unique_facts[2].facts.iter().map(|u| u.sentence.text.as_str()).collect();
    check("unique fact of c", "c: Reyes told reporters … hire 300 engineers", true, c_unique.iter().any(|t| t.contains("300 engineers")));
}

#[test]
fn bundled_corpus_reads_right() {
    let docs = parallax::corpus::bundled();
    let c = compare(&docs, &CompareOptions::default()).unwrap();
    let texts = |g: &parallax::compare::FigureGroup| g.claims.iter().map(|&i| c.figures[i].text.clone()).collect::<Vec<_>>();
    let group_with = |t: &str| c.figure_groups.iter().find(|g| g.claims.iter().any(|&i| c.figures[i].text == t));
    // R1 training cost: $5.6 million in 000, 002, 003, 004; "estimated … $6 million" in 001: compatible.
    let cost = group_with("$6 million").expect("training cost group");
    check("R1 training cost: compatible", "000 approx USD 5.6m, 001 est. $6m, 002/003/004 $5.6m", (false, 5), (cost.conflict, cost.docs.len()));
    // Market loss: nearly USD 1 trillion / nearly $1.5 trillion / $1 trillion: a real disagreement.
    let loss = group_with("$1.5 trillion").expect("market loss group");
    check("market loss: conflict", "000 nearly USD 1 trillion, 001 nearly $1.5 trillion, 002 $1 trillion", (true, vec!["USD 1 trillion".to_string(), "$1.5 trillion".to_string(), "$1 trillion".to_string()]), (loss.conflict, texts(loss)));
    // API price: USD 0.14 vs 1.4 cents (= 0.014) per million tokens: a real conflict.
    let price = group_with("1.4 cents").expect("price group");
    check("API price: conflict", "000 USD 0.14 per million tokens, 002 1.4 cents", (true, vec!["USD 0.14 per million tokens".to_string(), "1.4 cents".to_string()]), (price.conflict, texts(price)));
    // Nvidia's $590 billion drop is not the $500 billion Stargate project, nor the market loss.
    check("$590 billion stands alone", "004 Nvidia's market cap … around $590 billion", None, group_with("$590 billion").map(texts));
    let chips = group_with("2,000 Nvidia H800 GPUs").expect("chips group");
    check("2,000 chips agree", "000/001/004", (false, 3), (chips.conflict, chips.docs.len()));
}
