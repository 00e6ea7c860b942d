// <parallax-digest>: the custom element. Owns the state (documents, view,
// selection, lengths, query), runs the engine, renders the active view into
// its shadow root and talks to the page through attributes and events.
//
// Attributes (reflected): view (story | article | compare | yours),
// article (selected article id), sentences (story length), query, src (URL
// of a JSON array of {id, title, text}), theme (light | dark | auto),
// loading (eager | lazy).
// Articles: the `documents` property, else `src`, else inline children
// (inline.js), else the bundled corpus.
// Events: parallax-ready, parallax-change (detail = the state),
// parallax-error, parallax-progress, parallax-import and parallax-share
// (cancelable); see events.js.
// Properties: documents (get/set an array of {id, title, text}), summary,
// comparison, ready (a promise), and the attributes above; any of them set
// before the element upgrades still applies.

/* global STYLES, VERSION */

import { h, replace, srOnly, debounce, clip } from './dom.js';
import { Engine, WorkerEngine, EngineError, WORKER_MIN_DOCUMENTS, WORKER_MIN_CHARS } from './engine.js';
import { makeId } from './import.js';
import { ElementBase, adoptStyles } from './host.js';
import { isWasmBlocked, wasmBlockedMessage } from './csp.js';
import { emit, emitError } from './events.js';
import { inlineArticles, childrenParsed } from './inline.js';
import { openEmbedDialog } from './embed-control.js';
import { renderStory } from './views/story.js';
import { renderArticle } from './views/article.js';
import { renderCompare } from './views/compare.js';
import { renderYours } from './views/yours.js';
import { summaryMarkdown, copyText, downloadJson } from './export.js';

const VIEWS = [
  { id: 'story', label: 'Story', render: renderStory },
  { id: 'article', label: 'Article', render: renderArticle },
  { id: 'compare', label: 'Compare', render: renderCompare },
  { id: 'yours', label: 'Your articles', render: renderYours },
];
const VIEW_IDS = VIEWS.map((v) => v.id);
const LENGTH_LIMITS = { sentences: [1, 30], words: [20, 2000] };
const WIDE_MIN_PX = 640;
/** Properties a page may set before the script has loaded (the element is
 * then a plain HTMLElement holding them as own properties). */
