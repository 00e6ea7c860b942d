// Issue 5: every view in both themes (screenshots), keyboard-only tabs,
// click-to-source, length controls, query, export, themes and contrast,
// the 320 px viewport, attributes, events — on the served page, then the
// views again from file:// and in the blog post.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServedBrowser, distFile, openPage, waitReady, shot, widgetState, corpusTexts, assertFromCorpus } from './helpers.mjs';

const texts = corpusTexts();
const VIEWS = ['story', 'article', 'compare', 'yours'];

const env = useServedBrowser();

/** Clicks a tab and waits for its panel to have content. */
async function showView(page, view) {
  await page.evaluate((v) => document.querySelector('parallax-digest').shadowRoot.querySelector(`[role="tab"][data-view="${v}"]`).click(), view);
  await page.waitForFunction((v) => {
    const panel = document.querySelector('parallax-digest').shadowRoot.querySelector(`#panel-${v}`);
    return panel && !panel.hidden && !panel.querySelector('.loading');
  }, view, { timeout: 10000 });
}

function inShadow(page, fn, arg) {
  return page.evaluate(([source, a]) => {
    const root = document.querySelector('parallax-digest').shadowRoot;
    return new Function('root', 'arg', `return (${source})(root, arg);`)(root, a);
  }, [fn.toString(), arg]);
}

for (const theme of ['light', 'dark']) {
  test(`every view renders in the ${theme} theme (screenshots)`, async () => {
    const { page, problems } = await openPage(env.browser.context, env.server.url, { colorScheme: theme });
    await waitReady(page);
    await page.evaluate((t) => document.querySelector('parallax-digest').setAttribute('theme', t), theme);
    for (const view of VIEWS) {
      await showView(page, view);
      const state = await widgetState(page);
      assert.equal(state.activePanel, view);
      assert.equal(state.selectedTab, view);
      assert.equal(state.view, view, 'the view attribute reflects the tab');
      await shot(page, `view-${view}-${theme}`);
    }
    const bg = await inShadow(page, (root) => getComputedStyle(root.querySelector('.root')).backgroundColor);
    assert.equal(bg, theme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)', `${theme} theme background`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('views have their content: article text with highlights, compare sections, your articles', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await showView(page, 'article');
  const article = await inShadow(page, (root) => ({
    paragraphs: root.querySelectorAll('#panel-article .fulltext p').length,
    summaryMarks: [...root.querySelectorAll('#panel-article .fulltext .hl-summary')].map((m) => m.textContent),
    legend: root.querySelector('#panel-article .legend')?.textContent,
    summary: [...root.querySelectorAll('#panel-article [part~="summary"] .sentence')].map((b) => b.textContent),
  }));
  assert.ok(article.paragraphs > 3, `article paragraphs: ${article.paragraphs}`);
  assertFromCorpus(assert, article.summary, texts, 'article summary');
  assert.ok(article.summaryMarks.length >= article.summary.length, 'summary sentences are marked in the text');
  for (const s of article.summary) assert.ok(article.summaryMarks.join(' ').includes(s.slice(0, 40)), `summary sentence marked in text: ${s}`);
  assert.match(article.legend, /in the summary/);
  assert.match(article.legend, /reported by n sources/);
  assert.match(article.legend, /only in this article/);

  await showView(page, 'compare');
  const headings = await inShadow(page, (root) => [...root.querySelectorAll('#panel-compare h2')].map((x) => x.textContent));
  for (const h of ['Shared facts', 'Figures', 'What each source adds', 'People and organisations', 'Quotes', 'Distinctive words']) {
    assert.ok(headings.some((x) => x.startsWith(h)), `compare view has "${h}"; got ${JSON.stringify(headings)}`);
  }
  await showView(page, 'yours');
  const mine = await inShadow(page, (root) => root.querySelectorAll('[part~="my-articles"] > li').length);
  assert.equal(mine, 5);
  assert.deepEqual(problems, []);
  await page.close();
});

test('keyboard only: Tab reaches the tabs, arrows/Home/End move between views', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  const focused = () => page.evaluate(() => {
    const el = document.querySelector('parallax-digest');
    const a = el.shadowRoot.activeElement;
    return a ? { role: a.getAttribute('role'), view: a.dataset.view, id: a.id } : null;
  });
  let f = null;
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    f = await focused();
    if (f && f.role === 'tab') break;
  }
  assert.deepEqual(f && f.role, 'tab', 'Tab key reaches the tab list');
  assert.equal(f.view, 'story', 'the selected tab is the one in the tab order');
  const steps = [['ArrowRight', 'article'], ['ArrowRight', 'compare'], ['End', 'yours'], ['ArrowRight', 'story'], ['ArrowLeft', 'yours'], ['Home', 'story'], ['ArrowLeft', 'yours']];
  for (const [key, want] of steps) {
    await page.keyboard.press(key);
    f = await focused();
    const state = await widgetState(page);
    assert.equal(f.view, want, `${key}: focus\n  expected: ${want}\n  got: ${f.view}`);
    assert.equal(state.activePanel, want, `${key}: visible panel`);
    assert.equal(state.selectedTab, want, `${key}: aria-selected`);
  }
  // Tab from the tab list goes into the panel, not to the other tabs.
  await page.keyboard.press('Tab');
  f = await focused();
  assert.notEqual(f && f.role, 'tab');
  // Focus is visible.
  await page.keyboard.press('Shift+Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.querySelector('parallax-digest').shadowRoot.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'focused tab shows an outline');
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking a summary sentence opens its article, scrolls to it, focuses and highlights it', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  const first = await inShadow(page, (root) => {
    const b = root.querySelector('#panel-story [part~="summary"] .sentence');
    b.click();
    return b.textContent;
  });
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-article .hl-target'));
  const flashed = await inShadow(page, (root) => {
    const marks = [...root.querySelectorAll('#panel-article .hl-target')];
    const box = marks[0].getBoundingClientRect();
    const text = root.querySelector('#panel-article .fulltext').getBoundingClientRect();
    return { text: marks.map((m) => m.textContent).join(''), inView: box.top >= text.top - 1 && box.bottom <= text.bottom + 1 && box.top >= 0 && box.bottom <= innerHeight };
  });
  assert.equal(flashed.text, first, 'the flashed sentence is the clicked one');
  assert.ok(flashed.inView, 'the sentence is scrolled into view');
  // The highlight lasts (it used to fade after 1.6 s) and the target has the focus.
  await page.waitForTimeout(2000);
  const later = await inShadow(page, (root) => {
    const m = root.querySelector('#panel-article .hl-target');
    return { focused: root.activeElement === m, bg: m && getComputedStyle(m).backgroundColor };
  });
  assert.ok(later.focused, 'the target sentence has the focus');
  assert.notEqual(later.bg, 'rgba(0, 0, 0, 0)', `still highlighted after 2 s: background ${later.bg}`);
  const state = await widgetState(page);
  assert.equal(state.activePanel, 'article');
  await shot(page, 'jump-to-sentence', { fullPage: false });
  assert.deepEqual(problems, []);
  await page.close();
});

