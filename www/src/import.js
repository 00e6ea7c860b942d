// Turning what a reader brings (pasted text, .txt / .md / .html files) into
// `{title, text}` articles. HTML is parsed with DOMParser into an inert
// document: scripts never run, images never load, and only text comes out.

/* global Readability, SCRIPT_URL */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const DROP_TAGS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, form, button, select, textarea, input, audio, video, picture, img';
/** Page furniture that sits inside the article's container on news sites
 * and that Readability keeps: share bars, newsletter and donation boxes,
 * "read more" links, ads, video players, tags, bylines. Matched as whole
 * words (or -/_ parts) of an element's class or id. */
const FURNITURE = /(^|[\s_-])(share|sharing|sharebar|social|newsletters?|signup|subscribe|subscription|promo|advert|advertisement|ad|ads|adbox|ad-slot|sponsored|related|read-more|readmore|a-lire-aussi|more-stories|morestories|most-read|most-viewed|popular|trending|taboola|outbrain|donate|epic|contributions|paywall|cookie|consent|comments?|video-player|follow|tags|tags-links|topics|related-topics|mots-cles|breadcrumb|fil-ariane|kicker|flag|byline|author-info|author-bio|signature|dateline|tools|partage|myft|submeta|corrections)([\s_-]|$)/i;
/** Furniture is only removed when it holds less than this share of the
 * page's text, so a mislabelled container never takes the article along. */
const FURNITURE_MAX_SHARE = 0.15;

/** Removes menus, forms and labelled page furniture from `doc` (in place)
 * before Readability reads it. */
function dropFurniture(doc) {
  const body = doc.body;
  if (!body) return;
  const total = body.textContent.length || 1;
  for (const el of body.querySelectorAll('nav, [role="navigation"], form, button, select, textarea')) el.remove();
  for (const el of [...body.querySelectorAll('[class], [id]')]) {
    if (!el.isConnected || /^(HTML|BODY|MAIN|ARTICLE)$/.test(el.tagName)) continue;
    const label = `${el.getAttribute('class') || ''} ${el.id || ''}`;
    if (FURNITURE.test(label) && el.textContent.length < total * FURNITURE_MAX_SHARE) el.remove();
  }
}

/** Readability's result is taken when it keeps at least this many
 * characters (not words: Chinese and Japanese text has no spaces); below
 * that (a page it cannot read) the plain reducer runs instead. */
const READABLE_MIN_CHARS = 200;

/**
 * An article from an HTML page: its readable text (one paragraph a line),
 * title, and what the page's metadata says of it (`source` = site name,
 * `author`, `date` as ISO 8601, `url`); absent metadata is left out.
 * Uses Firefox Reader View's `@mozilla/readability` on an inert DOMParser
 * document (scripts never run, nothing loads), and the plain reducer when
 * Readability finds no article (or with `{readability: false}`, to compare).
 *
 *   (await htmlToArticle('<title>A</title><p>Markets fell.</p>')).text  // 'Markets fell.'
 */
export async function htmlToArticle(html, { readability = true } = {}) {
  const reader = readability ? await loadReadability() : null;
  const parse = () => new DOMParser().parseFromString(String(html), 'text/html');
  const doc = parse();
  const meta = pageMetadata(doc);
  let article = null;
  if (reader) {
    try {
      dropFurniture(doc);
      const read = new reader(doc, { serializer: (el) => el }).parse();
      if (read && read.content) {
        const text = nodeText(read.content);
        if (text.length >= READABLE_MIN_CHARS) {
          article = { title: meta.title || clean(read.title), text };
          if (!meta.author && read.byline) meta.author = clean(read.byline);
          if (!meta.source && read.siteName) meta.source = clean(read.siteName);
          if (!meta.date && read.publishedTime) meta.date = isoDate(read.publishedTime);
        }
      }
    } catch {
      article = null;
    }
  }
  if (!article) article = reduceHtml(parse());
  const out = { title: article.title || meta.title || '', text: article.text };
  for (const key of ['source', 'author', 'date', 'url']) if (meta[key]) out[key] = meta[key];
  return out;
}

