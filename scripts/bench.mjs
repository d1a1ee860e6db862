#!/usr/bin/env node
// Benchmarks the citation core (`analyzeText`). Numbers only, no assertions.
//
//   npm run bench                     build, then run with the defaults
//   node scripts/bench.mjs --json bench-results.json   also write the results as JSON
//   node scripts/bench.mjs --runs 9   more timed runs per measurement (default 5)
//   node scripts/bench.mjs --bundle   bundle server/src/core/analyze.ts even if dist/core.js exists
//
// Measures, as medians over timed runs after warm-up runs:
// - throughput (MB/s, 1 MB = 10^6 bytes of UTF-8) on the three bundled opinions
//   concatenated 50 times (about 10 MB);
// - time to analyse a realistic 250 KB brief (samples/memorandum.md and
//   samples/clean-brief.md repeated), and of the same brief through every rule;
// - citations found per MB in both;
// - peak RSS and heap use.
//
// The core is loaded from dist/core.js when the build provides it; otherwise it
// is bundled from source with esbuild into a temporary directory.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { bundleForBench } from './bench-bundle.mjs';
import vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// ---- options ----

const args = process.argv.slice(2);
function option(name) {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) {
    console.error(`${name} needs a value`);
    process.exit(2);
  }
  return v;
}
const jsonFile = option('--json');
const runs = Math.max(1, Number(option('--runs') ?? 5));
const forceBundle = args.includes('--bundle');

// A full collection between runs keeps one run's garbage out of the next one's time.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

// ---- the core ----

let tmpDir;
async function loadCore() {
  const dist = path.join(ROOT, 'dist', 'core.js');
  if (!forceBundle && existsSync(dist)) {
    const mod = require(dist);
    if (typeof mod.analyzeText === 'function' && typeof mod.checkAll === 'function') {
      return { analyzeText: mod.analyzeText, checkAll: mod.checkAll, authorities: mod.curatedAuthorities?.(), source: path.relative(ROOT, dist) };
    }
  }
  tmpDir = mkdtempSync(path.join(os.tmpdir(), 'pincite-bench-'));
  const mod = await bundleForBench(
    "export { analyzeText } from './server/src/core/analyze'; export { checkAll } from './server/src/core/rules/index'; export { curatedAuthorities } from './server/src/host/bundledAuthorities';",
    tmpDir,
    'core.js',
  );
  return {
    analyzeText: mod.analyzeText,
    checkAll: mod.checkAll,
    authorities: mod.curatedAuthorities(),
    source: 'server/src/core (bundled by esbuild to a temporary file)',
  };
}

// ---- inputs ----

function read(rel) {
  return readFileSync(path.join(ROOT, rel), 'utf8');
}

const opinionFiles = readdirSync(path.join(ROOT, 'opinions'))
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort();
const opinions = opinionFiles.map((f) => read(path.join('opinions', f)));
const oneCopy = opinions.join('\n\n');
const corpus = Array.from({ length: 50 }, () => oneCopy).join('\n\n');

const BRIEF_BYTES = 250_000;
const briefParts = [read('samples/memorandum.md'), read('samples/clean-brief.md')];
let brief = '';
for (let k = 0; Buffer.byteLength(brief) < BRIEF_BYTES; k++) brief += (brief ? '\n\n' : '') + briefParts[k % 2];

