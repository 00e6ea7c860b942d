//! The name mentions of a text, before merging: a hand scanner over the
//! scannable sentences (body text and heading-like lines).
//!
//! Mixed-case text: runs of capitalised words (joined by "of", "for",
//! "and" inside an organisation's name), dotted initials and hyphenated
//! names kept whole, possessives stripped. A title at the head of a run
//! ("Prime Minister", "CEO") is cut off and kept as the role; a demonym at
//! its head ("Chinese startup", "South Korean President") is a mention of
//! its own, a group. An acronym in brackets right after a name ("Center for
//! Strategic and International Studies (CSIS)") is linked to it.
//!
//! Shouted text (all-caps headlines, datelines, title-case headings) says
//! nothing by its capitals, so it is matched against names the mixed-case
//! text made known and the gazetteer instead, after the first pass.

use std::collections::BTreeMap;

use crate::order::StrMap;

use super::cues::{is_currency_code, listed, CueKey, ABBREVIATIONS, is_title_word, CONNECTORS, HEAD_TITLES, MONTHS_DAYS, NOT_NAMES, ORGANISATION_WORDS, PLACE_PREPOSITIONS, POLITICAL_GROUPS, STARTERS};
use super::gazetteer::{is_group, is_place, lookup_key};
use super::kinds::Hints;
use crate::text::{is_stop_word, words, Analysis, SentenceKind, Word};
use crate::text::Lowercase;

/// A mention found in the text, before merging.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Index of the document.
    pub doc: usize,
    /// Index of its sentence in the document's analysis.
    pub sentence: usize,
    /// Byte range of the name in the document text.
    pub start: usize,
    /// End of that range (exclusive).
    pub end: usize,
    /// The name as written, possessive and title stripped ("Liang
    /// Wenfeng"); shouted words in title case ("CHICAGO" → "Chicago").
    pub name: String,
    /// The title written before it ("Prime Minister").
    pub role: Option<String>,
    /// What the words around it said.
    pub hints: Hints,
    /// For an acronym in brackets after a name: that name.
    pub expands: Option<String>,
    /// A demonym split off a longer name: always a group.
    pub group: bool,
}

/// A word of a sentence for name finding: dotted initials ("U.S.") and
/// hyphenated names ("High-Flyer") are one word. Borrowed: a joined word is
/// still one stretch of the text.
struct NameWord<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

fn has_inner_capital(w: &str) -> bool {
    w.chars().skip(1).any(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("’s").or_else(|| s.strip_suffix("'s")).or_else(|| s.strip_suffix('’')).unwrap_or(s)
}

/// The name words of `text` from its word tokens `ws` ([`words`] of it).
fn name_words<'t>(text: &'t str, ws: impl Iterator<Item = Word<'t>>) -> Vec<NameWord<'t>> {
    let mut out: Vec<NameWord> = Vec::new();
    for w in ws {
        if let Some(last) = out.last_mut() {
            let gap = &text[last.end..w.start];
            let single_upper = |s: &str| s.chars().count() == 1 && s.chars().all(|c| c.is_uppercase());
            let last_core = last.text.trim_end_matches('.');
            let dotted = gap == "." && single_upper(w.text) && last_core.split('.').all(single_upper);
            // "High-Flyer", "Mixture-of-Experts": one name.
            let hyphen = gap == "-" && is_capitalised(last.text);
            if dotted || hyphen {
                last.end = w.end;
                if dotted && text[w.end..].starts_with('.') {
                    last.end += 1;
                }
                last.text = &text[last.start..last.end];
                continue;
            }
        }
        // "J. Ratcliffe", "St. Petersburg", "Dr. Smith": an initial or a
        // short abbreviation keeps its dot and joins the capitalised word
        // after it.
        let mut end = w.end;
        let initial = w.text.chars().count() == 1 && w.text.chars().all(char::is_uppercase);
        let abbreviation = || w.text.len() <= 4 && listed(&ABBREVIATIONS, &w.text.to_ascii_lowercase());
        if text[w.end..].starts_with(". ") && text[w.end + 2..].starts_with(char::is_uppercase) && is_capitalised(w.text) && (initial || abbreviation()) {
            end += 1;
        }
        out.push(NameWord { start: w.start, end, text: &text[w.start..end] });
    }
    out
}

/// One word of a run: byte range in the document, text, its lower case,
/// whether it opens its sentence.
#[derive(Debug, Clone)]
struct RunWord<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    key: CueKey,
    initial: bool,
}

