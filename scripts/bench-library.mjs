#!/usr/bin/env node
// Benchmarks the opinions library. Numbers only, no assertions.
//
//   node scripts/bench-library.mjs            (npm run bench runs it after bench.mjs)
//   node scripts/bench-library.mjs --opinions 200   a smaller synthetic library
//
// Measures:
// - the bundled library: reading opinions/index.json and the texts, building
//   the page and quotation indexes, and scanning the opinions for "cited in",
//   once cold (what the server does at start) and as a median warm;
// - a synthetic library of 1,000 opinions written to a temporary folder (each a
//   header block and 40-90 KB of opinion text with star pages), loaded the way
//   `pincite.opinionFolders` loads it: reading and parsing the folder, building
//   every page and quotation index, and the "cited in" scan;
// - with that library loaded: designating the citations of a 250 KB brief,
//   checking it with every rule, and quotation look-ups (median and 95th
//   percentile);
// - heap in use with the library alive.
// The temporary folder is removed at the end.

import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { bundleForBench } from './bench-bundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const countArg = args.indexOf('--opinions');
const COUNT = countArg >= 0 ? Math.max(1, Number(args[countArg + 1]) || 1000) : 1000;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'pincite-bench-library-'));
try {
  const { Library, readBundledOpinions, loadOpinionFolders, analyzeText, checkAll, curatedAuthorities } = await bundleForBench(
    [
      "export { Library } from './server/src/core/library/library';",
      "export { curatedAuthorities } from './server/src/host/bundledAuthorities';",
      "export { readBundledOpinions } from './server/src/host/bundledOpinions';",
      "export { loadOpinionFolders } from './server/src/host/opinionFolders';",
      "export { analyzeText } from './server/src/core/analyze';",
      "export { checkAll } from './server/src/core/rules/index';",
    ].join('\n'),
    tmp,
    'library.js',
  );

  const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
  const fmt = (x, d = 1) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  const mib = (b) => `${fmt(b / 1048576, 0)} MiB`;

  /** Builds every index a library has: pages and quotations of every text, then "cited in". */
  function indexAll(lib) {
    for (const o of lib.opinions)
      for (const t of o.texts) {
        void t.pages.pages;
        t.quotes.find('warm the index');
      }
  }

  const rows = [];
  const bundledDir = path.join(ROOT, 'opinions');

  // 1. The bundled library, cold: the first build in this process.
  gc();
  let t = process.hrtime.bigint();
  const inputs = readBundledOpinions(bundledDir);
  const readMs = ms(t);
  t = process.hrtime.bigint();
  const bundled = new Library(inputs);
  indexAll(bundled);
  const indexMs = ms(t);
  t = process.hrtime.bigint();
  bundled.citedIn([]);
  const citedMs = ms(t);
  const warm = [];
  for (let k = 0; k < 7; k++) {
    gc();
    const w = process.hrtime.bigint();
    const lib = new Library(readBundledOpinions(bundledDir));
    indexAll(lib);
    lib.citedIn([]);
    warm.push(ms(w));
  }
  rows.push(['Bundled library, cold: read index + 3 texts', `${fmt(readMs)} ms`]);
  rows.push(['Bundled library, cold: page + quotation indexes', `${fmt(indexMs)} ms`]);
  rows.push(['Bundled library, cold: "cited in" scan', `${fmt(citedMs)} ms`]);
  rows.push(['Bundled library, warm: all of it (median of 7)', `${fmt(median(warm))} ms`]);

  // 2. A synthetic library of COUNT opinions.
  const lexis = readFileSync(path.join(bundledDir, 'russo-v-city-of-hartford.lexis.txt'), 'utf8');
  const body = lexis.slice(lexis.indexOf('[*219]'), lexis.indexOf('\nNotes'));
  const paragraphs = body
    .replace(/\[\*\d+\]/g, '')
    .split(/\n\s*\n/)
    .filter((p) => p.trim().length > 200);
  const folder = path.join(tmp, 'opinions');
  mkdirSync(folder);
  let totalBytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const first = 100 + ((i * 37) % 800);
    const pages = 12 + (i % 20);
    const parts = [
      '---',
      `caption: Synthetic Party ${i} v. Example County`,
      `cite: ${100 + (i % 300)} F. Supp. 3d ${first}`,
      'court: D. Conn.',
      `date: 20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`,
      `pages: ${first}-${first + pages}`,
      'pagination: lexis',
      '---',
      '',
    ];
    for (let p = 0; p <= pages; p++) {
      parts.push(`[*${first + p}]`, '');
      for (let q = 0; q < 2; q++) parts.push(paragraphs[(i * 7 + p * 3 + q) % paragraphs.length], '');
    }
    const text = parts.join('\n');
    totalBytes += Buffer.byteLength(text);
    writeFileSync(path.join(folder, `opinion-${String(i).padStart(4, '0')}.md`), text);
  }
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  t = process.hrtime.bigint();
  const loaded = await loadOpinionFolders([folder], { maxFileSize: 4_000_000, onSkip: () => undefined });
  const loadMs = ms(t);
  t = process.hrtime.bigint();
  const lib = new Library([
    ...readBundledOpinions(bundledDir),
    ...loaded.map((l) => ({ meta: l.meta, texts: l.meta.texts.slice(0, 1).map((m) => ({ meta: m, text: l.text, bodyStart: l.bodyStart })) })),
  ]);
  indexAll(lib);
  const libIndexMs = ms(t);
  t = process.hrtime.bigint();
  lib.citedIn([]);
  const libCitedMs = ms(t);
  gc();
  const heapWithLibrary = process.memoryUsage().heapUsed - heapBefore;
  rows.push([`Synthetic library: ${COUNT} opinions, ${fmt(totalBytes / 1e6)} MB: read folder + parse headers`, `${fmt(loadMs)} ms`]);
  rows.push([`Synthetic library: page + quotation indexes`, `${fmt(libIndexMs)} ms`]);
  rows.push([`Synthetic library: "cited in" scan`, `${fmt(libCitedMs)} ms`]);
  rows.push([`Synthetic library: heap in use with it loaded`, mib(heapWithLibrary)]);

  // 3. Work per keystroke with the large library loaded.
  const briefParts = [readFileSync(path.join(ROOT, 'samples/memorandum.md'), 'utf8'), readFileSync(path.join(ROOT, 'samples/clean-brief.md'), 'utf8')];
  let brief = '';
  for (let k = 0; Buffer.byteLength(brief) < 250_000; k++) brief += (brief ? '\n\n' : '') + briefParts[k % 2];
  const result = analyzeText(brief);
  const designate = [];
  for (let k = 0; k < 25; k++) {
    const d = process.hrtime.bigint();
    lib.designate({ ...result }); // a fresh object each time: the library remembers each scan's designations
    designate.push(ms(d));
  }
  const withRules = [];
  const withoutLib = [];
  for (let k = 0; k < 9; k++) {
    gc();
    let d = process.hrtime.bigint();
    checkAll(brief, result, { library: lib, authorities: curatedAuthorities() });
    withRules.push(ms(d));
    gc();
    d = process.hrtime.bigint();
    checkAll(brief, result, { authorities: curatedAuthorities() });
    withoutLib.push(ms(d));
  }
  const russo = lib.opinions[0];
  const sentences = russo.primary.text
    .split(/(?<=[.?!])\s+/)
    .filter((s) => s.length > 60 && s.length < 300)
    .slice(0, 200);
  const finds = [];
  for (const s of sentences) {
    const d = process.hrtime.bigint();
    russo.findQuote(s);
    finds.push(ms(d));
  }
  rows.push(['250 KB brief: designate its citations (median)', `${fmt(median(designate), 2)} ms`]);
  rows.push(['250 KB brief: all rules, with / without the library (median)', `${fmt(median(withRules))} / ${fmt(median(withoutLib))} ms`]);
  rows.push([`Quotation look-up in Russo, ${sentences.length} real sentences: median / p95`, `${fmt(median(finds), 3)} / ${fmt(p95(finds), 3)} ms`]);

  const cpus = os.cpus();
  console.log(
    `\nOpinions library — ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores, Node ${process.version}, load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ')}`,
  );
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
