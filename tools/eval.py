#!/usr/bin/env python3
"""Scores Parallax summaries against human references with ROUGE.

Runs the release CLI (`parallax summarize --json ...`) over the evaluation
sets in ../shared/data/ and scores the output with Python's `rouge-score`
package, following the conventions of ../shared/data/README.md exactly:

* duc2006-dev (multi-document): a 250-word summary of each cluster, cut to
  its first 250 words; ROUGE-1, ROUGE-2 and ROUGE-L recall with Porter
  stemming and no stop-word removal; averaged over the cluster's four
  references, then over clusters. Once generic, once with the cluster's
  topic statement (topic.txt) as the query.
* cnndm-dev (single-document): a 3-sentence summary of each article;
  ROUGE-1, ROUGE-2 F1 and ROUGE-Lsum F1 with the summary's sentences and
  the reference's highlights each joined by newlines; Porter stemming.
  Once with the default (position-aware) scoring, once with
  `--no-position` (generic scoring only).

* sts-benchmark-dev (sentence pairs, for `compare`): each sentence its own
  one-sentence document (whitespace collapsed, a full stop appended when it
  has no final punctuation); the pair's same-fact score is the score of the
  fact cluster holding both sentences when there is one, else
  `fact_similarity[0][1]` (the best same-fact score, below the line);
  Spearman ρ ×100 against the gold over all pairs and per genre. The
  lexical `similarity[0][1]` gets a row too.
* mrpc-train (sentence pairs, serves as dev): the same two documents; a
  pair is a paraphrase when `compare --json` returns a shared fact holding
  both sentences; accuracy and P / R / F1 of the paraphrase class.

Prints a Markdown table of our rows next to the README's baselines, with
the mean wall time per item (one CLI process per item, so it includes
process start-up and reading the files).

Usage:
    python3 tools/eval.py [--set duc|cnndm|sts|mrpc|all] [--limit N] [--query on|off|both]
                          [--bin PATH] [--data DIR]

`make eval` builds the release binary first and then runs this script.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DUC_BASELINES = [
    ("best system of the DUC 2006 evaluation (NIST peer 24, query-focused)", "40.15", "8.81", "—", "—"),
    ("human summary vs the other three humans", "44.77", "10.07", "—", "—"),
    ("sumy 0.13 TextRank (generic)", "37.55", "7.56", "—", "1.5 s"),
    ("sumy 0.13 LexRank (generic)", "37.78", "7.45", "—", "4.0 s"),
    ("random sentences", "34.02", "4.82", "—", "—"),
    ("round-robin lead (1st sentence of each article, then 2nd, …)", "33.01", "5.92", "—", "—"),
    ("NIST baseline (lead of the newest article)", "29.85", "4.66", "—", "—"),
]

CNNDM_BASELINES = [
    ("LEAD-3 (first three sentences)", "40.32", "17.58", "36.65", "—"),
    ("sumy 0.13 LexRank", "35.44", "13.19", "31.87", "10 ms"),
    ("sumy 0.13 TextRank", "34.95", "13.41", "31.24", "8 ms"),
    ("random 3 sentences", "28.41", "8.16", "25.48", "—"),
]


def default_bin() -> Path:
    target = os.environ.get("CARGO_TARGET_DIR")
    base = Path(target) if target else ROOT / "target"
    return base / "release" / "parallax"


def scorer_for(kinds):
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("installing rouge-score (pip install rouge-score)…", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "rouge-score"], check=True)
        from rouge_score import rouge_scorer
    return rouge_scorer.RougeScorer(kinds, use_stemmer=True)


def items(data: Path, set_name: str, limit: int | None):
    base = data / set_name
    if not base.is_dir():
        sys.exit(f"eval: {base} is missing (the evaluation data lives in ../shared/data/)")
    found = sorted(p for p in base.iterdir() if p.is_dir())
    return found[:limit] if limit else found


def run_cli(binary: Path, args: list[str]) -> tuple[dict, float]:
    start = time.perf_counter()
    proc = subprocess.run([str(binary), "summarize", "--json", *args], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{binary} summarize {' '.join(args)} failed: {proc.stderr.strip()}")
    return json.loads(proc.stdout), elapsed


def first_words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def topic_query(item: Path) -> str:
    lines = [l.strip() for l in (item / "topic.txt").read_text(encoding="utf-8", errors="replace").splitlines()]
    return " ".join(l for l in lines if l)


def eval_duc(binary: Path, data: Path, limit: int | None, query: bool):
    scorer = scorer_for(["rouge1", "rouge2", "rougeL"])
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    seconds = 0.0
    clusters = items(data, "duc2006-dev", limit)
    for item in clusters:
        args = ["--words", "250"]
        if query:
            args += ["--query", topic_query(item)]
        summary, elapsed = run_cli(binary, args + [str(item / "docs")])
        seconds += elapsed
        text = first_words(" ".join(s["text"] for s in summary["sentences"]), 250)
        refs = sorted((item / "refs").glob("*.txt"))
        per = {k: 0.0 for k in totals}
        for ref in refs:
            scores = scorer.score(ref.read_text(encoding="utf-8", errors="replace"), text)
            for k in per:
                per[k] += scores[k].recall
        for k in totals:
            totals[k] += per[k] / max(len(refs), 1)
    n = max(len(clusters), 1)
    return {k: 100 * v / n for k, v in totals.items()}, seconds / n, len(clusters)


def eval_cnndm(binary: Path, data: Path, limit: int | None, position: bool):
    scorer = scorer_for(["rouge1", "rouge2", "rougeLsum"])
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0}
    seconds = 0.0
    articles = items(data, "cnndm-dev", limit)
    for item in articles:
        args = ["--sentences", "3"] + ([] if position else ["--no-position"])
        summary, elapsed = run_cli(binary, args + [str(item / "docs" / "article.txt")])
        seconds += elapsed
        text = "\n".join(" ".join(s["text"].split()) for s in summary["sentences"])
        ref = (item / "refs" / "highlights.txt").read_text(encoding="utf-8", errors="replace")
        ref = "\n".join(l.strip() for l in ref.splitlines() if l.strip())
        scores = scorer.score(ref, text)
        for k in totals:
            totals[k] += scores[k].fmeasure
    n = max(len(articles), 1)
    return {k: 100 * v / n for k, v in totals.items()}, seconds / n, len(articles)


STS_BASELINES = [
    ("Parallax 0.1.0 `similarity[0][1]` (at ca25211)", "77.2", "79.2", "69.2", "74.2"),
    ("Parallax 0.1.0 `shared_facts` joins the pair, yes/no (at ca25211)", "64.2", "65.3", "58.9", "34.2"),
    ("TF-IDF cosine (sklearn, sublinear tf), fitted on `sts-train.csv`", "72.1", "74.6", "65.3", "48.2"),
    ("word-overlap Jaccard (sklearn English stop words out)", "74.2", "73.8", "70.1", "66.7"),
    ("all-MiniLM-L6-v2 (mean pooling, cosine)", "86.7", "92.5", "72.3", "80.8"),
]

MRPC_BASELINES = [
    ("always paraphrase", ".675", ".675", "1.000", ".806"),
    ("Parallax 0.1.0 `shared_facts` (at ca25211)", ".713", ".734", ".901", ".809"),
    ("TF-IDF, threshold by 5-fold CV", ".712", ".748", ".864", ".802"),
]


def as_document(sentence: str) -> str:
    """Whitespace collapsed, and a full stop when there is no final
    punctuation (a short unpunctuated line would be read as a heading)."""
    text = " ".join(sentence.split())
    if text and text[-1] not in ".!?\"'”’)":
        text += "."
    return text


def compare_pair(binary: Path, tmp: Path, a: str, b: str) -> tuple[float, float, bool]:
    """(same-fact score, lexical similarity, same fact?) of two sentences."""
    (tmp / "a.txt").write_text(as_document(a), encoding="utf-8")
    (tmp / "b.txt").write_text(as_document(b), encoding="utf-8")
    proc = subprocess.run([str(binary), "compare", "--json", str(tmp / "a.txt"), str(tmp / "b.txt")], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"compare failed on {a!r} / {b!r}: {proc.stderr.strip()}")
    c = json.loads(proc.stdout)
    joined = [f for f in c.get("shared_facts", []) if set(f["docs"]) == {"a", "b"}]
    if joined:
        score = c["clusters"][joined[0]["cluster"]]["score"]
    else:
        score = c["fact_similarity"][0][1]
    return score, c["similarity"][0][1], bool(joined)


def ranks(xs: list[float]) -> list[float]:
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(xs: list[float], ys: list[float]) -> float:
    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def eval_sts(binary: Path, data: Path, limit: int | None):
    import tempfile
    path = data / "sts-benchmark-dev" / "sts-dev.csv"
    if not path.exists():
        sys.exit(f"eval: {path} is missing")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 7:
            rows.append((parts[0], float(parts[4]), parts[5], parts[6]))
    rows = rows[:limit] if limit else rows
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        got = [(genre, gold) + compare_pair(binary, Path(tmp), a, b) for genre, gold, a, b in rows]
    seconds = (time.perf_counter() - start) / max(len(rows), 1)
    out = {}
    for col, k in (("same-fact score", 2), ("lexical similarity", 3)):
        cells = [spearman([g[k] for g in got], [g[1] for g in got])]
        for genre in ("main-captions", "main-news", "main-forums"):
            sel = [g for g in got if g[0] == genre]
            cells.append(spearman([g[k] for g in sel], [g[1] for g in sel]))
        out[col] = [100 * c for c in cells]
    return out, seconds, len(rows)


def eval_mrpc(binary: Path, data: Path, limit: int | None):
    import tempfile
    path = data / "mrpc-train" / "msr_paraphrase_train.txt"
    if not path.exists():
        sys.exit(f"eval: {path} is missing")
    lines = path.read_text(encoding="utf-8-sig").splitlines()[1:]
    rows = [(int(p[0]), p[3], p[4]) for p in (l.split("\t") for l in lines) if len(p) >= 5]
    rows = rows[:limit] if limit else rows
    tp = fp = fn = tn = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for label, a, b in rows:
            same = compare_pair(binary, Path(tmp), a, b)[2]
            tp += same and label == 1
            fp += same and label == 0
            fn += (not same) and label == 1
            tn += (not same) and label == 0
    seconds = (time.perf_counter() - start) / max(len(rows), 1)
    n = max(len(rows), 1)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"acc": (tp + tn) / n, "p": p, "r": r, "f1": f1}, seconds, len(rows)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=["duc", "cnndm", "sts", "mrpc", "all"], default="all")
    ap.add_argument("--limit", type=int, default=None, help="only the first N items of each set")
    ap.add_argument("--query", choices=["on", "off", "both"], default="both",
                    help="DUC: generic, topic-as-query, or both rows (default both)")
    ap.add_argument("--position", choices=["on", "off", "both"], default="both",
                    help="CNN/DM: position-aware, generic, or both rows (default both)")
    ap.add_argument("--bin", type=Path, default=None, help="the parallax binary (default target/release/parallax)")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    binary = args.bin or default_bin()
    if not binary.exists():
        sys.exit(f"eval: {binary} not found; build it with `cargo build --release`")

    out = []
    if args.set in ("duc", "all"):
        rows = []
        for query in ([False, True] if args.query == "both" else [args.query == "on"]):
            scores, per_item, n = eval_duc(binary, args.data, args.limit, query)
            name = "**Parallax, topic statement as query**" if query else "**Parallax (generic)**"
            rows.append((name, f"{scores['rouge1']:.2f}", f"{scores['rouge2']:.2f}", f"{scores['rougeL']:.2f}", ms(per_item)))
        out.append(f"### DUC 2006 dev, multi-document, 250 words ({n} clusters; recall ×100)\n")
        out.append("| system | R-1 | R-2 | R-L | time per cluster |")
        out.append("|---|---|---|---|---|")
        out += ["| " + " | ".join(r) + " |" for r in rows + DUC_BASELINES]
        out.append("")
    if args.set in ("cnndm", "all"):
        rows = []
        for position in ([True, False] if args.position == "both" else [args.position == "on"]):
            name = "**Parallax (default, position-aware)**" if position else "**Parallax, `--no-position` (generic)**"
            try:
                scores, per_item, n = eval_cnndm(binary, args.data, args.limit, position)
            except RuntimeError as e:
                if position or "--no-position" not in str(e):
                    raise
                print(f"eval: {binary} has no --no-position flag; skipping the generic row", file=sys.stderr)
                rows.append((name + " (CLI lacks `--no-position`)", "—", "—", "—", "—"))
                continue
            rows.append((name, f"{scores['rouge1']:.2f}", f"{scores['rouge2']:.2f}", f"{scores['rougeLsum']:.2f}", ms(per_item)))
        out.append(f"### CNN/DailyMail dev, single-document, 3 sentences ({n} articles; F1 ×100)\n")
        out.append("| system | R-1 F | R-2 F | R-Lsum F | time per article |")
        out.append("|---|---|---|---|---|")
        out += ["| " + " | ".join(r) + " |" for r in rows + CNNDM_BASELINES]
        out.append("")
    if args.set in ("sts", "all"):
        scores, per_item, n = eval_sts(binary, args.data, args.limit)
        out.append(f"### STS Benchmark dev, sentence pairs ({n} pairs; Spearman ρ ×100)\n")
        out.append("| system | all | captions | news | forums |")
        out.append("|---|---|---|---|---|")
        out.append("| **Parallax same-fact score** | " + " | ".join(f"{x:.1f}" for x in scores["same-fact score"]) + " |")
        out.append("| **Parallax `similarity[0][1]` (lexical)** | " + " | ".join(f"{x:.1f}" for x in scores["lexical similarity"]) + " |")
        out += ["| " + " | ".join(r) + " |" for r in STS_BASELINES]
        out.append(f"\n({ms(per_item)} per pair, one CLI process each)\n")
    if args.set in ("mrpc", "all"):
        m, per_item, n = eval_mrpc(binary, args.data, args.limit)
        out.append(f"### MRPC train (serves as dev), same-fact decision ({n} pairs)\n")
        out.append("| system | acc | P | R | F1 |")
        out.append("|---|---|---|---|---|")
        out.append(f"| **Parallax fact clusters (a shared fact holds both)** | {m['acc']:.3f} | {m['p']:.3f} | {m['r']:.3f} | {m['f1']:.3f} |")
        out += ["| " + " | ".join(r) + " |" for r in MRPC_BASELINES]
        out.append(f"\n({ms(per_item)} per pair, one CLI process each)\n")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
