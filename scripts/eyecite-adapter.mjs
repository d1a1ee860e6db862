#!/usr/bin/env node
// Prints `pincite cites --json FILE` in the record form the eyecite benchmark's
// scorer reads (../shared/bench/eyecite-cases/score.py): one JSON object a line
// per citation, with eyecite's field names. Only names and kinds are mapped;
// what Pincite found is not changed. eyecite's conventions: a Westlaw or
// Lexis citation is a full case citation (year as volume, database as
// reporter); a blank page (`___`) is no page; a short form's page is the page
// its pin starts on; a drafting placeholder (`— U.S. —`) is no citation; every
// parallel carries the case name. The court is a courts-db id: the written
// court's (data/courts.json) or the one the reporter implies (`courtImplied`).
//
//   node scripts/eyecite-adapter.mjs FILE      (the scorer's --cmd)

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
// Courts-db ids by the court abbreviations Pincite writes (data/courts.json, derived from courts-db).
const COURT_IDS = new Map();
for (const c of JSON.parse(readFileSync(path.join(ROOT, 'data', 'courts.json'), 'utf8')).courts) {
  const key = c.abbr.replace(/\s+/g, '');
  if (!COURT_IDS.has(key)) COURT_IDS.set(key, c.id);
}

/** The page a pin starts on: `p. 651` → `651`, `20-25` → `20`. */
function firstPage(pin) {
  return /\d+/.exec(pin ?? '')?.[0] ?? null;
}

/** A drafting placeholder (`— U.S. —`, `___ Nev. ___`): eyecite lists no citation for it. */
const blank = (c) => (c.kind === 'case' || c.kind === 'shortCase') && !/\d/.test(c.volume ?? '') && !/\d/.test(c.page ?? '') && c.volume !== '';

// eyecite gives every parallel of a citation its case name; Pincite names the lead only.
const nameOf = (c) => c.caseName ?? (c.parallelOf !== undefined ? cites[c.parallelOf]?.caseName : null) ?? null;

const kept = cites.filter((c) => !blank(c));
const indexOf = new Map(kept.map((c, k) => [cites.indexOf(c), k]));
for (const c of kept) {
  const name = nameOf(c);
  const [plaintiff, defendant] = name && / v\. /.test(name) ? name.split(/ v\. (.*)/s) : [undefined, undefined];
  const written = c.court ? COURT_IDS.get(c.court.replace(/\s+/g, '')) : undefined;
  const paren = c.parentheticals?.[0];
  const record = {
    // A law-review article is eyecite's journal citation, its journal the reporter.
    kind: c.kind === 'secondary' && c.form === 'article' ? 'journal' : (KIND[c.kind] ?? c.kind),
    matched_text: c.text,
    start: c.start,
    end: c.end,
    volume: c.volume || null,
    reporter: c.reporter ?? c.reporterAsWritten ?? c.journal ?? null,
    page: c.kind === 'shortCase' ? firstPage(c.pins?.[0]) : c.page && /\d/.test(c.page) ? c.page : null,
    pin_cite: c.pins?.length ? c.pins[0] : null,
    year: c.year != null ? String(c.year) : null,
    court: written ?? c.courtImplied ?? null,
    plaintiff: c.kind === 'case' ? (plaintiff ?? null) : null,
    defendant: c.kind === 'case' ? (defendant ?? null) : null,
    parenthetical: paren ? paren.slice(1, -1) : null,
    antecedent_guess: c.kind !== 'case' && c.caseName ? c.caseName : null,
    antecedent_index: c.antecedent != null ? (indexOf.get(c.antecedent) ?? null) : null,
  };
  process.stdout.write(JSON.stringify(record) + '\n');
}
