// Issue 12, embedding: articles written inside the element, properties set
// before the script loads, loading the script twice or under another tag
// name, loading="lazy", a failed src reported (never the bundled articles in
// its place), and the error, progress and cancelable events.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, openPage, waitReady, widgetState, corpusTexts } from './helpers.mjs';

const ARTICLES = [
  { source: 'Harbour Gazette', date: '2025-03-03', url: 'https://gazette.example/bridge', title: 'Council approves the harbour bridge', paras: ['The city council approved the harbour bridge on Monday after a long debate.', 'The bridge will cost $120 million, the mayor said. Construction starts in May and should take three years.', 'Critics say the cost will rise and that the ferry service should be kept.'] },
  { source: 'Coast Daily', date: '2025-03-04', url: 'https://coast.example/news/bridge', title: 'Bridge vote passes', paras: ['Councillors voted for the new harbour bridge on Monday.', 'The project is budgeted at $150 million. Work begins in May.', 'The mayor called it "a bridge to the future" and thanked the residents who came to the vote.'] },
  { source: 'The Wire', date: '2025-03-03', url: 'https://wire.example/bridge', title: 'Harbour crossing gets the go-ahead', paras: ['A new bridge across the harbour was approved this week.', 'Officials put the price at $120 million. Residents near the site worry about noise during three years of building.', 'The ferry operator said it would cut its timetable once the bridge opens.'] },
];
const articleHtml = ARTICLES.map((a) => `<article data-source="${a.source}" data-date="${a.date}" data-url="${a.url}"><h2>${a.title}</h2>${a.paras.map((p) => `<p>${p}</p>`).join('')}</article>`).join('\n');
const asJson = ARTICLES.map((a, i) => ({ id: `a${i}`, title: a.title, text: a.paras.join('\n'), source: a.source }));
const texts = ARTICLES.map((a) => a.paras.join('\n'));
const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
// Records the element's events from before the script loads.
const RECORD = '<script>window.events = []; for (const n of ["parallax-error", "parallax-progress", "parallax-ready", "parallax-import"]) document.addEventListener(n, (e) => window.events.push({ type: e.type, detail: JSON.parse(JSON.stringify(e.detail)) }));</script>';
const html = 'text/html; charset=utf-8';

const env = useServedBrowser({
  '/t/inline.html': [html, page(`${RECORD}<parallax-digest>\n${articleHtml}\n</parallax-digest><script src="/parallax.js"></script>`)],
  '/t/inline-nojs.html': [html, page(`<parallax-digest>\n${articleHtml}\n</parallax-digest>`)],
  '/t/inline-json.html': [html, page(`<parallax-digest><script type="application/json">${JSON.stringify(asJson)}</script></parallax-digest><script src="/parallax.js"></script>`)],
  '/t/inline-bad.html': [html, page(`${RECORD}<parallax-digest><script type="application/json">[{"id": "a", "text": </script></parallax-digest><script src="/parallax.js"></script>`)],
  '/t/upgrade.html': [html, page(`<parallax-digest></parallax-digest><script>const el = document.querySelector('parallax-digest'); el.documents = ${JSON.stringify(asJson)}; el.sentences = 2; el.query = 'ferry'; el.theme = 'dark';</script><script src="/parallax.js"></script>`)],
  '/t/twice.html': [html, page(`<parallax-digest></parallax-digest><news-digest></news-digest><script src="/parallax.js"></script><script src="/parallax.js" data-tag="news-digest"></script><script type="module" src="/parallax.mjs"></script>`)],
  '/t/lazy.html': [html, page(`<p>Top of a long post.</p><div style="height: 4000px"></div><parallax-digest loading="lazy"></parallax-digest><script src="/parallax.js"></script>`)],
  '/t/src-missing.html': [html, page(`${RECORD}<parallax-digest src="/t/missing.json"></parallax-digest><script src="/parallax.js"></script>`)],
  '/t/empty.html': [html, page(`${RECORD}<parallax-digest></parallax-digest><script src="/parallax.js"></script>`)],
});

const docsOf = (p) => p.evaluate(() => document.querySelector('parallax-digest').documents);

