//! One pass of the text pipeline over a set of documents, shared by
//! summarization and comparison so neither tokenizes twice.
//!
//! Cost is linear in the text: every line is classified once, split once,
//! every word folded into one reusable buffer and looked up by `&str` in a
//! cache from surface form to term, so a word is stemmed (and allocated)
//! only the first time its form is seen.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::ops::Range;

use crate::document::{Document, SentenceRef};
use crate::text::utf16_units;
use crate::text::furniture::{classify_lines, dateline_len, is_furniture_sentence};
use crate::text::sentences::lines;
use crate::text::{is_stop_word, stem, strip_possessives, words, LineKind, SentenceSplitter, Word};

/// Index of a term (a stem) in a [`Vocabulary`].
///
/// ```
/// let mut v = parallax::text::Vocabulary::default();
/// let id: parallax::text::TermId = v.intern("chip");
/// assert_eq!(id, 0);
/// ```
pub type TermId = u32;

/// What a sentence is, so furniture and headings stay out of results.
///
/// ```
/// use parallax::{text::{Analysis, SentenceKind}, Document};
/// let docs = [Document::new("a", "Chips Slide\nShares fell.\nShare this article")];
/// let kinds: Vec<SentenceKind> = Analysis::new(&docs).docs[0].sentences.iter().map(|s| s.kind).collect();
/// assert_eq!(kinds, [SentenceKind::Heading, SentenceKind::Body, SentenceKind::Furniture]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceKind {
    /// Running text.
    Body,
    /// A headline or section heading.
    Heading,
    /// Page chrome: sharing, navigation, comment prompts, credits, bylines.
    Furniture,
}

impl From<LineKind> for SentenceKind {
    fn from(k: LineKind) -> Self {
        match k {
            LineKind::Body => SentenceKind::Body,
            LineKind::Heading => SentenceKind::Heading,
            LineKind::Furniture => SentenceKind::Furniture,
        }
    }
}

/// One sentence of an analysed document.
///
/// ```
/// use parallax::{text::Analysis, Document};
/// let docs = [Document::new("a", "LONDON (Reuters) - Shares slid. Bonds rose.")];
/// let a = Analysis::new(&docs);
/// let s = &a.docs[0].sentences[0];
/// assert_eq!(a.docs[0].sentence_text(0), "Shares slid.");
/// assert_eq!(&docs[0].text[s.dateline.clone().unwrap()], "LONDON (Reuters) - ");
/// assert_eq!((s.paragraph, s.position, s.word_count), (0, 0, 2));
/// ```
#[derive(Debug, Clone)]
pub struct SentenceInfo {
    /// Byte range in the document's text (after any dateline).
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
    /// The wire dateline ("PINE RIDGE, S.D. (AP) -- ") cut from the start of
    /// the sentence: `range` begins right after it. Useful as a place name.
    pub dateline: Option<Range<usize>>,
    /// Its word tokens: a range into [`DocAnalysis::words`].
    pub(crate) words: Range<u32>,
}

/// One analysed document.
///
/// ```
/// use parallax::{text::Analysis, Document};
/// let docs = [Document::new("a", "Chips Slide\nShares fell. Bonds rose.")];
/// let a = Analysis::new(&docs);
/// let d = &a.docs[0];
/// assert_eq!(d.headline(), Some(0));
/// assert_eq!(d.body().collect::<Vec<_>>(), [1, 2]);
/// ```
#[derive(Debug, Clone)]
pub struct DocAnalysis<'a> {
    /// The document as given.
    pub doc: &'a Document,
    /// Its sentences, in text order.
    pub sentences: Vec<SentenceInfo>,
    /// The word tokens of all its sentences, in text order.
    pub(crate) words: Vec<WordSpan>,
    /// UTF-16 offset of every [`UTF16_MARK_BYTES`]-th byte of the text, so
    /// that a reference anywhere in a long document costs a short count,
    /// not a count from the start.
    utf16_marks: Vec<u32>,
}

/// Bytes between two UTF-16 marks of a document.
const UTF16_MARK_BYTES: usize = 256;


