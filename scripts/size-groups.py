#!/usr/bin/env python3
"""Groups a wasm module's bytes by owner: which crate or part of the engine
each function body comes from, and what the data segments hold.

    python3 scripts/size-groups.py NAMED.wasm [--stripped STRIPPED.wasm]
        [--dominators DOMINATORS.csv] [--markdown]

NAMED.wasm must carry a name section (scripts/size-report.sh builds one with
the Makefile's wasm-opt flags, -g instead of --strip-debug). The script
parses the module itself (no dependency): every function body of the code
section, named through the name section, goes to the first group whose
pattern matches its demangled name; data segments are split into the files
the crate embeds (bundled corpus, gazetteer; found byte for byte) and the
rest. For each group it prints the raw bytes (the size of the bodies, as
`twiggy top` counts them) and the bytes of the group's bodies gzipped alone
(level 9): a measured figure, but not the group's exact share of the
module's gzipped size, since gzip also finds repeats across groups.
With --stripped it checks that NAMED.wasm's code and data are the size of
the shipped module's (the name section does not change the code).
"""

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (group, regex on the demangled name, crate disambiguators removed). First
# match wins, so engine types that implement serde or iterator traits are
# caught by the serde and engine rules before the generic ones.
GROUPS = [
    ("serde / serde-wasm-bindgen (generated Serialize/Deserialize, serializer)",
     r"serde|_serde|__FieldVisitor|__Visitor|__Field\b|SerializeStruct|SerializeSeq|SerializeMap"),
    ("wasm-bindgen / js-sys glue", r"wasm_bindgen|js_sys|__wbg|__wbindgen|__externref|JsValue"),
    ("sorting (parallax::order, core::slice::sort)", r"parallax::order|core::slice::sort|slice::sort|::sort_by|merge_sort|insertion_sort|quicksort|heapsort|smallsort"),
    ("hashbrown / HashMap", r"hashbrown|std::collections::hash|RandomState|SipHasher|core::hash"),
    ("float formatting (flt2dec, dragon, grisu)", r"flt2dec|dragon|grisu|core::fmt::float|float_to_decimal|float_to_exponential"),
    ("core::fmt / panics", r"core::fmt|alloc::fmt|core::panicking|panic|core::result::unwrap_failed|core::option::expect_failed|std::io|<&T as core::fmt|Debug|Display|fmt::Write|write_fmt|core::str::slice_error_fail|slice_index|str_index|core::str::count"),
    ("allocator (dlmalloc) and alloc:: collection growth", r"dlmalloc|__rust_alloc|__rust_dealloc|__rust_realloc|__rdl_|alloc::raw_vec|RawVec|alloc::alloc|finish_grow|reserve_for_push|do_reserve_and_handle|grow_one|grow_amortized"),
    ("math (compiler_builtins, libm)", r"compiler_builtins|libm|::math::|__multi3|__udivti3|__divti3|memcpy|memmove|memset|memcmp|bcmp"),
]
ENGINE = re.compile(r"parallax::(\w+)(?:::(\w+))?")
GLUE = ("iterator / closure / collection monomorphisations (core::iter, alloc::vec, alloc::string, core::str, {{closure}})",
        r"core::iter|alloc::vec|alloc::string|alloc::slice|alloc::collections|core::str|core::slice|core::ops|\{\{closure\}\}|core::ptr|core::option|core::result|alloc::|core::|std::")


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def parse(path):
    b = Path(path).read_bytes()
    assert b[:4] == b"\0asm", f"{path}: not a wasm module"
    i, imported, bodies, data, names, sections = 8, 0, [], [], {}, {}
    while i < len(b):
        sid, i = b[i], i + 1
        size, i = leb(b, i)
        end = i + size
        if sid == 0:
            nlen, j = leb(b, i)
            cname = b[j:j + nlen].decode()
            sections[f"custom:{cname}"] = sections.get(f"custom:{cname}", 0) + size
            if cname == "name":
                j += nlen
                while j < end:
                    sub, j = b[j], j + 1
                    ssize, j = leb(b, j)
                    if sub == 1:
                        k = j
                        count, k = leb(b, k)
                        for _ in range(count):
                            idx, k = leb(b, k)
                            ln, k = leb(b, k)
                            names[idx] = b[k:k + ln].decode("utf-8", "replace")
                            k += ln
                    j += ssize
        else:
            sections[sid] = sections.get(sid, 0) + size
        if sid == 2:  # imports: functions imported shift the body indices
            j = i
            count, j = leb(b, j)
            for _ in range(count):
                for _ in range(2):
                    ln, j = leb(b, j)
                    j += ln
                kind, j = b[j], j + 1
                if kind == 0:
                    _, j = leb(b, j)
                    imported += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(b, j)
                    _, j = leb(b, j)
                    if flags & 1:
                        _, j = leb(b, j)
                elif kind == 2:
                    flags, j = leb(b, j)
                    _, j = leb(b, j)
                    if flags & 1:
                        _, j = leb(b, j)
                elif kind == 3:
                    j += 2
        elif sid == 10:
            j = i
            count, j = leb(b, j)
            for n in range(count):
                bsize, j = leb(b, j)
                bodies.append((imported + n, b[j:j + bsize]))
                j += bsize
        elif sid == 11:
            j = i
            count, j = leb(b, j)
            for _ in range(count):
                flags, j = leb(b, j)
                if flags == 2:
                    _, j = leb(b, j)
                if flags in (0, 2):
                    while b[j] != 0x0B:  # the offset expression (i32.const N; end)
                        j += 1
                    j += 1
                dsize, j = leb(b, j)
                data.append(b[j:j + dsize])
                j += dsize
        i = end
    return {"bodies": bodies, "data": data, "names": names, "sections": sections, "bytes": len(b)}


