//! Turns fuzzer bytes into documents and options, shared by both targets.
//!
//! Layout: the first byte picks the options; the rest is split on 0xFF
//! into documents (at most 16), each made valid UTF-8 the way a browser
//! or the CLI would (U+FFFD for bad sequences). Ids are "d0", "d1", ...;
//! an empty chunk becomes an empty document, which must be refused
//! cleanly, never panic.

use parallax::{Document, SummaryOptions};

pub fn documents(data: &[u8]) -> Vec<Document> {
    data.split(|&b| b == 0xFF)
        .take(16)
        .enumerate()
        .map(|(i, chunk)| Document::new(format!("d{i}"), String::from_utf8_lossy(chunk).into_owned()))
        .collect()
}

#[allow(dead_code)] // only the summarize target uses it
pub fn summary_options(selector: u8, docs: &[Document]) -> SummaryOptions {
    let mut o = SummaryOptions::default();
    match selector % 5 {
        0 => {}
        1 => o.sentences = Some(1 + (selector as usize >> 3) % 8),
        2 => o.words = Some(1 + (selector as usize >> 3) * 8),
        3 => o.ratio = Some(((selector >> 3) as f64 + 1.0) / 32.0),
        _ => o.query = docs.first().map(|d| d.text.chars().take(24).collect()),
    }
    if selector & 0x80 != 0 && docs.len() > 1 {
        o.document = Some(docs[docs.len() - 1].id.clone());
    }
    o
}