/// A run of capitalised words and what came right before it.
struct Run<'t> {
    doc: usize,
    sentence: usize,
    words: Vec<RunWord<'t>>,
    /// The lower-case word right before the run, when only a space parts them.
    before: Option<&'t str>,
    /// The run is a short capitals abbreviation after "<known place>, "
    /// ("Washington, DC", "Austin, TX"): a state or district, so a place.
    region: bool,
    /// It heads a table row (a name, then figures only): its first word is
    /// no sentence opener.
    row: bool,
}

/// Which sentences are scanned for names: body text and heading-like lines,
/// the rule of [`DocAnalysis::scannable`](crate::text::DocAnalysis::scannable)
/// (table rows, which it leaves out as furniture, are added below).
fn scannable(kind: SentenceKind) -> bool {
    kind != SentenceKind::Furniture
}

/// Whether a line is a table row or a ranked list entry: names and
/// figures, with at most one lower-case word ("Stoke 4 3 1 0 7 4 10", "1.
/// Michelle Freeman (Jamaica) 12.71 seconds"). The page classifier calls
/// such lines furniture; the names in them are still content.
fn is_table_row(text: &str) -> bool {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let (mut figures, mut capitals, mut lower) = (0, 0, 0);
    for w in words(text) {
        if lower > 1 {
            return false;
        }
        if w.text.starts_with(|c: char| c.is_ascii_digit()) {
            figures += 1;
        } else if is_capitalised(w.text) {
            capitals += 1;
        } else if !listed(&CONNECTORS, w.text) {
            lower += 1;
        }
    }
    figures >= 1 && capitals >= 1 && lower <= 1
}

/// Whether a text is shouted: almost all its letters are capitals.
fn is_shouted(text: &str) -> bool {
    let (mut letters, mut upper) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
        // Most sentences give themselves away within a few words.
        if letters - upper > 8 && (letters - upper) * 5 > letters {
            return false;
        }
    }
    letters >= 4 && upper * 10 >= letters * 8 && text.split_whitespace().count() >= 2
}

/// Whether a heading is in title case ("DeepSeek Rattles Wall Street"):
/// every word but stop words capitalised, so its capitals say nothing
/// about names.
fn is_title_case(text: &str) -> bool {
    let content: Vec<&str> = words(text).map(|w| w.text).filter(|w| w.chars().next().is_some_and(char::is_alphabetic) && !is_stop_word(&w.to_lower())).collect();
    !content.is_empty() && content.iter().all(|w| is_capitalised(w))
}

/// The raw name mentions of every scannable sentence, by document and
/// position.
pub(crate) fn mentions(analysis: &Analysis) -> Vec<Mention> {
    // Words seen capitalised away from a sentence start are known names, so
    // a sentence-initial "Nvidia" counts while "However" does not.
    // (A set as the crate's one string-keyed B-tree type; values unused.)
    let mut known: BTreeMap<String, usize> = BTreeMap::new();
    let mut runs: Vec<Run> = Vec::new();
    // (doc, sentence, byte range, is a dateline) of shouted text.
    let mut shouted: Vec<(usize, usize, std::ops::Range<usize>, bool)> = Vec::new();
    for (d, da) in analysis.docs.iter().enumerate() {
        for (si, s) in da.sentences.iter().enumerate() {
            let Some(text) = da.doc.text.get(s.range.clone()) else { continue };
            if !scannable(s.kind) && !is_table_row(text) {
                continue;
            }
            if let Some(dl) = &s.dateline {
                shouted.push((d, si, dl.clone(), true));
            }
            if is_shouted(text) || (s.kind == SentenceKind::Heading && is_title_case(text) && !is_table_row(text)) {
                shouted.push((d, si, s.range.clone(), false));
                continue;
            }
            scan_runs(d, si, s.range.start, text, da.sentence_words(si), &mut known, &mut runs);
        }
    }
    let mut out = Vec::new();
    for run in runs {
        run_mentions(run, &known, &mut out);
    }
    link_acronyms(analysis, &mut out);
    // Names the mixed-case text made known, for the shouted text.
    let mut names: StrMap<String> = StrMap::new();
    for m in &out {
        names.get_or_insert_with(&lookup_key(&m.name), || m.name.clone());
    }
    for (d, si, range, dateline) in shouted {
        let text = &analysis.docs[d].doc.text;
        if let Some(t) = text.get(range.clone()) {
            scan_shouted(d, si, range.start, t, dateline, &names, &mut out);
        }
    }
    crate::order::sort_by(&mut out, |a, b| a.doc.cmp(&b.doc).then(a.start.cmp(&b.start)));
    out
}

