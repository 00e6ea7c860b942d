//! Page furniture, headings and datelines.
//!
//! Scraped articles carry the page around them: share buttons, links to the
//! previous and next post (whose titles look like headings but belong to
//! other articles), comment prompts, newsletter boxes, photo credits,
//! bylines, agency markup. None of it may reach a summary. A line is
//! classified on its own by [`classify_line`]; [`classify_lines`] adds what
//! only context shows (the title after "Next Post", headings stranded in the
//! furniture at the end of a page). [`dateline_len`] finds the wire dateline
//! ("PINE RIDGE, S.D. (AP) --") that opens a first sentence.

use crate::text::sentences::{lines, SentenceSplitter};
use crate::text::words;
use crate::text::Lowercase;

/// What a line of a scraped article is.
///
/// ```
/// use parallax::text::{classify_line, LineKind};
/// assert_eq!(classify_line("Read next"), LineKind::Furniture);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Running text of the article.
    Body,
    /// A headline or section heading: short, no final punctuation, or a
    /// short title-case question.
    Heading,
    /// Navigation, sharing, comment prompts, credits, bylines and other page
    /// chrome.
    Furniture,
}

/// Lines that are furniture when they are the whole line (lower-cased,
/// trailing punctuation and arrows removed). Sorted.
const FURNITURE_LINES: &[&str] = &[
    "0 comments", "advertisement", "advertisements", "advertising", "back to top", "begin optional trim",
    "cancel reply", "click here", "comment", "comments", "continue reading", "continue reading below", "copy link",
    "email", "email this", "end optional trim", "endit", "facebook", "filed under", "follow us", "home",
    "join the conversation", "leave a comment", "leave a reply", "linkedin", "listen", "listen to this article",
    "loading", "log in", "login", "menu", "more", "more stories", "most popular", "most read", "moved",
    "newsletter", "next", "next article", "next post", "next story", "nn", "on the net", "on the web",
    "optional add follows", "optional material follows", "pin it", "popular", "post a comment", "prev",
    "prev post", "previous", "previous article", "previous post", "previous story", "print", "print this page",
    "read also", "read more", "read next", "recommended", "recommended for you", "register", "related",
    "related articles", "related content", "related posts", "related stories", "scroll down for more",
    "scroll down for video", "scroll down for videos", "search", "see also", "see below for video", "share",
    "share on facebook", "share on linkedin", "share on twitter", "share on whatsapp", "share on x", "share this",
    "share this article", "share this post", "share this story", "shareable url", "show comments", "sign in",
    "sign up", "skip advertisement", "sponsored", "sponsored content", "story continues below advertisement",
    "subscribe", "subscribe now", "tags", "top", "trending", "tweet", "twitter", "view comments", "visit site",
    "watch the video", "watch video", "whatsapp", "with photos", "you may also like", "you might also like",
];

/// Prefixes of furniture lines (lower-cased). Only short lines qualify.
const FURNITURE_PREFIXES: &[&str] = &[
    "also read:", "click here", "copyright", "credit:", "editing by", "filed under", "follow us on", "get our ",
    "get the latest", "illustration:", "image:", "image credit", "images:", "join our newsletter", "last updated",
    "more from ", "photo:", "photo by", "photo credit", "photograph:", "photograph by", "photos:", "picture:",
    "read also:", "read more:", "related:", "reporting by", "required fields are marked",
    "scroll down for", "see also:", "share on ", "sign up for", "sign up to", "subscribe to", "tags:", "watch:",
    "written by", "your email address will not be published", "©",
];

/// Phrases that make a short line a credit or trailer wherever they stand.
const CREDIT_PHRASES: &[&str] = &[
    "/afp", "/ap", "/getty", "/reuters", "afp photo", "afp via getty", "all rights reserved", "ap photo",
    "contributed to this report", "getty images", "photo credit", "shutterstock",
];

/// Labels after which the next line is another article's title: furniture.
const NAVIGATION_LABELS: &[&str] = &[
    "more stories", "next", "next article", "next post", "next story", "prev", "prev post", "previous",
    "previous article", "previous post", "previous story", "read also", "read more", "read next", "recommended",
    "related", "related articles", "related posts", "related stories", "see also", "you may also like",
    "you might also like",
];

