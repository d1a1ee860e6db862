#!/usr/bin/env node
// The eyecite benchmark: eyecite's own unit-test expectations
// (../shared/bench/eyecite-cases, with its scorer) run against Pincite through
// scripts/eyecite-adapter.mjs. Prints the scorer's report: citations found of
// the 138 expected, extra ones, each field's accuracy, and short-form
// resolution of the 77 pieces. Skipped, with a line saying why, when the cases
// or python3 are missing. Numbers only: nothing here fails a build.
//
//   npm run bench      (after the other benchmarks)

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(ROOT, '..', 'shared', 'bench', 'eyecite-cases');
if (!existsSync(path.join(DIR, 'score.py'))) {
  console.log(`eyecite benchmark: no cases at ${DIR}; skipped.`);
  process.exit(0);
}
const adapter = path.join(ROOT, 'scripts', 'eyecite-adapter.mjs');
const run = spawnSync(
  'python3',
  [path.join(DIR, 'score.py'), '--cases', path.join(DIR, 'cases.jsonl'), '--cmd', `${JSON.stringify(process.execPath)} ${JSON.stringify(adapter)} {file}`],
  { encoding: 'utf8', cwd: ROOT },
);
if (run.error) {
  console.log(`eyecite benchmark: python3 could not run (${run.error.message}); skipped.`);
  process.exit(0);
}
console.log('\neyecite benchmark (eyecite 2.7.8 finds 137 of 138 with 1 extra and resolves 75 of 77):');
process.stdout.write(run.stdout);
if (run.status !== 0) process.stderr.write(run.stderr);
