//! `parallax`: the command-line face of the engine.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use parallax::{compare, summarize, CompareOptions, Comparison, Document, Summary, SummaryOptions};

const USAGE: &str = "\
usage: parallax summarize [--sentences N | --words N | --ratio R] [--query TEXT] [--document ID] [--json] [PATH...]
       parallax compare [--json] [PATH...]

PATH is a text file or a folder of .txt files; with no PATH, the bundled
DeepSeek R1 corpus is used. One document gives a single-document summary,
several a multi-document one. --json prints the schema of docs/api.md.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("parallax: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let (command, rest) = match args.split_first() {
        Some((c, r)) => (c.as_str(), r),
        None => return Err(format!("no command given\n{USAGE}")),
    };
    if matches!(command, "-h" | "--help" | "help") {
        return Ok(format!("{USAGE}\n"));
    }
    let mut json = false;
    let mut paths = Vec::new();
    let mut summary_options = SummaryOptions::default();
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            "--sentences" if command == "summarize" => summary_options.sentences = Some(number(&value(arg)?, arg)?),
            "--words" if command == "summarize" => summary_options.words = Some(number(&value(arg)?, arg)?),
            "--ratio" if command == "summarize" => {
                let v = value(arg)?;
                summary_options.ratio = Some(v.parse().map_err(|_| format!("--ratio takes a number, not {v:?}"))?)
            }
            "--query" if command == "summarize" => summary_options.query = Some(value(arg)?),
            "--document" if command == "summarize" => summary_options.document = Some(value(arg)?),
            a if a.starts_with('-') && a.len() > 1 => return Err(format!("unknown option {a:?} for {command}\n{USAGE}")),
            p => paths.push(PathBuf::from(p)),
        }
    }
    let docs = if paths.is_empty() { parallax::corpus::bundled() } else { load(&paths)? };
    match command {
        "summarize" => {
            let s = summarize(&docs, &summary_options).map_err(|e| e.to_string())?;
            Ok(if json { to_json(&s)? } else { render_summary(&s, &docs) })
        }
        "compare" => {
            let c = compare(&docs, &CompareOptions::default()).map_err(|e| e.to_string())?;
            Ok(if json { to_json(&c)? } else { render_comparison(&c) })
        }
        other => Err(format!("unknown command {other:?}\n{USAGE}")),
    }
}

fn number(v: &str, flag: &str) -> Result<usize, String> {
    v.parse().map_err(|_| format!("{flag} takes a whole number, not {v:?}"))
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String, String> {
    serde_json::to_string_pretty(v).map(|s| s + "\n").map_err(|e| e.to_string())
}

/// Reads files and folders of `.txt` files into documents; the id of each
/// is its file name without extension.
fn load(paths: &[PathBuf]) -> Result<Vec<Document>, String> {
    let mut files = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| format!("{}: {e}", p.display()))?;
        if meta.is_dir() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| format!("{}: {e}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "txt" || x == "md"))
                .collect();
            inner.sort();
            if inner.is_empty() {
                return Err(format!("{}: no .txt or .md files in this folder", p.display()));
            }
            files.extend(inner);
        } else {
            files.push(p.clone());
        }
    }
    files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(f).map_err(|e| format!("{}: {e}", f.display()))?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Ok(Document::new(id_of(f), text))
        })
        .collect()
}

fn id_of(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

fn title_of<'d>(docs: &'d [Document], id: &'d str) -> &'d str {
    docs.iter().find(|d| d.id == id).and_then(|d| d.title.as_deref()).unwrap_or(id)
}

fn render_summary(s: &Summary, docs: &[Document]) -> String {
    let mut out = String::new();
    for (n, sent) in s.sentences.iter().enumerate() {
        out.push_str(&format!("{}. {}\n   — {}", n + 1, sent.sentence.text, title_of(docs, &sent.sentence.doc)));
        if !sent.corroborated_by.is_empty() {
            out.push_str(&format!(" (also in {} other source{})", sent.corroborated_by.len(), if sent.corroborated_by.len() == 1 { "" } else { "s" }));
        }
        out.push('\n');
    }
    out.push_str(&format!("\n{} sentences, {} words\n", s.sentences.len(), s.words));
    out
}

fn render_comparison(c: &Comparison) -> String {
    let mut out = String::from("Similarity (TF-IDF cosine)\n");
    for (i, row) in c.similarity.iter().enumerate() {
        out.push_str(&format!("{:>3} {:<24}", i + 1, c.documents[i].id));
        for v in row {
            out.push_str(&format!(" {v:5.2}"));
        }
        out.push('\n');
    }
    out
}
