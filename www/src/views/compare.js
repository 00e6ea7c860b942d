// Compare view: shared facts with corroboration counts, the figures table
// with conflicts, unique facts per source, entities × sources, quotes by
// speaker and distinctive words per source. Every sentence links to its
// place in the article.

import { h, arr, pick, fmt, srOnly, clip } from '../dom.js';
import { claimText } from './story.js';

/** How many articles the similarity table shows at most. */
export const HEATMAP_MAX = 12;
/** Up to this many sources get a column of their own in tables; beyond it
 * rows list the sources instead. */
export const TABLE_MAX_SOURCES = 8;
/** Entities listed before "Show all". */
const ENTITIES_SHOWN = 15;
/** Unique facts shown per source before "n more" (the page stays short). */
const UNIQUE_SHOWN = 2;
/** Sources listed in the per-source sections of large sets. */
const SOURCES_SHOWN = 30;

/** A sentence reference from any of the shapes a result item can take. */
export function asRef(x) {
  if (!x || typeof x !== 'object') return null;
  if (Number.isInteger(x.start_utf16) && typeof x.doc === 'string') return x;
  return asRef(pick(x, 'sentence', 'representative'));
}

function idsOf(value) {
  return arr(value).map((v) => (typeof v === 'string' ? v : pick(v, 'id', 'doc'))).filter((v) => typeof v === 'string');
}

const cache = new WeakMap();

/** One engine figure as the views use it: its source, the value as written,
 * its interval, hedge words and sentence. */
export function figureClaim(cl) {
  return {
    doc: pick(cl, 'doc') ?? asRef(cl)?.doc,
    written: String(pick(cl, 'text') ?? ''),
    value: pick(cl, 'value'),
    low: Number(pick(cl, 'low', 'value')),
    high: Number(pick(cl, 'high', 'value')),
    hedges: arr(cl.hedges).filter((w) => typeof w === 'string'),
    unit: pick(cl, 'unit'),
    // Hedge words as written ("nearly", "about"); not the engine's class names.
    hedge: arr(cl.hedges).filter((w) => typeof w === 'string' && w && w !== 'exact').join(' ') || (typeof cl.hedge === 'string' && !/^(exact|approximate|lower|upper|at_least|at_most|range)$/i.test(cl.hedge) ? cl.hedge : ''),
    claimed: cl.claimed === true,
    ref: asRef(cl),
  };
}

