//! The `parallax` binary, run as a user would: good and bad command lines,
//! files and folders, text and JSON output, exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).output().expect("run the parallax binary")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts the exit status, printing the command line and both streams.
#[track_caller]
fn expect_status(args: &[&str], o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "\ngiven: parallax {}\nexpected exit status: {code}\ngot: {:?}\nstdout:\n{}\nstderr:\n{}",
        args.join(" "),
        o.status.code(),
        stdout(o),
        stderr(o)
    );
}

#[track_caller]
fn ok(args: &[&str]) -> String {
    let o = parallax(args);
    expect_status(args, &o, 0);
    stdout(&o)
}

/// Runs a command that must fail with `code` and a message containing `needle`.
#[track_caller]
fn fails(args: &[&str], code: i32, needle: &str) {
    let o = parallax(args);
    expect_status(args, &o, code);
    let err = stderr(&o);
    assert!(
        err.contains(needle),
        "\ngiven: parallax {}\nexpected stderr to contain: {needle:?}\ngot: {err:?}",
        args.join(" ")
    );
    assert!(err.starts_with("parallax: "), "error should start with 'parallax: ', got {err:?}");
    assert!(stdout(&o).is_empty(), "nothing on stdout on failure, got {:?}", stdout(&o));
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = ok(args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("\ngiven: parallax {}\nexpected JSON\ngot error {e} on:\n{out}", args.join(" ")))
}

/// A fresh folder under the target dir for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/deepseek-r1")
}

fn corpus_text(id: &str) -> String {
    std::fs::read_to_string(corpus_dir().join(format!("{id}.txt"))).unwrap()
}

#[test]
fn help_and_version() {
    for flag in ["--help", "-h", "help"] {
        let out = ok(&[flag]);
        assert!(out.contains("usage: parallax summarize"), "help for {flag}: {out}");
        assert!(out.contains("--sentences N"), "help lists options: {out}");
    }
    assert!(ok(&["summarize", "--help"]).contains("usage:"));
    let v = ok(&["--version"]);
    assert_eq!(v.trim(), format!("parallax {}", env!("CARGO_PKG_VERSION")));
    assert_eq!(ok(&["-V"]), v);
}