/// The runs of capitalised words of one mixed-case sentence.
fn scan_runs<'t>(d: usize, si: usize, base: usize, text: &'t str, tokens: impl Iterator<Item = Word<'t>>, known: &mut BTreeMap<String, usize>, runs: &mut Vec<Run<'t>>) {
    let ws = name_words(text, tokens);
    // "Stoke 4 3 1 0 7 4 10": a table row's leading name (only a run at
    // the start of the line needs to know).
    let row = ws.first().is_some_and(|w| is_capitalised(w.text)) && is_table_row(text);
    let mut run: Vec<RunWord> = Vec::new();
    let mut before: Option<&'t str> = None;
    let mut region = false;
    // One buffer for the lower case of every capitalised word.
    let mut lower = String::new();
    let flush = |run: &mut Vec<RunWord<'t>>, before: &Option<&'t str>, region: bool, runs: &mut Vec<Run<'t>>| {
        if !run.is_empty() {
            runs.push(Run { doc: d, sentence: si, words: std::mem::take(run), before: *before, region, row });
        }
    };
    for (i, w) in ws.iter().enumerate() {
        let gap = if i == 0 { "" } else { &text[ws[i - 1].end..w.start] };
        let joined = i > 0 && gap == " ";
        let word = strip_possessive(w.text);
        let cap = is_capitalised(word);
        // Only capitalised words need their lower case.
        lower.clear();
        if cap {
            lower.extend(word.chars().map(crate::text::lower_char));
        }
        let core = lower.trim_end_matches('.');
        let initial = i == 0 || text[..w.start].trim_end().ends_with(['“', '"', ':', '‘']);
        if cap && !initial && !known.contains_key(lower.as_str()) {
            known.insert(lower.clone(), 0);
        }
        if !joined {
            flush(&mut run, &before, region, runs);
        }
        if run.is_empty() && cap {
            // Not capitalised, so already in lower case.
            before = (i > 0 && joined && !is_capitalised(ws[i - 1].text)).then(|| ws[i - 1].text);
            let abbreviation = (2..=4).contains(&word.chars().filter(|c| *c != '.').count()) && word.chars().all(|c| c.is_ascii_uppercase() || c == '.');
            region = abbreviation && i > 0 && gap == ", " && is_capitalised(ws[i - 1].text) && is_place(&lookup_key(ws[i - 1].text));
        }
        let next_joins_capital = ws.get(i + 1).is_some_and(|n| is_capitalised(n.text) && &text[w.end..n.start] == " ");
        // "AI-driven": a hyphenated word ending in lower case is no name.
        let lower_tail = w.text.contains('-') && w.text.rsplit('-').next().is_some_and(|t| t.starts_with(char::is_lowercase));
        // "Wadhwani AI Center": a common acronym inside a name stays in it.
        let inside = !run.is_empty() && joined && next_joins_capital;
        if cap && !lower_tail && (inside || (!listed(&NOT_NAMES, core) && !is_currency_code(&lower)) || is_title_word(core)) {
            run.push(RunWord { start: base + w.start, end: base + w.start + word.len(), text: word, key: CueKey::new(word), initial });
        } else if !cap && !run.is_empty() && connector_allowed(&run, word) && next_joins_capital && !(word == "and" && starts_organisation(&ws[i + 1..])) {
            run.push(RunWord { start: base + w.start, end: base + w.end, text: word, key: CueKey::new(word), initial });
        } else {
            flush(&mut run, &before, region, runs);
        }
        // A possessive or punctuation after the word ends the run.
        let after = text.get(w.end..).unwrap_or("");
        if w.text != word || after.starts_with([',', ';', ':', '(', ')', '“', '”', '"', '—', '–', '?', '!', '.']) {
            flush(&mut run, &before, region, runs);
        }
    }
    flush(&mut run, &before, region, runs);
}

