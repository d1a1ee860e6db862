// Checks the hand-annotated fixture test/fixtures/catalog-examples.json itself
// (not the scanner): shape, annotations, coverage of the rule catalog, and that
// re-running scripts/extract-catalog-examples.mjs reproduces it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { RULE_CODE, RULE_CODE_PATTERN } from '../../server/src/core/rules/ruleCode';

/** The repository root: the nearest ancestor of this file holding package.json (out/test/unit/ -> three up). */
function findRepoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..', '..', '..');
  }
}
const repoRoot = findRepoRoot();
const fixturePath = path.join(repoRoot, 'test', 'fixtures', 'catalog-examples.json');
const scriptPath = path.join(repoRoot, 'scripts', 'extract-catalog-examples.mjs');
const catalogPath = path.resolve(repoRoot, '..', 'shared', 'docs', 'citation-rules.md');
const catalogMissing = existsSync(catalogPath) ? false : `catalog not found at ${catalogPath} (../shared/docs/citation-rules.md); skipping the checks that read it`;

const KINDS = ['case', 'shortCase', 'id', 'supra', 'database', 'docket', 'record', 'statute', 'regulation', 'rule', 'constitution'] as const;
type Kind = (typeof KINDS)[number];
const SIDES = ['wrong', 'right', 'example'] as const;

interface Example {
  code: string;
  side: (typeof SIDES)[number];
  text: string;
  kind: Kind | null;
  count?: number;
  context?: string;
  contextKind?: Kind;
}

interface Fixture {
  source: string;
  examples: Example[];
}

/** Every CITE code in the fixture as of writing; used for coverage when the catalog is absent. */
const KNOWN_CODES = [
  'CITE001',
  'CITE002',
  'CITE003',
  'CITE005',
  'CITE006',
  'CITE007',
  'CITE008',
  'CITE009',
  'CITE010',
  'CITE011',
  'CITE012',
  'CITE013',
  'CITE013b',
  'CITE014',
  'CITE015',
  'CITE016',
  'CITE017',
  'CITE020',
  'CITE021',
  'CITE022',
  'CITE023',
  'CITE024',
  'CITE030',
  'CITE031',
  'CITE032',
  'CITE033',
  'CITE034',
  'CITE035',
  'CITE036',
  'CITE037',
  'CITE040',
  'CITE041',
  'CITE042',
  'CITE043',
  'CITE050',
  'CITE051',
  'CITE052',
  'CITE053',
  'CITE054',
  'CITE055',
  'CITE056',
  'CITE057',
  'CITE059',
  'CITE060',
  'CITE061',
  'CITE062',
  'CITE063',
  'CITE064',
  'CITE066',
  'CITE070',
  'CITE071',
  'CITE074',
  'CITE075',
  'CITE076',
  'CITE077',
  'CITE078',
  'CITE079',
  'CITE080',
  'CITE081',
  'CITE082',
  'CITE083',
  'CITE084',
  'CITE085',
  'CITE090',
  'CITE091',
  'CITE092',
];

function loadFixture(): Fixture {
  return JSON.parse(readFileSync(fixturePath, 'utf8')) as Fixture;
}

function isKind(v: unknown): v is Kind {
  return typeof v === 'string' && (KINDS as readonly string[]).includes(v);
}

/** Occurrences of `needle` in `hay`, overlapping ones included. */
function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

function label(e: Example, i: number): string {
  return `#${i} ${e.code} ${e.side} ${JSON.stringify(e.text)}`;
}

/** A catalog table row that starts with a rule code. */
const CATALOG_ROW = new RegExp(`^\\|\\s*(${RULE_CODE_PATTERN})\\b`);

/**
 * The rule codes in section A's tables that must have examples in the fixture:
 * every code in a table row, except A.9 (lookup-only) rows with no backticked example.
 */
function catalogCodes(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => /^##\s+A\.\s/.test(l));
  assert.ok(start >= 0, 'catalog has a "## A." section');
  const codes: string[] = [];
  let subsection = '';
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (/^##\s/.test(line)) break;
    const heading = /^###\s+(A\.\d+)/.exec(line);
    if (heading) subsection = heading[1];
    const row = CATALOG_ROW.exec(line);
    if (!row) continue;
    if (subsection === 'A.9' && !line.includes('`')) continue;
    codes.push(row[1]);
  }
  return codes;
}

