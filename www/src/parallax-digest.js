// <parallax-digest>: the custom element. Owns the state (documents, view,
// selection, lengths, query), runs the engine, renders the active view into
// its shadow root and talks to the page through attributes and events.
//
// Attributes (reflected): view (story | article | compare | yours),
// article (selected article id), sentences (story length), query, src (URL
// of a JSON array of {id, title, source, author, date, url, text}), theme
// (light | dark | auto: the host page's scheme, then the OS), navigation
// (history: jumps are entries in the page's history), loading (eager | lazy).
// Articles: the `documents` property, else `src`, else inline children
// (inline.js), else the bundled corpus (or the reader's kept articles).
// Events: parallax-ready, parallax-change (detail = the state),
// parallax-error, parallax-progress, parallax-import and parallax-share
// (cancelable); see events.js.
// Properties: documents (get/set an array of {id, title, source, author,
// date, url, text}), strings (the UI's words, www/src/i18n.js), summary,
// comparison, ready (a promise), and the attributes above; any of them set
// before the element upgrades still applies.

/* global STYLES, VERSION */

import { h, replace, srOnly, debounce, clip } from './dom.js';
import { Engine, WorkerEngine, EngineError, WORKER_MIN_DOCUMENTS, WORKER_MIN_CHARS } from './engine.js';
import { makeId } from './import.js';
import { ElementBase, adoptStyles } from './host.js';
import { isWasmBlocked, WASM_SOURCE } from './csp.js';
import { emit, emitError } from './events.js';
import { inlineArticles, childrenParsed } from './inline.js';
import { openEmbedDialog } from './embed-control.js';
import { renderStory } from './views/story.js';
import { renderArticle } from './views/article.js';
import { renderCompare } from './views/compare.js';
import { renderYours } from './views/yours.js';
import { summaryMarkdown, copyText, downloadJson } from './export.js';
import { mergeStrings, translate } from './i18n.js';
import { Trail, scrollPosition, focusKey, findFocus, mentionsOf } from './navigation.js';
import { pageScheme } from './theme.js';
import { loadArticles, saveArticles, forgetArticles, hasStoredArticles } from './storage.js';

const VIEWS = [
  { id: 'story', label: 'viewStory', render: renderStory },
  { id: 'article', label: 'viewArticle', render: renderArticle },
  { id: 'compare', label: 'viewCompare', render: renderCompare },
  { id: 'yours', label: 'viewYours', render: renderYours },
];
const VIEW_IDS = VIEWS.map((v) => v.id);
const LENGTH_LIMITS = { sentences: [1, 30], words: [20, 2000] };
const WIDE_MIN_PX = 640;
/** Properties a page may set before the script has loaded (the element is
 * then a plain HTMLElement holding them as own properties). */
const UPGRADED_PROPERTIES = ['documents', 'view', 'article', 'sentences', 'query', 'src', 'theme', 'loading', 'navigation', 'strings'];
/** How near the viewport a `loading="lazy"` widget starts its engine. */
const LAZY_MARGIN = '400px';
/** Optional metadata kept with each article and handed to the engine. */
const DOCUMENT_META = ['source', 'author', 'date', 'url'];
/** At most this wide, the widget is in compact mode (a sidebar, a phone):
 * secondary sections fold (matches the CSS container query). */
const COMPACT_MAX_PX = 400;

/** Resolves once the browser has had a chance to paint what is in the DOM
 * now (the task after the next animation frame), or after 100 ms where no
 * frames come (a hidden tab). */
function afterNextPaint() {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timer);
      resolve();
    }, 0));
  });
}
const DEFAULT_LENGTH = { story: { unit: 'sentences', n: 6 }, article: { unit: 'sentences', n: 3 } };

export class ParallaxDigest extends ElementBase {
  static get observedAttributes() {
    return ['view', 'article', 'sentences', 'query', 'src', 'theme', 'loading', 'navigation'];
  }

  constructor() {
    super();
    this.docs = [];
    this.source = 'bundled';
    this.edited = false;
    this.results = { story: null, compare: null, article: null };
    this.state = {
      view: 'story',
      article: null,
      query: '',
      storyLen: { ...DEFAULT_LENGTH.story },
      articleLen: { ...DEFAULT_LENGTH.article },
    };
    this.target = null;
    /** The words of the UI (www/src/i18n.js), replaceable through `strings`. */
    this._strings = mergeStrings(null);
    /** Where the reader was before each jump (in-widget history). */
    this.trail = new Trail();
    /** The mentions being stepped through: {label, hits, i}, or null. */
    this.find = null;
    /** Whether the reader asked to keep their articles in this browser. */
    this.keep = false;
    /** Milliseconds the engine took for the latest story, compare and
     * article results (for the curious and for benchmarks). */
    this.timings = {};
    /** Which results came (trimmed) from the worker, which keeps them whole. */
    this._fromWorker = {};
    /** View-local toggles (e.g. show every entity). */
    this.flags = {};
    this._tokens = { story: 0, compare: 0, article: 0 };
    this._counter = 0;
    this._dirty = new Set(VIEW_IDS);
    this._started = false;
    this._readyFired = false;
    this.ready = new Promise((resolve) => { this._resolveReady = resolve; });
    this._queryChanged = debounce(() => this._setQuery(this._queryInput.value, true), 250);
    this._shadow = this.attachShadow({ mode: 'open' });
    this._build();
  }

  // ---- public properties ------------------------------------------------