test('inline <article> children become the articles, with their metadata; the bundled ones are not shown', async () => {
  const { page: p, problems } = await openPage(env.browser.context, `${env.server.url}t/inline.html`);
  await waitReady(p);
  const docs = await docsOf(p);
  assert.deepEqual(docs.map((d) => d.title), ARTICLES.map((a) => a.title), 'titles from the <h2>');
  assert.deepEqual(docs.map((d) => [d.source, d.date, d.url]), ARTICLES.map((a) => [a.source, a.date, a.url]), 'source, date and url from data-*');
  assert.deepEqual(docs.map((d) => d.text), texts, 'one paragraph a line, without the heading');
  const state = await widgetState(p);
  for (const s of state.summary) assert.ok(texts.some((t) => t.includes(s)), `summary sentence from the inline articles\n  got: ${s}`);
  const ready = await p.evaluate(() => window.events.find((e) => e.type === 'parallax-ready'));
  assert.deepEqual(ready && ready.detail, { documents: 3, source: 'inline' });
  // Upgraded, the light-DOM copies are no longer drawn (the shadow root has no slot).
  assert.ok(!(await p.evaluate(() => document.body.innerText)).includes('Critics say'), 'the inline text is not shown twice');
  assert.deepEqual(problems, []);
  await p.close();
});

test('without the script the inline articles stay readable', async () => {
  const { page: p } = await openPage(env.browser.context, `${env.server.url}t/inline-nojs.html`);
  const text = await p.evaluate(() => document.body.innerText);
  for (const a of ARTICLES) {
    assert.ok(text.includes(a.title), `heading shown\n  expected: ${a.title}\n  got: ${text.slice(0, 200)}`);
    assert.ok(text.includes(a.paras[1]), 'paragraph shown');
  }
  await p.close();
});

test('a <script type="application/json"> child gives the articles; bad JSON is reported, not replaced', async () => {
  let { page: p, problems } = await openPage(env.browser.context, `${env.server.url}t/inline-json.html`);
  await waitReady(p);
  assert.deepEqual((await docsOf(p)).map((d) => [d.id, d.source]), asJson.map((d) => [d.id, d.source]));
  assert.deepEqual(problems, []);
  await p.close();
  ({ page: p, problems } = await openPage(env.browser.context, `${env.server.url}t/inline-bad.html`));
  await p.waitForFunction(() => window.events.some((e) => e.type === 'parallax-error'));
  const error = await p.evaluate(() => window.events.find((e) => e.type === 'parallax-error').detail);
  assert.equal(error.reason, 'inline-invalid', `reason\n  got: ${JSON.stringify(error)}`);
  assert.match(error.message, /not valid JSON/);
  assert.equal((await docsOf(p)).length, 0, 'no bundled articles in their place');
  const shown = await p.evaluate(() => document.querySelector('parallax-digest').shadowRoot.textContent);
  assert.ok(!shown.includes('Loading…'), 'no permanent Loading…');
  assert.match(shown, /Could not read the articles inside the page/);
  assert.deepEqual(problems, []);
  await p.close();
});

test('properties set before the script loads still apply after the upgrade', async () => {
  const { page: p, problems } = await openPage(env.browser.context, `${env.server.url}t/upgrade.html`);
  await waitReady(p);
  const got = await p.evaluate(() => {
    const el = document.querySelector('parallax-digest');
    return {
      ids: el.documents.map((d) => d.id),
      own: ['documents', 'sentences', 'query', 'theme'].filter((k) => Object.prototype.hasOwnProperty.call(el, k)),
      attrs: ['sentences', 'query', 'theme'].map((k) => el.getAttribute(k)),
      sentences: el.summary.sentences.length,
      queryTerms: el.summary.query_terms,
    };
  });
  assert.deepEqual(got.ids, asJson.map((d) => d.id), 'documents set before upgrade');
  assert.deepEqual(got.own, [], 'no own property left shadowing a setter');
  assert.deepEqual(got.attrs, ['2', 'ferry', 'dark'], 'reflected');
  assert.equal(got.sentences, 2, 'sentences applied');
  assert.ok(got.queryTerms.length > 0, `query applied\n  got: ${JSON.stringify(got.queryTerms)}`);
  assert.deepEqual(problems, []);
  await p.close();
});

test('loaded twice (classic + data-tag + module): no error, both tag names work', async () => {
  const { page: p, problems } = await openPage(env.browser.context, `${env.server.url}t/twice.html`);
  await waitReady(p);
  await waitReady(p, 'news-digest');
  const got = await p.evaluate(() => ({
    same: customElements.get('parallax-digest') === window.Parallax.ParallaxDigest,
    sub: customElements.get('news-digest').prototype instanceof window.Parallax.ParallaxDigest,
    again: window.Parallax.define() === customElements.get('parallax-digest'),
  }));
  assert.deepEqual(got, { same: true, sub: true, again: true });
  assert.deepEqual(problems, []);
  await p.close();
});