export function compareModel(c, ctx) {
  if (cache.has(c)) return cache.get(c);
  const order = new Map(ctx.docs.map((d, i) => [d.id, i]));
  const byOrder = (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0);

  const shared = arr(c.shared_facts).map((g) => {
    const sentences = arr(g.sentences).map(asRef).filter(Boolean);
    let support = idsOf(pick(g, 'support', 'docs'));
    if (!support.length) support = [...new Set(sentences.map((s) => s.doc))];
    support.sort(byOrder);
    const rep = g.representative;
    const representative = (typeof rep === 'number' ? sentences[rep] : asRef(rep)) || sentences[0] || null;
    return { support, sentences, representative };
  }).filter((g) => g.representative && g.support.length > 1);

  // Each source's unique facts ({doc, facts: [{sentence}]}).
  const unique = new Map();
  for (const u of arr(c.unique_facts)) {
    const refs = arr(u && u.facts).map(asRef).filter(Boolean);
    if (u && u.doc) unique.set(u.doc, (unique.get(u.doc) || []).concat(refs));
  }

  // Figure groups whose claims index the flat list of figures.
  const flat = arr(c.figures);
  const figures = arr(c.figure_groups).map((g) => {
    const claims = arr(g.claims).map((cl) => (typeof cl === 'number' ? flat[cl] : cl)).filter(Boolean).map(figureClaim).filter((cl) => typeof cl.doc === 'string');
    const conflict = Boolean(g.conflict);
    const explanation = pick(g, 'explanation');
    return {
      label: String(pick(g, 'measured') ?? 'figure'),
      kind: pick(g, 'kind'),
      rate: pick(g, 'rate'),
      unit: pick(g, 'unit'),
      claims,
      conflict,
      explanation: typeof explanation === 'string' ? explanation : explanation ? JSON.stringify(explanation) : '',
    };
  }).filter((g) => g.claims.length);

  const entities = arr(pick(c, 'entities')).map((e) => {
    const perDoc = new Map();
    const counts = pick(e, 'counts', 'mentions');
    if (Array.isArray(counts) && counts.every((x) => typeof x === 'number')) {
      ctx.docs.forEach((d, i) => { if (counts[i] > 0) perDoc.set(d.id, counts[i]); });
    } else {
      for (const x of arr(pick(e, 'documents', 'docs'))) {
        const id = typeof x === 'string' ? x : pick(x, 'id', 'doc');
        const n = typeof x === 'object' ? Number(pick(x, 'count', 'mentions') ?? 1) : 1;
        if (typeof id === 'string') perDoc.set(id, (perDoc.get(id) || 0) + n);
      }
    }
    // Mention offsets when the engine gives them (EntityMention), else the
    // names to look for in the texts.
    const hits = arr(pick(e, 'mentions')).filter((x) => x && typeof x === 'object' && typeof x.doc === 'string' && Number.isInteger(x.start_utf16))
      .map((x) => ({ doc: x.doc, s: x.start_utf16, e: x.end_utf16 }));
    const name = String(pick(e, 'name') ?? '');
    return { name, kind: pick(e, 'kind'), perDoc, hits, terms: [name, ...arr(e.aliases).filter((a) => typeof a === 'string')] };
  }).filter((e) => e.name && e.perDoc.size);

  const quotes = arr(c.quotes).map(quote);

  // Each source's distinctive words ({doc, terms: [{word, z}]}).
  const distinctive = new Map();
  for (const d of arr(c.vocabulary)) {
    if (d && typeof d.doc === 'string') distinctive.set(d.doc, arr(d.terms).map((w) => ({ word: String(pick(w, 'word', 'stem') ?? ''), z: pick(w, 'z') })).filter((w) => w.word));
  }

  const model = { shared, unique, figures, entities, quotes: quotes.filter((q) => q.text), distinctive };
  cache.set(c, model);
  return model;
}

function quote(q) {
  const ref = asRef(q);
  return {
    speaker: String(pick(q, 'speaker') ?? '') || 'Unattributed',
    text: String(pick(q, 'text') ?? ''),
    doc: pick(q, 'doc') ?? ref?.doc,
    ref,
  };
}

