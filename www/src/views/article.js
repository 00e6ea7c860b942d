// Article view: one article's summary (with its own length control and
// keyphrases) and its full text, where summary sentences, shared facts and
// unique facts are marked in three styles that differ in shape as well as
// colour (fill, solid underline, dotted underline + superscript markers).

import { h, arr, srOnly } from '../dom.js';
import { summaryList, keyphrases, queryNote } from './story.js';
import { compareModel } from './compare.js';

export function renderArticle(ctx) {
  const id = ctx.state.article;
  const doc = ctx.docs.find((d) => d.id === id);
  if (!doc) return h('p', { class: 'empty', text: ctx.t('noArticle') });
  const summary = ctx.results.article;
  const current = summary && summary.__doc === id ? summary : null;
  const index = ctx.docs.indexOf(doc);

  // In compact mode the label and the buttons' words are visually hidden
  // (they stay the accessible names): the picker takes one line.
  const sr = ctx.isCompact() ? 'sr-only' : null;
  const picker = h('div', { class: 'picker' },
    h('label', { for: 'article-select', class: sr || 'note', text: ctx.t('viewArticle') }),
    h('select', {
      id: 'article-select',
      onchange: (e) => ctx.openArticle(e.target.value, false),
    }, ctx.docs.map((d, i) => {
      const o = h('option', { value: d.id }, `${i + 1}. ${ctx.nameOf(d.id)}${d.source && d.title ? ` — ${d.title}` : ''}`);
      o.selected = d.id === id;
      return o;
    })),
    h('button', { type: 'button', id: 'article-prev', disabled: index <= 0, onclick: () => ctx.openArticle(ctx.docs[index - 1].id, false) }, h('span', { class: 'arrow prev', 'aria-hidden': 'true' }), h('span', { class: sr, text: ctx.t('previous') })),
    h('button', { type: 'button', id: 'article-next', disabled: index >= ctx.docs.length - 1, onclick: () => ctx.openArticle(ctx.docs[index + 1].id, false) }, h('span', { class: sr, text: ctx.t('next') }), h('span', { class: 'arrow next', 'aria-hidden': 'true' })));

  const docKeys = current ? arr(current.documents).find((d) => d.id === id) : null;
  const summaryCard = h('section', { class: 'card', 'aria-labelledby': 'article-summary-h' },
    h('div', { class: 'card-head' },
      h('h2', { id: 'article-summary-h' }, h('span', { class: 'row' }, ctx.tag(id, null, true), ctx.t('gistOne'))),
      ctx.lengthControl('article')),
    current ? summaryList(ctx, current, false) : h('p', { class: 'loading', text: ctx.t('summarizing') }),
    current ? queryNote(ctx, current) : null,
    current ? ctx.fold('article-keys', h('h3', { text: ctx.t('keyphrases') }), keyphrases(ctx, arr(docKeys ? docKeys.keyphrases : current.keyphrases)), keysHead(ctx))
      : keysHead(ctx));

  const model = ctx.results.compare ? compareModel(ctx.results.compare, ctx) : null;
  const ranges = [];
  if (current) for (const s of arr(current.sentences)) ranges.push({ s: s.start_utf16, e: s.end_utf16, kind: 'summary' });
  if (model) {
    for (const g of model.shared) {
      for (const s of g.sentences) if (s.doc === id) ranges.push({ s: s.start_utf16, e: s.end_utf16, kind: 'shared', support: g.support.length });
    }
    for (const s of model.unique.get(id) || []) ranges.push({ s: s.start_utf16, e: s.end_utf16, kind: 'unique' });
  }
  if (ctx.find) for (const f of ctx.find.hits) if (f.doc === id) ranges.push({ s: f.s, e: f.e, kind: 'term' });
  if (ctx.target && ctx.target.doc === id) ranges.push({ s: ctx.target.s, e: ctx.target.e, kind: 'target' });
  const doc0 = ctx.docs.find((d) => d.id === id);
  const byline = [doc0.source, doc0.author, doc0.date ? doc0.date.slice(0, 10) : null].filter(Boolean).join(' · ');

  const textCard = h('section', { class: 'card', 'aria-labelledby': 'article-text-h' },
    h('div', { class: 'card-head' }, h('h2', { id: 'article-text-h', text: ctx.titleOf(id) }),
      byline || doc0.url ? h('p', { class: 'note byline' }, byline,
        doc0.url && /^https?:\/\//i.test(doc0.url) ? [byline ? ' · ' : null, h('a', { href: doc0.url, target: '_blank', rel: 'noopener noreferrer' }, hostOf(doc0.url))] : null) : null),
    findBar(ctx),
    ctx.fold('article-legend', ctx.t('legend'), legend(ctx)),
    wholeText(ctx, id, h('div', { class: 'fulltext', id: 'article-fulltext', part: 'article-text', tabindex: '0', 'aria-label': ctx.t('fullTextOf', ctx.titleOf(id)) },
      fullText(doc.text, ranges, ctx)), doc.text.length));

  return h('div', null, picker, h('div', { class: 'grid article' }, summaryCard, textCard));
}

const keysHead = (ctx) => h('h3', { style: { marginTop: '14px', marginBottom: '6px' }, text: ctx.t('keyphrases') });

/** What the three kinds of marks in the text mean. */
function legend(ctx) {
  return h('p', { class: 'legend', 'aria-label': ctx.t('legend') },
    h('span', null, h('mark', { class: 'hl hl-summary sample', text: ctx.t('legendFilled') }), ' ', ctx.t('inSummary')),
    h('span', null, h('span', { class: 'hl hl-shared sample', text: ctx.t('legendSolid') }), h('sup', { class: 'marker shared', text: '=n' }), ' ', ctx.t('legendShared')),
    h('span', null, h('span', { class: 'hl hl-unique sample', text: ctx.t('legendDotted') }), h('sup', { class: 'marker unique', text: '+' }), ' ', ctx.t('onlyHere')));
}

/** Texts shorter than this (UTF-16 units) are never clipped: at 320 px they
 * fit in about the clipped height anyway (rendering reads no layout). */
export const CLIP_MIN_CHARS = 1200;

/** In compact mode (a sidebar, a phone) a long article's text is clipped
 * to a few hundred pixels, with a "Show whole article" toggle after it; a
 * jump into the article opens it first (`jump` sets the flag). Elsewhere
 * the text is shown whole. */
function wholeText(ctx, id, text, length) {
  if (!ctx.isCompact() || length < CLIP_MIN_CHARS) return text;
  const key = `whole:${id}`;
  const button = h('button', { type: 'button', id: 'article-whole', class: 'whole', part: 'button', 'aria-controls': text.id });
  const show = (open) => {
    text.classList.toggle('clipped', !open);
    button.setAttribute('aria-expanded', String(open));
    button.textContent = ctx.t(open ? 'showLessArticle' : 'showWholeArticle');
  };
  show(Boolean(ctx.flags[key]));
  button.addEventListener('click', () => {
    ctx.flags[key] = !ctx.flags[key];
    show(ctx.flags[key]);
    // Closing a long text: keep the toggle where the reader is looking.
    if (!ctx.flags[key]) button.scrollIntoView({ block: 'nearest' });
  });
  return [text, h('div', { class: 'whole-bar' }, button)];
}

/** The host name of a web address, or the address itself. */
function hostOf(url) {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** "“Nvidia”: 3 of 12 mentions" with previous / next / close, while the
 * reader steps through a word's mentions. */
function findBar(ctx) {
  const f = ctx.find;
  if (!f) return null;
  const docs = new Set(f.hits.map((x) => x.doc)).size;
  return h('div', { class: 'findbar', role: 'group', 'aria-label': ctx.t('findTitle', f.label) },
    h('strong', { text: ctx.t('findTitle', f.label) }),
    h('span', { class: 'note', 'aria-live': 'polite', text: f.hits.length ? ctx.t('findCount', f.i + 1, f.hits.length, docs) : ctx.t('findNone', f.label) }),
    h('span', { class: 'row' },
      h('button', { type: 'button', id: 'find-prev', disabled: f.hits.length < 2, onclick: () => ctx.stepMention(-1) }, h('span', { class: 'arrow prev', 'aria-hidden': 'true' }), ctx.t('previous')),
      h('button', { type: 'button', id: 'find-next', disabled: f.hits.length < 2, onclick: () => ctx.stepMention(1) }, ctx.t('next'), h('span', { class: 'arrow next', 'aria-hidden': 'true' })),
      h('button', { type: 'button', id: 'find-close', onclick: () => ctx.closeMentions() }, ctx.t('close'))));
}


/** The text, one paragraph a line, with `ranges` (UTF-16 offsets) wrapped in
 * marks. Only text nodes carry article text. */
export function fullText(text, ranges, ctx) {
  const clean = ranges
    .filter((r) => Number.isInteger(r.s) && Number.isInteger(r.e) && r.e > r.s && r.s >= 0 && r.e <= text.length)
    .sort((a, b) => a.s - b.s || b.e - a.e);
  const paragraphs = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line) {
      const p = paragraph(text, lineStart, lineEnd, clean, ctx);
      // A short line without final punctuation reads as a subheading.
      if (line.length < 90 && !/[.!?:;,"”’)\]]$/.test(line) && !p.querySelector('.hl')) p.classList.add('subhead');
      paragraphs.push(p);
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

function paragraph(text, start, end, ranges, ctx) {
  const LABELS = { summary: ctx.t('inSummary'), unique: ctx.t('onlyHere') };
  const inLine = ranges.filter((r) => r.s < end && r.e > start);
  const points = new Set([start, end]);
  for (const r of inLine) {
    points.add(Math.max(start, r.s));
    points.add(Math.min(end, r.e));
  }
  const cuts = [...points].sort((a, b) => a - b);
  const p = h('p');
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const piece = text.slice(a, b);
    const covering = inLine.filter((r) => r.s <= a && r.e >= b);
    if (!covering.length) {
      p.appendChild(document.createTextNode(piece));
      continue;
    }
    const kinds = new Set(covering.map((r) => r.kind));
    const first = covering.reduce((m, r) => (r.s < m.s ? r : m), covering[0]);
    const shared = covering.find((r) => r.kind === 'shared');
    const labels = [...kinds].filter((k) => LABELS[k] || k === 'shared').map((k) => (k === 'shared' ? ctx.t('reportedByN', shared.support) : LABELS[k]));
    const mark = h(kinds.has('summary') ? 'mark' : 'span', {
      class: ['hl', ...[...kinds].map((k) => `hl-${k}`)].join(' '),
      'data-start': String(first.s),
      'data-end': String(first.e),
      tabindex: '-1',
      title: labels.length ? labels.join('; ') : null,
    }, piece);
    p.appendChild(mark);
    const endsHere = covering.some((r) => r.e === b);
    if (endsHere && labels.length) {
      if (kinds.has('shared')) p.appendChild(h('sup', { class: 'marker shared', 'aria-hidden': 'true', text: `=${shared.support}` }));
      else if (kinds.has('unique')) p.appendChild(h('sup', { class: 'marker unique', 'aria-hidden': 'true', text: '+' }));
      p.appendChild(srOnly(` (${labels.join('; ')})`));
    }
  }
  return p;
}
