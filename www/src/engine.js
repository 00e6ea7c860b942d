// The engine: the WebAssembly module (inlined by the build) and two
// ways to run it — on the main thread for small sets (fastest first paint) and
// in a Web Worker made from a Blob URL for large ones (works from file://,
// keeps the page responsive).
//
// `createGlue`, `WASM_BINARY` (the module, one character a renamed byte) and
// `WASM_BYTE_OF` (the renaming undone) are defined by www/build.mjs around this file.

/* global createGlue, WASM_BINARY, WASM_BYTE_OF */

/** Sets above either limit run in the worker. */
export const WORKER_MIN_DOCUMENTS = 25;
export const WORKER_MIN_CHARS = 200000;

/** An engine failure: the message is the engine's own (bad input) or, when
 * `crashed`, says that the engine trapped and was restarted. */
export class EngineError extends Error {
  constructor(message, crashed = false) {
    super(message);
    this.name = 'EngineError';
    this.crashed = crashed;
  }
}

/** The module's bytes, from the one-character-a-byte string the build
 * inlines (gzip compresses it as well as the module itself; base64 would add
 * 45 KB gzipped). `btoa` and `Uint8Array.fromBase64` convert it natively in
 * 1.2-2 ms here; a JS loop over the ~460 K characters takes 2-7 ms. */
function wasmBytes() {
  let bytes;
  if (typeof Uint8Array.fromBase64 === 'function') {
    bytes = Uint8Array.fromBase64(btoa(WASM_BINARY));
  } else {
    bytes = new Uint8Array(WASM_BINARY.length);
    for (let i = 0; i < WASM_BINARY.length; i++) bytes[i] = WASM_BINARY.charCodeAt(i);
  }
  // The build renamed the bytes so the script gzips smaller (www/build.mjs,
  // renameBytes); one pass over a typed array puts them back (~1 ms).
  const byteOf = Uint8Array.from(WASM_BYTE_OF);
  for (let i = 0; i < bytes.length; i++) bytes[i] = byteOf[bytes[i]];
  return bytes;
}

let compiled = null;

/** The compiled module, shared by every element on the page and the worker
 * (compiled once). Compiled synchronously where the browser allows it: V8
 * compiles wasm functions lazily, on first call, so this only decodes and
 * validates the module (~2 ms here), without the task round trips of
 * `WebAssembly.compile`. */
export function wasmModule() {
  if (!compiled) {
    compiled = (async () => {
      const bytes = wasmBytes();
      try {
        return new WebAssembly.Module(bytes);
      } catch (e) {
        if (e instanceof WebAssembly.CompileError) throw e;
        // A browser that refuses large synchronous compiles on this thread.
        return WebAssembly.compile(bytes);
      }
    })();
  }
  return compiled;
}

function errorMessage(e) {
  return String((e && e.message) || e || 'unknown error');
}

function isTrap(e) {
  return typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;
}

/** Runs the engine on the calling thread. After a trap (a Rust panic aborts
 * as `unreachable`) the instance is thrown away and a fresh one made on the
 * next call, so one bad input never kills the widget. */
export class Engine {
  constructor(module) {
    this.module = module;
    this.api = null;
  }

  static async load() {
    return new Engine(await wasmModule());
  }

  instance() {
    if (!this.api) {
      const api = createGlue();
      api.initSync({ module: this.module });
      this.api = api;
    }
    return this.api;
  }

  /** Calls export `fn` (summarize, compare, corpus, version). */
  call(fn, ...args) {
    try {
      return this.instance()[fn](...args);
    } catch (e) {
      if (isTrap(e)) {
        this.api = null;
        const error = new EngineError(`The engine crashed while running ${fn} (${errorMessage(e)}); it has been restarted. Try removing the last article you added.`, true);
        // What the trap said, for the widget's own words (i18n engineCrashed).
        error.detail = errorMessage(e);
        throw error;
      }
      throw new EngineError(errorMessage(e));
    }
  }

  corpus() {
    return this.call('corpus');
  }

  version() {
    return this.call('version');
  }
}

/** Cuts a large result down to what the views draw, in the worker, so that
 * the main thread never deserializes megabytes it will not show (a 300-article
 * set gives ~11 MB of JSON). The full results stay in the worker for export.
 * Self-contained: its source is copied into the worker. */
