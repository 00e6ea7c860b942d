//! One pass of the text pipeline over a set of documents, shared by
//! summarization and comparison so neither tokenizes twice.

use std::collections::HashMap;
use std::ops::Range;

use crate::document::{Document, SentenceRef};
use crate::text::{classify_line, fold_case, is_stop_word, stem, words, LineKind, SentenceSplitter};

/// Index of a term (a stem) in a [`Vocabulary`].
pub type TermId = u32;

/// What a sentence is, so furniture and headings stay out of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceKind {
    /// Running text.
    Body,
    /// A headline or section heading.
    Heading,
    /// Page chrome: sharing, navigation, comment prompts.
    Furniture,
}

/// One sentence of an analysed document.
#[derive(Debug, Clone)]
pub struct SentenceInfo {
    /// Byte range in the document's text.
    pub range: Range<usize>,
    /// Body, heading or furniture.
    pub kind: SentenceKind,
    /// Index of the paragraph (non-empty line) it stands in, from 0.
    pub paragraph: usize,
    /// Index among the document's body sentences (0 is the lead); for
    /// headings and furniture, the index the next body sentence will get.
    pub position: usize,
    /// Content terms in order: case-folded, stemmed, stop words and
    /// one-character tokens removed.
    pub terms: Vec<TermId>,
    /// Number of word tokens, stop words included.
    pub word_count: usize,
}

/// One analysed document.
#[derive(Debug, Clone)]
pub struct DocAnalysis<'a> {
    /// The document as given.
    pub doc: &'a Document,
    /// Its sentences, in text order.
    pub sentences: Vec<SentenceInfo>,
}

impl<'a> DocAnalysis<'a> {
    /// The text of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &'a str {
        &self.doc.text[self.sentences[i].range.clone()]
    }

    /// Indices of the body sentences.
    pub fn body(&self) -> impl Iterator<Item = usize> + '_ {
        self.sentences.iter().enumerate().filter(|(_, s)| s.kind == SentenceKind::Body).map(|(i, _)| i)
    }

    /// Number of body sentences.
    pub fn body_len(&self) -> usize {
        self.body().count()
    }
}

/// Terms of a set of documents with their frequencies.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    terms: Vec<String>,
    index: HashMap<String, TermId>,
    /// For each term, in how many documents it occurs.
    pub doc_freq: Vec<u32>,
    /// For each term, in how many body sentences it occurs.
    pub sentence_freq: Vec<u32>,
}

impl Vocabulary {
    /// The id of `term`, adding it if new.
    pub fn intern(&mut self, term: &str) -> TermId {
        if let Some(&id) = self.index.get(term) {
            return id;
        }
        let id = self.terms.len() as TermId;
        self.terms.push(term.to_string());
        self.index.insert(term.to_string(), id);
        self.doc_freq.push(0);
        self.sentence_freq.push(0);
        id
    }

    /// The id of `term`, if it occurs.
    pub fn get(&self, term: &str) -> Option<TermId> {
        self.index.get(term).copied()
    }

    /// The stem behind an id.
    pub fn term(&self, id: TermId) -> &str {
        &self.terms[id as usize]
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether there are no terms.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// The index term of a word token, or `None` for stop words and one-letter
/// tokens.
///
/// ```
/// assert_eq!(parallax::text::Analysis::term_of("Markets").as_deref(), Some("market"));
/// assert_eq!(parallax::text::Analysis::term_of("the"), None);
/// ```
fn term_of(word: &str) -> Option<String> {
    let folded = fold_case(word);
    let folded = folded.trim_end_matches("’s").trim_end_matches("'s");
    if folded.chars().count() < 2 || is_stop_word(folded) {
        return None;
    }
    Some(stem(folded).into_owned())
}

/// A set of documents run through the text pipeline.
///
/// ```
/// use parallax::{text::Analysis, Document};
/// let docs = [Document::new("a", "Share this article\nDeepSeek released R1. Markets fell.")];
/// let a = Analysis::new(&docs);
/// assert_eq!(a.docs[0].body_len(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    /// One entry per input document, in input order.
    pub docs: Vec<DocAnalysis<'a>>,
    /// All terms of all documents.
    pub vocab: Vocabulary,
}

impl<'a> Analysis<'a> {
    /// Analyses `docs`. Never fails; validation is the caller's.
    pub fn new(docs: &'a [Document]) -> Self {
        let splitter = SentenceSplitter::new();
        let mut vocab = Vocabulary::default();
        let mut out = Vec::with_capacity(docs.len());
        let mut last_seen: Vec<usize> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            let mut sentences = Vec::new();
            let mut position = 0;
            let mut paragraph = 0;
            let mut line_start = 0;
            for line in doc.text.split_inclusive('\n') {
                let offset = line_start;
                line_start += line.len();
                if line.trim().is_empty() {
                    continue;
                }
                let line_kind = classify_line(line);
                for r in splitter.split(line) {
                    let range = offset + r.start..offset + r.end;
                    let kind = match line_kind {
                        LineKind::Body => SentenceKind::Body,
                        LineKind::Heading => SentenceKind::Heading,
                        LineKind::Furniture => SentenceKind::Furniture,
                    };
                    let mut terms = Vec::new();
                    let mut word_count = 0;
                    for w in words(&doc.text[range.clone()]) {
                        word_count += 1;
                        if let Some(t) = term_of(w.text) {
                            terms.push(vocab.intern(&t));
                        }
                    }
                    last_seen.resize(vocab.len(), usize::MAX);
                    for &t in &terms {
                        if last_seen[t as usize] != d {
                            last_seen[t as usize] = d;
                            vocab.doc_freq[t as usize] += 1;
                        }
                    }
                    if kind == SentenceKind::Body {
                        let mut uniq = terms.clone();
                        uniq.sort_unstable();
                        uniq.dedup();
                        for t in uniq {
                            vocab.sentence_freq[t as usize] += 1;
                        }
                    }
                    sentences.push(SentenceInfo { range, kind, paragraph, position, terms, word_count });
                    if kind == SentenceKind::Body {
                        position += 1;
                    }
                }
                paragraph += 1;
            }
            out.push(DocAnalysis { doc, sentences });
        }
        Analysis { docs: out, vocab }
    }

    /// The term of a word token, as the analysis indexes it.
    pub fn term_of(word: &str) -> Option<String> {
        term_of(word)
    }

    /// Inverse document frequency of a term, smoothed: `ln(1 + N / df)`.
    pub fn idf(&self, term: TermId) -> f64 {
        let n = self.docs.len() as f64;
        let df = self.vocab.doc_freq[term as usize].max(1) as f64;
        (1.0 + n / df).ln()
    }

    /// A result reference to sentence `s` of document `d`.
    pub fn sentence_ref(&self, d: usize, s: usize) -> SentenceRef {
        let doc = self.docs[d].doc;
        SentenceRef::new(doc, self.docs[d].sentences[s].range.clone())
    }
}
