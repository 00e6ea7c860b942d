// The programmatic surface shared by both builds: `define()` for the
// element, promise-returning `summarize` / `compare` / `corpus` /
// `version` over one engine instance, and `htmlToArticle` (import.js) for
// turning a saved web page into an article. The classic script puts them on
// `window.Parallax`; the ES module exports them.

import { wasmModule, Engine } from './engine.js';
import { ParallaxDigest } from './parallax-digest.js';

/** The tag name the element is registered under when none is given. */
export const DEFAULT_TAG = 'parallax-digest';

let registeredOnce = false;

/**
 * Registers the element under `name` and returns its constructor. Safe to
 * call again (or to load the script twice): a name already taken keeps its
 * element. A constructor can be registered only once, so other names get a
 * subclass of `ParallaxDigest`.
 *
 *   define('news-digest');   // <news-digest> works as <parallax-digest> does
 */
export function define(name = DEFAULT_TAG) {
  if (typeof customElements === 'undefined') return null;
  const existing = customElements.get(name);
  if (existing) return existing;
  const cls = registeredOnce ? class extends ParallaxDigest {} : ParallaxDigest;
  // Start on the engine before defining the element: defining it upgrades
  // the elements already in the page, and their first render waits for it.
  wasmModule();
  customElements.define(name, cls);
  registeredOnce = true;
  return cls;
}

let shared = null;

/** The engine these functions share (compiled on first use). */
function engine() {
  if (!shared) shared = Engine.load();
  return shared;
}

/** Summarizes `documents` (`[{id, title?, text}]`); resolves to the
 * `summarize` JSON of docs/api.md, rejects with the engine's message.
 *
 *   const s = await summarize(docs, { sentences: 5, query: 'cost' });
 */
export async function summarize(documents, options) {
  return (await engine()).call('summarize', documents, options);
}

/** Compares `documents`; resolves to the `compare` JSON of docs/api.md. */
export async function compare(documents, options) {
  return (await engine()).call('compare', documents, options);
}

/** The bundled articles, `[{id, title, text}]`. */
export async function corpus() {
  return (await engine()).corpus();
}

/** The engine's version. */
export async function version() {
  return (await engine()).version();
}
