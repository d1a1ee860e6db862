#!/usr/bin/env node
// Prints `pincite cites --json FILE` in the record form the eyecite benchmark's
// scorer reads (../shared/bench/eyecite-cases/score.py): one JSON object a line
// per citation, with eyecite's field names. Only names and kinds are mapped;
// what Pincite found is not changed. eyecite's conventions: a Westlaw or
// Lexis citation is a full case citation (year as volume, database as
// reporter); a blank page (`___`) is no page; a short form's page is the page
// its pin starts on. The court is left out (eyecite gives courts-db ids,
// Pincite the Bluebook's abbreviations) except where the reporter names the
// Supreme Court.
//
//   node scripts/eyecite-adapter.mjs FILE      (the scorer's --cmd)

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node scripts/eyecite-adapter.mjs FILE\n');
  process.exit(2);
}
const out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'pincite.js'), 'cites', '--json', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
const cites = JSON.parse(out).files[0]?.citations ?? [];

const KIND = {
  case: 'full_case',
  database: 'full_case',
  shortCase: 'short_case',
  id: 'id',
  supra: 'supra',
  statute: 'law',
  regulation: 'law',
  rule: 'law',
  constitution: 'law',
};
const SUPREME = new Set(['U.S.', 'S. Ct.', 'L. Ed.', 'L. Ed. 2d']);

/** The page a pin starts on: `p. 651` → `651`, `20-25` → `20`. */
function firstPage(pin) {
  return /\d+/.exec(pin ?? '')?.[0] ?? null;
}

for (const c of cites) {
  const [plaintiff, defendant] = c.caseName && / v\. /.test(c.caseName) ? c.caseName.split(/ v\. (.*)/s) : [undefined, undefined];
  const record = {
    // A law-review article is eyecite's journal citation, its journal the reporter.
    kind: c.kind === 'secondary' && c.form === 'article' ? 'journal' : (KIND[c.kind] ?? c.kind),
    matched_text: c.text,
    start: c.start,
    end: c.end,
    volume: c.volume ?? null,
    reporter: c.reporter ?? c.reporterAsWritten ?? c.journal ?? null,
    page: c.kind === 'shortCase' ? firstPage(c.pins?.[0]) : c.page && /\d/.test(c.page) ? c.page : null,
    pin_cite: c.pins?.length ? c.pins[0] : null,
    year: c.year != null ? String(c.year) : null,
    court: c.reporter && SUPREME.has(c.reporter) ? 'scotus' : null,
    plaintiff: c.kind === 'case' ? (plaintiff ?? null) : null,
    defendant: c.kind === 'case' ? (defendant ?? null) : null,
    parenthetical: null,
    antecedent_guess: c.kind !== 'case' && c.caseName ? c.caseName : null,
    antecedent_index: c.antecedent ?? null,
  };
  process.stdout.write(JSON.stringify(record) + '\n');
}