test('length controls, query box, attributes and events', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  await page.evaluate(() => {
    window.__events = [];
    document.querySelector('parallax-digest').addEventListener('parallax-change', (e) => window.__events.push(e.detail));
  });
  // Length in sentences, through the control.
  await inShadow(page, (root) => {
    const n = root.getElementById('story-len-n');
    n.value = '3';
    n.dispatchEvent(new Event('input'));
  });
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelectorAll('#panel-story [part~="summary"] li').length === 3);
  assert.equal(await page.evaluate(() => document.querySelector('parallax-digest').getAttribute('sentences')), '3', 'sentences attribute reflects the control');
  // Length in words.
  await inShadow(page, (root) => {
    const u = root.getElementById('story-len-unit');
    u.value = 'words';
    u.dispatchEvent(new Event('change'));
  });
  await page.waitForFunction(() => document.querySelector('parallax-digest').summary?.words <= 80 && !document.querySelector('parallax-digest').hasAttribute('sentences'));
  // The sentences attribute set by script.
  await page.evaluate(() => { document.querySelector('parallax-digest').sentences = 4; });
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelectorAll('#panel-story [part~="summary"] li').length === 4);
  // The query box re-ranks and is reflected.
  const before = (await widgetState(page)).summary;
  await inShadow(page, (root) => root.getElementById('query').focus());
  await page.keyboard.type('Nvidia stock market');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('parallax-digest').getAttribute('query') === 'Nvidia stock market');
  await page.waitForFunction(() => /nvidia|stock|market/i.test(document.querySelector('parallax-digest').shadowRoot.querySelector('#panel-story [part~="summary"]').textContent));
  const after = (await widgetState(page)).summary;
  assertFromCorpus(assert, after, texts, 'query summary');
  assert.ok(after.some((s) => /nvidia|stock|market/i.test(s)), `a focused summary mentions the query\n  got: ${JSON.stringify(after)}`);
  assert.notDeepEqual(after, before, 'the query changes the summary');
  const marked = await inShadow(page, (root) => [...root.querySelectorAll('#panel-story [part~="summary"] mark.q')].map((m) => m.textContent.toLowerCase()));
  assert.ok(marked.length > 0 && marked.every((w) => /^(nvidia|stock|market)/.test(w)), `query words are marked in the summary\n  got: ${JSON.stringify(marked)}`);
  assert.match(await inShadow(page, (root) => root.querySelector('#panel-story .card .note:last-child')?.textContent || ''), /^Focused on /);
  await shot(page, 'story-query', { fullPage: false });
  // The query attribute set by script fills the box.
  await page.evaluate(() => { document.querySelector('parallax-digest').setAttribute('query', 'cost'); });
  assert.equal(await inShadow(page, (root) => root.getElementById('query').value), 'cost');
  // view attribute set by script.
  await page.evaluate(() => { document.querySelector('parallax-digest').view = 'compare'; });
  assert.equal((await widgetState(page)).activePanel, 'compare');
  const events = await page.evaluate(() => window.__events);
  assert.ok(events.some((e) => e.reason === 'sentences' && e.sentences === 3), 'parallax-change for the length');
  assert.ok(events.some((e) => e.reason === 'query' && e.query === 'Nvidia stock market'), 'parallax-change for the query');
  assert.ok(events.some((e) => e.reason === 'view' && e.view === 'compare'), 'parallax-change for the view');
  assert.deepEqual(problems, []);
  await page.close();
});

