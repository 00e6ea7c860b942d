// Issue 11, layout: a sensible size in a flex row, a float, an inline-block
// and a grid; compact mode in a 320 px sidebar; no scroll box inside the
// page on phones; no layout shift as it appears on a blog that reserves its
// room; print shows the current view in full. Screenshots of every host.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, openPage, waitReady, shot } from './helpers.mjs';
import { hostRoutes, inShadow, showView, waitAll } from './reader-helpers.mjs';

const env = useServedBrowser(hostRoutes());

const sizes = (page) => page.evaluate(() => [...document.querySelectorAll('parallax-digest')].map((el) => {
  const r = el.getBoundingClientRect();
  const box = el.parentElement.getBoundingClientRect();
  return { id: el.id, width: Math.round(r.width), height: Math.round(r.height), room: Math.round(box.width) };
}));

for (const host of ['flex-row', 'float', 'two-column']) {
  test(`${host}: the widget has a readable width and a sane height`, async () => {
    const { page, problems } = await openPage(env.browser.context, `${env.server.url}hosts/${host}.html`);
    await waitAll(page);
    for (const s of await sizes(page)) {
      assert.ok(s.width >= 480, `given: the ${host} host (${s.id || 'widget'})\nexpected: at least 480 px wide\ngot: ${s.width} px`);
      assert.ok(s.width <= Math.max(s.room, 1280), `no wider than its room: ${s.width} of ${s.room}`);
      assert.ok(s.height < 3500, `given: the ${host} host\nexpected: under 3,500 px tall on a 1280 px screen\ngot: ${s.height} px`);
    }
    await shot(page, `host-${host}`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('320 px sidebar: compact mode, every view but the article text in about one screen', async () => {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}hosts/sidebar-320.html`);
  await waitAll(page);
  const heights = {};
  for (const view of ['story', 'compare', 'yours']) {
    await showView(page, view);
    heights[view] = (await sizes(page))[0].height;
    await shot(page, `host-sidebar-320-${view}`);
  }
  for (const [view, height] of Object.entries(heights)) {
    assert.ok(height <= 1000, `given: a 320 px sidebar, the ${view} view\nexpected: at most 1,000 px tall (one screen)\ngot: ${height} px (all: ${JSON.stringify(heights)})`);
  }
  // Folded sections open on demand.
  const opened = await inShadow(page, (root) => {
    const fold = root.querySelector('#panel-yours details.fold');
    fold.querySelector('summary').click();
    return fold.open;
  });
  assert.ok(opened, 'a folded section opens');
  assert.deepEqual(problems, []);
  await page.close();
});

test('phone (375 px): the article text is part of the page, not a scroll box', async () => {
  const { page } = await openPage(env.browser.context, env.server.url, { viewport: { width: 375, height: 740 } });
  await waitReady(page);
  await showView(page, 'article');
  const box = () => inShadow(page, (root) => {
    const t = root.querySelector('#panel-article .fulltext');
    return { scroll: t.scrollHeight, client: t.clientHeight, overflow: getComputedStyle(t).overflowY };
  });
  // Compact mode clips a long text (never a scroll box) until the reader
  // opens it; opened, all of it is part of the page.
  const clipped = await box();
  assert.ok(!['auto', 'scroll'].includes(clipped.overflow), `given: a 375 px phone\nexpected: no inner scroll box\ngot: ${JSON.stringify(clipped)}`);
  await inShadow(page, (root) => root.querySelector('#article-whole').click());
  const open = await box();
  assert.ok(open.scroll <= open.client + 1 && open.overflow === 'visible', `given: a 375 px phone, the whole article opened\nexpected: no inner scroll box\ngot: ${JSON.stringify(open)}`);
  await shot(page, 'reader-phone-article');
  await page.close();
});

test('dark blog: no layout shift as the widget appears (its room reserved)', async () => {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}hosts/dark-blog.html`, {
    init: () => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    },
  });
  await waitAll(page);
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => window.__cls);
  assert.ok(cls < 0.05, `given: the dark blog host\nexpected: cumulative layout shift under 0.05\ngot: ${cls.toFixed(3)}`);
  await shot(page, 'host-dark-blog');
  assert.deepEqual(problems, []);
  await page.close();
});

test('print: the current view in full, without the controls; folded parts open', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await showView(page, 'article');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const seen = await inShadow(page, (root) => {
    const t = root.querySelector('#panel-article .fulltext');
    return {
      clipped: t.scrollHeight > t.clientHeight + 1,
      tabs: getComputedStyle(root.querySelector('.tabs')).display,
      closed: root.querySelectorAll('#panel-compare details:not([open])').length + root.querySelectorAll('#panel-article details:not([open])').length,
    };
  });
  assert.equal(seen.clipped, false, 'the printed article text is not cut off');
  assert.equal(seen.tabs, 'none', 'the tabs are not printed');
  assert.equal(seen.closed, 0, 'collapsed parts open for printing');
  await shot(page, 'reader-print-article');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.close();
});