/// Classifies one line (a paragraph) of an article on its own.
///
/// Furniture: the navigation, sharing and comment lines of web pages,
/// subscribe prompts, photo credits, bylines ("By Jane Doe"), time stamps
/// ("Updated 3:45 PM"), wire-service markup, lines without words. Heading:
/// up to 20 words without final punctuation, or a title-case question of
/// up to 10 words ("How Is It Possible?"). Everything else is body.
///
/// ```
/// use parallax::text::{classify_line, LineKind};
/// assert_eq!(classify_line("Share this article"), LineKind::Furniture);
/// assert_eq!(classify_line("By Jane Doe"), LineKind::Furniture);
/// assert_eq!(classify_line("Photo: DeepSeek/Reuters"), LineKind::Furniture);
/// assert_eq!(classify_line("Lessons from the Huawei Saga"), LineKind::Heading);
/// assert_eq!(classify_line("How Is It Possible?"), LineKind::Heading);
/// assert_eq!(classify_line("Markets fell on Monday."), LineKind::Body);
/// ```
pub fn classify_line(line: &str) -> LineKind {
    let t = line.trim();
    // Past 30 words a line is running text whatever it says; counting
    // stops there so long paragraphs cost one short scan.
    let n_words = words(t).take(31).count();
    if n_words > 30 {
        return LineKind::Body;
    }
    if n_words == 0 || is_furniture(t, n_words) {
        return LineKind::Furniture;
    }
    if is_heading(t, n_words) {
        return LineKind::Heading;
    }
    LineKind::Body
}

/// Classifies every line of one document, using context: the line after a
/// "Prev Post" / "Next Post" / "Read next" label is another article's title,
/// and headings after the last body line that follow furniture belong to
/// the page, not the article. Returns one kind per line, lines cut as the
/// sentence splitter cuts them (at `\n`, `\r`, form feed, U+2028, …);
/// blank lines get [`LineKind::Furniture`].
///
/// ```
/// use parallax::text::{classify_lines, LineKind::*};
/// let page = "Chips Slide\nShares fell. Buyers fled.\nNext Post\nAnother Story Entirely";
/// assert_eq!(classify_lines(page), [Heading, Body, Furniture, Furniture]);
/// ```
pub fn classify_lines(text: &str) -> Vec<LineKind> {
    let mut kinds = Vec::new();
    let mut after_label = false;
    for r in lines(text) {
        let line = &text[r];
        if line.trim().is_empty() {
            kinds.push(LineKind::Furniture);
            continue;
        }
        let mut kind = classify_line(line);
        if after_label && (kind != LineKind::Body || words(line).take(26).count() <= 25) {
            kind = LineKind::Furniture;
        }
        after_label = is_navigation_label(line);
        kinds.push(kind);
    }
    // Headings after the last body line head nothing of this article: they
    // are the titles of linked articles or other page chrome.
    if let Some(last_body) = kinds.iter().rposition(|&k| k == LineKind::Body) {
        for k in kinds.iter_mut().skip(last_body + 1) {
            *k = LineKind::Furniture;
        }
    }
    kinds
}

/// Whether a line is a label announcing links to other articles.
fn is_navigation_label(line: &str) -> bool {
    if line.len() > 40 {
        return false; // longer than any label
    }
    let lower = line.trim().to_lower();
    let bare = bare(&lower);
    NAVIGATION_LABELS.binary_search(&bare).is_ok()
}

/// A lower-cased line without trailing punctuation, arrows and symbols.
fn bare(lower: &str) -> &str {
    lower
        .trim_end_matches(|c: char| {
            matches!(c, ':' | '.' | '!' | '»' | '›' | '→' | '>' | '…' | '|' | '*' | '-' | '–' | '—') || c.is_whitespace()
        })
        .trim_start_matches(|c: char| matches!(c, '«' | '‹' | '←' | '<' | '|' | '*') || c.is_whitespace())
}

fn is_furniture(t: &str, n_words: usize) -> bool {
    let lower = t.to_lower();
    let bare = bare(&lower);
    if FURNITURE_LINES.binary_search(&bare).is_ok() {
        return true;
    }
    if n_words <= 30 && FURNITURE_PREFIXES.iter().any(|p| bare.starts_with(p)) {
        return true;
    }
    if n_words <= 25 && CREDIT_PHRASES.iter().any(|p| bare.contains(p)) {
        return true;
    }
    // "12 comments", "Comments (3)"
    if n_words <= 3 && (bare.ends_with(" comments") || bare.starts_with("comments")) {
        return true;
    }
    // A short line wholly in brackets: "(Getty Images)", "(END OPTIONAL TRIM)".
    if n_words <= 12
        && ((t.starts_with('(') && t.ends_with(')')) || (t.starts_with('[') && t.ends_with(']')))
        && !t.ends_with(".)")
    {
        return true;
    }
    // Wire-service markup only: "&QL; &UR;".
    if t.contains('&') && strip_entities(t).chars().all(|c| !c.is_alphanumeric()) {
        return true;
    }
    is_byline(t, &lower, n_words) || is_timestamp(&lower, n_words)
}

