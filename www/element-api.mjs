// The element's public surface, described once for the generated
// dist/npm/custom-elements.json (the Custom Elements Manifest, read by
// editors and catalogues) and dist/npm/parallax-digest.d.ts. Parts and CSS
// custom properties are collected from the sources by www/build.mjs;
// tests/e2e/embed-npm.test.mjs checks these lists against the element.

export const TAG = 'parallax-digest';

export const ATTRIBUTES = [
  { name: 'view', type: "'story' | 'article' | 'compare' | 'yours'", description: 'The open tab (default story).' },
  { name: 'article', type: 'string', description: 'Id of the article shown in the Article view.' },
  { name: 'sentences', type: 'number', description: 'Length of the story summary in sentences, 1–30 (default 6).' },
  { name: 'query', type: 'string', description: 'Focus both summaries on these words.' },
  { name: 'src', type: 'string', description: 'URL of a JSON array of {id, title, source, author, date, url, text} to show; a failure is reported (parallax-error, reason src-failed), never replaced by the bundled articles.' },
  { name: 'theme', type: "'auto' | 'light' | 'dark'", description: "Colour scheme; auto follows the host page's color-scheme or background, then prefers-color-scheme." },
  { name: 'navigation', type: "'history' | ''", description: "history: jumps become entries in the page's history (Back returns); otherwise a Back control and Escape." },
  { name: 'loading', type: "'eager' | 'lazy'", description: 'lazy starts the engine only when the widget nears the viewport.' },
];

export const PROPERTIES = [
  { name: 'documents', type: 'ParallaxArticle[]', description: 'The articles (get a copy, or set to replace them). Set before the script loads, it still applies.' },
  { name: 'summary', type: 'Summary | null', readonly: true, description: 'The latest story summary (the summarize JSON of docs/api.md).' },
  { name: 'comparison', type: 'Comparison | null', readonly: true, description: 'The latest comparison (the compare JSON of docs/api.md).' },
  { name: 'ready', type: 'Promise<ParallaxDigestElement>', readonly: true, description: 'Resolves when the first results are on screen.' },
  { name: 'timings', type: 'Record<string, number>', readonly: true, description: 'Engine milliseconds of the latest story, compare and article results.' },
  { name: 'strings', type: 'Record<string, string | ((...args: any[]) => string)>', description: "The UI's words (www/src/i18n.js), lang and dir included; set some or all of them." },
  { name: 'trailDepth', type: 'number', readonly: true, description: 'How many jumps back() can undo.' },
];

export const METHODS = [
  { name: 'markdown', type: '() => string', description: 'The story summary as Markdown with its sources.' },
  { name: 'copyMarkdown', type: '() => Promise<boolean>', description: 'Copies the Markdown summary to the clipboard.' },
  { name: 'downloadJson', type: '() => Promise<void>', description: 'Offers the summary and comparison as a JSON download.' },
  { name: 'back', type: '() => boolean', description: 'Returns to where the reader was before the last jump; false if there is nowhere to go.' },
];

export const EVENTS = [
  { name: 'parallax-ready', detail: '{ documents: number; source: "bundled" | "src" | "inline" | "script" | "user" }', description: 'Results for a set of articles are on screen.' },
  { name: 'parallax-change', detail: '{ reason: string; view: string; article: string | null; query: string; sentences: number | null; words: number | null; documents: number }', description: 'The reader or a script changed something.' },
  { name: 'parallax-error', detail: '{ reason: "engine-blocked" | "engine-failed" | "engine-crashed" | "src-failed" | "inline-invalid" | "input-refused" | "share-failed"; message: string; src?: string; directive?: string; task?: string }', description: 'Something failed; message says what, for people.' },
  { name: 'parallax-progress', detail: '{ done: number; total: number; label: string; documents: number }', description: 'Progress of a large set computed in the background.' },
  { name: 'parallax-import', detail: '{ articles: ParallaxArticle[] }', cancelable: true, description: 'The reader is adding articles; preventDefault() refuses them.' },
  { name: 'parallax-share', detail: '{ kind: "script" | "iframe" | "file"; documents: number }', cancelable: true, description: 'The reader is copying a snippet or downloading the offline file; preventDefault() stops it.' },
];
