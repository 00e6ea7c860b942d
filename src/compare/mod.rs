//! Comparison of the documents of one story: where the sources agree,
//! which figures conflict, what each one adds and who said what.
//!
//! [`compare`] runs the text pipeline once and returns a [`Comparison`] with
//! seven parts, each from its own module:
//!
//! 1. similarity — [`similarity_matrix`] (TF-IDF cosine + shared neighbours) and
//!    [`near_duplicates`] (shingles + MinHash with LSH);
//! 2. fact clusters, shared facts and 3. unique facts — the claim layer's
//!    [`FactCluster`]s (figures, names, negation and attribution read per
//!    sentence, then the same-fact score; see [`crate::claims`]);
//! 4. figures and conflicts — [`figure_claims`] and their [`FigureGroup`]s,
//!    each concrete group also a cluster with its [`FigureConsensus`];
//! 5. entities — [`entities`];
//! 6. quotes — [`Quote`];
//! 7. distinctive vocabulary — [`distinctive_vocabulary`].
//!
//! ```
//! use parallax::{compare, CompareOptions, Document};
//! let docs = [
//!     Document::new("a", "DeepSeek trained R1 for $5.6 million, the company said. Nvidia lost $590 billion in market value."),
//!     Document::new("b", "R1 was trained for about $6 million, DeepSeek says. Its app topped the charts."),
//! ];
//! let c = compare(&docs, &CompareOptions::default())?;
//! let cost = c.figure_groups.iter().find(|g| g.unit == "USD" && g.docs.len() == 2).unwrap();
//! assert!(!cost.conflict); // $5.6 million is within "about $6 million"
//! println!("{c}"); // the report for people
//! # Ok::<(), parallax::Error>(())
//! ```

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::document::{validate, Document};
use crate::error::{Error, Result};
use crate::text::Analysis;

mod facts;
mod quotes;
mod similarity;
mod vocabulary;

use crate::claims::{entities as entity_mentions, ClusterSet};
use crate::text::Lowercase;
pub use crate::claims::{ClusterMember, Dispute, FactCluster, FigureConsensus, PairEvidence, Stance, ValueReport, SAME_FACT_SCORE};
pub use crate::claims::{entities, Entity, EntityKind};
pub use facts::{DocumentUniqueFacts, SharedFact, UniqueFact, SHARED_MIN_WORDS, UNIQUE_MAX_SIMILARITY, UNIQUE_MIN_WORDS};
pub use crate::claims::{figure_claims, format_value, FigureClaim, FigureGroup, FigureKind, Hedge, APPROXIMATE_SPREAD, CONFLICT_TOLERANCE};
pub use crate::claims::{SentenceIndex, SentenceMatch, SentenceMatcher, COMMON_TERM_FLOOR, COMMON_TERM_ROOT, COMMON_TERM_SHARE, MAX_CANDIDATES, SAME_FACT_SIMILARITY};
pub use quotes::{Quote, QUOTE_MIN_WORDS};
pub use similarity::{near_duplicates, similarity_matrix, MinHash, NearDuplicate, MINHASH_SIZE, NEAR_DUPLICATE_JACCARD, SHINGLE_WORDS};
pub use vocabulary::{distinctive_vocabulary, DistinctiveTerm, DocumentVocabulary, MIN_COUNT, PRIOR_WEIGHT};

