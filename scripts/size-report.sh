#!/usr/bin/env bash
# What the wasm engine's bytes are: builds the shipped module again with its
# function names kept and writes twiggy's summaries and a breakdown by owner
# to target/size/ (docs/size.md reads them).
#
#   make size-report          (WASM_OPT_FLAGS and the two inputs come from the Makefile)
#   WASM_OPT_FLAGS='…' scripts/size-report.sh RAW.wasm SHIPPED_bg.wasm
#
# RAW.wasm is cargo's output (the `wasm` profile: its name section is there,
# the debug info is not); the script runs wasm-opt on it with the Makefile's
# flags, -g in place of --strip-debug, then wasm-bindgen as `make wasm`
# does, so the code and data are byte for byte the shipped module's (the
# script checks it) plus a name section. Needs twiggy (cargo install twiggy
# --locked; installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

raw=${1:?usage: scripts/size-report.sh RAW.wasm SHIPPED_bg.wasm}
shipped=${2:?usage: scripts/size-report.sh RAW.wasm SHIPPED_bg.wasm}
[ -n "${WASM_OPT_FLAGS:-}" ] || { echo "size-report: set WASM_OPT_FLAGS (make size-report does)" >&2; exit 2; }
command -v twiggy >/dev/null || cargo install twiggy --locked

out=target/size
rm -rf "$out"
mkdir -p "$out"
flags=()
for f in $WASM_OPT_FLAGS; do [ "$f" = --strip-debug ] || flags+=("$f"); done
wasm-opt "${flags[@]}" -g "$raw" -o "$out/named-opt.wasm"
wasm-bindgen --target no-modules --out-dir "$out/pkg" --out-name parallax "$out/named-opt.wasm"
named=$out/pkg/parallax_bg.wasm

twiggy top -n 40 "$named" >"$out/top.txt"
twiggy top -n 100000 -f csv "$named" >"$out/top.csv"
twiggy dominators -d 4 -r 60 "$named" >"$out/dominators.txt"
twiggy dominators -f csv "$named" >"$out/dominators.csv"
twiggy monos -m 30 -n 3 "$named" >"$out/monos.txt"
python3 scripts/size-groups.py "$named" --stripped "$shipped" --dominators "$out/dominators.csv" >"$out/groups.txt"
python3 scripts/size-groups.py "$named" --dominators "$out/dominators.csv" --markdown >"$out/groups.md"

printf 'size-report: %s is %s B (%s B gzipped); named copy %s\n' "$shipped" "$(wc -c <"$shipped")" "$(gzip -9c "$shipped" | wc -c)" "$named"
cat "$out/groups.txt"
echo
echo "size-report: twiggy top/dominators/monos in $out/{top,dominators,monos}.txt; by owner in $out/groups.{txt,md}"