/// A word token of an analysed document: its byte range in the text and
/// whether it is a term (its place in the sentence's `terms` is the count of
/// term words before it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordSpan {
    start: u32,
    /// End, with [`WordSpan::TERM`] set for a term word.
    end: u32,
}

impl DocAnalysis<'_> {
    /// The UTF-16 offset of byte offset `byte` of the text (clamped to it),
    /// in time bounded by [`UTF16_MARK_BYTES`].
    pub(crate) fn utf16_at(&self, byte: usize) -> usize {
        let bytes = self.doc.text.as_bytes();
        let byte = byte.min(bytes.len());
        let k = byte / UTF16_MARK_BYTES;
        self.utf16_marks.get(k).map_or(0, |&m| m as usize) + utf16_units(&bytes[k * UTF16_MARK_BYTES..byte])
    }

    /// [`SentenceRef::new`] for this document, with UTF-16 offsets from the
    /// marks (linear in the range, not in its position).
    pub(crate) fn reference(&self, range: Range<usize>) -> SentenceRef {
        let text = self.doc.text.as_str();
        let Range { start, end } = crate::document::char_range(text, range);
        let start_utf16 = self.utf16_at(start);
        SentenceRef { doc: self.doc.id.clone(), start, end, start_utf16, end_utf16: start_utf16 + utf16_units(&text.as_bytes()[start..end]), text: text[start..end].to_string() }
    }
}

impl WordSpan {
    const TERM: u32 = 1 << 31;

    /// Byte range in the document's text.
    pub(crate) fn range(self) -> Range<usize> {
        self.start as usize..(self.end & !Self::TERM) as usize
    }

    /// Whether the word makes a term.
    pub(crate) fn is_term(self) -> bool {
        self.end & Self::TERM != 0
    }
}

impl<'a> DocAnalysis<'a> {
    /// The text of sentence `i`.
    ///
    /// ```
    /// use parallax::{text::Analysis, Document};
    /// let docs = [Document::new("a", "One. Two.")];
    /// assert_eq!(Analysis::new(&docs).docs[0].sentence_text(1), "Two.");
    /// ```
    pub fn sentence_text(&self, i: usize) -> &'a str {
        &self.doc.text[self.sentences[i].range.clone()]
    }

    /// The word tokens of sentence `i`, as [`words`] gives them over
    /// [`sentence_text`](Self::sentence_text) (offsets from the sentence's
    /// start), from the analysis instead of tokenising again.
    pub(crate) fn sentence_words(&self, i: usize) -> impl Iterator<Item = Word<'a>> + '_ {
        let s = &self.sentences[i];
        let doc: &'a Document = self.doc;
        let text = doc.text.as_str();
        let base = s.range.start;
        self.words[s.words.start as usize..s.words.end as usize].iter().map(move |w| {
            let r = w.range();
            Word { start: r.start - base, end: r.end - base, text: &text[r] }
        })
    }

    /// Indices of the body sentences.
    ///
    /// ```
    /// use parallax::{text::Analysis, Document};
    /// let docs = [Document::new("a", "Title Here\nOne. Two.\nRead next")];
    /// assert_eq!(Analysis::new(&docs).docs[0].body().collect::<Vec<_>>(), [1, 2]);
    /// ```
    pub fn body(&self) -> impl Iterator<Item = usize> + '_ {
        self.sentences.iter().enumerate().filter(|(_, s)| s.kind == SentenceKind::Body).map(|(i, _)| i)
    }

    /// Indices of the sentences worth scanning for figures and names: the
    /// body sentences and the heading-like lines (headlines, section
    /// headings, bullet points, highlights, captions: lines without final
    /// punctuation that are kept out of summaries but still state facts).
    /// Furniture ("Share this article") is left out.
    ///
    /// ```
    /// use parallax::{text::Analysis, Document};
    /// let docs = [Document::new("a", "Shares Slide 3%\n- Nvidia lost $590 billion\nShares fell. Bonds rose.\nShare this article")];
    /// let d = &Analysis::new(&docs).docs[0];
    /// assert_eq!(d.body().collect::<Vec<_>>(), [2, 3]);
    /// assert_eq!(d.scannable().collect::<Vec<_>>(), [0, 1, 2, 3]);
    /// ```
    pub fn scannable(&self) -> impl Iterator<Item = usize> + '_ {
        self.sentences.iter().enumerate().filter(|(_, s)| s.kind != SentenceKind::Furniture).map(|(i, _)| i)
    }

    /// Number of body sentences.
    ///
    /// ```
    /// use parallax::{text::Analysis, Document};
    /// let docs = [Document::new("a", "One. Two.\nShare this article")];
    /// assert_eq!(Analysis::new(&docs).docs[0].body_len(), 2);
    /// ```
    pub fn body_len(&self) -> usize {
        self.body().count()
    }

    /// The index of the document's headline: its first line, when that line
    /// is a heading. Section headings further down are not headlines.
    ///
    /// ```
    /// use parallax::{text::Analysis, Document};
    /// let docs = [
    ///     Document::new("a", "DeepSeek Rattles Markets\nShares fell."),
    ///     Document::new("b", "Shares fell.\nWhat Comes Next\nNobody knows."),
    /// ];
    /// let a = Analysis::new(&docs);
    /// assert_eq!(a.docs[0].headline(), Some(0));
    /// assert_eq!(a.docs[0].sentence_text(0), "DeepSeek Rattles Markets");
    /// assert_eq!(a.docs[1].headline(), None);
    /// ```
    pub fn headline(&self) -> Option<usize> {
        let first = self.sentences.first()?;
        (first.paragraph == 0 && first.kind == SentenceKind::Heading).then_some(0)
    }
}