test('export: Markdown with sources, JSON download', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  const md = await page.evaluate(() => document.querySelector('parallax-digest').markdown());
  assert.match(md, /^## Summary of 5 articles/);
  assert.match(md, /### Sources\n\n1\. .+\n2\. .+\n3\. .+\n4\. .+\n5\. .+/);
  const bullets = md.split('\n').filter((l) => l.startsWith('- '));
  assert.ok(bullets.length >= 3);
  for (const b of bullets) assert.match(b, /\[\d\]/, `each bullet names its source: ${b}`);
  await inShadow(page, (root) => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy summary').click());
  await page.waitForFunction(() => /copied/i.test(document.querySelector('parallax-digest').shadowRoot.querySelector('[part~="status"]').textContent));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    inShadow(page, (root) => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Download JSON').click()),
  ]);
  assert.equal(download.suggestedFilename(), 'parallax-comparison.json');
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const data = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(data.documents.length, 5);
  assert.equal(data.comparison.similarity.length, 5);
  assert.ok(data.summary.sentences.length >= 3);
  assert.deepEqual(problems, []);
  await page.close();
});

test('320 px wide: no horizontal overflow, every view usable', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url, { viewport: { width: 320, height: 720 } });
  await waitReady(page);
  for (const view of VIEWS) {
    await showView(page, view);
    const overflow = await page.evaluate(() => {
      const el = document.querySelector('parallax-digest');
      const root = el.shadowRoot.querySelector('.root');
      const offenders = [...el.shadowRoot.querySelectorAll('[role="tabpanel"]:not([hidden]) *')]
        .filter((n) => !n.closest('.table-wrap, .tabs') && n.getBoundingClientRect().right > root.getBoundingClientRect().right + 1)
        .slice(0, 3).map((n) => `${n.tagName}.${n.className}`);
      return { page: document.documentElement.scrollWidth, offenders };
    });
    assert.ok(overflow.page <= 320, `${view}: page is ${overflow.page}px wide at a 320px viewport`);
    assert.deepEqual(overflow.offenders, [], `${view}: elements sticking out of the widget`);
    await shot(page, `narrow-320-${view}`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('contrast meets WCAG AA for text in both themes', async () => {
  for (const theme of ['light', 'dark']) {
    const { page } = await openPage(env.browser.context, env.server.url);
    await waitReady(page);
    await page.evaluate((t) => document.querySelector('parallax-digest').setAttribute('theme', t), theme);
    const failures = [];
    for (const view of VIEWS) {
      await showView(page, view);
      const bad = await page.evaluate(() => {
        const parse = (c) => {
          const m = c.match(/rgba?\(([^)]+)\)/);
          if (!m) return null;
          const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
          return { r, g, b, a };
        };
        const lum = ({ r, g, b }) => {
          const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const bgOf = (el) => {
          const layers = [];
          for (let n = el; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
            const c = parse(getComputedStyle(n).backgroundColor);
            if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
          }
          let out = { r: 255, g: 255, b: 255 };
          for (const c of layers.reverse()) out = { r: c.r * c.a + out.r * (1 - c.a), g: c.g * c.a + out.g * (1 - c.a), b: c.b * c.a + out.b * (1 - c.a) };
          return out;
        };
        const root = document.querySelector('parallax-digest').shadowRoot;
        const out = [];
        const els = [...root.querySelectorAll('.root *')].filter((el) => {
          if (el.closest('[hidden]') || el.closest('.sr-only')) return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && [...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue.trim());
        });
        for (const el of els) {
          const fg = parse(getComputedStyle(el).color);
          const bg = bgOf(el);
          const l1 = lum(fg);
          const l2 = lum(bg);
          const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
          const size = parseFloat(getComputedStyle(el).fontSize);
          const bold = Number(getComputedStyle(el).fontWeight) >= 700;
          const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
          if (ratio < need) out.push(`${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)} < ${need}`);
        }
        return [...new Set(out)].slice(0, 8);
      });
      failures.push(...bad.map((b) => `${theme}/${view}: ${b}`));
    }
    await page.close();
    assert.deepEqual(failures, [], 'text below the WCAG AA contrast ratio');
  }
});

test('the views work from file:// and inside the blog post too', async () => {
  for (const [name, url] of [['file', distFile('parallax.html')], ['embed', distFile('embed-example.html')]]) {
    const { page, problems } = await openPage(env.browser.context, url);
    await waitReady(page);
    for (const view of VIEWS) {
      await showView(page, view);
      assert.equal((await widgetState(page)).activePanel, view, `${name}: ${view}`);
    }
    await showView(page, 'compare');
    await shot(page, `${name}-compare`);
    assert.deepEqual(problems, [], `${name}: console errors`);
    await page.close();
  }
});

test('an engine trap shows a clear error and the next run uses a fresh instance', async () => {
  const { page, problems } = await openPage(env.browser.context, env.server.url);
  await waitReady(page);
  // Make the live instance trap once, as a Rust panic (abort → unreachable) would.
  await page.evaluate(() => {
    const el = document.querySelector('parallax-digest');
    const api = el.engine.instance();
    window.__trapped = api;
    api.summarize = () => { throw new WebAssembly.RuntimeError('unreachable'); };
    el.sentences = 3;
  });
  await page.waitForFunction(() => /crashed/.test(document.querySelector('parallax-digest').shadowRoot.querySelector('[part~="status"]').textContent));
  const after = await page.evaluate(() => {
    const el = document.querySelector('parallax-digest');
    return { status: el.shadowRoot.querySelector('[part~="status"]').textContent, alert: !!el.shadowRoot.querySelector('[role="alert"]'), dropped: el.engine.api === null };
  });
  assert.match(after.status, /The engine crashed while running summarize \(unreachable\); it has been restarted/);
  assert.ok(after.alert, 'the error is announced (role=alert)');
  assert.ok(after.dropped, 'the trapped instance was dropped');
  // The widget still works: the next change runs on a new instance.
  await page.evaluate(() => { document.querySelector('parallax-digest').sentences = 4; });
  await page.waitForFunction(() => document.querySelector('parallax-digest').shadowRoot.querySelectorAll('#panel-story [part~="summary"] li').length === 4);
  assert.ok(await page.evaluate(() => document.querySelector('parallax-digest').engine.api !== window.__trapped), 'a fresh instance');
  assert.equal((await widgetState(page)).status, '', 'the error is cleared by the next good run');
  await shot(page, 'engine-trap-recovered', { fullPage: false });
  assert.deepEqual(problems, []);
  await page.close();
});
