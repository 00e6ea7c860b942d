// Issue 11, named sources: documents carry source/author/date/url end to
// end; the widget names each source by its outlet (else its title), never
// by a file id — in text, tooltips and accessible names; a sentence's own
// source looks different from its corroborators; the "why this is a
// conflict" text names outlets.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, openPage, waitReady, shot, corpusTexts } from './helpers.mjs';
import { inShadow, showView } from './reader-helpers.mjs';

const env = useServedBrowser();
const OUTLETS = ['Wire One', 'The Daily Ledger', 'Chip Report', 'Market Watcher', 'Policy Post'];

/** Every string a person can see or hear in the open view. */
function peopleText(root) {
  const panel = root.querySelector('[role="tabpanel"]:not([hidden])');
  const parts = [panel.textContent];
  for (const el of panel.querySelectorAll('*')) {
    for (const a of ['title', 'aria-label']) if (el.getAttribute(a)) parts.push(el.getAttribute(a));
  }
  return parts.join('\n');
}

test('outlets given with the articles name the sources everywhere, ids never', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  const ids = await page.evaluate((outlets) => {
    const el = document.querySelector('parallax-digest');
    const docs = el.documents.map((d, i) => ({ ...d, source: outlets[i], author: `Writer ${i}`, date: `2025-01-2${i}`, url: `https://example.org/${i}` }));
    el.documents = docs;
    return docs.map((d) => d.id);
  }, OUTLETS);
  await page.waitForFunction(() => {
    const el = document.querySelector('parallax-digest');
    return el.comparison && el.comparison.documents[0].source;
  });
  await waitReady(page);
  const info = await page.evaluate(() => document.querySelector('parallax-digest').comparison.documents.map(({ source, author, date, url }) => ({ source, author, date, url })));
  assert.deepEqual(info[1], { source: 'The Daily Ledger', author: 'Writer 1', date: '2025-01-21', url: 'https://example.org/1' }, 'the engine hands the metadata back');
  for (const view of ['story', 'article', 'compare']) {
    await showView(page, view);
    await inShadow(page, (root) => { for (const d of root.querySelectorAll('details')) d.open = true; });
    const text = await inShadow(page, peopleText);
    for (const id of ids) {
      assert.ok(!text.includes(id), `given: outlets for every article, the ${view} view\nexpected: no document id in what people see or hear\ngot: ${id} in …${text.slice(Math.max(0, text.indexOf(id) - 80), text.indexOf(id) + 40)}…`);
      const short = id.split('_')[0];
      assert.ok(!new RegExp(`\\b${short}\\b`).test(text.replace(/\d[\d,.]*/g, (m) => (m === short ? m : ''))), `no short id "${short}" in the ${view} view`);
    }
    assert.ok(!/\bsource \d\b/.test(text), `no "source 3" in the ${view} view`);
    for (const name of OUTLETS.slice(0, 3)) assert.ok(text.includes(name), `the ${view} view names “${name}”`);
  }
  // The conflict's explanation names outlets.
  await showView(page, 'compare');
  const why = await inShadow(page, (root) => [...root.querySelectorAll('.figures .why')].map((p) => p.textContent));
  assert.ok(why.length >= 1, 'at least one conflict is explained');
  assert.ok(OUTLETS.some((o) => why[0].includes(o)), `the explanation names outlets\n  got: ${why[0]}`);
  // The byline in the Article view.
  await showView(page, 'article');
  const byline = await inShadow(page, (root) => root.querySelector('.byline')?.textContent);
  assert.match(byline || '', /Wire One · Writer 0 · 2025-01-20 · example\.org/);
  await shot(page, 'reader-sources-article');
  assert.deepEqual(problems, []);
  await page.close();
});

test('without outlets (the bundled set) sources are named by title; the own source is filled, corroborators dashed', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  const seen = await inShadow(page, (root) => {
    const li = [...root.querySelectorAll('#panel-story [part~="summary"] > li')].find((x) => x.querySelectorAll('.tag').length > 1);
    const own = li.querySelector('.tag.own');
    const also = li.querySelector('.tag.also');
    const cs = (el) => getComputedStyle(el);
    return {
      ownName: own.querySelector('.sr-only').textContent,
      alsoName: also.querySelector('.sr-only').textContent,
      ownBg: cs(own).backgroundColor, alsoBg: cs(also).backgroundColor,
      ownBorder: cs(own).borderTopStyle, alsoBorder: cs(also).borderTopStyle,
      text: root.querySelector('#panel-story').textContent,
    };
  });
  assert.match(seen.ownName, /^from DeepSeek/, `the own source's accessible name says "from …": ${seen.ownName}`);
  assert.match(seen.alsoName, /^also in /, `a corroborator's accessible name says "also in …": ${seen.alsoName}`);
  assert.notEqual(seen.ownBg, seen.alsoBg, 'own and corroborating tags differ in fill');
  assert.notEqual(seen.ownBorder, seen.alsoBorder, 'and in outline (solid vs dashed), not only colour');
  assert.ok(!/\b00\d_[0-9a-f]{6}/.test(seen.text), 'no file id in the Story view');
  await page.close();
});

test('a malformed date is refused with a message that names the document and the field', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  const texts = corpusTexts();
  await page.evaluate((t) => {
    document.querySelector('parallax-digest').documents = [{ id: 'a', text: t[0], date: 'last Monday' }, { id: 'b', text: t[1] }];
  }, texts);
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelector('.status .error'));
  const msg = await inShadow(page, (root) => root.querySelector('.status .error').textContent);
  assert.match(msg, /document "a": date "last Monday" is not an ISO 8601 date/, `got: ${msg}`);
  await page.close();
});