test('loading="lazy": the engine starts only when the widget nears the viewport', async () => {
  const { page: p, problems } = await openPage(env.browser.context, `${env.server.url}t/lazy.html`);
  await p.waitForTimeout(1500);
  const before = await p.evaluate(() => ({ started: performance.getEntriesByName('parallax-start').length, summary: document.querySelector('parallax-digest').summary }));
  assert.deepEqual(before, { started: 0, summary: null }, 'below the fold nothing runs');
  await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await waitReady(p);
  assert.equal(await p.evaluate(() => performance.getEntriesByName('parallax-start').length), 1);
  assert.deepEqual(problems, []);
  await p.close();
});

test('a failed src is reported as parallax-error src-failed and never replaced by the bundled articles', async () => {
  const { page: p, problems } = await openPage(env.browser.context, `${env.server.url}t/src-missing.html`);
  await p.waitForFunction(() => window.events.some((e) => e.type === 'parallax-error'));
  const error = await p.evaluate(() => window.events.find((e) => e.type === 'parallax-error').detail);
  assert.equal(error.reason, 'src-failed');
  assert.equal(error.src, '/t/missing.json');
  assert.match(error.message, /HTTP 404/);
  await p.waitForTimeout(300);
  const shown = await p.evaluate(() => document.querySelector('parallax-digest').shadowRoot.textContent);
  assert.equal((await docsOf(p)).length, 0);
  const bundledStart = corpusTexts()[0].slice(0, 60);
  assert.ok(!shown.includes(bundledStart) && !shown.includes('Loading…'), `no bundled article and no Loading…\n  got: ${shown.slice(0, 300)}`);
  assert.deepEqual(problems.filter((x) => !/404/.test(x)), []);
  await p.close();
});

test('events: input-refused, progress on a large set, and a vetoed import', async () => {
  const { page: p, problems } = await openPage(env.browser.context, `${env.server.url}t/empty.html`);
  await waitReady(p);
  // The engine refuses an article without words.
  await p.evaluate(() => { document.querySelector('parallax-digest').documents = [{ id: 'x', title: 'Blank', text: ' … ' }]; });
  await p.waitForFunction(() => window.events.some((e) => e.type === 'parallax-error'));
  const refused = await p.evaluate(() => window.events.find((e) => e.type === 'parallax-error').detail);
  assert.equal(refused.reason, 'input-refused', JSON.stringify(refused));
  assert.match(refused.message, /no words/);
  // A set large enough for the worker reports progress up to done === total.
  await p.evaluate((base) => {
    const docs = [];
    for (let i = 0; i < 30; i++) docs.push({ id: `d${i}`, title: `Copy ${i}`, text: `${base[i % base.length]} Report number ${i} adds a line of its own about day ${i}.` });
    document.querySelector('parallax-digest').documents = docs;
  }, texts);
  await waitReady(p);
  await p.waitForFunction(() => window.events.some((e) => e.type === 'parallax-progress' && e.detail.done === e.detail.total));
  const progress = await p.evaluate(() => window.events.filter((e) => e.type === 'parallax-progress').map((e) => e.detail));
  assert.ok(progress.length >= 2 && progress.every((d) => d.documents === 30 && d.total >= 1), JSON.stringify(progress));
  // A page can veto articles the reader adds.
  await p.evaluate(() => document.addEventListener('parallax-import', (e) => { if (e.detail.articles.some((a) => /veto/.test(a.title))) e.preventDefault(); }));
  await p.evaluate(() => document.querySelector('parallax-digest').addArticles([{ title: 'Please veto me', text: 'A short article. It has two sentences.' }]));
  assert.equal((await docsOf(p)).length, 30, 'vetoed: not added');
  await p.evaluate(() => document.querySelector('parallax-digest').addArticles([{ title: 'Welcome', text: 'A short article. It has two sentences.', source: 'Blog' }]));
  const last = (await docsOf(p)).at(-1);
  assert.deepEqual([last.title, last.source], ['Welcome', 'Blog'], 'not vetoed: added with its metadata');
  assert.deepEqual(problems, []);
  await p.close();
});
