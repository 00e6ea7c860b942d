// Story view: the multi-document summary with corroboration chips, its
// length control, the set's keyphrases, the list of articles and the
// similarity heatmap.

import { h, arr, fmt, clip, srOnly, pick } from '../dom.js';

/** How many articles the heatmap shows at most (labels stay readable). */
export const HEATMAP_MAX = 12;

export function renderStory(ctx) {
  const story = ctx.results.story;
  const n = ctx.docs.length;
  const summaryCard = h('section', { class: 'card', 'aria-labelledby': 'story-summary-h' },
    h('div', { class: 'card-head' },
      h('h2', { id: 'story-summary-h' }, n === 1 ? 'Summary of the article' : `Summary of all ${n} articles`),
      ctx.lengthControl('story')),
    story ? summaryList(ctx, story, true) : h('p', { class: 'loading', text: 'Summarizing…' }),
    story ? queryNote(ctx, story) : null);

  const keyCard = h('section', { class: 'card', 'aria-labelledby': 'story-keys-h' },
    h('div', { class: 'card-head' }, h('h2', { id: 'story-keys-h', text: 'Keyphrases' })),
    story ? keyphrases(ctx, arr(story.keyphrases)) : h('p', { class: 'loading', text: '…' }));

  const sourcesCard = h('section', { class: 'card', 'aria-labelledby': 'story-sources-h' },
    h('div', { class: 'card-head' }, h('h2', { id: 'story-sources-h' }, `Articles (${n})`)),
    articleList(ctx));

  const heatCard = h('section', { class: 'card', 'aria-labelledby': 'story-heat-h' },
    h('div', { class: 'card-head' }, h('h2', { id: 'story-heat-h', text: 'How alike the articles are' })),
    ctx.results.compare ? heatmap(ctx, ctx.results.compare) : h('p', { class: 'loading', text: 'Comparing…' }));

  return h('div', { class: 'stack' },
    h('div', { class: 'grid two' }, summaryCard, h('div', { class: 'stack' }, keyCard, sourcesCard)),
    heatCard);
}

/** Says what the query did: which words took effect, or that none did. */
export function queryNote(ctx, summary) {
  if (!ctx.state.query) return null;
  const terms = arr(summary.query_terms);
  return h('p', { class: 'note', style: { marginTop: '10px' } }, terms.length
    ? ['Focused on ', terms.map((t, i) => [i ? ', ' : null, h('mark', { class: 'q', text: t })]), '.']
    : `Nothing in the articles matches “${ctx.state.query}”, so the summary is not focused.`);
}

/** `text` as nodes, with words that match a query term marked (bold and
 * underlined, not only coloured). Matching is by word prefix, so "chip"
 * marks "chips". */
