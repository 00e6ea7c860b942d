//! The figure scanner against the spec cases of tests/data/figures/*.txt
//! (format in that folder's README.md): every case is run, and every
//! mismatch is printed as given / expected / got before the test fails.

use parallax::compare::{figure_claims, FigureClaim, FigureKind};
use parallax::text::Analysis;
use parallax::Document;

/// One expected figure.
#[derive(Debug, Clone, PartialEq)]
struct Expected {
    kind: String,
    value: f64,
    unit: String,
    text: String,
    rate: Option<String>,
}

struct Case {
    file: String,
    line: usize,
    given: String,
    expected: Vec<Expected>,
}

fn kind_name(k: FigureKind) -> &'static str {
    match k {
        FigureKind::Money => "money",
        FigureKind::Count => "count",
        FigureKind::Percent => "percent",
        FigureKind::Year => "year",
        FigureKind::Duration => "duration",
        FigureKind::Age => "age",
    }
}

fn load_cases() -> Vec<Case> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/figures");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    let mut cases = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(spec) = line.strip_prefix("=>") {
                let case: &mut Case = cases.last_mut().unwrap_or_else(|| panic!("{name}:{}: expectation before any case", n + 1));
                let spec = spec.trim();
                if spec == "none" {
                    continue;
                }
                let fields: Vec<&str> = spec.split('|').map(str::trim).collect();
                assert!(fields.len() >= 4, "{name}:{}: expected kind | value | unit | text [| rate=…], got {spec:?}", n + 1);
                let rate = fields.get(4).and_then(|r| r.strip_prefix("rate=")).map(str::to_string);
                case.expected.push(Expected {
                    kind: fields[0].to_string(),
                    value: fields[1].parse().unwrap_or_else(|_| panic!("{name}:{}: bad value {:?}", n + 1, fields[1])),
                    unit: fields[2].to_string(),
                    text: fields[3].to_string(),
                    rate,
                });
            } else {
                cases.push(Case { file: name.clone(), line: n + 1, given: line.to_string(), expected: Vec::new() });
            }
        }
    }
    cases
}

fn got_of(c: &FigureClaim) -> Expected {
    Expected { kind: kind_name(c.kind).to_string(), value: c.value, unit: c.unit.clone(), text: c.text.clone(), rate: c.rate.clone() }
}

fn matches(e: &Expected, g: &Expected) -> bool {
    let close = (e.value - g.value).abs() <= 1e-9 * e.value.abs().max(1.0);
    e.kind == g.kind && close && e.unit == g.unit && e.text == g.text && (e.rate.is_none() || e.rate == g.rate)
}

#[test]
fn figure_spec_cases() {
    let cases = load_cases();
    assert!(cases.len() >= 80, "expected at least 80 spec cases, found {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let docs = [Document::new("spec", case.given.as_str())];
        let got: Vec<Expected> = figure_claims(&Analysis::new(&docs)).iter().map(got_of).collect();
        let ok = got.len() == case.expected.len() && case.expected.iter().zip(&got).all(|(e, g)| matches(e, g));
        if !ok {
            failures.push(format!("{}:{}\n  given:    {}\n  expected: {:?}\n  got:      {:?}", case.file, case.line, case.given, case.expected, got));
        }
    }
    for f in &failures {
        println!("{f}\n");
    }
    assert!(failures.is_empty(), "{} of {} figure spec cases failed (printed above)", failures.len(), cases.len());
}

#[test]
fn headings_and_bullet_lines_are_scanned() {
    let given = "Chip Stocks Slide\n- Nvidia lost $590 billion in one day\n- Shares fell 17%\nInvestors sold chip makers on Monday. Bonds rose.";
    let docs = [Document::new("a", given)];
    let got: Vec<String> = figure_claims(&Analysis::new(&docs)).iter().map(|c| c.text.clone()).collect();
    let expected = ["$590 billion", "17%"];
    assert_eq!(got, expected, "given {given:?}\n  expected {expected:?}\n  got {got:?}");
}

/// Every cut of every spec case (each prefix and suffix at a character
/// boundary) scans without a panic: the scanner looks around each number,
/// and the edges of a text are where an index would run off.
#[test]
fn no_cut_of_a_spec_case_panics() {
    let mut scanned = 0;
    for case in load_cases() {
        let text = case.given.as_str();
        for (at, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            for part in [&text[..at], &text[at..]] {
                let docs = [Document::new("cut", part)];
                let _ = figure_claims(&Analysis::new(&docs));
                scanned += 1;
            }
        }
    }
    assert!(scanned > 1000, "expected over 1000 cuts scanned, got {scanned}");
}

/// A page-long "sentence" (a list run together) gives each figure the part
/// of the sentence around it, with byte and UTF-16 offsets that agree with
/// the text.
#[test]
fn figures_of_a_long_sentence_carry_a_window_of_it() {
    let given: String = (0..400).map(|i| format!("Ünit {i} earned ${i}.5 million, ")).collect::<String>() + "in all.";
    let docs = [Document::new("long", given.as_str())];
    let claims: Vec<_> = figure_claims(&Analysis::new(&docs)).into_iter().filter(|c| c.kind == FigureKind::Money).collect();
    assert_eq!(claims.len(), 400, "given a 400-item list, expected 400 money claims, got {}", claims.len());
    for c in &claims {
        let s = &c.sentence;
        let utf16 = given[..s.start].encode_utf16().count();
        let ok = given.get(s.start..s.end) == Some(s.text.as_str())
            && s.start <= c.start
            && c.end <= s.end
            && s.text.len() <= 1_000
            && s.start_utf16 == utf16
            && s.end_utf16 == utf16 + s.text.encode_utf16().count();
        assert!(ok, "given a long list\n  expected a window around {:?} with matching offsets\n  got {:?}", c.text, s);
    }
}