/// Options of [`compare`]: plain numbers, all optional in JSON.
///
/// ```
/// let o: parallax::CompareOptions = serde_json::from_str(r#"{"unique_facts": 3}"#).unwrap();
/// assert_eq!(o.unique_facts, 3);
/// assert_eq!(o.distinctive_terms, 10);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CompareOptions {
    /// Unique facts listed per document (0 for none). Default 5.
    pub unique_facts: usize,
    /// Distinctive words listed per document (0 for none). Default 10.
    pub distinctive_terms: usize,
    /// Entities listed, most widely named first (0 for none). Default 50.
    pub entities: usize,
    /// Shared facts listed, best supported first (0 for all). Default 0.
    pub shared_facts: usize,
    /// Same-fact score ([`PairEvidence::score`]) at which two sentences
    /// report the same fact, 0 to 1. Default [`SAME_FACT_SCORE`].
    pub same_fact_similarity: f64,
    /// Estimated shingle Jaccard at which two documents are near-duplicates,
    /// 0 to 1. Default [`NEAR_DUPLICATE_JACCARD`].
    pub near_duplicate_jaccard: f64,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            unique_facts: 5,
            distinctive_terms: 10,
            entities: 50,
            shared_facts: 0,
            same_fact_similarity: SAME_FACT_SCORE,
            near_duplicate_jaccard: NEAR_DUPLICATE_JACCARD,
        }
    }
}

impl CompareOptions {
    fn check(&self) -> Result<()> {
        for (name, v) in [("same_fact_similarity", self.same_fact_similarity), ("near_duplicate_jaccard", self.near_duplicate_jaccard)] {
            if !(v.is_finite() && (0.0..=1.0).contains(&v)) {
                return Err(Error::InvalidOptions(format!("{name} must be between 0 and 1, not {v}")));
            }
        }
        Ok(())
    }
}

/// Size of one compared document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// The document's id.
    pub id: String,
    /// Its title, if given.
    pub title: Option<String>,
    /// Its outlet, if given (so a front end can name the source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Its byline, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Its publication date (ISO 8601), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Its address, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Number of body sentences.
    pub sentences: usize,
    /// Number of words in body sentences.
    pub words: usize,
}

/// The result of [`compare`]. Documents are referred to by id; matrices
/// follow the order of `documents`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The documents, in input order.
    pub documents: Vec<DocumentInfo>,
    /// `similarity[i][j]`: how alike documents i and j are, 0 to 1 — TF-IDF
    /// cosine blended with shared-neighbour similarity ([`similarity_matrix`]).
    pub similarity: Vec<Vec<f64>>,
    /// `fact_similarity[i][j]`: the share of document i's facts that
    /// document j also reports, 0 to 1 (not symmetric): a sentence of i
    /// counts 1 when its fact cluster includes j, else its best same-fact
    /// score with a sentence of j. Unlike `similarity`, which measures
    /// shared words, this measures shared facts.
    pub fact_similarity: Vec<Vec<f64>>,
    /// Pairs of documents that are largely the same text (wire copy).
    pub near_duplicates: Vec<NearDuplicate>,
    /// Fact clusters: each fact reported by two or more documents (and a
    /// disputed claim of one), best supported first, with its value
    /// consensus and disputes. Shared facts, conflicts and unique facts all
    /// come from these.
    pub clusters: Vec<FactCluster>,
    /// The clusters of two or more documents, from the sentences' side,
    /// best supported first.
    pub shared_facts: Vec<SharedFact>,
    /// For each document (input order), what only it reports.
    pub unique_facts: Vec<DocumentUniqueFacts>,
    /// Every quantitative claim, in document and text order.
    pub figures: Vec<FigureClaim>,
    /// Claims about the same measured thing in several documents;
    /// conflicts first.
    pub figure_groups: Vec<FigureGroup>,
    /// People, organisations and places with mentions per document.
    pub entities: Vec<Entity>,
    /// Direct quotations with their speakers, in document and text order.
    pub quotes: Vec<Quote>,
    /// Distinctive words of each document against the rest (input order).
    pub vocabulary: Vec<DocumentVocabulary>,
    /// The parts of the result cut to a bound (empty for sets of up to
    /// 200 documents): the matrices then cover the first documents only.
    #[serde(default)]
    pub truncated: Vec<Truncation>,
}

/// Documents a pairwise matrix covers at most: both matrices are
/// quadratic in the set (4,000 documents would be 32 million numbers), and
/// no view shows more than a few dozen rows.
const MATRIX_DOCUMENTS: usize = 200;

