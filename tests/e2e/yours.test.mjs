// Issue 5: readers' own articles — paste, drop, untrusted HTML shown as
// text, titles, remove, reset — plus the src attribute and the URL hash.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, distFile, openPage, waitReady, shot, widgetState } from './helpers.mjs';

const HOSTILE = 'A hostile article. <img src=x onerror=alert(1)> It has markup. <script>alert(2)</script> The end of it.';

const FIXTURE = JSON.stringify([
  { id: 'alpha', title: 'Alpha report on the harbour bridge', text: 'The city council approved the harbour bridge on Monday. The bridge will cost $120 million, the mayor said. Construction starts in May and should take three years. Critics say the cost will rise.' },
  { id: 'beta', title: 'Beta report on the harbour bridge', text: 'Councillors voted for the new harbour bridge on Monday. The project is budgeted at $150 million. Work begins in May. The mayor called it "a bridge to the future".' },
  { id: 'gamma', title: 'Gamma report on the harbour bridge', text: 'A new bridge across the harbour was approved this week. Officials put the price at $120 million. Residents near the site worry about noise during three years of building.' },
]);


const env = useServedBrowser({
    '/fixtures/articles.json': ['application/json', FIXTURE],
    '/fixtures/src.html': ['text/html; charset=utf-8', '<!doctype html><meta charset="utf-8"><title>src</title><body style="margin:0"><parallax-digest src="/fixtures/articles.json" theme="light"></parallax-digest><script src="/parallax.js"></script>'],
  });

async function showView(page, view) {
  await page.evaluate((v) => document.querySelector('parallax-digest').shadowRoot.querySelector(`[role="tab"][data-view="${v}"]`).click(), view);
}

const count = (page) => page.evaluate(() => document.querySelector('parallax-digest').documents.length);