test('fixture: top-level shape', () => {
  const fx = loadFixture();
  assert.equal(fx.source, 'citation-rules.md section A');
  assert.ok(Array.isArray(fx.examples), 'examples is an array');
  assert.ok(fx.examples.length > 0, 'examples is not empty');
});

test('fixture: every entry has code, side, text and a hand-set kind', () => {
  const { examples } = loadFixture();
  examples.forEach((e, i) => {
    assert.match(e.code, RULE_CODE, `${label(e, i)}: code`);
    assert.ok((SIDES as readonly string[]).includes(e.side), `${label(e, i)}: side`);
    assert.equal(typeof e.text, 'string', `${label(e, i)}: text is a string`);
    assert.ok(e.text.trim().length > 0, `${label(e, i)}: text is not empty`);
    assert.ok('kind' in e, `${label(e, i)}: kind has not been annotated`);
    assert.ok(e.kind === null || isKind(e.kind), `${label(e, i)}: kind ${JSON.stringify(e.kind)}`);
    if (e.count !== undefined) {
      assert.ok(Number.isInteger(e.count) && e.count >= 1, `${label(e, i)}: count must be a positive integer`);
      assert.notEqual(e.kind, null, `${label(e, i)}: a fragment (kind null) has no count`);
    }
  });
});

test('fixture: every fragment (kind null) has a context holding its text exactly once, and a contextKind', () => {
  const { examples } = loadFixture();
  examples.forEach((e, i) => {
    if (e.context !== undefined || e.contextKind !== undefined) {
      assert.equal(typeof e.context, 'string', `${label(e, i)}: context`);
      assert.ok(isKind(e.contextKind), `${label(e, i)}: contextKind ${JSON.stringify(e.contextKind)}`);
    }
    if (e.kind !== null) return;
    assert.equal(typeof e.context, 'string', `${label(e, i)}: fragment needs a context`);
    const context = e.context as string;
    assert.notEqual(context, e.text, `${label(e, i)}: context must be a full citation, not the fragment itself`);
    assert.equal(occurrences(context, e.text), 1, `${label(e, i)}: context ${JSON.stringify(context)} must contain the text exactly once`);
    assert.ok(isKind(e.contextKind), `${label(e, i)}: fragment needs a contextKind`);
  });
});

test('fixture: codes cover the rule catalog', () => {
  const { examples } = loadFixture();
  const have = new Set(examples.map((e) => e.code));
  const missingKnown = KNOWN_CODES.filter((c) => !have.has(c));
  assert.deepEqual(missingKnown, [], 'codes with examples when the fixture was written');
});

test('fixture: codes cover every CITE code in the catalog tables', { skip: catalogMissing }, () => {
  const { examples } = loadFixture();
  const have = new Set(examples.map((e) => e.code));
  const wanted = catalogCodes(readFileSync(catalogPath, 'utf8'));
  assert.ok(wanted.length > 0, 'catalog tables list rule codes');
  assert.deepEqual(
    wanted.filter((c) => !have.has(c)),
    [],
    'catalog codes with no fixture entry',
  );
  const known = new Set(wanted);
  assert.deepEqual(
    [...have].filter((c) => !known.has(c)),
    [],
    'fixture codes that are not in the catalog',
  );
});

test('fixture: re-running the extraction script reproduces the entries', { skip: catalogMissing }, () => {
  const run = spawnSync(process.execPath, [scriptPath, catalogPath, '--stdout'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `script failed: ${run.stderr}`);
  assert.doesNotMatch(run.stderr, /no longer matches/, 'hand annotations would be dropped on re-run');
  const regenerated = JSON.parse(run.stdout) as Fixture;
  const current = loadFixture();
  const keys = (f: Fixture): string[] => f.examples.map((e) => `${e.code} | ${e.side} | ${e.text}`);
  assert.deepEqual(keys(regenerated), keys(current), 'code/side/text of the extracted examples');
  assert.deepEqual(regenerated, current, 'entries with their annotations');
});
