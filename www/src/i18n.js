// The widget's words: every string it shows or reads out, in one table.
// A page replaces any of them through the `strings` property (see
// www/README.md, Language); `lang` and `dir` of the table set the widget's
// own language and direction, so a right-to-left host page cannot reorder
// an English widget, and a translated table is laid out in its direction.
//
// A value is a string, or a function of the values it names (counts,
// names) that returns one.

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** The built-in (English) table. */
export const STRINGS = {
  lang: 'en',
  dir: 'ltr',
  brand: 'Parallax',
  articleCount: (n) => plural(n, 'article', 'articles'),
  focusOn: 'Focus on',
  focusPlaceholder: 'e.g. cost, Nvidia, chips',
  focusLabel: 'Focus the summaries on',
  copySummary: 'Copy summary',
  copySummaryHint: 'Copy the story summary as Markdown, with its sources',
  downloadJson: 'Download JSON',
  downloadJsonHint: 'Download the summary and comparison as JSON',
  embedShare: 'Embed / share',
  embedShareHint: 'Embed these articles in a page, or save them as one offline file',
  importRefused: 'The page did not accept these articles.',
  views: 'Views',
  viewStory: 'Story',
  viewArticle: 'Article',
  viewCompare: 'Compare',
  viewYours: 'Your articles',
  loading: 'Loading…',
  footerPrivacy: 'Runs entirely in your browser; nothing is uploaded.',
  back: 'Back to where you were',
  backHint: 'Back to where you were (Escape)',
  untitled: (n) => `Article ${n}`,
  // sources
  from: 'From',
  alsoIn: 'also in',
  sourceOwn: (name) => `from ${name}`,
  sourceAlso: (name) => `also in ${name}`,
  reportedBy: (k, n) => `${k} of ${n}`,
  reportedByLong: (k, n) => `Reported by ${k} of ${n} sources`,
  moreSources: (n) => `+${n} more`,
  showIn: (name) => `Show in ${name}`,
  length: 'Length',
  lengthUnit: 'Length unit',
  unitSentences: 'sentences',
  unitWords: 'words',
  lengthInSentences: 'Length in sentences',
  lengthInWords: 'Length in words',
  progress: 'Progress',
  taskStory: 'Summarizing the story',
  taskCompare: 'Comparing the articles',
  taskArticle: 'Summarizing the article',
  copied: 'Summary copied as Markdown.',
  copyFailed: 'Could not copy to the clipboard in this browser.',
  exportFailed: (why) => `Could not export: ${why}`,
  downloaded: 'Comparison downloaded as JSON.',
  // article view
  legend: 'Legend',
  legendFilled: 'Filled',
  legendSolid: 'Solid line',
  legendDotted: 'Dotted line',
  inSummary: 'in the summary',
  legendShared: 'reported by n sources',
  reportedByN: (n) => `reported by ${n} sources`,
  onlyHere: 'only in this article',
  fullTextOf: (title) => `Full text of ${title}`,
  showWholeArticle: 'Show whole article',
  showLessArticle: 'Show less',
  // story
  gistOne: 'The gist of the article',
  gist: (n) => `The gist of ${n} articles`,
  summarizing: 'Summarizing…',
  comparing: 'Comparing…',
  noSentence: 'No sentence could be picked.',
  disagree: 'Where they disagree',
  disagreeNone: 'The sources agree on every figure they share.',
  disagreeOne: 'One source only: nothing to disagree with.',
  disagreeIntro: 'Facts the sources report with figures that differ beyond their hedges, or that someone disputes. Select a value to read it in its sentence.',
  says: (name, value) => `${name}: ${value}`,
  valueSources: (n) => `${n} ${n === 1 ? 'source' : 'sources'}:`,
  claimedOnly: 'claimed',
  outlier: 'the outlier',
  disputedBy: (who, cues, names) => `${who ? `${who}'s figure` : 'One figure'} is disputed${cues.length ? ` (${cues.join(', ')})` : ''}${names.length ? `; the other value comes from ${names.join(', ')}` : ''}.`,
  cannotBothHold: (a, b) => `${a} and ${b} cannot both be right, even allowing for their hedges.`,
  adds: 'What each source adds',
  addsIntro: 'The most important fact only that source reports.',
  addsNothing: 'Nothing the others do not also report.',
  keyphrases: 'Keyphrases',
  keyphrasesNone: 'No keyphrases.',
  inArticles: (k, n) => `In ${k} of ${n} articles`,
  findHint: (term) => `Show where “${term}” appears`,
  articles: (n) => `Articles (${n})`,
  words: (n) => `${n} words`,
  characters: (n) => `${n} characters`,
  showAll: (n) => `Show all ${n}`,
  showFewer: 'Show fewer',
  focused: 'Focused on ',
  notFocused: (q) => `Nothing in the articles matches “${q}”, so the summary is not focused.`,
  // find
  findTitle: (term) => `“${term}”`,
  findCount: (i, n, docs) => `${i} of ${n} mentions, in ${plural(docs, 'article', 'articles')}`,
  findNone: (term) => `“${term}” does not appear in the text as written.`,
  previous: 'Previous',
  next: 'Next',
  close: 'Close',
  // compare
  alike: 'How alike the articles are',
  alikeIntro: 'How much wording each pair of articles shares: 0 is nothing in common, 1 the same text. Stories on one event usually share little wording; a high value means one copies the other.',
  alikeSummary: (a, b, v) => `The closest pair is ${a} and ${b} (${v}).`,
  alikeClosest: 'closest match',
  same: 'same article',
  // compare sections
  cmpIntro: (n) => `${n} articles compared. Select any sentence, value, name or word to see it in its article.`,
  cmpSections: 'Sections of the comparison',
  shared: (n) => `Shared facts (${n})`,
  sharedIntro: 'Facts reported by more than one article, most corroborated first.',
  eachPutsIt: (n) => `How each source puts it (${n})`,
  figures: (n) => `Figures (${n})`,
  figuresConflicts: (k) => `${k} conflicting: the sources give values that disagree beyond their hedges.`,
  figuresIntro: 'Each figure as every source writes it.',
  figuresCaption: 'Values as each source writes them; ⚠ marks a conflict. Select a value to see its sentence.',
  measured: 'What is measured',
  valuesBySource: 'Values by source',
  conflict: 'Conflict',
  claimed: 'claimed',
  whyConflict: 'Why this is a conflict',
  notReported: 'not reported',
  uniqueIntro: 'Facts that only one article reports, most important first.',
  more: (n) => `${n} more`,
  entities: (n) => `People and organisations (${n})`,
  entitiesIntro: 'Who and what each article names. Select a name to see its mentions.',
  entitiesCaption: 'Mentions per article.',
  entitiesCaptionFew: 'Articles that name each one.',
  name: 'Name',
  namedIn: 'Named in',
  mentions: (k) => `${k} mention${k === 1 ? '' : 's'}`,
  notNamed: 'not named',
  quotes: (n) => `Quotes (${n})`,
  quotesIntro: 'Direct quotations, grouped by who said them.',
  unattributed: 'Unattributed',
  distinctive: 'Distinctive words',
  distinctiveIntro: 'Words each article uses far more than the others. Select one to see where.',
  none: 'None.',
  noneFound: (what) => `${what}: none found.`,
  jumpShared: 'Shared facts',
  jumpFigures: 'Figures',
  jumpAdds: 'What each adds',
  jumpEntities: 'People & organisations',
  jumpQuotes: 'Quotes',
  jumpWords: 'Distinctive words',
  jumpAlike: 'How alike',
  nearDuplicates: 'Near-duplicates',
  nearDuplicatesNone: 'None: no article repeats another’s wording wholesale.',
  // empty set
  emptyTitle: 'No articles yet',
  emptyBody: 'Paste an article or open files in “Your articles” to read and compare them. You can also bring back the bundled set.',
  emptyGoYours: 'Add articles',
  emptyBundled: 'Use the bundled articles',
  // your articles
  pasteTitle: 'Paste an article',
  headline: 'Headline',
  headlinePlaceholder: 'Headline (optional)',
  outlet: 'Outlet',
  outletPlaceholder: 'e.g. Reuters (optional)',
  text: 'Text',
  textPlaceholder: 'Paste the text of an article here…',
  addArticle: 'Add article',
  replaceBundled: 'Replace the bundled articles',
  nothingLeaves: 'Nothing leaves your browser.',
  openFiles: 'Open files',
  dropHere: 'Drop .txt, .md or .html files here',
  dropNote: 'HTML is reduced to its readable text; its scripts never run.',
  chooseFiles: 'Choose files…',
  fileInput: 'Article files to add',
  yourList: (n) => `Articles (${n})`,
  removeAll: 'Remove all',
  resetBundled: 'Back to the bundled articles',
  bundledNote: 'These are the bundled articles. Add your own to compare them too, or replace them.',
  yourNote: 'Your set. Everything recomputes as you change it.',
  titleOf: (n) => `Title of article ${n}`,
  remove: 'Remove',
  removeNamed: (name) => `Remove ${name}`,
  keep: 'Keep my articles in this browser',
  keepNote: 'Stored on this device only (localStorage), never sent anywhere.',
  forget: 'Forget my stored articles',
  forgotten: 'Your stored articles were forgotten.',
  restored: (n) => `Restored ${plural(n, 'article', 'articles')} kept in this browser.`,
  noWords: 'Paste some text first: this has no words.',
  tooLittle: (name, n) => `Only ${plural(n, 'word', 'words')} could be read from ${name}: is it the article itself? It was added; remove it if not.`,
  added: (what, n) => `Added ${what}. ${plural(n, 'article', 'articles')} now.`,
  removed: (name) => `Removed ${name}.`,
  removedAll: 'All articles removed.',
  backToBundled: 'Back to the bundled articles.',
};

/** The table `overrides` makes of the built-in one: unknown keys are
 * ignored, and a value of the wrong type keeps the built-in one, so a
 * partial or broken translation still gives a working widget. */
export function mergeStrings(overrides) {
  const table = { ...STRINGS };
  if (!overrides || typeof overrides !== 'object') return table;
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in STRINGS)) continue;
    const builtIn = STRINGS[key];
    if (typeof builtIn === 'function' && typeof value === 'function') table[key] = value;
    else if (typeof builtIn === 'function' && typeof value === 'string') table[key] = () => value;
    else if (typeof builtIn === 'string' && typeof value === 'string') table[key] = value;
  }
  if (table.dir !== 'rtl' && table.dir !== 'ltr') table.dir = STRINGS.dir;
  return table;
}

/** Looks `key` up in `table`, calling it with `args` when it is a function.
 * A function that throws falls back to the built-in entry. */
export function translate(table, key, ...args) {
  const value = table[key] ?? STRINGS[key];
  if (typeof value !== 'function') return String(value ?? key);
  try {
    return String(value(...args));
  } catch {
    return String(STRINGS[key](...args));
  }
}
