//! Hostile and very large inputs (issue 13): every row of the hardening
//! table, each run in a child process with a time cap so that a row that
//! blows up is reported instead of hanging the benchmark. Run with
//! `cargo bench --bench limits` (part of `make bench`).
//!
//! For each row it prints summarize and compare wall time, the peak heap
//! the call needed, the child's peak resident memory and the JSON size, or
//! the engine's error when the input is refused, or "capped" when the row
//! ran past `LIMITS_CAP_SECONDS` (default 60). Goal: every row under 5 s
//! and 1 GB, or refused up front with a clear error; compare of 4,000
//! articles under 2 s and 500 MB, growing linearly from 1,000.

mod common;

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use parallax::{compare, summarize, CompareOptions, Document, SummaryOptions};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

/// The rows: a name and how to build its documents.
fn rows() -> Vec<(&'static str, fn() -> Vec<Document>)> {
    vec![
        ("1,000 news articles", || news(1000)),
        ("2,000 news articles", || news(2000)),
        ("3,000 news articles", || news(3000)),
        ("4,000 news articles", || news(4000)),
        ("articles up to the 16 MB limit", at_the_limit),
        ("100,000 tiny documents", tiny_documents),
        ("3.5 MB of number tokens", number_tokens),
        ("one article repeated 3,000 times", repeated_article),
        ("290 KB of nested quotations", nested_quotes),
        ("1 MB of random bytes", random_bytes),
        ("one 27 KB sentence with 1,000 figures", long_figure_sentence),
        ("one 192 KB document of three short sentences repeated", repeated_sentences),
    ]
}

/// News articles from the DUC 2006 and CNN/DM dev sets, interleaved,
/// repeated with fresh ids when one pass is not enough. Articles are cut
/// after the paragraph that passes 6,000 bytes, so that 4,000 of them
/// (about 15 MB) stay under the input limit.
fn news(n: usize) -> Vec<Document> {
    let duc: Vec<Document> = load_set("duc2006-dev").into_iter().flat_map(|(_, d)| d).collect();
    let cnn: Vec<Document> = load_set("cnndm-dev").into_iter().flat_map(|(_, d)| d).collect();
    let mut pool = Vec::new();
    let (mut a, mut b) = (duc.iter(), cnn.iter());
    loop {
        match (a.next(), b.next()) {
            (None, None) => break,
            (x, y) => pool.extend(x.into_iter().chain(y).cloned()),
        }
    }
    if pool.is_empty() {
        return Vec::new();
    }
    (0..n)
        .map(|i| {
            let d = &pool[i % pool.len()];
            let cut = d.text.match_indices('\n').map(|(k, _)| k).find(|&k| k >= 6000).unwrap_or(d.text.len());
            Document::new(format!("{}#{i}", d.id), d.text[..cut].to_string())
        })
        .collect()
}

fn at_the_limit() -> Vec<Document> {
    let mut docs = news(10_000);
    let mut total = 0;
    docs.retain(|d| {
        total += d.text.len() + d.id.len();
        total <= parallax::MAX_INPUT_BYTES
    });
    docs
}

fn tiny_documents() -> Vec<Document> {
    (0..100_000).map(|i| Document::new(format!("t{i}"), format!("Item {i} costs ${i} today."))).collect()
}

fn number_tokens() -> Vec<Document> {
    let unit = "$1e308 trillion 99999999999999999999999 % 1,000,000,000.5 bn ";
    vec![Document::new("numbers", unit.repeat(3_500_000 / unit.len()))]
}

fn repeated_article() -> Vec<Document> {
    // The bundled article closest to 3.7 KB (3,000 copies: about 11 MB).
    let text = parallax::corpus::bundled().into_iter().min_by_key(|d| d.text.len().abs_diff(3700)).map(|d| d.text).unwrap_or_default();
    (0..3000).map(|i| Document::new(format!("copy{i}"), text.clone())).collect()
}

