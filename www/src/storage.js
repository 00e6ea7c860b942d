// "Keep my articles in this browser": the reader's own set in localStorage,
// only when they ask for it, with a way to forget it. Nothing is sent.

const KEY = 'parallax-digest:articles';
/** Larger sets are not stored (localStorage holds ~5 MB per site). */
const MAX_CHARS = 4_000_000;

/** The stored articles, or null (none, unreadable, or storage disabled). */
export function loadArticles() {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const list = JSON.parse(raw);
    return Array.isArray(list) && list.length ? list : null;
  } catch {
    return null;
  }
}

/** Stores `docs`; false when the set is too large or storage refuses. */
export function saveArticles(docs) {
  try {
    const raw = JSON.stringify(docs.map(({ id, title, source, author, date, url, text }) => ({ id, title, source, author, date, url, text })));
    if (raw.length > MAX_CHARS) return false;
    window.localStorage.setItem(KEY, raw);
    return true;
  } catch {
    return false;
  }
}

/** Whether anything is stored. */
export function hasStoredArticles() {
  try {
    return window.localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

/** Removes the stored articles. */
export function forgetArticles() {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // storage disabled: nothing was stored
  }
}