/// Removes SGML entities like `&QL;`.
fn strip_entities(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        match after.find(';') {
            Some(q) if q <= 8 && after[..q].chars().all(|c| c.is_ascii_alphanumeric()) => rest = &after[q + 1..],
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// "By Jane Doe", "By JANE DOE, Associated Press Writer", "By Jane Doe and
/// John Roe | Reuters".
fn is_byline(t: &str, lower: &str, n_words: usize) -> bool {
    if !(lower.starts_with("by ") && n_words <= 12) || t.ends_with(['.', '?', '!']) && n_words > 6 {
        return false;
    }
    // Every word is capitalised or a connective.
    words(t).skip(1).all(|w| {
        w.text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || matches!(w.text, "and" | "of" | "the" | "in" | "for" | "at" | "de" | "van" | "von")
    })
}

/// "Updated 3:45 PM", "January 28, 2025", "Mon 27 Jan 2025 10.00 GMT".
fn is_timestamp(lower: &str, n_words: usize) -> bool {
    if n_words > 10 {
        return false;
    }
    const DATE_WORDS: &[&str] = &[
        "am", "april", "at", "august", "bst", "cet", "december", "edt", "est", "et", "february", "friday", "gmt", "hours",
        "jan", "january", "july", "june", "march", "may", "minutes", "monday", "november", "october", "on", "pm",
        "posted", "pst", "published", "saturday", "september", "sunday", "thursday", "tuesday", "updated", "utc",
        "wednesday",
    ];
    let mut has_digit = false;
    let mut date_word = false;
    for w in words(lower) {
        let t = w.text;
        let starts_digit = t.bytes().next().is_some_and(|b| b.is_ascii_digit());
        if t.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
            has_digit = true;
        } else if starts_digit && ["st", "nd", "rd", "th"].iter().any(|s| t.ends_with(s)) {
            has_digit = true; // "28th"
        } else if DATE_WORDS.binary_search(&t).is_ok()
            || (t.len() == 3 && DATE_WORDS.iter().any(|d| d.len() > 3 && d.starts_with(t)))
        {
            date_word = true;
        } else if t != "ago" {
            return false;
        }
    }
    has_digit && date_word
}

fn is_heading(t: &str, n_words: usize) -> bool {
    let core = t.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    let last = core.chars().next_back().unwrap_or(' ');
    let ends = matches!(last, '.' | '!' | '?' | ':' | ';' | '…' | ',' | '。' | '！' | '？');
    if !ends {
        if n_words > 20 {
            return false;
        }
        // A line that already holds two sentences is running text.
        return SentenceSplitter::new().split(t).nth(1).is_none();
    }
    if last == '?' && n_words <= 10 && core == t {
        return is_title_case(t); // "How Is It Possible?"
    }
    if last == '.' && n_words <= 12 && core == t {
        // "The Path Forward for the U.S.": the period belongs to an
        // abbreviation, not to a sentence.
        let before = &t[..t.len() - 1];
        let last_token = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let abbreviation = last_token.len() >= 2
            && last_token.contains('.')
            && last_token.chars().all(|c| c.is_alphabetic() || c == '.');
        return abbreviation && is_title_case(t);
    }
    false
}

/// Title case: every word of four letters or more is capitalised, and at
/// least two words are.
fn is_title_case(t: &str) -> bool {
    let mut capital = 0;
    for w in words(t) {
        if w.text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
            capital += 1;
        } else if w.text.chars().count() > 3 {
            return false;
        }
    }
    capital >= 2
}

/// Whether a sentence inside a body paragraph is page furniture on its own:
/// "scroll down for video .", "Copyright © 2015 Rolling Stone.", "Click
/// here to subscribe.", a bare list number ("3 ."). Only short sentences
/// qualify.
///
/// ```
/// use parallax::text::is_furniture_sentence;
/// assert!(is_furniture_sentence("scroll down for video ."));
/// assert!(is_furniture_sentence("Copyright © 2015 Rolling Stone."));
/// assert!(is_furniture_sentence("3 ."));
/// assert!(!is_furniture_sentence("Shares fell 3 percent."));
/// ```
pub fn is_furniture_sentence(sentence: &str) -> bool {
    let t = sentence.trim();
    let n_words = words(t).take(13).count();
    if n_words > 12 {
        return false;
    }
    if words(t).all(|w| !w.text.chars().any(char::is_alphabetic)) {
        return true; // no letters at all: list numbers, scores
    }
    let t = t.trim_end_matches(|c: char| matches!(c, '\'' | '"' | '’' | '”') || c.is_whitespace());
    is_furniture(t, n_words) && !is_byline(t, &t.to_lower(), n_words)
}