/// A part of a [`Comparison`] cut to a bound, so that cost and size stay
/// linear in the input.
///
/// ```
/// use parallax::{compare, CompareOptions, Document};
/// let docs: Vec<Document> = (0..201).map(|i| Document::new(format!("d{i}"), "Markets fell on Monday.")).collect();
/// let c = compare(&docs, &CompareOptions::default()).unwrap();
/// assert_eq!((c.similarity.len(), c.truncated[0].part.as_str(), c.truncated[0].total), (200, "similarity", 201));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Truncation {
    /// The field that was cut: `"similarity"`, `"fact_similarity"`.
    pub part: String,
    /// How many documents (rows and columns) it keeps: the first ones, in input order.
    pub kept: usize,
    /// How many there are.
    pub total: usize,
}

/// Compares `docs` with each other.
///
/// ```
/// use parallax::{compare, CompareOptions, Document};
/// let docs = [Document::new("a", "Markets fell."), Document::new("b", "Markets rose.")];
/// let c = compare(&docs, &CompareOptions::default()).unwrap();
/// assert_eq!(c.similarity.len(), 2);
/// ```
pub fn compare(docs: &[Document], options: &CompareOptions) -> Result<Comparison> {
    validate(docs)?;
    options.check()?;
    let analysis = Analysis::new(docs);

    let shown = docs.len().min(MATRIX_DOCUMENTS);
    let similarity = similarity::similarity_of_first(&analysis, shown);
    let near_duplicates = near_duplicates(docs, options.near_duplicate_jaccard);

    // The claim layer: figures, names, claims and fact clusters.
    let mentions = entity_mentions::mentions(&analysis);
    let all_entities = entity_mentions::merge(&mentions, &analysis, usize::MAX);
    let names = crate::claims::mention_names(&mentions, &all_entities);
    let set = ClusterSet::new(&analysis, &names, options.same_fact_similarity);
    let fact_similarity = set.fact_similarity(&analysis, shown);
    let truncated = if shown < docs.len() {
        ["similarity", "fact_similarity"].into_iter().map(|part| Truncation { part: part.to_string(), kept: shown, total: docs.len() }).collect()
    } else {
        Vec::new()
    };

    let mut shared_facts = facts::shared_facts(&set.clusters);
    let mut shared_nodes: HashSet<(usize, usize)> = HashSet::new();
    for (d, row) in set.of_sentence.iter().enumerate() {
        for (s, k) in row.iter().enumerate() {
            if k.is_some_and(|k| set.clusters[k].support >= 2) {
                shared_nodes.insert((d, s));
            }
        }
    }
    let mut figure_sentences: HashSet<(usize, usize)> = HashSet::new();
    let grouped: HashSet<usize> = set.figure_groups.iter().flat_map(|g| g.claims.iter().copied()).collect();
    for (i, (c, x)) in set.figures.iter().enumerate() {
        if let Some(s) = crate::claims::sentence_at(&analysis, x.doc, c.start) {
            figure_sentences.insert((x.doc, s));
            if grouped.contains(&i) {
                shared_nodes.insert((x.doc, s));
            }
        }
    }
    if options.shared_facts > 0 {
        shared_facts.truncate(options.shared_facts);
    }
    let unique_facts = facts::unique_facts(&analysis, &set, &shared_nodes, &figure_sentences, options.unique_facts);

    let quotes = quotes::quotes(&analysis, &all_entities, &mentions);
    let mut entity_list = all_entities;
    entity_list.truncate(options.entities);

    let vocabulary = distinctive_vocabulary(&analysis, options.distinctive_terms);

    let documents = analysis
        .docs
        .iter()
        .map(|da| DocumentInfo {
            id: da.doc.id.clone(),
            title: da.doc.title.clone(),
            source: da.doc.source.clone(),
            author: da.doc.author.clone(),
            date: da.doc.date.clone(),
            url: da.doc.url.clone(),
            sentences: da.body_len(),
            words: da.body().map(|i| da.sentences[i].word_count).sum(),
        })
        .collect();
    Ok(Comparison {
        documents,
        similarity,
        fact_similarity,
        near_duplicates,
        clusters: set.clusters,
        shared_facts,
        unique_facts,
        figures: set.figures.into_iter().map(|(c, _)| c).collect(),
        figure_groups: set.figure_groups,
        entities: entity_list,
        quotes,
        vocabulary,
        truncated,
    })
}

