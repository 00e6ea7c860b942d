// Timing shared by the Node benchmarks (benches/wasm.mjs, benches/wasm-times.mjs).

/** Median and minimum wall time (ms) of `runs` calls of `f`, after two
 * warm-up calls (the minimum is the figure least disturbed by other work
 * on a shared machine). */
export function timeCalls(f, runs) {
  f();
  f();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    f();
    t.push(performance.now() - a);
  }
  t.sort((a, b) => a - b);
  return { median: t[t.length >> 1], min: t[0] };
}
