// Issue 11, direction, language and theme: the widget sets its own dir and
// lang, so a right-to-left host does not reorder it; its strings come from
// one table, replaceable through `strings`, whose direction it honours;
// theme="auto" follows the host page, then the OS.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, openPage, waitReady, shot } from './helpers.mjs';
import { hostRoutes, inShadow, waitAll } from './reader-helpers.mjs';

const env = useServedBrowser({
  ...hostRoutes(),
  '/hosts/light-page.html': ['text/html; charset=utf-8', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>light page</title><style>html{background:#fff}</style></head><body><h1>Light page</h1><parallax-digest></parallax-digest><script src="/parallax.js"></script></body></html>'],
  '/hosts/plain-page.html': ['text/html; charset=utf-8', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain page</title></head><body><h1>Plain page</h1><parallax-digest></parallax-digest><script src="/parallax.js"></script></body></html>'],
  '/hosts/scheme-page.html': ['text/html; charset=utf-8', '<!doctype html><html lang="en" style="color-scheme: dark"><head><meta charset="utf-8"><title>scheme page</title></head><body><h1>Declares dark</h1><parallax-digest></parallax-digest><script src="/parallax.js"></script></body></html>'],
});

const rootOf = (root) => ({
  dir: root.querySelector('.root').getAttribute('dir'),
  lang: root.querySelector('.root').getAttribute('lang'),
  direction: getComputedStyle(root.querySelector('.root')).direction,
  count: root.querySelector('.count').textContent,
  tabs: [...root.querySelectorAll('[role="tab"]')].map((t) => t.textContent),
  firstTabX: root.querySelector('[role="tab"]').getBoundingClientRect().x,
  lastTabX: root.querySelector('[role="tab"]:last-child').getBoundingClientRect().x,
  bg: getComputedStyle(root.querySelector('.root')).backgroundColor,
});

test('RTL host: the English widget stays left-to-right; the translated one is right-to-left', async () => {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}hosts/rtl.html`);
  await waitAll(page);
  const en = await inShadow(page, rootOf, null, '#en');
  assert.deepEqual([en.dir, en.lang, en.direction], ['ltr', 'en', 'ltr'], `given: an RTL host\nexpected: the widget's own dir/lang\ngot: ${JSON.stringify(en)}`);
  assert.equal(en.count, '5 articles');
  assert.ok(en.firstTabX < en.lastTabX, 'tabs run left to right');
  const sentence = await inShadow(page, (root) => {
    const b = root.querySelector('#panel-story .sentence');
    const r = document.createRange();
    r.selectNodeContents(b);
    const rects = [...r.getClientRects()];
    return { text: b.textContent, firstX: rects[0].x, box: b.getBoundingClientRect().x };
  }, null, '#en');
  assert.ok(Math.abs(sentence.firstX - sentence.box) < 4, `the sentence starts at the left edge: ${JSON.stringify(sentence)}`);
  const ar = await inShadow(page, rootOf, null, '#ar');
  assert.deepEqual([ar.dir, ar.lang, ar.direction], ['rtl', 'ar', 'rtl'], `the translated table's direction: ${JSON.stringify(ar)}`);
  assert.deepEqual(ar.tabs, ['القصة', 'المقال', 'مقارنة', 'مقالاتك'], 'tab labels come from the table');
  assert.ok(ar.firstTabX > ar.lastTabX, 'tabs run right to left');
  // In RTL, ArrowLeft moves forward.
  await inShadow(page, (root) => root.querySelector('[role="tab"]').focus(), null, '#ar');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.getElementById('ar').view), 'article', 'ArrowLeft goes to the next tab in RTL');
  // The English article text keeps its own direction inside the RTL widget.
  const text = await inShadow(page, (root) => getComputedStyle(root.querySelector('#panel-story .sentence')).unicodeBidi, null, '#ar');
  assert.equal(text, 'plaintext');
  await shot(page, 'host-rtl');
  assert.deepEqual(problems, []);
  await page.close();
});

test('strings: a partial table replaces those words and keeps the rest; bad values are ignored', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  const seen = await page.evaluate(() => {
    const el = document.querySelector('parallax-digest');
    el.strings = { viewStory: 'Histoire', articleCount: (n) => `${n} articles (fr)`, viewCompare: 42, nonsense: 'x', dir: 'sideways' };
    const r = el.shadowRoot;
    return { tabs: [...r.querySelectorAll('[role="tab"]')].map((t) => t.textContent), count: r.querySelector('.count').textContent, dir: r.querySelector('.root').getAttribute('dir'), gist: r.querySelector('#story-summary-h').textContent };
  });
  assert.deepEqual(seen.tabs, ['Histoire', 'Article', 'Compare', 'Your articles']);
  assert.equal(seen.count, '5 articles (fr)');
  assert.equal(seen.dir, 'ltr', 'an invalid dir falls back to ltr');
  assert.equal(seen.gist, 'The gist of 5 articles');
  await page.close();
});