/// Terms of a set of documents with their frequencies.
///
/// ```
/// use parallax::text::Vocabulary;
/// let mut v = Vocabulary::default();
/// let id = v.intern("market");
/// assert_eq!(v.intern("market"), id);
/// assert_eq!(v.get("market"), Some(id));
/// assert_eq!(v.term(id), "market");
/// assert_eq!((v.len(), v.is_empty()), (1, false));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// All terms end to end; `spans` cuts them out (one allocation, not one
    /// per term).
    text: String,
    spans: Vec<(u32, u32)>,
    short: HashMap<ShortKey, TermId, FastHash>,
    long: HashMap<Box<str>, TermId, FastHash>,
    /// For each term, in how many documents it occurs.
    pub doc_freq: Vec<u32>,
    /// For each term, in how many body sentences it occurs.
    pub sentence_freq: Vec<u32>,
}

impl Vocabulary {
    /// The id of `term`, adding it if new.
    ///
    /// ```
    /// let mut v = parallax::text::Vocabulary::default();
    /// assert_eq!((v.intern("a"), v.intern("b"), v.intern("a")), (0, 1, 0));
    /// ```
    pub fn intern(&mut self, term: &str) -> TermId {
        if let Some(id) = self.get(term) {
            return id;
        }
        let id = self.spans.len() as TermId;
        let start = self.text.len();
        self.text.push_str(term);
        self.spans.push((start as u32, self.text.len() as u32));
        match ShortKey::new(term) {
            Some(k) => self.short.insert(k, id),
            None => self.long.insert(term.into(), id),
        };
        self.doc_freq.push(0);
        self.sentence_freq.push(0);
        id
    }

    /// The id of `term`, if it occurs.
    ///
    /// ```
    /// let v = parallax::text::Vocabulary::default();
    /// assert_eq!(v.get("absent"), None);
    /// ```
    pub fn get(&self, term: &str) -> Option<TermId> {
        match ShortKey::new(term) {
            Some(k) => self.short.get(&k).copied(),
            None => self.long.get(term).copied(),
        }
    }

    /// The stem behind an id.
    ///
    /// ```
    /// let mut v = parallax::text::Vocabulary::default();
    /// let id = v.intern("chip");
    /// assert_eq!(v.term(id), "chip");
    /// ```
    pub fn term(&self, id: TermId) -> &str {
        let (a, b) = self.spans[id as usize];
        &self.text[a as usize..b as usize]
    }

