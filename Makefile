# Parallax: the two commands are `make demo` and `make test`. Every target
# installs what it is missing first (scripts/setup.sh) and does nothing
# costly when nothing changed.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

# The Makefile always builds into ./target, whatever the caller's shell says.
unexport CARGO_TARGET_DIR

CARGO ?= cargo
PORT ?= 8000
FUZZ_SECONDS ?= 600
ARGS ?=

WASM_RAW := target/wasm32-unknown-unknown/wasm/parallax.wasm
WASM_OPT := target/wasm-opt/parallax.wasm
PKG := target/pkg
PKG_NODE := target/pkg-node
# wasm-opt runs on cargo's output, before wasm-bindgen: binaryen 108 (Debian)
# rewrites wasm-bindgen's exported externref table as the funcref table,
# which breaks instantiation. Optimising first gives the same size. The
# feature flags are the post-MVP features rustc enables for wasm32; the
# target_features section is kept because wasm-bindgen reads it. --converge
# repeats the passes until the module stops shrinking (measured: 2.7 KB
# gzipped less than one -Oz round). -ocimfs 0 stops binaryen from inlining
# every function that has one caller: that built 106 KB functions, which V8
# must tier up to TurboFan whole once they are hot (slow first calls, busy
# cores); without it the wasm also gzips 18 KB smaller (README, Sizes).
# -O2 rather than -Oz on cargo's opt-level z output: as fast under Node
# (within the noise) and 1.4 KB smaller gzipped in dist/parallax.js
# (250,854 B against 252,256 B; make bench-options, docs/size.md).
WASM_OPT_FLAGS := -O2 --converge -ocimfs 0 --enable-bulk-memory --enable-nontrapping-float-to-int \
	--enable-sign-ext --enable-mutable-globals --enable-reference-types \
	--enable-multivalue --strip-debug --strip-producers

