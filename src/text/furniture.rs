//! Page furniture and headline recognition.

/// What a line of a scraped article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Running text of the article.
    Body,
    /// A headline or section heading: short, no final punctuation.
    Heading,
    /// Navigation, sharing, comment prompts and other page chrome.
    Furniture,
}

const FURNITURE: &[&str] = &[
    "share this article", "shareable url", "prev post", "next post", "previous post",
    "leave a reply", "read next", "read more", "related posts", "related articles",
    "share on facebook", "share on twitter", "sign up for", "subscribe", "advertisement",
    "click here", "comments", "leave a comment", "print this page", "email this",
];

/// Classifies one line (a paragraph) of an article.
///
/// ```
/// use parallax::text::{classify_line, LineKind};
/// assert_eq!(classify_line("Share this article"), LineKind::Furniture);
/// assert_eq!(classify_line("Lessons from the Huawei Saga"), LineKind::Heading);
/// assert_eq!(classify_line("Markets fell on Monday."), LineKind::Body);
/// ```
pub fn classify_line(line: &str) -> LineKind {
    let t = line.trim();
    let lower = t.to_lowercase();
    let bare = lower.trim_end_matches([':', '.', '!']);
    if FURNITURE.contains(&bare)
        || lower.starts_with("your email address will not be published")
        || lower.starts_with("required fields are marked")
    {
        return LineKind::Furniture;
    }
    let words = crate::text::words(t).count();
    let ends = t.ends_with(['.', '!', '?', '"', '”', '’', ':', ';']);
    if !ends && words <= 20 {
        return LineKind::Heading;
    }
    LineKind::Body
}
