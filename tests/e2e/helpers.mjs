// Shared set-up of the browser tests: a static server for dist/ on a free
// loopback port, Debian's Chromium driven by playwright-core, console error
// collection, screenshots under target/e2e/, and the bundled corpus read
// from disk to check that summaries quote it.

import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join, resolve, extname, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'target', 'e2e');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** The bundled articles' texts, from corpus/deepseek-r1/. */
export function corpusTexts() {
  const dir = join(ROOT, 'corpus', 'deepseek-r1');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/** The set-up every browser test file shares: before its tests, serve
 * dist/ (plus `extra` routes, as for `serveDist`) and launch Chromium;
 * after them, close both. Returns an object whose `server` and `browser`
 * are set once the `before` hook has run. */
export function useServedBrowser(extra = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serveDist(extra);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Serves dist/ (and `extra` routes: path → [type, body or a function
 * returning it, optional headers]) on 127.0.0.1.
 * With `sites: n` it also listens on 127.0.0.2 … 127.0.0.(n+1), same port:
 * each is a different site to Chromium, so a navigation to it gets a fresh
 * renderer process with nothing compiled (`siteUrls`). */
export async function serveDist(extra = {}, { sites = 0 } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `make dist` first');
  const handler = (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (extra[path]) {
      // [type, body or () => body, optional extra headers]
      const [type, body, headers] = extra[path];
      res.writeHead(200, { 'content-type': type, ...(headers || {}) });
      res.end(typeof body === 'function' ? body() : body);
      return;
    }
    const file = resolve(DIST, '.' + (path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  };
  const listen = (port, host) => new Promise((ok, fail) => {
    const server = createServer(handler);
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
  const servers = [await listen(0, '127.0.0.1')];
  const { port } = servers[0].address();
  const siteUrls = [];
  for (let k = 2; k < sites + 2; k++) {
    servers.push(await listen(port, `127.0.0.${k}`));
    siteUrls.push(`http://127.0.0.${k}:${port}/`);
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    siteUrls,
    close: () => Promise.all(servers.map((server) => new Promise((ok) => server.close(ok)))),
  };
}

/** file:// URL of a file in dist/. */
export function distFile(name) {
  return pathToFileURL(join(DIST, name)).href;
}

/** Launches Chromium with a fresh profile. Returns {context, close}. */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new page that records console errors, page errors and dialogs. */
export async function openPage(context, url, { colorScheme, viewport, init } = {}) {
  const page = await context.newPage();
  const problems = [];
  const dialogs = [];
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  if (colorScheme) await page.emulateMedia({ colorScheme });
  if (viewport) await page.setViewportSize(viewport);
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { page, problems, dialogs, requests };
}

/** Waits until the widget has rendered its story summary. */
export async function waitReady(page, selector = 'parallax-digest') {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    if (!el || !el.shadowRoot || !el.summary || !el.comparison) return false;
    const panel = el.shadowRoot.querySelector('[role="tabpanel"]:not([hidden])');
    return panel && !panel.querySelector('.loading') && (panel.dataset.view !== 'story' || panel.querySelectorAll('[part~="summary"] li').length > 0);
  }, selector, { timeout: 20000 });
}

/** Saves a screenshot under target/e2e/. */
export async function shot(page, name, options = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true, ...options });
  return path;
}

/** What the widget shows: summary sentences, article list entries, view. */
export async function widgetState(page, selector = 'parallax-digest') {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const visible = root.querySelector('[role="tabpanel"]:not([hidden])');
    return {
      view: document.querySelector(sel).getAttribute('view'),
      activePanel: visible ? visible.dataset.view : null,
      selectedTab: root.querySelector('[role="tab"][aria-selected="true"]')?.dataset.view,
      summary: [...root.querySelectorAll('#panel-story [part~="summary"] .sentence')].map((b) => b.textContent),
      articles: [...root.querySelectorAll('[part~="article-list"] > li')].map((li) => li.textContent),
      status: root.querySelector('[part~="status"]').textContent,
    };
  }, selector);
}

/** Asserts that every summary sentence is a verbatim sentence of a text. */
export function assertFromCorpus(assert, sentences, texts, where) {
  assert.ok(sentences.length >= 3, `${where}: expected at least 3 summary sentences, got ${sentences.length}`);
  for (const s of sentences) {
    assert.ok(s.length > 20, `${where}: summary sentence too short: ${JSON.stringify(s)}`);
    assert.ok(texts.some((t) => t.includes(s)), `${where}: summary sentence is not in the corpus\n  got: ${JSON.stringify(s)}`);
  }
}