function trimForView(part, result, keepDoc) {
  const LIMITS = { matrix: 12, groups: 60, perGroup: 12, figureGroups: 60, quotes: 200, entities: 150, sources: 30, duplicates: 100 };
  if (!result || typeof result !== 'object') return result;
  const out = Object.assign({}, result);
  if (part === 'story' || part === 'article') {
    if (Array.isArray(out.documents)) out.documents = out.documents.filter((d) => d && d.id === keepDoc);
    return out;
  }
  if (Array.isArray(out.similarity)) out.similarity = out.similarity.slice(0, LIMITS.matrix).map((row) => (Array.isArray(row) ? row.slice(0, LIMITS.matrix) : row));
  if (Array.isArray(out.near_duplicates)) out.near_duplicates = out.near_duplicates.slice(0, LIMITS.duplicates);
  for (const key of ['shared_facts', 'shared']) {
    if (Array.isArray(out[key])) {
      out[key] = out[key].slice(0, LIMITS.groups).map((g) => {
        if (!g || !Array.isArray(g.sentences) || g.sentences.length <= LIMITS.perGroup) return g;
        const mine = g.sentences.filter((x) => x && x.doc === keepDoc);
        const rest = g.sentences.filter((x) => !x || x.doc !== keepDoc).slice(0, LIMITS.perGroup);
        return Object.assign({}, g, { sentences: mine.concat(rest), sentences_total: g.sentences.length });
      });
    }
  }
  if (Array.isArray(out.figure_groups) && Array.isArray(out.figures)) {
    const mineFirst = (claims) => {
      const list = Array.isArray(claims) ? claims : [];
      const mine = list.filter((i) => out.figures[i] && out.figures[i].doc === keepDoc);
      return mine.concat(list.filter((i) => !(out.figures[i] && out.figures[i].doc === keepDoc)).slice(0, LIMITS.perGroup * 2));
    };
    const keep = out.figure_groups.slice(0, LIMITS.figureGroups).map((g) => Object.assign({}, g, { claims: mineFirst(g.claims) }));
    const figures = [];
    const remap = new Map();
    const keepFigure = (i) => {
      if (!remap.has(i)) {
        remap.set(i, figures.length);
        figures.push(out.figures[i]);
      }
      return remap.get(i);
    };
    const ids = (list) => (Array.isArray(list) ? list : []).filter((i) => Number.isInteger(i) && out.figures[i]).map(keepFigure);
    out.figure_groups = keep.map((g) => Object.assign({}, g, { claims: ids(g.claims) }));
    // Fact clusters index the same figures (their values' claims, their
    // members' figures) and the figure groups.
    if (Array.isArray(out.clusters)) {
      out.clusters = out.clusters.slice(0, LIMITS.groups).map((k) => {
        if (!k || typeof k !== 'object') return k;
        const members = Array.isArray(k.members) ? k.members : [];
        const shown = members.length > LIMITS.perGroup ? members.filter((x) => x && x.doc === keepDoc).concat(members.filter((x) => !x || x.doc !== keepDoc).slice(0, LIMITS.perGroup)) : members;
        const c = k.consensus && typeof k.consensus === 'object' ? Object.assign({}, k.consensus, {
          group: Number.isInteger(k.consensus.group) && k.consensus.group < keep.length ? k.consensus.group : null,
          values: (Array.isArray(k.consensus.values) ? k.consensus.values : []).map((v) => Object.assign({}, v, { claims: ids(v.claims).slice(0, LIMITS.perGroup * 2) })),
        }) : k.consensus;
        return Object.assign({}, k, { members: shown.map((x) => (x && Array.isArray(x.figures) ? Object.assign({}, x, { figures: ids(x.figures) }) : x)), consensus: c });
      });
    }
    out.figures = figures;
  }
  if (Array.isArray(out.quotes)) out.quotes = out.quotes.slice(0, LIMITS.quotes);
  if (Array.isArray(out.entities)) {
    out.entities = out.entities
      .map((e, i) => [e, i])
      .sort((a, b) => ((b[0] && b[0].docs) || 0) - ((a[0] && a[0].docs) || 0) || a[1] - b[1])
      .slice(0, LIMITS.entities)
      .sort((a, b) => a[1] - b[1])
      .map((x) => x[0]);
  }
  for (const key of ['vocabulary', 'unique_facts']) {
    if (Array.isArray(out[key])) out[key] = out[key].slice(0, LIMITS.sources);
  }
  return out;
}

