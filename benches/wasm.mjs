// The wasm engine's speed under Node: summarize and compare on the bundled
// corpus and on one DUC 2006 cluster (25 articles), medians of repeated
// runs, each figure including the JS <-> wasm conversion a page pays.
//
//   make wasm && node benches/wasm.mjs [--runs N] [--cluster D0601A]
//
// `make bench` runs it after `cargo bench`. It prints figures and never
// fails on a time. The DUC data lives beside the project in
// ../shared/data and is read at run time, never copied into the repo.

import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeCalls } from './timing.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', 30));
const cluster = arg('--cluster', 'D0601A');

const pkg = join(root, 'target/pkg-node/parallax.js');
if (!existsSync(pkg)) {
  console.error('benches/wasm.mjs: target/pkg-node is missing; run `make wasm` first');
  process.exit(2);
}
const wasmFile = join(root, 'target/pkg-node/parallax_bg.wasm');
const t0 = performance.now();
const engine = createRequire(import.meta.url)(pkg);
const loadMs = performance.now() - t0;

/** Median and minimum of `runs` timed calls, after two warm-up calls. */
const time = (f) => timeCalls(f, runs);

const fmt = ({ median, min }) => `median ${median.toFixed(2)} ms, min ${min.toFixed(2)} ms`;

function bench(label, docs) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  console.log(`${label}: ${docs.length} articles, ${(bytes / 1024).toFixed(1)} KB`);
  console.log(`  summarize (defaults)          ${fmt(time(() => engine.summarize(docs)))}`);
  console.log(`  summarize (query "cost")      ${fmt(time(() => engine.summarize(docs, { query: 'cost' })))}`);
  console.log(`  summarize one article         ${fmt(time(() => engine.summarize(docs, { document: docs[0].id })))}`);
  console.log(`  compare                       ${fmt(time(() => engine.compare(docs)))}`);
}

console.log(`wasm engine ${engine.version()} under Node ${process.version}; ` +
  `${(statSync(wasmFile).size / 1024).toFixed(1)} KB wasm, loaded in ${loadMs.toFixed(1)} ms; ${runs} runs each`);
bench('bundled corpus', engine.corpus());

const docsDir = join(root, '..', 'shared', 'data', 'duc2006-dev', cluster, 'docs');
if (existsSync(docsDir)) {
  const docs = readdirSync(docsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(docsDir, f), 'utf8') }));
  bench(`DUC 2006 ${cluster}`, docs);
} else {
  console.log(`DUC 2006 ${cluster}: skipped, ${docsDir} is not there`);
}