// ---- measurement ----

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` `warmup` times untimed, then `n` times timed; returns times in ms and the last result. */
function measure(fn, warmup, n) {
  for (let k = 0; k < warmup; k++) fn();
  const times = [];
  let result;
  let heapWithResult = 0;
  for (let k = 0; k < n; k++) {
    result = undefined;
    gc();
    const t = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    heapWithResult = Math.max(heapWithResult, process.memoryUsage().heapUsed);
  }
  return { times, result, heapWithResult };
}

const MB = 1e6;
const fmt = (x, d = 1) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const mib = (bytes) => `${fmt(bytes / 1048576, 0)} MiB`;

function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

// ---- run ----

const { analyzeText, checkAll, authorities, source } = await loadCore();
try {
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    totalMemory: os.totalmem(),
  };
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}`);
  console.log(`Load average (1/5/15 min): ${machine.loadAverage.join(' / ')}`);
  console.log(`Core: ${source}${commit() ? ` at ${commit()}` : ''}`);
  console.log(`Timed runs: ${runs} on the opinions, ${Math.max(runs * 5, 25)} on the brief (medians shown)\n`);

  // 1. Throughput on ~10 MB of opinions.
  const corpusBytes = Buffer.byteLength(corpus);
  const big = measure(() => analyzeText(corpus), 1, runs);
  const bigMs = median(big.times);
  const bigCites = big.result.citations.length;

  // 2. A realistic 250 KB brief.
  const briefBytes = Buffer.byteLength(brief);
  const small = measure(() => analyzeText(brief), 5, Math.max(runs * 5, 25));
  const smallMs = median(small.times);
  const smallCites = small.result.citations.length;
  // 3. The same brief through every rule as well (with the curated authorities, as the editor gives them): what the editor does per change.
  const withRules = measure(() => checkAll(brief, analyzeText(brief), { authorities }), 3, Math.max(runs * 3, 15));
  const withRulesMs = median(withRules.times);
  const findings = withRules.result.length;
  withRules.result = undefined;

  const heapWithResult = Math.max(big.heapWithResult, small.heapWithResult);
  big.result = undefined;
  small.result = undefined;
  gc();
  const mem = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS * 1024;

  const rows = [
    [
      'Throughput, 3 opinions × 50',
      `${fmt(corpusBytes / MB, 2)} MB`,
      `${fmt(corpusBytes / MB / (bigMs / 1000), 2)} MB/s`,
      `${fmt(bigMs, 0)} ms per run (min ${fmt(Math.min(...big.times), 0)})`,
    ],
    [
      '250 KB brief (memorandum + clean brief)',
      `${fmt(briefBytes / MB, 3)} MB`,
      `${fmt(smallMs, 1)} ms`,
      `${fmt(briefBytes / MB / (smallMs / 1000), 2)} MB/s (min ${fmt(Math.min(...small.times), 1)} ms)`,
    ],
    [
      '250 KB brief, scan + resolve + all rules',
      `${fmt(briefBytes / MB, 3)} MB`,
      `${fmt(withRulesMs, 1)} ms`,
      `${findings.toLocaleString('en-US')} findings (min ${fmt(Math.min(...withRules.times), 1)} ms)`,
    ],
    ['Citations per MB, opinions', '', fmt(bigCites / (corpusBytes / MB), 0), `${bigCites.toLocaleString('en-US')} citations`],
    ['Citations per MB, brief', '', fmt(smallCites / (briefBytes / MB), 0), `${smallCites.toLocaleString('en-US')} citations`],
    ['Peak RSS', '', mib(peakRss), ''],
    ['Peak heapUsed (result alive)', '', mib(heapWithResult), ''],
    ['heapUsed after the run (after GC)', '', mib(mem.heapUsed), `RSS now ${mib(mem.rss)}`],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), ['Measure', 'Input', 'Result', 'Notes'][c].length));
  const line = (r) =>
    r
      .map((x, c) => (c === 2 ? x.padStart(widths[c]) : x.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  console.log(line(['Measure', 'Input', 'Result', 'Notes']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));

  if (jsonFile) {
    const results = {
      date: new Date().toISOString(),
      commit: commit(),
      core: source,
      machine,
      runs,
      throughput: {
        input: `${opinionFiles.join(' + ')} × 50`,
        bytes: corpusBytes,
        chars: corpus.length,
        medianMs: bigMs,
        minMs: Math.min(...big.times),
        timesMs: big.times,
        mbPerSecond: corpusBytes / MB / (bigMs / 1000),
        citations: bigCites,
        citationsPerMB: bigCites / (corpusBytes / MB),
      },
      brief: {
        input: 'samples/memorandum.md + samples/clean-brief.md, repeated',
        bytes: briefBytes,
        chars: brief.length,
        medianMs: smallMs,
        minMs: Math.min(...small.times),
        timesMs: small.times,
        citations: smallCites,
        citationsPerMB: smallCites / (briefBytes / MB),
      },
      memory: { peakRssBytes: peakRss, peakHeapUsedBytes: heapWithResult, heapUsedAfterBytes: mem.heapUsed, rssAfterBytes: mem.rss },
    };
    writeFileSync(path.resolve(jsonFile), JSON.stringify(results, null, 2) + '\n');
    console.log(`\nWrote ${jsonFile}`);
  }
} finally {
  if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
}