RUST_SOURCES := $(shell find src -name '*.rs') Cargo.toml Cargo.lock build.rs \
	$(wildcard corpus/deepseek-r1/*) $(wildcard src/claims/entities/data/*.txt)
WWW_SOURCES := $(shell find www -path www/node_modules -prune -o -type f -print 2>/dev/null)

.PHONY: help setup wasm dist demo test test-native test-wasm test-e2e eval bench bench-options size-report fuzz clean

help:
	@echo "make demo    install what is missing, build, serve the widget on http://127.0.0.1:$(PORT)"
	@echo "make test    install what is missing, run every test (native, wasm, browser e2e)"
	@echo "make setup   install only what is missing (wasm target, wasm-bindgen-cli, binaryen, chromium, npm ci)"
	@echo "make wasm    build target/pkg (browser) and target/pkg-node (Node) wasm packages"
	@echo "make dist    build dist/: index.html, parallax.js, parallax.mjs, parallax.html, embed.html, embed-example.html, npm/"
	@echo "make eval    ROUGE, same-fact, figure and name evaluations on ../shared/data (ARGS=... passed to tools/eval.py)"
	@echo "make bench   cargo bench, the wasm benchmark under Node, native vs wasm side by side, the browser path (benches/browser.mjs)"
	@echo "make bench-options  wasm size and speed at cargo opt-level z, s, 2, 3 (slow: one LTO build each)"
	@echo "make size-report    what the wasm's bytes are: twiggy top/dominators/monos, by owner (target/size/)"
	@echo "make fuzz    run each fuzz target ($(FUZZ_TARGETS)) for FUZZ_SECONDS=$(FUZZ_SECONDS) s (nightly, cargo-fuzz)"
	@echo "make clean   remove build outputs"

setup:
	@scripts/setup.sh

# --- wasm ------------------------------------------------------------------

wasm: $(PKG)/parallax_bg.wasm $(PKG_NODE)/parallax_bg.wasm

$(WASM_RAW): $(RUST_SOURCES)
	$(CARGO) build --lib --target wasm32-unknown-unknown --profile wasm
	@touch $@

$(WASM_OPT): $(WASM_RAW) Makefile
	@mkdir -p $(@D)
	wasm-opt $(WASM_OPT_FLAGS) $< -o $@

$(PKG)/parallax_bg.wasm: $(WASM_OPT)
	rm -rf $(PKG)
	wasm-bindgen --target no-modules --out-dir $(PKG) --out-name parallax $<
	@printf 'wasm: %s is %s bytes (%s gzipped)\n' $@ "$$(wc -c <$@)" "$$(gzip -9c $@ | wc -c)"

$(PKG_NODE)/parallax_bg.wasm: $(WASM_OPT)
	rm -rf $(PKG_NODE)
	wasm-bindgen --target nodejs --out-dir $(PKG_NODE) --out-name parallax $<

# --- the page --------------------------------------------------------------

dist: dist/parallax.html

# www/build.mjs bundles @mozilla/readability from www/node_modules (make setup).
dist/parallax.html: $(PKG)/parallax_bg.wasm $(WWW_SOURCES)
	@test -f www/build.mjs || { echo "make dist: www/build.mjs does not exist yet (the web front end has not landed)" >&2; exit 1; }
	@test -d www/node_modules/@mozilla/readability || scripts/setup.sh
	node www/build.mjs
	@test -f $@ || { echo "make dist: www/build.mjs did not produce $@" >&2; exit 1; }
	@touch $@
	@for f in dist/parallax.js dist/parallax.mjs dist/parallax.html dist/embed.js; do \
		[ -f $$f ] && printf 'dist: %s is %s bytes (%s gzipped)\n' $$f "$$(wc -c <$$f)" "$$(gzip -9c $$f | wc -c)"; \
	done; true

demo: setup dist
	@echo
	@echo "Single-file build (double-click it): $(abspath dist/parallax.html)"
	@echo "Serving dist/ on http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

# --- tests -----------------------------------------------------------------

test: setup
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory dist
	$(MAKE) --no-print-directory test-e2e
	@echo "make test: all passed"

# Unit, integration, CLI, property and doc tests; the large-input
# robustness tests in the optimised, overflow-checked `stress` profile;
# then check that the benchmarks still compile (running them is `make bench`).
test-native:
	$(CARGO) test
	$(CARGO) test --profile stress --test robustness -- --include-ignored
	$(CARGO) check --benches --quiet

# tests/wasm.rs in Node through wasm-bindgen-test-runner; then the release
# wasm against the native CLI and its own .d.ts (scripts/check-wasm.mjs).
test-wasm: $(PKG_NODE)/parallax_bg.wasm
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
		$(CARGO) test --target wasm32-unknown-unknown --test wasm
	$(CARGO) build --bin parallax --quiet
	node scripts/check-wasm.mjs target/debug/parallax

# Browser end-to-end tests (playwright-core + Debian chromium).
test-e2e:
	@test -d tests/e2e || { echo "make test-e2e: tests/e2e/ does not exist yet (the browser tests have not landed)" >&2; exit 1; }
	@test -d tests/node_modules || { echo "make test-e2e: tests/node_modules is missing; run make setup (needs tests/package-lock.json)" >&2; exit 1; }
	cd tests && node --test e2e/

# --- evaluation, benchmarks, fuzzing -----------------------------------------

# ROUGE (DUC 2006, CNN/DM), same-fact scores (STS-B, MRPC): tools/eval.py,
# ARGS passed to it; figures per kind (spec files, quantulum3's own cases):
# tools/eval_figures.py; typed names on CoNLL-2003 dev beside compromise:
# tools/eval_entities.mjs (the wasm build, compromise from tools/node).
eval: wasm
	@scripts/setup.sh eval
	$(CARGO) build --release
	python3 tools/eval.py $(ARGS)
	python3 tools/eval_figures.py
	@test -d tools/node/node_modules || (cd tools/node && npm ci --no-audit --no-fund)
	node tools/eval_entities.mjs

bench: setup wasm dist
	$(CARGO) bench
	node benches/wasm.mjs
	node benches/native-vs-wasm.mjs
	node benches/browser.mjs

# Size and speed of the wasm at each cargo opt-level, with wasm-opt at the
# matching level and the rest of WASM_OPT_FLAGS (benches/build-options.mjs;
# VARIANTS=z:Oz,s:Oz,... to choose). Builds into target/opt-<level>/.
VARIANTS ?= z:Oz,s:Os,2:O2,3:O3
bench-options: setup wasm
	WASM_OPT_FLAGS='$(WASM_OPT_FLAGS)' node benches/build-options.mjs --variants $(VARIANTS) --native

# The shipped module again with its names kept: twiggy summaries and bytes
# by owner in target/size/ (scripts/size-report.sh, docs/size.md).
size-report: $(WASM_RAW) $(PKG)/parallax_bg.wasm
	WASM_OPT_FLAGS='$(WASM_OPT_FLAGS)' scripts/size-report.sh $(WASM_RAW) $(PKG)/parallax_bg.wasm

# Each target for FUZZ_SECONDS (default 10 minutes), seeded from the fixtures
# (fuzz/seed.py) with the tricky-token dictionary. Inputs are kept small so
# each target runs thousands of times a second; compare_slow amplifies its
# input to 192 KB and treats any run over 2 s as a finding (a superlinear
# path). The last line of each run prints the executions it made; a crash
# or timeout leaves its input in fuzz/artifacts/<target>/. No sanitizer: the
# crate has no unsafe code, so AddressSanitizer finds nothing a panic would
# not, and it cost 2.6x the executions (409 vs 1,072 a second on `text`).
FUZZ_TARGETS ?= text summarize compare compare_slow
fuzz:
	@scripts/setup.sh fuzz
	python3 fuzz/seed.py
	@mkdir -p target
	for t in $(FUZZ_TARGETS); do \
		case $$t in \
			text) flags="-max_len=1024" ;; \
			compare_slow) flags="-max_len=256 -timeout=2 -rss_limit_mb=1024" ;; \
			*) flags="-max_len=4096 -timeout=10" ;; \
		esac; \
		rc=0; $(CARGO) +nightly fuzz run --sanitizer none $$t fuzz/corpus/$$t -- -dict=fuzz/dict/text.dict -max_total_time=$(FUZZ_SECONDS) \
			$$flags -print_final_stats=1 >target/fuzz-$$t.log 2>&1 || rc=$$?; \
		echo "fuzz $$t: $$(grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' target/fuzz-$$t.log | tr '\n' ' ')"; \
		if [ $$rc -ne 0 ]; then grep -E '^(==|SUMMARY|artifact_prefix|Test unit written)' target/fuzz-$$t.log || true; \
			echo "make fuzz: $$t found a problem (full log: target/fuzz-$$t.log)"; exit 1; fi; \
	done

clean:
	$(CARGO) clean
	rm -rf dist fuzz/target fuzz/artifacts
