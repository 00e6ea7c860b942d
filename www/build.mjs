#!/usr/bin/env node
// Builds dist/ from www/ and the wasm-bindgen output in target/pkg/.
//
//   node www/build.mjs [--pkg target/pkg] [--out dist]
//
// Node and the packages of www/package.json (make setup runs npm ci there):
// @mozilla/readability is bundled, minified by terser. Writes:
//   dist/parallax.js          one classic script: the wasm-bindgen glue, the
//                             wasm as one character a byte, the element;
//                             defines <parallax-digest> and window.Parallax
//   dist/parallax.mjs         the same as an ES module exporting the element
//                             class, define, summarize, compare, corpus, version
//   dist/index.html           the standalone page (loads parallax.js)
//   dist/parallax.html        the same page with the script inlined: one file
//                             that works double-clicked (file://, no network)
//   dist/embed.html, embed.js the iframe embed (articles in the URL fragment
//                             or by postMessage)
//   dist/embed-example.html   a blog post embedding the widget with one tag
//   dist/favicon.svg          the page's icon
//   dist/THIRD-PARTY-LICENSES.txt  the licence of the bundled Readability
//   dist/npm/                 the npm package (not published): both builds,
//                             typings, custom-elements.json, README, LICENSE
// and prints the raw and gzipped size of each script and page.

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { ATTRIBUTES, PROPERTIES, METHODS, EVENTS, TAG } from './element-api.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : fallback;
}
const pkg = arg('--pkg', join(root, 'target', 'pkg'));
const out = arg('--out', join(root, 'dist'));

function read(path) {
  if (!existsSync(path)) {
    console.error(`build.mjs: missing ${path}; run \`make wasm\` first`);
    process.exit(1);
  }
  return readFileSync(path);
}

// The element's sources, in dependency order. They are written as ES modules
// (readable, lintable); the build drops the import lines and `export`
// keywords and wraps them all in one function scope.
const SOURCES = [
  'src/dom.js',
  'src/host.js',
  'src/csp.js',
  'src/events.js',
  'src/i18n.js',
  'src/navigation.js',
  'src/theme.js',
  'src/storage.js',
  'src/engine.js',
  'src/import.js',
  'src/inline.js',
  'src/share-codec.js',
  'src/views/story.js',
  'src/views/article.js',
  'src/views/compare.js',
  'src/views/yours.js',
  'src/export.js',
  'src/embed-control.js',
  'src/parallax-digest.js',
  'src/api.js',
];
/** The iframe embed's own program (dist/embed.js), flattened the same way. */
const EMBED_SOURCES = ['src/share-codec.js', 'src/embed-frame.js'];

function stripModuleSyntax(source, file) {
  const lines = source.split('\n').filter((line) => !/^\s*import\s.*from\s.*;\s*$/.test(line));
  const text = lines.join('\n').replace(/^export\s+(?=(async\s+)?(function|class|const|let)\b)/gm, '');
  if (/^\s*(import|export)\s/m.test(text)) {
    throw new Error(`${file}: module syntax the build cannot flatten`);
  }
  return `// ---- ${file}\n${text}`;
}

const glue = read(join(pkg, 'parallax.js')).toString('utf8');
if (!/^let wasm_bindgen = \(function\(exports\)/m.test(glue)) {
  throw new Error('target/pkg/parallax.js is not wasm-bindgen --target no-modules output');
}
const wasm = read(join(pkg, 'parallax_bg.wasm'));
const css = compactCss(withAutoTheme(readFileSync(join(here, 'src', 'styles.css'), 'utf8')));

/** The style sheet without comments, indentation, blank lines or the
 * spaces around punctuation (no string in it holds those characters' runs,
 * so this is safe on it; the readable sheet is www/src/styles.css). */
function compactCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n').map((line) => line.trim()).filter(Boolean).join('\n')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':');
}

/** Adds the dark theme's declarations again for `theme="auto"` (and no
 * theme), so styles.css writes them only once: where the host page is dark
 * (the element sets `data-page-scheme`, www/src/theme.js) and, where the
 * page does not say, under prefers-color-scheme. */
