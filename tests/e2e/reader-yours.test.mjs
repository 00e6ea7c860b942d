// Issue 11, your articles: Remove all (with an empty state that says what
// to do), replacing the bundled set, the last article removable, keeping
// the set in this browser across reloads and forgetting it, a warning when
// an import yields too little text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, openPage, waitReady, shot, corpusTexts } from './helpers.mjs';
import { inShadow, showView } from './reader-helpers.mjs';

const env = useServedBrowser();
const texts = corpusTexts();
const count = (page) => page.evaluate(() => document.querySelector('parallax-digest').documents.length);

async function paste(page, title, text, source = '') {
  const root = await page.evaluateHandle(() => document.querySelector('parallax-digest').shadowRoot);
  await (await root.$('#paste-title')).fill(title);
  if (source) await (await root.$('#paste-source')).fill(source);
  await (await root.$('#paste-text')).fill(text);
  await (await root.$('#paste-add')).click();
}

test('Remove all leaves an empty state that explains; the last article is removable; the bundled set comes back', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await showView(page, 'yours');
  await inShadow(page, (root) => root.querySelector('#remove-all').click());
  assert.equal(await count(page), 0, 'Remove all removes every article');
  await showView(page, 'story');
  const empty = await inShadow(page, (root) => root.querySelector('#panel-story .empty-state')?.textContent || '');
  assert.match(empty, /No articles yet.*Paste an article or open files/s, `the Story view explains what to do\n  got: ${empty}`);
  await shot(page, 'reader-empty-state');
  await inShadow(page, (root) => [...root.querySelectorAll('#panel-story .empty-state button')].find((b) => /bundled/.test(b.textContent)).click());
  await page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 5);
  // One by one down to none: the last Remove is enabled too.
  await showView(page, 'yours');
  for (let n = 5; n > 0; n--) {
    const disabled = await inShadow(page, (root) => root.querySelector('[part~="my-articles"] li button').disabled);
    assert.equal(disabled, false, `Remove is enabled with ${n} article(s) left`);
    await inShadow(page, (root) => root.querySelector('[part~="my-articles"] li button').click());
  }
  assert.equal(await count(page), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('replace the bundled set with a pasted article (one click), outlet included', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await showView(page, 'yours');
  await inShadow(page, (root) => root.querySelector('#replace-bundled').click());
  await paste(page, 'My own headline', texts[0], 'My Outlet');
  await page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 1);
  const doc = await page.evaluate(() => document.querySelector('parallax-digest').documents[0]);
  assert.equal(doc.title, 'My own headline');
  assert.equal(doc.source, 'My Outlet');
  await page.close();
});

test('keep my articles: restored after a reload; forget removes them', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await showView(page, 'yours');
  await inShadow(page, (root) => root.querySelector('#replace-bundled').click());
  await paste(page, 'Kept one', texts[1]);
  await page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 1);
  await showView(page, 'yours');
  await inShadow(page, (root) => root.querySelector('#keep-articles').click());
  const stored = await page.evaluate(() => localStorage.getItem('parallax-digest:articles'));
  assert.ok(stored && stored.includes('Kept one'), 'stored in localStorage');
  await paste(page, 'Kept two', texts[2]);
  await page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 2);
  await page.reload();
  // Kept articles replace the bundled ones once the first summary is painted.
  await page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 2);
  await waitReady(page);
  const titles = await page.evaluate(() => document.querySelector('parallax-digest').documents.map((d) => d.title));
  assert.deepEqual(titles, ['Kept one', 'Kept two'], 'given: keep, then a reload\nexpected: the two kept articles');
  const status = await inShadow(page, (root) => root.querySelector('[part~="status"]').textContent);
  assert.match(status, /Restored 2 articles/);
  await showView(page, 'yours');
  await shot(page, 'reader-yours-kept');
  await inShadow(page, (root) => root.querySelector('#forget').click());
  assert.equal(await page.evaluate(() => localStorage.getItem('parallax-digest:articles')), null, 'forget removes them from storage');
  await page.reload();
  await waitReady(page);
  assert.equal(await count(page), 5, 'after forgetting, a reload shows the bundled set');
  await page.close();
});

test('an import that yields too little text is added with a clear warning', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await showView(page, 'yours');
  await paste(page, 'Teaser', 'Anticipo:');
  await page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 6);
  const err = await inShadow(page, (root) => root.querySelector('.status .error')?.textContent || '');
  assert.match(err, /Only 1 word could be read from “Teaser”/, `got: ${err}`);
  // A dropped file too.
  const input = await page.evaluateHandle(() => document.querySelector('parallax-digest').shadowRoot.querySelector('#file-input'));
  await input.setInputFiles({ name: 'menu.html', mimeType: 'text/html', buffer: Buffer.from('<html><body><nav>Home News</nav><p>Anticipo: breve.</p></body></html>') });
  await page.waitForFunction(() => /menu\.html/.test(document.querySelector('parallax-digest').shadowRoot.querySelector('.status')?.textContent || ''));
  const err2 = await inShadow(page, (root) => root.querySelector('.status .error').textContent);
  assert.match(err2, /could be read from menu\.html: is it the article itself\?/);
  await page.close();
});
