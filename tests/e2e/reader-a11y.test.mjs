// Issue 11, accessibility: axe-core finds no violation in any view, in
// either theme, on the standalone page, in compact mode and in an RTL host;
// forced-colours mode marks only the selected tab; the standalone page has
// its <h1>; every new control is reachable by keyboard.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, openPage, waitReady, shot } from './helpers.mjs';
import { hostRoutes, inShadow, showView, waitAll, axeViolations } from './reader-helpers.mjs';

const env = useServedBrowser(hostRoutes());
const VIEWS = ['story', 'article', 'compare', 'yours'];

for (const theme of ['light', 'dark']) {
  test(`axe: no violations in any view, ${theme} theme`, async () => {
    const { page, problems } = await openPage(env.browser.context, env.server.url, { colorScheme: theme });
    await waitReady(page);
    for (const view of VIEWS) {
      await showView(page, view);
      // Open what a reader can open: folded parts are checked too.
      await inShadow(page, (root) => { for (const d of root.querySelectorAll('details')) d.open = true; });
      const found = await axeViolations(page);
      assert.deepEqual(found, [], `given: the ${view} view, ${theme} theme\nexpected: no axe violations\ngot:\n${found.join('\n')}`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('axe: no violations in the 320 px sidebar (compact) and in the RTL host', async () => {
  for (const host of ['sidebar-320', 'rtl', 'dark-blog']) {
    const { page } = await openPage(env.browser.context, `${env.server.url}hosts/${host}.html`);
    await waitAll(page);
    for (const view of ['story', 'compare']) {
      await page.evaluate((v) => { for (const el of document.querySelectorAll('parallax-digest')) el.view = v; }, view);
      await page.waitForTimeout(200);
      const found = (await axeViolations(page)).filter((v) => !/^(page-has-heading-one|region|landmark)/.test(v));
      assert.deepEqual(found, [], `given: ${host}, the ${view} view\nexpected: no axe violations in the widget\ngot:\n${found.join('\n')}`);
    }
    await page.close();
  }
});

test('the standalone page has one <h1>, the file input a name', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  assert.equal(await page.evaluate(() => document.querySelectorAll('h1').length), 1, 'one <h1> on the standalone page');
  await showView(page, 'yours');
  const name = await inShadow(page, (root) => root.querySelector('#file-input').getAttribute('aria-label'));
  assert.ok(name && name.length > 3, `the hidden file input has an accessible name; got ${JSON.stringify(name)}`);
  await page.close();
});

test('forced colours: only the selected tab is marked', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await page.emulateMedia({ forcedColors: 'active' });
  await waitReady(page);
  const tabs = await inShadow(page, (root) => [...root.querySelectorAll('[role="tab"]')].map((t) => ({
    selected: t.getAttribute('aria-selected') === 'true',
    border: getComputedStyle(t).borderBottomColor,
    canvas: getComputedStyle(root.querySelector('.root')).backgroundColor,
  })));
  const on = tabs.filter((t) => t.selected);
  const off = tabs.filter((t) => !t.selected);
  assert.equal(on.length, 1);
  for (const t of off) {
    assert.notEqual(t.border, on[0].border, `given forced colours\nexpected: unselected tabs' underline differs from the selected one's\ngot: both ${t.border}`);
    assert.equal(t.border, t.canvas, `an unselected tab's underline is the background colour, got ${t.border} on ${t.canvas}`);
  }
  await shot(page, 'reader-forced-colors', { fullPage: false });
  await page.close();
});

test('keyboard: tabs, a summary sentence, Escape back, the new controls of Your articles', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await inShadow(page, (root) => root.querySelector('#panel-story .sentence').focus());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('parallax-digest').view === 'article');
  const focused = await inShadow(page, (root) => root.activeElement && root.activeElement.classList.contains('hl-target'));
  assert.ok(focused, 'Enter on a sentence moves the focus to it in its article');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('parallax-digest').view === 'story');
  const back = await inShadow(page, (root) => root.activeElement && root.activeElement.classList.contains('sentence'));
  assert.ok(back, 'Escape goes back and the focus returns to the sentence');
  await showView(page, 'yours');
  const reach = await inShadow(page, (root) => ['remove-all', 'replace-bundled', 'paste-add', 'choose-files'].map((id) => {
    const el = root.getElementById(id);
    return [id, Boolean(el) && el.tabIndex >= 0 && !el.disabled];
  }));
  for (const [id, ok] of reach) assert.ok(ok, `#${id} is reachable by keyboard (tabindex >= 0, enabled)`);
  await page.close();
});