    /// Number of distinct terms.
    ///
    /// ```
    /// assert_eq!(parallax::text::Vocabulary::default().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are no terms.
    ///
    /// ```
    /// assert!(parallax::text::Vocabulary::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// A small, fast, deterministic hasher for short keys (FxHash-style). The
/// maps it backs are only looked up, never iterated into results.
#[derive(Debug, Clone, Copy, Default)]
struct FastHash;

struct FastHasher(u64);

impl BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0)
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        let mut tail = 0u64;
        for (i, &b) in chunks.remainder().iter().enumerate() {
            tail |= (b as u64) << (8 * i);
        }
        self.0 = (self.0.rotate_left(5) ^ tail ^ (bytes.len() as u64) << 56).wrapping_mul(K);
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits (the bucket index) poorly mixed:
        // finish with the MurmurHash3 avalanche.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// Appends the lower-cased `word` to `out` (ASCII fast path).
fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        for c in word.chars() {
            out.push(crate::text::lower_char(c));
        }
    }
}

/// The index term of an already case-folded word, or `None` for stop words
/// and one-letter tokens.
fn term_of_folded(folded: &str) -> Option<String> {
    let folded = strip_possessives(folded);
    let mut chars = folded.chars();
    if chars.next().is_none() || chars.next().is_none() || is_stop_word(folded) {
        return None;
    }
    Some(stem(folded).into_owned())
}

/// Marks "no term" in the surface-form cache.
const NO_TERM: TermId = TermId::MAX;

/// A folded word of up to 15 bytes, stored inline (zero-padded, length in
/// the last byte) so a cache probe compares two machine words instead of
/// chasing a pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ShortKey([u64; 2]);

impl ShortKey {
    /// The key of an ASCII word, lower-cased on the fly, without a buffer.
    #[inline]
    fn folded_ascii(word: &[u8]) -> Option<ShortKey> {
        if word.len() > 15 || !word.is_ascii() {
            return None;
        }
        let (mut lo, mut hi) = (0u64, (word.len() as u64) << 56);
        for (i, &b) in word.iter().enumerate() {
            let b = b.to_ascii_lowercase() as u64;
            if i < 8 {
                lo |= b << (8 * i);
            } else {
                hi |= b << (8 * (i - 8));
            }
        }
        Some(ShortKey([lo, hi]))
    }

    fn new(s: &str) -> Option<ShortKey> {
        if s.len() > 15 {
            return None;
        }
        let mut b = [0u8; 16];
        b[..s.len()].copy_from_slice(s.as_bytes());
        b[15] = s.len() as u8;
        let lo = u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
        let hi = u64::from_le_bytes([b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]]);
        Some(ShortKey([lo, hi]))
    }
}

impl std::hash::Hash for ShortKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.0[0]);
        state.write_u64(self.0[1]);
    }
}

impl ShortKey {
    /// A slot in the hot cache.
    fn slot(&self) -> usize {
        let mut h = FastHash.build_hasher();
        h.write_u64(self.0[0]);
        h.write_u64(self.0[1]);
        (h.finish() as usize) & (HOT_SLOTS - 1)
    }
}

/// Size of the direct-mapped cache in front of the full map (a power of
/// two). Word frequencies are Zipfian: a few thousand forms make most of
/// the tokens, and their slots stay in the CPU cache where a large hash
/// table would not.
const HOT_SLOTS: usize = 4096;

/// Turns word tokens into term ids, stemming each surface form once.
struct Terms {
    hot: Vec<(ShortKey, TermId)>,
    short: HashMap<ShortKey, TermId, FastHash>,
    long: HashMap<Box<str>, TermId, FastHash>,
    buf: String,
}

impl Default for Terms {
    fn default() -> Self {
        // The empty key never occurs (words are not empty): it marks a free slot.
        Terms {
            hot: vec![(ShortKey([0, 0]), NO_TERM); HOT_SLOTS],
            short: HashMap::default(),
            long: HashMap::default(),
            buf: String::new(),
        }
    }
}

