// Content-Security-Policy: recognising that the page's policy blocks
// WebAssembly, and saying which directive it needs.

/** The source expression a page's `script-src` needs for the engine. */
export const WASM_SOURCE = "'wasm-unsafe-eval'";

/** Whether `error` is the browser refusing to compile WebAssembly because of
 * the page's Content-Security-Policy (Chromium: "Refused to compile or
 * instantiate WebAssembly module because 'unsafe-eval' is not an allowed
 * source…"; Firefox and Safari name the policy too). */
export function isWasmBlocked(error) {
  const text = String((error && error.message) || error || '');
  return /Content[- ]Security[- ]Policy|unsafe-eval|Refused to compile|call to WebAssembly\.\w+\(\) blocked/i.test(text);
}

// What to tell the reader and the page's author when wasm is blocked is the
// strings table's `engineBlocked` (www/src/i18n.js).
