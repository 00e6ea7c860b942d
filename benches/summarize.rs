//! Summarization speed and memory. Run with `cargo bench --bench summarize`
//! (`make bench`). Prints figures; never fails on a time.
//!
//! - the bundled corpus (5 articles), default options;
//! - one 25-article DUC 2006 cluster, 250 words, generic and with its topic
//!   statement as the query (target: under 10 ms natively);
//! - 1,000 articles (about 5 MB, the dev clusters concatenated), 250 words,
//!   with the peak heap it needed (target: under 1 s).

mod common;

use common::*;
use parallax::{compare::{SentenceIndex, SentenceMatcher}, corpus, summarize, text::Analysis, SummaryOptions};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn main() {
    let docs = corpus::bundled();
    let opts = SummaryOptions::default();
    let (wall, cpu) = wall_cpu(50, || summarize(&docs, &opts).unwrap());
    println!("bundled corpus (5 articles): median wall {wall:?}, CPU {cpu:?}");

    let set = load_set("duc2006-dev");
    if let Some((name, cluster)) = set.first() {
        let bytes: usize = cluster.iter().map(|d| d.text.len()).sum();
        let opts = SummaryOptions { words: Some(250), ..Default::default() };
        let (wall, cpu) = wall_cpu(30, || summarize(cluster, &opts).unwrap());
        println!("DUC cluster {name} ({} articles, {}): median wall {wall:?}, CPU {cpu:?} (target < 10 ms)", cluster.len(), mb(bytes));
        let (_, analysis) = wall_cpu(30, || Analysis::new(cluster));
        let a = Analysis::new(cluster);
        let (_, index) = wall_cpu(30, || SentenceIndex::new(&a));
        let (_, matcher) = wall_cpu(30, || SentenceMatcher::new(&a));
        let o = SummaryOptions { words: Some(250), keyphrases: Some(0), ..Default::default() };
        let (_, no_kp) = wall_cpu(30, || summarize(cluster, &o).unwrap());
        println!("  CPU medians: text analysis (src/text) {analysis:?}; sentence index as summarize builds it {index:?} (full SentenceMatcher, not used by summarize: {matcher:?}); summarize without keyphrases {no_kp:?}");
        let topic = data_dir("duc2006-dev")
            .and_then(|d| std::fs::read_to_string(d.join(name).join("topic.txt")).ok())
            .unwrap_or_default();
        let opts = SummaryOptions { words: Some(250), query: Some(topic.split_whitespace().collect::<Vec<_>>().join(" ")), ..Default::default() };
        let (wall, cpu) = wall_cpu(30, || summarize(cluster, &opts).unwrap());
        println!("DUC cluster {name} with its topic as query: median wall {wall:?}, CPU {cpu:?}");
        let all: Vec<_> = set.iter().map(|(_, c)| c).collect();
        let opts = SummaryOptions { words: Some(250), ..Default::default() };
        let (wall, cpu) = wall_cpu(3, || all.iter().map(|c| summarize(c, &opts).unwrap().words).sum::<usize>());
        let n = all.len().max(1) as u32;
        println!("all {} DUC clusters, one after another: median wall {wall:?}, CPU {cpu:?} ({:?} CPU per cluster)", all.len(), cpu / n);
    } else {
        println!("DUC 2006 data not found beside the project (../shared/data); skipping the cluster benchmarks");
    }

    let thousand = thousand_articles(1000);
    if !thousand.is_empty() {
        let bytes: usize = thousand.iter().map(|d| d.text.len()).sum();
        let opts = SummaryOptions { words: Some(250), ..Default::default() };
        let (wall, cpu) = wall_cpu(3, || summarize(&thousand, &opts).unwrap());
        let (_, heap) = peak_heap(|| summarize(&thousand, &opts).unwrap());
        println!("{} articles ({}): median wall {wall:?}, CPU {cpu:?}, peak heap {} (target < 1 s)", thousand.len(), mb(bytes), mb(heap));
        let (_, analysis) = wall_cpu(1, || Analysis::new(&thousand));
        let a = Analysis::new(&thousand);
        let (_, index) = wall_cpu(1, || SentenceIndex::new(&a));
        let o = SummaryOptions { words: Some(250), keyphrases: Some(0), ..Default::default() };
        let (_, no_kp) = wall_cpu(1, || summarize(&thousand, &o).unwrap());
        println!("  CPU: text analysis (src/text) {analysis:?}; sentence index {index:?}; summarize without keyphrases {no_kp:?}");
    }
}
