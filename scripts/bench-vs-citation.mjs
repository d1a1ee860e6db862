#!/usr/bin/env node
// Pincite against the npm `citation` extractor, both as whole processes on the
// same file: the bundled opinions concatenated 10 times. Each side is spawned
// 3 times and the best wall time kept, so start-up (loading the library and,
// for Pincite, the bundled data) counts as it does on the command line.
// Numbers only, no assertions. Needs `npm run build` (bin/pincite.js runs dist/).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COPIES = 10;
const RUNS = 3;

// The same opinions scripts/bench.mjs reads.
const opinions = readdirSync(path.join(ROOT, 'opinions'))
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => readFileSync(path.join(ROOT, 'opinions', f), 'utf8'));
const text = Array.from({ length: COPIES }, () => opinions.join('\n\n')).join('\n\n');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'pincite-vs-citation-'));
const file = path.join(tmp, 'opinions-x10.txt');
writeFileSync(file, text);

/** Best wall time of RUNS spawns, and the stdout of the last one. */
function timeProcess(args) {
  let best = Infinity;
  let stdout = '';
  for (let k = 0; k < RUNS; k++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    best = Math.min(best, ms);
    stdout = r.stdout;
  }
  return { best, stdout };
}

try {
  const pincite = timeProcess([path.join(ROOT, 'bin', 'pincite.js'), 'cites', '--json', file]);
  const cites = JSON.parse(pincite.stdout).files[0].citations;
  const pinciteCases = cites.filter((c) => c.kind === 'case').length;

  const other = timeProcess([path.join(ROOT, 'scripts', 'citation-extract.mjs'), file]);
  const found = JSON.parse(other.stdout);
  const otherCases = found.byType.reporter ?? 0;

  const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
  console.log(`\nPincite vs npm \`citation\` — whole processes, best of ${RUNS}, bundled opinions × ${COPIES} (${kb} KB)`);
  const rows = [
    ['pincite cites --json', `${pincite.best.toFixed(0)} ms`, `${cites.length} citations, ${pinciteCases} case citations`],
    ['citation (Citation.find)', `${other.best.toFixed(0)} ms`, `${found.citations} citations, ${otherCases} case (reporter) citations`],
    ['Pincite time / citation time', (pincite.best / other.best).toFixed(2), 'aim: ≤ 0.50'],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
