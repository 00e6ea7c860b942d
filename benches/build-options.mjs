// Size and speed of the wasm engine at several build options: cargo
// opt-level (the `wasm` profile's, overridden by CARGO_PROFILE_WASM_OPT_LEVEL)
// and the wasm-opt level, the rest of the Makefile's WASM_OPT_FLAGS kept.
// For each variant it builds cargo's wasm (one CARGO_TARGET_DIR per cargo
// opt-level, target/opt-<level>; the level Cargo.toml has reuses ./target,
// which `make wasm` already built), runs wasm-opt, wasm-bindgen (nodejs and
// no-modules) and www/build.mjs into target/opt-<level>/<wasm-opt>/, then
// measures:
//
//   - parallax_bg.wasm (the browser package's) raw and gzipped, and
//     dist/parallax.js gzipped: Node zlib level 9, as tests/e2e/size.test.mjs;
//   - median summarize and compare times (default options) under Node on the
//     bundled corpus and the largest DUC 2006 dev cluster (D0615F), each
//     variant in a fresh Node process (benches/wasm-times.mjs), the variants
//     interleaved over --rounds rounds and the median of the rounds kept, so
//     a burst of load on the shared machine does not land on one variant;
//   - with --native, the native release build's medians beside them
//     (cargo bench --bench native_times) and the wasm/native ratio.
//
//   WASM_OPT_FLAGS='…' node benches/build-options.mjs [--variants z:Oz,s:Os,2:O2,3:O3]
//       [--runs 20] [--rounds 3] [--cluster D0615F] [--native]
//
// `make bench-options` passes the Makefile's flags. A variant is
// <cargo opt-level>:<wasm-opt level>. Writes target/bench-options.json and
// prints a Markdown table. Builds are slow on a small machine: every cargo
// opt-level is one full LTO build (a few minutes); wasm-opt levels on one
// cargo build only rerun wasm-opt.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const variants = arg('--variants', 'z:Oz,s:Os,2:O2,3:O3')
  .split(',')
  .map((v) => {
    const [cargo, opt] = v.split(':');
    return { cargo, opt, name: `${cargo}:${opt}` };
  });
const runs = arg('--runs', '20');
const rounds = Number(arg('--rounds', '3'));
const cluster = arg('--cluster', 'D0615F');
const flags = (process.env.WASM_OPT_FLAGS || '').trim().split(/\s+/).filter(Boolean);
if (!flags.length) {
  console.error('benches/build-options.mjs: set WASM_OPT_FLAGS (make bench-options passes the Makefile\'s)');
  process.exit(2);
}
const tomlLevel = (readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/\[profile\.wasm\][^[]*?opt-level\s*=\s*"?(\w+)"?/) || [])[1];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
const seconds = (f) => {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
};