  get view() { return this.state.view; }
  set view(v) { this.setAttribute('view', v); }
  get article() { return this.state.article; }
  set article(v) { this.setAttribute('article', v); }
  get sentences() { return this.state.storyLen.unit === 'sentences' ? this.state.storyLen.n : null; }
  set sentences(v) { this.setAttribute('sentences', String(v)); }
  get query() { return this.state.query; }
  set query(v) { this.setAttribute('query', v ?? ''); }
  get src() { return this.getAttribute('src'); }
  set src(v) { if (v) this.setAttribute('src', v); else this.removeAttribute('src'); }
  get theme() { return this.getAttribute('theme') || 'auto'; }
  set theme(v) { this.setAttribute('theme', v); }
  get loading() { return this.getAttribute('loading') === 'lazy' ? 'lazy' : 'eager'; }
  set loading(v) { this.setAttribute('loading', v); }
  get navigation() { return this.getAttribute('navigation') === 'history' ? 'history' : ''; }
  set navigation(v) { if (v) this.setAttribute('navigation', v); else this.removeAttribute('navigation'); }
  /** The UI's words: the built-in table merged with what was set. */
  get strings() { return { ...this._strings }; }
  /** Replaces some or all of the UI's words (keys of www/src/i18n.js;
   * `lang` and `dir` set the widget's language and direction). */
  set strings(table) {
    this._strings = mergeStrings(table);
    this._relabel();
    this._dirty = new Set(VIEW_IDS);
    this._renderActive();
  }
  /** How many jumps "back" can undo. */
  get trailDepth() { return this.trail.depth; }
  /** The articles, as `{id, title, source?, author?, date?, url?, text}` copies. */
  get documents() { return this.docs.map((d) => ({ ...d })); }
  /** Replaces the articles (an array of `{id?, title?, text, source?, author?, date?, url?}`). */
  set documents(list) { this._setDocuments(list, 'script'); }
  /** The latest story summary (the `summarize` JSON). */
  get summary() { return this.results.story; }
  /** The latest comparison (the `compare` JSON). */
  get comparison() { return this.results.compare; }

  // ---- lifecycle ----------------------------------------------------------

  /** Whether the widget is wide enough for one table column per source. */
  isWide() {
    return this._widthNow() >= WIDE_MIN_PX;
  }

  /** Whether the widget is narrow enough for compact mode. */
  isCompact() {
    return this._widthNow() <= COMPACT_MAX_PX;
  }

  /** The width the ResizeObserver last saw. Rendering never reads layout
   * (that would force one per section); before the first observation a
   * wide host is assumed, and the observer re-renders before the first
   * paint if it is not. */
  _widthNow() {
    if (this._width !== undefined) return this._width;
    return typeof ResizeObserver === 'undefined' ? (this.clientWidth || 1024) : 1024;
  }

  /** A section of a view: a card, or in compact mode a card folded to its
   * heading (the reader opens what they want; the view fits one screen). */
  section(id, title, ...body) {
    if (!this.isCompact()) {
      return h('section', { class: 'card', 'aria-labelledby': id },
        h('div', { class: 'card-head' }, h('h2', { id, text: title })), body);
    }
    const open = Boolean(this.flags[`open:${id}`]);
    const details = h('details', { class: 'card fold', open },
      h('summary', null, h('h2', { id, text: title })), body);
    details.addEventListener('toggle', () => { this.flags[`open:${id}`] = details.open; });
    return h('section', { 'aria-labelledby': id }, details);
  }

  /** In compact mode, a secondary part of a card (`body`) folded behind a
   * disclosure whose summary is `head`; it stays open across re-renders
   * once the reader opens it. Elsewhere `body` as it is, after `wideHead`. */
  fold(key, head, body, wideHead = null) {
    if (!this.isCompact()) return [wideHead, body];
    const details = h('details', { class: 'sub', open: Boolean(this.flags[`open:${key}`]) }, h('summary', null, head), body);
    details.addEventListener('toggle', () => { this.flags[`open:${key}`] = details.open; });
    return details;
  }

  /** Re-applies properties set on the element before it was upgraded: they
   * are own properties that would hide the class's setters for good. */
  _upgradeProperties() {
    for (const name of UPGRADED_PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  connectedCallback() {
    if (!this._upgraded) {
      this._upgraded = true;
      this._upgradeProperties();
    }
    this._watchScheme();
    if (!this._onPop) {
      // navigation="history": Back in the browser undoes jumps.
      this._onPop = (e) => {
        if (this._historyMode()) this._popTo((e.state && e.state.parallax) || 0);
      };
      window.addEventListener('popstate', this._onPop);
    }
    if (typeof ResizeObserver !== 'undefined' && !this._resizer) {
      // Re-render when the width crosses the wide/narrow line. The first
      // callback, after the first layout, only records the width: reading it
      // here would force a layout in the middle of page load.
      this._wasWide = undefined;
      this._resizer = new ResizeObserver((entries) => {
        const entry = entries[entries.length - 1];
        const box = entry && entry.borderBoxSize && entry.borderBoxSize[0];
        this._width = box ? box.inlineSize : this.clientWidth;
        const wide = `${this.isWide()}:${this.isCompact()}`;
        if (this._wasWide === undefined) {
          this._wasWide = wide;
          // Compact from the start: the first render assumed a wide host.
          if (!this.isCompact()) return;
        } else if (wide === this._wasWide) return;
        this._wasWide = wide;
        for (const v of ['story', 'article', 'compare']) this._dirty.add(v);
        this._renderActive();
      });
      this._resizer.observe(this);
    }
    if (this._started || this._lazyWatch) return;
    if (this.loading === 'lazy' && typeof IntersectionObserver !== 'undefined') {
      // Below the fold: start the engine only when the widget nears the viewport.
      this._lazyWatch = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this._lazyWatch.disconnect();
        this._lazyWatch = null;
        if (!this._started) {
          this._started = true;
          this._start();
        }
      }, { rootMargin: LAZY_MARGIN });
      this._lazyWatch.observe(this);
      return;
    }
    this._started = true;
    this._start();
  }

  disconnectedCallback() {
    if (this._lazyWatch) {
      this._lazyWatch.disconnect();
      this._lazyWatch = null;
    }
    if (this._onPop) {
      window.removeEventListener('popstate', this._onPop);
      this._onPop = null;
    }
    if (this._schemeWatch) {
      this._schemeWatch();
      this._schemeWatch = null;
    }
    if (this._resizer) {
      this._resizer.disconnect();
      this._resizer = null;
    }
    if (this.worker) {
      this.worker.terminate();
      this.worker = null;
    }
  }