function withAutoTheme(source) {
  const match = source.match(/:host\(\[theme="dark"\]\) \{\n([^}]*)\}/);
  if (!match) throw new Error('www/src/styles.css: no :host([theme="dark"]) block to reuse for theme="auto"');
  const body = match[1].replace(/^/gm, '  ').trimEnd();
  const auto = ':host(:not([theme="light"]):not([theme="dark"]))';
  return `${source}\n${auto.replace('))', ')[data-page-scheme="dark"])')} {\n${body}\n}\n`
    + `@media (prefers-color-scheme: dark) {\n  ${auto.replace('))', '):not([data-page-scheme]))')} {\n${body}\n  }\n}\n`;
}
const version = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)?.[1] ?? '0';

const sourceBody = SOURCES.map((f) => stripModuleSyntax(readFileSync(join(here, f), 'utf8'), f)).join('\n\n');

// Firefox Reader View's Readability, from www/node_modules at the version
// www/package-lock.json pins; minified (11 KB gzipped instead of 25).
const require = createRequire(import.meta.url);
let readabilityPath;
try {
  readabilityPath = require.resolve('@mozilla/readability/Readability.js');
} catch {
  console.error('build.mjs: www/node_modules is missing @mozilla/readability; run `make setup` (npm ci in www/)');
  process.exit(1);
}
const readabilityPkg = JSON.parse(readFileSync(join(dirname(readabilityPath), 'package.json'), 'utf8'));
const { minify } = require('terser');
const readabilityMin = (await minify(readFileSync(readabilityPath, 'utf8'), { compress: true, mangle: true, format: { comments: false } })).code;
// Our sources and the glue lose their comments and indentation (names stay,
// so stack traces still read): 12 KB gzipped off the embed script. The
// readable sources are www/src/.
const compact = async (code) => (await minify(code, { compress: { passes: 2 }, mangle: true, keep_fnames: true, keep_classnames: true, format: { comments: /^!/ } })).code;
const body = await compact(sourceBody);
const glueCompact = await compact(glue);
const readability = `/*! @mozilla/readability ${readabilityPkg.version} | Apache-2.0 | see THIRD-PARTY-LICENSES.txt */
const Readability = (function () { const module = undefined; ${readabilityMin}
return Readability; })();`;
// The embed script leaves Readability out and loads this file from beside
// itself when a reader first imports a web page (www/src/import.js).
const readabilityScript = `/*! @mozilla/readability ${readabilityPkg.version} | Apache-2.0 | see THIRD-PARTY-LICENSES.txt
 * Loaded by parallax.js on the first HTML import. */
(function () { const module = undefined; ${readabilityMin}
self.ParallaxReadability = Readability; })();
`;

/** The module's bytes renamed so that the 123 commonest byte values become
 * ASCII characters (one byte in the UTF-8 script, where U+0080–U+00FF take
 * two) and the five that a string literal must escape come last: 11.5 KB
 * gzipped less than the bytes as they are. Returns the renamed bytes and the
 * table back (`original[renamed]`), which engine.js applies after decoding. */
function renameBytes(bytes) {
  const count = new Array(256).fill(0);
  for (const b of bytes) count[b]++;
  const commonest = [...Array(256).keys()].sort((a, b) => count[b] - count[a] || a - b);
  const escaped = [0x00, 0x0a, 0x0d, 0x22, 0x5c];
  const codes = [];
  for (let c = 0; c < 128; c++) if (!escaped.includes(c)) codes.push(c);
  for (let c = 128; c < 256; c++) codes.push(c);
  codes.push(...escaped);
  const to = new Uint8Array(256);
  const back = new Array(256);
  commonest.forEach((b, i) => { to[b] = codes[i]; back[codes[i]] = b; });
  return { renamed: Uint8Array.from(bytes, (b) => to[b]), back };
}
const { renamed: wasmRenamed, back: wasmByteOf } = renameBytes(wasm);

/** Bytes as the body of a JS string literal: one character a byte, with
 * only the characters a literal (or an HTML parser, for NUL) cannot hold
 * escaped. */
