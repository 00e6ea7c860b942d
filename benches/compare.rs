//! Comparison speed and memory. Run with `cargo bench --bench compare`.
//!
//! Targets (issue 4): the bundled corpus in under 5 ms natively; 1,000
//! articles built from the DUC 2006 dev clusters in under 2 s, with peak
//! heap reported. The benchmark prints figures; it never fails on a time.

mod common;

use common::*;
use parallax::compare::SentenceMatcher;
use parallax::text::Analysis;
use parallax::{compare, corpus, CompareOptions};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

/// CPU time of the calling thread so far (clock_gettime with
/// CLOCK_THREAD_CPUTIME_ID; zero if the call fails).
fn thread_cpu() -> std::time::Duration {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: a valid pointer to a timespec-shaped struct (64-bit Linux).
    if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } != 0 {
        return std::time::Duration::ZERO;
    }
    std::time::Duration::new(t.sec.max(0) as u64, t.nsec.clamp(0, 999_999_999) as u32)
}

/// Median wall time and median CPU time of `f` over `runs` runs (after one
/// warm-up). On a loaded machine the CPU time is the fairer figure.
fn wall_cpu<T>(runs: usize, mut f: impl FnMut() -> T) -> (std::time::Duration, std::time::Duration) {
    std::hint::black_box(f());
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..runs.max(1) {
        let (t, c) = (std::time::Instant::now(), thread_cpu());
        std::hint::black_box(f());
        wall.push(t.elapsed());
        cpu.push(thread_cpu().saturating_sub(c));
    }
    wall.sort();
    cpu.sort();
    (wall[wall.len() / 2], cpu[cpu.len() / 2])
}

fn main() {
    let docs = corpus::bundled();
    let opts = CompareOptions::default();
    let (wall, cpu) = wall_cpu(50, || compare(&docs, &opts).unwrap());
    let (_, heap) = peak_heap(|| compare(&docs, &opts).unwrap());
    println!("bundled corpus (5 articles): median wall {wall:?}, CPU {cpu:?}, peak heap {} (target < 5 ms)", mb(heap));

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