impl Terms {
    fn term(&mut self, word: &str, vocab: &mut Vocabulary) -> Option<TermId> {
        if let Some(k) = ShortKey::folded_ascii(word.as_bytes()) {
            let slot = k.slot();
            if self.hot[slot].0 == k {
                let id = self.hot[slot].1;
                return (id != NO_TERM).then_some(id);
            }
        }
        self.buf.clear();
        fold_into(word, &mut self.buf);
        let key = ShortKey::new(&self.buf);
        if let Some(k) = key {
            let slot = k.slot();
            if self.hot[slot].0 == k {
                let id = self.hot[slot].1;
                return (id != NO_TERM).then_some(id);
            }
            if let Some(&id) = self.short.get(&k) {
                self.hot[slot] = (k, id);
                return (id != NO_TERM).then_some(id);
            }
        } else if let Some(&id) = self.long.get(self.buf.as_str()) {
            return (id != NO_TERM).then_some(id);
        }
        let id = term_of_folded(&self.buf).map(|t| vocab.intern(&t));
        let v = id.unwrap_or(NO_TERM);
        match key {
            Some(k) => self.short.insert(k, v),
            None => self.long.insert(self.buf.as_str().into(), v),
        };
        id
    }
}

/// A set of documents run through the text pipeline.
///
/// ```
/// use parallax::{text::Analysis, Document};
/// let docs = [Document::new("a", "Share this article\nDeepSeek released R1. Markets fell.")];
/// let a = Analysis::new(&docs);
/// assert_eq!(a.docs[0].body_len(), 2);
/// let market = a.vocab.get("market").unwrap();
/// assert_eq!(a.vocab.doc_freq[market as usize], 1);
/// ```
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    /// One entry per input document, in input order.
    pub docs: Vec<DocAnalysis<'a>>,
    /// All terms of all documents.
    pub vocab: Vocabulary,
}

/// Datelines are looked for in the first sentence of this many body
/// paragraphs of each document.
const DATELINE_PARAGRAPHS: usize = 2;

