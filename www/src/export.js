// Export: the story summary as Markdown with its sources, the comparison as
// a JSON download.

import { STRINGS, translate } from './i18n.js';

/** Markdown of a multi-document summary: one bullet a sentence, each with
 * its sources and corroboration, then the numbered list of sources. `t`
 * is the widget's strings lookup (www/src/i18n.js). */
export function summaryMarkdown(docs, summary, query, t = (key, ...args) => translate(STRINGS, key, ...args)) {
  const index = new Map(docs.map((d, i) => [d.id, i + 1]));
  // Named as in the widget: "Title (Outlet)", else the one known, else "Article n".
  const title = (id) => {
    const d = docs.find((x) => x.id === id);
    if (!d) return id;
    if (d.title && d.source) return `${d.title} (${d.source})`;
    return d.title || d.source || t('untitled', index.get(id));
  };
  const escape = (s) => String(s).replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ').trim();
  const lines = [`## ${t('mdSummaryOf', docs.length)}${query ? ` (${t('mdFocus', escape(query))})` : ''}`, ''];
  for (const s of summary.sentences || []) {
    const ids = [s.doc, ...(s.corroborated_by || []).filter((id) => id !== s.doc)];
    const refs = ids.map((id) => `[${index.get(id) ?? '?'}]`).join('');
    lines.push(`- ${escape(s.text)} ${refs}${ids.length > 1 ? ` (${t('mdSupport', ids.length, docs.length)})` : ''}`);
  }
  lines.push('', `### ${t('mdSources')}`, '');
  docs.forEach((d, i) => lines.push(`${i + 1}. ${escape(title(d.id))}`));
  lines.push('', `_${t('mdMadeWith')}_`, '');
  return lines.join('\n');
}

/** Copies `text`; falls back to a hidden textarea where the Clipboard API is
 * unavailable (old browsers, some file:// setups). Resolves to true on success. */
export async function copyText(text, host) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  host.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Offers `text` (JSON) as a file download. */
export function downloadJson(text, filename, host) {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  host.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