export function renderCompare(ctx) {
  const c = ctx.results.compare;
  const t = (k, ...a) => ctx.t(k, ...a);
  if (!c) return h('p', { class: 'loading', text: t('comparing') });
  const m = compareModel(c, ctx);
  const n = ctx.docs.length;
  const card = (id, title, intro, body) => ctx.section(id, title, intro ? h('p', { class: 'note intro', text: intro }) : null, body);
  const missing = (what) => h('p', { class: 'empty', text: t('noneFound', what) });

  const sharedCard = card('cmp-shared', t('shared', m.shared.length), t('sharedIntro'),
    m.shared.length ? h('ol', { class: 'facts' }, m.shared.map((g) => h('li', null,
      ctx.jumpButton(g.representative, 'sentence'),
      h('span', { class: 'meta' }, ctx.corroboration(g.support), ctx.tags([g.representative.doc, ...g.support], 8, true)),
      g.sentences.length > 1 ? h('details', null,
        h('summary', null, t('eachPutsIt', g.sentences.length)),
        h('ol', { class: 'versions' }, g.sentences.map((s) => h('li', null, ctx.tag(s.doc, s.doc === g.representative.doc ? 'own' : null), ctx.jumpButton(s, 'version'))))) : null))) : missing(t('jumpShared')));

  const conflicts = m.figures.filter((f) => f.conflict).length;
  const figuresCard = card('cmp-figures', t('figures', m.figures.length),
    conflicts ? t('figuresConflicts', conflicts) : t('figuresIntro'),
    m.figures.length ? figuresTable(ctx, m.figures) : missing(t('jumpFigures')));

  const uniqueCard = card('cmp-unique', t('adds'), t('uniqueIntro'),
    h('ol', { class: 'per-source' }, ctx.docs.slice(0, SOURCES_SHOWN).map((d) => {
      const list = m.unique.get(d.id) || [];
      return h('li', null,
        h('h3', null, ctx.tag(d.id, null, true), ctx.titleOf(d.id)),
        list.length ? h('ol', null, list.slice(0, UNIQUE_SHOWN).map((s) => h('li', null, ctx.jumpButton(s)))) : h('p', { class: 'empty', text: t('addsNothing') }),
        list.length > UNIQUE_SHOWN ? h('details', null, h('summary', null, t('more', list.length - UNIQUE_SHOWN)), h('ol', null, list.slice(UNIQUE_SHOWN).map((s) => h('li', null, ctx.jumpButton(s))))) : null);
    })));

  const entitiesCard = card('cmp-entities', t('entities', m.entities.length), t('entitiesIntro'),
    m.entities.length ? entitiesTable(ctx, m.entities) : missing(t('jumpEntities')));

  const speakers = new Map();
  for (const q of m.quotes) speakers.set(q.speaker, (speakers.get(q.speaker) || []).concat(q));
  const quotesCard = card('cmp-quotes', t('quotes', m.quotes.length), t('quotesIntro'),
    m.quotes.length ? h('ol', { class: 'quotes' }, [...speakers].map(([speaker, qs]) => h('li', null,
      h('h3', { text: speaker === 'Unattributed' ? t('unattributed') : speaker }),
      qs.map((q) => h('blockquote', null,
        q.ref ? ctx.jumpButton(q.ref, 'quote', `“${q.text}”`) : `“${q.text}”`,
        ' ', typeof q.doc === 'string' ? ctx.tag(q.doc) : null))))) : missing(t('jumpQuotes')));

  const wordsCard = card('cmp-words', t('distinctive'), t('distinctiveIntro'),
    m.distinctive.size ? h('ol', { class: 'words' }, ctx.docs.slice(0, SOURCES_SHOWN).map((d) => {
      const words = (m.distinctive.get(d.id) || []).slice(0, 10);
      return h('li', null, h('h3', { class: 'row' }, ctx.tag(d.id, null, true), ctx.titleOf(d.id)),
        words.length ? h('ul', { class: 'keyphrases' }, words.map((w) => h('li', null, h('button', {
          type: 'button', class: 'chip find', 'data-nav': `w:${d.id}:${w.word}`, title: t('findHint', w.word),
          onclick: () => ctx.showMentions(w.word, [w.word], null),
        }, w.word))))
          : h('p', { class: 'empty', text: t('none') }));
    })) : missing(t('jumpWords')));

  const alikeCard = card('cmp-alike', t('alike'), t(heatByWords(ctx, c) ? 'alikeIntro' : 'alikeIntroFacts'), heatmap(ctx, c));

  const jumps = [['cmp-shared', 'jumpShared'], ['cmp-figures', 'jumpFigures'], ['cmp-unique', 'jumpAdds'], ['cmp-entities', 'jumpEntities'], ['cmp-quotes', 'jumpQuotes'], ['cmp-words', 'jumpWords'], ['cmp-alike', 'jumpAlike']];
  const nav = h('nav', { class: 'jumps', 'aria-label': t('cmpSections') },
    jumps.map(([id, label]) => h('button', { type: 'button', class: 'chip', onclick: (e) => {
      const target = e.target.getRootNode().getElementById(id);
      const section = target && target.closest('section');
      if (!section) return;
      const fold = section.querySelector('details.fold');
      if (fold) fold.open = true;
      section.scrollIntoView({ block: 'start', behavior: 'smooth' });
    } }, t(label))));
  return h('div', { class: 'stack' },
    h('p', { class: 'note', text: t('cmpIntro', n) }),
    nav,
    sharedCard, figuresCard,
    h('div', { class: 'grid cols' }, uniqueCard, h('div', { class: 'stack' }, entitiesCard, quotesCard)),
    wordsCard, alikeCard);
}

