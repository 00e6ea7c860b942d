// Articles in a URL fragment, for the iframe embed: JSON, deflated where
// the browser has CompressionStream, as base64url. A fragment never reaches
// a server, so the articles stay between the two pages.
//
//   embed.html#articles=<deflate-raw, base64url>   (or #json=<base64url>)

/** `documents` as a fragment parameter `[name, value]`. */
export async function encodeArticles(documents) {
  const bytes = new TextEncoder().encode(JSON.stringify(documents));
  if (typeof CompressionStream === 'function') {
    const packed = await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
    return ['articles', toBase64Url(new Uint8Array(packed))];
  }
  return ['json', toBase64Url(bytes)];
}

/** The documents in fragment parameters `params` (URLSearchParams), or null
 * when there are none. Throws when they cannot be read. */
export async function decodeArticles(params) {
  let bytes;
  if (params.has('articles')) {
    if (typeof DecompressionStream !== 'function') throw new Error('this browser cannot unpack the articles (no DecompressionStream)');
    const packed = fromBase64Url(params.get('articles'));
    bytes = new Uint8Array(await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
  } else if (params.has('json')) {
    bytes = fromBase64Url(params.get('json'));
  } else {
    return null;
  }
  const list = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(list)) throw new Error('the articles in the URL are not a list');
  return list;
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(String(text).replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