#[test]
fn bundled_summary_as_json_points_into_the_corpus() {
    let v = json(&["summarize", "--json", "--sentences", "4"]);
    assert_eq!(v["mode"], "multi");
    let sentences = v["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 4, "asked for 4 sentences, got {sentences:#?}");
    for s in sentences {
        let id = s["doc"].as_str().unwrap();
        let text = corpus_text(id);
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(text.get(start..end), s["text"].as_str(), "sentence of {id} at {start}..{end}");
    }
}

#[test]
fn bundled_summary_as_text_names_sources() {
    let out = ok(&["summarize", "--sentences", "2"]);
    assert!(out.starts_with("1. "), "numbered sentences, got:\n{out}");
    assert!(out.contains("\n2. "), "two sentences, got:\n{out}");
    assert!(out.contains("   — "), "each sentence names its source, got:\n{out}");
    assert!(out.contains("2 sentences"), "a closing count, got:\n{out}");
}

#[test]
fn one_file_gives_a_single_document_summary() {
    let file = corpus_dir().join("002_70db90216ccc25ae.txt");
    let v = json(&["summarize", "--json", file.to_str().unwrap()]);
    assert_eq!(v["mode"], "single");
    let sentences = v["sentences"].as_array().unwrap();
    assert!(!sentences.is_empty() && sentences.len() <= 3, "default single summary is up to 3 sentences: {sentences:#?}");
    assert!(sentences.iter().all(|s| s["doc"] == "002_70db90216ccc25ae"));
}

#[test]
fn folder_of_files_is_read_in_name_order() {
    let dir = scratch("folder");
    std::fs::write(dir.join("b.txt"), "Bravo reports that shares fell sharply on Monday. Investors were worried.\n").unwrap();
    std::fs::write(dir.join("a.md"), "Alpha says shares fell sharply on Monday. Analysts disagreed.\n").unwrap();
    std::fs::write(dir.join("ignored.csv"), "a,b").unwrap();
    let v = json(&["compare", "--json", dir.to_str().unwrap()]);
    let ids: Vec<&str> = v["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b"], "given a folder with a.md, b.txt and ignored.csv");
    let sim = v["similarity"].as_array().unwrap();
    assert_eq!(sim.len(), 2);
    let ab = sim[0][1].as_f64().unwrap();
    assert!(ab > 0.0 && ab < 1.0, "similar but different texts: similarity {ab}");
}

#[test]
fn same_file_name_in_two_folders_keeps_ids_unique() {
    let dir = scratch("dupes");
    std::fs::create_dir_all(dir.join("x")).unwrap();
    std::fs::create_dir_all(dir.join("y")).unwrap();
    std::fs::write(dir.join("x/story.txt"), "The first story is about markets falling.").unwrap();
    std::fs::write(dir.join("y/story.txt"), "The second story is about markets rising.").unwrap();
    let v = json(&["compare", "--json", dir.join("x").to_str().unwrap(), dir.join("y").to_str().unwrap()]);
    let ids: Vec<&str> = v["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1], "ids must differ: {ids:?}");
}

#[test]
fn compare_text_shows_the_matrix() {
    let out = ok(&["compare"]);
    for id in ["000_4584fba820017291", "004_77179d91be93b1e9"] {
        assert!(out.contains(id), "compare output names {id}:\n{out}");
    }
    assert!(out.contains("1.00"), "the diagonal is 1.00:\n{out}");
}

#[test]
fn compare_json_is_the_api_schema() {
    let v = json(&["compare", "--json"]);
    assert_eq!(v["documents"].as_array().unwrap().len(), 5);
    assert_eq!(v["similarity"].as_array().unwrap().len(), 5);
}

#[test]
fn length_options() {
    let v = json(&["summarize", "--json", "--words", "60"]);
    let words = v["words"].as_u64().unwrap();
    let n = v["sentences"].as_array().unwrap().len();
    assert!(n >= 1, "never empty");
    assert!(words <= 60 || n == 1, "a 60-word budget gave {words} words in {n} sentences");
    let v = json(&["summarize", "--json", "--ratio=0.1"]);
    assert!(!v["sentences"].as_array().unwrap().is_empty());
    let v = json(&["summarize", "--json", "--sentences=1", "--query", "Nvidia shares"]);
    assert_eq!(v["sentences"].as_array().unwrap().len(), 1);
}

#[test]
fn position_and_keyphrase_options() {
    // One long article: without the lead bonus the ranking is by content
    // alone, so the scores' position parts are all zero.
    let one = corpus_dir().join("003_9097e100ef199ebb.txt");
    let one = one.to_str().unwrap();
    let v = json(&["summarize", "--json", "--no-position", one]);
    let positions: Vec<f64> = v["sentences"].as_array().unwrap().iter().map(|s| s["why"]["position"].as_f64().unwrap()).collect();
    assert!(positions.iter().all(|&p| p == 0.0), "--no-position: expected every why.position to be 0, got {positions:?}");
    let v = json(&["summarize", "--json", one]);
    let positions: Vec<f64> = v["sentences"].as_array().unwrap().iter().map(|s| s["why"]["position"].as_f64().unwrap()).collect();
    assert!(positions.iter().any(|&p| p > 0.0), "default: expected some position bonus, got {positions:?}");
    let v = json(&["summarize", "--json", "--keyphrases", "3"]);
    assert_eq!(v["keyphrases"].as_array().unwrap().len(), 3, "--keyphrases 3 gave {}", v["keyphrases"]);
    let v = json(&["summarize", "--json", "--keyphrases=0"]);
    assert!(v["keyphrases"].as_array().unwrap().is_empty(), "--keyphrases 0 gave {}", v["keyphrases"]);
    fails(&["summarize", "--keyphrases", "many"], 2, "--keyphrases takes a whole number, not \"many\"");
    fails(&["compare", "--no-position"], 2, "--no-position is an option of summarize, not of compare");
}

#[test]
fn document_option_summarizes_one_article() {
    let v = json(&["summarize", "--json", "--document", "003_9097e100ef199ebb"]);
    assert_eq!(v["mode"], "single");
    assert!(v["sentences"].as_array().unwrap().iter().all(|s| s["doc"] == "003_9097e100ef199ebb"));
    fails(&["summarize", "--document", "nope"], 1, "no document has the id \"nope\"");
}

#[test]
fn bad_command_lines_exit_2() {
    fails(&[], 2, "no command given");
    fails(&["summarise"], 2, "unknown command \"summarise\"");
    fails(&["summarize", "--sentences"], 2, "--sentences needs a value");
    fails(&["summarize", "--sentences", "three"], 2, "--sentences takes a whole number, not \"three\"");
    fails(&["summarize", "--sentences", "0"], 2, "--sentences must be at least 1");
    fails(&["summarize", "--sentences", "-3"], 2, "--sentences takes a whole number");
    fails(&["summarize", "--words", "5", "--sentences", "2"], 2, "give only one of");
    fails(&["summarize", "--ratio", "1.5"], 2, "--ratio must be more than 0 and at most 1");
    fails(&["summarize", "--ratio", "NaN"], 2, "--ratio must be more than 0");
    fails(&["summarize", "--ratio", "half"], 2, "--ratio takes a number");
    fails(&["summarize", "--frobnicate"], 2, "unknown option \"--frobnicate\" for summarize");
    fails(&["compare", "--sentences", "2"], 2, "--sentences is an option of summarize, not of compare");
    fails(&["compare", "--json=yes"], 2, "--json takes no value");
}

#[test]
fn bad_paths_exit_1_and_name_the_path() {
    fails(&["summarize", "/definitely/not/here.txt"], 1, "/definitely/not/here.txt: No such file or directory");
    let dir = scratch("empty-folder");
    fails(&["compare", dir.to_str().unwrap()], 1, "no .txt, .md, .json or .jsonl files in this folder");
}

#[test]
fn unusable_files_get_the_engines_message() {
    let dir = scratch("bad-files");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    fails(&["summarize", empty.to_str().unwrap()], 1, "document \"empty\" has no words");
    let blank = dir.join("blank.txt");
    std::fs::write(&blank, " \n\t\n  ").unwrap();
    fails(&["compare", blank.to_str().unwrap()], 1, "document \"blank\" has no words");
}

#[test]
fn invalid_utf8_is_read_lossily() {
    let dir = scratch("latin1");
    let f = dir.join("latin1.txt");
    std::fs::write(&f, b"Caf\xe9 owners said prices rose. The caf\xe9 closed early on Monday.").unwrap();
    let v = json(&["summarize", "--json", f.to_str().unwrap()]);
    let text = v["sentences"][0]["text"].as_str().unwrap();
    assert!(text.contains('\u{FFFD}') || text.contains("closed"), "got {text:?}");
}

#[test]
fn double_dash_ends_options() {
    let dir = scratch("dash");
    let f = dir.join("-odd.txt");
    std::fs::write(&f, "A file whose name starts with a dash still reads fine. It has two sentences.").unwrap();
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).current_dir(&dir).output().unwrap();
    let o = run(&["summarize", "--json", "--", "-odd.txt"]);
    expect_status(&["summarize", "--json", "--", "-odd.txt"], &o, 0);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["sentences"][0]["doc"], "-odd");
    let o = run(&["summarize", "-odd.txt"]);
    expect_status(&["summarize", "-odd.txt"], &o, 2);
    assert!(f.exists());
}