/// "of", "for", "de" join a name after an organisation word ("Center for
/// Strategic …", "University of …") or a title ("Secretary of State");
/// "and", "the" only inside such a name.
fn connector_allowed(run: &[RunWord], lower: &str) -> bool {
    match lower {
        "of" | "for" | "de" => {
            let last = run.last().map_or("", |w| w.key.full());
            listed(&ORGANISATION_WORDS, last) || listed(&HEAD_TITLES, last)
        }
        "and" | "the" => run.iter().any(|w| matches!(w.text, "of" | "for")),
        _ => false,
    }
}

/// Whether the capitalised words at the start of `ws` hold an organisation
/// word: then an "and" before them joins two names ("Bank of England and
/// Tsinghua University"), not two words of one ("Strategic and
/// International Studies").
fn starts_organisation(ws: &[NameWord]) -> bool {
    // A few words ahead are enough: longer names are rare, and a bound keeps
    // a sentence of a thousand capitalised "and"s linear.
    ws.iter().take(6).take_while(|w| is_capitalised(w.text)).any(|w| listed(&ORGANISATION_WORDS, CueKey::new(w.text).core()))
}

/// The mentions of one run: starters, titles and demonyms cut off.
fn run_mentions(run: Run<'_>, known: &BTreeMap<String, usize>, out: &mut Vec<Mention>) {
    let mut words = run.words;
    // Drop a sentence-initial common word: alone unless known, camel-cased
    // ("DeepSeek") or in the gazetteer; in a longer run when it is a starter.
    if let Some(w) = words.first().filter(|w| w.initial && !run.row) {
        let l = w.key.full();
        let in_gazetteer = || {
            let k = lookup_key(w.text);
            is_place(&k) || is_group(&k) || listed(&POLITICAL_GROUPS, k.as_str())
        };
        let drop = !is_title_word(w.key.core())
            && (is_stop_word(l) || listed(&STARTERS, l) || (words.len() == 1 && !has_inner_capital(w.text) && !known.contains_key(w.text.to_lower().as_str()) && !in_gazetteer()));
        if drop {
            words.remove(0);
        }
    }
    trim_connectors(&mut words);
    let mut hints = Hints::default();
    let mut role = None;
    if let Some(b) = run.before {
        if listed(&HEAD_TITLES, b) {
            hints.person = true;
            role = Some(b.to_string());
        } else if listed(&PLACE_PREPOSITIONS, b) {
            hints.place = true;
        }
    }
    hints.place |= run.region;
    // A title inside the run: what stands before it is a name of its own
    // ("Scale AI CEO Alexandr Wang"), the title is the role of what follows.
    if let Some((t0, h)) = title_span(&words) {
        let rest = words.split_off(h + 1);
        let title: Vec<RunWord> = words.split_off(t0);
        emit_split(run.doc, run.sentence, words, None, hints, out);
        let role = title.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
        let mut rest = rest;
        trim_connectors(&mut rest);
        emit_split(run.doc, run.sentence, rest, Some(role), Hints { person: true, place: false }, out);
        return;
    }
    if words.iter().all(|w| is_title_word(w.key.core()) || listed(&CONNECTORS, w.text)) {
        return;
    }
    emit_split(run.doc, run.sentence, words, role, hints, out);
}

fn trim_connectors(words: &mut Vec<RunWord<'_>>) {
    // Drained at once: removing one word at a time from the front would be
    // quadratic in a run of a thousand "The"s.
    let lead = words.iter().take_while(|w| listed(&CONNECTORS, w.text) || is_stop_word(w.key.full())).count();
    words.drain(..lead);
    while words.last().is_some_and(|w| listed(&CONNECTORS, w.text)) {
        words.pop();
    }
}

