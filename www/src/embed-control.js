// The "Embed / share" dialog: the reader's current articles (bundled,
// loaded from `src`, inline or pasted) as a script snippet, an iframe
// snippet, or one offline HTML file with the engine and the articles baked
// in. Snippets are text for the reader to copy; nothing here becomes markup
// in this page.

import { h, replace } from './dom.js';
import { classicScriptSource, publishedBase } from './host.js';
import { articlesHtml, escapeHtml } from './inline.js';
import { encodeArticles } from './share-codec.js';
import { copyText } from './export.js';
import { emit, emitError } from './events.js';

/** Where snippets point when the page was opened from a file. */
const PLACEHOLDER_BASE = 'https://your-site.example/parallax/';
/** Default iframe height; the optional script resizes it to the content. */
const IFRAME_HEIGHT = 760;
/** The dialog's look, in the theme's own variables (styles.css). */
const DIALOG_CSS = `
dialog.embed { width: min(760px, calc(100vw - 32px)); max-height: calc(100vh - 48px); box-sizing: border-box; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_fg); font: inherit; padding: 16px 18px; }
dialog.embed textarea { background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border); border-radius: 4px; }
dialog.embed::backdrop { background: rgb(0 0 0 / 0.35); }
dialog.embed h2 { font-size: 1.1em; margin: 0 0 8px; }
dialog.embed h3 { font-size: 1em; margin: 14px 0 4px; }
dialog.embed textarea { width: 100%; box-sizing: border-box; min-height: 6.5em; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; }
dialog.embed .row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin-top: 4px; }
dialog.embed p { margin: 4px 0; }
`;

/** The options worth carrying into a snippet, as attribute pairs. */
function options(el) {
  const out = [];
  if (el.state.view !== 'story') out.push(['view', el.state.view]);
  if (el.state.view === 'article' && el.state.article) out.push(['article', el.state.article]);
  if (el.state.storyLen.unit === 'sentences' && el.state.storyLen.n !== 6) out.push(['sentences', String(el.state.storyLen.n)]);
  if (el.state.query) out.push(['query', el.state.query]);
  if (el.hasAttribute('theme')) out.push(['theme', el.getAttribute('theme')]);
  return out;
}

/** Which articles a snippet must carry: none for the untouched bundled set,
 * the URL for a `src` set, else every article. */
function carried(el) {
  if (el.source === 'bundled' && !el.edited) return { kind: 'bundled' };
  if (el.source === 'src' && !el.edited && el.getAttribute('src')) return { kind: 'src', src: new URL(el.getAttribute('src'), location.href).href };
  return { kind: 'articles', documents: el.documents };
}

/** The one-script-tag embed of the current set. */
export function scriptSnippet(el, base = publishedBase() || PLACEHOLDER_BASE) {
  const set = carried(el);
  const attrs = options(el);
  if (set.kind === 'src') attrs.push(['src', set.src]);
  const open = `<parallax-digest${attrs.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')}>`;
  const body = set.kind === 'articles' ? `\n${articlesHtml(set.documents)}\n` : '';
  return `<script src="${escapeHtml(new URL('parallax.js', base).href)}"></script>\n${open}${body}</parallax-digest>\n`;
}

/** The iframe embed of the current set: the articles travel in the URL
 * fragment. With `resize`, a few lines for the host page that fit the frame
 * to its content (platforms that strip scripts keep the fixed height). */
export async function iframeSnippet(el, base = publishedBase() || PLACEHOLDER_BASE, resize = true) {
  const set = carried(el);
  const params = new URLSearchParams(options(el));
  if (set.kind === 'src') params.set('src', set.src);
  if (set.kind === 'articles') params.set(...(await encodeArticles(set.documents)));
  const hash = params.toString();
  const url = new URL('embed.html', base).href + (hash ? `#${hash}` : '');
  const n = el.docs.length;
  const frame = `<iframe src="${escapeHtml(url)}" title="${escapeHtml(el.t('frameTitle', n))}" width="100%" height="${IFRAME_HEIGHT}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>\n`;
  if (!resize) return frame;
  return `${frame}<script>addEventListener('message', function (e) { var f = document.querySelectorAll('iframe'); for (var i = 0; i < f.length; i++) if (e.source === f[i].contentWindow && e.data && e.data.type === 'parallax:resize') f[i].style.height = e.data.height + 'px'; });</script>\n`;
}