// The worker's whole program. It is turned into source with toString() and
// put in a Blob with the glue, so it must not use anything from this scope
// but `createGlue`.
function parallaxWorker() {
  let module = null;
  let api = null;
  let docs = [];
  const full = {};
  self.onmessage = function (event) {
    const msg = event.data;
    if (msg.type === 'init') {
      module = msg.module instanceof WebAssembly.Module ? msg.module : new WebAssembly.Module(msg.bytes);
      return;
    }
    if (msg.type === 'export') {
      // The whole results, as JSON text: the main thread only joins the texts.
      self.postMessage({ type: 'done', id: msg.id, results: {
        summary: full.story ? JSON.stringify(full.story, null, 2) : null,
        comparison: full.compare ? JSON.stringify(full.compare, null, 2) : null,
      } });
      return;
    }
    if (msg.type !== 'run') return;
    if (msg.docs) docs = msg.docs;
    const results = [];
    for (let i = 0; i < msg.tasks.length; i++) {
      const task = msg.tasks[i];
      self.postMessage({ type: 'progress', id: msg.id, done: i, total: msg.tasks.length, label: task.label });
      try {
        if (!api) {
          api = createGlue();
          api.initSync({ module: module });
        }
        const t0 = performance.now();
        const ok = api[task.fn](docs, task.options);
        const ms = performance.now() - t0;
        full[task.part] = ok;
        results.push({ ok: trimForView(task.part, ok, task.keep), ms: ms, trimmed: true });
      } catch (e) {
        const crashed = e instanceof WebAssembly.RuntimeError;
        if (crashed) api = null;
        results.push({ error: String((e && e.message) || e), crashed: crashed });
      }
    }
    self.postMessage({ type: 'done', id: msg.id, results: results });
  };
}

let workerUrl = null;

/** Runs the engine in a dedicated Worker built from a Blob URL. */
export class WorkerEngine {
  constructor(worker) {
    this.worker = worker;
    this.pending = new Map();
    this.nextId = 1;
    this.docsSent = null;
    worker.onmessage = (event) => {
      const msg = event.data;
      const job = this.pending.get(msg.id);
      if (!job) return;
      if (msg.type === 'progress') job.progress(msg.done, msg.total, msg.label);
      else if (msg.type === 'done') {
        this.pending.delete(msg.id);
        job.resolve(msg.results);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const job of this.pending.values()) job.reject(new EngineError(`The background engine failed: ${event.message || 'unknown error'}`, true));
      this.pending.clear();
      this.broken = true;
    };
  }

  /** A worker engine, or null where workers from Blob URLs are not allowed
   * (a strict Content-Security-Policy, say); the caller then stays on the
   * main thread. */
  static async create() {
    if (typeof Worker === 'undefined' || typeof Blob === 'undefined') return null;
    try {
      const module = await wasmModule();
      if (!workerUrl) {
        const source = `'use strict';\n${createGlue.toString()}\n${trimForView.toString()}\n(${parallaxWorker.toString()})();\n`;
        workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      }
      const worker = new Worker(workerUrl);
      try {
        worker.postMessage({ type: 'init', module });
      } catch {
        worker.postMessage({ type: 'init', bytes: wasmBytes() });
      }
      return new WorkerEngine(worker);
    } catch {
      return null;
    }
  }

  /** Runs `tasks` ({fn, options, label}) on `docs`; resolves to one
   * `{ok}` or `{error, crashed}` per task. `progress(done, total, label)`
   * is called before each task. */
  run(docs, tasks, progress = () => {}) {
    if (this.broken) return Promise.reject(new EngineError('The background engine stopped.', true));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      const msg = { type: 'run', id, tasks };
      if (this.docsSent !== docs) {
        msg.docs = docs;
        this.docsSent = docs;
      }
      this.worker.postMessage(msg);
    });
  }

  /** The whole latest story summary and comparison as JSON texts
   * (`{summary, comparison}`, null where the worker did not compute it). */
  exportJson() {
    if (this.broken) return Promise.reject(new EngineError('The background engine stopped.', true));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress: () => {} });
      this.worker.postMessage({ type: 'export', id });
    });
  }

  terminate() {
    this.worker.terminate();
    for (const job of this.pending.values()) job.reject(new EngineError('cancelled'));
    this.pending.clear();
  }
}
