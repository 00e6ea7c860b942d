// The browser path, as figures (never pass/fail): headless Chromium on the
// built dist/, the way a reader meets it.
//
//   make dist && node benches/browser.mjs [--runs N] [--articles N]
//
// 1. The bundled corpus in the served page: from the first summary
//    (performance mark `parallax-first-summary`) to the comparison being
//    ready too (`parallax-ready`), median of N fresh page loads.
// 2. N real news articles (default 1,000: the DUC 2006 and CNN/DM dev
//    articles of ../shared/data, read at run time, interleaved) handed to
//    the widget: time until `parallax-ready` (summary and comparison done in
//    the Blob-URL worker) and whether a progress bar was shown.
//
// `make bench` runs it after the native and wasm benchmarks.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serveDist, launch, openPage, waitReady } from '../tests/e2e/helpers.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('--runs', 7);
const articles = arg('--articles', 1000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Every article of one data set (folders of docs/*.txt), in name order. */
function loadSet(name) {
  const dir = join(ROOT, '..', 'shared', 'data', name);
  if (!existsSync(dir)) return [];
  const out = [];
  for (const item of readdirSync(dir).sort()) {
    const docs = join(dir, item, 'docs');
    if (!existsSync(docs)) continue;
    for (const f of readdirSync(docs).sort()) {
      out.push({ id: `${item}/${f.replace(/\.txt$/, '')}`, title: null, text: readFileSync(join(docs, f), 'utf8') });
    }
  }
  return out;
}

const server = await serveDist();
const browser = await launch();
try {
  // 1. Bundled corpus: first summary -> comparison ready.
  const gaps = [];
  const firsts = [];
  for (let k = 0; k < runs; k++) {
    const { page } = await openPage(browser.context, server.url);
    await waitReady(page);
    const marks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return { first: at('parallax-first-summary'), ready: at('parallax-ready') };
    });
    gaps.push(marks.ready - marks.first);
    firsts.push(marks.first);
    await page.close();
  }
  console.log(`bundled corpus, served page, ${runs} loads: first summary at median ${median(firsts).toFixed(0)} ms from navigation; comparison ready ${median(gaps).toFixed(0)} ms after the first summary (min ${Math.min(...gaps).toFixed(0)}, max ${Math.max(...gaps).toFixed(0)})`);

  // 2. A large set through the worker.
  const duc = loadSet('duc2006-dev');
  const cnn = loadSet('cnndm-dev');
  const pool = [];
  for (let i = 0; i < Math.max(duc.length, cnn.length); i++) {
    if (duc[i]) pool.push(duc[i]);
    if (cnn[i]) pool.push(cnn[i]);
  }
  if (pool.length === 0) {
    console.log('large set: SKIPPED (../shared/data is not here)');
  } else {
    const set = Array.from({ length: articles }, (_, i) => ({ ...pool[i % pool.length], id: `${pool[i % pool.length].id}#${Math.floor(i / pool.length)}` }));
    const bytes = set.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    const { page } = await openPage(browser.context, server.url);
    await waitReady(page);
    const result = await page.evaluate(async (docs) => {
      const el = document.querySelector('parallax-digest');
      const status = el.shadowRoot.querySelector('[part~="status"]');
      let progress = 0;
      const mo = new MutationObserver(() => { if (status.querySelector('progress')) progress++; });
      mo.observe(status, { childList: true, subtree: true, attributes: true });
      const ready = new Promise((resolve) => el.addEventListener('parallax-ready', resolve, { once: true }));
      const t0 = performance.now();
      el.documents = docs;
      await ready;
      const ms = performance.now() - t0;
      mo.disconnect();
      return { ms, progress, summary: el.shadowRoot.querySelectorAll('#panel-story [part~="summary"] li').length };
    }, set);
    console.log(`large set: ${articles} articles (${(bytes / 1e6).toFixed(2)} MB) summarized and compared in the worker in ${(result.ms / 1000).toFixed(2)} s; progress updates seen: ${result.progress}; summary sentences: ${result.summary}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
