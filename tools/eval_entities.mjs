#!/usr/bin/env node
// Scores Parallax's typed names on CoNLL-2003 English dev (eng.testa)
// beside npm `compromise`, with exactly the convention of
// ../shared/data/README.md:
//
// * each document rebuilt as plain text, one sentence a line,
//   detokenised ("Bitar's", "Japan, co-hosts"), uppercase headline and
//   dateline kept, and sent alone to `compare`;
// * gold mentions are maximal runs of one type (IOB1);
// * scored on unique (document, name, type) triples, names lower-cased,
//   a final possessive and dots removed, surrounding punctuation stripped;
// * predictions are every alias of each entity, person/organisation/place
//   → PER/ORG/LOC; MISC, `group` and `other` stay out of the typed rows;
// * Parallax uncapped through its wasm build (`compare(docs, {entities: 1e6})`).
//
// Usage:
//   node tools/eval_entities.mjs [--data FILE] [--engine wasm|cli] [--bin PATH]
//                                [--no-peer] [--limit N] [--errors PER|ORG|LOC] [--json]
//
// `--engine wasm` (the default) needs `make wasm` (target/pkg-node);
// `--engine cli` runs `parallax compare --json` once a document (capped at
// 50 entities a call: the quick loop while tuning). The peer needs
// `npm ci` in tools/node (compromise 14.17.0, pinned there).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function parseArgs(argv) {
  const a = { data: join(ROOT, '..', 'shared', 'data', 'conll2003-dev', 'eng.testa'), engine: 'wasm', bin: join(ROOT, 'target', 'release', 'parallax'), peer: true, limit: Infinity, errors: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const f = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${f} needs a value`);
      return argv[++i];
    };
    if (f === '--data') a.data = v();
    else if (f === '--engine') a.engine = v();
    else if (f === '--bin') a.bin = v();
    else if (f === '--no-peer') a.peer = false;
    else if (f === '--limit') a.limit = Number(v());
    else if (f === '--errors') a.errors = v();
    else if (f === '--json') a.json = true;
    else throw new Error(`unknown argument ${f}`);
  }
  if (!['wasm', 'cli'].includes(a.engine)) throw new Error(`--engine is wasm or cli, not ${a.engine}`);
  return a;
}

/** Documents of a CoNLL file: sentences of [token, tag] (DOCSTART lines may come before or after a document). */
export function readConll(text) {
  const docs = [];
  let doc = [];
  let sent = [];
  const endSentence = () => {
    if (sent.length) doc.push(sent);
    sent = [];
  };
  const endDoc = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) {
      endSentence();
      continue;
    }
    const cols = t.split(' ');
    if (cols[0] === '-DOCSTART-') {
      endDoc();
      continue;
    }
    sent.push([cols[0], cols[cols.length - 1]]);
  }
  endDoc();
  return docs;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '}', '%', "n't", '...']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** Detokenised text of tokens: "Bitar 's" → "Bitar's", "Japan , co-hosts" → "Japan, co-hosts". */
export function detokenise(tokens) {
  let out = '';
  let quoteOpen = false;
  let glueNext = false;
  for (const tok of tokens) {
    let space = out.length > 0 && !glueNext;
    glueNext = false;
    if (NO_SPACE_BEFORE.has(tok) || /^'[a-z]{0,2}$/i.test(tok)) space = false;
    if (tok === '"') {
      if (quoteOpen) space = false;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (NO_SPACE_AFTER.has(tok)) glueNext = true;
    out += (space ? ' ' : '') + tok;
  }
  return out;
}

/** Gold mentions of a sentence: maximal runs of one type (IOB1), as [name, TYPE]. */
export function goldMentions(sentence) {
  const out = [];
  let run = [];
  let type = null;
  const flush = () => {
    if (run.length) out.push([detokenise(run), type]);
    run = [];
    type = null;
  };
  for (const [tok, tag] of sentence) {
    if (tag === 'O') {
      flush();
      continue;
    }
    const [bio, t] = tag.split('-');
    if (t !== type || bio === 'B') flush();
    type = t;
    run.push(tok);
  }
  flush();
  return out;
}

/** The scoring form of a name: lower-cased, final possessive and dots removed, surrounding punctuation stripped. */
export function normalise(name) {
  let s = name.toLowerCase().trim();
  s = s.replace(/(['’]s|['’])$/u, '');
  s = s.replace(/\./g, '');
  s = s.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');
  return s;
}

const KIND_TO_TYPE = { person: 'PER', organisation: 'ORG', place: 'LOC' };
const TYPES = ['PER', 'ORG', 'LOC'];

function parallaxWasm() {
  const pkg = join(ROOT, 'target', 'pkg-node', 'parallax.js');
  let px;
  try {
    px = require(pkg);
  } catch (e) {
    throw new Error(`${pkg} is missing: run make wasm first (${e.message})`);
  }
  return (id, text) => px.compare([{ id, text }], { entities: 1e6 }).entities;
}

function parallaxCli(bin) {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-conll-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (id, text) => {
    const path = join(dir, `${id}.txt`);
    writeFileSync(path, text);
    const r = spawnSync(bin, ['compare', '--json', path], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${bin} failed on document ${id}: ${r.stderr || r.error}`);
    return JSON.parse(r.stdout).entities;
  };
}

