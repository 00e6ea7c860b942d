// The element's events beyond parallax-ready and parallax-change: errors
// with a machine-readable reason, progress on large sets, and cancelable
// events before actions a page may want to veto. All bubble and cross the
// shadow boundary.

// Why a parallax-error fired (`detail.reason`; also listed for the typings
// and the manifest in www/element-api.mjs):
//   engine-blocked   the page's CSP forbids WebAssembly
//   engine-failed    the engine could not start for another reason
//   engine-crashed   the engine trapped; it was restarted
//   src-failed       the `src` URL could not be fetched or held no articles
//   inline-invalid   the element's inline articles could not be read
//   input-refused    the engine refused the articles (e.g. an empty one)
//   share-failed     the offline file could not be made

/** Dispatches `parallax-<name>` on `el`; returns false when a listener
 * vetoed it (`preventDefault()` on a cancelable event). */
export function emit(el, name, detail, cancelable = false) {
  return el.dispatchEvent(new CustomEvent(`parallax-${name}`, { bubbles: true, composed: true, cancelable, detail }));
}

/** Dispatches `parallax-error` with `{reason, message, ...extra}`. */
export function emitError(el, reason, message, extra = {}) {
  emit(el, 'error', { reason, message: String(message), ...extra });
}