function claimButton(ctx, cl) {
  const label = claimText(cl) + (cl.claimed ? ` (${ctx.t('claimed')})` : '');
  return cl.ref ? ctx.jumpButton(cl.ref, 'value', label) : h('span', null, label);
}

/** Why a figure is a conflict, from the claims themselves (which source
 * says which value), in the reader's words; never the engine's prose,
 * which names documents by id. */
function conflictWhy(ctx, f) {
  const parts = f.claims.map((cl) => ctx.t('says', ctx.nameOf(cl.doc), claimText(cl)));
  const clash = clashOf(f.claims);
  return parts.join('; ') + '.' + (clash ? ` ${ctx.t('cannotBothHold', ctx.nameOf(clash[0]), ctx.nameOf(clash[1]))}` : '');
}

/** The first pair of sources whose values cannot both hold: their ranges
 * (each value as hedged: "nearly", "more than") do not overlap. */
export function clashOf(claims) {
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      if (a.doc !== b.doc && [a.low, a.high, b.low, b.high].every(Number.isFinite) && (a.high < b.low || b.high < a.low)) return [a.doc, b.doc];
    }
  }
  return null;
}

function figuresTable(ctx, figures) {
  const sorted = [...figures].sort((a, b) => Number(b.conflict) - Number(a.conflict));
  // One column per source while they fit; otherwise one cell listing them.
  const wide = ctx.docs.length <= TABLE_MAX_SOURCES && ctx.isWide();
  const head = h('tr', null, h('th', { scope: 'col', text: ctx.t('measured') }),
    wide ? ctx.docs.map((d) => h('th', { scope: 'col' }, ctx.tag(d.id))) : h('th', { scope: 'col', text: ctx.t('valuesBySource') }));
  const rows = sorted.map((f) => {
    const byDoc = new Map();
    for (const cl of f.claims) byDoc.set(cl.doc, (byDoc.get(cl.doc) || []).concat(cl));
    const values = new Set(f.claims.map((cl) => `${cl.value}`));
    const meta = [f.kind, f.unit, f.rate ? (/^per\b/.test(f.rate) ? f.rate : `per ${f.rate}`) : null].filter((x) => typeof x === 'string' && x).join(' · ');
    const label = h('th', { scope: 'row' },
      f.conflict ? h('span', { class: 'chip conflict', style: { marginInlineEnd: '6px' } }, `⚠ ${ctx.t('conflict')}`) : null,
      f.label,
      meta ? h('span', { class: 'kind' }, ` (${meta})`) : null);
    const explain = f.conflict
      ? h('tr', { class: 'explain' }, h('td', { colspan: String(wide ? ctx.docs.length + 1 : 2) },
        h('details', null, h('summary', null, ctx.t('whyConflict')), h('p', { class: 'why', text: conflictWhy(ctx, f) }))))
      : null;
    if (!wide) {
      return [h('tr', { class: f.conflict ? 'conflict' : null }, label,
        h('td', null, [...byDoc].map(([id, cls]) => h('span', { class: 'claim' }, ctx.tag(id), h('span', null, cls.map((cl, i) => [i ? '; ' : null, claimButton(ctx, cl)])))))), explain];
    }
    return [h('tr', { class: f.conflict ? 'conflict' : null }, label,
      ctx.docs.map((d) => {
        const cls = byDoc.get(d.id);
        if (!cls) return h('td', { class: 'absent' }, h('span', { 'aria-hidden': 'true' }, '—'), srOnly(ctx.t('notReported')));
        return h('td', { class: f.conflict && values.size > 1 ? 'differs' : null }, cls.map((cl, i) => [i ? h('br') : null, claimButton(ctx, cl)]));
      })), explain];
  });
  return h('div', { class: 'table-wrap' }, h('table', { class: 'figures', part: 'figures' },
    h('caption', null, ctx.t('figuresCaption')),
    h('thead', null, head), h('tbody', null, rows)));
}

