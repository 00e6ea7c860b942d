// Story view: the gist (the multi-document summary, each sentence marked
// with its own source and the sources that corroborate it), then where the
// sources disagree, then what each adds; the set's keyphrases and the list
// of articles. What it draws comes from one mapping of the engine's
// results, `storyModel`.

import { h, arr, fmt, clip, srOnly, pick } from '../dom.js';
import { compareModel, clashOf, figureClaim } from './compare.js';

/** Disagreements shown in the Story view before "all figures" in Compare. */
const DISAGREEMENTS_SHOWN = 4;

/** The engine's results reduced to what the Story view draws: the summary,
 * the disagreements (each value with its source and sentence) and each
 * source's most important unique fact. The only place that reads the
 * comparison for this view: when the engine's claim layer returns
 * consensus and disputes, they map in here. */
export function storyModel(ctx) {
  const story = ctx.results.story;
  const c = ctx.results.compare;
  const m = c ? compareModel(c, ctx) : null;
  const disagreements = !m ? null : Array.isArray(c.clusters) ? clusterDisagreements(c) : m.figures.filter((f) => f.conflict).map((f) => ({
    label: f.label,
    values: f.claims.map((cl) => ({ doc: cl.doc, text: claimText(cl), ref: cl.ref, low: cl.low, high: cl.high })),
    clash: clashOf(f.claims),
  }));
  const adds = m ? ctx.docs.map((d) => ({ doc: d.id, fact: (m.unique.get(d.id) || [])[0] || null })) : null;
  return { story, disagreements, adds };
}

/** The engine's fact clusters whose figures disagree or are disputed, as
 * the Story view shows them: each value with the sources that give it
 * ("2 sources: about $1 trillion · 1 source: $1.5 trillion"), each figure
 * one click from its sentence, the outlier and who claims a contested
 * value. */
function clusterDisagreements(c) {
  const flat = arr(c.figures);
  return arr(c.clusters).filter((k) => k && k.consensus && (k.disagreement || arr(k.disputes).length)).map((k) => {
    const groups = arr(k.consensus.values).map((v) => ({
      docs: arr(v.docs).filter((d) => typeof d === 'string'),
      claimed: v.claimed === true,
      figures: arr(v.claims).map((i) => flat[i]).filter(Boolean).map(figureClaim)
        .map((cl) => ({ doc: cl.doc, text: claimText(cl), ref: cl.ref, low: cl.low, high: cl.high })),
    })).filter((g) => g.figures.length);
    return {
      label: String(k.consensus.measured || 'figure'),
      groups,
      values: groups.flatMap((g) => g.figures),
      outliers: arr(k.consensus.outliers).filter((d) => typeof d === 'string'),
      disputes: arr(k.disputes).map((d) => ({
        claimant: typeof d.claimant === 'string' ? d.claimant : null,
        cues: arr(d.cues).filter((w) => typeof w === 'string'),
        contestedBy: arr(d.contested_by).filter((x) => typeof x === 'string'),
      })),
    };
  }).filter((d) => d.values.length >= 2);
}

/** A figure as the reader should see it: as written, with the hedge that
 * stands right before it in the sentence ("nearly USD 1 trillion"), and
 * whether it is only claimed. */
export function claimText(cl) {
  let text = cl.written || (cl.value !== undefined ? String(cl.value) : '?');
  const ref = cl.ref;
  if (ref && typeof ref.text === 'string') {
    // Offsets are UTF-8 bytes; the few characters before the figure are
    // found by searching the sentence for the figure as written.
    const at = ref.text.indexOf(text);
    if (at > 0) {
      const before = ref.text.slice(Math.max(0, at - 24), at);
      const m = /([\p{L}]+(?: than| to)?)\s+$/u.exec(before);
      if (m && arr(cl.hedges).some((w) => typeof w === 'string' && m[1].toLowerCase().startsWith(w.toLowerCase()))) text = `${m[1]} ${text}`;
    }
  }
  return text;
}

export function renderStory(ctx) {
  const { story, disagreements, adds } = storyModel(ctx);
  const n = ctx.docs.length;
  const t = (k, ...a) => ctx.t(k, ...a);
  const gistCard = h('section', { class: 'card gist', 'aria-labelledby': 'story-summary-h' },
    h('div', { class: 'card-head' },
      h('h2', { id: 'story-summary-h' }, n === 1 ? t('gistOne') : t('gist', n)),
      ctx.lengthControl('story')),
    story ? summaryList(ctx, story, true) : h('p', { class: 'loading', text: t('summarizing') }),
    story ? queryNote(ctx, story) : null);

  const disagreeCard = ctx.section('story-disagree-h', t('disagree'), disagreementList(ctx, disagreements));

  const addsCard = ctx.section('story-adds-h', t('adds'),
    !adds ? h('p', { class: 'loading', text: t('comparing') })
      : n < 2 ? h('p', { class: 'empty', text: t('disagreeOne') })
        : [h('p', { class: 'note intro', text: t('addsIntro') }),
          h('ol', { class: 'adds-list' }, adds.slice(0, 30).map((a) => h('li', null,
            ctx.tag(a.doc, 'own'),
            a.fact ? ctx.jumpButton(a.fact, 'sentence') : h('span', { class: 'empty', text: t('addsNothing') }))))]);

  const keyCard = ctx.section('story-keys-h', t('keyphrases'),
    story ? keyphrases(ctx, arr(story.keyphrases)) : h('p', { class: 'loading', text: '…' }));

  const sourcesCard = ctx.section('story-sources-h', t('articles', n), articleList(ctx));

  return h('div', { class: 'stack' },
    h('div', { class: 'grid two' },
      h('div', { class: 'stack' }, gistCard, disagreeCard),
      h('div', { class: 'stack' }, addsCard, keyCard, sourcesCard)));
}

