// Checks the wasm build against the native one and against its own types:
//
//   node scripts/check-wasm.mjs [path/to/native/parallax]
//
// 1. The same requests through the native CLI (`--json`) and through the
//    wasm module in Node (target/pkg-node) give the same results: same
//    structure, same strings, numbers equal to 1e-9 relative (native and
//    wasm use different libm builds, so the last bit of ln/exp may differ).
// 2. Every field name in those results is declared in the generated
//    parallax.d.ts, so the shipped TypeScript types do not fall behind.
//
// `make test` runs it after building target/pkg-node.

import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(process.argv[2] ?? join(root, 'target/debug/parallax'));
const pkgDir = join(root, 'target/pkg-node');
for (const f of [bin, join(pkgDir, 'parallax.js')]) {
  if (!existsSync(f)) {
    console.error(`check-wasm: ${f} does not exist; build it first (make wasm, cargo build)`);
    process.exit(2);
  }
}
const wasm = createRequire(import.meta.url)(join(pkgDir, 'parallax.js'));

const docs = wasm.corpus();
const requests = [
  { name: 'summarize (defaults)', args: ['summarize'], run: () => wasm.summarize(docs) },
  { name: 'summarize --sentences 5 --query cost', args: ['summarize', '--sentences', '5', '--query', 'cost'], run: () => wasm.summarize(docs, { sentences: 5, query: 'cost' }) },
  { name: 'summarize --words 100', args: ['summarize', '--words', '100'], run: () => wasm.summarize(docs, { words: 100 }) },
  { name: `summarize --document ${docs[1].id}`, args: ['summarize', '--document', docs[1].id], run: () => wasm.summarize(docs, { document: docs[1].id }) },
  { name: 'compare', args: ['compare'], run: () => wasm.compare(docs) },
];

let failures = 0;
const fail = (msg) => {
  failures += 1;
  console.error(`FAIL ${msg}`);
};

/** The first difference between a (native) and b (wasm), or null. */
function diff(a, b, path = '$') {
  if (typeof a === 'number' && typeof b === 'number') {
    const tol = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    return Math.abs(a - b) <= tol ? null : `${path}: native ${a}, wasm ${b}`;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${path}: array in one build only`;
    if (a.length !== b.length) return `${path}: native has ${a.length} items, wasm ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = diff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join() !== kb.join()) return `${path}: native keys ${ka.join(',')}, wasm keys ${kb.join(',')}`;
    for (const k of ka) {
      const d = diff(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: native ${JSON.stringify(a)}, wasm ${JSON.stringify(b)}`;
}

// Field names declared in the .d.ts ("name:" or "name?:" inside interfaces).
const dts = readFileSync(join(pkgDir, 'parallax.d.ts'), 'utf8');
const declared = new Set([...dts.matchAll(/^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*:/gm)].map((m) => m[1]));
for (const m of dts.matchAll(/[{;]\s*([A-Za-z_$][\w$]*)\??\s*:/g)) declared.add(m[1]);

function undeclared(value, path, out) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => undeclared(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!declared.has(k)) out.add(`${k} (at ${path.replace(/\[\d+\]/g, '[]')}.${k})`);
      undeclared(v, `${path}.${k}`, out);
    }
  }
}

for (const r of requests) {
  const native = JSON.parse(execFileSync(bin, [...r.args, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const t0 = performance.now();
  const fromWasm = r.run();
  const ms = performance.now() - t0;
  const d = diff(native, fromWasm);
  if (d) fail(`${r.name}: native and wasm differ at ${d}`);
  else console.log(`ok   ${r.name}: native and wasm agree (wasm ${ms.toFixed(1)} ms)`);
  const missing = new Set();
  undeclared(fromWasm, '$', missing);
  if (missing.size) fail(`${r.name}: fields not declared in parallax.d.ts (update src/bindings/mod.rs): ${[...missing].join('; ')}`);
}

// Errors cross the boundary as Error objects with the core's message.
for (const [args, expected] of [
  [[[], {}], 'no documents were given'],
  [[[{ id: 'a', text: '  ' }]], 'document "a" has no words'],
  [[docs, { sentence: 3 }], 'unknown field `sentence`'],
]) {
  try {
    wasm.summarize(...args);
    fail(`summarize(${JSON.stringify(args).slice(0, 60)}) did not throw`);
  } catch (e) {
    if (!(e instanceof Error) || !e.message.includes(expected)) fail(`expected an Error with ${JSON.stringify(expected)}, got ${e}`);
  }
}

if (failures) {
  console.error(`check-wasm: ${failures} failure(s)`);
  process.exit(1);
}
console.log('check-wasm: native and wasm agree; the .d.ts declares every field');