function entitiesTable(ctx, entities) {
  const all = [...entities].sort((a, b) => b.perDoc.size - a.perDoc.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const sorted = ctx.flags.allEntities ? all : all.slice(0, ENTITIES_SHOWN);
  const wide = ctx.docs.length <= TABLE_MAX_SOURCES;
  return h('div', { class: 'table-wrap' }, h('table', { class: 'entities' },
    h('caption', null, wide ? ctx.t('entitiesCaption') : ctx.t('entitiesCaptionFew')),
    h('thead', null, h('tr', null, h('th', { scope: 'col', text: ctx.t('name') }),
      wide ? ctx.docs.map((d) => h('th', { scope: 'col' }, ctx.tag(d.id, null, true))) : h('th', { scope: 'col', text: ctx.t('namedIn') }))),
    h('tbody', null, sorted.map((e) => h('tr', null,
      h('th', { scope: 'row', class: 'row' },
        h('button', { type: 'button', class: 'link entity', 'data-nav': `e:${e.name}`, title: ctx.t('findHint', e.name), onclick: () => ctx.showMentions(e.name, e.terms, e.hits) }, e.name),
        e.kind ? h('span', { class: 'kind' }, ` · ${String(e.kind).toLowerCase()}`) : null),
      wide ? ctx.docs.map((d) => {
        const k = e.perDoc.get(d.id);
        return k ? h('td', { title: `${ctx.t('mentions', k)} · ${clip(ctx.nameOf(d.id), 60)}` }, `✓ ${k}`) : h('td', { class: 'absent' }, h('span', { 'aria-hidden': 'true' }, '·'), srOnly(ctx.t('notNamed')));
      }) : h('td', null, ctx.t('reportedBy', e.perDoc.size, ctx.docs.length)))))),
    all.length > ENTITIES_SHOWN ? h('button', { type: 'button', id: 'entities-toggle', style: { marginTop: '8px' }, 'aria-expanded': String(Boolean(ctx.flags.allEntities)), onclick: () => ctx.toggleFlag('allEntities') },
      ctx.flags.allEntities ? ctx.t('showFewer') : ctx.t('showAll', all.length)) : null);
}

/** Whether the heatmap shows shared wording (`similarity`) rather than
 * shared facts (`fact_similarity`, the default when the engine gives it). */
export function heatByWords(ctx, comparison) {
  return !(Array.isArray(comparison.fact_similarity) && comparison.fact_similarity.length) || Boolean(ctx.flags.heatWords);
}

/** The similarity matrix as a table: values written in every cell (as
 * percentages), colour as a second signal, each row's closest article
 * underlined. By default the share of facts each article's facts the other
 * reports (`fact_similarity`, one direction per cell: read across a row);
 * a control switches to shared wording (`similarity`, symmetric). */
export function heatmap(ctx, comparison) {
  const byWords = heatByWords(ctx, comparison);
  const matrix = arr(byWords ? comparison.similarity : comparison.fact_similarity);
  const ids = arr(comparison.documents).map((d) => d.id);
  const shown = Math.min(ids.length, HEATMAP_MAX, matrix.length);
  if (shown < 2) return h('p', { class: 'empty', text: ctx.t('alikeNeedTwo') });
  const pct = (v) => ctx.t('percent', Math.round(Math.max(0, Math.min(1, v)) * 100));
  const pairs = [];
  for (let i = 0; i < shown; i++) {
    // Shared wording is symmetric: each pair once. Shared facts are not.
    for (let j = byWords ? i + 1 : 0; j < shown; j++) {
      if (j !== i) pairs.push([Number(matrix[i]?.[j] ?? 0), i, j]);
    }
  }
  // Colour on the absolute scale (0 … 1): a set whose pairs all share
  // little wording looks pale, as it should.
  const shade = (v) => Math.max(0.04, Math.min(1, v));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const rows = [];
  for (let i = 0; i < shown; i++) {
    let best = -1;
    for (let j = 0; j < shown; j++) if (j !== i && (best < 0 || (matrix[i]?.[j] ?? 0) > (matrix[i]?.[best] ?? 0))) best = j;
    rows.push(h('tr', null,
      h('th', { scope: 'row', class: 'row' }, ctx.tag(ids[i])),
      ids.slice(0, shown).map((_, j) => {
        const v = Number(matrix[i]?.[j] ?? 0);
        if (i === j) return h('td', { class: 'self' }, h('span', { 'aria-hidden': 'true' }, '—'), srOnly(ctx.t('same')));
        return h('td', {
          class: j === best ? 'top' : null,
          style: { '--v': shade(v).toFixed(3) },
          title: `${ctx.t(byWords ? 'alikeCell' : 'alikeCellFacts', ctx.nameOf(ids[i]), ctx.nameOf(ids[j]), pct(v))}${j === best ? ` (${ctx.t('alikeClosest')})` : ''}`,
        }, pct(v), j === best ? srOnly(` (${ctx.t('alikeClosest')})`) : null);
      })));
  }
  const dups = arr(comparison.near_duplicates);
  const side = h('div', { class: 'pairs' },
    pairs.length ? h('p', { text: ctx.t(byWords ? 'alikeSummary' : 'alikeSummaryFacts', ctx.nameOf(ids[pairs[0][1]]), ctx.nameOf(ids[pairs[0][2]]), pct(pairs[0][0])) }) : null,
    h('h3', { text: ctx.t('nearDuplicates') }),
    dups.length ? h('ul', null, dups.slice(0, 5).map((d) => {
      const listed = pick(d, 'docs', 'documents', 'pair');
      const docs = (Array.isArray(listed) ? listed : [d.a, d.b]).map((x) => (typeof x === 'number' ? ids[x] : x)).filter((x) => typeof x === 'string');
      const score = pick(d, 'similarity', 'jaccard', 'score');
      return h('li', null, docs.map((id) => ctx.tag(id)), typeof score === 'number' ? h('span', null, ` ${fmt(score)}`) : null);
    })) : h('p', { class: 'note', text: ctx.t('nearDuplicatesNone') }));
  const metric = Array.isArray(comparison.fact_similarity) && comparison.fact_similarity.length
    ? h('fieldset', { class: 'metric' }, h('legend', { text: ctx.t('alikeBy') }),
      [['heat-facts', false, 'alikeByFacts'], ['heat-words', true, 'alikeByWords']].map(([id, words, label]) => {
        const input = h('input', { type: 'radio', name: 'heat-metric', id, value: words ? 'similarity' : 'fact_similarity', checked: words === byWords });
        input.addEventListener('change', () => { if (input.checked && words !== byWords) ctx.toggleFlag('heatWords'); });
        return h('label', { class: 'check', for: id }, input, ctx.t(label));
      }))
    : null;
  return h('div', null,
    metric,
    h('div', { class: 'heat-layout' },
      h('div', { class: 'table-wrap' },
        h('table', { class: 'heatmap', part: 'heatmap', 'data-metric': byWords ? 'similarity' : 'fact_similarity' },
          h('caption', null, ctx.t(byWords ? 'alikeCaption' : 'alikeCaptionFacts')),
          h('thead', null, h('tr', null, h('td', { class: 'corner' }), ids.slice(0, shown).map((id) => h('th', { scope: 'col' }, ctx.tag(id, null, true))))),
          h('tbody', null, rows))),
      side),
    ids.length > shown ? h('p', { class: 'note' }, `${shown} / ${ids.length}`) : null);
}
