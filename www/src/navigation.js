// Navigation: where the reader was before each jump (summary → sentence,
// fact → sentence, word → its mentions), so that Back, the "back to where
// you were" control and Escape return there with the scroll position and
// the focus; and the mentions of a word or name in the article texts.

/** How many jumps the trail remembers. */
const TRAIL_MAX = 50;

/** A stack of places the reader left. */
export class Trail {
  constructor() {
    this.places = [];
  }

  get depth() {
    return this.places.length;
  }

  /** Remembers `place` ({view, article, target, find, scroll, focus}). */
  push(place) {
    this.places.push(place);
    if (this.places.length > TRAIL_MAX) this.places.shift();
  }

  /** The last place left, removed from the trail; null when empty. */
  pop() {
    return this.places.pop() || null;
  }

  clear() {
    this.places.length = 0;
  }
}

/** The scroll positions that say where the reader is: the page's and the
 * article text's (a scroll box only in wide layouts). */
export function scrollPosition(root) {
  const text = root.querySelector('[role="tabpanel"]:not([hidden]) .fulltext');
  return { x: window.scrollX, y: window.scrollY, text: text ? text.scrollTop : 0 };
}

/** A key that finds the focused control again after a re-render: its id,
 * else its `data-nav` key. */
export function focusKey(root) {
  const el = root.activeElement;
  if (!el) return null;
  if (el.id) return { id: el.id };
  const keyed = el.closest('[data-nav]');
  return keyed ? { nav: keyed.dataset.nav } : null;
}

/** The element `key` names in `root`, if it is still there. */
export function findFocus(root, key) {
  if (!key) return null;
  if (key.id) return root.getElementById(key.id);
  // The open view first: a hidden one may hold a control with the same key.
  const panel = root.querySelector('[role="tabpanel"]:not([hidden])');
  const match = (scope) => (scope ? [...scope.querySelectorAll('[data-nav]')].find((el) => el.dataset.nav === key.nav) : null);
  return match(panel) || match(root) || null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every place in `docs` where one of `terms` stands as whole words, case
 * folded: [{doc, s, e}] in document order, then text order. Used when the
 * engine gives no mention offsets for a keyphrase or a distinctive word. */
export function mentionsOf(docs, terms) {
  const wanted = [...new Set(terms.map((t) => String(t || '').trim()).filter((t) => t.length >= 2))];
  const hits = [];
  for (const d of docs) {
    const lower = d.text.toLowerCase();
    const found = [];
    for (const term of wanted) {
      const needle = term.toLowerCase();
      let at = lower.indexOf(needle);
      while (at >= 0) {
        const before = at > 0 ? lower[at - 1] : ' ';
        const after = lower[at + needle.length] || ' ';
        if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) found.push({ doc: d.id, s: at, e: at + needle.length });
        at = lower.indexOf(needle, at + needle.length);
      }
    }
    found.sort((a, b) => a.s - b.s || b.e - a.e);
    // Overlapping terms ("DeepSeek", "DeepSeek R1"): keep the first, longest.
    let end = -1;
    for (const f of found) {
      if (f.s >= end) {
        hits.push(f);
        end = f.e;
      }
    }
  }
  return hits;
}