/// The first title of a run that a name follows: (its first word, its head
/// word). "Prime Minister Benjamin Netanyahu" → (0, 1).
fn title_span(words: &[RunWord]) -> Option<(usize, usize)> {
    let mut h = 0;
    while h + 1 < words.len() {
        if listed(&HEAD_TITLES, words[h].key.core()) {
            let mut end = h;
            // "Secretary of State": a connector and a title word go with it.
            while end + 2 < words.len() && words[end + 1].text == "of" && is_title_word(words[end + 2].key.core()) {
                end += 2;
            }
            // Further title words ("Chief Executive Officer").
            while end + 1 < words.len() && is_title_word(words[end + 1].key.core()) {
                end += 1;
            }
            if end + 1 < words.len() && !listed(&CONNECTORS, words[end + 1].text) {
                let mut t0 = h;
                while t0 > 0 && is_title_word(words[t0 - 1].key.core()) {
                    t0 -= 1;
                }
                return Some((t0, end));
            }
            h = end + 1;
            continue;
        }
        h += 1;
    }
    None
}

/// Emits a name, splitting off a demonym at its head ("Chinese DeepSeek"
/// → group "Chinese" and "DeepSeek") unless the rest is an organisation
/// ("European Union", "American Airlines").
fn emit_split(doc: usize, sentence: usize, mut words: Vec<RunWord<'_>>, role: Option<String>, hints: Hints, out: &mut Vec<Mention>) {
    if words.is_empty() {
        return;
    }
    let org = words.iter().any(|w| listed(&ORGANISATION_WORDS, w.key.core()));
    if words.len() > 1 && !org {
        for n in [2usize, 1] {
            if words.len() > n {
                let head = words[..n].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
                if is_group(&lookup_key(&head)) && !is_place(&lookup_key(&join(&words))) {
                    let rest = words.split_off(n);
                    emit(doc, sentence, words, None, Hints::default(), true, out);
                    emit(doc, sentence, rest, role, hints, false, out);
                    return;
                }
            }
        }
    }
    emit(doc, sentence, words, role, hints, false, out);
}

fn join(words: &[RunWord]) -> String {
    words.iter().map(|w| w.text).collect::<Vec<_>>().join(" ")
}

fn emit(doc: usize, sentence: usize, words: Vec<RunWord<'_>>, role: Option<String>, hints: Hints, group: bool, out: &mut Vec<Mention>) {
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return };
    let name = join(&words);
    let lower = name.to_lower();
    let core = lower.trim_end_matches('.');
    if words.len() == 1 && (listed(&MONTHS_DAYS, core) || lower.chars().count() < 2 || is_stop_word(&lower)) {
        return;
    }
    if lower.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '.') {
        return;
    }
    out.push(Mention { doc, sentence, start: first.start, end: last.end, name, role, hints, expands: None, group });
}

/// Whether `acronym` abbreviates `name`: its letters are the initials of the
/// name's words in order, starting with the first ("CSIS" of "Center for
/// Strategic and International Studies").
fn abbreviates(acronym: &str, name: &str) -> bool {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || !acronym.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        return false;
    }
    // Compared in lower case: char::to_uppercase would pull Unicode's
    // upper-casing tables into the wasm.
    let letters: Vec<char> = letters.into_iter().map(crate::text::lower_char).collect();
    let initials: Vec<char> = name.split([' ', '-']).filter_map(|w| w.chars().next()).map(crate::text::lower_char).collect();
    if initials.first() != letters.first() || initials.len() < 2 {
        return false;
    }
    let mut it = initials.iter();
    letters.iter().all(|l| it.any(|c| c == l))
}

/// Links "Name (ACRONYM)" pairs: the acronym mention expands to the name.
fn link_acronyms(analysis: &Analysis, out: &mut [Mention]) {
    crate::order::sort_by(out, |a, b| a.doc.cmp(&b.doc).then(a.start.cmp(&b.start)));
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        if a.doc != b.doc {
            continue;
        }
        let text = &analysis.docs[a.doc].doc.text;
        let between = text.get(a.end..b.start).unwrap_or("");
        let closed = text.get(b.end..).is_some_and(|r| r.starts_with(')'));
        if between == " (" && closed && abbreviates(&b.name, &a.name) {
            let name = a.name.clone();
            out[i].expands = Some(name);
        }
    }
}

/// "CHICAGO" → "Chicago"; dotted forms ("U.S.") and mixed case stay.
fn title_case(word: &str) -> String {
    if word.contains('.') || word.chars().any(char::is_lowercase) {
        return word.to_string();
    }
    let mut cs = word.chars();
    match cs.next() {
        // The first letter is a capital already (shouted text).
        Some(c) => std::iter::once(c).chain(cs.map(crate::text::lower_char)).collect(),
        None => String::new(),
    }
}