export function withTerms(text, terms) {
  const stems = terms.map((t) => String(t).toLowerCase()).filter((t) => t.length >= 2).map((t) => (t.length > 5 ? t.slice(0, t.length - 2) : t));
  if (!stems.length) return [text];
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const word = m[0].toLowerCase();
    if (stems.some((s) => word.startsWith(s))) {
      if (m.index > last) out.push(text.slice(last, m.index));
      out.push(h('mark', { class: 'q', text: m[0] }));
      last = m.index + m[0].length;
    }
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** A summary as an ordered list; each sentence opens its source. */
export function summaryList(ctx, summary, withSources) {
  const sentences = arr(summary.sentences);
  if (!sentences.length) return h('p', { class: 'empty', text: 'No sentence could be picked.' });
  return h('ol', { class: 'summary', part: 'summary' },
    sentences.map((s) => {
      const others = arr(s.corroborated_by).filter((id) => id !== s.doc);
      return h('li', { part: 'sentence' },
        h('button', {
          class: 'link sentence',
          title: `Show in “${ctx.titleOf(s.doc)}”`,
          onclick: () => ctx.jump(s.doc, s.start_utf16, s.end_utf16),
        }, withTerms(s.text, arr(summary.query_terms))),
        h('span', { class: 'meta' },
          withSources || others.length ? ctx.corroboration([s.doc, ...others]) : null,
          ctx.tags([s.doc, ...others])));
    }));
}

export function keyphrases(ctx, list) {
  if (!list.length) return h('p', { class: 'empty', text: 'No keyphrases.' });
  return h('ul', { class: 'keyphrases', 'aria-label': 'Keyphrases' },
    list.map((k) => {
      const docs = arr(k.documents);
      return h('li', { class: 'chip', title: docs.length ? `In ${docs.length} of ${ctx.docs.length} articles` : null },
        String(pick(k, 'phrase', 'text') ?? ''),
        docs.length > 1 ? h('small', { 'aria-label': `in ${docs.length} articles` }, `×${docs.length}`) : null);
    }));
}

/** Articles listed in the Story view before "show all". */
const LIST_SHOWN = 30;

function articleList(ctx) {
  const words = new Map(arr(ctx.results.compare?.documents).map((d) => [d.id, d.words]));
  const all = ctx.flags.allArticles || ctx.docs.length <= LIST_SHOWN + 5;
  const docs = all ? ctx.docs : ctx.docs.slice(0, LIST_SHOWN);
  return h('div', null, h('ol', { class: 'sources', part: 'article-list' },
    docs.map((d) => h('li', { 'data-id': d.id },
      ctx.tag(d.id),
      h('span', null,
        h('button', { class: 'link title', onclick: () => ctx.openArticle(d.id) }, ctx.titleOf(d.id)),
        h('span', { class: 'note' }, words.has(d.id) ? `${fmt(words.get(d.id))} words` : `${fmt(d.text.length)} characters`))))),
    all ? null : h('button', { type: 'button', id: 'articles-toggle', style: { marginTop: '10px' }, onclick: () => ctx.toggleFlag('allArticles') }, `Show all ${ctx.docs.length}`));
}

/** The similarity matrix as a table: values written in every cell, colour
 * as a second signal, each row's closest article underlined. */
export function heatmap(ctx, comparison) {
  const matrix = arr(comparison.similarity);
  const ids = arr(comparison.documents).map((d) => d.id);
  const shown = Math.min(ids.length, HEATMAP_MAX, matrix.length);
  if (shown < 2) return h('p', { class: 'empty', text: 'Add a second article to compare them.' });
  // Colour is scaled between the least and the most alike pair shown, so that differences stay
  // visible whatever the model's range; the numbers are the real values.
  let top = 0;
  let low = Infinity;
  const pairs = [];
  for (let i = 0; i < shown; i++) {
    for (let j = i + 1; j < shown; j++) {
      const v = Number(matrix[i]?.[j] ?? 0);
      top = Math.max(top, v);
      low = Math.min(low, v);
      pairs.push([v, i, j]);
    }
  }
  const shade = (v) => (top > low ? 0.15 + 0.85 * Math.max(0, Math.min(1, (v - low) / (top - low))) : 0.5);
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const rows = [];
  for (let i = 0; i < shown; i++) {
    let best = -1;
    for (let j = 0; j < shown; j++) if (j !== i && (best < 0 || (matrix[i]?.[j] ?? 0) > (matrix[i]?.[best] ?? 0))) best = j;
    rows.push(h('tr', null,
      h('th', { scope: 'row', class: 'row' }, h('span', { class: 'label' }, ctx.tag(ids[i]), h('span', { title: ctx.titleOf(ids[i]) }, clip(ctx.titleOf(ids[i]), 34)))),
      ids.slice(0, shown).map((_, j) => {
        const v = Number(matrix[i]?.[j] ?? 0);
        if (i === j) return h('td', { class: 'self' }, '—', srOnly('same article'));
        return h('td', {
          class: j === best ? 'top' : null,
          style: { '--v': shade(v).toFixed(3) },
          title: `${ctx.titleOf(ids[i])} ↔ ${ctx.titleOf(ids[j])}: ${fmt(v)}${j === best ? ' (closest)' : ''}`,
        }, fmt(v), j === best ? srOnly(' closest') : null);
      })));
  }
  const pairLine = ([v, i, j]) => h('li', null, ctx.tag(ids[i]), ctx.tag(ids[j]), h('span', null, ` ${fmt(v)}`));
  const dups = arr(comparison.near_duplicates);
  const side = h('div', { class: 'pairs' },
    h('h3', { text: 'Most alike' }), h('ul', null, pairs.slice(0, 3).map(pairLine)),
    pairs.length > 3 ? [h('h3', { text: 'Least alike' }), h('ul', null, pairs.slice(3).slice(-2).reverse().map(pairLine))] : null,
    h('h3', { text: 'Near-duplicates' }),
    dups.length ? h('ul', null, dups.slice(0, 5).map((d) => {
      const listed = pick(d, 'docs', 'documents', 'pair');
      const docs = (Array.isArray(listed) ? listed : [d.a, d.b]).map((x) => (typeof x === 'number' ? ids[x] : x)).filter((x) => typeof x === 'string');
      const score = pick(d, 'similarity', 'jaccard', 'score');
      return h('li', null, docs.map((id) => ctx.tag(id)), typeof score === 'number' ? h('span', null, ` ${fmt(score)}`) : null);
    })) : h('p', { class: 'note', text: 'None: no article repeats another’s wording wholesale.' }));
  return h('div', null,
    h('div', { class: 'heat-layout' },
      h('div', { class: 'table-wrap' },
        h('table', { class: 'heatmap', part: 'heatmap' },
          h('caption', null, 'Shared wording (TF-IDF cosine, blended with shared nearest neighbours in large sets; 0 = nothing in common, 1 = identical). Darker = more alike; underlined = each article’s closest match.'),
          h('thead', null, h('tr', null, h('th', { class: 'corner' }, srOnly('Article')), ids.slice(0, shown).map((id) => h('th', { scope: 'col', title: ctx.titleOf(id) }, ctx.tag(id))))),
          h('tbody', null, rows))),
      side),
    ids.length > shown ? h('p', { class: 'note' }, `Showing the first ${shown} of ${ids.length} articles.`) : null);
}
