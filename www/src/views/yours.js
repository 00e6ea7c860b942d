// "Your articles": paste text or drop .txt / .md / .html files, edit titles,
// remove articles, reset to the bundled corpus.

import { h, fmt } from '../dom.js';
import { fileToArticle, textToArticle, hasWords } from '../import.js';

export function renderYours(ctx) {
  const title = h('input', { type: 'text', id: 'paste-title', placeholder: 'Headline (optional)', autocomplete: 'off' });
  const text = h('textarea', { id: 'paste-text', placeholder: 'Paste the text of an article here…', spellcheck: 'false' });
  const add = () => {
    const raw = text.value;
    if (!hasWords(raw)) {
      ctx.showError('Paste some text first: this has no words.');
      text.focus();
      return;
    }
    const article = textToArticle(raw);
    ctx.addArticles([{ title: title.value.trim() || article.title || 'Pasted article', text: article.text }]);
    title.value = '';
    text.value = '';
  };
  const pasteCard = h('section', { class: 'card', 'aria-labelledby': 'yours-paste-h' },
    h('div', { class: 'card-head' }, h('h2', { id: 'yours-paste-h', text: 'Paste an article' })),
    h('div', { class: 'form' },
      h('label', { for: 'paste-title' }, 'Title', title),
      h('label', { for: 'paste-text' }, 'Text', text),
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'primary', part: 'button', onclick: add }, 'Add article'),
        h('span', { class: 'note', text: 'Nothing leaves your browser.' }))));

  const input = h('input', { type: 'file', multiple: true, accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html', class: 'sr-only', tabindex: '-1', id: 'file-input' });
  const readFiles = async (files) => {
    const added = [];
    const problems = [];
    for (const file of files) {
      try {
        const a = await fileToArticle(file);
        if (!hasWords(a.text)) throw new Error(`${file.name} has no readable text`);
        added.push(a);
      } catch (e) {
        problems.push(e.message);
      }
    }
    if (added.length) ctx.addArticles(added);
    if (problems.length) ctx.showError(problems.join(' · '));
  };
  input.addEventListener('change', () => {
    readFiles([...input.files]);
    input.value = '';
  });
  const zone = h('div', { class: 'dropzone', part: 'dropzone' },
    h('p', null, 'Drop .txt, .md or .html files here'),
    h('p', { class: 'note', style: { margin: '6px 0 10px' } }, 'HTML is reduced to its readable text; its scripts never run.'),
    h('button', { type: 'button', onclick: () => input.click() }, 'Choose files…'), input);
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
  const dropCard = h('section', { class: 'card', 'aria-labelledby': 'yours-drop-h' },
    h('div', { class: 'card-head' }, h('h2', { id: 'yours-drop-h', text: 'Open files' })), zone);

  const all = ctx.flags.allMine || ctx.docs.length <= 105;
  const list = h('ol', { class: 'mine', part: 'my-articles' }, (all ? ctx.docs : ctx.docs.slice(0, 100)).map((d, i) => {
    const t = h('input', { type: 'text', value: d.title || '', 'aria-label': `Title of article ${i + 1}`, placeholder: 'Untitled' });
    t.addEventListener('change', () => ctx.renameArticle(d.id, t.value));
    return h('li', { 'data-id': d.id },
      ctx.tag(d.id),
      h('span', { class: 'mine-title' }, t, h('span', { class: 'note' }, `${fmt(d.text.split(/\s+/).filter(Boolean).length)} words · id ${d.id}`)),
      h('button', { type: 'button', 'aria-label': `Remove “${ctx.titleOf(d.id)}”`, disabled: ctx.docs.length <= 1, onclick: () => ctx.removeArticle(d.id) }, 'Remove'));
  }));
  const listCard = h('section', { class: 'card', 'aria-labelledby': 'yours-list-h' },
    h('div', { class: 'card-head' },
      h('h2', { id: 'yours-list-h' }, `Articles (${ctx.docs.length})`),
      h('button', { type: 'button', onclick: () => ctx.resetArticles(), disabled: ctx.source === 'bundled' && !ctx.edited }, 'Reset to the bundled articles')),
    h('p', { class: 'note', style: { marginBottom: '10px' } }, ctx.source === 'bundled' && !ctx.edited ? 'These are the bundled articles. Add your own to compare them too, or remove some.' : 'Your set. Everything recomputes as you change it.'),
    list,
    all ? null : h('button', { type: 'button', id: 'mine-toggle', style: { marginTop: '10px' }, onclick: () => ctx.toggleFlag('allMine') }, `Show all ${ctx.docs.length}`));

  return h('div', { class: 'grid cols' }, h('div', { class: 'stack' }, pasteCard, dropCard), listCard);
}
