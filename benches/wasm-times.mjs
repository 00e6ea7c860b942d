// Medians of the wasm engine's summarize and compare under Node, as one JSON
// line: the inputs of benches/native_times.rs (the bundled corpus and one
// DUC 2006 dev cluster, default D0615F, the largest by bytes), default
// options, each figure including the JS <-> wasm conversion a page pays.
// benches/native-vs-wasm.mjs and benches/build-options.mjs run it in a fresh
// Node process per build, so that one build's JIT state does not leak into
// the next.
//
//   node benches/wasm-times.mjs [--pkg target/pkg-node] [--runs 30] [--cluster D0615F]

import { timeCalls } from './timing.mjs';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', 30));
const cluster = arg('--cluster', 'D0615F');
const pkg = resolve(arg('--pkg', join(root, 'target/pkg-node')));
const glue = join(pkg, 'parallax.js');
if (!existsSync(glue)) {
  console.error(`benches/wasm-times.mjs: ${glue} is missing; run \`make wasm\` first`);
  process.exit(2);
}
const engine = createRequire(import.meta.url)(glue);

/** Median and minimum wall time of `runs` calls, after two warm-up calls. */
function time(f) {
  const { median, min } = timeCalls(f, runs);
  const r = (x) => Math.round(x * 1000) / 1000;
  return { wall_ms: r(median), min_ms: r(min) };
}

function input(label, docs) {
  return {
    input: label,
    articles: docs.length,
    bytes: docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0),
    summarize: time(() => engine.summarize(docs)),
    compare: time(() => engine.compare(docs)),
  };
}

const inputs = [input('bundled corpus', engine.corpus())];
const docsDir = join(root, '..', 'shared', 'data', 'duc2006-dev', cluster, 'docs');
if (existsSync(docsDir)) {
  const docs = readdirSync(docsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(docsDir, f), 'utf8') }));
  inputs.push(input(`DUC 2006 ${cluster}`, docs));
} else {
  console.error(`benches/wasm-times.mjs: ${docsDir} is not there; bundled corpus only`);
}
console.log(JSON.stringify({ runs, node: process.version, inputs }));