let readabilityLoad = null;

/** The name of the file beside the embed script that holds Readability. */
export const READABILITY_FILE = 'parallax-readability.js';

/**
 * Firefox Reader View's Readability class, or null. The single file and the
 * ES module carry it inline; the embed script `parallax.js` leaves it out
 * (11 KB gzipped a page pays only when a reader drops a web page) and loads
 * `parallax-readability.js` from beside itself on first use. Where that
 * file cannot be had (a copied-alone script, a policy that forbids it), the
 * plain reducer reads the page instead.
 */
export function loadReadability() {
  if (typeof Readability === 'function') return Promise.resolve(Readability);
  // Already on the page (loaded by an earlier call, or by the page itself).
  if (typeof self !== 'undefined' && typeof self.ParallaxReadability === 'function') return Promise.resolve(self.ParallaxReadability);
  if (!readabilityLoad) {
    readabilityLoad = new Promise((resolve) => {
      if (typeof document === 'undefined' || typeof SCRIPT_URL !== 'string') {
        resolve(null);
        return;
      }
      const el = document.createElement('script');
      el.src = new URL(READABILITY_FILE, SCRIPT_URL).href;
      el.async = true;
      el.onload = () => resolve(typeof self.ParallaxReadability === 'function' ? self.ParallaxReadability : null);
      el.onerror = () => resolve(null);
      (document.head || document.documentElement).append(el);
    });
  }
  return readabilityLoad;
}

/** The plain reducer: the text of the page's <article> (or <main>, or body)
 * without menus, forms and footers. */
function reduceHtml(doc) {
  for (const el of doc.querySelectorAll(DROP_TAGS)) el.remove();
  const root = doc.querySelector('article') || doc.querySelector('main') || doc.body || doc.documentElement;
  for (const el of root.querySelectorAll('header nav, footer, aside, [role="navigation"], [aria-hidden="true"]')) el.remove();
  const heading = doc.querySelector('h1');
  return { title: clean((heading && heading.textContent) || (doc.title || '')), text: nodeText(root) };
}

/** The text of a DOM node, one paragraph a line (blocks on lines of their own). */
export function nodeText(node) {
  return tidy(blockText(node)).replace(/\n{2,}/g, '\n');
}

/** Text of a node, a line break around every block element. */
function blockText(root) {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.tagName)) return;
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) parts.push('\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts.join('');
}

/** What the page says about itself in <meta>, <link rel=canonical>, JSON-LD
 * and <time>: title, source (site name), author, date, url. */
function pageMetadata(doc) {
  const metaContent = (...names) => {
    for (const name of names) {
      const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const v = el && clean(el.getAttribute('content'));
      if (v) return v;
    }
    return '';
  };
  const ld = jsonLd(doc);
  const author = metaContent('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl') || ld.author;
  const time = doc.querySelector('time[datetime]');
  const date = isoDate(metaContent('article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'parsely-pub-date', 'sailthru.date')
    || ld.date || (time && time.getAttribute('datetime')) || '');
  const canonical = doc.querySelector('link[rel~="canonical"][href]');
  const h1s = doc.querySelectorAll('h1');
  const url = webUrl((canonical && canonical.getAttribute('href')) || metaContent('og:url') || ld.url);
  return {
    // Not <title>: it usually carries the site's name and section too.
    title: metaContent('og:title', 'twitter:title') || ld.title || (h1s.length === 1 ? clean(h1s[0].textContent) : ''),
    source: metaContent('og:site_name', 'application-name', 'publisher') || ld.publisher,
    author: /^https?:/.test(author) ? '' : author.replace(/^by\s+/i, ''),
    date,
    url,
  };
}

/** The first news-article object of the page's JSON-LD blocks. */
function jsonLd(doc) {
  const out = { title: '', author: '', date: '', url: '', publisher: '' };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data;
    try {
      data = JSON.parse(script.textContent);
    } catch {
      continue;
    }
    const items = [].concat(data && data['@graph'] ? data['@graph'] : data);
    const item = items.find((x) => x && /Article|Posting|Report/.test([].concat(x['@type']).join(' ')));
    if (!item) continue;
    const name = (x) => clean(typeof x === 'string' ? x : Array.isArray(x) ? x.map(name).filter(Boolean).join(', ') : (x && x.name) || '');
    out.title = name(item.headline || item.name);
    out.author = name(item.author);
    out.date = typeof item.datePublished === 'string' ? item.datePublished : '';
    out.url = typeof item.url === 'string' ? item.url : '';
    out.publisher = name(item.publisher);
    break;
  }
  return out;
}