const built = new Map(); // cargo opt-level -> { raw, seconds }
for (const v of variants) {
  const dir = join(root, 'target', `opt-${v.cargo}`);
  if (!built.has(v.cargo)) {
    const targetDir = v.cargo === tomlLevel ? join(root, 'target') : dir;
    const env = { ...process.env, CARGO_PROFILE_WASM_OPT_LEVEL: v.cargo, CARGO_TARGET_DIR: targetDir };
    console.error(`build-options: cargo opt-level ${v.cargo} into ${targetDir.replace(root + '/', '')}`);
    const s = seconds(() => sh('cargo', ['build', '--quiet', '--lib', '--target', 'wasm32-unknown-unknown', '--profile', 'wasm'], { env }));
    built.set(v.cargo, { raw: join(targetDir, 'wasm32-unknown-unknown/wasm/parallax.wasm'), seconds: s });
  }
  const out = join(dir, v.opt);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const opted = join(out, 'parallax.wasm');
  const vflags = flags.map((f) => (/^-O[0-4sz]$/.test(f) ? `-${v.opt}` : f));
  console.error(`build-options: ${v.name}: wasm-opt ${vflags.join(' ')}`);
  v.wasm_opt_seconds = seconds(() => sh('wasm-opt', [...vflags, built.get(v.cargo).raw, '-o', opted]));
  v.cargo_seconds = built.get(v.cargo).seconds;
  sh('wasm-bindgen', ['--target', 'nodejs', '--out-dir', join(out, 'pkg-node'), '--out-name', 'parallax', opted]);
  sh('wasm-bindgen', ['--target', 'no-modules', '--out-dir', join(out, 'pkg'), '--out-name', 'parallax', opted]);
  sh('node', [join(root, 'www/build.mjs'), '--pkg', join(out, 'pkg'), '--out', join(out, 'dist')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const wasm = readFileSync(join(out, 'pkg/parallax_bg.wasm'));
  const script = readFileSync(join(out, 'dist/parallax.js'));
  Object.assign(v, { out, wasm_raw: wasm.length, wasm_gz: gz(wasm), dist_js_raw: script.length, dist_js_gz: gz(script), rounds: [] });
}

for (let r = 0; r < rounds; r++) {
  for (const v of variants) {
    console.error(`build-options: timing ${v.name}, round ${r + 1}/${rounds}`);
    const line = execFileSync(
      process.execPath,
      [join(root, 'benches/wasm-times.mjs'), '--pkg', join(v.out, 'pkg-node'), '--runs', runs, '--cluster', cluster],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    v.rounds.push(JSON.parse(line.trim().split('\n').pop()));
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const inputs = variants[0].rounds[0].inputs.map((i) => i.input);
for (const v of variants) {
  v.times = {};
  for (const input of inputs) {
    for (const call of ['summarize', 'compare']) {
      v.times[`${input}/${call}`] = median(v.rounds.map((r) => r.inputs.find((i) => i.input === input)[call].wall_ms));
    }
  }
}

let native = null;
if (process.argv.includes('--native')) {
  const env = { ...process.env, NATIVE_RUNS: runs, NATIVE_CLUSTER: cluster };
  delete env.CARGO_TARGET_DIR;
  const out = execFileSync('cargo', ['bench', '--quiet', '--bench', 'native_times'], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  native = JSON.parse(out.trim().split('\n').filter((l) => l.startsWith('{')).pop());
}

const kb = (b) => `${b.toLocaleString('en-US')} B`;
const cols = inputs.flatMap((i) => ['summarize', 'compare'].map((c) => `${i}/${c}`));
const short = (c) => c.replace('bundled corpus', 'corpus').replace(`DUC 2006 ${cluster}`, cluster).replace('/', ' ');
console.log(`\nwasm build options (Node ${variants[0].rounds[0].node}; median of ${rounds} rounds of ${runs}-run medians, wall ms)\n`);
console.log(`| cargo opt-level : wasm-opt | wasm raw | wasm gzipped | dist/parallax.js gzipped | ${cols.map(short).join(' | ')} |`);
console.log(`|---|---|---|---|${cols.map(() => '---|').join('')}`);
for (const v of variants) {
  console.log(`| ${v.cargo} : -${v.opt} | ${kb(v.wasm_raw)} | ${kb(v.wasm_gz)} | ${kb(v.dist_js_gz)} | ${cols.map((c) => v.times[c].toFixed(1)).join(' | ')} |`);
}
if (native) {
  const nat = (c) => {
    const [input, call] = c.split('/');
    const n = native.inputs.find((i) => i.input === input);
    return n ? n[`${call}_json`].cpu_ms : NaN;
  };
  console.log(`| native release (CPU ms, with serde_json) | | | | ${cols.map((c) => nat(c).toFixed(1)).join(' | ')} |`);
  console.log(`\nwasm / native (with JSON):\n`);
  console.log(`| cargo opt-level : wasm-opt | ${cols.map(short).join(' | ')} |`);
  console.log(`|---|${cols.map(() => '---|').join('')}`);
  for (const v of variants) console.log(`| ${v.cargo} : -${v.opt} | ${cols.map((c) => `${(v.times[c] / nat(c)).toFixed(2)}×`).join(' | ')} |`);
}
console.log(`\nbuild seconds (cargo, wasm-opt): ${variants.map((v) => `${v.name} ${v.cargo_seconds.toFixed(0)} s, ${v.wasm_opt_seconds.toFixed(0)} s`).join('; ')}`);
writeFileSync(
  join(root, 'target/bench-options.json'),
  JSON.stringify({ cluster, runs: Number(runs), rounds, flags, variants: variants.map(({ rounds: _r, out: _o, ...v }) => v), native }, null, 1),
);
