//! Native medians of the calls `benches/wasm.mjs` and
//! `benches/build-options.mjs` time in the wasm build, on the same inputs,
//! printed as one JSON line so that `benches/native-vs-wasm.mjs` can set
//! them beside the wasm's:
//!
//! - the bundled corpus (5 articles) and one DUC 2006 dev cluster
//!   (`NATIVE_CLUSTER`, default D0615F, the largest by bytes);
//! - `summarize` with the default options (what `summarize(docs)` gets in
//!   JavaScript: 250 words for several documents) and `compare` with the
//!   default options;
//! - each as the engine call alone (`ms`) and as the call plus
//!   `serde_json::to_string` of its result (`json_ms`), the nearest native
//!   counterpart of the wasm figure, which includes building the JS result.
//!
//! `cargo bench --bench native_times` (release profile: opt-level 3, LTO).
//! `NATIVE_RUNS` (default 30) sets the runs per figure. Medians of wall
//! time and of the thread's CPU time, and the fastest wall time; on a
//! shared machine the CPU median and the fastest run are the steadier
//! figures. Prints figures; never fails on a time.

mod common;

use common::*;
use parallax::{compare, corpus, summarize, CompareOptions, Document, SummaryOptions};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn ms(d: std::time::Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

/// `{"wall_ms": …, "cpu_ms": …, "min_ms": …}` for one timed call: the
/// medians of wall and thread CPU time and the fastest wall time, over
/// `runs` runs after one warm-up (the minimum is the figure least disturbed
/// by other work on a shared machine).
fn figure<T>(runs: usize, f: impl FnMut() -> T) -> String {
    let (wall, cpu) = wall_cpu_samples(runs, f);
    format!(
        "{{\"wall_ms\": {}, \"cpu_ms\": {}, \"min_ms\": {}}}",
        ms(wall[wall.len() / 2]),
        ms(cpu[cpu.len() / 2]),
        ms(wall[0])
    )
}

fn input(runs: usize, label: &str, docs: &[Document]) -> String {
    let s = SummaryOptions::default();
    let c = CompareOptions::default();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    format!(
        "{{\"input\": {label:?}, \"articles\": {}, \"bytes\": {bytes}, \
         \"summarize\": {}, \"summarize_json\": {}, \"compare\": {}, \"compare_json\": {}}}",
        docs.len(),
        figure(runs, || summarize(docs, &s).unwrap()),
        figure(runs, || serde_json::to_string(&summarize(docs, &s).unwrap()).unwrap()),
        figure(runs, || compare(docs, &c).unwrap()),
        figure(runs, || serde_json::to_string(&compare(docs, &c).unwrap()).unwrap()),
    )
}

fn main() {
    let runs: usize = std::env::var("NATIVE_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(30);
    let cluster = std::env::var("NATIVE_CLUSTER").unwrap_or_else(|_| "D0615F".to_string());
    let mut inputs = vec![input(runs, "bundled corpus", &corpus::bundled())];
    match data_dir("duc2006-dev").map(|d| d.join(&cluster)).filter(|p| p.is_dir()) {
        Some(dir) => inputs.push(input(runs, &format!("DUC 2006 {cluster}"), &load_cluster(&dir))),
        None => eprintln!("native_times: ../shared/data/duc2006-dev/{cluster} is not here; bundled corpus only"),
    }
    println!("{{\"runs\": {runs}, \"inputs\": [{}]}}", inputs.join(", "));
}