  attributeChangedCallback(name, _old, value) {
    switch (name) {
      case 'view':
        if (VIEW_IDS.includes(value) && value !== this.state.view) this._activate(value, false);
        break;
      case 'article':
        if (value && value !== this.state.article && (!this.docs.length || this.docs.some((d) => d.id === value))) {
          this.state.article = value;
          this.target = null;
          this._changed('article', ['article']);
        }
        break;
      case 'sentences': {
        const n = parseInt(value, 10);
        if (Number.isFinite(n) && n > 0 && (this.state.storyLen.unit !== 'sentences' || this.state.storyLen.n !== n)) {
          this.state.storyLen = { unit: 'sentences', n: Math.min(n, LENGTH_LIMITS.sentences[1]) };
          this._changed('sentences', ['story']);
        }
        break;
      }
      case 'query': {
        const q = (value || '').trim();
        if (q !== this.state.query) {
          if (this._queryInput.value.trim() !== q) this._queryInput.value = q;
          this._setQuery(q, false);
        }
        break;
      }
      case 'src':
        if (this._started && this.engine) this._loadInitial();
        break;
      case 'loading':
        if (value !== 'lazy' && this._lazyWatch) {
          // No longer lazy: start now.
          this._lazyWatch.disconnect();
          this._lazyWatch = null;
          this._started = true;
          this._start();
        }
        break;
      case 'theme':
        this._updateScheme();
        break;
      default:
        break;
    }
  }

  async _start() {
    performance.mark('parallax-start');
    try {
      this.engine = await Engine.load();
      performance.mark('parallax-engine-compiled');
      this._engineVersion = this.engine.version();
      this._version.textContent = this.t('engineVersion', this._engineVersion);
    } catch (e) {
      if (isWasmBlocked(e)) this._fail('engine-blocked', this.t('engineBlocked', WASM_SOURCE), { directive: `script-src ${WASM_SOURCE}` });
      else this._fail('engine-failed', this.t('engineFailed', e.message || e));
      return;
    }
    await this._loadInitial();
  }

  /** Shows a failure that leaves nothing to display (in the status line and
   * in place of "Loading…") and reports it as `parallax-error`. */
  _fail(reason, message, extra = {}) {
    this.showError(message);
    for (const panel of this._panels) {
      const loading = panel.querySelector('.loading');
      if (loading) replace(panel, h('p', { class: 'failed', text: message }));
    }
    emitError(this, reason, message, extra);
  }

  async _loadInitial() {
    if (this.source === 'script' && this.docs.length && !this._loadedOnce) {
      // Set through the `documents` property before the engine was ready.
      this._loadedOnce = true;
      this._changed('documents', ['story', 'compare', 'article']);
      return;
    }
    this._loadedOnce = true;
    const src = this.getAttribute('src');
    if (src) {
      this._status(this.t('loadingArticles'));
      try {
        const response = await fetch(src);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const data = await response.json();
        const list = Array.isArray(data) ? data : (data && (data.articles || data.documents));
        if (!Array.isArray(list) || !list.length) throw new Error(this.t('srcNotList'));
        replace(this._statusEl);
        this._setDocuments(list, 'src');
        return;
      } catch (e) {
        // Not the bundled articles: inside a host's post they would pass
        // for the host's own sources.
        this._fail('src-failed', this.t('srcFailed', src, e.message || e), { src });
        return;
      }
    }
    let inline = null;
    await childrenParsed(this);
    try {
      inline = inlineArticles(this);
    } catch (e) {
      this._fail('inline-invalid', this.t('inlineInvalid', e.message));
      return;
    }
    if (inline) {
      this._setDocuments(inline, 'inline');
      return;
    }
    this._setDocuments(this.engine.corpus(), 'bundled');
    // Articles the reader kept replace the bundled ones, once the first
    // summary is painted: the first localStorage read of a page waits on
    // the browser process (1–17 ms measured), which the bundled story
    // should not.
    const shown = this.docs;
    afterNextPaint().then(() => {
      if (this.docs !== shown) return;
      const stored = loadArticles();
      if (!stored) return;
      this.keep = true;
      this._setDocuments(stored, 'user');
      this.edited = true;
      this._status(this.t('restored', this.docs.length));
    });
  }

  // ---- theme ----------------------------------------------------------------

