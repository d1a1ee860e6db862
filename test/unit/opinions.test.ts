// The scanner against the three bundled opinions, compared with expectations
// written by reading each opinion (test/fixtures/opinions/*.expected.json). The
// fixtures were not produced by the scanner: where the two disagree, the case
// was re-read and either the scanner or (with a note) the fixture corrected.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import type { CaseCitation, Citation, DatabaseCitation } from '../../server/src/core/types';
import { OPINIONS, lineIndex, plain, readProjectFile } from './helpers';

interface ExpectedSeg {
  volume: string;
  reporter: string;
  page: string;
  pins: string[];
}
interface ExpectedCase extends ExpectedSeg {
  line: number;
  caseName: string | null;
  parallels: ExpectedSeg[];
  court: string | null;
  year: number | null;
  nested: boolean;
}
interface ExpectedRef {
  line: number;
  text: string;
  resolvesTo: string | null;
  status: 'resolved' | 'unresolved' | 'ambiguous';
}
interface Expected {
  file: string;
  fullCases: ExpectedCase[];
  databaseCites: Array<{ line: number; cite: string; pins: string[]; caseName: string | null }>;
  shortForms: ExpectedRef[];
  ids: ExpectedRef[];
  records?: Array<{ line: number; text: string }>;
  statutes?: Array<{ line: number; text: string }>;
  rules?: Array<{ line: number; text: string }>;
  constitutions?: Array<{ line: number; text: string }>;
  dockets?: Array<{ line: number; text: string }>;
}

/** Pins compare as written, with spaces, Lexis `P` for ¶ and dashes evened out. */
function pinText(s: string): string {
  return s
    .replace(/^PP(?=\d)/, '¶¶ ')
    .replace(/^P(?=\d)/, '¶ ')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^(¶+)\s?/, '$1 ')
    .trim();
}

function segOf(c: Citation): string {
  if (c.kind === 'case') return `${c.volume} ${c.reporter} ${c.page}`;
  if (c.kind === 'database') return `${c.year} ${c.database} ${c.number}`;
  return c.text;
}

