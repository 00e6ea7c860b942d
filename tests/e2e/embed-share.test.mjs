// Issue 12, "Embed / share": the dialog turns the reader's current set
// (here the bundled articles plus a pasted one) into a script snippet, an
// iframe snippet and a single offline file; each is tried in a host page.
// Also the iframe embed driven by postMessage, and a vetoed share.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { useServedBrowser, openPage, waitReady, distFile } from './helpers.mjs';

const PASTED = { title: 'Reader’s own <clipping> & notes', text: 'Nvidia shares fell 17% on Monday, a record one-day loss in market value.\nAnalysts said the DeepSeek model had been trained for about $6 million.\nThe company said "export rules" had not slowed it.' };
const snippets = { script: '', iframe: '' };
const html = 'text/html; charset=utf-8';
const hostPage = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,"></head><body><h1>A host post</h1>${body}</body></html>`;
const docsToSend = [
  { id: 'p1', title: 'First', text: 'The harbour bridge was approved on Monday. It will cost $120 million.' },
  { id: 'p2', title: 'Second', text: 'Councillors approved the harbour bridge. The project is budgeted at $150 million.' },
];

const env = useServedBrowser({
  '/share/script-host.html': [html, () => hostPage(snippets.script)],
  '/share/articles.json': ['application/json', JSON.stringify(docsToSend)],
  '/share/src.html': [html, hostPage('<parallax-digest src="/share/articles.json" sentences="2"></parallax-digest><script src="/parallax.js"></script>')],
  '/share/iframe-host.html': [html, () => hostPage(snippets.iframe)],
  '/share/message-host.html': [html, hostPage(`<iframe id="f" src="/embed.html#wait&view=compare" title="Parallax" width="100%" height="500" style="border:0"></iframe>
<script>window.got = []; addEventListener('message', (e) => { const f = document.getElementById('f'); if (e.source !== f.contentWindow) return; window.got.push(e.data);
if (e.data.type === 'parallax:listening') f.contentWindow.postMessage({ type: 'parallax:set', documents: ${JSON.stringify(docsToSend)}, query: 'cost' }, '*');
if (e.data.type === 'parallax:resize') f.style.height = e.data.height + 'px'; });</script>`)],
});

const el = (page, fn, arg) => page.evaluate(([src, a]) => (0, eval)(src)(document.querySelector('parallax-digest'), a), [fn.toString(), arg]);

/** Opens the dialog of the widget on `page` and returns its two snippets. */
async function readSnippets(page) {
  await el(page, (w) => [...w.shadowRoot.querySelectorAll('button')].find((b) => b.textContent === 'Embed / share').click());
  await page.waitForFunction(() => {
    const d = document.querySelector('parallax-digest').shadowRoot.querySelector('dialog.embed');
    return d && d.open && d.querySelector('#embed-iframe');
  });
  return el(page, (w) => ({ script: w.shadowRoot.querySelector('#embed-script').value, iframe: w.shadowRoot.querySelector('#embed-iframe').value }));
}

async function readerSet(url) {
  const opened = await openPage(env.browser.context, url);
  await waitReady(opened.page);
  await el(opened.page, (w, a) => w.addArticles([a]), PASTED);
  await opened.page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 6);
  await waitReady(opened.page);
  const docs = await el(opened.page, (w) => w.documents);
  return { ...opened, docs };
}