/// Mentions in shouted text: the longest known name or gazetteer entry at
/// each word; a dateline's leading words are a place.
fn scan_shouted(doc: usize, sentence: usize, base: usize, text: &str, dateline: bool, names: &StrMap<String>, out: &mut Vec<Mention>) {
    let ws = name_words(text, words(text));
    let mut i = 0;
    // "CHICAGO, Dec 6", "LONDON 1996-08-30", "WASHINGTON (AP)": the
    // capitalised words before a comma, a bracket or a date name a place.
    let mut lead = 0;
    while lead < ws.len().min(3) && is_capitalised(ws[lead].text) && !ws[lead].text.chars().any(|c| c.is_ascii_digit()) {
        lead += 1;
        if ws.get(lead).map_or(true, |n| &text[ws[lead - 1].end..n.start] != " ") {
            break;
        }
    }
    if lead > 0 && (dateline || ws.get(lead).is_some_and(|w| w.text.starts_with(|c: char| c.is_ascii_digit()))) {
        let after = text.get(ws[lead - 1].end..).unwrap_or("").trim_start();
        let spaced = (1..lead).all(|k| &text[ws[k - 1].end..ws[k].start] == " ");
        if spaced && (after.starts_with([',', '(']) || after.starts_with(|c: char| c.is_ascii_digit())) {
            let name = ws[..lead].iter().map(|w| title_case(w.text)).collect::<Vec<_>>().join(" ");
            let name = names.get(&lookup_key(&name)).cloned().unwrap_or(name);
            out.push(Mention { doc, sentence, start: base + ws[0].start, end: base + ws[lead - 1].end, name, role: None, hints: Hints { person: false, place: true }, expands: None, group: false });
            i = lead;
        }
    }
    if dateline {
        return;
    }
    while i < ws.len() {
        let mut matched = None;
        for j in (i + 1..=(i + 5).min(ws.len())).rev() {
            if (i + 1..j).any(|k| &text[ws[k - 1].end..ws[k].start] != " ") || !ws[i..j].iter().all(|w| is_capitalised(w.text)) {
                continue;
            }
            let phrase = ws[i..j].iter().map(|w| title_case(strip_possessive(w.text))).collect::<Vec<_>>().join(" ");
            let key = lookup_key(&phrase);
            if key.chars().count() < 2 || is_stop_word(&key) || listed(&MONTHS_DAYS, key.as_str()) {
                continue;
            }
            if let Some(n) = names.get(&key) {
                matched = Some((j, n.clone()));
            } else if is_place(&key) || is_group(&key) {
                matched = Some((j, phrase));
            }
            if matched.is_some() {
                break;
            }
        }
        match matched {
            Some((j, name)) => {
                let end = base + ws[i].start + strip_possessive(&text[ws[i].start..ws[j - 1].end]).len();
                out.push(Mention { doc, sentence, start: base + ws[i].start, end, name, role: None, hints: Hints::default(), expands: None, group: false });
                i = j;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_abbreviate_their_expansions() {
        for (a, n, want) in [("CSIS", "Center for Strategic and International Studies", true), ("WHO", "World Health Organization", true), ("AP", "London", false), ("EU", "European Union", true), ("X", "Xavier", false)] {
            assert_eq!(abbreviates(a, n), want, "given {a:?} after {n:?}, expected {want}");
        }
    }

    #[test]
    fn shouted_and_title_case_lines() {
        assert!(is_shouted("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP"));
        assert!(!is_shouted("NASA said it would."));
        assert!(is_title_case("DeepSeek Rattles Wall Street"));
        assert!(!is_title_case("Leicestershire 22 points, Somerset 4"));
        assert!(!is_title_case("Sandrine Testud (France) beat Ines Gorrochategui (Argentina)"));
        assert!(is_table_row("Stoke 4 3 1 0 7 4 10") && is_table_row("1. Michelle Freeman (Jamaica) 12.71 seconds"));
        assert!(!is_table_row("Posted 3 hours ago") && !is_table_row("Share this article"));
    }
}