for (const [name, url] of [['served', null], ['file', distFile('parallax.html')], ['embed', distFile('embed-example.html')]]) {
  test(`${name}: paste an article with <img onerror> and <script>: shown as text, nothing runs`, async () => {
    const { page, problems, dialogs } = await openPage(env.browser.context, url || env.server.url);
    await waitReady(page);
    await showView(page, 'yours');
    const root = await page.evaluateHandle(() => document.querySelector('parallax-digest').shadowRoot);
    await (await root.$('#paste-title')).fill('Hostile <b>title</b>');
    await (await root.$('#paste-text')).fill(HOSTILE);
    await (await root.$('text=Add article')).click();
    await page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 6);
    await waitReady(page);
    // Open it in the Article view.
    const id = await page.evaluate(() => document.querySelector('parallax-digest').documents[5].id);
    await page.evaluate((i) => { document.querySelector('parallax-digest').article = i; document.querySelector('parallax-digest').view = 'article'; }, id);
    await page.waitForFunction(() => /onerror=alert/.test(document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-article .fulltext')?.textContent || ''));
    const seen = await page.evaluate(() => {
      const r = document.querySelector('parallax-digest').shadowRoot;
      return {
        text: r.querySelector('#panel-article .fulltext').textContent,
        title: r.querySelector('#article-text-h').textContent,
        imgs: r.querySelectorAll('img').length + document.querySelectorAll('img').length,
        scripts: r.querySelectorAll('script').length,
        bold: r.querySelectorAll('b').length,
      };
    });
    assert.ok(seen.text.includes('<img src=x onerror=alert(1)>'), `the markup is shown as text\n  got: ${seen.text}`);
    assert.ok(seen.text.includes('<script>alert(2)</script>'), 'the script tag is shown as text');
    assert.equal(seen.title, 'Hostile <b>title</b>', 'the title is shown as text');
    assert.equal(seen.imgs, 0, 'no <img> element was created');
    assert.equal(seen.scripts, 0, 'no <script> element was created in the widget');
    assert.equal(seen.bold, 0);
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, [], 'no dialog opened');
    await shot(page, `hostile-article-${name}`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('drop .txt, .md and .html files; HTML reduced to text, its scripts never run', async () => {
  const { page, problems, dialogs } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await showView(page, 'yours');
  await page.evaluate(() => {
    const html = '<!doctype html><html><head><title>Page title</title><script>window.__pwned = 1; alert(3)</script><style>p{color:red}</style></head>'
      + '<body><nav>Home | World | Tech</nav><article><h1>Port strike ends after a week</h1><p>Dock workers returned on Friday after a deal on pay.</p>'
      + '<p>The union said members won a 6% raise. <img src=x onerror="window.__pwned=2;alert(4)"></p><script>window.__pwned = 3</script></article>'
      + '<footer>Share this article</footer></body></html>';
    const md = '# Harbour report\n\nThe **port** reopened on _Friday_ after a [deal](https://example.com) on pay.\n\n- Workers get a 6% raise.\n- Ships queued for days.\n';
    const txt = 'Strike over\nThe strike at the port ended on Friday. Workers accepted the offer of a raise.\n';
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'strike.html', { type: 'text/html' }));
    dt.items.add(new File([md], 'harbour.md', { type: 'text/markdown' }));
    dt.items.add(new File([txt], 'strike.txt', { type: 'text/plain' }));
    dt.items.add(new File([new Uint8Array([0, 1, 2, 3, 0, 255])], 'blob.txt', { type: 'text/plain' }));
    const zone = document.querySelector('parallax-digest').shadowRoot.querySelector('[part~="dropzone"]');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 8);
  await waitReady(page);
  const docs = await page.evaluate(() => document.querySelector('parallax-digest').documents.slice(5));
  assert.deepEqual(docs.map((d) => d.title), ['Port strike ends after a week', 'Harbour report', 'Strike over']);
  const html = docs[0].text;
  assert.ok(html.includes('Dock workers returned on Friday after a deal on pay.'), html);
  assert.ok(!/window.__pwned|<|Home \| World|Share this article|color:red/.test(html), `HTML reduced to readable text\n  got: ${JSON.stringify(html)}`);
  assert.ok(docs[1].text.includes('The port reopened on Friday after a deal on pay.'), `markdown reduced\n  got: ${JSON.stringify(docs[1].text)}`);
  assert.ok(docs[1].text.includes('Workers get a 6% raise.'));
  assert.ok(docs[2].text.startsWith('Strike over\nThe strike at the port ended on Friday.'));
  const status = (await widgetState(page)).status;
  assert.match(status, /blob\.txt looks like a binary file/, 'a binary file is refused with a clear message');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script of the dropped HTML ran');
  assert.deepEqual(dialogs, []);
  // Titles can be edited, articles removed, and the set reset.
  await page.evaluate(() => {
    const input = document.querySelector('parallax-digest').shadowRoot.querySelector('[part~="my-articles"] li:nth-child(6) input');
    input.value = 'Strike: the HTML version';
    input.dispatchEvent(new Event('change'));
  });
  assert.equal(await page.evaluate(() => document.querySelector('parallax-digest').documents[5].title), 'Strike: the HTML version');
  const disabled = await page.evaluate(() => [...document.querySelector('parallax-digest').shadowRoot.querySelectorAll('.actions button')].map((b) => b.disabled));
  assert.deepEqual(disabled, [false, false, false], 'export and embed buttons are enabled once the new set is computed');
  await shot(page, 'your-articles-dropped');
  await page.evaluate(() => document.querySelector('parallax-digest').shadowRoot.querySelector('[part~="my-articles"] li:nth-child(1) button').click());
  await page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 7);
  await waitReady(page);
  assert.ok(!(await page.evaluate(() => document.querySelector('parallax-digest').documents.some((d) => d.id === '000_4584fba820017291'))), 'the removed article is gone');
  await page.evaluate(() => [...document.querySelector('parallax-digest').shadowRoot.querySelectorAll('button')].find((b) => /bundled articles/.test(b.textContent)).click());
  await page.waitForFunction(() => document.querySelector('parallax-digest').documents.length === 5);
  await waitReady(page);
  assert.equal((await widgetState(page)).articles.length, 5);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the src attribute loads a site\'s own articles instead of the bundled ones', async () => {
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}fixtures/src.html`);
  await waitReady(page);
  const state = await widgetState(page);
  assert.equal(state.articles.length, 3, `articles from src\n  got: ${JSON.stringify(state.articles)}`);
  assert.ok(state.articles[0].includes('Alpha report on the harbour bridge'));
  assert.equal(state.status, '', 'no leftover "Loading articles…" once they are shown');
  const fixture = JSON.parse(FIXTURE).map((d) => d.text);
  for (const s of state.summary) assert.ok(fixture.some((t) => t.includes(s)), `summary sentence from the src articles: ${s}`);
  await shot(page, 'src-attribute');
  // A bad src gives a clear error; the bundled articles never stand in for
  // the site's (tests/e2e/embed-inline.test.mjs checks the event).
  await page.evaluate(() => document.querySelector('parallax-digest').setAttribute('src', '/fixtures/missing.json'));
  await page.waitForFunction(() => /Could not load/.test(document.querySelector('parallax-digest').shadowRoot.querySelector('[part~="status"]').textContent));
  assert.match((await widgetState(page)).status, /Could not load articles from “\/fixtures\/missing\.json” \(HTTP 404\)/);
  assert.equal(await count(page), 3, 'the articles shown before stay; the bundled ones do not replace them');
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await page.close();
});

test('the standalone page keeps view, article and query in the URL hash (round trip)', async () => {
  const second = '001_d1eda04bd7c4aeb5';
  const { page, problems } = await openPage(env.browser.context, `${env.server.url}#view=article&article=${second}&query=chips`);
  await waitReady(page);
  let state = await widgetState(page);
  assert.equal(state.activePanel, 'article', 'view from the hash');
  assert.equal(await page.evaluate(() => document.querySelector('parallax-digest').article), second, 'article from the hash');
  assert.equal(await page.evaluate(() => document.querySelector('parallax-digest').shadowRoot.getElementById('query').value), 'chips', 'query from the hash');
  // Change things in the widget: the hash follows.
  await showView(page, 'compare');
  await page.waitForFunction(() => location.hash.includes('view=compare'));
  assert.match(await page.evaluate(() => location.hash), /query=chips/);
  await page.evaluate(() => document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-compare button.link').click());
  await page.waitForFunction(() => location.hash.includes('view=article'));
  const hash = await page.evaluate(() => location.hash);
  const wanted = await page.evaluate(() => document.querySelector('parallax-digest').article);
  assert.ok(hash.includes(`article=${wanted}`), `hash ${hash} names the article ${wanted}`);
  // A reload of the shared link restores the same state.
  await page.reload();
  await waitReady(page);
  state = await widgetState(page);
  assert.equal(state.activePanel, 'article');
  assert.equal(await page.evaluate(() => document.querySelector('parallax-digest').article), wanted);
  // Editing the hash by hand drives the widget.
  await page.evaluate(() => { location.hash = 'view=yours'; });
  await page.waitForFunction(() => document.querySelector('parallax-digest').view === 'yours');
  assert.deepEqual(problems, []);
  await page.close();
});