function binaryString(bytes) {
  let out = '';
  const chunk = [];
  for (const b of bytes) {
    if (b === 0x5c) chunk.push('\\\\');
    else if (b === 0x22) chunk.push('\\"');
    else if (b === 0x0a) chunk.push('\\n');
    else if (b === 0x0d) chunk.push('\\r');
    else if (b === 0x00) chunk.push('\\x00');
    else chunk.push(String.fromCharCode(b));
    if (chunk.length >= 8192) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}

// A UTF-8 byte order mark: the script holds characters above U+007F, and
// the mark makes browsers decode it as UTF-8 whatever the embedding page's
// own encoding is.
/** The classic script, with Readability inline (the single file) or not
 * (dist/parallax.js, which loads it on demand). */
const classicScript = (INLINE_READABILITY) => `\uFEFF/*! Parallax ${version} — <parallax-digest>: summarize and compare news articles in the browser.
 * One classic script: the WebAssembly engine (inlined), its wasm-bindgen glue and the element.
 * Embed with <script src="parallax.js"></script> and <parallax-digest></parallax-digest>. */
(function () {
'use strict';
if (typeof customElements === 'undefined') return;
const SCRIPT_ELEMENT = document.currentScript;
/** <script src="parallax.js" data-tag="news-digest"> registers another name. */
const TAG_NAME = (SCRIPT_ELEMENT && SCRIPT_ELEMENT.dataset.tag) || 'parallax-digest';
if (window.Parallax && typeof window.Parallax.define === 'function') {
  // Loaded twice: the first copy stays; it only learns the name.
  window.Parallax.define(TAG_NAME);
  return;
}
if (typeof performance !== 'undefined' && performance.mark) performance.mark('parallax-script');
const SCRIPT_URL = SCRIPT_ELEMENT && SCRIPT_ELEMENT.src ? SCRIPT_ELEMENT.src : location.href;
const SCRIPT_TEXT = SCRIPT_ELEMENT && !SCRIPT_ELEMENT.src ? SCRIPT_ELEMENT.textContent : '';
${common({ inlineReadability: INLINE_READABILITY })}
window.Parallax = Object.freeze({ ParallaxDigest, define, summarize, compare, corpus, version, htmlToArticle, EngineError });
define(TAG_NAME);
})();
`;

const script = classicScript(false);
const singleFileScript = classicScript(true);

/** The part both builds share: the glue, the module, the styles, the sources. */
function common({ inlineReadability = true } = {}) {
  return `
/** The wasm-bindgen glue, wrapped so that each call makes a fresh instance
 * (used to recover after a trap) and so that its source can seed a Worker. */
function createGlue() {
${glueCompact}
return wasm_bindgen;
}

/** The wasm module, one byte a character (U+0000–U+00FF). Unlike base64
 * this keeps byte alignment, so gzip still finds the module's repeats. */
const WASM_BINARY = "${binaryString(wasmRenamed)}";
/** WASM_BINARY's characters are renamed bytes: this gives each one's byte. */
const WASM_BYTE_OF = ${JSON.stringify(wasmByteOf)};
const STYLES = ${JSON.stringify(css)};
const VERSION = ${JSON.stringify(version)};

${inlineReadability ? readability : 'const Readability = undefined;'}

${body}`;
}

const header = `/*! Parallax ${version} — <parallax-digest>: summarize and compare news articles in the browser.`;
const moduleScript = `${header}
 * An ES module: the WebAssembly engine (inlined), its glue and the element, which it defines as
 * <parallax-digest> (when that name is free). Exports the element class, define, summarize,
 * compare, corpus and version (promises, also in Node) and htmlToArticle (needs a DOMParser). */
const SCRIPT_URL = import.meta.url;
const SCRIPT_TEXT = '';
${common()}
define();
export { ParallaxDigest, define, summarize, compare, corpus, version, htmlToArticle, EngineError };
`;

const embedScript = `/*! Parallax ${version} — dist/embed.js, the program of the iframe embed dist/embed.html. */
(function () {
'use strict';
${EMBED_SOURCES.map((f) => stripModuleSyntax(readFileSync(join(here, f), 'utf8'), f)).join('\n\n')}
})();
`;

// Check that the bundles at least parse before writing them.
new Function(script.slice(1));
new Function(singleFileScript.slice(1));
new Function(embedScript);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'parallax.js'), script);
writeFileSync(join(out, 'parallax-readability.js'), readabilityScript);
writeFileSync(join(out, 'parallax.mjs'), moduleScript);
writeFileSync(join(out, 'embed.js'), embedScript);
writeFileSync(join(out, 'embed.html'), readFileSync(join(here, 'embed.html'), 'utf8'));
const licences = `Parallax bundles the following third-party code into parallax-readability.js (which parallax.js loads on demand), parallax.mjs and parallax.html.

@mozilla/readability ${readabilityPkg.version} (https://github.com/mozilla/readability), minified:

${readFileSync(join(dirname(readabilityPath), 'LICENSE.md'), 'utf8')}`;
writeFileSync(join(out, 'THIRD-PARTY-LICENSES.txt'), licences);

