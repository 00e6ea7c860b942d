// Issue 11, the Story view: the gist first, then where the sources disagree
// (each conflict the engine found, each value one click from its sentence),
// then what each adds; the similarity table lives on Compare, in plain
// words; Compare's source tags stay tags and its values read as written.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, openPage, waitReady, shot, distFile } from './helpers.mjs';
import { inShadow, showView } from './reader-helpers.mjs';

const env = useServedBrowser();

for (const [how, url] of [['served', () => env.server.url], ['file://', () => distFile('parallax.html')], ['embed', () => distFile('embed-example.html')]]) test(`Story (${how}): gist, then the disagreements from the engine, then what each adds; no heatmap`, async () => {
  const { page, problems } = await openPage(env.browser.context, url());
  await waitReady(page);
  const seen = await inShadow(page, (root) => {
    const panel = root.querySelector('#panel-story');
    return {
      headings: [...panel.querySelectorAll('h2')].map((x) => x.textContent),
      disputes: [...panel.querySelectorAll('.disputes > li')].map((li) => ({
        label: li.querySelector('h3').textContent,
        values: [...li.querySelectorAll('.values .value')].map((b) => b.textContent),
        supports: [...li.querySelectorAll('.values .support')].map((b) => b.textContent),
      })),
      heatmap: panel.querySelectorAll('[part~="heatmap"]').length,
      adds: panel.querySelectorAll('.adds-list > li').length,
    };
  });
  // The fact clusters whose figures disagree or are disputed (issue 9).
  const conflicts = await page.evaluate(() => document.querySelector('parallax-digest').comparison.clusters.filter((k) => k.consensus && (k.disagreement || k.disputes.length)).length);
  assert.deepEqual(seen.headings.slice(0, 3), ['The gist of 5 articles', 'Where they disagree', 'What each source adds'], `order of the Story view's sections\n  got: ${JSON.stringify(seen.headings)}`);
  assert.equal(seen.disputes.length, Math.min(conflicts, 4), `one entry per disagreeing or disputed fact the engine reports (${conflicts})`);
  assert.ok(conflicts >= 3, `the bundled story has at least three: the market loss, the API price, the disputed chip count (got ${conflicts})`);
  const loss = seen.disputes.find((d) => /trillion/.test(d.values.join(' ')));
  assert.ok(loss && loss.supports.includes('2 sources:') && loss.supports.includes('1 source:'), `the market loss reads "2 sources: … · 1 source: …"\n  got: ${JSON.stringify(loss)}`);
  assert.ok(seen.disputes.every((d) => d.values.length >= 2), `each disagreement shows two or more values: ${JSON.stringify(seen.disputes)}`);
  assert.equal(seen.heatmap, 0, 'the similarity table is not in the Story view');
  assert.equal(seen.adds, 5, 'one entry per source in "what each adds"');
  // A value is one click from its sentence.
  const value = await inShadow(page, (root) => {
    const b = root.querySelector('#panel-story .disputes .value');
    b.click();
    return b.textContent;
  });
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-article .hl-target'));
  const target = await inShadow(page, (root) => [...root.querySelectorAll('#panel-article .hl-target')].map((m) => m.textContent).join(''));
  assert.ok(target.includes(value.replace(/^(nearly|about|approximately|around|over|more than) /, '')), `the value's sentence is shown\n  value: ${value}\n  got: ${target}`);
  await shot(page, `reader-story-value-jump-${how.replace(/\W/g, '')}`, { fullPage: false });
  assert.deepEqual(problems, []);
  await page.close();
});

test('Compare: the similarity table in plain words; tags stay tags; values read as written', async () => {
  const { page } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await showView(page, 'compare');
  await inShadow(page, (root) => { for (const d of root.querySelectorAll('details')) d.open = true; });
  const seen = await inShadow(page, (root) => {
    const panel = root.querySelector('#panel-compare');
    const alike = panel.querySelector('#cmp-alike').closest('section');
    const tags = [...panel.querySelectorAll('.facts details .tag')].map((t) => t.getBoundingClientRect().width);
    const version = panel.querySelector('.facts details li');
    return {
      text: alike.textContent,
      cells: alike.querySelectorAll('[part~="heatmap"] tbody td').length,
      tagWidths: tags,
      rowWidth: version ? version.getBoundingClientRect().width : 0,
      values: [...panel.querySelectorAll('.figures td .value')].map((b) => b.textContent),
    };
  });
  assert.equal(seen.cells, 25, 'the 5 × 5 table is on Compare');
  assert.ok(!/TF-IDF|cosine|neighbours/.test(seen.text), `no jargon in the caption\n  got: ${seen.text.slice(0, 300)}`);
  assert.match(seen.text, /share of that article’s facts that the article in the column also reports \(100% is all of them\)/);
  assert.ok(seen.tagWidths.length > 0 && seen.tagWidths.every((w) => w < seen.rowWidth * 0.6), `source tags in "How each source puts it" are tags, not full-width bars: ${seen.tagWidths} in rows of ${seen.rowWidth}`);
  assert.ok(!seen.values.some((v) => /^According\b/.test(v)), `no attribution word glued to a value: ${seen.values.filter((v) => /According/.test(v))}`);
  await shot(page, 'reader-compare');
  await page.close();
});