async function sha256(text) {
  if (!(typeof crypto !== 'undefined' && crypto.subtle)) return null;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

const OFFLINE_CSS = 'body { margin: 0; font-family: system-ui, sans-serif; background: #f3f4f6; } main { max-width: 1240px; margin: 0 auto; padding: 16px; } @media (prefers-color-scheme: dark) { body { background: #010409; } }';

/** One HTML file: the engine, the element and the articles (as readable
 * inline `<article>` children), with a Content-Security-Policy that allows
 * exactly its own script and style by hash, and WebAssembly. */
export async function offlineFile(el) {
  const source = (await classicScriptSource()).replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const docs = el.documents;
  const attrs = options(el).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  const scriptHash = await sha256(source);
  const styleHash = await sha256(OFFLINE_CSS);
  const csp = scriptHash && styleHash
    ? `\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${scriptHash} 'wasm-unsafe-eval'; worker-src blob:; style-src ${styleHash}">`
    : '';
  const title = el.t('offlineTitle', docs.length, docs.length === 1 ? docs[0].title : '');
  return `<!doctype html>
<html lang="${escapeHtml(el.t('lang'))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${csp}
<title>${escapeHtml(title)} — Parallax</title>
<style>${OFFLINE_CSS}</style>
</head>
<body>
<main>
<parallax-digest${attrs}>
${articlesHtml(docs)}
</parallax-digest>
</main>
<script>${source}</script>
</body>
</html>
`;
}

/** Offers the offline file as a download (unless a `parallax-share`
 * listener vetoes it). Resolves to true when it was offered. */
export async function downloadOfflineFile(el) {
  if (!emit(el, 'share', { kind: 'file', documents: el.docs.length }, true)) return false;
  let html;
  try {
    html = await offlineFile(el);
  } catch (e) {
    const message = el.t('embedOfflineFailed', e.message || e);
    el.showError(message);
    emitError(el, 'share-failed', message);
    return false;
  }
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const a = h('a', { href: url, download: 'parallax-articles.html', style: { display: 'none' } });
  el.shadowRoot.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return true;
}

/** Opens the dialog, made once per element and filled anew each time. */
export async function openEmbedDialog(el) {
  const shadow = el.shadowRoot;
  if (!el._embedDialog) {
    if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in shadow) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(DIALOG_CSS);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    }
    el._embedDialog = h('dialog', { class: 'embed', part: 'embed-dialog', 'aria-labelledby': 'embed-h' });
    shadow.querySelector('.root').append(el._embedDialog);
  }
  const dialog = el._embedDialog;
  const snippet = (id, label, text, kind) => {
    const area = h('textarea', { id, readonly: true, 'aria-label': label, spellcheck: 'false' });
    area.value = text;
    const copy = h('button', { type: 'button', part: 'button', onclick: async () => {
      if (!emit(el, 'share', { kind, documents: el.docs.length }, true)) return;
      const ok = await copyText(text, shadow);
      copy.textContent = el.t(ok ? 'copiedSnippet' : 'copyByHand');
    } }, el.t('copy'));
    return [h('h3', { text: label }), area, h('div', { class: 'row' }, copy)];
  };
  const base = publishedBase();
  let iframe = '';
  try {
    iframe = await iframeSnippet(el);
  } catch (e) {
    iframe = el.t('embedIframeFailed', e.message || e);
  }
  const n = el.docs.length;
  const kind = carried(el).kind;
  const what = kind === 'articles' ? el.t('embedCarriesArticles', n) : kind === 'src' ? el.t('embedCarriesSrc') : el.t('embedCarriesBundled', n);
  const status = h('p', { role: 'status' });
  replace(dialog,
    h('h2', { id: 'embed-h', text: el.t('embedTitle') }),
    h('p', { class: 'note', text: `${what} ${base ? el.t('embedBase', base) : el.t('embedFromFile', PLACEHOLDER_BASE)}` }),
    snippet('embed-script', el.t('embedScript'), scriptSnippet(el), 'script'),
    snippet('embed-iframe', el.t('embedIframe'), iframe, 'iframe'),
    h('h3', { text: el.t('embedOffline') }),
    h('p', { class: 'note', text: el.t('embedOfflineNote') }),
    h('div', { class: 'row' },
      h('button', { type: 'button', id: 'embed-download', part: 'button', onclick: async () => {
        replace(status, (await downloadOfflineFile(el)) ? el.t('embedDownloading') : '');
      } }, el.t('embedDownload')),
      h('button', { type: 'button', id: 'embed-close', part: 'button', onclick: () => dialog.close() }, el.t('close'))),
    status);
  if (typeof dialog.showModal === 'function') {
    if (!dialog.open) dialog.showModal();
  } else {
    dialog.setAttribute('open', '');
  }
}
