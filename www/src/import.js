// Turning what a reader brings (pasted text, .txt / .md / .html files) into
// `{title, text}` articles. HTML is parsed with DOMParser into an inert
// document: scripts never run, images never load, and only text comes out.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const DROP_TAGS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, form, button, select, textarea, input, audio, video, picture, img';

/** Readable text of an HTML string, one paragraph a line, and its title. */
export function htmlToArticle(html) {
  const doc = new DOMParser().parseFromString(String(html), 'text/html');
  for (const el of doc.querySelectorAll(DROP_TAGS)) el.remove();
  const root = doc.querySelector('article') || doc.querySelector('main') || doc.body || doc.documentElement;
  for (const el of root.querySelectorAll('header nav, footer, aside, [role="navigation"], [aria-hidden="true"]')) el.remove();
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) parts.push('\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  const text = tidy(parts.join(''));
  const heading = doc.querySelector('h1');
  const title = clean((heading && heading.textContent) || (doc.title || ''));
  return { title, text };
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

/** Reads a dropped or chosen File into `{title, text}` by its type. */
export async function fileToArticle(file) {
  const name = String(file.name || 'file');
  const lower = name.toLowerCase();
  if (!/\.(txt|text|md|markdown|html?|xhtml)$/.test(lower) && !/^text\//.test(file.type || '')) {
    throw new Error(`${name}: only .txt, .md and .html files can be read`);
  }
  if (file.size > 20 * 1024 * 1024) throw new Error(`${name} is ${(file.size / 1048576).toFixed(1)} MB; the limit per file is 20 MB`);
  const raw = await file.text();
  if (/\u0000/.test(raw.slice(0, 4096))) throw new Error(`${name} looks like a binary file, not text`);
  let article;
  if (/\.x?html?$/.test(lower) || file.type === 'text/html') article = htmlToArticle(raw);
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