function compromisePeer() {
  let nlp;
  try {
    nlp = createRequire(join(ROOT, 'tools', 'node', 'package.json'))('compromise');
  } catch (e) {
    throw new Error(`compromise is missing: run npm ci in tools/node (${e.message})`);
  }
  return (text) => {
    const doc = nlp(text);
    return [
      ...doc.people().out('array').map((n) => [n, 'PER']),
      ...doc.organizations().out('array').map((n) => [n, 'ORG']),
      ...doc.places().out('array').map((n) => [n, 'LOC']),
    ];
  };
}

/** P/R/F1 per type, micro over PER+ORG+LOC and with the type ignored, from sets of "doc\tname\tTYPE". */
export function score(gold, pred) {
  const rows = {};
  const prf = (g, p) => {
    let tp = 0;
    for (const x of p) if (g.has(x)) tp++;
    const P = p.size ? tp / p.size : 0;
    const R = g.size ? tp / g.size : 0;
    return { gold: g.size, pred: p.size, tp, p: P, r: R, f: P + R ? (2 * P * R) / (P + R) : 0 };
  };
  const ofType = (s, t) => new Set([...s].filter((x) => x.endsWith(`\t${t}`)));
  for (const t of TYPES) rows[t] = prf(ofType(gold, t), ofType(pred, t));
  const typed = (s) => new Set([...s].filter((x) => TYPES.some((t) => x.endsWith(`\t${t}`))));
  rows.micro = prf(typed(gold), typed(pred));
  const untyped = (s) => new Set([...typed(s)].map((x) => x.slice(0, x.lastIndexOf('\t'))));
  rows.untyped = prf(untyped(gold), untyped(pred));
  return rows;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const docs = readConll(readFileSync(args.data, 'utf8')).slice(0, args.limit);
  const run = args.engine === 'wasm' ? parallaxWasm() : parallaxCli(args.bin);
  const peer = args.peer ? compromisePeer() : null;
  const gold = new Set();
  const ours = new Set();
  const theirs = new Set();
  let ms = 0;
  docs.forEach((sentences, d) => {
    const id = String(d).padStart(3, '0');
    const text = sentences.map((s) => detokenise(s.map(([tok]) => tok))).join('\n') + '\n';
    for (const s of sentences) for (const [name, t] of goldMentions(s)) if (normalise(name)) gold.add(`${id}\t${normalise(name)}\t${t}`);
    const t0 = performance.now();
    const entities = run(id, text);
    ms += performance.now() - t0;
    for (const e of entities) {
      const t = KIND_TO_TYPE[e.kind];
      if (!t) continue;
      for (const a of new Set([e.name, ...e.aliases])) if (normalise(a)) ours.add(`${id}\t${normalise(a)}\t${t}`);
    }
    if (peer) for (const [n, t] of peer(text)) if (normalise(n)) theirs.add(`${id}\t${normalise(n)}\t${t}`);
  });
  const a = score(gold, ours);
  const b = peer ? score(gold, theirs) : null;
  if (args.json) {
    console.log(JSON.stringify({ documents: docs.length, engine: args.engine, parallax: a, compromise: b }, null, 2));
  } else {
    const f3 = (x) => x.toFixed(3).replace(/^0/, '');
    const cell = (r) => `${f3(r.p)} / ${f3(r.r)} / ${f3(r.f)}`;
    const label = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', micro: 'micro PER+ORG+LOC', untyped: 'names only, type ignored (PER/ORG/LOC)' };
    console.log(`CoNLL-2003 ${args.data.split('/').pop()}: ${docs.length} documents; Parallax (${args.engine === 'wasm' ? 'wasm, uncapped' : `CLI ${args.bin}, 50 a call`}) ${(ms / docs.length).toFixed(2)} ms a document\n`);
    console.log(`| P / R / F1 | gold names | Parallax | ${peer ? 'compromise 14.17.0 |' : ''}`);
    console.log(`|---|---|---|${peer ? '---|' : ''}`);
    for (const k of [...TYPES, 'micro', 'untyped']) console.log(`| ${label[k]} | ${a[k].gold} | ${cell(a[k])} | ${b ? `${cell(b[k])} |` : ''}`);
  }
  if (args.errors) {
    const t = args.errors;
    const byName = (s) => new Map([...s].map((x) => x.split('\t')).map(([d, n, ty]) => [`${d}\t${n}`, ty]));
    const goldAny = byName(gold);
    const predAny = byName(ours);
    console.log(`\nfalse ${t} (predicted ${t}, gold says):`);
    for (const x of ours) if (x.endsWith(`\t${t}`) && !gold.has(x)) console.log(`  ${x.replace(`\t${t}`, '')}\t→ ${goldAny.get(x.slice(0, x.lastIndexOf('\t'))) ?? '-'}`);
    console.log(`\nmissed ${t} (gold ${t}, predicted as):`);
    for (const x of gold) if (x.endsWith(`\t${t}`) && !ours.has(x)) console.log(`  ${x.replace(`\t${t}`, '')}\t→ ${predAny.get(x.slice(0, x.lastIndexOf('\t'))) ?? '-'}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(`eval_entities: ${e.message}`);
    process.exit(1);
  }
}
