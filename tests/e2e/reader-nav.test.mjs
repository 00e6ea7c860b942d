// Issue 11, navigation: a jump is a history entry in the standalone page
// (browser Back returns to the view, the scroll position and the focus);
// in an embed it is not, and the "back to where you were" control and
// Escape do the same; keyphrases, names and distinctive words show their
// mentions, with previous / next.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, openPage, waitReady, shot, distFile } from './helpers.mjs';
import { hostRoutes, inShadow, showView, waitAll } from './reader-helpers.mjs';

const env = useServedBrowser(hostRoutes());

test('standalone page: Back after a jump from Compare restores the view, the scroll and the focus', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await showView(page, 'compare');
  // Scroll to a figure value far down the page and follow it.
  const before = await inShadow(page, (root) => {
    const b = root.querySelector('#panel-compare .figures .value');
    b.scrollIntoView({ block: 'center' });
    return { y: window.scrollY, nav: b.dataset.nav };
  });
  assert.ok(before.y > 300, `the value is below the fold (scrollY ${before.y})`);
  const length = await page.evaluate(() => history.length);
  await inShadow(page, (root) => root.querySelector('#panel-compare .figures .value').click());
  await page.waitForFunction(() => document.querySelector('parallax-digest').view === 'article');
  assert.equal(await page.evaluate(() => history.length), length + 1, 'the jump is one history entry');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('parallax-digest').view === 'compare');
  await page.waitForTimeout(100);
  const after = await inShadow(page, (root) => ({ y: window.scrollY, nav: root.activeElement && root.activeElement.dataset.nav, url: location.href }));
  assert.ok(Math.abs(after.y - before.y) < 5, `given: Back\nexpected: scrollY ${before.y}\ngot: ${after.y}`);
  assert.equal(after.nav, before.nav, 'the focus is back on the value that was followed');
  assert.ok(after.url.startsWith(env.server.url), 'Back stays in the page');
  assert.deepEqual(problems, []);
  await page.close();
});

for (const [name, url] of [['embed example (file://)', () => distFile('embed-example.html')], ['flex-row host', () => `${env.server.url}hosts/flex-row.html`]]) {
  test(`${name}: a jump adds no history entry; the back control and Escape return`, async () => {
    const { page, problems } = await openPage(env.browser.context, url());
    await waitAll(page);
    const length = await page.evaluate(() => history.length);
    const hidden0 = await inShadow(page, (root) => root.querySelector('.backbar').hidden);
    assert.ok(hidden0, 'no back control before any jump');
    await inShadow(page, (root) => root.querySelector('#panel-story .sentence').click());
    await page.waitForFunction(() => document.querySelector('parallax-digest').view === 'article');
    assert.equal(await page.evaluate(() => history.length), length, 'an embed leaves the host page history alone');
    const bar = await inShadow(page, (root) => ({ hidden: root.querySelector('.backbar').hidden, text: root.querySelector('#back').textContent }));
    assert.ok(!bar.hidden && /Back to where you were/.test(bar.text), `the back control shows: ${JSON.stringify(bar)}`);
    await shot(page, `reader-back-control-${name.split(' ')[0]}`, { fullPage: false });
    await inShadow(page, (root) => root.querySelector('#back').click());
    await page.waitForFunction(() => document.querySelector('parallax-digest').view === 'story');
    // Again, with Escape, from the focused target sentence.
    await inShadow(page, (root) => root.querySelector('#panel-story .sentence').click());
    await page.waitForFunction(() => document.querySelector('parallax-digest').view === 'article');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('parallax-digest').view === 'story');
    const end = await inShadow(page, (root) => ({ hidden: root.querySelector('.backbar').hidden, focus: root.activeElement && root.activeElement.className }));
    assert.ok(end.hidden, 'nothing left to go back to');
    assert.match(end.focus || '', /sentence/, 'the focus is back on the sentence');
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the target stays highlighted until the reader moves on', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await inShadow(page, (root) => root.querySelector('#panel-story .sentence').click());
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-article .hl-target'));
  await page.waitForTimeout(2500);
  const still = await inShadow(page, (root) => root.querySelectorAll('#panel-article .hl-target').length);
  assert.ok(still > 0, 'highlighted 2.5 s later');
  await inShadow(page, (root) => root.querySelector('#article-next').click());
  await page.waitForTimeout(200);
  const moved = await inShadow(page, (root) => root.querySelectorAll('#panel-article .hl-target').length);
  assert.equal(moved, 0, 'gone once the reader opens another article');
  await page.close();
});

test('keyphrases, names and distinctive words show their mentions, with previous / next', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  // A keyphrase in the Story view.
  const phrase = await inShadow(page, (root) => {
    const b = root.querySelector('#panel-story .keyphrases button.find');
    b.click();
    return b.firstChild.textContent;
  });
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-article .findbar'));
  const first = await inShadow(page, (root) => ({
    bar: root.querySelector('.findbar').textContent,
    terms: [...root.querySelectorAll('#panel-article .hl-term')].map((m) => m.textContent.toLowerCase()),
    target: root.querySelector('#panel-article .hl-target')?.textContent,
  }));
  assert.match(first.bar, /1 of \d+ mentions/, `the find bar counts the mentions: ${first.bar}`);
  assert.ok(first.terms.length > 0 && first.terms.every((t) => t === phrase.toLowerCase()), `mentions of “${phrase}” are marked: ${first.terms.slice(0, 5)}`);
  assert.equal(first.target.toLowerCase(), phrase.toLowerCase(), 'the first mention is the target');
  await inShadow(page, (root) => root.querySelector('#find-next').click());
  const second = await inShadow(page, (root) => root.querySelector('.findbar').textContent);
  assert.match(second, /2 of \d+ mentions/, `Next steps on: ${second}`);
  await shot(page, 'reader-find-keyphrase', { fullPage: false });
  // A name in Compare.
  await showView(page, 'compare');
  const entity = await inShadow(page, (root) => {
    const b = root.querySelector('#panel-compare .entities button.entity');
    b.click();
    return b.textContent;
  });
  await page.waitForFunction((e) => document.querySelector('parallax-digest').shadowRoot.querySelector('.findbar strong')?.textContent === `“${e}”`, entity);
  // A distinctive word.
  await showView(page, 'compare');
  const word = await inShadow(page, (root) => {
    const b = root.querySelector('#panel-compare .words button.find');
    b.click();
    return b.textContent;
  });
  await page.waitForFunction((w) => document.querySelector('parallax-digest').shadowRoot.querySelector('.findbar strong')?.textContent === `“${w}”`, word);
  const hits = await inShadow(page, (root) => root.querySelectorAll('#panel-article .hl-term').length);
  assert.ok(hits > 0, `the word “${word}” is marked in its article`);
  await inShadow(page, (root) => root.querySelector('#find-close').click());
  assert.equal(await inShadow(page, (root) => root.querySelectorAll('.findbar').length), 0, 'Close removes the find bar');
  assert.deepEqual(problems, []);
  await page.close();
});
