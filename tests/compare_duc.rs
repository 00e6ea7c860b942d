//! Document similarity on real data: all documents of the DUC 2006 dev
//! clusters pooled; for each, the share of its 5 nearest neighbours that
//! come from its own cluster. Skipped (with a message) when the data folder
//! beside the project is absent. The data is never copied into the repo.
//! Also prints how long `similarity_matrix` takes on the bundled corpus and
//! on the 1,000-article pool.

#[path = "../benches/common/mod.rs"]
mod common;

use parallax::compare::{similarity_matrix, MinHash, SHINGLE_WORDS};
use parallax::text::Analysis;
use parallax::Document;

const K: usize = 5;

/// Share of the K nearest neighbours (by `sim`) that share the cluster.
fn knn_purity(labels: &[usize], sim: impl Fn(usize, usize) -> f64) -> f64 {
    let n = labels.len();
    let mut hits = 0usize;
    for i in 0..n {
        let mut others: Vec<(f64, usize)> = (0..n).filter(|&j| j != i).map(|j| (sim(i, j), j)).collect();
        others.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        hits += others.iter().take(K).filter(|&&(_, j)| labels[j] == labels[i]).count();
    }
    hits as f64 / (n * K) as f64
}

#[test]
fn duc2006_nearest_neighbours_share_the_cluster() {
    let bundled = parallax::corpus::bundled();
    let bundled_analysis = Analysis::new(&bundled);
    let (median, _) = common::time(50, || similarity_matrix(&bundled_analysis));
    println!("bundled corpus ({} articles): similarity_matrix median {median:?}", bundled.len());
    let many = common::thousand_articles(1000);
    if !many.is_empty() {
        let many_analysis = Analysis::new(&many);
        let (median, _) = common::time(3, || similarity_matrix(&many_analysis));
        println!("{} articles: similarity_matrix median {median:?}", many.len());
    }
    let set = common::load_set("duc2006-dev");
    if set.is_empty() {
        println!("SKIPPED: ../shared/data/duc2006-dev is not here");
        return;
    }
    let mut docs: Vec<Document> = Vec::new();
    let mut labels = Vec::new();
    for (c, (name, cluster)) in set.iter().enumerate() {
        for d in cluster {
            docs.push(Document::new(format!("{name}/{}", d.id), d.text.clone()));
            labels.push(c);
        }
    }
    let analysis = Analysis::new(&docs);
    let started = std::time::Instant::now();
    let m = similarity_matrix(&analysis);
    let took = started.elapsed();
    let matrix = knn_purity(&labels, |i, j| m[i][j]);

    let shingles: Vec<MinHash> = docs.iter().map(|d| MinHash::of_text(&d.text, SHINGLE_WORDS)).collect();
    let minhash = knn_purity(&labels, |i, j| shingles[i].jaccard(&shingles[j]));
    let words: Vec<MinHash> = docs.iter().map(|d| MinHash::of_text(&d.text, 1)).collect();
    let minhash_words = knn_purity(&labels, |i, j| words[i].jaccard(&words[j]));

    println!("DUC 2006 dev: {} documents in {} clusters, {K} nearest neighbours (similarity_matrix took {took:.1?})", docs.len(), set.len());
    println!("  similarity_matrix:               share from own cluster = {matrix:.4} (target >= 0.95)");
    println!("  MinHash, {SHINGLE_WORDS}-word shingles:         share from own cluster = {minhash:.4}");
    println!("  MinHash, 1-word shingles (sets): share from own cluster = {minhash_words:.4}");
    // Issue 4: at least 0.95. The plain TF-IDF cosine measured 0.934 on
    // this pool (misses in the diffuse "Generation X" cluster and the
    // overlapping Kenya-diseases / malaria clusters); blending in the
    // second-order (shared-neighbour) similarity brought it to 0.962.
    assert!(matrix >= 0.95, "given {} DUC documents in {} clusters, expected similarity_matrix 5-NN purity >= 0.95, got {matrix:.4}", docs.len(), set.len());
}
