//! Comparison speed and memory. Run with `cargo bench --bench compare`.

mod common;

use common::*;
use parallax::{compare, corpus, CompareOptions};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn main() {
    let docs = corpus::bundled();
    let opts = CompareOptions::default();
    let (median, min) = time(50, || compare(&docs, &opts).unwrap());
    println!("bundled corpus (5 articles): median {median:?}, min {min:?}");
}