/** A date as ISO 8601: kept as written when it already is one
 * (2025-01-27, 2025-01-27T10:00:00Z), else parsed; '' when unreadable. */
export function isoDate(text) {
  const t = String(text || '').trim();
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return t.replace(' ', 'T');
  const ms = Date.parse(t);
  return t && Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

/** `text` when it is an absolute http(s) URL, else ''. */
export function webUrl(text) {
  const t = String(text || '').trim();
  return /^https?:\/\/\S+$/i.test(t) ? t : '';
}

/** Markdown reduced to plain text: headings, emphasis, links and images
 * lose their syntax; the first level-1 heading becomes the title. */
export function markdownToArticle(md) {
  let title = '';
  const lines = String(md).replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  let fenced = false;
  for (let line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) {
      const heading = line.match(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
      if (heading) {
        if (!title && /^\s{0,3}#\s/.test(line)) title = heading[1];
        line = heading[1];
      }
      line = line
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/^\s{0,3}(>\s?)+/, '')
        .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1');
      if (/^\s*([-*_])\s*(\1\s*){2,}$/.test(line)) line = '';
    }
    out.push(line);
  }
  return { title: clean(title), text: tidy(out.join('\n')) };
}

/** Plain text: the title is the first line when it reads like a headline. */
export function textToArticle(text) {
  const t = tidy(String(text).replace(/\r\n?/g, '\n'));
  const first = t.split('\n', 1)[0] || '';
  const headline = first.length > 0 && first.length <= 120 && !/[.!?:;,]["”’)]?$/.test(first) && t.includes('\n');
  return { title: headline ? first.trim() : '', text: t };
}

/** An Error whose message is English and whose `code` and `args` name the
 * widget's own words for it (www/src/i18n.js). */
function fileError(code, message, ...args) {
  const e = new Error(message);
  e.code = code;
  e.args = args;
  return e;
}

/** Reads a dropped or chosen File into `{title, text}` by its type. */
export async function fileToArticle(file) {
  const name = String(file.name || 'file');
  const lower = name.toLowerCase();
  if (!/\.(txt|text|md|markdown|html?|xhtml)$/.test(lower) && !/^text\//.test(file.type || '')) {
    throw fileError('fileType', `${name}: only .txt, .md and .html files can be read`, name);
  }
  const mb = (file.size / 1048576).toFixed(1);
  if (file.size > 20 * 1024 * 1024) throw fileError('fileTooBig', `${name} is ${mb} MB; the limit per file is 20 MB`, name, mb);
  const raw = await file.text();
  if (/\u0000/.test(raw.slice(0, 4096))) throw fileError('fileBinary', `${name} looks like a binary file, not text`, name);
  let article;
  if (/\.x?html?$/.test(lower) || file.type === 'text/html') article = await htmlToArticle(raw);
  else if (/\.(md|markdown)$/.test(lower)) article = markdownToArticle(raw);
  else article = textToArticle(raw);
  if (!article.title) article.title = name.replace(/\.[a-z]+$/i, '');
  return article;
}

/** Whether `text` holds at least one word (letters or digits). */
export function hasWords(text) {
  return /[\p{L}\p{N}]/u.test(String(text || ''));
}

/** A unique id for a new article, from its title. */
export function makeId(title, taken) {
  const base = String(title || 'article')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'article';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function clean(s) {
  return String(s || '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

function tidy(text) {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
