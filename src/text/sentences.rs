//! Sentence splitting.
//!
//! Every line is a paragraph: a line break always ends a sentence, so
//! headlines and list items without final punctuation stand alone. Inside a
//! line a sentence ends at `.`, `!`, `?`, an ellipsis or a CJK full stop,
//! together with any closing quotes and brackets that follow, when the next
//! word can start a sentence. The rules that keep a sentence together:
//!
//! - no white space after the mark: "U.S.-based", "$5.6", "e.g.,", "OpenAI.com";
//! - the next word is lower-case ("…?” he asked"), unless the paragraph is
//!   lower-cased or tokenised text (CNN/DailyMail style `( cnn ) -- it was
//!   cold . the`), where a period standing alone as a token ends a sentence
//!   whatever follows and a period glued to a word never does;
//! - the word before is a title ("Dr.", "Mr.", "Sen.", "e.g."), or a number
//!   prefix before a digit ("No. 5");
//! - the word before is another abbreviation ("Inc.", "Calif.", "Jan.",
//!   "U.S.", "a.m.") or an initial ("J. R. R. Tolkien") and the next word is
//!   not a typical sentence opener ("The", "But", "He", …);
//! - the mark is inside a quotation that opened in the middle of the
//!   sentence and closes in the same paragraph (`claimed: “We have no moat.
//!   And neither does OpenAI.”`).
//!
//! The scan is linear: every look-back and look-ahead is bounded.

use std::ops::Range;

/// Splits text into sentences, each a byte range of the original text.
///
/// Ranges are trimmed of white space and control characters, lie on char
/// boundaries, come in text order and never overlap; fragments without any
/// letter, digit or symbol (a lone "* * *") are skipped. See the module
/// documentation for the rules.
///
/// ```
/// use parallax::text::SentenceSplitter;
/// let text = "Dr. Alan Greene spoke. It cost $5.6 million.\nShare this";
/// let s: Vec<&str> = SentenceSplitter::new().split(text).map(|r| &text[r]).collect();
/// assert_eq!(s, ["Dr. Alan Greene spoke.", "It cost $5.6 million.", "Share this"]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct SentenceSplitter {
    _private: (),
}

impl SentenceSplitter {
    /// A splitter for English news text (it copes with other scripts too).
    ///
    /// ```
    /// let splitter = parallax::text::SentenceSplitter::new();
    /// assert_eq!(splitter.split("One. Two.").count(), 2);
    /// ```
    pub fn new() -> Self {
        SentenceSplitter::default()
    }

    /// The sentences of `text` as byte ranges.
    ///
    /// ```
    /// use parallax::text::SentenceSplitter;
    /// let text = "He said: “We have no moat. Nor does OpenAI.” Then he left.";
    /// let s: Vec<&str> = SentenceSplitter::new().split(text).map(|r| &text[r]).collect();
    /// assert_eq!(s, ["He said: “We have no moat. Nor does OpenAI.”", "Then he left."]);
    /// ```
    pub fn split<'t>(&self, text: &'t str) -> Sentences<'t> {
        Sentences {
            text,
            lines: Lines { text, pos: 0 },
            line: 0..0,
            pos: 0,
            mode: Mode::default(),
            quotes: Vec::new(),
            qi: 0,
        }
    }
}

/// Iterator over sentence byte ranges; see [`SentenceSplitter::split`].
///
/// ```
/// let mut s = parallax::text::SentenceSplitter::new().split("Hi. Bye.");
/// assert_eq!(s.next(), Some(0..3));
/// assert_eq!(s.next(), Some(4..8));
/// assert_eq!(s.next(), None);
/// ```
#[derive(Debug, Clone)]
pub struct Sentences<'t> {
    text: &'t str,
    lines: Lines<'t>,
    /// The line being split.
    line: Range<usize>,
    /// Where the next sentence of the line starts.
    pos: usize,
    mode: Mode,
    /// Quotation pairs of the line: (start of opening mark, end of closing mark).
    quotes: Vec<(usize, usize)>,
    qi: usize,
}

