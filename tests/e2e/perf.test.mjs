// Figures, not pass/fail timings: time to the first rendered summary
// (performance.mark in the widget) and the longest main-thread task
// (PerformanceObserver 'longtask' plus a 5 ms timer probe, which also sees
// blocks under 50 ms). The large set must go through the worker, with a
// progress indicator — that part is asserted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, distFile, openPage, waitReady, shot } from './helpers.mjs';


// Installed before any page script: records long tasks and timer lag.
const PROBE = `
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  window.__lag = 0;
  let last = performance.now();
  setInterval(() => { const now = performance.now(); window.__lag = Math.max(window.__lag, now - last - 5); last = now; }, 5);
`;

const env = useServedBrowser();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const [name, url] of [['served', null], ['file', distFile('parallax.html')]]) {
  test(`${name}: first summary time and longest task, bundled corpus`, async () => {
    const firsts = [];
    const longest = [];
    const lags = [];
    for (let run = 0; run < 5; run++) {
      const { page, problems } = await openPage(env.browser.context, url || env.server.url, { init: PROBE });
      await waitReady(page);
      await page.waitForTimeout(200);
      const m = await page.evaluate(() => ({
        first: performance.getEntriesByName('parallax-first-summary')[0]?.startTime,
        ready: performance.getEntriesByName('parallax-ready')[0]?.startTime,
        longest: Math.max(0, ...window.__longtasks),
        lag: window.__lag,
      }));
      assert.ok(Number.isFinite(m.first), 'the parallax-first-summary mark exists');
      firsts.push(m.first);
      longest.push(m.longest);
      lags.push(m.lag);
      assert.deepEqual(problems, []);
      await page.close();
    }
    const f = (x) => `${x.toFixed(1)} ms`;
    console.log(`[perf] ${name}: first summary after page load start: median ${f(median(firsts))} (runs: ${firsts.map(f).join(', ')})`);
    console.log(`[perf] ${name}: longest main-thread task (longtask API, 0 = none over 50 ms): max ${f(Math.max(...longest))}; largest timer lag: median ${f(median(lags))}, max ${f(Math.max(...lags))}`);
  });
}

test('300 articles go through the Blob-URL worker with progress; the page stays responsive', async () => {
  for (const [name, url] of [['served', env.server.url], ['file', distFile('parallax.html')]]) {
    const { page, problems } = await openPage(env.browser.context, url, { init: PROBE });
    await waitReady(page);
    // Build the set in its own task, so the probe measures only the widget.
    await page.evaluate(() => {
      const base = document.querySelector('parallax-digest').documents;
      window.__big = [];
      for (let k = 0; k < 300; k++) {
        const d = base[k % base.length];
        const paras = d.text.split('\n');
        const r = k % paras.length;
        window.__big.push({ id: `big-${k}`, title: `${d.title} (copy ${k + 1})`, text: paras.slice(r).concat(paras.slice(0, r)).join('\n') });
      }
    });
    await page.waitForTimeout(200);
    const result = await page.evaluate(async () => {
      const el = document.querySelector('parallax-digest');
      const big = window.__big;
      const chars = big.reduce((n, d) => n + d.text.length, 0);
      let sawProgress = false;
      const status = el.shadowRoot.querySelector('[part~="status"]');
      const mo = new MutationObserver(() => { if (status.querySelector('progress')) sawProgress = true; });
      mo.observe(status, { childList: true, subtree: true });
      window.__longtasks = [];
      window.__lag = 0;
      const t0 = performance.now();
      const ready = new Promise((resolve) => el.addEventListener('parallax-ready', resolve, { once: true }));
      el.documents = big;
      await ready;
      const t1 = performance.now();
      await new Promise((r) => setTimeout(r, 300));
      mo.disconnect();
      return {
        ms: t1 - t0,
        chars,
        sawProgress,
        longest: Math.max(0, ...window.__longtasks),
        lag: window.__lag,
        summary: el.shadowRoot.querySelectorAll('#panel-story [part~="summary"] li').length,
        listed: el.shadowRoot.querySelectorAll('[part~="article-list"] > li').length,
        showAll: el.shadowRoot.getElementById('articles-toggle')?.textContent,
      };
    });
    console.log(`[perf] ${name}: 300 articles (${(result.chars / 1e6).toFixed(2)} MB of text) summarized + compared in the worker in ${result.ms.toFixed(0)} ms; longest main-thread task ${result.longest.toFixed(1)} ms (0 = none over 50 ms); largest timer lag ${result.lag.toFixed(1)} ms`);
    assert.ok(result.sawProgress, 'a progress indicator was shown');
    assert.ok(result.summary > 0, 'the large set has a summary');
    assert.equal(result.listed, 30, 'the Story view lists the first 30 articles');
    assert.equal(result.showAll, 'Show all 300');
    await shot(page, `large-set-${name}`, { fullPage: false });
    assert.deepEqual(problems, []);
    await page.close();
  }
});
