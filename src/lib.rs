//! # Parallax
//!
//! Parallax summarizes a set of news articles about one story and compares
//! them: where the sources agree, where their figures disagree, what each
//! one adds and who said what. The engine is pure Rust with no I/O, so the
//! same code runs in the `parallax` command-line tool and, compiled to
//! WebAssembly, in a reader's browser.
//!
//! ## A first summary
//!
//! ```
//! use parallax::{summarize, Document, SummaryOptions};
//!
//! let docs = vec![
//!     Document::new("a", "DeepSeek released R1 in January. It cost $5.6 million to train."),
//!     Document::new("b", "The R1 model from DeepSeek cost about $6 million. Nvidia shares fell."),
//! ];
//! let summary = summarize(&docs, &SummaryOptions { sentences: Some(2), ..Default::default() })?;
//! for s in &summary.sentences {
//!     // Every sentence says where it comes from.
//!     assert_eq!(&docs.iter().find(|d| d.id == s.sentence.doc).unwrap().text[s.sentence.start..s.sentence.end], s.sentence.text);
//! }
//! # Ok::<(), parallax::Error>(())
//! ```
//!
//! ## Comparing
//!
//! [`compare`] returns a [`Comparison`]; see `docs/api.md` for the JSON shape
//! shared by the CLI and the JavaScript API.
//!
//! ## The parts
//!
//! - [`text`]: sentence splitting, words, stemming, stop words, furniture.
//! - [`summarize`](mod@summarize): single- and multi-document summaries.
//! - [`compare`](mod@compare): similarity, shared and unique facts, figures,
//!   entities, quotes, distinctive vocabulary.
//! - [`corpus`]: the bundled DeepSeek R1 articles.
//!
//! Nothing here panics on any input: errors come back as [`Error`].

#![warn(missing_docs)]

pub mod claims;
pub mod compare;
pub mod corpus;
pub mod document;
mod error;
mod order;
pub mod summarize;
pub mod text;

/// The WebAssembly API (wasm32 only): `corpus`, `summarize`, `compare`.
#[cfg(target_arch = "wasm32")]
pub mod bindings;

pub use compare::{compare, CompareOptions, Comparison};
pub use document::{Document, SentenceRef, MAX_INPUT_BYTES};
pub use error::{Error, Result};
pub use summarize::{summarize, Length, Summary, SummaryOptions};
