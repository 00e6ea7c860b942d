// dist/embed.js: the program of dist/embed.html, the iframe embed for
// platforms that strip scripts from posts. It reads the articles and options
// from the URL fragment (nothing reaches a server) or from postMessage, puts
// one <parallax-digest> in the page, and tells the parent page its height.
//
// Messages to the parent (targetOrigin '*': they carry no article text):
//   {type: 'parallax:listening'}                 ready for a parallax:set
//   {type: 'parallax:resize', height}            content height in CSS px
//   {type: 'parallax:ready', documents}          results are on screen
//   {type: 'parallax:error', reason, message}    as the parallax-error event
// Messages from the parent (from no other window):
//   {type: 'parallax:set', documents?, view?, article?, sentences?, query?, theme?}

import { decodeArticles } from './share-codec.js';

const OPTIONS = ['view', 'article', 'sentences', 'query', 'theme', 'src'];

function post(message) {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

function apply(el, options) {
  for (const key of OPTIONS) {
    const value = options[key];
    if (value !== undefined && value !== null && value !== '') el.setAttribute(key, String(value));
  }
}

async function main() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('html, body { margin: 0; background: transparent; } parallax-digest { display: block; }');
  document.adoptedStyleSheets = [sheet];

  const params = new URLSearchParams(location.hash.slice(1));
  const el = document.createElement('parallax-digest');
  apply(el, Object.fromEntries(params));
  el.addEventListener('parallax-ready', (e) => post({ type: 'parallax:ready', documents: e.detail.documents }));
  el.addEventListener('parallax-error', (e) => post({ type: 'parallax:error', reason: e.detail.reason, message: e.detail.message }));

  window.addEventListener('message', (event) => {
    // Only the page that frames this one may set its articles.
    if (event.source !== window.parent || window.parent === window) return;
    const msg = event.data;
    if (!msg || typeof msg !== 'object' || msg.type !== 'parallax:set') return;
    apply(el, msg);
    if (Array.isArray(msg.documents)) el.documents = msg.documents;
    if (!el.isConnected) document.body.append(el);
  });

  let height = 0;
  new ResizeObserver(() => {
    const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h !== height) post({ type: 'parallax:resize', height: (height = h) });
  }).observe(document.documentElement);

  try {
    const documents = await decodeArticles(params);
    if (documents) el.documents = documents;
  } catch (e) {
    // Not the bundled articles in their place: say what went wrong.
    const message = `Could not read the articles in the URL: ${e.message}`;
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = message;
    document.body.append(p);
    post({ type: 'parallax:error', reason: 'input-refused', message });
    return;
  }
  // With #wait the parent sends the articles by postMessage.
  if (!params.has('wait')) document.body.append(el);
  post({ type: 'parallax:listening' });
}

main();