const UPGRADED_PROPERTIES = ['documents', 'view', 'article', 'sentences', 'query', 'src', 'theme', 'loading'];
/** How near the viewport a `loading="lazy"` widget starts its engine. */
const LAZY_MARGIN = '400px';
/** Optional metadata kept with each article and handed to the engine. */
const DOCUMENT_META = ['source', 'author', 'date', 'url'];

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
    return ['view', 'article', 'sentences', 'query', 'src', 'theme', 'loading'];
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
  /** The articles, as `{id, title, text, source?, author?, date?, url?}` copies. */
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
    return (this.clientWidth || 1024) >= WIDE_MIN_PX;
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
    if (typeof ResizeObserver !== 'undefined' && !this._resizer) {
      // Re-render when the width crosses the wide/narrow line. The first
      // callback, after the first layout, only records the width: reading it
      // here would force a layout in the middle of page load.
      this._wasWide = undefined;
      this._resizer = new ResizeObserver(() => {
        const wide = this.isWide();
        if (this._wasWide === undefined) {
          this._wasWide = wide;
          return;
        }
        if (wide === this._wasWide) return;
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
      default:
        break;
    }
  }

  async _start() {
    performance.mark('parallax-start');
    try {
      this.engine = await Engine.load();
      performance.mark('parallax-engine-compiled');
      this._version.textContent = `engine ${this.engine.version()}`;
    } catch (e) {
      if (isWasmBlocked(e)) this._fail('engine-blocked', wasmBlockedMessage(), { directive: "script-src 'wasm-unsafe-eval'" });
      else this._fail('engine-failed', `The engine could not start in this browser: ${e.message || e}`);
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
      this._status('Loading articles…');
      try {
        const response = await fetch(src);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const data = await response.json();
        const list = Array.isArray(data) ? data : (data && (data.articles || data.documents));
        if (!Array.isArray(list) || !list.length) throw new Error('expected a JSON array of {id, title, text}');
        replace(this._statusEl);
        this._setDocuments(list, 'src');
        return;
      } catch (e) {
        // Not the bundled articles: inside a host's post they would pass
        // for the host's own sources.
        this._fail('src-failed', `Could not load articles from “${src}” (${e.message || e}).`, { src });
        return;
      }
    }
    let inline = null;
    await childrenParsed(this);
    try {
      inline = inlineArticles(this);
    } catch (e) {
      this._fail('inline-invalid', `Could not read the articles inside the page: ${e.message}.`);
      return;
    }
    if (inline) this._setDocuments(inline, 'inline');
    else this._setDocuments(this.engine.corpus(), 'bundled');
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
    if (!docs.length) {
      this.showError('There are no articles to show.');
      emitError(this, 'input-refused', 'There are no articles to show.');
      return;
    }
    this.docs = docs;
    this._index = new Map(docs.map((d, i) => [d.id, i]));
    this.source = source;
    this._readyFired = source === 'user' ? this._readyFired : false;
    if (source !== 'user') this.edited = false;
    if (!docs.some((d) => d.id === this.state.article)) {
      const wanted = this.getAttribute('article');
      this.state.article = docs.some((d) => d.id === wanted) ? wanted : docs[0].id;
    }
    this.target = null;
    this.flags = {};
    this.results = { story: null, compare: null, article: null };
    this._count.textContent = `${docs.length} article${docs.length === 1 ? '' : 's'}`;
    this._changed('documents', ['story', 'compare', 'article']);
  }

  addArticles(list) {
    if (!emit(this, 'import', { articles: list.map((a) => ({ ...a })) }, true)) {
      this._status('The page did not accept these articles.');
      return;
    }
    const taken = new Set(this.docs.map((d) => d.id));
    const added = list.map((a) => {
      const id = makeId(a.title || 'article', taken);
      taken.add(id);
      return { ...a, id, title: a.title || '', text: a.text };
    });
    this.edited = true;
    this._setDocuments([...this.docs, ...added], 'user');
    this._status(`Added ${added.length === 1 ? `“${clip(added[0].title, 60)}”` : `${added.length} articles`}. ${this.docs.length} articles now.`);
  }

  removeArticle(id) {
    if (this.docs.length <= 1) return;
    const title = this.titleOf(id);
    this.edited = true;
    this._setDocuments(this.docs.filter((d) => d.id !== id), 'user');
    this._status(`Removed “${clip(title, 60)}”.`);
  }

  renameArticle(id, title) {
    const doc = this.docs.find((d) => d.id === id);
    if (!doc) return;
    doc.title = String(title || '').trim();
    this.edited = true;
    for (const v of VIEW_IDS) if (v !== 'yours' || this.state.view !== 'yours') this._dirty.add(v);
    this._count.textContent = `${this.docs.length} article${this.docs.length === 1 ? '' : 's'}`;
    this._emitChange('title');
  }

  resetArticles() {
    if (this.hasAttribute('src')) this.removeAttribute('src');
    this._setDocuments(this.engine.corpus(), 'bundled');
    this._status('Back to the bundled articles.');
  }

  titleOf(id) {
    const i = this._index ? this._index.get(id) : undefined;
    const d = i === undefined ? null : this.docs[i];
    return (d && d.title) || id;
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
    if (part === 'story') return { part, fn: 'summarize', label: 'Summarizing the story', options: { ...this._lengthOptions(this.state.storyLen), ...query } };
    if (part === 'compare') return { part, fn: 'compare', label: 'Comparing the articles', options: {} };
    return { part, fn: 'summarize', label: 'Summarizing the article', doc: this.state.article, options: { document: this.state.article, ...this._lengthOptions(this.state.articleLen), ...query } };
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
        result = { error: e.message, crashed: e instanceof EngineError && e.crashed };
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
      const message = result.crashed ? result.error : `${task.label} failed: ${result.error}`;
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
   * sentence into view and flashes it. */
  jump(doc, start, end) {
    if (!this.docs.some((d) => d.id === doc)) return;
    const changed = doc !== this.state.article;
    this.state.article = doc;
    this.target = { doc, s: start, e: end };
    this._flashAt = performance.now();
    this._flashPending = true;
    this._reflect('article', doc);
    this._dirty.add('article');
    if (this.state.view !== 'article') this._activate('article', true, false);
    if (changed) this._changed('article', ['article']);
    else {
      this._emitChange('article');
      this._renderActive();
    }
  }

  // ---- rendering --------------------------------------------------------------

  _build() {
    this._count = h('span', { class: 'count' });
    this._queryInput = h('input', {
      type: 'search', id: 'query', part: 'query', placeholder: 'e.g. cost, Nvidia, chips', autocomplete: 'off',
      'aria-label': 'Focus the summaries on',
    });
    this._queryInput.addEventListener('input', () => this._queryChanged());
    this._queryInput.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this._setQuery(this._queryInput.value, true);
      }
    });
    this._copyButton = h('button', { type: 'button', part: 'button', title: 'Copy the story summary as Markdown, with its sources', onclick: () => this.copyMarkdown() }, 'Copy summary');
    this._embedButton = h('button', { type: 'button', part: 'button', 'aria-haspopup': 'dialog', title: 'Embed these articles in a page, or save them as one offline file', onclick: () => openEmbedDialog(this) }, 'Embed / share');
    this._jsonButton = h('button', { type: 'button', part: 'button', title: 'Download the summary and comparison as JSON', onclick: () => this.downloadJson() }, 'Download JSON');
    this._tabs = VIEWS.map((v) => h('button', {
      type: 'button', role: 'tab', id: `tab-${v.id}`, 'aria-controls': `panel-${v.id}`, part: 'tab', class: 'tab',
      'aria-selected': 'false', tabindex: '-1', 'data-view': v.id,
      onclick: () => this._activate(v.id, true),
    }, v.label));
    const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Views', part: 'tabs' }, this._tabs);
    tablist.addEventListener('keydown', (e) => this._tabKey(e));
    this._panels = VIEWS.map((v) => h('section', {
      role: 'tabpanel', id: `panel-${v.id}`, 'aria-labelledby': `tab-${v.id}`, tabindex: '0', hidden: true, part: 'panel', 'data-view': v.id,
    }, h('p', { class: 'loading', text: 'Loading…' })));
    this._statusEl = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', part: 'status' });
    this._version = h('span');
    const root = h('div', { class: 'root', part: 'root' },
      h('header', { class: 'header', part: 'header' },
        h('div', { class: 'brand' }, h('strong', null, 'Parallax'), this._count),
        h('form', { class: 'query', role: 'search', onsubmit: (e) => e.preventDefault() },
          h('label', { for: 'query', text: 'Focus on' }), this._queryInput),
        h('div', { class: 'actions' }, this._copyButton, this._jsonButton, this._embedButton)),
      tablist,
      this._statusEl,
      this._panels,
      h('footer', { class: 'footer' },
        h('span', null, 'Runs entirely in your browser; nothing is uploaded.'),
        h('span', null, `Parallax ${VERSION} · `, this._version)));
    adoptStyles(this._shadow, STYLES);
    this._shadow.append(root);
    this._showTabs();
  }

  _tabKey(e) {
    const i = VIEW_IDS.indexOf(this.state.view);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % VIEWS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + VIEWS.length) % VIEWS.length;
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
    if (!this.docs.length || !this._dirty.has(view)) {
      if (view === 'article') this._flash();
      return;
    }
    const i = VIEW_IDS.indexOf(view);
    const panel = this._panels[i];
    const focusedId = this._shadow.activeElement && this._shadow.activeElement.id;
    const oldText = panel.querySelector('.fulltext');
    const keepScroll = oldText && panel.dataset.doc === this.state.article ? oldText.scrollTop : null;
    replace(panel, VIEWS[i].render(this));
    panel.dataset.doc = this.state.article || '';
    this._dirty.delete(view);
    if (focusedId) {
      const again = this._shadow.getElementById(focusedId);
      if (again && again !== this._shadow.activeElement) again.focus({ preventScroll: true });
    }
    if (view === 'article') {
      const text = panel.querySelector('.fulltext');
      if (text && keepScroll !== null) text.scrollTop = keepScroll;
      this._flash();
    }
    this._syncActions();
  }

  _syncActions() {
    this._copyButton.disabled = !this.results.story;
    this._jsonButton.disabled = !this.results.compare;
  }

  _flash() {
    if (!this.target || this.state.view !== 'article') return;
    const marks = [...this._shadow.querySelectorAll('#panel-article .hl-target')];
    if (!marks.length) return;
    const age = performance.now() - (this._flashAt || 0);
    if (!this._flashPending && age > 1600) return;
    if (this._flashPending) {
      marks[0].scrollIntoView({ block: 'center', behavior: 'auto' });
      marks[0].focus({ preventScroll: true });
      this._flashPending = false;
    }
    for (const m of marks) {
      m.classList.remove('flash');
      void m.offsetWidth;
      m.classList.add('flash');
    }
  }

  /** Length control for `which` ('story' or 'article'): a unit and a number. */
  lengthControl(which) {
    const len = which === 'story' ? this.state.storyLen : this.state.articleLen;
    const unit = h('select', { id: `${which}-len-unit`, 'aria-label': 'Length unit' },
      ['sentences', 'words'].map((u) => {
        const o = h('option', { value: u }, u);
        o.selected = u === len.unit;
        return o;
      }));
    const [min, max] = LENGTH_LIMITS[len.unit];
    const n = h('input', {
      type: 'number', id: `${which}-len-n`, min: String(min), max: String(max),
      step: len.unit === 'words' ? '10' : '1', value: String(len.n), 'aria-label': `Length in ${len.unit}`,
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
    return h('span', { class: 'length' }, h('span', { 'aria-hidden': 'true' }, 'Length'), n, unit);
  }

  toggleFlag(name) {
    this.flags[name] = !this.flags[name];
    this._dirty.add(this.state.view);
    this._renderActive();
  }

  /** A numbered, coloured source tag; the number is the signal, colour a help. */
  tag(id) {
    const i = this._index && this._index.has(id) ? this._index.get(id) : -1;
    return h('span', { class: 'tag', part: 'source-tag', 'data-c': String((i % 8) + 1), title: this.titleOf(id) },
      srOnly('source '), i >= 0 ? String(i + 1) : '?');
  }

  /** Source tags for `ids`, at most `max`, then "+N more". */
  tags(ids, max = 8) {
    const list = [...new Set(ids)];
    const shown = list.slice(0, max).map((id) => this.tag(id));
    if (list.length > max) {
      shown.push(h('span', { class: 'note more', title: list.slice(max).map((id) => this.titleOf(id)).slice(0, 40).join('\n') }, `+${list.length - max} more`));
    }
    return shown;
  }

  /** "4 of 5": how many articles report something. */
  corroboration(ids) {
    const k = new Set(ids).size;
    const n = this.docs.length;
    return h('span', { class: 'chip corroboration', part: 'chip', 'data-level': String(k), title: `Reported by ${k} of ${n} articles` },
      `${k} of ${n}`, srOnly(' sources report this'));
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
      h('progress', { max: String(total), value: String(done), 'aria-label': 'Progress' }),
      `${label} (${this.docs.length} articles, step ${done + 1} of ${total})…`);
  }

  _progressDone() {
    if (this._statusEl.querySelector('progress')) emit(this, 'progress', { done: this._progressTotal, total: this._progressTotal, label: 'Done', documents: this.docs.length });
    if (this._statusEl.querySelector('progress')) replace(this._statusEl);
  }

  // ---- export ---------------------------------------------------------------

  /** The story summary as Markdown with its sources. */
  markdown() {
    return this.results.story ? summaryMarkdown(this.docs, this.results.story, this.state.query) : '';
  }

  async copyMarkdown() {
    const md = this.markdown();
    if (!md) return false;
    const ok = await copyText(md, this._shadow);
    if (ok) this._status('Summary copied as Markdown.');
    else this.showError('Could not copy to the clipboard in this browser.');
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
        this.showError(`Could not export: ${e.message}`);
        return;
      }
    }
    const head = { documents: this.docs.map(({ id, title }) => ({ id, title })), query: this.state.query || null };
    const text = `{\n"documents": ${JSON.stringify(head.documents, null, 2)},\n"query": ${JSON.stringify(head.query)},\n"summary": ${summary},\n"comparison": ${comparison}\n}\n`;
    downloadJson(text, 'parallax-comparison.json', this._shadow);
    this._status('Comparison downloaded as JSON.');
  }
}