def clean(name):
    return re.sub(r"\[[0-9a-f]{16}\]", "", name)


def group_of(name):
    n = clean(name)
    for label, pat in GROUPS:
        if re.search(pat, n):
            return label
    m = ENGINE.search(n)
    # `<core::iter::Map<I,F> as Iterator>::fold` with an engine closure inside
    # is iterator glue; `<parallax::x::T as Iterator>::next` is the engine's.
    if m and not re.match(r"<(core|alloc|std)::", n):
        mod = m.group(1)
        sub = m.group(2)
        if mod in ("claims", "compare", "summarize", "text") and sub and sub[0].islower():
            return f"engine: parallax::{mod}::{sub}"
        return f"engine: parallax::{mod}"
    if re.search(GLUE[1], n):
        return GLUE[0]
    if m:
        return f"engine: parallax::{m.group(1)} (in generic glue)"
    return "unnamed or other"


def embedded_files():
    files = [("data: bundled corpus (corpus/deepseek-r1/*.txt)", sorted((ROOT / "corpus/deepseek-r1").glob("*.txt"))),
             ("data: names gazetteer (src/claims/entities/data/*.txt)", sorted((ROOT / "src/claims/entities/data").glob("*.txt")))]
    return [(label, [p.read_bytes() for p in paths]) for label, paths in files]


def main():
    args = sys.argv[1:]
    markdown = "--markdown" in args
    stripped = args[args.index("--stripped") + 1] if "--stripped" in args else None
    dominators = args[args.index("--dominators") + 1] if "--dominators" in args else None
    path = [a for a in args if not a.startswith("--") and a not in (stripped, dominators)][0]
    m = parse(path)
    rows = {}

    def add(label, blob):
        raw, parts = rows.setdefault(label, [0, []])
        rows[label][0] = raw + len(blob)
        parts.append(blob)

    for idx, body in m["bodies"]:
        add(group_of(m["names"].get(idx, "")), body)
    embedded = embedded_files()
    for seg in m["data"]:
        rest = seg
        for label, blobs in embedded:
            for blob in blobs:
                if blob and blob in rest:
                    add(label, blob)
                    rest = rest.replace(blob, b"", 1)
        add("data: other rodata (string literals, tables, panic messages)", rest)

    code = sum(len(b) for _, b in m["bodies"])
    data = sum(len(d) for d in m["data"])
    total_rows = sum(r[0] for r in rows.values())
    out = []
    if markdown:
        out.append("| group | raw bytes | share of code+data | gzipped alone |")
        out.append("|---|---:|---:|---:|")
    for label, (raw, parts) in sorted(rows.items(), key=lambda kv: -kv[1][0]):
        gz = len(gzip.compress(b"".join(parts), 9))
        if markdown:
            out.append(f"| {label} | {raw:,} | {100 * raw / total_rows:.1f}% | {gz:,} |")
        else:
            out.append(f"{raw:>9,} {100 * raw / total_rows:5.1f}% {gz:>9,} gz  {label}")
    out.append("")
    out.append(f"{path}: {m['bytes']:,} B; {len(m['bodies'])} function bodies, {code:,} B; "
               f"{len(m['data'])} data segments, {data:,} B; sections: "
               + ", ".join(f"{k}={v:,}" for k, v in m["sections"].items()))
    if stripped:
        s = parse(stripped)
        scode = sum(len(b) for _, b in s["bodies"])
        sdata = sum(len(d) for d in s["data"])
        out.append(f"{stripped}: {s['bytes']:,} B; {len(s['bodies'])} function bodies, {scode:,} B; "
                   f"{len(s['data'])} data segments, {sdata:,} B (named build: code {code - scode:+,} B, data {data - sdata:+,} B)")
    if dominators:
        out.append("")
        out.append(by_dominator(m, dominators, markdown))
    print("\n".join(out))


def by_dominator(m, csv_path, markdown):
    """The glue groups (iterators, closures, sorting, hash maps, allocation)
    split by the engine function that dominates each body in the call graph
    (`twiggy dominators`: every path from the exports to it passes there):
    whose work the generic code is. Bodies only the root dominates (shared
    by several parts of the engine) are counted as shared."""
    import csv
    parent, name_of = {}, {}
    with open(csv_path, newline="") as f:
        for row in csv.DictReader(f):
            name_of[row["Id"]] = row["Name"]
            parent[row["Id"]] = row["ImmediateDominator"]
    id_of = {n: i for i, n in name_of.items()}
    glue = {GLUE[0], GROUPS[2][0], GROUPS[3][0], GROUPS[6][0]}
    owners, total = {}, 0
    for idx, body in m["bodies"]:
        name = m["names"].get(idx, "")
        if group_of(name) not in glue:
            continue
        total += len(body)
        owner, node, seen = "shared (dominated only by the root)", id_of.get(name), 0
        while node is not None and node in parent and seen < 1000:
            node, seen = parent[node], seen + 1
            g = group_of(name_of.get(node, ""))
            if g.startswith("engine: "):
                owner = g[len("engine: "):]
                break
        owners[owner] = owners.get(owner, 0) + len(body)
    lines = [f"Generic code (iterators/closures, sorting, hashbrown, allocation: {total:,} B) by the engine part that dominates it:"]
    if markdown:
        lines += ["", "| dominated by | raw bytes |", "|---|---:|"]
    for owner, raw in sorted(owners.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {owner} | {raw:,} |" if markdown else f"{raw:>9,}  {owner}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
