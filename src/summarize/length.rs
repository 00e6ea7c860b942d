//! Turning the requested [`Length`] into a budget the selection respects.

use super::options::{Length, DEFAULT_SENTENCES, DEFAULT_WORDS};
use super::result::Mode;

/// What the selection may spend: sentences and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Budget {
    /// At most this many sentences.
    pub sentences: usize,
    /// At most this many words (a lone over-long sentence excepted).
    pub words: usize,
}

impl Budget {
    /// The budget for `length` in `mode`, over `candidates` candidate
    /// sentences. `Length::Sentences(0)` is the mode's default.
    pub fn new(length: Length, mode: Mode, candidates: usize) -> Budget {
        match length {
            Length::Sentences(0) => match mode {
                Mode::Single => Budget { sentences: DEFAULT_SENTENCES, words: usize::MAX },
                Mode::Multi => Budget { sentences: usize::MAX, words: DEFAULT_WORDS },
            },
            Length::Sentences(n) => Budget { sentences: n, words: usize::MAX },
            Length::Words(w) => Budget { sentences: usize::MAX, words: w },
            Length::Ratio(r) => {
                let n = (candidates as f64 * r).ceil();
                let n = if n.is_finite() && n >= 1.0 { n as usize } else { 1 };
                Budget { sentences: n, words: usize::MAX }
            }
        }
    }

    /// Whether the budget is in words (so sentence length is a cost).
    pub fn by_words(&self) -> bool {
        self.words != usize::MAX
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_ratio() {
        assert_eq!(Budget::new(Length::Sentences(0), Mode::Single, 10), Budget { sentences: 3, words: usize::MAX });
        assert_eq!(Budget::new(Length::Sentences(0), Mode::Multi, 10), Budget { sentences: usize::MAX, words: 250 });
        assert_eq!(Budget::new(Length::Ratio(0.25), Mode::Single, 10).sentences, 3);
        assert_eq!(Budget::new(Length::Ratio(0.01), Mode::Single, 10).sentences, 1);
        assert_eq!(Budget::new(Length::Ratio(1.0), Mode::Single, 0).sentences, 1);
    }
}
