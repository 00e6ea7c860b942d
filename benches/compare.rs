//! Comparison speed and memory. Run with `cargo bench --bench compare`.
//!
//! Targets (issue 4): the bundled corpus in under 5 ms natively; 1,000
//! articles built from the DUC 2006 dev clusters in under 2 s, with peak
//! heap reported; entity extraction of one 25-article DUC cluster in under
//! 10 ms (issue 10). The benchmark prints figures; it never fails on a time.

mod common;

use common::*;
use parallax::compare::SentenceMatcher;
use parallax::text::Analysis;
use parallax::{compare, corpus, CompareOptions};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn main() {
    let docs = corpus::bundled();
    let opts = CompareOptions::default();
    let (wall, cpu) = wall_cpu(50, || compare(&docs, &opts).unwrap());
    let (_, heap) = peak_heap(|| compare(&docs, &opts).unwrap());
    println!("bundled corpus (5 articles): median wall {wall:?}, CPU {cpu:?}, peak heap {} (target < 5 ms)", mb(heap));

    match load_set("duc2006-dev").into_iter().next() {
        Some((name, cluster)) => {
            let analysis = Analysis::new(&cluster);
            let (wall, cpu) = wall_cpu(20, || parallax::compare::entities(&analysis, usize::MAX));
            let found = parallax::compare::entities(&analysis, usize::MAX);
            let mentions: usize = found.iter().map(|e| e.mentions.len()).sum();
            println!("entities of {name} ({} articles): median wall {wall:?}, CPU {cpu:?} (target < 10 ms) — {} entities, {mentions} mentions", cluster.len(), found.len());
        }
        None => println!("entities of a 25-article cluster: SKIPPED (../shared/data/duc2006-dev is not here)"),
    }

    let many = thousand_articles(1000);
    if many.is_empty() {
        println!("1,000 articles: SKIPPED (../shared/data/duc2006-dev is not here)");
        return;
    }
    let bytes: usize = many.iter().map(|d| d.text.len()).sum();
    let (wall, cpu) = wall_cpu(3, || compare(&many, &opts).unwrap());
    let (c, heap) = peak_heap(|| compare(&many, &opts).unwrap());
    println!(
        "{} articles ({}): median wall {wall:?}, CPU {cpu:?}, peak heap {} (target < 2 s) — {} shared facts, {} figures, {} figure groups, {} near-duplicate pairs",
        many.len(),
        mb(bytes),
        mb(heap),
        c.shared_facts.len(),
        c.figures.len(),
        c.figure_groups.len(),
        c.near_duplicates.len()
    );
    let analysis = Analysis::new(&many);
    let sentences: usize = analysis.docs.iter().map(|d| d.body_len()).sum();
    let (_, a_cpu) = wall_cpu(1, || Analysis::new(&many));
    let (_, m_cpu) = wall_cpu(3, || SentenceMatcher::new(&analysis));
    println!("  CPU: text analysis {a_cpu:?}; SentenceMatcher over {sentences} body sentences {m_cpu:?}");
}