/// How a paragraph is written.
#[derive(Debug, Clone, Copy, Default)]
struct Mode {
    /// No upper-case letters at all: the case of the next word tells nothing.
    caseless: bool,
    /// Punctuation stands alone between spaces (" , ", " . "): a lone period
    /// ends a sentence, a glued one is an abbreviation.
    tokenised: bool,
}

/// The lines of a text as byte ranges without their line terminators.
///
/// Line terminators are `\n`, `\r`, vertical tab, form feed, NEL, U+2028
/// and U+2029; "\r\n" yields an empty line between them.
#[derive(Debug, Clone)]
pub(crate) struct Lines<'t> {
    text: &'t str,
    pos: usize,
}

/// The lines of `text`; see [`Lines`].
pub(crate) fn lines(text: &str) -> Lines<'_> {
    Lines { text, pos: 0 }
}

impl Iterator for Lines<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        if self.pos > bytes.len() || (self.pos == bytes.len() && self.pos > 0) {
            return None;
        }
        if bytes.is_empty() {
            self.pos = 1;
            return None;
        }
        let start = self.pos;
        let mut i = start;
        while i < bytes.len() {
            if let Some(x) = swar::load(bytes, i) {
                if !swar::has_high(x) && !swar::has_less(x, 0x0E) {
                    i += 8;
                    continue;
                }
            }
            let (is_break, len) = match bytes[i] {
                b'\n' | b'\r' | 0x0B | 0x0C => (true, 1),
                0xC2 if bytes.get(i + 1) == Some(&0x85) => (true, 2),
                0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => (true, 3),
                _ => (false, 1),
            };
            if is_break {
                self.pos = i + len;
                if self.pos == bytes.len() {
                    self.pos += 1; // no empty line after a final terminator
                }
                return Some(start..i);
            }
            i += 1;
        }
        self.pos = bytes.len() + 1;
        Some(start..bytes.len())
    }
}

impl Iterator for Sentences<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        loop {
            if self.pos >= self.line.end {
                let line = self.lines.next()?;
                self.start_line(line);
                continue;
            }
            let start = skip_blank(self.text, self.pos, self.line.end);
            if start >= self.line.end {
                self.pos = self.line.end;
                continue;
            }
            let end = self.find_end(start);
            self.pos = end.max(start + 1).min(self.line.end);
            let end = trim_blank_end(self.text, start, end);
            if end > start && has_content(&self.text[start..end]) {
                return Some(start..end);
            }
        }
    }
}

/// Longest quotation (bytes) kept inside its sentence; longer ones are
/// probably mis-paired straight quotes.
const MAX_QUOTE: usize = 300;