  /** theme="auto": follow the host page (www/src/theme.js); watch for pages
   * that switch scheme (a class or style on <html>/<body>, the OS setting). */
  _watchScheme() {
    if (this._schemeWatch) return;
    const update = () => this._updateScheme();
    const media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    if (media && media.addEventListener) media.addEventListener('change', update);
    const observer = typeof MutationObserver !== 'undefined' ? new MutationObserver(update) : null;
    if (observer) {
      for (const node of [document.documentElement, document.body]) {
        if (node) observer.observe(node, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
      }
    }
    this._schemeWatch = () => {
      if (media && media.removeEventListener) media.removeEventListener('change', update);
      if (observer) observer.disconnect();
    };
    update();
  }

  _updateScheme() {
    const t = this.getAttribute('theme');
    const scheme = t === 'light' || t === 'dark' ? null : pageScheme(this);
    if (scheme) this._reflect('data-page-scheme', scheme);
    else this._reflect('data-page-scheme', null);
  }

  // ---- documents ----------------------------------------------------------

  _setDocuments(list, source) {
    const taken = new Set();
    const docs = [];
    for (const item of Array.isArray(list) ? list : []) {
      if (!item || typeof item !== 'object') continue;
      const text = typeof item.text === 'string' ? item.text : '';
      const title = typeof item.title === 'string' ? item.title.trim() : '';
      let id = typeof item.id === 'string' && item.id.trim() ? item.id.trim() : makeId(title || 'article', taken);
      if (taken.has(id)) id = makeId(id, taken);
      taken.add(id);
      const doc = { id, title, text };
      for (const key of DOCUMENT_META) if (typeof item[key] === 'string' && item[key].trim()) doc[key] = item[key].trim();
      docs.push(doc);
    }
    if (!docs.length && source !== 'user') {
      this.showError(this.t('noArticles'));
      emitError(this, 'input-refused', this.t('noArticles'));
      return;
    }
    this.docs = docs;
    this._index = new Map(docs.map((d, i) => [d.id, i]));
    this.source = source;
    this._readyFired = source === 'user' ? this._readyFired : false;
    if (source !== 'user') this.edited = false;
    if (!docs.some((d) => d.id === this.state.article)) {
      const wanted = this.getAttribute('article');
      this.state.article = docs.some((d) => d.id === wanted) ? wanted : (docs[0] ? docs[0].id : null);
    }
    this.target = null;
    this.find = null;
    this.trail.clear();
    this._syncBack();
    this.flags = {};
    this.results = { story: null, compare: null, article: null };
    this._count.textContent = this.t('articleCount', docs.length);
    if (this.keep && source === 'user') saveArticles(docs);
    this._changed('documents', docs.length ? ['story', 'compare', 'article'] : []);
  }

  /** Keeps (or stops keeping) the reader's articles in this browser. */
  setKeep(on) {
    this.keep = Boolean(on);
    if (this.keep) saveArticles(this.docs);
    else forgetArticles();
    this._dirty.add('yours');
    this._renderActive();
  }

  /** Removes the stored articles; the ones on screen stay. */
  forgetStored() {
    forgetArticles();
    this.keep = false;
    this._status(this.t('forgotten'));
    this._dirty.add('yours');
    this._renderActive();
  }

  /** Whether this browser holds stored articles. */
  hasStored() {
    return hasStoredArticles();
  }

  /** Adds articles ({title, text, source?, author?, date?, url?}); with
   * `replace`, they take the place of the current set. */
  addArticles(list, replace = false) {
    if (!emit(this, 'import', { articles: list.map((a) => ({ ...a })) }, true)) {
      this._status(this.t('importRefused'));
      return;
    }
    const keepDocs = replace ? [] : this.docs;
    const taken = new Set(keepDocs.map((d) => d.id));
    const added = list.map((a) => {
      const id = makeId(a.title || a.source || 'article', taken);
      taken.add(id);
      return { ...a, id, title: a.title || '', text: a.text };
    });
    this.edited = true;
    this._setDocuments([...keepDocs, ...added], 'user');
    this._status(this.t('added', added.length === 1 ? `“${clip(added[0].title || added[0].source || '', 60)}”` : this.t('articleCount', added.length), this.docs.length));
  }

  removeArticle(id) {
    const name = this.nameOf(id);
    this.edited = true;
    this._setDocuments(this.docs.filter((d) => d.id !== id), 'user');
    this._status(this.t('removed', `“${clip(name, 60)}”`));
  }

  /** Removes every article; the views then explain how to add some. */
  removeAll() {
    this.edited = true;
    this._setDocuments([], 'user');
    this._status(this.t('removedAll'));
  }

  renameArticle(id, title) {
    const doc = this.docs.find((d) => d.id === id);
    if (!doc) return;
    doc.title = String(title || '').trim();
    this.edited = true;
    for (const v of VIEW_IDS) if (v !== 'yours' || this.state.view !== 'yours') this._dirty.add(v);
    this._count.textContent = this.t('articleCount', this.docs.length);
    if (this.keep) saveArticles(this.docs);
    this._emitChange('title');
  }

  resetArticles() {
    if (this.hasAttribute('src')) this.removeAttribute('src');
    this._setDocuments(this.engine.corpus(), 'bundled');
    this._status(this.t('backToBundled'));
  }

  /** The UI string `key` (www/src/i18n.js), filled with `args`. */
  t(key, ...args) {
    return translate(this._strings, key, ...args);
  }

  /** An article's headline; without one, its outlet, then "Article n" —
   * never its id. */
  titleOf(id) {
    const i = this._index ? this._index.get(id) : undefined;
    const d = i === undefined ? null : this.docs[i];
    return (d && (d.title || d.source)) || this.t('untitled', i === undefined ? '?' : i + 1);
  }

  /** How a source is named to people: its outlet when known, else its
   * headline, else "Article n". */
  nameOf(id) {
    const i = this._index ? this._index.get(id) : undefined;
    const d = i === undefined ? null : this.docs[i];
    return (d && (d.source || d.title)) || this.t('untitled', i === undefined ? '?' : i + 1);
  }

  // ---- computing ----------------------------------------------------------

  _big() {
    if (this.docs.length >= WORKER_MIN_DOCUMENTS) return true;
    let chars = 0;
    for (const d of this.docs) chars += d.text.length;
    return chars >= WORKER_MIN_CHARS;
  }

  _lengthOptions(len) {
    return len.unit === 'words' ? { words: len.n } : { sentences: len.n };
  }

  _task(part) {
    const query = this.state.query ? { query: this.state.query } : {};
    if (part === 'story') return { part, fn: 'summarize', label: this.t('taskStory'), options: { ...this._lengthOptions(this.state.storyLen), ...query } };
    if (part === 'compare') return { part, fn: 'compare', label: this.t('taskCompare'), options: {} };
    return { part, fn: 'summarize', label: this.t('taskArticle'), doc: this.state.article, options: { document: this.state.article, ...this._lengthOptions(this.state.articleLen), ...query } };
  }

  /** Recomputes `parts` (story, compare, article) and re-renders. */
  async _compute(parts) {
    if (!this.engine || !this.docs.length) return;
    this._clearError();
    const tasks = parts.map((p) => this._task(p));
    for (const t of tasks) t.token = this._tokens[t.part] = ++this._counter;
    const docs = this.docs;
    const big = this._big();
    // Small sets: the story summary runs on this thread at once (the fastest
    // first paint); the comparison and the article summary, and everything
    // for large sets, run in the worker, so the page never waits on them.
    const here = big ? [] : tasks.filter((t) => t.part === 'story');
    const away = tasks.filter((t) => !here.includes(t));
    const hereJob = here.length ? this._runHere(here, docs) : null;
    if (away.length) {
      if (this.worker === undefined) {
        // Starting a worker takes the main thread ~5 ms: let the story
        // summary be painted first.
        if (hereJob) await afterNextPaint();
        // One worker, however many computations are waiting for it.
        this._workerStarting = this._workerStarting || WorkerEngine.create();
        const worker = await this._workerStarting;
        if (this.worker === undefined && this.isConnected) this.worker = worker;
        else if (worker && worker !== this.worker) worker.terminate();
      }
      if (!this.worker || !(await this._runAway(away, docs, big))) await this._runHere(away, docs);
    }
    await hereJob;
    this._afterCompute(docs);
  }

  /** Runs tasks on this thread, yielding between them. */
  async _runHere(tasks, docs) {
    for (const t of tasks) {
      let result;
      try {
        const t0 = performance.now();
        const ok = this.engine.call(t.fn, docs, t.options);
        result = { ok, ms: performance.now() - t0 };
      } catch (e) {
        result = { error: e.detail ?? e.message, crashed: e instanceof EngineError && e.crashed };
      }
      this._apply(t, result, docs);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Runs tasks in the worker; false if the worker failed (the caller then
   * runs them here). */
  async _runAway(tasks, docs, big) {
    if (big) this._progress(0, tasks.length, tasks[0].label);
    let results;
    try {
      const keep = this.state.article;
      results = await this.worker.run(docs, tasks.map(({ part, fn, options, label }) => ({ part, fn, options, label, keep })),
        (done, total, label) => { if (big) this._progress(done, total, label); });
    } catch (e) {
      if (this.worker) this.worker.terminate();
      this.worker = null;
      this._progressDone();
      return false;
    }
    this._progressDone();
    tasks.forEach((t, i) => this._apply(t, results[i], docs));
    return true;
  }

  _apply(task, result, docs) {
    if (this._tokens[task.part] !== task.token || docs !== this.docs) return;
    if (result.error !== undefined) {
      this._renderActive();
      const message = result.crashed ? this.t('engineCrashed', task.fn, result.error) : this.t('taskFailed', task.label, result.error);
      this.showError(message);
      emitError(this, result.crashed ? 'engine-crashed' : 'input-refused', message, { task: task.part });
      return;
    }
    const value = result.ok;
    this.timings[task.part] = result.ms;
    this._fromWorker[task.part] = Boolean(result.trimmed);
    if (task.part === 'article') value.__doc = task.doc;
    this.results[task.part] = value;
    for (const v of ['story', 'article', 'compare']) this._dirty.add(v);
    this._renderActive();
    if (task.part === 'story' && !this._firstSummary) {
      this._firstSummary = true;
      performance.mark('parallax-first-summary');
      afterNextPaint().then(() => performance.mark('parallax-first-summary-painted'));
    }
  }

  _afterCompute(docs) {
    if (docs !== this.docs || this._readyFired || !this.results.story || !this.results.compare) return;
    this._readyFired = true;
    performance.mark('parallax-ready');
    this._resolveReady(this);
    this.dispatchEvent(new CustomEvent('parallax-ready', {
      bubbles: true,
      composed: true,
      detail: { documents: this.docs.length, source: this.source },
    }));
  }

  // ---- state changes --------------------------------------------------------

  _changed(reason, parts) {
    if (reason === 'documents') this._dirty = new Set(VIEW_IDS);
    this._emitChange(reason);
    // The story of a small set is computed on this thread right away and
    // rendered then: drawing its loading state first would only cost time.
    const storyNow = this.state.view === 'story' && parts.includes('story') && this.engine && !this._big();
    if (!storyNow) this._renderActive();
    this._compute(parts);
  }

  _emitChange(reason) {
    this.dispatchEvent(new CustomEvent('parallax-change', {
      bubbles: true,
      composed: true,
      detail: {
        reason,
        view: this.state.view,
        article: this.state.article,
        query: this.state.query,
        sentences: this.state.storyLen.unit === 'sentences' ? this.state.storyLen.n : null,
        words: this.state.storyLen.unit === 'words' ? this.state.storyLen.n : null,
        documents: this.docs.length,
      },
    }));
  }

  _setQuery(q, fromUser) {
    q = String(q || '').trim().slice(0, 500);
    if (q === this.state.query) return;
    this.state.query = q;
    if (fromUser) this._reflect('query', q || null);
    this._changed('query', ['story', 'article']);
  }

  _reflect(name, value) {
    if (value === null) {
      if (this.hasAttribute(name)) this.removeAttribute(name);
    } else if (this.getAttribute(name) !== value) this.setAttribute(name, value);
  }

  setLength(which, unit, n) {
    const [min, max] = LENGTH_LIMITS[unit];
    n = Math.max(min, Math.min(max, Math.round(Number(n) || min)));
    const key = which === 'story' ? 'storyLen' : 'articleLen';
    if (this.state[key].unit === unit && this.state[key].n === n) return;
    this.state[key] = { unit, n };
    if (which === 'story') this._reflect('sentences', unit === 'sentences' ? String(n) : null);
    this._changed(which === 'story' ? 'sentences' : 'article-length', [which]);
  }

  openArticle(id, switchView = true) {
    if (!this.docs.some((d) => d.id === id)) return;
    const changed = id !== this.state.article;
    this.state.article = id;
    this.target = null;
    this._reflect('article', id);
    if (switchView && this.state.view !== 'article') this._activate('article', true, false);
    this._dirty.add('article');
    if (changed) this._changed('article', ['article']);
    else {
      this._emitChange('article');
      this._renderActive();
    }
  }

  /** Shows a sentence in its article: opens the Article view, scrolls the
   * sentence into view, focuses it and keeps it highlighted until the
   * reader moves on. Where the reader was is remembered: Back (in the
   * standalone page), the "back to where you were" control and Escape
   * return there. */
  jump(doc, start, end) {
    if (!this.docs.some((d) => d.id === doc)) return;
    this._remember();
    this.find = null;
    this._goTo(doc, start, end);
  }

  _goTo(doc, start, end) {
    const changed = doc !== this.state.article;
    this.state.article = doc;
    this.target = { doc, s: start, e: end };
    this._flashPending = true;
    // A clipped article (compact mode) opens first, so the target is on screen.
    this.flags[`whole:${doc}`] = true;
    this._reflect('article', doc);
    this._dirty.add('article');
    if (this.state.view !== 'article') this._activate('article', true, false);
    if (changed) this._changed('article', ['article']);
    else {
      this._emitChange('article');
      this._renderActive();
    }
  }

  /** Shows every mention of `terms` (a keyphrase, a name and its aliases, a
   * word), the first one focused, with previous/next through the rest.
   * `hits` ({doc, s, e}) when the engine gave offsets, else found here. */
  showMentions(label, terms, hits) {
    const list = Array.isArray(hits) && hits.length ? hits : mentionsOf(this.docs, terms);
    this._remember();
    this.find = { label: String(label), hits: list, i: 0 };
    if (!list.length) {
      this._dirty.add(this.state.view);
      this._renderActive();
      this._status(this.t('findNone', label));
      return;
    }
    this._goTo(list[0].doc, list[0].s, list[0].e);
  }

  /** Steps to the next (+1) or previous (-1) mention being shown. */
  stepMention(delta) {
    const f = this.find;
    if (!f || !f.hits.length) return;
    f.i = (f.i + delta + f.hits.length) % f.hits.length;
    const hit = f.hits[f.i];
    this._goTo(hit.doc, hit.s, hit.e);
  }

  /** Stops showing mentions. */
  closeMentions() {
    this.find = null;
    this._dirty.add('article');
    this._renderActive();
  }

  _remember() {
    const place = {
      view: this.state.view,
      article: this.state.article,
      target: this.target,
      find: this.find ? { ...this.find } : null,
      scroll: scrollPosition(this._shadow),
      focus: this._origin || focusKey(this._shadow),
    };
    this._origin = null;
    this.trail.push(place);
    if (this._historyMode()) {
      try {
        history.pushState({ ...(history.state || {}), parallax: this.trail.depth }, '', location.href);
      } catch {
        // sandboxed frames may refuse: the in-widget trail still works
      }
    }
    this._syncBack();
    this._emitChange('jump');
  }

  /** Whether jumps are entries in the page's history (attribute
   * `navigation="history"`, set by the standalone page). */
  _historyMode() {
    return this.getAttribute('navigation') === 'history' && typeof history !== 'undefined';
  }

  /** Returns to where the reader was before the last jump: the view, the
   * article, the scroll position and the focused control. False when there
   * is nowhere to go back to. */
  back() {
    if (!this.trail.depth) return false;
    if (this._historyMode() && history.state && history.state.parallax === this.trail.depth) {
      history.back();
      return true;
    }
    this._restore(this.trail.pop());
    return true;
  }

  /** popstate in the standalone page: undo jumps down to `depth`. */
  _popTo(depth) {
    let place = null;
    while (this.trail.depth > depth) place = this.trail.pop();
    if (place) this._restore(place);
  }

  _restore(place) {
    this._syncBack();
    this.find = place.find;
    this.target = place.target;
    if (place.article && place.article !== this.state.article && this.docs.some((d) => d.id === place.article)) {
      this.state.article = place.article;
      this._reflect('article', place.article);
      this._dirty.add('article');
      this._compute(['article']);
    }
    this._flashPending = false;
    this._dirty.add(place.view);
    if (place.view !== this.state.view) this._activate(place.view, true, false);
    else this._renderActive();
    const text = this._shadow.querySelector('[role="tabpanel"]:not([hidden]) .fulltext');
    if (text) text.scrollTop = place.scroll.text;
    window.scrollTo(place.scroll.x, place.scroll.y);
    const again = findFocus(this._shadow, place.focus);
    // A control inside a folded part (compact mode): open it first.
    for (let d = again && again.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    if (again) again.focus({ preventScroll: true });
    this._emitChange('back');
  }

  _syncBack() {
    if (this._backBar) this._backBar.hidden = !this.trail.depth;
  }

  // ---- rendering --------------------------------------------------------------

  _build() {
    this._count = h('span', { class: 'count' });
    this._queryInput = h('input', { type: 'search', id: 'query', part: 'query', autocomplete: 'off' });
    this._queryInput.addEventListener('input', () => this._queryChanged());
    this._queryInput.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this._setQuery(this._queryInput.value, true);
      }
    });
    this._queryLabel = h('label', { for: 'query' });
    this._copyButton = h('button', { type: 'button', part: 'button', onclick: () => this.copyMarkdown() });
    this._jsonButton = h('button', { type: 'button', part: 'button', onclick: () => this.downloadJson() });
    this._embedButton = h('button', { type: 'button', part: 'button', 'aria-haspopup': 'dialog', onclick: () => openEmbedDialog(this) });
    this._tabs = VIEWS.map((v) => h('button', {
      type: 'button', role: 'tab', id: `tab-${v.id}`, 'aria-controls': `panel-${v.id}`, part: 'tab', class: 'tab',
      'aria-selected': 'false', tabindex: '-1', 'data-view': v.id,
      onclick: () => this._activate(v.id, true),
    }));
    this._tablist = h('div', { class: 'tabs', role: 'tablist', part: 'tabs' }, this._tabs);
    this._tablist.addEventListener('keydown', (e) => this._tabKey(e));
    this._panels = VIEWS.map((v) => h('section', {
      role: 'tabpanel', id: `panel-${v.id}`, 'aria-labelledby': `tab-${v.id}`, tabindex: '0', hidden: true, part: 'panel', 'data-view': v.id,
    }, h('p', { class: 'loading' })));
    this._statusEl = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', part: 'status' });
    this._backButton = h('button', { type: 'button', part: 'button back', class: 'back', id: 'back', onclick: () => this.back() });
    this._backBar = h('div', { class: 'backbar', hidden: true }, this._backButton);
    this._version = h('span');
    this._brand = h('strong');
    this._privacy = h('span');
    this._root = h('div', { class: 'root', part: 'root' },
      h('header', { class: 'header', part: 'header' },
        h('div', { class: 'brand' }, this._brand, this._count),
        h('form', { class: 'query', role: 'search', onsubmit: (e) => e.preventDefault() }, this._queryLabel, this._queryInput),
        h('div', { class: 'actions' }, this._copyButton, this._jsonButton, this._embedButton)),
      this._tablist,
      this._backBar,
      this._statusEl,
      this._panels,
      h('footer', { class: 'footer' },
        this._privacy,
        h('span', null, `Parallax ${VERSION} · `, this._version)));
    // Escape goes back to where the reader was (when a jump brought them
    // here), wherever the focus is in the widget.
    this._root.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !this.trail.depth) return;
      if (e.target && e.target.closest && e.target.closest('input, textarea, select')) return;
      e.preventDefault();
      this.back();
    });
    // The control a jump starts from (a click need not focus it: Safari,
    // scripts), so that going back can focus it again.
    this._root.addEventListener('click', (e) => {
      const origin = e.target && e.target.closest ? e.target.closest('[data-nav]') : null;
      this._origin = origin ? { nav: origin.dataset.nav } : null;
    }, true);
    adoptStyles(this._shadow, STYLES);
    this._shadow.append(this._root);
    // Printing shows the current view in full: every collapsed part opens
    // for the print and closes again after it.
    window.addEventListener('beforeprint', () => {
      this._printOpened = [...this._shadow.querySelectorAll('details:not([open])')];
      for (const d of this._printOpened) d.open = true;
    });
    window.addEventListener('afterprint', () => {
      for (const d of this._printOpened || []) d.open = false;
      this._printOpened = null;
    });
    this._relabel();
    this._showTabs();
  }

  /** (Re)writes every word of the chrome from the strings table, and the
   * widget's own language and direction. */
  _relabel() {
    const t = (k, ...a) => this.t(k, ...a);
    this._root.setAttribute('lang', this._strings.lang);
    this._root.setAttribute('dir', this._strings.dir);
    this._brand.textContent = t('brand');
    this._queryLabel.textContent = t('focusOn');
    this._queryInput.placeholder = t('focusPlaceholder');
    this._queryInput.setAttribute('aria-label', t('focusLabel'));
    this._copyButton.textContent = t('copySummary');
    this._copyButton.title = t('copySummaryHint');
    this._jsonButton.textContent = t('downloadJson');
    this._jsonButton.title = t('downloadJsonHint');
    this._embedButton.textContent = t('embedShare');
    this._embedButton.title = t('embedShareHint');
    this._tablist.setAttribute('aria-label', t('views'));
    VIEWS.forEach((v, i) => { this._tabs[i].textContent = t(v.label); });
    for (const p of this._panels) {
      const loading = p.querySelector(':scope > .loading');
      if (loading) loading.textContent = t('loading');
    }
    this._backButton.replaceChildren(h('span', { 'aria-hidden': 'true', class: 'arrow' }), t('back'));
    this._backButton.title = t('backHint');
    this._privacy.textContent = t('footerPrivacy');
    if (this._engineVersion) this._version.textContent = t('engineVersion', this._engineVersion);
    if (this.docs.length || this.source === 'user') this._count.textContent = t('articleCount', this.docs.length);
  }

  _tabKey(e) {
    const i = VIEW_IDS.indexOf(this.state.view);
    let next = -1;
    // Arrows follow the reading direction: in right-to-left, ← is forward.
    const forward = this._strings.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = this._strings.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward) next = (i + 1) % VIEWS.length;
    else if (e.key === backward) next = (i - 1 + VIEWS.length) % VIEWS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = VIEWS.length - 1;
    if (next < 0) return;
    e.preventDefault();
    this._activate(VIEW_IDS[next], true);
    this._tabs[next].focus();
  }

  _activate(view, fromUser, emit = true) {
    this.state.view = view;
    if (fromUser) this._reflect('view', view);
    this._showTabs();
    this._renderActive();
    if (emit) this._emitChange('view');
  }

  _showTabs() {
    VIEWS.forEach((v, i) => {
      const on = v.id === this.state.view;
      this._tabs[i].setAttribute('aria-selected', String(on));
      this._tabs[i].tabIndex = on ? 0 : -1;
      this._panels[i].hidden = !on;
    });
  }

  _renderActive() {
    const view = this.state.view;
    this._syncActions();
    if (!this._dirty.has(view) || (!this.docs.length && this.source !== 'user')) {
      if (view === 'article') this._flash();
      return;
    }
    const i = VIEW_IDS.indexOf(view);
    const panel = this._panels[i];
    const active = this._shadow.activeElement;
    const focusedId = active && active.id;
    // The sentence a jump focused has no id: it is the new target mark.
    const onTarget = Boolean(active && active.classList && active.classList.contains('hl-target'));
    const oldText = panel.querySelector('.fulltext');
    const keepScroll = oldText && panel.dataset.doc === this.state.article ? oldText.scrollTop : null;
    replace(panel, this.docs.length || view === 'yours' ? VIEWS[i].render(this) : this._emptyState());
    panel.dataset.doc = this.state.article || '';
    this._dirty.delete(view);
    if (focusedId) {
      const again = this._shadow.getElementById(focusedId);
      if (again && again !== this._shadow.activeElement) again.focus({ preventScroll: true });
    }
    if (view === 'article') {
      const text = panel.querySelector('.fulltext');
      if (text && keepScroll !== null) text.scrollTop = keepScroll;
      const mark = onTarget ? panel.querySelector('.hl-target') : null;
      if (mark) mark.focus({ preventScroll: true });
      this._flash();
    }
    this._syncActions();
  }

  /** What every view but "Your articles" shows when there are no articles. */
  _emptyState() {
    return h('div', { class: 'card empty-state' },
      h('h2', { text: this.t('emptyTitle') }),
      h('p', { text: this.t('emptyBody') }),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'primary', part: 'button', onclick: () => this._activate('yours', true) }, this.t('emptyGoYours')),
        this.engine ? h('button', { type: 'button', part: 'button', onclick: () => this.resetArticles() }, this.t('emptyBundled')) : null));
  }

  _syncActions() {
    this._copyButton.disabled = !this.results.story;
    this._jsonButton.disabled = !this.results.compare;
  }

  /** Brings the jump's target into view and gives it the focus, once per
   * jump; its highlight lasts (CSS) until the reader moves on. */
  _flash() {
    if (!this.target || this.state.view !== 'article' || !this._flashPending) return;
    const marks = [...this._shadow.querySelectorAll('#panel-article .hl-target')];
    if (!marks.length) return;
    marks[0].scrollIntoView({ block: 'center', behavior: 'auto' });
    marks[0].focus({ preventScroll: true });
    // Until the article's summary is in, drawing it above the text moves
    // the target: bring it into view again then.
    const summary = this.results.article;
    if (summary && summary.__doc === this.state.article) this._flashPending = false;
  }

  /** Length control for `which` ('story' or 'article'): a unit and a number. */
  lengthControl(which) {
    const len = which === 'story' ? this.state.storyLen : this.state.articleLen;
    const unit = h('select', { id: `${which}-len-unit`, 'aria-label': this.t('lengthUnit') },
      ['sentences', 'words'].map((u) => {
        const o = h('option', { value: u }, this.t(u === 'words' ? 'unitWords' : 'unitSentences'));
        o.selected = u === len.unit;
        return o;
      }));
    const [min, max] = LENGTH_LIMITS[len.unit];
    const n = h('input', {
      type: 'number', id: `${which}-len-n`, min: String(min), max: String(max),
      step: len.unit === 'words' ? '10' : '1', value: String(len.n), 'aria-label': this.t(len.unit === 'words' ? 'lengthInWords' : 'lengthInSentences'),
    });
    const apply = debounce(() => {
      if (n.value === '') return;
      this.setLength(which, unit.value, n.value);
    }, 300);
    n.addEventListener('input', apply);
    unit.addEventListener('change', () => {
      const u = unit.value;
      const converted = u === 'words' ? Math.max(LENGTH_LIMITS.words[0], Math.round(len.n * 25 / 10) * 10) : Math.max(1, Math.round(len.n / 25));
      this.setLength(which, u, converted);
    });
    return h('span', { class: 'length' }, h('span', { 'aria-hidden': 'true' }, this.t('length')), n, unit);
  }

  /** A button that shows `ref` (a sentence reference) in its article. */
  jumpButton(ref, cls, content) {
    return h('button', {
      type: 'button',
      class: `link ${cls || ''}`.trim(),
      title: this.t('showIn', this.nameOf(ref.doc)),
      'data-nav': `${ref.doc}:${ref.start_utf16}:${cls || ''}`,
      onclick: () => this.jump(ref.doc, ref.start_utf16, ref.end_utf16),
    }, content ?? ref.text);
  }

  toggleFlag(name) {
    this.flags[name] = !this.flags[name];
    this._dirty.add(this.state.view);
    this._renderActive();
  }

  /** A source tag: its colour, number and name (the outlet when known).
   * `role` 'own' marks the sentence's own source (filled), 'also' a source
   * that corroborates it (outlined); `short` shows the number alone (table
   * headers keep the name in a tooltip and in the accessible name). */
  tag(id, role = null, short = false) {
    const i = this._index && this._index.has(id) ? this._index.get(id) : -1;
    const name = this.nameOf(id);
    const spoken = role === 'own' ? this.t('sourceOwn', name) : role === 'also' ? this.t('sourceAlso', name) : name;
    // Parts written out whole, so the build finds them for custom-elements.json.
    const part = role === 'own' ? { part: 'source-tag source-tag-own' } : role === 'also' ? { part: 'source-tag source-tag-also' } : { part: 'source-tag' };
    return h('span', {
      class: `tag${role ? ` ${role}` : ''}${short ? ' short' : ''}`, ...part,
      'data-c': String((Math.max(i, 0) % 8) + 1), title: this.titleOf(id) === name ? name : `${name} — ${this.titleOf(id)}`,
    },
    h('span', { class: 'n', 'aria-hidden': 'true' }, i >= 0 ? String(i + 1) : '?'),
    short ? srOnly(spoken) : [h('span', { class: 'name', 'aria-hidden': 'true' }, clip(name, 28)), srOnly(spoken)]);
  }

  /** Source tags for `ids` (the first is `own` when `withOwn`), at most
   * `max`, then "+N more". */
  tags(ids, max = 8, withOwn = false) {
    const list = [...new Set(ids)];
    const shown = list.slice(0, max).map((id, k) => this.tag(id, withOwn ? (k === 0 ? 'own' : 'also') : null));
    if (list.length > max) {
      shown.push(h('span', { class: 'note more', title: list.slice(max).map((id) => this.nameOf(id)).slice(0, 40).join('\n') }, this.t('moreSources', list.length - max)));
    }
    return shown;
  }

  /** "4 of 5": how many articles report something. */
  corroboration(ids) {
    const k = new Set(ids).size;
    const n = this.docs.length;
    return h('span', { class: 'chip corroboration', part: 'chip', 'data-level': String(k), title: this.t('reportedByLong', k, n) },
      h('span', { 'aria-hidden': 'true' }, this.t('reportedBy', k, n)), srOnly(this.t('reportedByLong', k, n)));
  }

  // ---- status -------------------------------------------------------------

  _status(text) {
    if (this._statusEl.querySelector('.error')) return;
    replace(this._statusEl, text);
    clearTimeout(this._statusTimer);
    this._statusTimer = setTimeout(() => {
      if (!this._statusEl.querySelector('.error, progress')) replace(this._statusEl);
    }, 5000);
  }

  showError(message) {
    replace(this._statusEl, h('span', { class: 'error', role: 'alert' }, String(message)));
  }

  _clearError() {
    if (this._statusEl.querySelector('.error')) replace(this._statusEl);
  }

  _progress(done, total, label) {
    this._progressTotal = total;
    emit(this, 'progress', { done, total, label, documents: this.docs.length });
    replace(this._statusEl,
      h('progress', { max: String(total), value: String(done), 'aria-label': this.t('progress') }),
      this.t('progressStep', label, this.docs.length, done + 1, total));
  }

  _progressDone() {
    if (this._statusEl.querySelector('progress')) emit(this, 'progress', { done: this._progressTotal, total: this._progressTotal, label: this.t('progressDone'), documents: this.docs.length });
    if (this._statusEl.querySelector('progress')) replace(this._statusEl);
  }

  // ---- export ---------------------------------------------------------------

  /** The story summary as Markdown with its sources. */
  markdown() {
    return this.results.story ? summaryMarkdown(this.docs, this.results.story, this.state.query, (k, ...a) => this.t(k, ...a)) : '';
  }

  async copyMarkdown() {
    const md = this.markdown();
    if (!md) return false;
    const ok = await copyText(md, this._shadow);
    if (ok) this._status(this.t('copied'));
    else this.showError(this.t('copyFailed'));
    return ok;
  }

  async downloadJson() {
    if (!this.results.compare) return;
    const strip = (k, v) => (k === '__doc' ? undefined : v);
    let summary = JSON.stringify(this.results.story, strip, 2);
    let comparison = JSON.stringify(this.results.compare, strip, 2);
    if ((this._fromWorker.story || this._fromWorker.compare) && this.worker) {
      // The views hold trimmed results; the worker has them whole.
      try {
        const full = await this.worker.exportJson();
        if (this._fromWorker.story && full.summary) summary = full.summary;
        if (this._fromWorker.compare && full.comparison) comparison = full.comparison;
      } catch (e) {
        this.showError(this.t('exportFailed', e.message));
        return;
      }
    }
    const head = { documents: this.docs.map(({ text, ...meta }) => meta), query: this.state.query || null };
    const text = `{\n"documents": ${JSON.stringify(head.documents, null, 2)},\n"query": ${JSON.stringify(head.query)},\n"summary": ${summary},\n"comparison": ${comparison}\n}\n`;
    downloadJson(text, 'parallax-comparison.json', this._shadow);
    this._status(this.t('downloaded'));
  }
}

