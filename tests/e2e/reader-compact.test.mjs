// Issue 11, compact mode: in a narrow widget (a 320 px sidebar, a phone)
// every view fits one laptop screen (900 px: 1080 px less the browser's
// chrome): the article text is clipped with a "Show whole article" toggle,
// secondary parts are folded behind disclosures; a jump into a clipped
// article opens it first, and the target sentence is visible and focused.
// Prints the height of every view at 320 px (sidebar), 375 px (phone) and
// 1280 px (desktop), and saves a screenshot of each view at 320 and 1280 px
// (target/e2e/reader-compact-VIEW-WIDTH.png).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, openPage, waitReady, shot } from './helpers.mjs';
import { hostRoutes, inShadow, showView, waitAll } from './reader-helpers.mjs';

const env = useServedBrowser(hostRoutes());

const VIEWS = ['story', 'compare', 'article', 'yours'];
const HOSTS = [
  ['320 px sidebar', 'hosts/sidebar-320.html', null, 320],
  ['375 px phone', '', { width: 375, height: 740 }, null],
  ['1280 px desktop', '', { width: 1280, height: 900 }, 1280],
];
/** One screen: a 1080 px laptop display less the browser's chrome. */
const SCREEN_PX = 900;

const widgetHeight = (page) => page.evaluate(() => Math.round(document.querySelector('parallax-digest').getBoundingClientRect().height));

/** Opens `path` and returns the widget's height in each view; with
 * `shots`, saves a screenshot of each view named after it. */
async function heights(path, viewport, shots) {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}${path}`, viewport ? { viewport } : {});
  await waitAll(page);
  const out = {};
  for (const view of VIEWS) {
    await showView(page, view);
    // The article summary comes from the worker after the view is drawn.
    if (view === 'article') {
      await page.waitForFunction(() => !document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-article .loading'), null, { timeout: 10000 });
    }
    out[view] = await widgetHeight(page);
    if (shots) await shot(page, `reader-compact-${view}-${shots}`);
  }
  return { page, problems, out };
}

test('view heights at 320, 375 and 1280 px; every view at 320 px is at most 900 px tall', async () => {
  const table = {};
  for (const [name, path, viewport, shots] of HOSTS) {
    const { page, problems, out } = await heights(path, viewport, shots);
    table[name] = out;
    assert.deepEqual(problems, [], `${name}: no console errors`);
    await page.close();
  }
  console.log('# widget height (px) per view');
  console.log(`# ${'host'.padEnd(16)} ${VIEWS.map((v) => v.padStart(8)).join(' ')}`);
  for (const [name, out] of Object.entries(table)) console.log(`# ${name.padEnd(16)} ${VIEWS.map((v) => String(out[v]).padStart(8)).join(' ')}`);
  for (const view of VIEWS) {
    const height = table['320 px sidebar'][view];
    assert.ok(height <= SCREEN_PX, `given: a 320 px sidebar, the ${view} view\nexpected: at most ${SCREEN_PX} px tall (one screen)\ngot: ${height} px (all: ${JSON.stringify(table)})`);
  }
  assert.ok(table['375 px phone'].article < 2000, `the Article view on a 375 px phone is under 2,000 px: ${table['375 px phone'].article}`);
});