/// The text of the bundled corpus's `n`th article (name order).
fn corpus_nth(n: usize) -> String {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    std::fs::read_to_string(&files[n]).unwrap()
}

#[test]
fn json_files_carry_source_metadata_into_the_comparison() {
    let dir = scratch("json-metadata");
    let a = corpus_nth(0);
    let b = corpus_nth(1);
    let one = serde_json::json!({"id": "rt", "title": "Markets slide", "source": "Reuters", "author": "A. Writer",
        "date": "2025-01-27T14:05:00Z", "url": "https://www.reuters.com/x", "text": a});
    std::fs::write(dir.join("a.json"), one.to_string()).unwrap();
    // No id: the file name stands in; blank fields mean "not known".
    let two = serde_json::json!({"title": "Chips", "source": "The Verge", "author": " ", "text": b});
    std::fs::write(dir.join("b.json"), two.to_string()).unwrap();
    std::fs::write(dir.join("notes.csv"), "ignored").unwrap();
    let d = dir.to_str().unwrap();
    let v = json(&["compare", "--json", d]);
    let docs = v["documents"].as_array().expect("documents");
    let got: Vec<(String, String)> = docs.iter().map(|x| (x["id"].as_str().unwrap_or("?").into(), x["source"].as_str().unwrap_or("-").into())).collect();
    assert_eq!(got, vec![("rt".into(), "Reuters".into()), ("b".into(), "The Verge".into())], "\ngiven: a.json, b.json\ngot: {got:?}");
    assert_eq!(docs[0]["date"], "2025-01-27T14:05:00Z");
    assert_eq!(docs[0]["url"], "https://www.reuters.com/x");
    assert_eq!(docs[0]["author"], "A. Writer");
    assert!(docs[1].get("author").is_none(), "a blank author is absent, got {}", docs[1]);
    let text = ok(&["summarize", d]);
    assert!(text.contains("(Reuters)") || text.contains("(The Verge)"), "text output names outlets:\n{text}");
}

