#!/usr/bin/env python3
"""Writes the fuzz seed corpora (fuzz/corpus/<target>/) from the project's
own fixtures: the bundled articles, the sentence-splitter and figure spec
cases, and the comparison and claim fixture stories. Run by `make fuzz`;
seeds already there (and what the fuzzer added) are kept.

Input layouts follow fuzz/fuzz_targets/input.rs: documents are separated by
0xFF; the summarize and compare_slow targets read one leading option byte.
"""
import hashlib
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "corpus"


def cases(path):
    """Spec files: the given text of each `=== name` case (before `---`)."""
    text = path.read_text(encoding="utf-8")
    for block in text.split("\n=== ")[1:]:
        body = block.split("\n", 1)[1] if "\n" in block else ""
        yield body.split("\n---", 1)[0].encode()


def write(target, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main():
    small = []
    for spec in sorted((ROOT / "tests" / "data").rglob("*.txt")):
        if "sentences" in spec.parts or "figures" in spec.parts or "entities" in spec.parts:
            small.extend(cases(spec))
    articles = [p.read_bytes() for p in sorted((ROOT / "corpus").rglob("*.txt"))]
    stories = {}
    for p in sorted((ROOT / "tests" / "data").rglob("*.txt")):
        if p.parent.parent.name in ("compare", "claims"):
            stories.setdefault(p.parent, []).append(p.read_bytes())

    for case in small:
        write("text", case[:1024])
    for a in articles:
        for para in a.split(b"\n"):
            if para.strip():
                write("text", para[:1024])
    sets = [b"\xff".join(docs) for docs in stories.values()]
    sets.append(b"\xff".join(a[:1500] for a in articles))
    for s in sets:
        write("compare", s[:4096])
        for option in (0, 1, 2, 3, 4, 0x80):
            write("summarize", bytes([option]) + s[:4095])
    for case in small:
        write("compare", case + b"\xff" + case)
        write("summarize", b"\x00" + case)
        for shape in (0, 4, 8, 0x83):
            write("compare_slow", bytes([shape]) + case[:255])
    counts = {t.name: sum(1 for _ in t.iterdir()) for t in OUT.iterdir()}
    print("fuzz seeds:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
