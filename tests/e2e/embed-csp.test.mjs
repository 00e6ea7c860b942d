// Issue 12, CSP: the widget under strict Content-Security-Policies, served
// as HTTP headers: the classic script, the ES module, the standalone page
// and the single file (their inline blocks allowed by hash, never
// 'unsafe-inline'), the iframe embed; and a policy without
// 'wasm-unsafe-eval' gets an error naming that directive instead of a
// permanent "Loading…".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { useServedBrowser, openPage, waitReady, widgetState, DIST } from './helpers.mjs';

const MINIMAL = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const RECOMMENDED = `${MINIMAL}; worker-src blob:`;
const NO_WASM = "default-src 'none'; script-src 'self'; style-src 'self'";
const html = 'text/html; charset=utf-8';
const csp = (policy) => ({ 'content-security-policy': policy });
const host = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>csp host</title></head><body>`
  + `<script src="/csp/record.js"></script><parallax-digest></parallax-digest>${script}</body></html>`;
// Records policy violations and the element's errors (an external script: inline ones are blocked).
const RECORD = 'window.violations = []; window.errors = [];'
  + 'document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.violatedDirective + " " + e.blockedURI));'
  + 'document.addEventListener("parallax-error", (e) => window.errors.push(e.detail));';

/** 'sha256-…' sources for every attribute-less inline <script> and <style> of a page. */
function inlineHashes(page) {
  const hashes = { script: [], style: [] };
  for (const [, tag, body] of page.matchAll(/<(script|style)>([\s\S]*?)<\/\1>/g)) {
    hashes[tag].push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}
const dist = (name) => () => readFileSync(join(DIST, name));
function hashedPolicy(name) {
  const h = inlineHashes(readFileSync(join(DIST, name), 'utf8'));
  return `default-src 'none'; script-src 'self' ${h.script.join(' ')} 'wasm-unsafe-eval'; worker-src blob:; style-src 'self' ${h.style.join(' ')}; img-src data: 'self'`;
}

const env = useServedBrowser({
  '/csp/record.js': ['text/javascript', RECORD],
  // The browser's own favicon request (not the page's, so no policy applies).
  '/favicon.ico': ['image/svg+xml', dist('favicon.svg')],
  '/csp/minimal.html': [html, host('<script src="/parallax.js"></script>'), csp(MINIMAL)],
  '/csp/recommended.html': [html, host('<script src="/parallax.js"></script>'), csp(RECOMMENDED)],
  '/csp/module.html': [html, host('<script type="module" src="/parallax.mjs"></script>'), csp(RECOMMENDED)],
  '/csp/no-wasm.html': [html, host('<script src="/parallax.js"></script>'), csp(NO_WASM)],
  '/csp/index.html': [html, dist('index.html'), { get 'content-security-policy'() { return hashedPolicy('index.html'); } }],
  '/csp/parallax.html': [html, dist('parallax.html'), { get 'content-security-policy'() { return hashedPolicy('parallax.html'); } }],
  '/csp/parallax.js': ['text/javascript', dist('parallax.js')],
  '/csp/favicon.svg': ['image/svg+xml', dist('favicon.svg')],
  '/csp/embed.js': ['text/javascript', dist('embed.js')],
  '/csp/embed.html': [html, dist('embed.html'), csp(RECOMMENDED)],
});

async function openUnder(path, { waitFor = true } = {}) {
  const opened = await openPage(env.browser.context, `${env.server.url}${path}`);
  if (waitFor) await waitReady(opened.page);
  return opened;
}

test(`the classic script under ${RECOMMENDED}: works, no violation`, async () => {
  const { page, problems } = await openUnder('csp/recommended.html');
  assert.ok((await widgetState(page)).summary.length >= 3);
  // Styles came through (a constructed sheet, which style-src 'self' allows).
  const tabs = await page.evaluate(() => getComputedStyle(document.querySelector('parallax-digest').shadowRoot.querySelector('[part~="tabs"]')).display);
  assert.notEqual(tabs, 'block', `the widget's styles apply (tabs are laid out)\n  got display: ${tabs}`);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test(`the classic script under the minimal ${MINIMAL}: works on the main thread; the only violation is the refused worker`, async () => {
  const { page, problems } = await openUnder('csp/minimal.html');
  assert.ok((await widgetState(page)).summary.length >= 3);
  const violations = await page.evaluate(() => window.violations);
  assert.ok(violations.every((v) => /^worker-src blob/.test(v) || /^script-src blob/.test(v)), `only the Blob-URL worker is refused\n  got: ${JSON.stringify(violations)}`);
  assert.deepEqual(problems.filter((p) => !/Refused to create a worker|worker-src|blob:/.test(p)), []);
  assert.deepEqual(await page.evaluate(() => window.errors), []);
  await page.close();
});

test('the ES module under the recommended policy', async () => {
  const { page, problems } = await openUnder('csp/module.html');
  assert.ok((await widgetState(page)).summary.length >= 3);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('dist/index.html and the single file dist/parallax.html with their inline blocks allowed by hash', async () => {
  for (const path of ['csp/index.html', 'csp/parallax.html']) {
    const { page, problems } = await openUnder(path);
    assert.ok((await widgetState(page)).summary.length >= 3, path);
    assert.deepEqual(problems, [], `${path}: no console error (no violation)`);
    await page.close();
  }
});

test('the iframe embed page under the recommended policy (and its own meta policy)', async () => {
  const { page, problems } = await openUnder('csp/embed.html');
  assert.ok((await widgetState(page)).summary.length >= 3);
  assert.deepEqual(problems, []);
  await page.close();
});

test("without 'wasm-unsafe-eval': parallax-error engine-blocked naming the directive, no permanent Loading…", async () => {
  const { page } = await openUnder('csp/no-wasm.html', { waitFor: false });
  await page.waitForFunction(() => window.errors && window.errors.length > 0, null, { timeout: 15000 });
  const [error] = await page.evaluate(() => window.errors);
  assert.equal(error.reason, 'engine-blocked', JSON.stringify(error));
  assert.match(error.message, /Content-Security-Policy.*'wasm-unsafe-eval'.*script-src/);
  assert.equal(error.directive, "script-src 'wasm-unsafe-eval'");
  const shown = await page.evaluate(() => document.querySelector('parallax-digest').shadowRoot.textContent);
  assert.ok(!shown.includes('Loading…') && !/this browser/.test(shown), `says what is wrong\n  got: ${shown.slice(0, 300)}`);
  assert.match(shown, /'wasm-unsafe-eval'/);
  await page.close();
});

test('the builds hold no eval, new Function or inline event handler', () => {
  for (const name of ['parallax.js', 'parallax.mjs', 'embed.js', 'embed.html', 'index.html']) {
    const text = readFileSync(join(DIST, name), 'utf8');
    for (const [what, pattern] of [['eval(', /\beval\s*\(/], ['new Function', /new\s+Function\s*\(/], ['setTimeout with a string', /setTimeout\(\s*['"`]/], ['an inline on… handler', /<[a-z][^>]*\son[a-z]+\s*=/i]]) {
      assert.ok(!pattern.test(text), `${name} contains ${what}`);
    }
  }
});
