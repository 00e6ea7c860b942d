// "Your articles": paste text or drop .txt / .md / .html files, edit titles,
// remove one or all, replace the bundled set, keep the set in this browser
// (and forget it), back to the bundled corpus.

import { h, fmt } from '../dom.js';
import { fileToArticle, textToArticle, hasWords } from '../import.js';

/** Fewer words than this from an import earn a warning: a page that gave
 * up only its menu or a teaser ("Anticipo:") is not an article. */
export const FEW_WORDS = 40;

const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

export function renderYours(ctx) {
  const t = (k, ...a) => ctx.t(k, ...a);
  const untouched = ctx.source === 'bundled' && !ctx.edited;
  const title = h('input', { type: 'text', id: 'paste-title', placeholder: t('headlinePlaceholder'), autocomplete: 'off' });
  const outlet = h('input', { type: 'text', id: 'paste-source', placeholder: t('outletPlaceholder'), autocomplete: 'off' });
  const text = h('textarea', { id: 'paste-text', placeholder: t('textPlaceholder'), spellcheck: 'false' });
  const replaceBox = untouched ? h('input', { type: 'checkbox', id: 'replace-bundled' }) : null;
  const replacing = () => Boolean(replaceBox && replaceBox.checked);
  const add = () => {
    const raw = text.value;
    if (!hasWords(raw)) {
      ctx.showError(t('noWords'));
      text.focus();
      return;
    }
    const article = textToArticle(raw);
    const item = { title: title.value.trim() || article.title || '', text: article.text };
    if (outlet.value.trim()) item.source = outlet.value.trim();
    if (!item.title && !item.source) item.title = t('pastedTitle');
    ctx.addArticles([item], replacing());
    title.value = '';
    outlet.value = '';
    text.value = '';
    const n = wordCount(item.text);
    if (n < FEW_WORDS) ctx.showError(t('tooLittle', `“${item.title || item.source}”`, n));
  };
  const pasteCard = ctx.section('yours-paste-h', t('pasteTitle'),
    h('div', { class: 'form' },
      h('label', { for: 'paste-title' }, t('headline'), title),
      h('label', { for: 'paste-source' }, t('outlet'), outlet),
      h('label', { for: 'paste-text' }, t('text'), text),
      replaceBox ? h('label', { class: 'check', for: 'replace-bundled' }, replaceBox, t('replaceBundled')) : null,
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'primary', part: 'button', id: 'paste-add', onclick: add }, t('addArticle')),
        h('span', { class: 'note', text: t('nothingLeaves') }))));

  const input = h('input', { type: 'file', multiple: true, accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html', class: 'sr-only', tabindex: '-1', id: 'file-input', 'aria-label': t('fileInput') });
  const readFiles = async (files) => {
    const added = [];
    const problems = [];
    for (const file of files) {
      try {
        const a = await fileToArticle(file);
        if (!hasWords(a.text)) throw new Error(t('fileNoText', file.name));
        const n = wordCount(a.text);
        if (n < FEW_WORDS) problems.push(t('tooLittle', file.name, n));
        added.push(a);
      } catch (e) {
        // import.js names what went wrong (e.code, e.args); the words are ours.
        problems.push(e.code ? t(e.code, ...e.args) : e.message);
      }
    }
    if (added.length) ctx.addArticles(added, replacing());
    if (problems.length) ctx.showError(problems.join(' · '));
  };
  input.addEventListener('change', () => {
    readFiles([...input.files]);
    input.value = '';
  });
  const zone = h('div', { class: 'dropzone', part: 'dropzone' },
    h('p', null, t('dropHere')),
    h('p', { class: 'note', style: { margin: '6px 0 10px' } }, t('dropNote')),
    h('button', { type: 'button', id: 'choose-files', onclick: () => input.click() }, t('chooseFiles')), input);
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const files = e.dataTransfer ? [...e.dataTransfer.files] : [];
    if (files.length) readFiles(files);
  });
  const dropCard = ctx.section('yours-drop-h', t('openFiles'), zone);

  const all = ctx.flags.allMine || ctx.docs.length <= 105;
  const list = ctx.docs.length ? h('ol', { class: 'mine', part: 'my-articles' }, (all ? ctx.docs : ctx.docs.slice(0, 100)).map((d, i) => {
    const input = h('input', { type: 'text', value: d.title || '', 'aria-label': t('titleOf', i + 1), placeholder: d.source || t('untitled', i + 1) });
    input.addEventListener('change', () => ctx.renameArticle(d.id, input.value));
    return h('li', { 'data-id': d.id },
      ctx.tag(d.id, null, true),
      h('span', { class: 'mine-title' }, input, h('span', { class: 'note' }, [d.source, t('words', fmt(wordCount(d.text)))].filter(Boolean).join(' · '))),
      h('button', { type: 'button', 'aria-label': t('removeNamed', `“${ctx.nameOf(d.id)}”`), onclick: () => ctx.removeArticle(d.id) }, t('remove')));
  })) : h('div', { class: 'empty-state' }, h('p', { class: 'empty', text: t('emptyBody') }));
  const keep = h('input', { type: 'checkbox', id: 'keep-articles', checked: ctx.keep, disabled: ctx.source !== 'user' || !ctx.docs.length });
  keep.addEventListener('change', () => ctx.setKeep(keep.checked));
  const listCard = h('section', { class: 'card', 'aria-labelledby': 'yours-list-h' },
    h('div', { class: 'card-head' },
      h('h2', { id: 'yours-list-h' }, t('yourList', ctx.docs.length)),
      h('span', { class: 'row' },
        h('button', { type: 'button', id: 'remove-all', onclick: () => ctx.removeAll(), disabled: !ctx.docs.length }, t('removeAll')),
        h('button', { type: 'button', id: 'reset-bundled', onclick: () => ctx.resetArticles(), disabled: untouched }, t('resetBundled')))),
    h('p', { class: 'note intro', text: untouched ? t('bundledNote') : t('yourNote') }),
    list,
    all ? null : h('button', { type: 'button', id: 'mine-toggle', style: { marginTop: '10px' }, onclick: () => ctx.toggleFlag('allMine') }, t('showAll', ctx.docs.length)),
    h('div', { class: 'keep' },
      h('label', { class: 'check', for: 'keep-articles' }, keep, t('keep')),
      h('p', { class: 'note', text: t('keepNote') }),
      ctx.keep || ctx.hasStored() ? h('button', { type: 'button', id: 'forget', onclick: () => ctx.forgetStored() }, t('forget')) : null));

  return h('div', { class: 'grid cols' }, h('div', { class: 'stack' }, pasteCard, dropCard), listCard);
}