/// Agencies whose credit "(AP)" closes a dateline. Lower-case, sorted.
const AGENCIES: &[&str] = &[
    "afp", "ani", "ap", "bloomberg", "cnn", "dpa", "efe", "ians", "kyodo", "nyt", "pti", "reuters", "tass", "upi",
    "xinhua", "yonhap",
];

/// The length in bytes of a wire dateline that opens `sentence`, including
/// the dash and spaces after it, or 0 when there is none.
///
/// Recognised: "PINE RIDGE, S.D. (AP) -- ", "BEIJING, March 5 (Xinhua) -- ",
/// "LONDON (Reuters) - ", "PHOENIX _ ", "NEAH BAY, Wash. _ ", and the
/// lower-cased "( cnn ) -- " / "seoul , south korea ( cnn ) ". What stays is
/// never empty: a sentence that is nothing but a dateline has none.
///
/// ```
/// use parallax::text::dateline_len;
/// let s = "PINE RIDGE, S.D. (AP) -- President Clinton turned to the poor.";
/// assert_eq!(&s[dateline_len(s)..], "President Clinton turned to the poor.");
/// let s = "( cnn ) -- the storm hit the coast .";
/// assert_eq!(&s[dateline_len(s)..], "the storm hit the coast .");
/// assert_eq!(dateline_len("The storm hit (AP) hard."), 0);
/// ```
pub fn dateline_len(sentence: &str) -> usize {
    // Wire markup before or after the dateline ("&LR; LOS ANGELES _ &QL;")
    // goes with it.
    let lead = skip_markup(sentence, 0);
    let head_end = sentence[lead..].char_indices().nth(90).map_or(sentence.len(), |(i, _)| lead + i);
    let head = &sentence[lead..head_end];
    let caseless = !head.chars().any(|c| c.is_uppercase());
    let end = match agency_dateline(head, caseless).or_else(|| place_dateline(head)) {
        Some(end) => skip_markup(sentence, lead + end),
        None => lead,
    };
    if words(&sentence[end..]).next().is_none() {
        return 0;
    }
    end
}

/// Skips SGML entities (`&QL;`) and white space from `i`.
fn skip_markup(s: &str, mut i: usize) -> usize {
    loop {
        let rest = &s[i..];
        let trimmed = rest.trim_start();
        i += rest.len() - trimmed.len();
        let Some(after) = trimmed.strip_prefix('&') else { return i };
        match after.find(';') {
            Some(q) if (1..=8).contains(&q) && after[..q].bytes().all(|b| b.is_ascii_alphabetic()) => i += q + 2,
            _ => return i,
        }
    }
}