fn nested_quotes() -> Vec<Document> {
    let mut s = String::new();
    while s.len() < 290_000 {
        s.push_str("He said “she said ‘they said \"we said «");
    }
    s.push_str(" end.");
    vec![Document::new("quotes", s.clone()), Document::new("quotes2", s)]
}

fn random_bytes() -> Vec<Document> {
    // xorshift: the same bytes every run.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..1_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    bytes.chunks(100_000).enumerate().map(|(i, c)| Document::new(format!("r{i}"), String::from_utf8_lossy(c).into_owned())).collect()
}

fn long_figure_sentence() -> Vec<Document> {
    let mut s = String::from("The budget lists");
    for i in 0..1000 {
        s.push_str(&format!(" ${}.{} million,", i + 1, i % 10));
    }
    s.push_str(" and more.");
    vec![Document::new("figures", s.clone()), Document::new("figures2", s)]
}

/// What `make fuzz`'s compare_slow target first found (a 2 s timeout): one
/// document whose few short sentences repeat thousands of times.
fn repeated_sentences() -> Vec<Document> {
    let unit = "Alpha.\\u{2028}Beta.\\u{2029}Gamma. ";
    vec![Document::new("repeats", unit.repeat(192 * 1024 / unit.len()))]
}

/// Peak resident memory of this process (VmHWM), in bytes.
fn peak_rss() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<usize>().ok()))
        .map_or(0, |kb| kb * 1024)
}

/// The three largest fields of a comparison's JSON, for the reader of a row
/// whose result grew.
fn largest_parts(c: &parallax::Comparison) -> String {
    let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(c) else { return String::new() };
    let mut sizes: Vec<(usize, String)> = fields.iter().map(|(k, v)| (serde_json::to_string(v).map_or(0, |j| j.len()), k.clone())).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes.iter().take(3).map(|(n, k)| format!("{k} {}", mb(*n))).collect::<Vec<_>>().join(", ")
}

/// One row, in this (child) process: prints one line of results.
fn run_row(k: usize) {
    let (name, build) = rows()[k];
    let docs = build();
    if docs.is_empty() {
        println!("{name}: SKIPPED (../shared/data is not here)");
        return;
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let t = Instant::now();
    let (s, s_heap) = peak_heap(|| summarize(&docs, &SummaryOptions::default()));
    let s_time = t.elapsed();
    let summary = match s {
        Ok(_) => format!("{s_time:.2?}, heap {}", mb(s_heap)),
        Err(e) => format!("refused in {s_time:.2?}: {e}"),
    };
    let t = Instant::now();
    let (c, c_heap) = peak_heap(|| compare(&docs, &CompareOptions::default()));
    let c_time = t.elapsed();
    let comparison = match c {
        Ok(c) => format!("{c_time:.2?}, heap {}, JSON {} ({})", mb(c_heap), mb(serde_json::to_string(&c).map_or(0, |j| j.len())), largest_parts(&c)),
        Err(e) => format!("refused in {c_time:.2?}: {e}"),
    };
    println!("{name} ({} docs, {}): summarize {summary} | compare {comparison} | peak RSS {}", docs.len(), mb(bytes), mb(peak_rss()));
}

fn main() {
    if let Ok(k) = std::env::var("PARALLAX_LIMITS_ROW") {
        run_row(k.parse().expect("row index"));
        return;
    }
    let cap = Duration::from_secs(std::env::var("LIMITS_CAP_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(60));
    let exe = std::env::current_exe().expect("own path");
    for (k, (name, _)) in rows().iter().enumerate() {
        let mut child = Command::new(&exe).env("PARALLAX_LIMITS_ROW", k.to_string()).stdout(Stdio::piped()).spawn().expect("spawn row");
        let t = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break Some(status);
            }
            if t.elapsed() > cap {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut out = String::new();
        if let Some(mut o) = child.stdout.take() {
            let _ = o.read_to_string(&mut out);
        }
        match status {
            Some(s) if s.success() => print!("{out}"),
            Some(s) => println!("{name}: FAILED ({s}) after {:.1?} {}", t.elapsed(), out.trim()),
            None => println!("{name}: capped at {cap:?} (still running)"),
        }
    }
}