for (const [fixtureName, ours] of Object.entries({
  '000': '000_3e30531b07ed8d50.txt',
  '001': '001_ef0bbab016687b93.txt',
  '002': '002_a18ca5ea94f206a5.txt',
})) {
  const expected = JSON.parse(readProjectFile(`test/fixtures/opinions/${fixtureName}.expected.json`)) as Expected;
  const text = readProjectFile(OPINIONS[ours]);
  const result = analyzeText(text);
  const lineOf = lineIndex(text);
  const cites = result.citations;
  const leads = cites.filter((c): c is CaseCitation => c.kind === 'case' && c.parallelOf === undefined);

  test(`${fixtureName}: every full case citation is found with its parts`, () => {
    const problems: string[] = [];
    const used = new Set<number>();
    for (const e of expected.fullCases) {
      const found = leads.find(
        (c) => !used.has(c.index) && Math.abs(lineOf(c.volumeSpan.start) - e.line) <= 0 && c.volume === e.volume && c.reporter === e.reporter && c.page === e.page,
      );
      const where = `line ${e.line} ${e.volume} ${e.reporter} ${e.page}`;
      if (!found) {
        problems.push(`${where}: not found`);
        continue;
      }
      used.add(found.index);
      if (plain(found.caseName?.text) !== plain(e.caseName)) {
        problems.push(`${where}: name ${JSON.stringify(found.caseName?.text ?? null)} ≠ ${JSON.stringify(e.caseName)}`);
      }
      const pins = found.pins.map((p) => pinText(p.text));
      if (JSON.stringify(pins) !== JSON.stringify(e.pins.map(pinText))) {
        problems.push(`${where}: pins ${JSON.stringify(pins)} ≠ ${JSON.stringify(e.pins)}`);
      }
      if ((found.court === undefined ? null : plain(found.court)) !== (e.court === null ? null : plain(e.court))) {
        problems.push(`${where}: court ${found.court} ≠ ${e.court}`);
      }
      if ((found.year ?? null) !== e.year) problems.push(`${where}: year ${found.year} ≠ ${e.year}`);
      if (found.nested !== e.nested) problems.push(`${where}: nested ${found.nested} ≠ ${e.nested}`);
      const pars = found.parallels
        .map((p) => cites[p])
        .map((p) => {
          const pp = p as CaseCitation | DatabaseCitation;
          return `${segOf(pp)} [${pp.pins.map((x) => pinText(x.text)).join(', ')}]`;
        });
      const want = e.parallels.map((p) => `${p.volume} ${p.reporter} ${p.page} [${p.pins.map(pinText).join(', ')}]`);
      if (JSON.stringify(pars) !== JSON.stringify(want)) {
        problems.push(`${where}: parallels ${JSON.stringify(pars)} ≠ ${JSON.stringify(want)}`);
      }
    }
    // Nothing extra: every lead full citation the scanner reports is in the hand list.
    for (const c of leads) {
      if (!used.has(c.index)) problems.push(`extra: line ${lineOf(c.span.start)} ${JSON.stringify(c.text.slice(0, 80))}`);
    }
    assert.deepEqual(problems, []);
  });

  test(`${fixtureName}: every Id. and short form resolves as checked by hand`, () => {
    const problems: string[] = [];
    const check = (kind: 'id' | 'shortCase', list: ExpectedRef[]) => {
      const ourList = cites.filter((c) => c.kind === kind && !('parallelOf' in c && c.parallelOf !== undefined));
      const used = new Set<number>();
      for (const e of list) {
        const found = ourList.find((c) => !used.has(c.index) && lineOf(c.span.start) === e.line);
        const where = `${kind} line ${e.line} ${JSON.stringify(e.text)}`;
        if (!found) {
          problems.push(`${where}: not found`);
          continue;
        }
        used.add(found.index);
        const target = found.antecedent != null ? cites[found.antecedent] : undefined;
        const caseTarget = e.resolvesTo && /^\S+ [A-Z].* \d+$/.test(e.resolvesTo) && !/Dkt|Doc|§|Compl/.test(e.resolvesTo);
        if (e.status === 'resolved' && caseTarget) {
          const lead = target && 'parallels' in target ? target : undefined;
          const segs = lead ? [lead, ...(lead as CaseCitation).parallels.map((p) => cites[p])].map(segOf) : [];
          if (!segs.includes(e.resolvesTo!)) {
            problems.push(`${where}: resolved to ${target ? segOf(target) : found.resolution} ≠ ${e.resolvesTo}`);
          }
        } else if (e.status === 'resolved') {
          // A record, statute or secondary source: never a case.
          if (target && (target.kind === 'case' || target.kind === 'shortCase')) {
            problems.push(`${where}: attached to case ${segOf(target)}, expected ${e.resolvesTo}`);
          }
        } else if (found.resolution === 'resolved') {
          problems.push(`${where}: resolved to ${target ? segOf(target) : '?'}, expected ${e.status}`);
        }
      }
      for (const c of ourList) if (!used.has(c.index)) problems.push(`extra ${kind}: line ${lineOf(c.span.start)} ${JSON.stringify(c.text)}`);
    };
    check('id', expected.ids);
    check('shortCase', expected.shortForms);
    assert.deepEqual(problems, []);
  });

  test(`${fixtureName}: every database citation is found with its name and pins`, () => {
    const problems: string[] = [];
    const ours = cites.filter((c): c is DatabaseCitation => c.kind === 'database');
    const used = new Set<number>();
    for (const e of expected.databaseCites) {
      const found = ours.find((c) => !used.has(c.index) && lineOf(c.span.start) === e.line && `${c.year} ${c.database} ${c.number}` === e.cite);
      if (!found) {
        problems.push(`line ${e.line} ${e.cite}: not found`);
        continue;
      }
      used.add(found.index);
      // A parallel database cite carries no name of its own; its lead does.
      const named = found.parallelOf !== undefined ? (cites[found.parallelOf] as DatabaseCitation | CaseCitation) : found;
      if (plain(named.caseName?.text) !== plain(e.caseName)) {
        problems.push(`line ${e.line} ${e.cite}: name ${JSON.stringify(named.caseName?.text ?? null)} ≠ ${JSON.stringify(e.caseName)}`);
      }
      const pins = found.pins.map((p) => pinText(p.text));
      if (JSON.stringify(pins) !== JSON.stringify(e.pins.map(pinText))) {
        problems.push(`line ${e.line} ${e.cite}: pins ${JSON.stringify(pins)} ≠ ${JSON.stringify(e.pins)}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  const others: Array<[keyof Expected, Citation['kind'][]]> = [
    ['records', ['record']],
    ['statutes', ['statute', 'regulation']],
    ['rules', ['rule']],
    ['constitutions', ['constitution']],
  ];
  for (const [field, kinds] of others) {
    const list = expected[field] as Array<{ line: number; text: string }> | undefined;
    if (!list) continue;
    test(`${fixtureName}: every ${String(field).replace(/s$/, '')} citation is found`, () => {
      const problems: string[] = [];
      const ours = cites.filter((c) => kinds.includes(c.kind));
      const used = new Set<number>();
      for (const e of list) {
        // The hand list gives the citation's core text; ours may run on into a parenthetical.
        const found = ours.find((c) => !used.has(c.index) && lineOf(c.span.start) === e.line && plain(c.text).startsWith(plain(e.text)));
        if (!found) problems.push(`line ${e.line} ${JSON.stringify(e.text)}: not found`);
        else used.add(found.index);
      }
      assert.deepEqual(problems, []);
    });
  }
}