const THEMES = [
  ['dark-blog', 'light', 'rgb(13, 17, 23)', 'a dark background, OS light → dark'],
  ['light-page', 'dark', 'rgb(255, 255, 255)', 'a white background, OS dark → light'],
  ['scheme-page', 'light', 'rgb(13, 17, 23)', 'color-scheme: dark declared, OS light → dark'],
  ['plain-page', 'dark', 'rgb(13, 17, 23)', 'nothing said, OS dark → dark'],
  ['plain-page', 'light', 'rgb(255, 255, 255)', 'nothing said, OS light → light'],
];
for (const [host, os, bg, what] of THEMES) {
  test(`theme auto: ${what}`, async () => {
    const { page } = await openPage(env.browser.context, `${env.server.url}hosts/${host}.html`, { colorScheme: os });
    await waitAll(page);
    const got = await inShadow(page, (root) => getComputedStyle(root.querySelector('.root')).backgroundColor);
    assert.equal(got, bg, `given: ${host}, OS ${os}\nexpected: widget background ${bg}\ngot: ${got}`);
    await page.close();
  });
}

test('theme auto follows a page that switches to dark', async () => {
  const { page } = await openPage(env.browser.context, `${env.server.url}hosts/light-page.html`);
  await waitAll(page);
  await page.evaluate(() => { document.documentElement.setAttribute('style', 'background:#111'); });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('parallax-digest').shadowRoot.querySelector('.root')).backgroundColor === 'rgb(13, 17, 23)');
  await page.close();
});

test('strings: default titles, failures, the article toggle, the heatmap, Markdown and the share dialog come from the table', async () => {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}hosts/sidebar-320.html`);
  await waitAll(page);
  await page.evaluate(() => {
    document.querySelector('parallax-digest').strings = {
      pastedTitle: 'Article collé',
      showWholeArticle: 'Tout l’article',
      showLessArticle: 'Moins',
      alikeCaptionFacts: 'Part des faits de la ligne',
      percent: (p) => `${p} %`,
      mdSources: 'Sources (fr)',
      embedTitle: 'Intégrer ces articles',
      noArticles: 'Aucun article à montrer.',
      srcFailed: (src, why) => `Impossible de lire ${src} (${why}).`,
    };
  });
  // The article toggle (compact mode).
  await inShadow(page, (root) => { root.host.view = 'article'; });
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelector('#article-whole'));
  const toggle = await inShadow(page, (root) => {
    const b = root.querySelector('#article-whole');
    const closed = b.textContent;
    b.click();
    const open = b.textContent;
    b.click();
    return [closed, open];
  });
  assert.deepEqual(toggle, ['Tout l’article', 'Moins']);
  // The heatmap's caption and numbers.
  await inShadow(page, (root) => { root.host.view = 'compare'; });
  const heat = await inShadow(page, (root) => {
    const t = root.querySelector('#panel-compare [part~="heatmap"]');
    return { caption: t.querySelector('caption').textContent, cell: t.querySelector('tbody td:not(.self)').firstChild.textContent };
  });
  assert.equal(heat.caption, 'Part des faits de la ligne');
  assert.match(heat.cell, /^\d+ %$/);
  // Markdown.
  assert.match(await page.evaluate(() => document.querySelector('parallax-digest').markdown()), /### Sources \(fr\)/);
  // The share dialog.
  const dialog = await inShadow(page, async (root) => {
    root.host._embedButton.click();
    for (let i = 0; i < 50 && !root.querySelector('#embed-h'); i++) await new Promise((r) => setTimeout(r, 50));
    const text = root.querySelector('#embed-h').textContent;
    root.querySelector('#embed-close').click();
    return text;
  });
  assert.equal(dialog, 'Intégrer ces articles');
  // A pasted article without a headline or an outlet.
  await inShadow(page, (root) => { root.host.view = 'yours'; });
  const title = await inShadow(page, (root) => {
    root.querySelector('#paste-text').value = 'Le conseil a voté le pont mardi. Il coûtera cent millions, a dit la maire. Les travaux commencent en mai et dureront deux ans.';
    root.querySelector('#paste-add').click();
    const docs = root.host.documents;
    return docs[docs.length - 1].title;
  });
  assert.equal(title, 'Article collé');
  // Failures: no articles, a src that cannot be read.
  const status = () => inShadow(page, (root) => root.querySelector('[part~="status"]').textContent);
  await page.evaluate(() => { document.querySelector('parallax-digest').documents = []; });
  assert.equal(await status(), 'Aucun article à montrer.');
  await page.evaluate(() => { document.querySelector('parallax-digest').src = '/nowhere.json'; });
  await page.waitForFunction(() => /Impossible de lire/.test(document.querySelector('parallax-digest').shadowRoot.querySelector('[part~="status"]').textContent));
  assert.match(await status(), /^Impossible de lire \/nowhere\.json \(HTTP 404\)\.$/);
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await page.close();
});