impl<'a> Analysis<'a> {
    /// Analyses `docs`. Never fails; validation is the caller's.
    ///
    /// ```
    /// use parallax::{text::Analysis, Document};
    /// let a = Analysis::new(&[]);
    /// assert!(a.docs.is_empty() && a.vocab.is_empty());
    /// ```
    pub fn new(docs: &'a [Document]) -> Self {
        let splitter = SentenceSplitter::new();
        let mut vocab = Vocabulary::default();
        let mut terms_of = Terms::default();
        // About one new word form per 120 bytes of news text: size the maps
        // once instead of rehashing as they grow.
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        terms_of.short.reserve((bytes / 120).min(1 << 20));
        vocab.short.reserve((bytes / 200).min(1 << 20));
        let mut out = Vec::with_capacity(docs.len());
        let mut doc_stamp: Vec<u32> = Vec::new();
        let mut sentence_stamp: Vec<u32> = Vec::new();
        let mut sentence_serial: u32 = 0;
        for (d, doc) in docs.iter().enumerate() {
            let text = doc.text.as_str();
            let kinds = classify_lines(text);
            let mut sentences = Vec::new();
            let mut word_spans: Vec<WordSpan> = Vec::with_capacity(text.len() / 5);
            // Offsets are stored in 31 bits: a larger text keeps no word spans.
            let spans_fit = text.len() < WordSpan::TERM as usize;
            let mut position = 0;
            let mut paragraph = 0;
            let mut body_paragraphs = 0;
            for (li, line) in lines(text).enumerate() {
                if text[line.clone()].trim().is_empty() {
                    continue;
                }
                let kind = SentenceKind::from(kinds.get(li).copied().unwrap_or(LineKind::Body));
                let mut first_in_line = true;
                for r in splitter.split(&text[line.clone()]) {
                    let mut range = line.start + r.start..line.start + r.end;
                    let mut dateline = None;
                    if first_in_line && kind == SentenceKind::Body && body_paragraphs < DATELINE_PARAGRAPHS {
                        let n = dateline_len(&text[range.clone()]);
                        if n > 0 {
                            dateline = Some(range.start..range.start + n);
                            range.start += n;
                        }
                    }
                    first_in_line = false;
                    let mut kind = kind;
                    if kind == SentenceKind::Body && range.len() < 200 && is_furniture_sentence(&text[range.clone()]) {
                        kind = SentenceKind::Furniture;
                    }
                    let mut terms = Vec::new();
                    let mut word_count = 0;
                    let first_word = word_spans.len() as u32;
                    for w in words(&text[range.clone()]) {
                        word_count += 1;
                        let term = terms_of.term(w.text, &mut vocab);
                        if spans_fit {
                            let flag = if term.is_some() { WordSpan::TERM } else { 0 };
                            word_spans.push(WordSpan {
                                start: (range.start + w.start) as u32,
                                end: (range.start + w.end) as u32 | flag,
                            });
                        }
                        if let Some(t) = term {
                            terms.push(t);
                        }
                    }
                    let words = first_word..word_spans.len() as u32;
                    doc_stamp.resize(vocab.len(), u32::MAX);
                    sentence_stamp.resize(vocab.len(), u32::MAX);
                    for &t in &terms {
                        let t = t as usize;
                        if doc_stamp[t] != d as u32 {
                            doc_stamp[t] = d as u32;
                            vocab.doc_freq[t] += 1;
                        }
                        if kind == SentenceKind::Body && sentence_stamp[t] != sentence_serial {
                            sentence_stamp[t] = sentence_serial;
                            vocab.sentence_freq[t] += 1;
                        }
                    }
                    sentence_serial = sentence_serial.wrapping_add(1);
                    sentences.push(SentenceInfo { range, kind, paragraph, position, terms, word_count, dateline, words });
                    if kind == SentenceKind::Body {
                        position += 1;
                    }
                }
                if kind == SentenceKind::Body {
                    body_paragraphs += 1;
                }
                paragraph += 1;
            }
            let mut utf16_marks = Vec::with_capacity(doc.text.len() / UTF16_MARK_BYTES + 1);
            let mut units = 0usize;
            for chunk in doc.text.as_bytes().chunks(UTF16_MARK_BYTES) {
                utf16_marks.push(units as u32);
                units += utf16_units(chunk);
            }
            out.push(DocAnalysis { doc, sentences, words: word_spans, utf16_marks });
        }
        Analysis { docs: out, vocab }
    }

    /// The term of a word token, as the analysis indexes it: case-folded,
    /// possessive dropped, stemmed; `None` for stop words and one-letter
    /// tokens.
    ///
    /// ```
    /// assert_eq!(parallax::text::Analysis::term_of("Markets").as_deref(), Some("market"));
    /// assert_eq!(parallax::text::Analysis::term_of("DeepSeek’s").as_deref(), Some("deepseek"));
    /// assert_eq!(parallax::text::Analysis::term_of("the"), None);
    /// ```
    pub fn term_of(word: &str) -> Option<String> {
        let mut buf = String::with_capacity(word.len());
        fold_into(word, &mut buf);
        term_of_folded(&buf)
    }

    /// Inverse document frequency of a term, smoothed: `ln(1 + N / df)`.
    ///
    /// ```
    /// use parallax::{text::Analysis, Document};
    /// let docs = [Document::new("a", "Chips sold."), Document::new("b", "Chips and memory.")];
    /// let a = Analysis::new(&docs);
    /// let chip = a.vocab.get("chip").unwrap();
    /// assert!((a.idf(chip) - 2f64.ln()).abs() < 1e-12);
    /// ```
    pub fn idf(&self, term: TermId) -> f64 {
        let n = self.docs.len() as f64;
        let df = self.vocab.doc_freq[term as usize].max(1) as f64;
        (1.0 + n / df).ln()
    }

