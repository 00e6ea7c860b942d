//! Shared by the benchmarks: the evaluation data beside the project, a
//! timing loop and an allocator that counts peak heap use.
//!
//! Benchmarks run with `cargo bench` (`make bench`); they print figures and
//! never fail on a time, so a slow machine gives a slow figure, not a red CI.

#![allow(dead_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use parallax::Document;

/// Counts live and peak heap bytes; install with `#[global_allocator]`.
pub struct CountingAlloc;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

/// Runs `f` once and returns the heap it needed at its peak, beyond what
/// was live before, in bytes.
pub fn peak_heap<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let out = f();
    (out, PEAK.load(Ordering::Relaxed).saturating_sub(base))
}

/// Median and minimum wall time of `f` over `runs` runs (after one warm-up).
pub fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    std::hint::black_box(f());
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], times[0])
}

/// `../shared/data/<set>` beside the project root, if it is there.
pub fn data_dir(set: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data").join(set);
    p.is_dir().then_some(p)
}

/// The documents of one cluster folder (`<item>/docs/*.txt`), in file order.
pub fn load_cluster(item: &Path) -> Vec<Document> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(item.join("docs"))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .map(|f| {
            let id = f.file_stem().unwrap().to_string_lossy().into_owned();
            Document::new(id, std::fs::read_to_string(f).unwrap_or_default())
        })
        .collect()
}

/// Every cluster of a set, by item folder name.
pub fn load_set(set: &str) -> Vec<(String, Vec<Document>)> {
    let Some(dir) = data_dir(set) else { return Vec::new() };
    let mut items: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    items.sort();
    items.iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), load_cluster(p))).collect()
}

/// About `n` articles built by concatenating the DUC 2006 dev clusters
/// (repeating them, with fresh ids, when one pass is not enough).
pub fn thousand_articles(n: usize) -> Vec<Document> {
    let pool: Vec<Document> = load_set("duc2006-dev").into_iter().flat_map(|(_, d)| d).collect();
    if pool.is_empty() {
        return Vec::new();
    }
    (0..n)
        .map(|i| {
            let d = &pool[i % pool.len()];
            Document::new(format!("{}#{}", d.id, i / pool.len()), d.text.clone())
        })
        .collect()
}

/// Bytes as "1.23 MB".
pub fn mb(bytes: usize) -> String {
    format!("{:.2} MB", bytes as f64 / 1e6)
}

/// CPU time of the calling thread so far (clock_gettime with
/// CLOCK_THREAD_CPUTIME_ID; zero if the call fails).
pub fn thread_cpu() -> std::time::Duration {
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
pub fn wall_cpu<T>(runs: usize, f: impl FnMut() -> T) -> (std::time::Duration, std::time::Duration) {
    let (wall, cpu) = wall_cpu_samples(runs, f);
    (wall[wall.len() / 2], cpu[cpu.len() / 2])
}

/// The wall and CPU times of `f` over `runs` runs (at least one, after one
/// warm-up), each sorted ascending.
pub fn wall_cpu_samples<T>(runs: usize, mut f: impl FnMut() -> T) -> (Vec<std::time::Duration>, Vec<std::time::Duration>) {
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
    (wall, cpu)
}