// For inlining into an HTML <script>: no "</script" or "<!--" may appear.
const inlineSafe = singleFileScript.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const index = readFileSync(join(here, 'index.html'), 'utf8');
const tag = '<script src="parallax.js"></script>';
if (!index.includes(tag)) throw new Error(`www/index.html must load the widget with ${tag}`);
writeFileSync(join(out, 'index.html'), index);
writeFileSync(join(out, 'parallax.html'), index.replace(tag, () => `<script>\n${inlineSafe}</script>`).replace(/<link rel="icon"[^>]*>/, () => `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(readFileSync(join(here, 'favicon.svg'), 'utf8'))}">`));
writeFileSync(join(out, 'embed-example.html'), readFileSync(join(here, 'embed-example.html'), 'utf8'));
writeFileSync(join(out, 'favicon.svg'), readFileSync(join(here, 'favicon.svg'), 'utf8'));

writeNpmPackage(join(out, 'npm'));

const gz = gzipSync(script, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
for (const name of ['parallax.js', 'parallax-readability.js', 'parallax.mjs', 'parallax.html', 'index.html', 'embed.html', 'embed.js', 'embed-example.html']) {
  const bytes = readFileSync(join(out, name));
  console.log(`dist/${name}: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzipped`);
}
console.log(`(wasm ${kb(wasm.length)} raw)`);
if (gz > 250 * 1024) {
  console.warn('warning: dist/parallax.js is over the 250 KB gzipped budget (tests/e2e/size.test.mjs fails)');
}

/** dist/npm/: a publish-ready package folder (never published by the build). */
function writeNpmPackage(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'parallax.mjs'), moduleScript);
  writeFileSync(join(dir, 'parallax.js'), script);
  writeFileSync(join(dir, 'parallax-readability.js'), readabilityScript);
  writeFileSync(join(dir, 'embed.html'), readFileSync(join(here, 'embed.html'), 'utf8'));
  writeFileSync(join(dir, 'embed.js'), embedScript);
  writeFileSync(join(dir, 'THIRD-PARTY-LICENSES.txt'), licences);
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const description = cargo.match(/^description\s*=\s*"([^"]+)"/m)?.[1] || 'Summarize and compare news articles in the browser';
  const pkgJson = {
    name: 'parallax-digest',
    version,
    description,
    license: cargo.match(/^license\s*=\s*"([^"]+)"/m)?.[1] || 'MIT OR Apache-2.0',
    type: 'module',
    main: './parallax.mjs',
    module: './parallax.mjs',
    types: './parallax.d.ts',
    exports: {
      '.': { types: './parallax.d.ts', import: './parallax.mjs', default: './parallax.mjs' },
      './parallax.js': './parallax.js',
      './parallax-readability.js': './parallax-readability.js',
      './embed.html': './embed.html',
      './embed.js': './embed.js',
      './custom-elements.json': './custom-elements.json',
      './package.json': './package.json',
    },
    customElements: 'custom-elements.json',
    sideEffects: ['./parallax.mjs', './parallax.js'],
    files: ['parallax.mjs', 'parallax.js', 'parallax-readability.js', 'parallax.d.ts', 'embed.html', 'embed.js', 'custom-elements.json', 'README.md', 'LICENSE', 'THIRD-PARTY-LICENSES.txt'],
    keywords: ['web-component', 'custom-element', 'summarization', 'news', 'webassembly'],
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkgJson, null, 2) + '\n');
  writeFileSync(join(dir, 'custom-elements.json'), JSON.stringify(manifest(), null, 2) + '\n');
  writeFileSync(join(dir, 'parallax.d.ts'), typings());
  writeFileSync(join(dir, 'LICENSE'), `Parallax is licensed under either of the MIT licence or the Apache License, Version 2.0, at your option
(SPDX: MIT OR Apache-2.0). Bundled third-party code and its licence: THIRD-PARTY-LICENSES.txt.
`);
  writeFileSync(join(dir, 'README.md'), npmReadme());
}

