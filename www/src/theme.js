// theme="auto": the widget takes the host page's scheme — its declared
// `color-scheme`, else the colour of the background behind the widget —
// and only where the page says neither, the OS preference (CSS media query).

/** Relative luminance (0 black … 1 white) of a computed CSS colour, or null
 * for a transparent or unreadable one. */
export function luminance(color) {
  const m = /rgba?\(([^)]+)\)/.exec(String(color));
  if (!m) return null;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  if (parts.length < 3 || parts.slice(0, 3).some((v) => !Number.isFinite(v))) return null;
  if (parts.length > 3 && parts[3] < 0.5) return null;
  const lin = (v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(parts[0]) + 0.7152 * lin(parts[1]) + 0.0722 * lin(parts[2]);
}

/** 'dark', 'light' or null (the page does not say): the scheme of the page
 * around `el`. A single declared `color-scheme` (inherited, so read on the
 * parent) wins; otherwise the first opaque background among the ancestors
 * decides. */
export function pageScheme(el) {
  const up = (node) => node.parentElement || (node.parentNode && node.parentNode.host) || null;
  const parent = up(el);
  if (!parent) return null;
  const words = (getComputedStyle(parent).colorScheme || '').split(/\s+/).filter((w) => w === 'light' || w === 'dark');
  if (words.length === 1) return words[0];
  for (let node = parent; node; node = up(node)) {
    const l = luminance(getComputedStyle(node).backgroundColor);
    if (l !== null) return l < 0.2 ? 'dark' : 'light';
  }
  return null;
}
