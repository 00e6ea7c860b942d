//! The embedded English stop-word list.
//!
//! Function words, auxiliaries, pronouns and their contractions, plus
//! "said"/"says" (in news every paragraph has one). Written out for this
//! crate in the spirit of the classic information-retrieval lists; sorted so
//! lookup is a binary search with no allocation.

/// Function words that carry no topic, sorted for binary search.
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "across", "after", "afterwards", "again", "against", "ago", "all",
    "almost", "alone", "along", "already", "also", "although", "always", "am", "among", "amongst",
    "an", "and", "another", "any", "anybody", "anyhow", "anyone", "anything", "anyway", "anywhere",
    "are", "aren't", "around", "as", "at", "back", "be", "became", "because", "become", "becomes",
    "becoming", "been", "before", "beforehand", "behind", "being", "below", "beside", "besides",
    "between", "beyond", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did",
    "didn't", "do", "does", "doesn't", "doing", "don't", "done", "down", "during", "each", "either",
    "else", "elsewhere", "enough", "etc", "even", "ever", "every", "everybody", "everyone",
    "everything", "everywhere", "except", "few", "for", "former", "formerly", "from", "further",
    "furthermore", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd",
    "he'll", "he's", "hence", "her", "here", "here's", "hereafter", "hereby", "herein", "hers",
    "herself", "him", "himself", "his", "how", "how's", "however", "i", "i'd", "i'll", "i'm",
    "i've", "ie", "if", "in", "indeed", "instead", "into", "is", "isn't", "it", "it's", "its",
    "itself", "just", "last", "latter", "latterly", "least", "less", "let", "let's", "many", "may",
    "maybe", "me", "meanwhile", "might", "mine", "more", "moreover", "most", "mostly", "much",
    "must", "mustn't", "my", "myself", "namely", "neither", "never", "nevertheless", "next", "no",
    "nobody", "none", "noone", "nor", "not", "nothing", "now", "nowhere", "of", "off", "often",
    "on", "once", "one", "ones", "only", "onto", "or", "other", "others", "otherwise", "ought",
    "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "please", "quite", "rather",
    "really", "said", "same", "says", "several", "shall", "shan't", "she", "she'd", "she'll",
    "she's", "should", "shouldn't", "since", "so", "some", "somebody", "somehow", "someone",
    "something", "sometime", "sometimes", "somewhat", "somewhere", "still", "such", "than", "that",
    "that's", "the", "their", "theirs", "them", "themselves", "then", "thence", "there", "there's",
    "thereafter", "thereby", "therefore", "therein", "thereupon", "these", "they", "they'd",
    "they'll", "they're", "they've", "this", "those", "though", "through", "throughout", "thru",
    "thus", "to", "together", "too", "toward", "towards", "under", "unless", "until", "up", "upon",
    "us", "very", "via", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were",
    "weren't", "what", "what's", "whatever", "when", "when's", "whence", "whenever", "where",
    "where's", "whereafter", "whereas", "whereby", "wherein", "whereupon", "wherever", "whether",
    "which", "while", "whither", "who", "who's", "whoever", "whole", "whom", "whose", "why",
    "why's", "will", "with", "within", "without", "won't", "would", "wouldn't", "yet", "you",
    "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
];

/// `BUCKETS[b]..BUCKETS[b + 1]`: the entries of [`STOP_WORDS`] whose first
/// byte is `b` (the list is sorted, so they are contiguous).
const BUCKETS: [u16; 257] = {
    let mut b = [0u16; 257];
    let mut i = 0;
    while i < STOP_WORDS.len() {
        b[STOP_WORDS[i].as_bytes()[0] as usize + 1] += 1;
        i += 1;
    }
    let mut k = 1;
    while k < 257 {
        b[k] += b[k - 1];
        k += 1;
    }
    b
};

/// `LENGTHS[b]`: bit `n` is set when some entry starting with byte `b` is
/// `n` bytes long (every entry is at most 16 bytes), so most words are
/// ruled out without a string comparison.
const LENGTHS: [u32; 256] = {
    let mut m = [0u32; 256];
    let mut i = 0;
    while i < STOP_WORDS.len() {
        let w = STOP_WORDS[i].as_bytes();
        m[w[0] as usize] |= 1 << w.len();
        i += 1;
    }
    m
};

/// Binary search among the entries that share the word's first byte.
#[inline]
fn in_list(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else { return false };
    if word.len() > 16 || LENGTHS[first as usize] & (1 << word.len()) == 0 {
        return false;
    }
    let (a, b) = (BUCKETS[first as usize] as usize, BUCKETS[first as usize + 1] as usize);
    STOP_WORDS.get(a..b).is_some_and(|bucket| bucket.binary_search(&word).is_ok())
}

/// Whether a lower-cased word is an English stop word. A typographic
/// apostrophe counts as a straight one ("don’t" is "don't").
///
/// ```
/// use parallax::text::is_stop_word;
/// assert!(is_stop_word("the"));
/// assert!(is_stop_word("don’t"));
/// assert!(is_stop_word("however"));
/// assert!(!is_stop_word("deepseek"));
/// assert!(!is_stop_word("The"), "the list is lower-case; fold first");
/// ```
pub fn is_stop_word(word: &str) -> bool {
    if word.len() > 16 {
        return false; // longer than any entry
    }
    // U+2019 is the only non-ASCII character an entry can match, and its
    // UTF-8 form starts with 0xE2.
    if word.bytes().any(|b| b == 0xE2) && word.contains('\u{2019}') {
        let mut buf = [0u8; 16];
        let mut n = 0;
        for c in word.chars() {
            let c = if c == '\u{2019}' { '\'' } else { c };
            if !c.is_ascii() || n >= buf.len() {
                return false;
            }
            buf[n] = c as u8;
            n += 1;
        }
        return std::str::from_utf8(&buf[..n]).is_ok_and(in_list);
    }
    in_list(word)
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_is_sorted_for_binary_search() {
        for w in super::STOP_WORDS.windows(2) {
            assert!(w[0] < w[1], "{:?} before {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn list_is_lower_case_ascii_and_short() {
        for w in super::STOP_WORDS {
            assert!(w.len() <= 16 && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'\''), "{w:?}");
        }
        assert!((170..=320).contains(&super::STOP_WORDS.len()));
    }

    #[test]
    fn bucketed_lookup_agrees_with_a_plain_search() {
        for w in super::STOP_WORDS {
            assert!(super::is_stop_word(w), "given {w:?}: expected a stop word, got none");
        }
        for w in ["", "'", "zz", "aa", "theirs'", "deepseek", "\u{e9}t\u{e9}", "yourselvesx", "a'"] {
            let expected = super::STOP_WORDS.binary_search(&w).is_ok();
            assert_eq!(super::is_stop_word(w), expected, "given {w:?}");
        }
    }
}
