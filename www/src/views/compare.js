// Compare view: shared facts with corroboration counts, the figures table
// with conflicts, unique facts per source, entities × sources, quotes by
// speaker and distinctive words per source. Every sentence links to its
// place in the article.

import { h, arr, pick, fmt, srOnly, clip } from '../dom.js';

/** Up to this many sources get a column of their own in tables; beyond it
 * rows list the sources instead. */
export const TABLE_MAX_SOURCES = 8;
/** Entities listed before "Show all". */
const ENTITIES_SHOWN = 15;
/** Sources listed in the per-source sections of large sets. */
const SOURCES_SHOWN = 30;

/** A sentence reference from any of the shapes a result item can take. */
export function asRef(x) {
  if (!x || typeof x !== 'object') return null;
  if (Number.isInteger(x.start_utf16) && typeof x.doc === 'string') return x;
  return asRef(pick(x, 'sentence', 'representative', 'source'));
}

function idsOf(value) {
  return arr(value).map((v) => (typeof v === 'string' ? v : pick(v, 'id', 'doc'))).filter((v) => typeof v === 'string');
}

const cache = new WeakMap();

/** The comparison reduced to what the views draw, whatever the exact field
 * names of the engine version. */
export function compareModel(c, ctx) {
  if (cache.has(c)) return cache.get(c);
  const order = new Map(ctx.docs.map((d, i) => [d.id, i]));
  const byOrder = (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0);

  const shared = arr(pick(c, 'shared', 'shared_facts', 'agreements')).map((g) => {
    const sentences = arr(pick(g, 'sentences', 'members')).map(asRef).filter(Boolean);
    let support = idsOf(pick(g, 'documents', 'support', 'sources', 'docs'));
    if (!support.length) support = [...new Set(sentences.map((s) => s.doc))];
    support.sort(byOrder);
    const rep = pick(g, 'representative');
    const representative = (typeof rep === 'number' ? sentences[rep] : asRef(rep)) || sentences[0] || null;
    return { support, sentences, representative };
  }).filter((g) => g.representative && g.support.length > 1);

  const unique = new Map();
  const uniqueRaw = pick(c, 'unique', 'unique_facts');
  const addUnique = (id, list) => {
    const refs = arr(list).map(asRef).filter(Boolean);
    if (id) unique.set(id, (unique.get(id) || []).concat(refs));
  };
  if (Array.isArray(uniqueRaw)) {
    for (const u of uniqueRaw) {
      if (asRef(u) && !pick(u, 'facts', 'sentences')) addUnique(asRef(u).doc, [u]);
      else addUnique(pick(u, 'id', 'doc', 'document'), pick(u, 'facts', 'sentences', 'items'));
    }
  } else if (uniqueRaw && typeof uniqueRaw === 'object') {
    for (const [id, list] of Object.entries(uniqueRaw)) addUnique(id, list);
  }

  const conflictsRaw = arr(pick(c, 'conflicts'));
  // Either groups whose claims index a flat list of figures, or groups that
  // hold their claims.
  const flat = arr(c.figures);
  const groups = Array.isArray(c.figure_groups) ? c.figure_groups : flat.filter((g) => Array.isArray(pick(g, 'claims', 'values')));
  const figures = groups.map((g, index) => {
    const claims = arr(pick(g, 'claims', 'values')).map((cl) => (typeof cl === 'number' ? flat[cl] : cl)).filter(Boolean).map((cl) => ({
      doc: pick(cl, 'doc') ?? asRef(cl)?.doc,
      written: String(pick(cl, 'as_written', 'surface', 'raw', 'written', 'value_text', 'text') ?? ''),
      value: pick(cl, 'value', 'normalized', 'normalised'),
      unit: pick(cl, 'unit'),
      // Hedge words as written ("nearly", "about"); not the engine's class names.
      hedge: arr(cl.hedges).filter((w) => typeof w === 'string' && w && w !== 'exact').join(' ') || (typeof cl.hedge === 'string' && !/^(exact|approximate|lower|upper|at_least|at_most|range)$/i.test(cl.hedge) ? cl.hedge : ''),
      claimed: cl.claimed === true,
      ref: asRef(cl),
    })).filter((cl) => typeof cl.doc === 'string');
    const listed = conflictsRaw.find((x) => pick(x, 'group', 'figure', 'index') === index);
    const conflict = Boolean(pick(g, 'conflict', 'conflicting', 'is_conflict')) || Boolean(listed);
    const explanation = pick(g, 'explanation', 'reason', 'why') ?? (listed ? pick(listed, 'explanation', 'reason', 'why') : undefined);
    return {
      label: String(pick(g, 'measured', 'measure', 'label', 'subject', 'what', 'quantity', 'phrase') ?? 'figure'),
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
    const counts = pick(e, 'counts', 'mentions', 'mentions_per_document');
    if (Array.isArray(counts) && counts.every((x) => typeof x === 'number')) {
      ctx.docs.forEach((d, i) => { if (counts[i] > 0) perDoc.set(d.id, counts[i]); });
    } else {
      for (const x of arr(pick(e, 'documents', 'docs'))) {
        const id = typeof x === 'string' ? x : pick(x, 'id', 'doc');
        const n = typeof x === 'object' ? Number(pick(x, 'count', 'mentions') ?? 1) : 1;
        if (typeof id === 'string') perDoc.set(id, (perDoc.get(id) || 0) + n);
      }
    }
    return { name: String(pick(e, 'name', 'text', 'canonical') ?? ''), kind: pick(e, 'kind', 'type', 'label'), perDoc };
  }).filter((e) => e.name && e.perDoc.size);

  const quotes = [];
  const quotesRaw = arr(pick(c, 'quotes'));
  for (const q of quotesRaw) {
    if (Array.isArray(q.quotes)) for (const inner of q.quotes) quotes.push(quote(inner, q.id));
    else quotes.push(quote(q));
  }

  const distinctive = new Map();
  const distinctiveRaw = pick(c, 'distinctive', 'distinctive_words', 'vocabulary');
  const addWords = (id, list) => {
    if (typeof id !== 'string') return;
    distinctive.set(id, arr(list).map((w) => (typeof w === 'string' ? { word: w } : {
      word: String(pick(w, 'word', 'term', 'text', 'stem') ?? ''),
      z: pick(w, 'z', 'z_score', 'zscore', 'score'),
    })).filter((w) => w.word));
  };
  if (Array.isArray(distinctiveRaw)) for (const d of distinctiveRaw) addWords(pick(d, 'id', 'doc', 'document'), pick(d, 'words', 'terms'));
  else if (distinctiveRaw && typeof distinctiveRaw === 'object') for (const [id, list] of Object.entries(distinctiveRaw)) addWords(id, list);

  const model = { shared, unique, figures, entities, quotes: quotes.filter((q) => q.text), distinctive };
  cache.set(c, model);
  return model;
}

function quote(q, doc) {
  const ref = asRef(q);
  return {
    speaker: String(pick(q, 'speaker', 'who', 'attribution') ?? '') || 'Unattributed',
    text: String(pick(q, 'quote', 'text', 'content') ?? ''),
    doc: pick(q, 'doc') ?? doc ?? ref?.doc,
    ref,
  };
}

export function renderCompare(ctx) {
  const c = ctx.results.compare;
  if (!c) return h('p', { class: 'loading', text: 'Comparing…' });
  const m = compareModel(c, ctx);
  const n = ctx.docs.length;
  const card = (id, title, intro, body) => h('section', { class: 'card', 'aria-labelledby': id },
    h('div', { class: 'card-head' }, h('h2', { id, text: title })), intro ? h('p', { class: 'note', style: { marginBottom: '10px' } }, intro) : null, body);
  const missing = (what) => h('p', { class: 'empty', text: `${what}: none found.` });

  const sharedCard = card('cmp-shared', `Shared facts (${m.shared.length})`, 'Facts reported by more than one article, most corroborated first.',
    m.shared.length ? h('ol', { class: 'facts' }, m.shared.map((g) => h('li', null,
      sentenceButton(ctx, g.representative, 'sentence'),
      h('span', { class: 'meta' }, ctx.corroboration(g.support), ctx.tags(g.support)),
      g.sentences.length > 1 ? h('details', null,
        h('summary', null, `How each source puts it (${g.sentences.length})`),
        h('ol', null, g.sentences.map((s) => h('li', null, ctx.tag(s.doc), sentenceButton(ctx, s))))) : null))) : missing('Shared facts'));

  const figuresCard = card('cmp-figures', `Figures (${m.figures.length})`,
    m.figures.some((f) => f.conflict) ? `${m.figures.filter((f) => f.conflict).length} conflicting: the sources give values that disagree beyond their hedges.` : 'Each figure as every source writes it.',
    m.figures.length ? figuresTable(ctx, m.figures) : missing('Figures'));

  const uniqueCard = card('cmp-unique', 'What each source adds', 'Facts that only one article reports, most important first.',
    h('ol', { class: 'per-source' }, ctx.docs.slice(0, SOURCES_SHOWN).map((d) => {
      const list = m.unique.get(d.id) || [];
      return h('li', null,
        h('h3', null, ctx.tag(d.id), ctx.titleOf(d.id)),
        list.length ? h('ol', null, list.slice(0, 3).map((s) => h('li', null, sentenceButton(ctx, s)))) : h('p', { class: 'empty', text: 'Nothing that the others do not also report.' }),
        list.length > 3 ? h('details', null, h('summary', null, `${list.length - 3} more`), h('ol', null, list.slice(3).map((s) => h('li', null, sentenceButton(ctx, s))))) : null);
    })));

  const entitiesCard = card('cmp-entities', `People and organisations (${m.entities.length})`, 'Who and what each article names.',
    m.entities.length ? entitiesTable(ctx, m.entities) : missing('Named entities'));

  const speakers = new Map();
  for (const q of m.quotes) speakers.set(q.speaker, (speakers.get(q.speaker) || []).concat(q));
  const quotesCard = card('cmp-quotes', `Quotes (${m.quotes.length})`, 'Direct quotations, grouped by who said them.',
    m.quotes.length ? h('ol', { class: 'quotes' }, [...speakers].map(([speaker, qs]) => h('li', null,
      h('h3', { text: speaker }),
      qs.map((q) => h('blockquote', null,
        q.ref ? h('button', { class: 'link', onclick: () => ctx.jump(q.ref.doc, q.ref.start_utf16, q.ref.end_utf16) }, `“${q.text}”`) : `“${q.text}”`,
        ' ', typeof q.doc === 'string' ? ctx.tag(q.doc) : null))))) : missing('Quotes'));

  const wordsCard = card('cmp-words', 'Distinctive words', 'Words each article uses far more than the others (weighted log-odds, z-score).',
    m.distinctive.size ? h('ol', { class: 'words' }, ctx.docs.slice(0, SOURCES_SHOWN).map((d) => {
      const words = (m.distinctive.get(d.id) || []).slice(0, 10);
      return h('li', null, h('h3', { class: 'row' }, ctx.tag(d.id), ctx.titleOf(d.id)),
        words.length ? h('ul', { class: 'keyphrases' }, words.map((w) => h('li', { class: 'chip' }, w.word, typeof w.z === 'number' ? h('small', { 'aria-label': `z-score ${fmt(w.z, 1)}` }, `z ${fmt(w.z, 1)}`) : null)))
          : h('p', { class: 'empty', text: 'None.' }));
    })) : missing('Distinctive words'));

  const jumps = [['cmp-shared', 'Shared facts'], ['cmp-figures', 'Figures'], ['cmp-unique', 'What each adds'], ['cmp-entities', 'People & organisations'], ['cmp-quotes', 'Quotes'], ['cmp-words', 'Distinctive words']];
  const nav = h('nav', { class: 'jumps', 'aria-label': 'Sections of the comparison' },
    jumps.map(([id, label]) => h('button', { type: 'button', class: 'chip', onclick: (e) => {
      const target = e.target.getRootNode().getElementById(id);
      if (target) target.closest('section').scrollIntoView({ block: 'start', behavior: 'smooth' });
    } }, label)));
  return h('div', { class: 'stack' },
    h('p', { class: 'note' }, `${n} articles compared. Select any sentence or value to see it in its article.`),
    nav,
    sharedCard, figuresCard,
    h('div', { class: 'grid cols' }, uniqueCard, h('div', { class: 'stack' }, entitiesCard, quotesCard)),
    wordsCard);
}

function sentenceButton(ctx, ref, cls) {
  if (!ref) return null;
  return h('button', {
    class: `link ${cls || ''}`.trim(),
    title: `Show in “${ctx.titleOf(ref.doc)}”`,
    onclick: () => ctx.jump(ref.doc, ref.start_utf16, ref.end_utf16),
  }, ref.text);
}

function claimButton(ctx, cl) {
  const hedge = typeof cl.hedge === 'string' && cl.hedge && !cl.written.toLowerCase().includes(cl.hedge.toLowerCase()) ? `${cl.hedge} ` : '';
  const label = hedge + (cl.written || (cl.value !== undefined ? String(cl.value) : '?')) + (cl.claimed ? ' (claimed)' : '');
  return cl.ref
    ? h('button', { class: 'link', title: `${cl.ref.text}`, onclick: () => ctx.jump(cl.ref.doc, cl.ref.start_utf16, cl.ref.end_utf16) }, label)
    : h('span', null, label);
}

function figuresTable(ctx, figures) {
  const sorted = [...figures].sort((a, b) => Number(b.conflict) - Number(a.conflict));
  // One column per source while they fit; otherwise one cell listing them.
  const wide = ctx.docs.length <= TABLE_MAX_SOURCES && ctx.isWide();
  const head = h('tr', null, h('th', { scope: 'col', text: 'What is measured' }),
    wide ? ctx.docs.map((d) => h('th', { scope: 'col', title: ctx.titleOf(d.id) }, ctx.tag(d.id))) : h('th', { scope: 'col', text: 'Values by source' }));
  const rows = sorted.map((f) => {
    const byDoc = new Map();
    for (const cl of f.claims) byDoc.set(cl.doc, (byDoc.get(cl.doc) || []).concat(cl));
    const values = new Set(f.claims.map((cl) => `${cl.value}`));
    const meta = [f.kind, f.unit, f.rate ? (/^per\b/.test(f.rate) ? f.rate : `per ${f.rate}`) : null].filter((x) => typeof x === 'string' && x).join(' · ');
    const label = h('th', { scope: 'row' },
      f.conflict ? h('span', { class: 'chip conflict', style: { marginInlineEnd: '6px' } }, '⚠ Conflict') : null,
      f.label,
      meta ? h('span', { class: 'kind' }, ` (${meta})`) : null);
    const explain = f.conflict && f.explanation
      ? h('tr', { class: 'explain' }, h('td', { colspan: String(wide ? ctx.docs.length + 1 : 2) },
        h('details', null, h('summary', null, 'Why this is a conflict'), h('p', { class: 'why', text: f.explanation }))))
      : null;
    if (!wide) {
      return [h('tr', { class: f.conflict ? 'conflict' : null }, label,
        h('td', null, [...byDoc].map(([id, cls]) => h('span', { class: 'claim' }, ctx.tag(id), h('span', null, cls.map((cl, i) => [i ? '; ' : null, claimButton(ctx, cl)])))))), explain];
    }
    return [h('tr', { class: f.conflict ? 'conflict' : null }, label,
      ctx.docs.map((d) => {
        const cls = byDoc.get(d.id);
        if (!cls) return h('td', { class: 'absent' }, '—', srOnly('not reported'));
        return h('td', { class: f.conflict && values.size > 1 ? 'differs' : null }, cls.map((cl, i) => [i ? h('br') : null, claimButton(ctx, cl)]));
      })), explain];
  });
  return h('div', { class: 'table-wrap' }, h('table', { class: 'figures', part: 'figures' },
    h('caption', null, 'Values as each source writes them; ⚠ marks a conflict. Select a value to see its sentence.'),
    h('thead', null, head), h('tbody', null, rows)));
}

function entitiesTable(ctx, entities) {
  const all = [...entities].sort((a, b) => b.perDoc.size - a.perDoc.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const sorted = ctx.flags.allEntities ? all : all.slice(0, ENTITIES_SHOWN);
  const wide = ctx.docs.length <= TABLE_MAX_SOURCES;
  return h('div', { class: 'table-wrap' }, h('table', { class: 'entities' },
    h('caption', null, wide ? 'Mentions per article (✓ and count).' : 'Articles that name each one.'),
    h('thead', null, h('tr', null, h('th', { scope: 'col', text: 'Name' }),
      wide ? ctx.docs.map((d) => h('th', { scope: 'col', title: ctx.titleOf(d.id) }, ctx.tag(d.id))) : h('th', { scope: 'col', text: 'Named in' }))),
    h('tbody', null, sorted.map((e) => h('tr', null,
      h('th', { scope: 'row', class: 'row' }, e.name, e.kind ? h('span', { class: 'kind' }, ` · ${String(e.kind).toLowerCase()}`) : null),
      wide ? ctx.docs.map((d) => {
        const k = e.perDoc.get(d.id);
        return k ? h('td', { title: `${k} mention${k === 1 ? '' : 's'} in ${clip(ctx.titleOf(d.id), 60)}` }, `✓ ${k}`) : h('td', { class: 'absent' }, '·', srOnly('not named'));
      }) : h('td', null, `${e.perDoc.size} of ${ctx.docs.length}`))))),
    all.length > ENTITIES_SHOWN ? h('button', { type: 'button', id: 'entities-toggle', style: { marginTop: '8px' }, 'aria-expanded': String(Boolean(ctx.flags.allEntities)), onclick: () => ctx.toggleFlag('allEntities') },
      ctx.flags.allEntities ? 'Show fewer' : `Show all ${all.length}`) : null);
}