impl Sentences<'_> {
    fn start_line(&mut self, line: Range<usize>) {
        let s = &self.text[line.clone()];
        self.mode = detect_mode(s);
        self.quotes.clear();
        self.qi = 0;
        pair_quotes(s, line.start, &mut self.quotes);
        self.pos = line.start;
        self.line = line;
    }

    /// The end (exclusive) of the sentence starting at `start` in the current
    /// line; the next sentence starts there too.
    fn find_end(&mut self, start: usize) -> usize {
        let text = self.text;
        let line_end = self.line.end;
        let mode = self.mode;
        while self.qi < self.quotes.len() && self.quotes[self.qi].0 < start {
            self.qi += 1;
        }
        let bytes = text.as_bytes();
        let mut suppress_until = 0usize;
        // Whether a word precedes the current point in the sentence, known
        // up to `word_scan` (computed lazily, only at quotation marks).
        let mut seen_word = false;
        let mut word_scan = start;
        let mut i = start;
        while i < line_end {
            while self.quotes.get(self.qi).is_some_and(|q| q.0 < i) {
                self.qi += 1; // passed without being looked at: no suppression
            }
            let next_open = self.quotes.get(self.qi).map_or(usize::MAX, |q| q.0);
            // Fast path: skip ASCII bytes that cannot end a sentence.
            while i < line_end && i < next_open {
                if i + 8 <= line_end && i + 8 <= next_open {
                    if let Some(x) = swar::load(bytes, i) {
                        if !swar::has_high(x)
                            && !swar::has_byte(x, b'.')
                            && !swar::has_byte(x, b'!')
                            && !swar::has_byte(x, b'?')
                        {
                            i += 8;
                            continue;
                        }
                    }
                }
                let b = bytes[i];
                if matches!(b, b'.' | b'!' | b'?') || b >= 0x80 {
                    break;
                }
                i += 1;
            }
            if i >= line_end {
                break;
            }
            if i == next_open {
                let (open, close) = self.quotes[self.qi];
                self.qi += 1;
                if !seen_word {
                    seen_word = text[word_scan..open].chars().any(char::is_alphanumeric);
                    word_scan = open;
                }
                if seen_word && close - open <= MAX_QUOTE {
                    suppress_until = suppress_until.max(close);
                }
                continue;
            }
            let Some(c) = text[i..line_end].chars().next() else { break };
            let len = c.len_utf8();
            if !is_terminator(c) {
                i += len;
                continue;
            }
            // A run of marks: "?!", "...", "….".
            let mut j = i + len;
            let mut single_period = c == '.';
            while let Some(d) = text[j..line_end].chars().next() {
                if !is_terminator(d) {
                    break;
                }
                single_period = false;
                j += d.len_utf8();
            }
            let ellipsis = c == '…' || (c == '.' && j - i >= 2 && text[i..j].bytes().all(|b| b == b'.'));
            let cjk = is_cjk_terminator(c);
            let k = skip_closers(text, j, line_end, mode.tokenised);
            let next = skip_spaces(text, k, line_end);
            if next >= line_end {
                return line_end;
            }
            if suppress_until > k {
                i = j;
                continue;
            }
            let spaced = next > k;
            let boundary = if cjk {
                true
            } else if !spaced {
                false
            } else {
                let nc = text[next..line_end].chars().next().unwrap_or(' ');
                if ellipsis {
                    !mode.caseless && nc.is_uppercase()
                } else if single_period {
                    self.period_ends(i, next, nc)
                } else {
                    // '!' or '?' (or a mixed run).
                    if mode.caseless {
                        !continues(nc) && !(k > j && speech_follows(text, next, line_end))
                    } else {
                        can_start(nc)
                    }
                }
            };
            if boundary {
                return k;
            }
            i = j;
        }
        line_end
    }

    /// Whether the single period at `dot` ends a sentence, the next sentence
    /// starting with `nc` at `next`.
    fn period_ends(&self, dot: usize, next: usize, nc: char) -> bool {
        let text = self.text;
        let mode = self.mode;
        if continues(nc) {
            return false;
        }
        let starts = mode.caseless || can_start(nc);
        let token = token_before(text, self.line.start, dot);
        if token.is_empty() {
            // A period standing alone: tokenised text, or " ." typed loosely.
            return mode.tokenised || starts;
        }
        if mode.tokenised {
            return false; // the tokeniser split sentence ends off; this is an abbreviation
        }
        if !starts {
            return false;
        }
        let lower = AsciiLower::new(token);
        let Some(word) = lower.as_str() else { return true };
        if word.bytes().all(|b| b.is_ascii_digit()) {
            // "in 2023. The", but "2. Train the model" is a list marker.
            let at_line_start = skip_blank(text, self.line.start, dot) == dot - token.len();
            return !(at_line_start && word.len() <= 3);
        }
        if is_in(NEVER_FINAL, word) {
            return false;
        }
        if is_in(NUMBER_PREFIXES, word) {
            return !nc.is_ascii_digit();
        }
        let single_letter = token.chars().count() == 1 && token.chars().all(|c| c.is_alphabetic());
        let dotted = word.contains('.') && word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.');
        if single_letter && skip_blank(text, self.line.start, dot) == dot - token.len() {
            return false; // "Q. What happened?" — an interview label
        }
        if single_letter || dotted || is_in(ABBREVIATIONS, word) {
            return opener_follows(text, next, self.line.end);
        }
        true
    }
}

/// Sentence-final punctuation.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '؟' | '۔' | '।' | '॥') || is_cjk_terminator(c)
}

/// Full-width stops, which need no space after them.
fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// Characters that continue a sentence after a period: "Inc., ", "U.S.-based".
fn continues(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | ')' | ']' | '}' | '%' | '/' | '.')
}

