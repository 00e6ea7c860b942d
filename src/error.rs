//! The one error type of the crate.

use std::fmt;

/// Why a request could not be answered.
///
/// Every public entry point returns this instead of panicking, so the wasm
/// layer can turn it into a JavaScript `Error` with the same message.
///
/// ```
/// use parallax::{summarize, Document, Error, SummaryOptions};
/// let err = summarize(&[], &SummaryOptions::default()).unwrap_err();
/// assert_eq!(err, Error::NoDocuments);
/// assert_eq!(err.to_string(), "no documents were given");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The request named no documents at all.
    NoDocuments,
    /// A document has no words (empty, whitespace or punctuation only).
    EmptyDocument {
        /// The document's id.
        id: String,
    },
    /// Two documents share an id, so results could not say which is which.
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A document has an empty id.
    MissingId {
        /// Position of the document in the input, from 0.
        index: usize,
    },
    /// The input is larger than the engine accepts in one call.
    TooLarge {
        /// Total bytes given.
        bytes: usize,
        /// The limit, in bytes.
        limit: usize,
    },
    /// An option is out of range or contradicts another one.
    InvalidOptions(String),
    /// A document's metadata field does not hold what it should (a date that
    /// is not ISO 8601, a URL that is not a web address, an overlong label).
    InvalidMetadata {
        /// The document's id.
        id: String,
        /// The field: `title`, `source`, `author`, `date` or `url`.
        field: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// An option names a document id that is not in the input.
    UnknownDocument {
        /// The id that was asked for.
        id: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoDocuments => f.write_str("no documents were given"),
            Error::EmptyDocument { id } => write!(f, "document {id:?} has no words"),
            Error::DuplicateId { id } => write!(f, "two documents have the id {id:?}"),
            Error::MissingId { index } => write!(f, "document {index} has an empty id"),
            Error::TooLarge { bytes, limit } => write!(
                f,
                "input is {:.1} MB; the limit is {:.0} MB",
                *bytes as f64 / 1e6,
                *limit as f64 / 1e6
            ),
            Error::InvalidOptions(why) => write!(f, "invalid options: {why}"),
            Error::InvalidMetadata { id, field, reason } => write!(f, "document {id:?}: {field} {reason}"),
            Error::UnknownDocument { id } => write!(f, "no document has the id {id:?}"),
        }
    }
}

impl std::error::Error for Error {}

/// Shorthand for results of this crate.
pub type Result<T> = std::result::Result<T, Error>;
