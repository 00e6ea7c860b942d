//! `parallax`: the command-line face of the engine.
//!
//! ```text
//! parallax summarize [--sentences N | --words N | --ratio R] [--query TEXT] [--document ID] [--no-position] [--keyphrases N] [--json] [PATH...]
//! parallax compare [--json] [PATH...]
//! ```
//!
//! Text output is for people; `--json` prints the schema of `docs/api.md`,
//! the same the JavaScript API returns. Exit status: 0 on success, 1 when
//! the engine or the file system refuses the input, 2 on a usage error.

// The CLI is native only; a wasm32 build of the package (for the wasm
// tests) gets an empty binary. The wasm API is `src/bindings`.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Write;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use parallax::{compare, summarize, CompareOptions, Document, Summary, SummaryOptions};

    const USAGE: &str = "\
    usage: parallax summarize [--sentences N | --words N | --ratio R] [--query TEXT]
                              [--document ID] [--no-position] [--keyphrases N]
                              [--json] [PATH...]
           parallax compare [--json] [PATH...]
           parallax --help | --version

    Summarize a set of news articles about one story, or compare them.

    PATH is a file or a folder of .txt, .md, .json and .jsonl files (read in
    name order). A .txt or .md file is one article whose id is its file name
    without extension; a .json file holds one article object (or an array of
    them), a .jsonl file one object a line, with the fields id, title, source,
    author, date (ISO 8601), url and text, all but text optional. With
    no PATH, the bundled DeepSeek R1 corpus (five articles) is used. One
    article gives a single-document summary, several a multi-document one.

    options:
      --sentences N   summary length in sentences
      --words N       summary length in words (a budget)
      --ratio R       summary length as a share of the sentences, 0 < R <= 1
      --query TEXT    focus the summary on TEXT
      --document ID   summarize only the article with this id (others corroborate)
      --no-position   rank by content alone, without the bonus for leading sentences
      --keyphrases N  how many keyphrases to list (default 10; 0 for none)
      --json          print JSON (the schema of docs/api.md) instead of text
      -h, --help      print this help
      -V, --version   print the version

    exit status: 0 success, 1 the input was refused, 2 bad command line";

    /// Why the program stops: a bad command line (exit 2) or refused input (1).
    enum Failure {
        Usage(String),
        Input(String),
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let (out, code) = match run(&args) {
            Ok(out) => (out, ExitCode::SUCCESS),
            Err(Failure::Usage(msg)) => {
                let short: Vec<&str> = USAGE.lines().take(4).collect();
                eprintln!("parallax: {msg}\n{}\n(parallax --help for more)", short.join("\n"));
                return ExitCode::from(2);
            }
            Err(Failure::Input(msg)) => {
                eprintln!("parallax: {msg}");
                return ExitCode::from(1);
            }
        };
        // A closed pipe (`parallax summarize | head -1`) is not an error.
        let mut stdout = std::io::stdout().lock();
        match stdout.write_all(out.as_bytes()).and_then(|_| stdout.flush()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln!("parallax: could not write the output: {e}");
                ExitCode::from(1)
            }
            _ => code,
        }
    }

    /// The command line, parsed.
    struct Request {
        command: Command,
        json: bool,
        paths: Vec<PathBuf>,
        summary: SummaryOptions,
    }

    #[derive(Clone, Copy, PartialEq)]
    enum Command {
        Summarize,
        Compare,
    }

    fn run(args: &[String]) -> Result<String, Failure> {
        let request = match parse(args)? {
            Parsed::Request(r) => r,
            Parsed::Print(text) => return Ok(text),
        };
        let docs = if request.paths.is_empty() { parallax::corpus::bundled() } else { load(&request.paths)? };
        match request.command {
            Command::Summarize => {
                let s = summarize(&docs, &request.summary).map_err(|e| Failure::Input(e.to_string()))?;
                if request.json {
                    to_json(&s)
                } else {
                    Ok(render_summary(&s, &docs))
                }
            }
            Command::Compare => {
                let c = compare(&docs, &CompareOptions::default()).map_err(|e| Failure::Input(e.to_string()))?;
                if request.json {
                    to_json(&c)
                } else {
                    Ok(parallax::compare::render_text(&c))
                }
            }
        }
    }

    enum Parsed {
        Request(Request),
        /// Help or version: print and exit 0.
        Print(String),
    }

    fn parse(args: &[String]) -> Result<Parsed, Failure> {
        let (command, rest) = match args.split_first() {
            Some((c, r)) => (c.as_str(), r),
            None => return Err(Failure::Usage("no command given".into())),
        };
        let command = match command {
            "-h" | "--help" | "help" => return Ok(Parsed::Print(format!("{USAGE}\n"))),
            "-V" | "--version" => return Ok(Parsed::Print(version())),
            "summarize" => Command::Summarize,
            "compare" => Command::Compare,
            other => return Err(Failure::Usage(format!("unknown command {other:?}"))),
        };
        let name = if command == Command::Summarize { "summarize" } else { "compare" };
        let mut request = Request { command, json: false, paths: Vec::new(), summary: SummaryOptions::default() };
        let mut it = rest.iter();
        let mut options_done = false;
        while let Some(arg) = it.next() {
            if options_done || !arg.starts_with('-') || arg == "-" {
                request.paths.push(PathBuf::from(arg));
                continue;
            }
            // Both `--flag value` and `--flag=value`.
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
                _ => (arg.as_str(), None),
            };
            let takes_value = matches!(flag, "--sentences" | "--words" | "--ratio" | "--query" | "--document" | "--keyphrases");
            if !takes_value && inline.is_some() {
                return Err(Failure::Usage(format!("{flag} takes no value")));
            }
            let mut value = || -> Result<String, Failure> {
                match inline.clone() {
                    Some(v) => Ok(v),
                    None => it.next().cloned().ok_or_else(|| Failure::Usage(format!("{flag} needs a value"))),
                }
            };
            let summarize_only = |f: &str| {
                if command == Command::Summarize {
                    Ok(())
                } else {
                    Err(Failure::Usage(format!("{f} is an option of summarize, not of {name}")))
                }
            };
            match flag {
                "--" => options_done = true,
                "--json" => request.json = true,
                "-h" | "--help" => return Ok(Parsed::Print(format!("{USAGE}\n"))),
                "-V" | "--version" => return Ok(Parsed::Print(version())),
                "--sentences" => {
                    summarize_only(flag)?;
                    request.summary.sentences = Some(count(&value()?, flag)?);
                }
                "--words" => {
                    summarize_only(flag)?;
                    request.summary.words = Some(count(&value()?, flag)?);
                }
                "--ratio" => {
                    summarize_only(flag)?;
                    let v = value()?;
                    let r: f64 = v.trim().parse().map_err(|_| Failure::Usage(format!("--ratio takes a number, not {v:?}")))?;
                    if !(r > 0.0 && r <= 1.0) {
                        return Err(Failure::Usage(format!("--ratio must be more than 0 and at most 1, not {v}")));
                    }
                    request.summary.ratio = Some(r);
                }
                "--query" => {
                    summarize_only(flag)?;
                    request.summary.query = Some(value()?);
                }
                "--document" => {
                    summarize_only(flag)?;
                    request.summary.document = Some(value()?);
                }
                "--no-position" => {
                    summarize_only(flag)?;
                    request.summary.position = false;
                }
                "--keyphrases" => {
                    summarize_only(flag)?;
                    let v = value()?;
                    let n = v.trim().parse::<usize>().map_err(|_| Failure::Usage(format!("--keyphrases takes a whole number, not {v:?}")))?;
                    request.summary.keyphrases = Some(n);
                }
                other => return Err(Failure::Usage(format!("unknown option {other:?} for {name}"))),
            }
        }
        let lengths = [request.summary.sentences.is_some(), request.summary.words.is_some(), request.summary.ratio.is_some()];
        if lengths.iter().filter(|&&b| b).count() > 1 {
            return Err(Failure::Usage("give only one of --sentences, --words and --ratio".into()));
        }
        Ok(Parsed::Request(request))
    }

    fn version() -> String {
        format!("parallax {}\n", env!("CARGO_PKG_VERSION"))
    }

    fn count(v: &str, flag: &str) -> Result<usize, Failure> {
        match v.trim().parse::<usize>() {
            Ok(0) => Err(Failure::Usage(format!("{flag} must be at least 1"))),
            Ok(n) => Ok(n),
            Err(_) => Err(Failure::Usage(format!("{flag} takes a whole number, not {v:?}"))),
        }
    }

    fn to_json<T: serde::Serialize>(v: &T) -> Result<String, Failure> {
        serde_json::to_string_pretty(v).map(|s| s + "\n").map_err(|e| Failure::Input(e.to_string()))
    }

    /// What a file can hold, by its extension.
    #[derive(Clone, Copy, PartialEq)]
    enum Format {
        /// `.txt`, `.md` or anything else: the article text.
        Text,
        /// `.json`: one article object, or an array of them.
        Json,
        /// `.jsonl`: one article object a line.
        JsonLines,
    }

    fn format_of(path: &Path) -> Format {
        match path.extension().and_then(|x| x.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("json") => Format::Json,
            Some("jsonl" | "ndjson") => Format::JsonLines,
            _ => Format::Text,
        }
    }

    /// One article as a `.json` or `.jsonl` file writes it: the fields of
    /// [`Document`], with `id` optional (the file name stands in for it).
    #[derive(serde::Deserialize)]
    struct Record {
        id: Option<String>,
        title: Option<String>,
        source: Option<String>,
        author: Option<String>,
        date: Option<String>,
        url: Option<String>,
        text: String,
    }

    impl Record {
        fn into_document(self, fallback_id: String) -> Document {
            let blank = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
            Document {
                id: blank(self.id).unwrap_or(fallback_id),
                title: blank(self.title),
                source: blank(self.source),
                author: blank(self.author),
                date: blank(self.date),
                url: blank(self.url),
                text: self.text,
            }
        }
    }

    /// Reads files, and folders of `.txt`/`.md`/`.json`/`.jsonl` files,
    /// into documents. A text file is one article whose id is its file name
    /// without extension; a `.json` file holds one article object (or an
    /// array), a `.jsonl` file one object a line, each with its metadata and
    /// an optional id (the file name, numbered within the file, stands in).
    /// When two articles share an id, the later ones get their path instead
    /// (or the path and their position), so ids stay unique.
    fn load(paths: &[PathBuf]) -> Result<Vec<Document>, Failure> {
        let fail = |p: &Path, e: std::io::Error| Failure::Input(format!("{}: {}", p.display(), io_message(&e)));
        let mut files = Vec::new();
        for p in paths {
            let meta = std::fs::metadata(p).map_err(|e| fail(p, e))?;
            if meta.is_dir() {
                let mut inner = Vec::new();
                for entry in std::fs::read_dir(p).map_err(|e| fail(p, e))? {
                    let f = entry.map_err(|e| fail(p, e))?.path();
                    let known = f.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                        ["txt", "md", "json", "jsonl", "ndjson"].contains(&x.to_ascii_lowercase().as_str())
                    });
                    if f.is_file() && known {
                        inner.push(f);
                    }
                }
                inner.sort();
                if inner.is_empty() {
                    return Err(Failure::Input(format!("{}: no .txt, .md, .json or .jsonl files in this folder", p.display())));
                }
                files.extend(inner);
            } else {
                files.push(p.clone());
            }
        }
        let mut docs: Vec<Document> = Vec::with_capacity(files.len());
        let mut seen = std::collections::BTreeSet::new();
        for f in &files {
            let bytes = std::fs::read(f).map_err(|e| fail(f, e))?;
            // Invalid UTF-8 becomes U+FFFD rather than an error: a scraped page
            // with one bad byte is still worth reading.
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let stem = id_of(f);
            let from_file: Vec<Document> = match format_of(f) {
                Format::Text => vec![Document::new(stem.clone(), text)],
                Format::Json => {
                    let bad = |e: serde_json::Error| Failure::Input(format!("{}: {}", f.display(), json_message(&e)));
                    let value: serde_json::Value = serde_json::from_str(&text).map_err(bad)?;
                    let (records, many): (Vec<Record>, bool) = if value.is_array() {
                        (serde_json::from_value(value).map_err(bad)?, true)
                    } else {
                        (vec![serde_json::from_value(value).map_err(bad)?], false)
                    };
                    if records.is_empty() {
                        return Err(Failure::Input(format!("{}: an empty array holds no articles", f.display())));
                    }
                    records
                        .into_iter()
                        .enumerate()
                        .map(|(i, r)| r.into_document(if many { format!("{stem}-{}", i + 1) } else { stem.clone() }))
                        .collect()
                }
                Format::JsonLines => {
                    let mut list = Vec::new();
                    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                        let record: Record = serde_json::from_str(line)
                            .map_err(|e| Failure::Input(format!("{}: line {}: {}", f.display(), n + 1, json_message(&e))))?;
                        list.push(record.into_document(format!("{stem}-{}", n + 1)));
                    }
                    if list.is_empty() {
                        return Err(Failure::Input(format!("{}: no articles (one JSON object a line)", f.display())));
                    }
                    list
                }
            };
            let several = from_file.len() > 1;
            for (i, mut doc) in from_file.into_iter().enumerate() {
                if !seen.insert(doc.id.clone()) {
                    doc.id = if several { format!("{}#{}", f.display(), i + 1) } else { f.display().to_string() };
                    seen.insert(doc.id.clone());
                }
                docs.push(doc);
            }
        }
        Ok(docs)
    }

    /// serde_json's message, which names the line and column, with the
    /// field it expected when one is missing.
    fn json_message(e: &serde_json::Error) -> String {
        format!("not an article in JSON ({e}); expected {{\"text\": …}} with optional id, title, source, author, date, url")
    }

    /// "No such file or directory" without the "(os error 2)" tail.
    fn io_message(e: &std::io::Error) -> String {
        let s = e.to_string();
        match s.find(" (os error") {
            Some(i) => s[..i].to_string(),
            None => s,
        }
    }

    fn id_of(path: &Path) -> String {
        path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
    }

    /// How text output names an article: "Title (Outlet)", the title or the
    /// outlet alone, else its id.
    fn title_of(docs: &[Document], id: &str) -> String {
        let doc = docs.iter().find(|d| d.id == id);
        match (doc.and_then(|d| d.title.as_deref()), doc.and_then(|d| d.source.as_deref())) {
            (Some(title), Some(source)) => format!("{title} ({source})"),
            (Some(name), None) | (None, Some(name)) => name.to_string(),
            (None, None) => id.to_string(),
        }
    }

    fn render_summary(s: &Summary, docs: &[Document]) -> String {
        let mut out = String::new();
        for (n, sent) in s.sentences.iter().enumerate() {
            out.push_str(&format!("{}. {}\n   — {}", n + 1, sent.sentence.text, title_of(docs, &sent.sentence.doc)));
            let others = sent.corroborated_by.len();
            if others > 0 {
                out.push_str(&format!(" (also in {others} other source{})", if others == 1 { "" } else { "s" }));
            }
            out.push('\n');
        }
        out.push_str(&format!("\n{} sentences, {} words\n", s.sentences.len(), s.words));
        out
    }
}
