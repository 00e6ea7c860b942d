// The three ways of opening the widget: the served page, the single file
// from file://, and the blog post embedding it from file://. Each must show
// real corpus sentences in the summary, five articles, and log no errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, distFile, openPage, waitReady, shot, widgetState, corpusTexts, assertFromCorpus } from './helpers.mjs';

const texts = corpusTexts();

const env = useServedBrowser();

async function checkOpen(url, name) {
  const { page, problems } = await openPage(env.browser.context, url);
  await waitReady(page);
  const state = await widgetState(page);
  assertFromCorpus(assert, state.summary, texts, name);
  assert.equal(state.articles.length, 5, `${name}: article list\n  expected: 5 entries\n  got: ${JSON.stringify(state.articles)}`);
  assert.equal(state.activePanel, 'story', `${name}: the Story view opens first`);
  await shot(page, name);
  // The similarity table lives in the Compare view.
  await page.evaluate(() => document.querySelector('parallax-digest').setAttribute('view', 'compare'));
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-compare [part~="heatmap"]'));
  const matrix = await page.evaluate(() => document.querySelector('parallax-digest').shadowRoot.querySelectorAll('[part~="heatmap"] tbody td').length);
  assert.equal(matrix, 25, `${name}: similarity matrix cells, expected 25, got ${matrix}`);
  assert.deepEqual(problems, [], `${name}: console errors`);
  await page.close();
  return state;
}

test('served page (http://127.0.0.1) shows the summary, 5 articles and the matrix', async () => {
  await checkOpen(env.server.url, 'open-served');
});

test('dist/parallax.html works from file:// with no network', async () => {
  const { page, problems, requests } = await openPage(env.browser.context, distFile('parallax.html'));
  await waitReady(page);
  await page.close();
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), [], 'the single file makes no network request');
  await checkOpen(distFile('parallax.html'), 'open-file');
});

test('dist/embed-example.html (file://): the widget sits in the blog post without style leaks', async () => {
  const state = await checkOpen(distFile('embed-example.html'), 'open-embed');
  assert.ok(state.summary.length >= 3);
  const { page } = await openPage(env.browser.context, distFile('embed-example.html'));
  await waitReady(page);
  const styles = await page.evaluate(() => {
    const el = document.querySelector('parallax-digest');
    const tab = el.shadowRoot.querySelector('[role="tab"]');
    const para = document.querySelector('article p:not(.byline)');
    const blogButton = document.querySelector('footer button');
    const rect = el.getBoundingClientRect();
    return {
      tabBackground: getComputedStyle(tab).backgroundColor,
      tabFont: getComputedStyle(tab).fontFamily,
      tabTransform: getComputedStyle(tab).textTransform,
      widgetBoxSizing: getComputedStyle(el.shadowRoot.querySelector('.root')).boxSizing,
      paraFont: getComputedStyle(para).fontFamily,
      paraSize: getComputedStyle(para).fontSize,
      paraAlign: getComputedStyle(para).textAlign,
      blogButton: getComputedStyle(blogButton).backgroundColor,
      widgetWidth: rect.width,
      articleWidth: document.querySelector('article').getBoundingClientRect().width,
    };
  });
  // The blog's `button { background: hotpink; font-family: Comic Sans; text-transform: uppercase }` stays out.
  assert.notEqual(styles.tabBackground, 'rgb(255, 105, 180)', 'blog button style leaked into the widget');
  assert.ok(!/comic/i.test(styles.tabFont), `blog font leaked into the widget: ${styles.tabFont}`);
  assert.equal(styles.tabTransform, 'none');
  assert.equal(styles.widgetBoxSizing, 'border-box');
  // …and the widget's styles stay in: the blog keeps its own.
  assert.match(styles.paraFont, /Palatino/);
  assert.equal(styles.paraSize, '19px');
  assert.equal(styles.paraAlign, 'justify');
  assert.equal(styles.blogButton, 'rgb(255, 105, 180)');
  assert.ok(styles.widgetWidth <= styles.articleWidth + 81, `widget fits the article column (${styles.widgetWidth} vs ${styles.articleWidth})`);
  await page.close();
});
