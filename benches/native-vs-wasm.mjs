// Native and wasm side by side: summarize and compare (default options) on
// the bundled corpus and the largest DUC 2006 dev cluster (D0615F), native
// from `cargo bench --bench native_times` (release profile), wasm from
// benches/wasm-times.mjs on target/pkg-node (the Makefile's wasm build)
// in a fresh Node process. Prints native ms, wasm ms and their ratio.
//
//   make wasm && node benches/native-vs-wasm.mjs [--runs N] [--cluster D0615F] [--pkg DIR]
//
// `make bench` runs it. Native figures are the median thread CPU time (the
// fairer figure on a shared machine) of the engine call alone and of the
// call plus serde_json::to_string of the result; the wasm figure is the
// median wall time of the call from JavaScript, which includes reading the
// documents from JS and building the JS result (no JSON text). The ratio is
// wasm / native-with-JSON, the closest like for like; wasm / engine-only is
// beside it, and the ratio of the fastest runs of each (the figures least
// disturbed by other work on a shared machine). Prints figures; never fails
// on a time. --json also prints every figure as one JSON line.

import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const runs = arg('--runs', '30');
const cluster = arg('--cluster', 'D0615F');
const pkg = resolve(arg('--pkg', join(root, 'target/pkg-node')));

const lastJson = (out) => JSON.parse(out.trim().split('\n').filter((l) => l.startsWith('{')).pop());

const env = { ...process.env, NATIVE_RUNS: runs, NATIVE_CLUSTER: cluster };
delete env.CARGO_TARGET_DIR; // the Makefile's ./target, like every other target
const native = lastJson(
  execFileSync('cargo', ['bench', '--quiet', '--bench', 'native_times'], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
);
const wasm = lastJson(
  execFileSync(process.execPath, [join(root, 'benches/wasm-times.mjs'), '--pkg', pkg, '--runs', runs, '--cluster', cluster], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);

const f = (x) => x.toFixed(2).padStart(8);
console.log(`native (release, median thread CPU) vs wasm (${pkg.replace(root + '/', '')}, Node ${wasm.node}, median wall); ${runs} runs each`);
console.log('input                        call        native ms  native+JSON ms   wasm ms   wasm/native+JSON   wasm/native   fastest runs: native+JSON, wasm, ratio');
const rows = [];
for (const n of native.inputs) {
  const w = wasm.inputs.find((x) => x.input === n.input);
  if (!w) continue;
  for (const call of ['summarize', 'compare']) {
    const nat = n[call].cpu_ms;
    const natJson = n[`${call}_json`].cpu_ms;
    const wm = w[call].wall_ms;
    const natMin = n[`${call}_json`].min_ms;
    const wMin = w[call].min_ms;
    rows.push({ input: n.input, call, native_ms: nat, native_json_ms: natJson, wasm_ms: wm, ratio: wm / natJson, ratio_engine: wm / nat, native_json_min_ms: natMin, wasm_min_ms: wMin, ratio_min: wMin / natMin });
    console.log(
      `${n.input.padEnd(28)} ${call.padEnd(10)} ${f(nat)}  ${f(natJson)}       ${f(wm)}   ${(wm / natJson).toFixed(2).padStart(10)}×       ${(wm / nat).toFixed(2).padStart(6)}×   ${f(natMin)} ${f(wMin)} ${(wMin / natMin).toFixed(2).padStart(6)}×`,
    );
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ native, wasm, rows }));
