// DOM helpers. Article text is untrusted: everything here builds nodes with
// createElement / createTextNode / textContent. There is no innerHTML in the
// widget.

/**
 * Creates an element. `attrs` keys: `class`, `text` (textContent), `on*`
 * (event listeners), `dataset` (object), `part`, anything else as an
 * attribute (`true` sets an empty attribute, `false`/`null` skips it).
 * Children: nodes, strings (become text nodes), arrays, null (skipped).
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = String(value);
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else if (key === 'style' && typeof value === 'object') {
        for (const [prop, v] of Object.entries(value)) {
          if (prop.includes('-')) el.style.setProperty(prop, String(v));
          else el.style[prop] = String(v);
        }
      }
      else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
      else if (key === 'value' && 'value' in el) el.value = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

/** Appends children (nodes, strings, arrays, null) to `el`. */
export function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of `el`. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Text read out by screen readers only. */
export function srOnly(text) {
  return h('span', { class: 'sr-only', text });
}

/** Formats a number for people: 0.4213 → "0.42", 1234567 → "1,234,567". */
export function fmt(n, digits = 2) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '–';
  // Not toLocaleString: its first call loads locale data (~200 ms seen here).
  if (Number.isInteger(n)) return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n.toFixed(digits);
}

/** First non-empty value among `obj[k]` for keys `ks` (tolerates schema growth). */
export function pick(obj, ...ks) {
  if (!obj) return undefined;
  for (const k of ks) if (obj[k] !== undefined && obj[k] !== null) return obj[k];
  return undefined;
}

/** `list` if it is an array, else []. */
export function arr(list) {
  return Array.isArray(list) ? list : [];
}

/** Shortens `text` to `n` characters on a word boundary. */
export function clip(text, n) {
  const t = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (t.length <= n) return t;
  const cut = t.slice(0, n - 1);
  const space = cut.lastIndexOf(' ');
  return (space > n * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** Calls `fn` after `ms` of quiet. */
export function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** Waits for the next frame (lets the browser paint between heavy steps). */
export function nextFrame() {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}
