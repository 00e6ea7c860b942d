//! Compiles the bundled corpus into the crate: reads the manifest and
//! writes a module of `include_str!`s, so the wasm carries the articles.

use std::{env, fs, path::PathBuf};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let dir = root.join("corpus/deepseek-r1");
    let manifest_path = dir.join("corpus.json");
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    let manifest: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&manifest_path).expect("read corpus.json"))
            .expect("corpus.json is valid JSON");
    let mut out = String::from("/// The bundled articles, in manifest order.\npub static BUNDLED: &[BundledArticle] = &[\n");
    for a in manifest["articles"].as_array().expect("articles array") {
        let field = |k: &str| a[k].as_str().unwrap_or_else(|| panic!("article {k} missing")).to_string();
        let file = dir.join(field("file"));
        println!("cargo:rerun-if-changed={}", file.display());
        out.push_str(&format!(
            "    BundledArticle {{ id: {:?}, title: {:?}, title_is_headline: {}, file: {:?}, text: include_str!({:?}) }},\n",
            field("id"),
            field("title"),
            field("title_source") == "headline",
            field("file"),
            file.display().to_string()
        ));
    }
    out.push_str("];\n");
    fs::write(PathBuf::from(env::var("OUT_DIR").unwrap()).join("bundled_corpus.rs"), out).unwrap();
}
