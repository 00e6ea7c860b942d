//! The bundled corpus: five articles on the January 2025 DeepSeek R1
//! release, compiled in from `corpus/deepseek-r1/` so every build carries it.

use crate::document::Document;

/// One article of the bundled corpus.
#[derive(Debug, Clone, Copy)]
pub struct BundledArticle {
    /// Stable id (the file name without extension).
    pub id: &'static str,
    /// The article's own headline, or a neutral label drawn from its content.
    pub title: &'static str,
    /// Whether `title` is the article's own headline (not a label).
    pub title_is_headline: bool,
    /// File name under `corpus/deepseek-r1/`.
    pub file: &'static str,
    /// The text, byte for byte as received.
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/bundled_corpus.rs"));

/// The bundled articles as documents, ready for [`crate::summarize`] and
/// [`crate::compare`].
///
/// ```
/// let docs = parallax::corpus::bundled();
/// assert_eq!(docs.len(), 5);
/// assert!(docs.iter().all(|d| d.title.is_some()));
/// ```
pub fn bundled() -> Vec<Document> {
    BUNDLED
        .iter()
        .map(|a| Document::new(a.id, a.text).with_title(a.title))
        .collect()
}
