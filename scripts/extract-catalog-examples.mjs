#!/usr/bin/env node
// Extracts the backticked wrong/right examples from the rule catalog
// (citation-rules.md, section A) into test/fixtures/catalog-examples.json.
//
// Usage:
//   node scripts/extract-catalog-examples.mjs [catalog.md] [--out FILE] [--stdout]
//
//   catalog.md  defaults to ../shared/docs/citation-rules.md (relative to the repo root)
//   --out FILE  output file (default test/fixtures/catalog-examples.json, relative to the repo root)
//   --stdout    print the result instead of writing it (annotations are still read from --out)
//
// What is extracted: every table row in section A whose first cell starts with a
// rule code (CITEnnn, optionally with a letter suffix such as CITE013b). From the
// row's "Wrong → right" column (A.9: "Example"), each backticked span becomes one
// entry. The cell is split into groups at semicolons outside backticks; within a
// group, spans before the first `→` (outside backticks) are "wrong", spans after it
// are "right", and a group without an arrow yields "example" spans. The catalog's
// visible-space mark U+237D ("⍽") is stored as a plain space.
//
// The annotations (kind, count, context, contextKind, and anything else besides
// code/side/text) are written by hand into the output file. Re-running the script
// keeps them: each new entry takes the annotations of the existing entry with the
// same code + side + text (the n-th duplicate matches the n-th duplicate).
// Entries still lacking a `kind` and annotations that no longer match any entry
// are reported on stderr.