/** Parts (`part="…"` in the sources) and CSS custom properties (styles.css). */
function surfaceFromSources() {
  const sources = SOURCES.map((f) => readFileSync(join(here, f), 'utf8')).join('\n');
  const parts = [...new Set([...sources.matchAll(/\bpart: ['"]([a-z][a-z -]*)['"]/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean))].sort();
  const cssProperties = [...new Set([...readFileSync(join(here, 'src', 'styles.css'), 'utf8').matchAll(/var\((--parallax-[a-z-]+)/g)].map((m) => m[1]))].sort();
  return { parts, cssProperties };
}

function manifest() {
  const { parts, cssProperties } = surfaceFromSources();
  return {
    schemaVersion: '1.0.0',
    readme: 'README.md',
    modules: [{
      kind: 'javascript-module',
      path: 'parallax.mjs',
      declarations: [{
        kind: 'class',
        name: 'ParallaxDigest',
        tagName: TAG,
        customElement: true,
        description: 'Summarizes a set of news articles about one story and compares them, offline in the browser.',
        superclass: { name: 'HTMLElement' },
        attributes: ATTRIBUTES.map((a) => ({ name: a.name, type: { text: a.type }, description: a.description, fieldName: a.name })),
        members: [
          ...ATTRIBUTES.map((a) => ({ kind: 'field', name: a.name, type: { text: a.type }, description: a.description, attribute: a.name, reflects: true })),
          ...PROPERTIES.map((p) => ({ kind: 'field', name: p.name, type: { text: p.type }, description: p.description, readonly: Boolean(p.readonly) })),
          ...METHODS.map((m) => ({ kind: 'method', name: m.name, description: m.description })),
        ],
        events: EVENTS.map((e) => ({ name: e.name, type: { text: `CustomEvent<${e.detail}>` }, description: e.description + (e.cancelable ? ' Cancelable.' : '') })),
        cssParts: parts.map((name) => ({ name })),
        cssProperties: cssProperties.map((name) => ({ name })),
      }, ...['define', 'summarize', 'compare', 'corpus', 'version', 'htmlToArticle'].map((name) => ({ kind: 'function', name }))],
      exports: [
        { kind: 'js', name: 'ParallaxDigest', declaration: { name: 'ParallaxDigest', module: 'parallax.mjs' } },
        { kind: 'custom-element-definition', name: TAG, declaration: { name: 'ParallaxDigest', module: 'parallax.mjs' } },
        ...['define', 'summarize', 'compare', 'corpus', 'version', 'htmlToArticle'].map((name) => ({ kind: 'js', name, declaration: { name, module: 'parallax.mjs' } })),
      ],
    }],
  };
}

/** parallax.d.ts: the engine's result types (from wasm-bindgen's .d.ts,
 * written in src/bindings/mod.rs) and the element's. */
function typings() {
  const engine = read(join(pkg, 'parallax.d.ts')).toString('utf8');
  const start = engine.indexOf('declare namespace wasm_bindgen {');
  const cut = engine.search(/\n\s*\/\*\* The bundled corpus/);
  if (start < 0 || cut < 0) throw new Error('target/pkg/parallax.d.ts: cannot find the engine\'s interfaces');
  const types = engine.slice(engine.indexOf('\n', start) + 1, cut).replace(/^ {4}/gm, '').replace(/^\/\* (tslint|eslint)[^\n]*\n/gm, '');
  const doc = (text, indent = '  ') => `${indent}/** ${text} */\n`;
  return `// Types of parallax-digest ${version}: the engine's results (docs/api.md) and the element.
${types}
/** An article given to the element: a document with optional metadata. */
export interface ParallaxArticle {
  id?: string; title?: string | null; text: string;
  /** The outlet. */ source?: string; author?: string;
  /** ISO 8601. */ date?: string; url?: string;
}

/** Summarizes \`documents\`; rejects with the engine's message on bad input. */
export function summarize(documents: ParallaxDocument[], options?: SummaryOptions | null): Promise<Summary>;
/** Compares \`documents\`. */
export function compare(documents: ParallaxDocument[], options?: CompareOptions | null): Promise<Comparison>;
/** The bundled articles. */
export function corpus(): Promise<ParallaxDocument[]>;
/** The engine's version. */
export function version(): Promise<string>;
/** A saved web page as an article: readable text (Readability, else a plain reducer) and the page's metadata. Needs DOMParser (a browser). */
export function htmlToArticle(html: string, options?: { readability?: boolean }): Promise<{ title: string; text: string; source?: string; author?: string; date?: string; url?: string }>;
/** Registers the element under \`name\` (default ${TAG}); safe to call twice. */
export function define(name?: string): CustomElementConstructor | null;

/** \`<${TAG}>\`. */
export class ParallaxDigest extends HTMLElement {
${[...ATTRIBUTES.map((a) => `${doc(a.description)}  ${a.name}: ${a.type}${a.name === 'article' || a.name === 'src' ? ' | null' : a.name === 'sentences' ? ' | null' : ''};`),
    ...PROPERTIES.map((p) => `${doc(p.description)}  ${p.readonly ? 'readonly ' : ''}${p.name}: ${p.type};`),
    ...METHODS.map((m) => `${doc(m.description)}  ${m.name}${m.type.replace(' =>', ':')};`)].join('\n')}
}
export type ParallaxDigestElement = ParallaxDigest;

declare global {
  interface HTMLElementTagNameMap { '${TAG}': ParallaxDigest; }
  interface HTMLElementEventMap {
${EVENTS.map((e) => `${doc(e.description + (e.cancelable ? ' Cancelable.' : ''), '    ')}    '${e.name}': CustomEvent<${e.detail.replace(/ParallaxArticle/g, 'ParallaxArticle')}>;`).join('\n')}
  }
}
`;
}

function npmReadme() {
  return `# parallax-digest

\`<parallax-digest>\` summarizes a set of news articles about one story and compares them —
where the sources agree, which figures conflict, what each adds — entirely in the browser
(a WebAssembly engine, no server, no model download).

\`\`\`js
import 'parallax-digest';                          // defines <parallax-digest>
import { summarize, compare, corpus } from 'parallax-digest';
const docs = await corpus();
const summary = await summarize(docs, { sentences: 5, query: 'cost' });
\`\`\`

\`\`\`html
<parallax-digest view="story" sentences="6" loading="lazy">
  <article data-source="Reuters" data-date="2025-01-27" data-url="https://example.com/a">
    <h2>Headline</h2><p>First paragraph…</p>
  </article>
</parallax-digest>
\`\`\`

Also in the package: \`parallax.js\` (the classic script, \`window.Parallax\`), \`embed.html\` +
\`embed.js\` (the iframe embed), \`custom-elements.json\` and \`parallax.d.ts\`. The page needs
\`'wasm-unsafe-eval'\` in its \`script-src\` when it sets a Content-Security-Policy.
Attributes, events, parts and custom properties: see \`custom-elements.json\`.
`;
}
