// Issue 11, the Compare heatmap in plain words: by default each cell is the
// engine's fact-level similarity (`fact_similarity`: the share of the row
// article's facts that the column article also reports) as a percentage,
// with a caption that says so; a control (radio buttons, keyboard operable)
// switches to shared wording (`similarity`); without `fact_similarity` (an
// older engine) the table shows wording and no control.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, openPage, waitReady, shot } from './helpers.mjs';
import { inShadow, showView } from './reader-helpers.mjs';

const env = useServedBrowser();

/** The table as drawn, and the engine's two matrices. */
const table = (page) => inShadow(page, (root) => {
  const el = root.host;
  const t = root.querySelector('#panel-compare [part~="heatmap"]');
  const rows = [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.classList.contains('self') ? null : td.firstChild.textContent)));
  const checked = root.querySelector('#panel-compare input[name="heat-metric"]:checked');
  return {
    metric: t.dataset.metric,
    caption: t.querySelector('caption').textContent,
    section: root.querySelector('#cmp-alike').closest('section').textContent,
    rows,
    checked: checked ? checked.id : null,
    controls: root.querySelectorAll('#panel-compare input[name="heat-metric"]').length,
    focus: root.activeElement ? root.activeElement.id : null,
    facts: el.comparison.fact_similarity,
    words: el.comparison.similarity,
  };
});

const pct = (v) => `${Math.round(v * 100)}%`;

test('Compare: the heatmap shows shared facts as percentages by default, and switches to shared wording', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await showView(page, 'compare');
  const facts = await table(page);
  assert.ok(Array.isArray(facts.facts) && facts.facts.length === 5, 'the engine gives fact_similarity');
  assert.equal(facts.metric, 'fact_similarity', 'shared facts by default');
  assert.equal(facts.checked, 'heat-facts');
  assert.equal(facts.controls, 2, 'a control for each measure');
  assert.match(facts.caption, /facts/);
  assert.ok(!/TF-IDF|cosine|neighbours|fact_similarity/.test(facts.section), `plain words only\n  got: ${facts.section.slice(0, 400)}`);
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 5; j++) {
      if (i === j) assert.equal(facts.rows[i][j], null, 'the diagonal is "same article"');
      else assert.equal(facts.rows[i][j], pct(facts.facts[i][j]), `cell ${i},${j} is fact_similarity[${i}][${j}] as a percentage`);
    }
  }
  // Not symmetric: the table reads across rows, both directions shown.
  assert.ok(facts.rows.some((r, i) => r.some((v, j) => v !== null && v !== facts.rows[j][i])), 'the two directions of a pair can differ');
  await shot(page, 'reader-heatmap-facts', { fullPage: false });

  // Keyboard: the radio group moves with the arrow keys.
  await inShadow(page, (root) => {
    const r = root.querySelector('#heat-facts');
    r.scrollIntoView({ block: 'center' });
    r.focus();
  });
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-compare [part~="heatmap"]').dataset.metric === 'similarity');
  const words = await table(page);
  assert.equal(words.checked, 'heat-words');
  assert.equal(words.focus, 'heat-words', 'the focus stays on the control');
  assert.match(words.caption, /[Ww]ording/);
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 5; j++) if (i !== j) assert.equal(words.rows[i][j], pct(words.words[i][j]), `cell ${i},${j} is similarity[${i}][${j}]`);
  }
  await shot(page, 'reader-heatmap-words', { fullPage: false });

  // And back, with a click.
  await inShadow(page, (root) => root.querySelector('label[for="heat-facts"]').click());
  assert.equal((await table(page)).metric, 'fact_similarity');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Compare: without fact_similarity (an older engine) the heatmap shows shared wording, with no control', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await page.evaluate(() => {
    const el = document.querySelector('parallax-digest');
    const { fact_similarity: _, ...older } = el.comparison;
    el.results.compare = older;
    el.view = 'compare';
  });
  await showView(page, 'compare');
  const seen = await table(page);
  assert.equal(seen.metric, 'similarity');
  assert.equal(seen.controls, 0);
  assert.equal(seen.rows[0][1], pct(seen.words[0][1]));
  assert.deepEqual(problems, []);
  await page.close();
});
