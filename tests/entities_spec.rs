//! Entity conformance: runs every case of the spec files in
//! tests/data/entities/*.txt (format in tests/data/entities/README.md)
//! through `compare` and prints given / expected / got for each failure.

use std::fs;
use std::path::Path;

use parallax::compare::Entity;
use parallax::{compare, CompareOptions, Document};

struct Case {
    file: String,
    line: usize,
    name: String,
    input: String,
    expected: Vec<String>,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/entities");
    let mut files: Vec<_> = fs::read_dir(&dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let text = fs::read_to_string(&path).unwrap();
        let mut case: Option<(Case, bool)> = None;
        for (i, line) in text.lines().enumerate() {
            if let Some(name) = line.strip_prefix("=== ") {
                if let Some((c, _)) = case.take() {
                    out.push(c);
                }
                case = Some((Case { file: file.clone(), line: i + 1, name: name.to_string(), input: String::new(), expected: Vec::new() }, false));
                continue;
            }
            let Some((c, below)) = case.as_mut() else { continue };
            if line == "---" {
                *below = true;
            } else if *below {
                if !line.trim().is_empty() {
                    c.expected.push(line.trim().to_string());
                }
            } else {
                c.input.push_str(line);
                c.input.push('\n');
            }
        }
        if let Some((c, _)) = case {
            out.push(c);
        }
    }
    out
}

fn describe(e: &Entity) -> String {
    format!("{} | {:?} | role={:?} | aliases={:?}", e.name, e.kind, e.role, e.aliases)
}

/// The failures of one expectation line, as "expected …, got …".
fn check(entities: &[Entity], want: &str) -> Option<String> {
    if let Some(name) = want.strip_prefix('!') {
        let hit = entities.iter().find(|e| e.name == name);
        return hit.map(|e| format!("expected no entity {name:?}, got {}", describe(e)));
    }
    let mut parts = want.split('|').map(str::trim);
    let name = parts.next().unwrap_or("");
    let kind = parts.next().unwrap_or("");
    let Some(e) = entities.iter().find(|e| e.name == name) else {
        let all: Vec<String> = entities.iter().map(describe).collect();
        return Some(format!("expected {want:?}, got no entity named {name:?}; entities: {all:#?}"));
    };
    let got_kind = serde_json::to_value(e.kind).unwrap().as_str().unwrap_or("").to_string();
    let mut bad = got_kind != kind;
    for p in parts {
        if let Some(r) = p.strip_prefix("role=") {
            bad |= e.role.as_deref() != Some(r);
        } else if let Some(a) = p.strip_prefix("alias=") {
            bad |= !e.aliases.iter().any(|x| x == a);
        }
    }
    bad.then(|| format!("expected {want:?}, got {}", describe(e)))
}

/// Every mention's ranges cut a surface form of its entity out of the text,
/// inside its sentence, in bytes and in UTF-16 units alike.
fn check_spans(text: &str, entities: &[Entity]) -> Vec<String> {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut out = Vec::new();
    for e in entities {
        for m in &e.mentions {
            let got = text.get(m.start..m.end).unwrap_or("<bad range>");
            let got16 = String::from_utf16_lossy(utf16.get(m.start_utf16..m.end_utf16).unwrap_or(&[]));
            let surface_ok = e.aliases.iter().any(|a| a.eq_ignore_ascii_case(got) || a.to_lowercase() == got.to_lowercase());
            if !surface_ok || got16 != got || m.sentence_start > m.start || m.end > m.sentence_end {
                out.push(format!("expected mention of {:?} to cut an alias {:?} inside its sentence, got bytes {:?}, utf-16 {:?}, sentence {}..{} for {}..{}", e.name, e.aliases, got, got16, m.sentence_start, m.sentence_end, m.start, m.end));
            }
        }
        let counted: usize = e.counts.iter().sum();
        if counted != e.mentions.len() {
            out.push(format!("expected {:?} to count its {} mentions, got counts {:?}", e.name, e.mentions.len(), e.counts));
        }
    }
    out
}

#[test]
fn entity_spec_files() {
    let cases = cases();
    assert!(cases.len() >= 20, "given tests/data/entities, expected at least 20 cases, got {}", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        let docs = [Document::new("a", &c.input)];
        let options = CompareOptions { entities: usize::MAX, ..CompareOptions::default() };
        let got = compare(&docs, &options).unwrap().entities;
        let mut problems: Vec<String> = c.expected.iter().filter_map(|w| check(&got, w)).collect();
        problems.extend(check_spans(&c.input, &got));
        for p in problems {
            failures.push(format!("{}:{} {}\n  given:    {:?}\n  {}", c.file, c.line, c.name, c.input, p));
        }
    }
    assert!(failures.is_empty(), "{} of {} entity cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