#[test]
fn jsonl_file_is_one_article_a_line() {
    let dir = scratch("jsonl");
    let lines: Vec<String> = (0..3)
        .map(|i| {
            let mut o = serde_json::json!({"source": format!("Outlet {i}"), "text": corpus_nth(i)});
            if i == 0 {
                o["id"] = "first".into();
            }
            o.to_string()
        })
        .collect();
    let path = dir.join("set.jsonl");
    std::fs::write(&path, format!("{}\n\n{}\n{}\n", lines[0], lines[1], lines[2])).unwrap();
    let v = json(&["compare", "--json", path.to_str().unwrap()]);
    let ids: Vec<&str> = v["documents"].as_array().unwrap().iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["first", "set-3", "set-4"], "\ngiven: three lines (a blank one between)\ngot ids: {ids:?}");
    // An array in a .json file, next to a text file with the same stem.
    let dir2 = scratch("json-array");
    let arr = serde_json::json!([{"text": corpus_nth(0)}, {"text": corpus_nth(1)}]);
    std::fs::write(dir2.join("set.json"), arr.to_string()).unwrap();
    std::fs::write(dir2.join("set.txt"), corpus_nth(2)).unwrap();
    let v = json(&["compare", "--json", dir2.to_str().unwrap()]);
    let ids: Vec<&str> = v["documents"].as_array().unwrap().iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["set-1", "set-2", "set"], "\ngiven: set.json (array of 2), set.txt\ngot ids: {ids:?}");
}

#[test]
fn bad_json_and_bad_metadata_are_refused_clearly() {
    let dir = scratch("bad-json");
    let p = |name: &str, body: &str| {
        let f = dir.join(name);
        std::fs::write(&f, body).unwrap();
        f.to_str().unwrap().to_string()
    };
    let text = serde_json::to_string(&corpus_nth(0)).unwrap();
    fails(&["compare", &p("broken.json", "{\"text\": ")], 1, "broken.json: not an article in JSON");
    fails(&["compare", &p("notext.json", "{\"title\": \"x\"}")], 1, "missing field `text`");
    fails(&["compare", &p("empty.json", "[]")], 1, "an empty array holds no articles");
    fails(&["compare", &p("lines.jsonl", &format!("{{\"text\": {text}}}\nnot json\n"))], 1, "lines.jsonl: line 2");
    fails(&["compare", &p("date.json", &format!("{{\"date\": \"27/01/2025\", \"text\": {text}}}"))], 1, "date \"27/01/2025\" is not an ISO 8601 date");
    fails(&["compare", &p("url.json", &format!("{{\"url\": \"javascript:alert(1)\", \"text\": {text}}}"))], 1, "is not an http:// or https:// address");
}
