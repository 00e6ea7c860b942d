#!/usr/bin/env node
// Builds dist/ from www/ and the wasm-bindgen output in target/pkg/.
//
//   node www/build.mjs [--pkg target/pkg] [--out dist]
//
// Plain Node, no npm packages. Writes:
//   dist/parallax.js          one classic script: the wasm-bindgen glue, the
//                             wasm as base64, the <parallax-digest> element
//   dist/index.html           the standalone page (loads parallax.js)
//   dist/parallax.html        the same page with the script inlined: one file
//                             that works double-clicked (file://, no network)
//   dist/embed-example.html   a blog post embedding the widget with one tag
//   dist/favicon.svg          the page's icon
// and prints the raw and gzipped size of dist/parallax.js.

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

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
  'src/i18n.js',
  'src/navigation.js',
  'src/theme.js',
  'src/storage.js',
  'src/engine.js',
  'src/import.js',
  'src/views/story.js',
  'src/views/article.js',
  'src/views/compare.js',
  'src/views/yours.js',
  'src/export.js',
  'src/parallax-digest.js',
];

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
const css = withAutoTheme(readFileSync(join(here, 'src', 'styles.css'), 'utf8'));

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

const body = SOURCES.map((f) => stripModuleSyntax(readFileSync(join(here, f), 'utf8'), f)).join('\n\n');

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
const script = `\uFEFF/*! Parallax ${version} — <parallax-digest>: summarize and compare news articles in the browser.
 * One classic script: the WebAssembly engine (inlined), its wasm-bindgen glue and the element.
 * Embed with <script src="parallax.js"></script> and <parallax-digest></parallax-digest>. */
(function () {
'use strict';
if (typeof customElements === 'undefined' || customElements.get('parallax-digest')) return;
if (typeof performance !== 'undefined' && performance.mark) performance.mark('parallax-script');

/** The wasm-bindgen glue, wrapped so that each call makes a fresh instance
 * (used to recover after a trap) and so that its source can seed a Worker. */
function createGlue() {
${glue}
return wasm_bindgen;
}

/** The wasm module, one byte a character (U+0000–U+00FF). Unlike base64
 * this keeps byte alignment, so gzip still finds the module's repeats. */
const WASM_BINARY = "${binaryString(wasm)}";
const STYLES = ${JSON.stringify(css)};
const VERSION = ${JSON.stringify(version)};

${body}
})();
`;

// Check that the bundle at least parses before writing it.
new Function(script.slice(1));

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'parallax.js'), script);

// For inlining into an HTML <script>: no "</script" or "<!--" may appear.
const inlineSafe = script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const index = readFileSync(join(here, 'index.html'), 'utf8');
const tag = '<script src="parallax.js"></script>';
if (!index.includes(tag)) throw new Error(`www/index.html must load the widget with ${tag}`);
writeFileSync(join(out, 'index.html'), index);
writeFileSync(join(out, 'parallax.html'), index.replace(tag, () => `<script>\n${inlineSafe}</script>`).replace(/<link rel="icon"[^>]*>/, () => `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(readFileSync(join(here, 'favicon.svg'), 'utf8'))}">`));
writeFileSync(join(out, 'embed-example.html'), readFileSync(join(here, 'embed-example.html'), 'utf8'));
writeFileSync(join(out, 'favicon.svg'), readFileSync(join(here, 'favicon.svg'), 'utf8'));

const raw = Buffer.byteLength(script);
const gz = gzipSync(script, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
console.log(`dist/parallax.js: ${kb(raw)} raw, ${kb(gz)} gzipped (wasm ${kb(wasm.length)} raw)`);
if (gz > 250 * 1024) {
  console.warn('warning: dist/parallax.js is over the 250 KB gzipped budget (tests/e2e/size.test.mjs fails)');
}
