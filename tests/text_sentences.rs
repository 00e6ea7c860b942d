//! Sentence-splitting conformance: runs every case of the spec files in
//! tests/data/text/sentences/*.txt (format described at the top of each file
//! and in tests/data/text/README.md) and prints given/expected/got for each
//! failure.

use std::fs;
use std::path::Path;

use parallax::text::SentenceSplitter;

struct Case {
    file: String,
    line: usize,
    name: String,
    input: String,
    expected: Vec<String>,
}

/// Decodes the escapes the spec files allow: `\t`, `\r`, `\0`, `\\` and
/// `\u{HEX}`.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('\\') => out.push('\\'),
            Some('u') if it.peek() == Some(&'{') => {
                it.next();
                let hex: String = it.by_ref().take_while(|&c| c != '}').collect();
                let v = u32::from_str_radix(&hex, 16).expect("bad \\u{} escape");
                out.push(char::from_u32(v).expect("bad code point"));
            }
            Some(o) => {
                out.push('\\');
                out.push(o);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn parse(file: &Path) -> Vec<Case> {
    let text = fs::read_to_string(file).unwrap();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let mut cases = Vec::new();
    let mut current: Option<(usize, String, Vec<String>, Option<Vec<String>>)> = None;
    let finish = |c: Option<(usize, String, Vec<String>, Option<Vec<String>>)>, cases: &mut Vec<Case>| {
        if let Some((line, title, input, expected)) = c {
            let expected = expected.unwrap_or_else(|| panic!("{name}:{line}: case {title:?} has no `---` line"));
            cases.push(Case {
                file: name.clone(),
                line,
                name: title,
                input: unescape(&input.join("\n")),
                expected: expected.iter().map(|s| unescape(s)).collect(),
            });
        }
    };
    for (n, l) in text.lines().enumerate() {
        if let Some(title) = l.strip_prefix("=== ") {
            finish(current.take(), &mut cases);
            current = Some((n + 1, title.trim().to_string(), Vec::new(), None));
            continue;
        }
        let Some((_, _, input, expected)) = current.as_mut() else {
            continue; // header comment before the first case
        };
        match expected {
            None if l == "---" => *expected = Some(Vec::new()),
            None => input.push(l.to_string()),
            Some(e) => {
                if !l.is_empty() {
                    e.push(l.to_string());
                }
            }
        }
    }
    finish(current.take(), &mut cases);
    cases
}

fn all_cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/text/sentences");
    let mut files: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    files.iter().flat_map(|f| parse(f)).collect()
}

#[test]
fn sentence_spec_files() {
    let cases = all_cases();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let splitter = SentenceSplitter::new();
    let mut failures = Vec::new();
    for case in &cases {
        let ranges: Vec<_> = splitter.split(&case.input).collect();
        for r in &ranges {
            let s = &case.input[r.clone()];
            assert_eq!(s, s.trim(), "{}:{} {}: untrimmed range {r:?}", case.file, case.line, case.name);
        }
        let got: Vec<&str> = ranges.iter().map(|r| &case.input[r.clone()]).collect();
        if got != case.expected {
            failures.push(format!(
                "{}:{} {}\n  given:    {:?}\n  expected: {:#?}\n  got:      {:#?}",
                case.file, case.line, case.name, case.input, case.expected, got
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n\n{}", failures.len(), cases.len(), failures.join("\n\n"));
}

/// Every range is in order, on char boundaries, trimmed and non-empty, for
/// every prefix of every case (cutting texts anywhere, even mid-character,
/// must not panic).
#[test]
fn ranges_are_well_formed_on_every_prefix() {
    let splitter = SentenceSplitter::new();
    for case in all_cases() {
        let t = &case.input;
        for cut in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
            let text = &t[..cut];
            let mut last = 0;
            for r in splitter.split(text) {
                assert!(r.start >= last && r.start < r.end && r.end <= text.len(), "{}: {r:?} in {text:?}", case.name);
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                last = r.end;
            }
        }
    }
}

/// Pathological shapes, large enough that a quadratic scan would not finish
/// in reasonable time (this is not a timed assertion): every range is still
/// well formed, and the whole pipeline runs over them.
#[test]
fn pathological_inputs_are_split_in_one_pass() {
    let n = 100_000;
    let shapes: Vec<String> = vec![
        ".".repeat(n),
        "a.".repeat(n),
        "A. ".repeat(n),
        "U.S. ".repeat(n),
        "\"a. ".repeat(n),
        "“We. ".repeat(n),
        "He said “a. b. c.” ".repeat(n / 4),
        "``a. ''".repeat(n),
        "x".repeat(n * 4),
        "\n".repeat(n),
        "é".repeat(n),
        "( cnn ) -- a . ".repeat(n / 4),
        "&QL; ".repeat(n),
        "\0\u{1}\u{200B}".repeat(n),
        "a…".repeat(n),
        "1.2.3.4.".repeat(n / 2),
    ];
    let splitter = SentenceSplitter::new();
    for text in &shapes {
        let mut last = 0;
        let mut count = 0;
        for r in splitter.split(text) {
            assert!(r.start >= last && r.start < r.end && r.end <= text.len());
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            last = r.end;
            count += 1;
        }
        let docs = [parallax::Document::new("p", text.clone())];
        let a = parallax::text::Analysis::new(&docs);
        assert!(a.docs[0].sentences.len() <= count.max(1), "{:?}…", &text[..20.min(text.len())]);
    }
}