/// Whether a sentence may start with `c` in cased text.
fn can_start(c: char) -> bool {
    !c.is_lowercase() && !continues(c)
}

/// Skips closing quotes and brackets after a sentence mark. In tokenised
/// text a closing quote token stands after a space: ". ''".
fn skip_closers(text: &str, mut j: usize, end: usize, tokenised: bool) -> usize {
    loop {
        let rest = &text[j..end];
        if rest.starts_with("''") {
            j += 2;
            continue;
        }
        match rest.chars().next() {
            Some(c @ ('"' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）')) => j += c.len_utf8(),
            Some('\'') if !rest[1..].starts_with(|c: char| c.is_alphanumeric()) => j += 1,
            _ => break,
        }
    }
    // French spacing: "fini. »"
    let k = skip_spaces(text, j, end);
    if k > j && text[k..end].starts_with('»') {
        return k + '»'.len_utf8();
    }
    if tokenised {
        let rest = &text[k..end];
        for q in ["''", "\"", "'", ")", "-rrb-"] {
            if rest.starts_with(q) && rest[q.len()..].chars().next().is_none_or(|c| c.is_whitespace()) && k > j {
                return k + q.len();
            }
        }
    }
    j
}

/// Skips spaces and tabs (not line breaks, which end lines anyway).
fn skip_spaces(text: &str, mut i: usize, end: usize) -> usize {
    while let Some(c) = text[i..end].chars().next() {
        if !(c.is_whitespace() || is_invisible(c)) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Characters that are never part of a trimmed sentence at its edges.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c.is_control() || is_invisible(c)
}

/// Zero-width and formatting characters.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{200E}' | '\u{200F}')
}

fn skip_blank(text: &str, mut i: usize, end: usize) -> usize {
    while let Some(c) = text[i..end].chars().next() {
        if !is_blank(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

fn trim_blank_end(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    start + s.trim_end_matches(is_blank).len()
}

/// Whether a fragment has anything worth calling a sentence: a letter, a
/// digit, or a non-ASCII symbol such as an emoji.
fn has_content(s: &str) -> bool {
    s.chars().any(|c| {
        c.is_alphanumeric()
            || (!c.is_ascii()
                && !is_blank(c)
                && !matches!(c, '\u{2000}'..='\u{206F}' | '«' | '»' | '、' | '。' | '「' | '」' | '『' | '』' | '·'))
    })
}

/// The token just before `dot`: back to white space or an opening bracket or
/// quote, without closing brackets. Empty when the period stands alone.
/// Bounded look-back keeps the scan linear.
fn token_before(text: &str, line_start: usize, dot: usize) -> &str {
    const MAX: usize = 24;
    let mut s = dot;
    let mut steps = 0;
    while s > line_start && steps < MAX {
        let Some(c) = text[line_start..s].chars().next_back() else { break };
        if c.is_whitespace() || matches!(c, '(' | '[' | '{' | '"' | '“' | '‘' | '`' | '«' | '—' | '–' | '/') {
            break;
        }
        s -= c.len_utf8();
        steps += 1;
    }
    if steps >= MAX {
        return "x-long-token"; // too long to be an abbreviation: an ordinary word
    }
    text[s..dot].trim_start_matches(['\'', '’']).trim_end_matches([')', ']', '"', '\'', '’', '”'])
}

/// Whether the word at `at` is a typical sentence opener ("The", "But",
/// "He"), which ends a sentence after an ambiguous abbreviation ("in the
/// U.S. The").
fn opener_follows(text: &str, at: usize, end: usize) -> bool {
    let rest = &text[at..end];
    let rest = rest.trim_start_matches(['"', '“', '‘', '\'', '(', '`']);
    let word_end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let word = &rest[..word_end];
    if word.is_empty() || word.len() > 12 {
        return false;
    }
    let lower = AsciiLower::new(word);
    lower.as_str().is_some_and(|w| is_in(OPENERS, w))
}

/// In caseless text, `?'' he said`: the quotation goes on with its
/// attribution.
fn speech_follows(text: &str, at: usize, end: usize) -> bool {
    let rest = &text[at..end];
    let word_end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    matches!(
        &rest[..word_end],
        "he" | "she" | "they" | "said" | "says" | "asked" | "asks" | "added" | "adds" | "told" | "wrote" | "writes"
            | "replied" | "explained" | "continued"
    )
}

/// Pairs quotation marks of one line in a single pass: curly double quotes,
/// guillemets, TeX-style ``…'' and straight double quotes (opening when
/// they follow a space or bracket and precede a non-space).
fn pair_quotes(line: &str, offset: usize, out: &mut Vec<(usize, usize)>) {
    let bytes = line.as_bytes();
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(x) = swar::load(bytes, i) {
            if !swar::has_high(x) && !swar::has_byte(x, b'"') && !swar::has_byte(x, b'`') && !swar::has_byte(x, b'\'') {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if !matches!(b, b'"' | b'`' | b'\'' | 0xC2 | 0xE2) {
            i += 1;
            continue;
        }
        let Some(c) = line[i..].chars().next() else { break };
        let len = c.len_utf8();
        let next = line[i + len..].chars().next().unwrap_or(' ');
        match c {
            '“' | '«' | '„' => open = Some(i),
            '`' if next == '`' => {
                open = Some(i);
                i += 2;
                continue;
            }
            '”' | '»' => {
                if let Some(o) = open.take() {
                    out.push((offset + o, offset + i + len));
                }
            }
            '\'' if next == '\'' => {
                if let Some(o) = open.take() {
                    out.push((offset + o, offset + i + 2));
                }
                i += 2;
                continue;
            }
            '"' => {
                let prev = line[..i].chars().next_back().unwrap_or(' ');
                let opening = (prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–' | ':'))
                    && !next.is_whitespace();
                if opening {
                    open = Some(i);
                } else if let Some(o) = open.take() {
                    out.push((offset + o, offset + i + 1));
                }
            }
            _ => {}
        }
        i += len;
    }
}

/// Classifies a paragraph: lower-cased, tokenised, or ordinary prose.
fn detect_mode(line: &str) -> Mode {
    let b = line.as_bytes();
    let mut upper = false;
    let mut lower = false;
    let mut i = 0;
    while i < b.len() {
        let byte = b[i];
        if byte < 0x80 {
            if byte.is_ascii_uppercase() {
                upper = true;
                break;
            }
            lower |= byte.is_ascii_lowercase();
            i += 1;
            continue;
        }
        let Some(c) = line[i..].chars().next() else { break };
        if c.is_uppercase() {
            upper = true;
            break;
        }
        lower |= c.is_lowercase();
        i += c.len_utf8();
    }
    // Punctuation standing alone: " , ", " . ". Tokenised text shows it
    // at once, so only the head of the line is searched (bounded cost).
    let mut head_end = line.len().min(400);
    while !line.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &line[..head_end];
    let comma = head.contains(" , ");
    let period = head.contains(" . ") || b.ends_with(b" .");
    let other = head.contains(" ? ") || head.contains(" ! ") || head.contains(" ; ") || head.contains(" : ");
    let tokenised = (comma && period) || ((comma || period || other) && !upper);
    Mode { caseless: !upper && lower, tokenised }
}

/// Word-at-a-time scanning: eight bytes are tested together for the bytes
/// a scan stops at, so plain ASCII runs cost a few instructions per word.
mod swar {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;

    #[inline]
    pub fn load(bytes: &[u8], i: usize) -> Option<u64> {
        let chunk = bytes.get(i..i + 8)?;
        Some(u64::from_le_bytes(chunk.try_into().ok()?))
    }

    /// Whether any byte is non-ASCII.
    #[inline]
    pub fn has_high(x: u64) -> bool {
        x & HI != 0
    }

    /// Whether any byte equals `b` (exact for ASCII words).
    #[inline]
    pub fn has_byte(x: u64, b: u8) -> bool {
        let y = x ^ (LO * b as u64);
        y.wrapping_sub(LO) & !y & HI != 0
    }

    /// Whether any byte is below `n` (n <= 128; exact for ASCII words).
    #[inline]
    pub fn has_less(x: u64, n: u8) -> bool {
        x.wrapping_sub(LO * n as u64) & !x & HI != 0
    }
}

/// An ASCII word lower-cased on the stack (abbreviations are short ASCII).
struct AsciiLower {
    buf: [u8; 16],
    len: usize,
}

impl AsciiLower {
    fn new(word: &str) -> Self {
        let mut buf = [0u8; 16];
        if word.len() > 16 || !word.is_ascii() {
            return AsciiLower { buf, len: usize::MAX };
        }
        for (d, s) in buf.iter_mut().zip(word.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        AsciiLower { buf, len: word.len() }
    }

    fn as_str(&self) -> Option<&str> {
        if self.len > 16 {
            return None;
        }
        std::str::from_utf8(&self.buf[..self.len]).ok()
    }
}

fn is_in(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Abbreviations that never end a sentence: titles before a name and Latin
/// connectives. Sorted.
const NEVER_FINAL: &[&str] = &[
    "adm", "amb", "approx", "atty", "brig", "ca", "capt", "cf", "cmdr", "col", "cpl", "det", "dr", "drs",
    "e.g", "eg", "fr", "gen", "gov", "hon", "i.e", "ie", "incl", "insp", "lt", "maj", "messrs", "mlle", "mme",
    "mr", "mrs", "ms", "msgr", "pres", "prof", "profs", "pvt", "rep", "reps", "rev", "revd", "sen", "sens",
    "sgt", "supt", "v", "viz", "vs",
];

/// Abbreviations that never end a sentence before a number ("No. 5").
/// Sorted.
const NUMBER_PREFIXES: &[&str] = &[
    "art", "ch", "fig", "figs", "no", "nos", "nr", "op", "p", "pp", "sec", "tel", "vol", "vols",
];

/// Abbreviations that end a sentence only before a typical opener
/// ("Apple Inc. The company"): companies, months, states, streets. Sorted.
const ABBREVIATIONS: &[&str] = &[
    "ala", "apr", "ariz", "ark", "assn", "assoc", "aug", "ave", "blvd", "bros", "calif", "co", "colo", "conn",
    "corp", "cos", "dec", "dept", "esq", "est", "etc", "feb", "fla", "fri", "ft", "ga", "govt", "inc", "intl",
    "jan", "jr", "jul", "jun", "kan", "kans", "ky", "la", "llc", "ltd", "mar", "md", "mich", "minn", "mo",
    "mont", "mt", "natl", "neb", "nev", "nov", "oct", "okla", "pa", "phd", "plc", "rd", "sep", "sept", "sr",
    "st", "tenn", "tex", "thu", "thur", "thurs", "tue", "tues", "univ", "va", "vt", "wis", "wyo",
];

/// Words that typically open a sentence; after an ambiguous abbreviation
/// they mark a boundary. Sorted.
const OPENERS: &[&str] = &[
    "a", "according", "after", "all", "also", "although", "an", "and", "another", "as", "at", "because",
    "before", "both", "but", "by", "despite", "during", "each", "earlier", "even", "every", "few", "for",
    "from", "he", "her", "here", "his", "how", "however", "i", "if", "in", "instead", "it", "its", "last",
    "later", "many", "meanwhile", "more", "most", "my", "no", "not", "now", "of", "on", "once", "one", "only",
    "or", "other", "our", "several", "she", "since", "so", "some", "still", "such", "that", "the", "their",
    "then", "there", "these", "they", "this", "those", "though", "thus", "to", "today", "under", "we", "what",
    "when", "where", "which", "while", "who", "why", "with", "yesterday", "yet", "you", "your",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [NEVER_FINAL, NUMBER_PREFIXES, ABBREVIATIONS, OPENERS] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{:?} before {:?}", w[0], w[1]);
            }
        }
    }

    #[test]
    fn lines_cover_every_terminator() {
        let text = "a\nb\r\nc\u{2028}d\u{85}e\n";
        let got: Vec<&str> = lines(text).map(|r| &text[r]).collect();
        assert_eq!(got, ["a", "b", "", "c", "d", "e"]);
        assert_eq!(lines("").count(), 0);
        assert_eq!(lines("x").count(), 1);
    }
}