test('320 px: "Show whole article" toggles the clipped text, by keyboard, with aria-expanded', async () => {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}hosts/sidebar-320.html`);
  await waitAll(page);
  await showView(page, 'article');
  const state = () => inShadow(page, (root) => {
    const b = root.querySelector('#article-whole');
    const t = root.querySelector('#panel-article .fulltext');
    return b && {
      expanded: b.getAttribute('aria-expanded'),
      controls: b.getAttribute('aria-controls') === t.id,
      label: b.textContent,
      clipped: t.scrollHeight > t.clientHeight + 1,
      height: Math.round(t.getBoundingClientRect().height),
    };
  });
  const closed = await state();
  assert.ok(closed, 'the Article view has a "Show whole article" button');
  assert.deepEqual([closed.expanded, closed.controls, closed.label, closed.clipped], ['false', true, 'Show whole article', true], `clipped at first: ${JSON.stringify(closed)}`);
  assert.ok(closed.height <= 500, `the clipped text is a few hundred px: ${closed.height}`);
  await inShadow(page, (root) => root.querySelector('#article-whole').focus());
  await page.keyboard.press('Enter');
  const open = await state();
  assert.deepEqual([open.expanded, open.clipped], ['true', false], `Enter opens the whole text: ${JSON.stringify(open)}`);
  assert.ok(open.height > closed.height * 2, `the whole text is taller: ${open.height} vs ${closed.height}`);
  assert.equal(await inShadow(page, (root) => root.activeElement && root.activeElement.id), 'article-whole', 'the focus stays on the toggle');
  await page.keyboard.press('Space');
  const again = await state();
  assert.deepEqual([again.expanded, again.clipped, again.label], ['false', true, 'Show whole article'], `Space closes it again: ${JSON.stringify(again)}`);
  // Desktop: no toggle, no clipping.
  const wide = await openPage(env.browser.context, env.server.url);
  await waitReady(wide.page);
  await showView(wide.page, 'article');
  assert.equal(await inShadow(wide.page, (root) => root.querySelectorAll('#article-whole').length), 0, 'no toggle on a wide widget');
  await wide.page.close();
  assert.deepEqual(problems, []);
  await page.close();
});

test('320 px: a jump to a sentence deep in a clipped article opens it; the target is visible and focused', async () => {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}hosts/sidebar-320.html`);
  await waitAll(page);
  // Compare: the shared fact whose sentence lies furthest into its article.
  await showView(page, 'compare');
  const nav = await inShadow(page, (root) => {
    let best = null;
    for (const b of root.querySelectorAll('#panel-compare button.link[data-nav]')) {
      const parts = b.dataset.nav.split(':');
      const start = Number(parts[parts.length - 2]);
      if (Number.isInteger(start) && (!best || start > best.start)) best = { nav: b.dataset.nav, start };
    }
    return best;
  });
  assert.ok(nav && nav.start > 2000, `a fact deep in its article: ${JSON.stringify(nav)}`);
  await inShadow(page, (root, n) => root.querySelector(`#panel-compare button[data-nav="${CSS.escape(n)}"]`).click(), nav.nav);
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.activeElement?.classList.contains('hl-target'), null, { timeout: 10000 });
  const seen = await inShadow(page, (root) => {
    const target = root.activeElement;
    const r = target.getBoundingClientRect();
    const t = root.querySelector('#panel-article .fulltext');
    const box = t.getBoundingClientRect();
    return {
      start: Number(target.dataset.start),
      expanded: root.querySelector('#article-whole').getAttribute('aria-expanded'),
      clipped: t.scrollHeight > t.clientHeight + 1,
      inViewport: r.top >= 0 && r.bottom <= innerHeight,
      inText: r.top >= box.top && r.bottom <= box.bottom,
    };
  });
  assert.ok(seen.start >= nav.start - 400, `the focused mark is the target: ${JSON.stringify(seen)}`);
  assert.deepEqual([seen.expanded, seen.clipped, seen.inViewport, seen.inText], ['true', false, true, true], `given: a jump into a clipped article\nexpected: opened, target on screen\ngot: ${JSON.stringify(seen)}`);
  await shot(page, 'reader-compact-jump-320', { fullPage: false });
  assert.deepEqual(problems, []);
  await page.close();
});

test('320 px: the Article view folds its keyphrases and legend; a keyphrase from the fold and Escape bring the focus back to it', async () => {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}hosts/sidebar-320.html`);
  await waitAll(page);
  await showView(page, 'article');
  await page.waitForFunction(() => !document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-article .loading'), null, { timeout: 10000 });
  const folds = await inShadow(page, (root) => [...root.querySelectorAll('#panel-article details.sub')].map((d) => ({
    open: d.open, summary: d.querySelector('summary').textContent, visible: Boolean(d.querySelector('.keyphrases, .legend')?.checkVisibility()),
  })));
  assert.deepEqual(folds, [{ open: false, summary: 'Keyphrases', visible: false }, { open: false, summary: 'Legend', visible: false }], `folded at first: ${JSON.stringify(folds)}`);
  // The picker's buttons keep their words as accessible names.
  assert.deepEqual(await inShadow(page, (root) => ['#article-prev', '#article-next'].map((s) => root.querySelector(s).textContent)), ['Previous', 'Next']);
  // Open the keyphrases by keyboard, then use one.
  await inShadow(page, (root) => root.querySelector('#panel-article details.sub summary').focus());
  await page.keyboard.press('Enter');
  const nav = await inShadow(page, (root) => {
    const b = root.querySelector('#panel-article details.sub .keyphrases button.find');
    return b && b.checkVisibility() ? b.dataset.nav : null;
  });
  assert.ok(nav, 'Enter opens the keyphrases; a keyphrase is visible');
  await inShadow(page, (root, n) => root.querySelector(`#panel-article button[data-nav="${CSS.escape(n)}"]`).click(), nav);
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.activeElement?.classList.contains('hl-target'), null, { timeout: 10000 });
  // Folded again meanwhile: going back opens the fold to focus the keyphrase.
  await inShadow(page, (root) => { root.querySelector('#panel-article details.sub').open = false; });
  await page.keyboard.press('Escape');
  await page.waitForFunction((n) => document.querySelector('parallax-digest').shadowRoot.activeElement?.dataset.nav === n, nav, { timeout: 10000 });
  const back = await inShadow(page, (root) => {
    const el = root.activeElement;
    return { open: el.closest('details').open, visible: el.checkVisibility() };
  });
  assert.deepEqual(back, { open: true, visible: true }, `Escape: the keyphrase is focused, its fold open: ${JSON.stringify(back)}`);
  assert.deepEqual(problems, []);
  await page.close();
});
