#!/usr/bin/env node
// How well the widget's HTML import (www/src/import.js: Readability, else
// the plain reducer) keeps an article's words and drops the page around
// them. Runs dist/parallax.js's `Parallax.htmlToArticle` in Chromium on
// pages with a known article text and prints, per set and pooled:
//   kept        = article words found in the output / article words
//   boilerplate = output words that are not article words / output words
// (words as multisets: lower-cased runs of letters and digits), for the
// import as shipped and for the plain reducer alone.
//
//   node scripts/html-import-figures.mjs [--repo PATH] [--json]
//
// Sets: tests/data/html/ (pages written for this project: NAME.html and
// the article's text NAME.txt), and with --repo (or PARALLAX_READABILITY_REPO)
// the git directory of a clone of mozilla/readability, all of its
// test/test-pages (source.html and that library's expected.html) read with
// git. That library's pages are read where they are and never copied into
// this repository.
// Needs `make dist` and tests/node_modules (make setup).

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'tests', 'package.json'));

/** Lower-cased words of `text` as a Map word → count. */
export function words(text) {
  const counts = new Map();
  for (const w of String(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) || []) counts.set(w, (counts.get(w) || 0) + 1);
  return counts;
}

/** `{articleWords, outputWords, common}` of one page. */
export function overlap(expected, got) {
  const e = words(expected);
  const g = words(got);
  let articleWords = 0;
  let outputWords = 0;
  let common = 0;
  for (const n of e.values()) articleWords += n;
  for (const [w, n] of g) {
    outputWords += n;
    common += Math.min(n, e.get(w) || 0);
  }
  return { articleWords, outputWords, common };
}

/** Pages with a known article: [{set, name, html, expectedHtml?, expectedText?}]. */
export function pages({ repo = process.env.PARALLAX_READABILITY_REPO || null } = {}) {
  const out = [];
  const own = join(ROOT, 'tests', 'data', 'html');
  if (existsSync(own)) {
    for (const file of readdirSync(own).filter((f) => f.endsWith('.html')).sort()) {
      const name = file.replace(/\.html$/, '');
      out.push({ set: 'own-pages', name, html: readFileSync(join(own, file), 'utf8'), expectedText: readFileSync(join(own, `${name}.txt`), 'utf8') });
    }
  }
  if (repo) {
    const git = (...args) => execFileSync('git', [`--git-dir=${repo}`, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const names = git('ls-tree', '--name-only', 'HEAD', 'test/test-pages/').split('\n').filter(Boolean).map((p) => p.split('/').pop());
    for (const name of names) {
      try {
        out.push({ set: 'readability-all', name, html: git('show', `HEAD:test/test-pages/${name}/source.html`), expectedHtml: git('show', `HEAD:test/test-pages/${name}/expected.html`) });
      } catch {
        // a folder without both files
      }
    }
  }
  return out;
}

/** Runs the import on every page in one Chromium page (opened from
 * `opener`, a playwright Browser or BrowserContext, else a new Chromium);
 * returns per-page results. */
export async function measure(list, { opener } = {}) {
  const { chromium } = require('playwright-core');
  const own = !opener;
  const b = opener || await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await b.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><title>import</title>');
  // As shipped: the embed script and the Readability file it loads on demand.
  await page.addScriptTag({ content: readFileSync(join(ROOT, 'dist', 'parallax-readability.js'), 'utf8') });
  await page.addScriptTag({ content: readFileSync(join(ROOT, 'dist', 'parallax.js'), 'utf8') });
  const results = [];
  for (const p of list) {
    const got = await page.evaluate(async ({ html, expectedHtml }) => {
      // The article's text from the reference HTML: text nodes joined, a
      // space around block elements (as the import itself does).
      const blockText = (node) => {
        if (node.nodeType === 3) return node.nodeValue;
        if (node.nodeType !== 1 || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.tagName)) return '';
        const inner = [...node.childNodes].map(blockText).join('');
        return /^(P|DIV|LI|H[1-6]|TD|TH|TR|BR|BLOCKQUOTE|PRE|FIGCAPTION|SECTION|ARTICLE|DT|DD)$/.test(node.tagName) ? ` ${inner} ` : inner;
      };
      const expected = expectedHtml ? blockText(new DOMParser().parseFromString(expectedHtml, 'text/html').body) : null;
      const shipped = await window.Parallax.htmlToArticle(html);
      const plain = await window.Parallax.htmlToArticle(html, { readability: false });
      return { expected, shipped, plain };
    }, { html: p.html, expectedHtml: p.expectedHtml || null });
    const expected = got.expected ?? p.expectedText;
    results.push({ set: p.set, name: p.name, meta: { title: got.shipped.title, source: got.shipped.source, author: got.shipped.author, date: got.shipped.date, url: got.shipped.url },
      shipped: overlap(expected, got.shipped.text), plain: overlap(expected, got.plain.text) });
  }
  await page.close();
  if (own) await b.close();
  return results;
}

/** Pooled and per-page-mean figures of results for `which` (shipped | plain). */
export function summary(results, which) {
  const pooled = { articleWords: 0, outputWords: 0, common: 0 };
  let keptSum = 0;
  let boilerSum = 0;
  let lost = 0;
  for (const r of results) {
    const o = r[which];
    pooled.articleWords += o.articleWords;
    pooled.outputWords += o.outputWords;
    pooled.common += o.common;
    const kept = o.articleWords ? o.common / o.articleWords : 1;
    keptSum += kept;
    boilerSum += o.outputWords ? (o.outputWords - o.common) / o.outputWords : 0;
    if (kept < 0.5) lost++;
  }
  return {
    pages: results.length,
    kept: pooled.articleWords ? pooled.common / pooled.articleWords : 1,
    boilerplate: pooled.outputWords ? (pooled.outputWords - pooled.common) / pooled.outputWords : 0,
    meanKept: results.length ? keptSum / results.length : 1,
    meanBoilerplate: results.length ? boilerSum / results.length : 0,
    lostBody: lost,
  };
}

async function main() {
  const i = process.argv.indexOf('--repo');
  const repo = i > 0 ? process.argv[i + 1] : undefined;
  const results = await measure(pages(repo ? { repo } : {}));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log('set                  pages  import        kept   boilerplate   (mean per page: kept, boilerplate)  pages that lost their body');
  for (const set of [...new Set(results.map((r) => r.set))]) {
    const rs = results.filter((r) => r.set === set);
    for (const which of ['shipped', 'plain']) {
      const s = summary(rs, which);
      console.log(`${set.padEnd(20)} ${String(s.pages).padStart(5)}  ${(which === 'shipped' ? 'Readability' : 'reducer only').padEnd(12)} ${pct(s.kept).padStart(6)}  ${pct(s.boilerplate).padStart(11)}   (${pct(s.meanKept)}, ${pct(s.meanBoilerplate)})  ${s.lostBody}`);
    }
  }
  const worst = results.map((r) => ({ r, k: r.shipped.articleWords ? r.shipped.common / r.shipped.articleWords : 1, b: r.shipped.outputWords ? 1 - r.shipped.common / r.shipped.outputWords : 0 }))
    .sort((x, y) => (x.k - x.b) - (y.k - y.b)).slice(0, 8);
  console.log('\nweakest pages (Readability import): set/name kept boilerplate');
  for (const { r, k, b } of worst) console.log(`  ${r.set}/${r.name} ${pct(k)} ${pct(b)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