    /// A result reference to sentence `s` of document `d`.
    ///
    /// ```
    /// use parallax::{text::Analysis, Document};
    /// let docs = [Document::new("a", "One. Two.")];
    /// let r = Analysis::new(&docs).sentence_ref(0, 1);
    /// assert_eq!((r.start, r.end, r.text.as_str()), (5, 9, "Two."));
    /// ```
    pub fn sentence_ref(&self, d: usize, s: usize) -> SentenceRef {
        self.docs[d].reference(self.docs[d].sentences[s].range.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_from_marks_agree_with_a_count_from_the_start() {
        let text = "Ünï 😀 code — “quoted” ".repeat(40) + "end.";
        let docs = [Document::new("a", text.clone())];
        let a = Analysis::new(&docs);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let expected = crate::text::utf16_offset(&text, byte);
            assert_eq!(a.docs[0].utf16_at(byte), expected, "given byte {byte}\nexpected: {expected}");
        }
        let r = a.docs[0].reference(300..700);
        assert_eq!(r, SentenceRef::new(&docs[0], 300..700));
    }

    #[test]
    fn frequencies_count_documents_and_body_sentences() {
        let docs = [
            Document::new("a", "Chip Wars\nChips sold. Chips and chips.\nRead next"),
            Document::new("b", "Memory chips fell."),
        ];
        let a = Analysis::new(&docs);
        let chip = a.vocab.get("chip").unwrap() as usize;
        assert_eq!(a.vocab.doc_freq[chip], 2);
        assert_eq!(a.vocab.sentence_freq[chip], 3, "the heading does not count as a body sentence");
        assert_eq!(a.docs[0].sentences[2].terms.len(), 2);
    }

    #[test]
    fn tokenised_article_with_dateline_and_furniture_sentence() {
        let docs = [Document::new("a", "( cnn ) -- the storm hit the coast . scroll down for video . roads were closed .")];
        let a = Analysis::new(&docs);
        let d = &a.docs[0];
        let got: Vec<(SentenceKind, &str)> = (0..d.sentences.len()).map(|i| (d.sentences[i].kind, d.sentence_text(i))).collect();
        assert_eq!(
            got,
            [
                (SentenceKind::Body, "the storm hit the coast ."),
                (SentenceKind::Furniture, "scroll down for video ."),
                (SentenceKind::Body, "roads were closed ."),
            ]
        );
        assert_eq!(d.sentences[0].dateline, Some(0..11));
        assert_eq!((d.sentences[0].position, d.sentences[2].position), (0, 1));
    }

    #[test]
    fn cached_terms_match_uncached() {
        let text = "Markets market MARKETS marketing DeepSeek’s deepseek's the The a I Ünïcode ÜNÏCODE 5.6";
        let docs = [Document::new("a", text)];
        let a = Analysis::new(&docs);
        let got: Vec<&str> = a.docs[0].sentences[0].terms.iter().map(|&t| a.vocab.term(t)).collect();
        let expected: Vec<String> = words(text).filter_map(|w| Analysis::term_of(w.text)).collect();
        assert_eq!(got, expected);
    }
}

/// Runs of equal ids in a sorted slice of terms, as `(term, count)`; see
/// [`term_counts`].
#[derive(Debug, Clone)]
pub struct TermCounts<'a> {
    rest: &'a [TermId],
}

/// The distinct terms of a **sorted** slice with how often each occurs:
/// the term frequencies behind every weighted vector in the engine.
///
/// ```
/// let counts: Vec<(u32, usize)> = parallax::text::term_counts(&[2, 2, 5, 9, 9, 9]).collect();
/// assert_eq!(counts, [(2, 2), (5, 1), (9, 3)]);
/// ```
pub fn term_counts(sorted: &[TermId]) -> TermCounts<'_> {
    TermCounts { rest: sorted }
}

impl Iterator for TermCounts<'_> {
    type Item = (TermId, usize);

    fn next(&mut self) -> Option<(TermId, usize)> {
        let &first = self.rest.first()?;
        let count = self.rest.iter().take_while(|&&t| t == first).count();
        self.rest = &self.rest[count..];
        Some((first, count))
    }
}
