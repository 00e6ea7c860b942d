// Issue 12, HTML import as good as Firefox Reader View: dropped pages go
// through @mozilla/readability (after page furniture is removed), keeping
// at least 98% of the article's words with at most 3% boilerplate, on ten
// news pages written for this project (tests/data/html/) and, when
// PARALLAX_READABILITY_REPO names the git directory of a clone of
// mozilla/readability, on all of that library's own test pages (read from
// the clone, never copied here); their metadata becomes the article's
// source, author, date and url. The figures come from
// scripts/html-import-figures.mjs, which prints them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServedBrowser, ROOT } from './helpers.mjs';
import { pages, measure, summary } from '../../scripts/html-import-figures.mjs';

const env = useServedBrowser();
let results = null;
async function figures() {
  if (!results) results = await measure(pages(), { opener: env.browser.context });
  return results;
}
const pct = (x) => `${(100 * x).toFixed(1)}%`;

const sets = process.env.PARALLAX_READABILITY_REPO ? ['own-pages', 'readability-all'] : ['own-pages'];
for (const set of sets) {
  test(`${set}: at least 98% of the article words kept, at most 3% boilerplate, no page without its body`, async () => {
    const rs = (await figures()).filter((r) => r.set === set);
    assert.ok(rs.length >= 10, `${set}: expected at least 10 pages, got ${rs.length}`);
    const s = summary(rs, 'shipped');
    const plain = summary(rs, 'plain');
    console.log(`${set}: ${s.pages} pages, kept ${pct(s.kept)}, boilerplate ${pct(s.boilerplate)} (reducer alone: ${pct(plain.kept)}, ${pct(plain.boilerplate)})`);
    assert.ok(s.kept >= 0.98, `${set}: article words kept\n  expected: >= 98%\n  got: ${pct(s.kept)}`);
    assert.ok(s.boilerplate <= 0.03, `${set}: boilerplate\n  expected: <= 3%\n  got: ${pct(s.boilerplate)}`);
    // Every page of ours keeps its body; of the library's 130 pages one
    // (a MathJax page) is mostly formulas, which our text model drops.
    for (const r of set === 'own-pages' ? rs : []) {
      const kept = r.shipped.common / r.shipped.articleWords;
      assert.ok(kept >= 0.9, `${set}/${r.name}: article words kept\n  expected: >= 90%\n  got: ${pct(kept)}`);
    }
  });
}

test('own pages: site name, author, date and url come from the page metadata', async () => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'tests', 'data', 'html', 'metadata.json'), 'utf8'));
  const rs = (await figures()).filter((r) => r.set === 'own-pages');
  for (const r of rs) {
    const want = expected[r.name];
    assert.ok(want, `tests/data/html/metadata.json has no entry for ${r.name}`);
    for (const key of ['source', 'author', 'date', 'url']) {
      assert.equal(r.meta[key] || '', want[key], `${r.name}: ${key}\n  expected: ${JSON.stringify(want[key])}\n  got: ${JSON.stringify(r.meta[key])}`);
    }
    assert.ok(r.meta.title && !/\|/.test(r.meta.title), `${r.name}: a title without the site's suffix\n  got: ${JSON.stringify(r.meta.title)}`);
  }
});