/// "PLACE, Region (AGENCY) -- ": the end of the dateline, if any.
fn agency_dateline(head: &str, caseless: bool) -> Option<usize> {
    let mut search = 0;
    while let Some(p) = head[search..].find('(').map(|p| p + search) {
        let close = head[p..].find(')').map(|q| p + q)?;
        let inner = head[p + 1..close].trim().to_lower();
        search = close + 1;
        if AGENCIES.binary_search(&inner.as_str()).is_err() {
            continue;
        }
        let before = &head[..p];
        // Before the credit: a place and date, all capitalised (or any words
        // in lower-cased text), at most 6 words.
        let n = words(before).count();
        let place_like = if caseless {
            inner == "cnn" && n <= 5 && !before.contains(['.', '!', '?'])
        } else {
            n <= 6
                && words(before).all(|w| w.text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
        };
        if !place_like {
            return None;
        }
        return Some(skip_separator(head, close + 1));
    }
    None
}

/// "PHOENIX _ ", "NEAH BAY, Wash. _ ", "WASHINGTON -- ": an upper-case
/// place and a separator.
fn place_dateline(head: &str) -> Option<usize> {
    let mut first = words(head);
    let w0 = first.next()?;
    if w0.start > 0 || w0.text.chars().count() < 2 || w0.text.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    for sep in [" _ ", " -- ", " — ", " – ", " - "] {
        if let Some(p) = head.find(sep) {
            let before = &head[..p];
            let n = words(before).count();
            let ok = n <= 7
                && words(before)
                    .all(|w| w.text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
            let end = skip_separator(head, p);
            // The body after a dateline opens with a capital: "NATO - the
            // alliance" is no dateline.
            let opens = head[end..].chars().next().is_some_and(|c| !c.is_lowercase());
            if ok && opens {
                return Some(end);
            }
            return None;
        }
    }
    None
}

/// Skips white space and one dash-like separator after a dateline.
fn skip_separator(head: &str, mut i: usize) -> usize {
    let skip_ws = |i: usize| i + (head[i..].len() - head[i..].trim_start().len());
    i = skip_ws(i);
    for sep in ["--", "—", "–", "-", "_", ":"] {
        if head[i..].starts_with(sep) {
            i = skip_ws(i + sep.len());
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [FURNITURE_LINES, NAVIGATION_LABELS, AGENCIES] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{:?} before {:?}", w[0], w[1]);
            }
        }
    }

    #[test]
    fn lines_one_by_one() {
        use LineKind::*;
        let cases = [
            ("Share this article", Furniture),
            ("Shareable URL", Furniture),
            ("Prev Post", Furniture),
            ("Next Post »", Furniture),
            ("Leave a Reply", Furniture),
            ("Your email address will not be published. Required fields are marked *", Furniture),
            ("Read next", Furniture),
            ("Subscribe to our newsletter for the latest news.", Furniture),
            ("Sign up for The Daily Brief", Furniture),
            ("Photo: DeepSeek's app on a phone. Image: Reuters", Furniture),
            ("(Getty Images)", Furniture),
            ("Liang Wenfeng at a summit in 2024. (AP Photo/Ng Han Guan)", Furniture),
            ("Image: Andy Wong/Reuters", Furniture),
            ("Advertisement", Furniture),
            ("By Jane Doe", Furniture),
            ("By JANE DOE, Associated Press Writer", Furniture),
            ("Updated 3:45 PM", Furniture),
            ("January 28, 2025", Furniture),
            ("12 Comments", Furniture),
            ("&QL; &UR;", Furniture),
            ("(END OPTIONAL TRIM)", Furniture),
            ("* * *", Furniture),
            ("Associated Press writer Jo Lee contributed to this report.", Furniture),
            ("The New Cold War of Cloud Capital", Heading),
            ("How Is It Possible?", Heading),
            ("The Path Forward for the U.S.", Heading),
            ("He moved to the U.S.", Body),
            ("DeepSeek’s Breakthrough: Performance at Minimal Cost", Heading),
            ("Why did the market fall so sharply on Monday?", Body),
            ("By the end of the day, shares had fallen 17 percent.", Body),
            ("Markets fell. Investors fled", Body),
            ("Shares fell on Monday as investors fled.", Body),
            ("Updated guidance from the company surprised analysts who had expected a cut.", Body),
        ];
        for (line, expected) in cases {
            assert_eq!(classify_line(line), expected, "given {line:?}");
        }
    }

    #[test]
    fn datelines() {
        let cases = [
            ("PINE RIDGE, S.D. (AP) -- President Clinton spoke.", "President Clinton spoke."),
            ("BEIJING, March 5 (Xinhua) -- China said so.", "China said so."),
            ("LONDON (Reuters) - Shares in chipmakers slid.", "Shares in chipmakers slid."),
            ("PHOENIX _ Victoria waits.", "Victoria waits."),
            ("NEAH BAY, Wash. _ The tribe voted.", "The tribe voted."),
            ("WASHINGTON -- The Senate voted.", "The Senate voted."),
            ("( cnn ) -- the storm hit .", "the storm hit ."),
            ("( cnn ) the storm hit .", "the storm hit ."),
            ("seoul , south korea ( cnn ) the storm hit .", "the storm hit ."),
            ("The storm hit (AP) hard.", "The storm hit (AP) hard."),
            ("I - and only I - decide.", "I - and only I - decide."),
            ("NATO - the alliance - met.", "NATO - the alliance - met."),
            ("(AP)", "(AP)"),
            ("&LR; LOS ANGELES _ Fans queued.", "Fans queued."),
            ("&QL; &UR; SALINAS, Calif. _ &LR; Tom farms.", "Tom farms."),
            ("&QL; Markets fell.", "Markets fell."),
            ("&QL;", "&QL;"),
            ("Hello (Reuters", "Hello (Reuters"),
        ];
        for (given, expected) in cases {
            assert_eq!(&given[dateline_len(given)..], expected, "given {given:?}");
        }
    }
}
