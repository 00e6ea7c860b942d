// Articles written inside the element, so that a blog post carries its
// sources as readable HTML (shown as they are before the script runs, or
// without it) instead of hosting a JSON file:
//
//   <parallax-digest>
//     <article data-source="Reuters" data-date="2025-01-27" data-url="https://…">
//       <h2>Headline</h2> <p>First paragraph…</p> <p>…</p>
//     </article>
//   </parallax-digest>
//
// or one `<script type="application/json">` child holding an array of
// documents (or `{articles: [...]}`), which browsers never show or run.

import { nodeText, isoDate, webUrl } from './import.js';

const HEADING = 'h1, h2, h3, h4, h5, h6';

/** Resolves once the HTML parser is past the element's children: an element
 * upgraded as soon as its start tag is parsed (the script came first) has
 * none yet. Past them when the document has loaded or anything follows the
 * element or one of its ancestors. */
export function childrenParsed(el) {
  const past = () => {
    if (document.readyState !== 'loading') return true;
    for (let n = el; n && n !== document; n = n.parentNode) if (n.nextSibling) return true;
    return false;
  };
  if (past()) return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** The element's inline articles as documents, or null when it has none.
 * Throws an Error saying what is wrong when its JSON cannot be read. */
export function inlineArticles(el) {
  const json = [...el.children].find((c) => c.tagName === 'SCRIPT' && /^application\/json$/i.test(c.type || ''));
  if (json) {
    let data;
    try {
      data = JSON.parse(json.textContent);
    } catch (e) {
      throw new Error(`the <script type="application/json"> inside the element is not valid JSON (${e.message})`);
    }
    const list = Array.isArray(data) ? data : data && (data.articles || data.documents);
    if (!Array.isArray(list) || !list.length) throw new Error('the <script type="application/json"> inside the element must hold an array of {id, title, text}');
    return list;
  }
  const articles = [...el.children].filter((c) => c.tagName === 'ARTICLE');
  return articles.length ? articles.map(articleDocument) : null;
}

/** One `<article>` child as `{id?, title, text, source?, author?, date?, url?}`:
 * the first heading is the title, the rest its text; `data-*` attributes
 * (or a `<time datetime>` inside) give the metadata. */
export function articleDocument(article) {
  const copy = article.cloneNode(true);
  const heading = copy.querySelector(HEADING);
  const title = heading ? heading.textContent.replace(/\s+/g, ' ').trim() : (article.dataset.title || '');
  if (heading) heading.remove();
  const doc = { title, text: nodeText(copy) };
  const id = article.dataset.id || article.id;
  if (id) doc.id = id;
  const time = article.querySelector('time[datetime]');
  const meta = {
    source: article.dataset.source,
    author: article.dataset.author,
    date: isoDate(article.dataset.date || (time && time.getAttribute('datetime'))),
    url: webUrl(article.dataset.url),
  };
  for (const [key, value] of Object.entries(meta)) {
    const v = String(value || '').trim();
    if (v) doc[key] = v;
  }
  return doc;
}

/** HTML for `docs` as inline `<article>` children (for snippets and the
 * offline file): readable without JavaScript, read back by `inlineArticles`.
 * Every value is escaped; nothing of an article becomes markup. */
export function articlesHtml(docs, indent = '  ') {
  return docs.map((d) => {
    const attrs = [['id', d.id], ['source', d.source], ['author', d.author], ['date', d.date], ['url', d.url]]
      .filter(([, v]) => v)
      .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
      .join('');
    const paragraphs = String(d.text || '').split(/\n+/).map((p) => p.trim()).filter(Boolean)
      .map((p) => `${indent}  <p>${escapeHtml(p)}</p>`);
    return [`${indent}<article${attrs}>`, `${indent}  <h2>${escapeHtml(d.title || d.id || '')}</h2>`, ...paragraphs, `${indent}</article>`].join('\n');
  }).join('\n');
}

/** Text made safe for HTML text and double-quoted attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
