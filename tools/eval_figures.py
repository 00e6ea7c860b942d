#!/usr/bin/env python3
"""Scores Parallax's figure extraction: precision, recall and F1 per kind
(money, percent, duration, year, count; age on the spec files), on two
suites:

* spec: the project's own cases, tests/data/figures/*.txt (format in that
  folder's README.md);
* quantulum3: the test cases that ship inside the quantulum3 package
  (quantulum3/_lang/en_US/tests/quantities.json and
  quantities.ambiguity.json), fetched with `pip download quantulum3==0.10.0`
  into target/eval/ on first use. Gold units are mapped to kinds through
  quantulum3's own unit registry: a currency → money, "percentage" →
  percent, a unit of time → duration, a whole number from 1000 to 2100
  written as four digits without a unit → year, anything else → count.

A prediction matches a gold figure of the same kind when their spans
overlap and their values agree within 0.5 % (durations compared in days,
money in the main unit: "100 cents" is 1 dollar); each gold figure matches
at most one prediction.

Parallax runs as the release CLI (`parallax compare --json` over a folder
with one document per case). The peer row runs quantulum3 0.10.0 itself
(without its optional classifier), from a venv in target/eval/venv made on
first use.

Usage:
    python3 tools/eval_figures.py [--bin PATH] [--suite spec|quantulum3|all] [--no-peer] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "target" / "eval"
QUANTULUM = "quantulum3==0.10.0"
TOLERANCE = 0.005

# Days in quantulum3's units of time, to compare durations in one unit.
TIME_DAYS = {
    "second": 1 / 86400, "millisecond": 1 / 86_400_000, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "fortnight": 14.0, "month": 30.44, "year": 365.25, "decade": 3652.5, "century": 36525.0, "millennium": 365250.0,
    "megayear": 365.25e6, "gigayear": 365.25e9,
}
# Money subunits, to compare in the main unit.
MONEY_FACTOR = {"cent": 0.01, "penny": 0.01, "dime": 0.1, "nickel": 0.05}


# ---------------------------------------------------------------- suites

def spec_cases():
    """(text, [gold]) from tests/data/figures/*.txt."""
    cases = []
    for f in sorted((ROOT / "tests" / "data" / "figures").glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("=>"):
                spec = line[2:].strip()
                if spec == "none":
                    continue
                kind, value, _unit, surface = [x.strip() for x in spec.split("|")[:4]]
                text = cases[-1][0]
                cases[-1][1].append({"kind": kind, "value": float(value), "surface": surface, "span": find_span(text, surface, cases[-1][1])})
            else:
                cases.append((line, []))
    return cases


def find_span(text, surface, earlier):
    """Character span of `surface` in `text`: its first occurrence after
    any earlier gold figure with the same surface."""
    start = 0
    for g in earlier:
        if g["surface"] == surface and g["span"]:
            start = g["span"][0] + 1
    at = text.find(surface, start)
    return (at, at + len(surface)) if at >= 0 else None


def quantulum_dir() -> Path:
    """The unpacked quantulum3 wheel (downloaded once)."""
    target = EVAL_DIR / "quantulum3-wheel"
    tests = target / "quantulum3" / "_lang" / "en_US" / "tests"
    if not tests.exists():
        target.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(target), QUANTULUM], check=True)
        wheel = next(target.glob("quantulum3-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            z.extractall(target)
    return tests


def peer_python() -> Path:
    """A Python with quantulum3 installed (a venv in target/eval/venv)."""
    venv = EVAL_DIR / "venv"
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    probe = subprocess.run([str(py), "-c", "import quantulum3"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run([str(py), "-m", "pip", "install", "-q", QUANTULUM], check=True)
    return py


# Runs inside the peer venv: quantulum3's unit registry and parser.
PEER_SCRIPT = r"""
import json, sys, warnings
warnings.filterwarnings("ignore")
from quantulum3 import parser, load
units = load.units("en_US")
def entity(name):
    first = name.split(" per ")[0]
    u = units.names.get(first)
    return u.entity.name if u else "unknown"
job = json.load(sys.stdin)
out = {"entities": {n: entity(n) for n in job["units"]}, "parsed": []}
if job["parse"]:
    for text in job["texts"]:
        got = []
        for q in parser.parse(text):
            got.append({"surface": q.surface, "span": list(q.span), "value": q.value, "unit": q.unit.name, "entity": entity(q.unit.name)})
        out["parsed"].append(got)
json.dump(out, sys.stdout)
"""


def run_peer(texts, unit_names, parse):
    py = peer_python()
    job = json.dumps({"texts": texts, "units": sorted(unit_names), "parse": parse})
    res = subprocess.run([str(py), "-c", PEER_SCRIPT], input=job, capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def quantulum_kind(unit, entity, value, surface):
    """The kind of a quantulum3 quantity."""
    first = unit.split(" per ")[0]
    if entity == "currency" or first in MONEY_FACTOR:
        return "money"
    if unit == "percentage":
        return "percent"
    if entity == "time":
        return "duration"
    if unit == "dimensionless" and surface.isdigit() and len(surface) == 4 and 1000 <= value <= 2100:
        return "year"
    return "count"


def quantulum_value(kind, unit, value):
    first = unit.split(" per ")[0]
    if kind == "duration":
        return value * TIME_DAYS.get(first, 1.0)
    if kind == "money":
        return value * MONEY_FACTOR.get(first, 1.0)
    return value


def quantulum_cases(tests: Path):
    cases = []
    for name in ["quantities.json", "quantities.ambiguity.json"]:
        for item in json.loads((tests / name).read_text(encoding="utf-8")):
            cases.append((item["req"], [dict(r) for r in item["res"]]))
    return cases


# ---------------------------------------------------------------- Parallax

def run_parallax(binary: Path, texts):
    """Parallax's figures of each text: [{kind, value, span}] per text."""
    with tempfile.TemporaryDirectory() as d:
        ids = []
        for n, t in enumerate(texts):
            name = f"case{n:05d}"
            (Path(d) / f"{name}.txt").write_text(t, encoding="utf-8")
            ids.append(name)
        res = subprocess.run([str(binary), "compare", "--json", d], capture_output=True, text=True)
        if res.returncode != 0:
            sys.exit(f"parallax failed: {res.stderr}")
        out = json.loads(res.stdout)
    by_doc = {i: [] for i in ids}
    for f in out["figures"]:
        text = texts[ids.index(f["doc"])]
        raw = text.encode("utf-8")
        start = len(raw[: f["start"]].decode("utf-8", "ignore"))
        end = len(raw[: f["end"]].decode("utf-8", "ignore"))
        by_doc[f["doc"]].append({"kind": f["kind"], "value": f["value"], "span": (start, end), "surface": f["text"], "unit": f["unit"]})
    return [by_doc[i] for i in ids]


# ---------------------------------------------------------------- scoring

def close(a, b):
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b)) or abs(a - b) < 1e-9


def overlaps(a, b):
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def score(golds, preds, kinds, errors=None, texts=None):
    """P/R/F1 per kind: {kind: (tp, fp, fn)}."""
    counts = {k: [0, 0, 0] for k in kinds}
    for n, (gold, pred) in enumerate(zip(golds, preds)):
        used = set()
        for p in pred:
            if p["kind"] not in counts:
                continue
            hit = None
            for gi, g in enumerate(gold):
                if gi in used or g["kind"] != p["kind"]:
                    continue
                if overlaps(g["span"], p["span"]) and close(g["value"], p["value"]):
                    hit = gi
                    break
            if hit is None:
                counts[p["kind"]][1] += 1
                if errors is not None:
                    errors.append(f"  FP {p['kind']:8} {p['surface']!r} = {p['value']:g}   in {texts[n]!r}")
            else:
                used.add(hit)
                counts[p["kind"]][0] += 1
        for gi, g in enumerate(gold):
            if gi not in used and g["kind"] in counts:
                counts[g["kind"]][2] += 1
                if errors is not None:
                    errors.append(f"  FN {g['kind']:8} {g['surface']!r} = {g['value']:g}   in {texts[n]!r}")
    return counts


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(title, rows, kinds):
    print(f"\n### {title}\n")
    print("| system | " + " | ".join(f"{k} P / R / F1 (n)" for k in kinds) + " |")
    print("|---|" + "---|" * len(kinds))
    for name, counts in rows:
        cells = []
        for k in kinds:
            tp, fp, fn = counts[k]
            p, r, f = prf(tp, fp, fn)
            cells.append(f"{p:.2f} / {r:.2f} / **{f:.2f}** ({tp + fn})")
        print(f"| {name} | " + " | ".join(cells) + " |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", type=Path, default=ROOT / "target" / "release" / "parallax")
    ap.add_argument("--suite", choices=["spec", "quantulum3", "all"], default="all")
    ap.add_argument("--no-peer", action="store_true", help="skip running quantulum3 itself")
    ap.add_argument("--show-errors", action="store_true", help="list every false positive and negative of Parallax")
    args = ap.parse_args()
    if not args.bin.exists():
        sys.exit(f"{args.bin} does not exist: run `cargo build --release` first")

    if args.suite in ("spec", "all"):
        kinds = ["money", "percent", "duration", "year", "age", "count"]
        cases = spec_cases()
        texts = [t for t, _ in cases]
        golds = [g for _, g in cases]
        errors = [] if args.show_errors else None
        ours = score(golds, run_parallax(args.bin, texts), kinds, errors, texts)
        rows = [("Parallax", ours)]
        if not args.no_peer:
            peer = run_peer(texts, [], parse=True)["parsed"]
            preds = [[{"kind": quantulum_kind(q["unit"], q["entity"], q["value"], q["surface"]), "value": quantulum_value(quantulum_kind(q["unit"], q["entity"], q["value"], q["surface"]), q["unit"], q["value"]), "span": tuple(q["span"]), "surface": q["surface"]} for q in got] for got in peer]
            rows.append((QUANTULUM, score(golds, preds, kinds)))
        table(f"Figures: spec cases (tests/data/figures, {len(cases)} cases)", rows, kinds)
        if errors:
            print("\n".join(errors))

    if args.suite in ("quantulum3", "all"):
        kinds = ["money", "percent", "duration", "year", "count"]
        cases = quantulum_cases(quantulum_dir())
        texts = [t for t, _ in cases]
        unit_names = {r["unit"] for _, res in cases for r in res}
        peer = run_peer(texts, unit_names, parse=not args.no_peer)
        ent = peer["entities"]
        golds = []
        for text, res in cases:
            gold = []
            for r in res:
                kind = quantulum_kind(r["unit"], ent.get(r["unit"], "unknown"), r["value"], r["surface"])
                gold.append({"kind": kind, "value": quantulum_value(kind, r["unit"], r["value"]), "surface": r["surface"], "span": find_span(text, r["surface"], gold)})
            golds.append(gold)
        errors = [] if args.show_errors else None
        rows = [("Parallax", score(golds, run_parallax(args.bin, texts), kinds, errors, texts))]
        if not args.no_peer:
            preds = []
            for got in peer["parsed"]:
                row = []
                for q in got:
                    kind = quantulum_kind(q["unit"], q["entity"], q["value"], q["surface"])
                    row.append({"kind": kind, "value": quantulum_value(kind, q["unit"], q["value"]), "span": tuple(q["span"]), "surface": q["surface"]})
                preds.append(row)
            rows.append((QUANTULUM + " (its own test cases)", score(golds, preds, kinds)))
        table(f"Figures: quantulum3 0.10.0 test cases ({len(cases)} sentences)", rows, kinds)
        if errors:
            print("\n".join(errors))


if __name__ == "__main__":
    main()
