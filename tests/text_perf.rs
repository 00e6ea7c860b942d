//! An ad-hoc timing of the text pipeline on 1,000 real articles (not a
//! timed assertion; benchmarks live in benches/). Run with:
//!
//! ```text
//! CARGO_TARGET_DIR=target/text cargo test --release --test text_perf -- --ignored --nocapture
//! ```
//!
//! It reads ../shared/data (the evaluation sets; never copied into the
//! repository): the DUC 2006 dev clusters, then the CNN/DailyMail dev
//! articles, the first 1,000 documents in name order. `PARALLAX_PERF_SETS`
//! (comma-separated folders) picks other sets; they are cycled to 1,000.

use std::path::{Path, PathBuf};
use std::time::Instant;

use parallax::text::{classify_lines, words, Analysis, SentenceSplitter};
use parallax::Document;

fn documents() -> Option<Vec<Document>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    let sets: Vec<PathBuf> = match std::env::var("PARALLAX_PERF_SETS") {
        Ok(v) => v.split(',').map(PathBuf::from).collect(),
        Err(_) => vec![root.join("duc2006-dev"), root.join("cnndm-dev")],
    };
    let mut files = Vec::new();
    for set in &sets {
        let mut items: Vec<PathBuf> = std::fs::read_dir(set).ok()?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        items.sort();
        for item in items {
            let Ok(dir) = std::fs::read_dir(item.join("docs")) else { continue };
            let mut docs: Vec<PathBuf> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
            docs.sort();
            files.extend(docs);
        }
    }
    if files.is_empty() {
        return None;
    }
    let docs = files
        .iter()
        .cycle()
        .take(1000)
        .enumerate()
        .filter_map(|(i, f)| Some(Document::new(format!("d{i}"), std::fs::read_to_string(f).ok()?)))
        .collect();
    Some(docs)
}

/// CPU time of this thread in ms (Linux schedstat), which a busy shared
/// machine inflates far less than wall time.
fn cpu_ms() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e6)
}

fn time(name: &str, runs: usize, f: &dyn Fn() -> usize) {
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    let mut out = 0;
    for _ in 0..runs {
        let c = cpu_ms();
        let t = Instant::now();
        out = f();
        wall.push(t.elapsed().as_secs_f64() * 1e3);
        if let (Some(a), Some(b)) = (c, cpu_ms()) {
            cpu.push(b - a);
        }
    }
    wall.sort_by(|a, b| a.total_cmp(b));
    cpu.sort_by(|a, b| a.total_cmp(b));
    let cpu = if cpu.is_empty() { String::new() } else { format!("   CPU min {:7.2} ms median {:7.2} ms", cpu[0], cpu[runs / 2]) };
    println!("{name:<18} wall min {:7.2} ms median {:7.2} ms{cpu}   ({out})", wall[0], wall[runs / 2]);
}

#[test]
#[ignore = "timing run over ../shared/data; use --ignored --nocapture"]
fn time_text_pipeline_on_1000_articles() {
    let Some(docs) = documents() else {
        println!("../shared/data not found: nothing to time");
        return;
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    println!("{} documents, {:.2} MB", docs.len(), bytes as f64 / 1e6);
    let runs = 9;
    time("SentenceSplitter", runs, &|| docs.iter().map(|d| SentenceSplitter::new().split(&d.text).count()).sum());
    time("words", runs, &|| docs.iter().map(|d| words(&d.text).count()).sum());
    time("classify_lines", runs, &|| docs.iter().map(|d| classify_lines(&d.text).len()).sum());
    time("Analysis::new", runs, &|| {
        let a = Analysis::new(&docs);
        a.docs.iter().map(|d| d.sentences.len()).sum::<usize>()
    });
}
