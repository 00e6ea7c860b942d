//! Summarization speed and memory. Run with `cargo bench --bench summarize`.

mod common;

use common::*;
use parallax::{corpus, summarize, SummaryOptions};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn main() {
    let docs = corpus::bundled();
    let opts = SummaryOptions::default();
    let (median, min) = time(50, || summarize(&docs, &opts).unwrap());
    println!("bundled corpus (5 articles): median {median:?}, min {min:?}");
}