/// The comparison as a plain-text report for people, all seven parts.
///
/// ```
/// use parallax::{compare, CompareOptions, Document};
/// let docs = [Document::new("a", "Nvidia lost $590 billion."), Document::new("b", "Nvidia lost $600 billion.")];
/// let text = parallax::compare::render_text(&compare(&docs, &CompareOptions::default()).unwrap());
/// assert!(text.contains("Figures"));
/// ```
pub fn render_text(c: &Comparison) -> String {
    c.to_string()
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = |id: &str| -> String {
            let n = self.documents.iter().position(|d| d.id == id).map(|i| i + 1).unwrap_or(0);
            format!("[{n}]")
        };
        writeln!(f, "Documents")?;
        for (i, d) in self.documents.iter().enumerate() {
            write!(f, "  [{}] {}", i + 1, d.id)?;
            if let Some(t) = &d.title {
                write!(f, " — {t}")?;
            }
            writeln!(f, " ({} sentences, {} words)", d.sentences, d.words)?;
        }

        writeln!(f, "\n1. Similarity (TF-IDF cosine + shared neighbours)")?;
        for t in &self.truncated {
            writeln!(f, "  ({}: the first {} of {} documents)", t.part, t.kept, t.total)?;
        }
        write!(f, "      ")?;
        for i in 0..self.similarity.len() {
            write!(f, " {:>5}", format!("[{}]", i + 1))?;
        }
        writeln!(f)?;
        for (i, row) in self.similarity.iter().enumerate() {
            write!(f, "  {:>4}", format!("[{}]", i + 1))?;
            for v in row {
                write!(f, " {v:5.2}")?;
            }
            writeln!(f)?;
        }
        if self.near_duplicates.is_empty() {
            writeln!(f, "  No near-duplicates (shingle Jaccard below the threshold).")?;
        }
        for p in &self.near_duplicates {
            writeln!(f, "  Near-duplicate: {} and {} (Jaccard ≈ {:.2})", label(&p.a), label(&p.b), p.jaccard)?;
        }

        writeln!(f, "\n   Shared facts (share of the row's facts the column also reports)")?;
        for (i, row) in self.fact_similarity.iter().enumerate() {
            write!(f, "  {:>4}", format!("[{}]", i + 1))?;
            for v in row {
                write!(f, " {v:5.2}")?;
            }
            writeln!(f)?;
        }

        let disagreements = self.clusters.iter().filter(|c| c.disagreement).count();
        let disputed = self.clusters.iter().filter(|c| !c.disputes.is_empty()).count();
        writeln!(f, "\n2. Fact clusters ({} shared by two or more sources, {} with a disagreement, {} disputed)", self.shared_facts.len(), disagreements, disputed)?;
        for (n, c) in self.clusters.iter().enumerate() {
            let docs: String = c.docs.iter().map(|d| label(d)).collect();
            let Some(rep) = c.members.get(c.representative) else { continue };
            let mark = match (c.disagreement, c.disputes.is_empty()) {
                (true, false) => " — values disagree, disputed",
                (true, true) => " — values disagree",
                (false, false) => " — disputed",
                (false, true) => "",
            };
            writeln!(f, "  {}. {} of {} sources {}{}: {}", n + 1, c.support, self.documents.len(), docs, mark, one_line(&rep.sentence.text))?;
            if let Some(k) = &c.consensus {
                let values: Vec<String> = k
                    .values
                    .iter()
                    .map(|v| {
                        let who: String = v.docs.iter().map(|d| label(d)).collect();
                        let n = v.docs.len();
                        format!("{} source{} {}: {}{}", n, if n == 1 { "" } else { "s" }, who, v.label, if v.claimed { " (claimed)" } else { "" })
                    })
                    .collect();
                writeln!(f, "       {}: {}", if k.measured.is_empty() { "value" } else { k.measured.as_str() }, values.join(" · "))?;
                if !k.outliers.is_empty() {
                    let o: String = k.outliers.iter().map(|d| label(d)).collect();
                    writeln!(f, "       outlier: {o}")?;
                }
            }
            for d in &c.disputes {
                let by = d.claimant.as_deref().unwrap_or("someone");
                let what = d.value.and_then(|v| c.consensus.as_ref()?.values.get(v)).map(|v| v.label.clone()).unwrap_or_else(|| "this".to_string());
                let against: String = d.contested_by.iter().map(|x| label(x)).collect();
                let member = c.members.get(d.member).map(|m| label(&m.sentence.doc)).unwrap_or_default();
                writeln!(f, "       disputed: {by} claims {what} in {member} ({}), contested by {against}", d.cues.join(", "))?;
            }
            for (i, m) in c.members.iter().enumerate() {
                if i != c.representative {
                    writeln!(f, "       {} {}", label(&m.sentence.doc), one_line(&m.sentence.text))?;
                }
            }
        }

        writeln!(f, "\n3. Unique facts")?;
        for u in &self.unique_facts {
            writeln!(f, "  {} {}", label(&u.doc), u.doc)?;
            if u.facts.is_empty() {
                writeln!(f, "       (nothing that no other source reports)")?;
            }
            for x in &u.facts {
                writeln!(f, "     - {}", one_line(&x.sentence.text))?;
            }
        }

        let conflicts = self.figure_groups.iter().filter(|g| g.conflict).count();
        // Every concrete figure group is also a cluster (above); this part lists the claims.
        writeln!(f, "\n4. Figures ({} claims, {} compared across sources, {} conflicts)", self.figures.len(), self.figure_groups.len(), conflicts)?;
        for g in &self.figure_groups {
            let what = if g.measured.is_empty() { format!("{:?}", g.kind).to_lower() } else { g.measured.clone() };
            writeln!(f, "  {} {} [{}{}]", if g.conflict { "CONFLICT" } else { "agree   " }, what, g.unit, g.rate.as_ref().map(|r| format!(" {r}")).unwrap_or_default())?;
            for &i in &g.claims {
                if let Some(c) = self.figures.get(i) {
                    writeln!(f, "       {} {:<28} in: {}", label(&c.doc), c.text, one_line(&c.sentence.text))?;
                }
            }
            writeln!(f, "       why: {}", g.explanation)?;
        }

        writeln!(f, "\n5. Entities (mentions per source)")?;
        for e in &self.entities {
            let counts: Vec<String> = e.counts.iter().map(|m| format!("{m:>3}")).collect();
            let kind = match e.kind {
                EntityKind::Person => "person",
                EntityKind::Organisation => "org",
                EntityKind::Place => "place",
                EntityKind::Group => "group",
                EntityKind::Other => "other",
            };
            writeln!(f, "  {:<32} {:<7} {}", truncate(&e.name, 32), kind, counts.join(""))?;
        }

        writeln!(f, "\n6. Quotes ({})", self.quotes.len())?;
        for q in &self.quotes {
            writeln!(f, "  {} {}: “{}”", label(&q.doc), q.speaker.as_deref().unwrap_or("(speaker not stated)"), one_line(&q.text))?;
        }

        writeln!(f, "\n7. Distinctive words (weighted log-odds z)")?;
        for v in &self.vocabulary {
            let ws: Vec<String> = v.terms.iter().map(|t| format!("{} ({:.1})", t.word, t.z)).collect();
            writeln!(f, "  {} {}", label(&v.doc), if ws.is_empty() { "—".to_string() } else { ws.join(", ") })?;
        }
        Ok(())
    }
}

fn one_line(s: &str) -> String {
    truncate(&s.split_whitespace().collect::<Vec<_>>().join(" "), 160)
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}
