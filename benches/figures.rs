//! Figure extraction speed. Run with `cargo bench --bench figures`.
//!
//! Target (issue 10): the figures of a 25-article DUC 2006 cluster in
//! under 10 ms natively, text analysis excluded (it is shared with the
//! rest of the comparison). Also pathological text, to show the scanner
//! stays linear: a 200,000-digit run, and one sentence with 20,000 figures
//! against one with 5,000. The benchmark prints figures; it never fails on
//! a time.

mod common;

use common::*;
use parallax::compare::figure_claims;
use parallax::text::Analysis;
use parallax::Document;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn main() {
    let clusters = load_set("duc2006-dev");
    if clusters.is_empty() {
        println!("DUC 2006 clusters: SKIPPED (../shared/data/duc2006-dev is not here)");
    } else {
        let mut per_cluster = Vec::new();
        let mut figures = 0;
        for (_, docs) in &clusters {
            let analysis = Analysis::new(docs);
            let (wall, _) = wall_cpu(5, || figure_claims(&analysis));
            figures += figure_claims(&analysis).len();
            per_cluster.push(wall);
        }
        per_cluster.sort();
        let median = per_cluster[per_cluster.len() / 2];
        let worst = per_cluster[per_cluster.len() - 1];
        let articles: usize = clusters.iter().map(|(_, d)| d.len()).sum();
        println!(
            "figures of a DUC 2006 cluster ({} clusters, {articles} articles, {figures} figures): median wall {median:?}, slowest cluster {worst:?} (target < 10 ms)",
            clusters.len()
        );
    }
    let digits = "7".repeat(200_000) + ".";
    let docs = [Document::new("digits", digits.as_str())];
    let analysis = Analysis::new(&docs);
    let (wall, _) = wall_cpu(3, || figure_claims(&analysis));
    println!("a 200,000-digit run: {wall:?}");
    for n in [5_000, 20_000] {
        let text: String = (0..n).map(|i| format!("${i}.5 million, ")).collect::<String>() + "in all.";
        let docs = [Document::new("many", text.as_str())];
        let analysis = Analysis::new(&docs);
        let (wall, _) = wall_cpu(3, || figure_claims(&analysis));
        println!("one sentence with {n} money figures ({} KB): {wall:?}", text.len() / 1024);
    }
}