test('the script snippet carries the reader\'s articles inline and works in a host page', async () => {
  const { page, docs, problems } = await readerSet(env.server.url);
  Object.assign(snippets, await readSnippets(page));
  assert.match(snippets.script, new RegExp(`^<script src="${env.server.url}parallax.js"></script>\\n<parallax-digest[^>]*>\\n  <article data-id=`), `script snippet\n  got: ${snippets.script.slice(0, 300)}`);
  assert.ok(snippets.script.includes('Reader’s own &lt;clipping&gt; &amp; notes'), 'titles are escaped');
  const host = await openPage(env.browser.context, `${env.server.url}share/script-host.html`);
  await waitReady(host.page);
  const got = await el(host.page, (w) => w.documents);
  assert.deepEqual(got.map((d) => d.title), docs.map((d) => d.title), 'same articles, same order');
  assert.deepEqual(got.map((d) => d.text), docs.map((d) => d.text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n')), 'same texts (one paragraph a line)');
  assert.deepEqual([...problems, ...host.problems], []);
  await host.page.close();
  await page.close();
});

test('the iframe snippet carries them in the fragment and resizes the frame to its content', async () => {
  assert.ok(snippets.iframe, 'runs after the script snippet test');
  assert.match(snippets.iframe, new RegExp(`<iframe src="${env.server.url}embed.html#([a-z]+=[^&"]*&amp;)*articles=[A-Za-z0-9_-]+" title="Parallax: 6 articles compared"`));
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}share/iframe-host.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await waitReady(frame);
  const titles = await frame.evaluate(() => document.querySelector('parallax-digest').documents.map((d) => d.title));
  assert.equal(titles.length, 6);
  assert.equal(titles[5], PASTED.title);
  await page.waitForFunction(() => document.querySelector('iframe').style.height !== '');
  const sizes = await page.evaluate(() => ({ frame: document.querySelector('iframe').getBoundingClientRect().height }));
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.ok(Math.abs(sizes.frame - content) <= 2, `the frame fits its content\n  expected: ${content}px\n  got: ${sizes.frame}px`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the iframe embed takes its articles by postMessage and reports ready and its size', async () => {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}share/message-host.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('parallax-digest') && document.querySelector('parallax-digest').comparison);
  const got = await frame.evaluate(() => { const w = document.querySelector('parallax-digest'); return { ids: w.documents.map((d) => d.id), view: w.view, query: w.query }; });
  assert.deepEqual(got, { ids: ['p1', 'p2'], view: 'compare', query: 'cost' });
  await page.waitForFunction(() => window.got.some((m) => m.type === 'parallax:ready'));
  const types = await page.evaluate(() => [...new Set(window.got.map((m) => m.type))]);
  assert.deepEqual(types.sort(), ['parallax:listening', 'parallax:ready', 'parallax:resize'], JSON.stringify(types));
  assert.deepEqual(problems, []);
  await page.close();
});

for (const [name, url] of [['served page', null], ['single file from file://', distFile('parallax.html')]]) {
  test(`${name}: "download as a single offline file" bakes in the articles and works from file:// under its own hashed CSP`, async () => {
    const { page, docs, problems } = await readerSet(url || env.server.url);
    await readSnippets(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      el(page, (w) => w.shadowRoot.querySelector('#embed-download').click()),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'parallax-offline-'));
    const file = join(dir, 'offline.html');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'; worker-src blob:; style-src 'sha256-/);
    assert.ok(!text.includes('unsafe-inline'), 'hashes, not unsafe-inline');
    const offline = await openPage(env.browser.context, pathToFileURL(file).href);
    await waitReady(offline.page);
    const got = await el(offline.page, (w) => w.documents.map((d) => d.title));
    assert.deepEqual(got, docs.map((d) => d.title));
    assert.deepEqual(offline.requests.filter((u) => !/^(file|data|blob):/.test(u)), [], 'no network');
    assert.deepEqual([...problems, ...offline.problems], [], 'no console error: the policy allows exactly what the file runs');
    await offline.page.close();
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

test('a parallax-share listener can veto the download', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await page.evaluate(() => document.addEventListener('parallax-share', (e) => { window.vetoed = e.detail.kind; e.preventDefault(); }));
  await readSnippets(page);
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await el(page, (w) => w.shadowRoot.querySelector('#embed-download').click());
  await page.waitForTimeout(800);
  assert.equal(downloaded, false);
  assert.equal(await page.evaluate(() => window.vetoed), 'file');
  await page.close();
});

test('snippets of an untouched set name no articles: the bundled set by default, a src set by its URL', async () => {
  let { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  let got = await readSnippets(page);
  assert.equal(got.script, `<script src="${env.server.url}parallax.js"></script>\n<parallax-digest theme="auto"></parallax-digest>\n`);
  assert.match(got.iframe, new RegExp(`^<iframe src="${env.server.url}embed.html#theme=auto" `));
  await page.close();
  ({ page } = await openPage(env.browser.context, `${env.server.url}share/src.html`));
  await waitReady(page);
  got = await readSnippets(page);
  assert.equal(got.script, `<script src="${env.server.url}parallax.js"></script>\n<parallax-digest sentences="2" src="${env.server.url}share/articles.json"></parallax-digest>\n`);
  assert.ok(got.iframe.includes(`#sentences=2&amp;src=${encodeURIComponent(`${env.server.url}share/articles.json`)}"`), got.iframe.slice(0, 200));
  await page.close();
});