import { readFileSync, writeFileSync, existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = 'citation-rules.md section A';
const KEY_ORDER = ['code', 'side', 'text', 'kind', 'count', 'context', 'contextKind'];

function parseArgs(argv) {
  const opts = {
    catalog: resolve(repoRoot, '../shared/docs/citation-rules.md'),
    out: resolve(repoRoot, 'test/fixtures/catalog-examples.json'),
    stdout: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--stdout') opts.stdout = true;
    else if (a === '--out') {
      const v = argv[++i];
      if (!v) throw new Error('--out needs a file name');
      opts.out = resolve(process.cwd(), v);
    } else if (a === '-h' || a === '--help') {
      process.stdout.write('node scripts/extract-catalog-examples.mjs [catalog.md] [--out FILE] [--stdout]\n');
      process.exit(0);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.catalog = resolve(process.cwd(), a);
  }
  return opts;
}

/** Splits a Markdown table row into trimmed cells; `|` inside backticks or escaped as `\|` does not split. */
export function splitRow(line) {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  const cells = [];
  let cur = '';
  let inCode = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '`') {
      inCode = !inCode;
      cur += ch;
    } else if (ch === '|' && !inCode) {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') cells.push(cur.trim());
  return cells;
}

/** Tokenizes a cell into plain-text and code (backticked) tokens. */
function tokenize(cell) {
  const tokens = [];
  const re = /`([^`]*)`/g;
  let last = 0;
  let m;
  while ((m = re.exec(cell)) !== null) {
    if (m.index > last) tokens.push({ type: 'text', value: cell.slice(last, m.index) });
    tokens.push({ type: 'code', value: m[1] });
    last = m.index + m[0].length;
  }
  if (last < cell.length) tokens.push({ type: 'text', value: cell.slice(last) });
  return tokens;
}

/** Backticked examples of one catalog cell, each with its side. */
export function examplesFromCell(cell) {
  // Split into `;`-separated groups (semicolons outside backticks only).
  const groups = [[]];
  for (const tok of tokenize(cell)) {
    if (tok.type === 'code') {
      groups[groups.length - 1].push(tok);
      continue;
    }
    const parts = tok.value.split(';');
    parts.forEach((part, i) => {
      if (i > 0) groups.push([]);
      if (part !== '') groups[groups.length - 1].push({ type: 'text', value: part });
    });
  }
  const out = [];
  for (const group of groups) {
    const hasArrow = group.some((t) => t.type === 'text' && t.value.includes('→'));
    let afterArrow = false;
    for (const tok of group) {
      if (tok.type === 'text') {
        if (tok.value.includes('→')) afterArrow = true;
        continue;
      }
      // The catalog draws a significant space as U+237D (`⍽⍽` = two spaces); store real spaces.
      const text = tok.value.replace(/\u237D/g, ' ');
      if (text === '') continue;
      out.push({ side: hasArrow ? (afterArrow ? 'right' : 'wrong') : 'example', text });
    }
  }
  return out;
}

/** All examples in section A of the catalog, in document order. */
export function extract(markdown) {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => /^##\s+A\.\s/.test(l));
  if (start < 0) throw new Error('catalog has no "## A." section');
  let end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  if (end < 0) end = lines.length;

  const examples = [];
  let column = -1; // index of the Wrong → right / Example column in the current table
  for (let i = start + 1; i < end; i++) {
    const line = lines[i];
    if (!line.trim().startsWith('|')) {
      column = -1;
      continue;
    }
    const cells = splitRow(line);
    if (cells.every((c) => /^:?-{2,}:?$/.test(c))) continue; // delimiter row
    const codeMatch = /^(CITE\d{3}[a-z]?)\b/.exec(cells[0] ?? '');
    if (!codeMatch) {
      // A header row: find the examples column.
      column = cells.findIndex((c) => /wrong\s*→\s*right/i.test(c) || /^examples?$/i.test(c));
      continue;
    }
    if (column < 0) throw new Error(`line ${i + 1}: rule row outside a table with an examples column`);
    const cell = cells[column] ?? '';
    for (const ex of examplesFromCell(cell)) examples.push({ code: codeMatch[1], ...ex });
  }
  return examples;
}

function keyOf(e) {
  return `${e.code}\u0000${e.side}\u0000${e.text}`;
}

/** Copies hand annotations from `previous` onto freshly extracted entries. */
export function mergeAnnotations(fresh, previous) {
  const pool = new Map();
  for (const p of previous) {
    const k = keyOf(p);
    if (!pool.has(k)) pool.set(k, []);
    pool.get(k).push(p);
  }
  const merged = fresh.map((e) => {
    const list = pool.get(keyOf(e));
    const old = list && list.length > 0 ? list.shift() : undefined;
    return old ? { ...old, code: e.code, side: e.side, text: e.text } : { ...e };
  });
  const orphans = [...pool.values()].flat();
  return { merged, orphans };
}

function ordered(entry) {
  const o = {};
  for (const k of KEY_ORDER) if (k in entry) o[k] = entry[k];
  for (const k of Object.keys(entry)) if (!(k in o)) o[k] = entry[k];
  return o;
}

/** JSON with one example per line. */
export function serialize(examples) {
  const body = examples.map((e) => '    ' + JSON.stringify(ordered(e))).join(',\n');
  return `{\n  "source": ${JSON.stringify(SOURCE)},\n  "examples": [\n${body}\n  ]\n}\n`;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const fresh = extract(readFileSync(opts.catalog, 'utf8'));
  let previous = [];
  if (existsSync(opts.out)) {
    const parsed = JSON.parse(readFileSync(opts.out, 'utf8'));
    previous = Array.isArray(parsed.examples) ? parsed.examples : [];
  }
  const { merged, orphans } = mergeAnnotations(fresh, previous);
  const text = serialize(merged);
  if (opts.stdout) process.stdout.write(text);
  else {
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, text);
  }
  const unannotated = merged.filter((e) => !('kind' in e));
  const log = (s) => process.stderr.write(s + '\n');
  if (!opts.stdout) log(`${merged.length} examples from ${new Set(merged.map((e) => e.code)).size} rules -> ${opts.out}`);
  if (unannotated.length > 0) log(`${unannotated.length} entries have no "kind" yet: annotate them by hand`);
  for (const o of orphans) log(`annotation no longer matches an example (dropped): ${o.code} ${o.side} ${JSON.stringify(o.text)}`);
}

function isEntryPoint() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`extract-catalog-examples: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
