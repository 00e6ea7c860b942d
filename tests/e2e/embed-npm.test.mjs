// Issue 12, the npm package dist/npm/ (never published): what `npm pack`
// would ship, importing it in Node through its `exports`, its typings
// checked by tsc, the ES module in a browser, and custom-elements.json
// against the element itself.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { useServedBrowser, openPage, waitReady, DIST, ROOT } from './helpers.mjs';

const NPM = join(DIST, 'npm');
const manifest = () => JSON.parse(readFileSync(join(NPM, 'custom-elements.json'), 'utf8'));

const env = useServedBrowser({
  '/t/module.html': ['text/html; charset=utf-8', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>module</title><link rel="icon" href="data:,"></head><body>
<parallax-digest></parallax-digest>
<script type="module">
import { ParallaxDigest, summarize, compare, corpus, define } from '/npm/parallax.mjs';
const docs = await corpus();
window.result = { same: customElements.get('parallax-digest') === ParallaxDigest, again: define() === ParallaxDigest,
  sentences: (await summarize(docs, { sentences: 2 })).sentences.length, figures: (await compare(docs)).figures.length > 0 };
</script></body></html>`],
});

/** A throwaway project with dist/npm installed as node_modules/parallax-digest. */
function consumer() {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-npm-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(NPM, join(dir, 'node_modules', 'parallax-digest'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{"type": "module", "private": true}\n');
  return dir;
}

test('npm pack --dry-run ships the builds, typings, manifest, README and licences only', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: NPM, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, ['LICENSE', 'README.md', 'THIRD-PARTY-LICENSES.txt', 'custom-elements.json', 'embed.html', 'embed.js', 'package.json', 'parallax-readability.js', 'parallax.d.ts', 'parallax.js', 'parallax.mjs']);
  const pkg = JSON.parse(readFileSync(join(NPM, 'package.json'), 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.types, './parallax.d.ts');
  assert.deepEqual(pkg.exports['.'], { types: './parallax.d.ts', import: './parallax.mjs', default: './parallax.mjs' });
  assert.equal(pkg.version, readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "(.*)"/m)[1], 'version from Cargo.toml');
  console.log(`npm pack: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`);
});

test('in Node, import "parallax-digest" resolves through exports; summarize/compare/corpus work, bad input rejects', () => {
  const dir = consumer();
  writeFileSync(join(dir, 'use.mjs'), `
import { summarize, compare, corpus, version, define, ParallaxDigest } from 'parallax-digest';
const docs = await corpus();
const summary = await summarize(docs, { sentences: 3, query: 'cost' });
const comparison = await compare(docs);
let refused = '';
try { await summarize([{ id: 'a', text: '' }]); } catch (e) { refused = e.message; }
console.log(JSON.stringify({ docs: docs.length, sentences: summary.sentences.length, quoted: summary.sentences.every((s) => docs.find((d) => d.id === s.doc).text.slice(s.start_utf16, s.end_utf16) === s.text),
  similarity: comparison.similarity.length, version: await version(), define: define(), element: typeof ParallaxDigest, refused }));
`);
  const got = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: dir, encoding: 'utf8' }));
  rmSync(dir, { recursive: true, force: true });
  assert.equal(got.docs, 5);
  assert.equal(got.sentences, 3);
  assert.equal(got.quoted, true, 'sentences quote their documents');
  assert.equal(got.similarity, 5);
  assert.match(got.version, /^\d+\.\d+/);
  assert.equal(got.define, null, 'no customElements in Node: define() does nothing');
  assert.equal(got.element, 'function');
  assert.match(got.refused, /no words/, `bad input\n  got: ${JSON.stringify(got.refused)}`);
});

test('parallax.d.ts types the element, its events and the functions (tsc --strict), and rejects a wrong use', (t) => {
  const tsc = join(ROOT, 'www', 'node_modules', '.bin', 'tsc');
  if (!existsSync(tsc)) {
    t.skip('www/node_modules has no typescript: run make setup');
    return;
  }
  const dir = consumer();
  const good = `import { summarize, corpus, define, ParallaxDigest, type Comparison } from 'parallax-digest';
const el = document.createElement('parallax-digest');
el.query = 'cost'; el.loading = 'lazy'; el.documents = [{ title: 'A', text: 'Text.', source: 'Outlet', date: '2025-01-27' }];
el.addEventListener('parallax-error', (e) => { const reason: 'src-failed' | string = e.detail.reason; console.log(reason, e.detail.message); });
el.addEventListener('parallax-share', (e) => { if (e.detail.kind === 'file') e.preventDefault(); });
const c: Comparison | null = el.comparison; console.log(c?.figures.length, el instanceof ParallaxDigest, define('my-digest'));
summarize(await corpus(), { sentences: 3 }).then((s) => console.log(s.sentences[0].why.rank));
`;
  const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom'];
  writeFileSync(join(dir, 'good.mts'), good);
  try {
    execFileSync(tsc, [...args, 'good.mts'], { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc on a correct use\n  got: ${e.stdout}`);
  }
  writeFileSync(join(dir, 'bad.mts'), `import 'parallax-digest';\nconst el = document.createElement('parallax-digest');\nel.sentences = 'six';\n`);
  let out = '';
  try {
    execFileSync(tsc, [...args, 'bad.mts'], { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    out = e.stdout;
  }
  rmSync(dir, { recursive: true, force: true });
  assert.match(out, /bad\.mts\(3,1\): error TS2322/, `a string for sentences is refused\n  got: ${out}`);
});

test('the ES module in a browser: defines the element, exports summarize/compare/corpus', async () => {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}t/module.html`);
  await waitReady(page);
  await page.waitForFunction(() => window.result);
  assert.deepEqual(await page.evaluate(() => window.result), { same: true, again: true, sentences: 2, figures: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('custom-elements.json matches the element: attributes, parts, custom properties, events', async () => {
  const [decl] = manifest().modules[0].declarations;
  assert.equal(decl.tagName, 'parallax-digest');
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  const seen = await page.evaluate(async () => {
    const el = document.querySelector('parallax-digest');
    const parts = new Set();
    for (const view of ['story', 'article', 'compare', 'yours']) {
      el.view = view;
      await new Promise((r) => setTimeout(r, 400));
      for (const n of el.shadowRoot.querySelectorAll('[part]')) for (const p of n.getAttribute('part').split(/\s+/)) parts.add(p);
    }
    el.shadowRoot.querySelector('[aria-haspopup="dialog"]').click();
    await new Promise((r) => setTimeout(r, 400));
    for (const n of el.shadowRoot.querySelectorAll('[part]')) for (const p of n.getAttribute('part').split(/\s+/)) parts.add(p);
    return { attributes: customElements.get('parallax-digest').observedAttributes, parts: [...parts].sort() };
  });
  await page.close();
  assert.deepEqual(decl.attributes.map((a) => a.name).sort(), [...seen.attributes].sort(), 'attributes = observedAttributes');
  const listed = decl.cssParts.map((p) => p.name);
  assert.deepEqual(seen.parts.filter((p) => !listed.includes(p)), [], 'every part in the page is in the manifest');
  const css = readFileSync(join(ROOT, 'www', 'src', 'styles.css'), 'utf8');
  for (const { name } of decl.cssProperties) assert.ok(css.includes(`var(${name}`), `${name} is read by styles.css`);
  const sources = ['parallax-digest.js', 'events.js', 'embed-control.js'].map((f) => readFileSync(join(ROOT, 'www', 'src', f), 'utf8')).join('\n');
  const all = ['parallax-digest.js', 'embed-control.js', 'embed-frame.js'].map((f) => readFileSync(join(ROOT, 'www', 'src', f), 'utf8')).join('\n');
  const reasons = new Set([...all.matchAll(/(?:emitError\(\w+, |_fail\(|reason: )'([a-z-]+)'/g)].map((m) => m[1]));
  const errorType = decl.events.find((e) => e.name === 'parallax-error').type.text;
  for (const r of reasons) assert.ok(errorType.includes(`"${r}"`), `error reason ${r} is declared\n  got: ${errorType}`);
  assert.ok(reasons.size >= 6, `reasons found in the sources: ${[...reasons]}`);
  for (const e of decl.events) {
    const short = e.name.replace(/^parallax-/, '');
    assert.ok(sources.includes(`'${e.name}'`) || new RegExp(`emit(Error)?\\(\\w+, '${short}'`).test(sources) || (short === 'error' && /emitError\(/.test(sources)), `${e.name} is dispatched somewhere`);
  }
});
