// What the host environment offers the element, and what it does not:
// a base class that also exists in Node (so the ES module can be imported
// there for `summarize` / `compare`), styles that a strict
// Content-Security-Policy allows, and where this script came from.

/* global SCRIPT_URL, SCRIPT_TEXT */

/** `HTMLElement` in a browser; a plain class where there is no DOM (Node),
 * so that importing the module never throws. */
export const ElementBase = typeof HTMLElement === 'undefined' ? class {} : HTMLElement;

/** Puts `css` into `shadow`. A constructed style sheet where the browser has
 * them: CSSOM sheets are not inline styles, so `style-src 'self'` allows
 * them, where it blocks a `<style>` element. */
export function adoptStyles(shadow, css) {
  try {
    if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // fall back to a <style> element
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/** The classic script's source, for baking into a single offline file: the
 * text of the inline `<script>` it came in, or fetched from where it was
 * loaded (parallax.js beside the ES module, for the module build). */
export async function classicScriptSource() {
  if (SCRIPT_TEXT) return SCRIPT_TEXT;
  if (!SCRIPT_URL) throw new Error('the page did not say where parallax.js is');
  const url = new URL('parallax.js', SCRIPT_URL).href;
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`could not read ${url} (${e.message || e}); from file:// use dist/parallax.html, which carries its own script`);
  }
  if (!response.ok) throw new Error(`could not read ${url} (HTTP ${response.status})`);
  return response.text();
}

/** Where parallax.js and embed.html are published (the directory of this
 * script), or '' when the page was opened from a file. */
export function publishedBase() {
  if (!SCRIPT_URL || !/^https?:/.test(SCRIPT_URL)) return '';
  return new URL('.', SCRIPT_URL).href;
}