/** The disagreements: each figure, each source's value one click from its
 * sentence, and which two cannot both be right. */
function disagreementList(ctx, list) {
  if (!list) return h('p', { class: 'loading', text: ctx.t('comparing') });
  if (ctx.docs.length < 2) return h('p', { class: 'empty', text: ctx.t('disagreeOne') });
  if (!list.length) return h('p', { class: 'empty', text: ctx.t('disagreeNone') });
  return [h('p', { class: 'note intro', text: ctx.t('disagreeIntro') }),
    h('ol', { class: 'disputes' }, list.slice(0, DISAGREEMENTS_SHOWN).map((d) => h('li', null,
      h('h3', null, h('span', { class: 'chip conflict', 'aria-hidden': 'true' }, '⚠'), d.label),
      d.groups
        // One line per value, with how many sources give it.
        ? h('ul', { class: 'values' }, d.groups.map((g) => h('li', null,
          h('span', { class: 'support', text: ctx.t('valueSources', g.docs.length) }),
          g.figures.map((v) => [ctx.tag(v.doc),
            v.ref ? ctx.jumpButton(v.ref, 'value', v.text) : h('span', { class: 'value', text: v.text })]),
          g.claimed ? h('span', { class: 'note', text: ` (${ctx.t('claimedOnly')})` }) : null,
          g.docs.some((x) => d.outliers.includes(x)) ? h('span', { class: 'note', text: ` — ${ctx.t('outlier')}` }) : null)))
        : h('ul', { class: 'values' }, d.values.map((v) => h('li', null,
          ctx.tag(v.doc),
          v.ref ? ctx.jumpButton(v.ref, 'value', v.text) : h('span', { class: 'value', text: v.text })))),
      d.clash ? h('p', { class: 'note', text: ctx.t('cannotBothHold', ctx.nameOf(d.clash[0]), ctx.nameOf(d.clash[1])) }) : null,
      arr(d.disputes).map((x) => h('p', { class: 'note', text: ctx.t('disputedBy', x.claimant, x.cues, x.contestedBy.map((id) => ctx.nameOf(id))) }))))),
    list.length > DISAGREEMENTS_SHOWN ? h('button', { type: 'button', class: 'link more', onclick: () => ctx._activate('compare', true) },
      `${ctx.t('viewCompare')} →`) : null];
}

/** Says what the query did: which words took effect, or that none did. */
export function queryNote(ctx, summary) {
  if (!ctx.state.query) return null;
  const terms = arr(summary.query_terms);
  return h('p', { class: 'note', style: { marginTop: '10px' } }, terms.length
    ? [ctx.t('focused'), terms.map((t, i) => [i ? ', ' : null, h('mark', { class: 'q', text: t })]), '.']
    : ctx.t('notFocused', ctx.state.query));
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
  if (!sentences.length) return h('p', { class: 'empty', text: ctx.t('noSentence') });
  // One article's summary in compact mode: no source tags (each would name
  // the article the card is about; corroborating tags are hidden there).
  const tagged = withSources || !ctx.isCompact();
  return h('ol', { class: 'summary', part: 'summary' },
    sentences.map((s) => {
      const others = arr(s.corroborated_by).filter((id) => id !== s.doc);
      return h('li', { part: 'sentence' },
        ctx.jumpButton(s, 'sentence', withTerms(s.text, arr(summary.query_terms))),
        tagged || others.length ? h('span', { class: 'meta' },
          withSources || others.length ? ctx.corroboration([s.doc, ...others]) : null,
          tagged ? ctx.tags([s.doc, ...others], 8, true) : null) : null);
    }));
}

/** Keyphrases as buttons: each shows where the phrase appears. */
export function keyphrases(ctx, list) {
  if (!list.length) return h('p', { class: 'empty', text: ctx.t('keyphrasesNone') });
  return h('ul', { class: 'keyphrases', 'aria-label': ctx.t('keyphrases') },
    list.map((k) => {
      const docs = arr(k.documents);
      const phrase = String(pick(k, 'phrase', 'text') ?? '');
      return h('li', null, h('button', {
        type: 'button', class: 'chip find', 'data-nav': `k:${phrase}`,
        title: ctx.t('findHint', phrase) + (docs.length ? ` · ${ctx.t('inArticles', docs.length, ctx.docs.length)}` : ''),
        onclick: () => ctx.showMentions(phrase, [phrase]),
      }, phrase, docs.length > 1 ? h('small', null, h('span', { 'aria-hidden': 'true' }, `×${docs.length}`), srOnly(`, ${ctx.t('inArticles', docs.length, ctx.docs.length)}`)) : null));
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
      ctx.tag(d.id, null, true),
      h('span', null,
        h('button', { type: 'button', class: 'link title', 'data-nav': `a:${d.id}`, onclick: () => ctx.openArticle(d.id) }, ctx.titleOf(d.id)),
        h('span', { class: 'note' }, [d.source && d.title ? d.source : null, d.author, d.date ? d.date.slice(0, 10) : null,
          words.has(d.id) ? ctx.t('words', fmt(words.get(d.id))) : ctx.t('characters', fmt(d.text.length))].filter(Boolean).join(' · ')))))),
    all ? null : h('button', { type: 'button', id: 'articles-toggle', style: { marginTop: '10px' }, onclick: () => ctx.toggleFlag('allArticles') }, ctx.t('showAll', ctx.docs.length)));
}
