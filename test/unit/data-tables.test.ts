// Checks the committed lookup tables in data/ (built by scripts/derive-tables.mjs
// from reporters-db and courts-db) against facts verified by hand, and that the
// script reproduces them byte for byte.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import reporters from '../../data/reporters.json';
import courts from '../../data/courts.json';
import codes from '../../data/codes.json';
import caseNames from '../../data/case-name-abbreviations.json';

import type { RawEdition as Edition } from '../../server/src/core/data/reporters';

interface Code {
  abbr: string;
  kind: string;
  jurisdiction: string;
  name: string;
  variants: string[];
}

// Widen the JSON literal types to plain lookup maps.
const editions: Record<string, Edition> = reporters.editions;
const variants: Record<string, string[]> = reporters.variants;
const courtList: ReadonlyArray<{ id: string; abbr: string }> = courts.courts;
const codeList: ReadonlyArray<Code> = codes.codes;
const words: Record<string, string[]> = caseNames.words;
const forbidden: Record<string, string | null> = caseNames.forbidden;

function edition(abbr: string): Edition {
  const e = editions[abbr];
  assert.ok(e, `edition ${abbr} is missing`);
  return e;
}
function code(abbr: string): Code {
  const c = codeList.find((x) => x.abbr === abbr);
  assert.ok(c, `code ${abbr} is missing`);
  return c;
}

test('reporter variants map written forms to canonical editions', () => {
  assert.deepEqual(variants['F.Supp.2d'], ['F. Supp. 2d']);
  assert.deepEqual(variants["Fed. App'x"], ["F. App'x"]);
  assert.deepEqual(variants['S.Ct.'], ['S. Ct.']);
  assert.deepEqual(variants['L.Ed.2d'], ['L. Ed. 2d']);
  assert.deepEqual(variants['A2d'], ['A.2d']);
  assert.deepEqual(variants['Conn.App.'], ['Conn. App.']);
});

test('S.C. stays ambiguous between S. Ct. and South Carolina Reports', () => {
  const candidates = variants['S.C.'];
  assert.ok(candidates, 'S.C. has no variant entry');
  assert.ok(candidates.length > 1, 'S.C. should name more than one edition');
  assert.ok(candidates.includes('S. Ct.'));
  assert.ok(candidates.includes('S.C.'));
  assert.equal(edition('S.C.').name, 'South Carolina Reports');
});

test('every variant points at known editions and no form is its own only variant', () => {
  for (const [form, targets] of Object.entries(variants)) {
    assert.ok(targets.length > 0, form);
    for (const t of targets) assert.ok(editions[t], `${form} -> unknown edition ${t}`);
    assert.ok(!(targets.length === 1 && targets[0] === form), `${form} lists only itself`);
  }
});

test('edition dates follow the catalog corrections (B.1/B.3)', () => {
  const fSupp = edition('F. Supp.');
  assert.equal(fSupp.start, 1932);
  assert.equal(fSupp.end, 1998);
  assert.equal(fSupp.corrected, 'B.3');

  const fSupp2d = edition('F. Supp. 2d');
  assert.equal(fSupp2d.start, 1998);
  assert.equal(fSupp2d.end, 2014);

  assert.equal(edition('F.3d').end, 2021);
  assert.equal(edition('F.4th').start, 2021);
  assert.equal(edition('F.R.D.').start, 1938);
  assert.equal(edition('F.R.D.').end, null);
  assert.equal(edition("F. App'x").end, 2021);
  assert.equal(edition('N.Y.S.3d').start, 2015);

  // Untouched reporters-db dates carry no correction mark.
  assert.equal(edition('F.2d').start, 1924);
  assert.equal(edition('F.2d').end, 1993);
  assert.equal(edition('F.2d').corrected, undefined);
});

test('identifiesCourt marks reporters that need no court in the parenthetical', () => {
  for (const abbr of ['U.S.', 'S. Ct.', 'L. Ed. 2d', 'Conn.', 'Conn. App.', 'N.Y.2d', 'A.D.3d']) {
    assert.equal(edition(abbr).identifiesCourt, true, abbr);
  }
  for (const abbr of ['F.2d', 'F. Supp. 2d', 'A.2d', 'N.Y.S.2d', 'Conn. Supp.', 'WL']) {
    assert.equal(edition(abbr).identifiesCourt, false, abbr);
  }
});

test('court categories and states of key reporters', () => {
  assert.equal(edition('U.S.').courts, 'scotus');
  assert.equal(edition('F.3d').courts, 'federal-appellate');
  assert.equal(edition('F. Supp. 3d').courts, 'federal-district');
  assert.equal(edition('A.2d').courts, 'regional');
  assert.equal(edition('WL').courts, 'database');
  assert.equal(edition('U.S. Dist. LEXIS').courts, 'database');
  assert.deepEqual(edition('Conn.').states, ['ct']);
  assert.ok(edition('A.2d').states.includes('ct'));
  assert.deepEqual(edition('F.2d').states, []);
});

test('courts table holds the courts cited in the corpus', () => {
  const abbrs = new Set(courtList.map((c) => c.abbr));
  for (const abbr of ['2d Cir.', '3d Cir.', 'D. Conn.', 'S.D.N.Y.', 'Conn. Super. Ct.', 'Conn. App. Ct.', 'N.Y. App. Div.', 'B.A.P. 1st Cir.', 'App. Div.']) {
    assert.ok(abbrs.has(abbr), `${abbr} is not a court`);
  }
  assert.ok(!abbrs.has('3rd Cir.'), '"3rd Cir." should have been normalized to "3d Cir."');
  assert.equal(courtList.find((c) => c.abbr === 'D. Conn.')?.id, 'ctd');
});

test('codes table has the federal rules and Connecticut statutes with their variants', () => {
  const frcp = code('Fed. R. Civ. P.');
  assert.equal(frcp.kind, 'rule');
  assert.equal(frcp.jurisdiction, 'us');
  for (const v of ['Fed.R.Civ.P.', 'FRCP', 'F.R.C.P.', 'Fed. R. Civ. Pro.']) assert.ok(frcp.variants.includes(v), v);

  const cgs = code('Conn. Gen. Stat.');
  assert.equal(cgs.kind, 'statute');
  assert.equal(cgs.jurisdiction, 'ct');
  for (const v of ['Conn.Gen.Stat.', 'Conn.Gen. Stat.', 'C.G.S.', 'CGS']) assert.ok(cgs.variants.includes(v), v);

  assert.ok(code('U.S.C.').variants.includes('USC'));
  assert.equal(code('U.S. Const.').kind, 'constitution');
  assert.equal(code('Conn. Const.').jurisdiction, 'ct');
});

test('case-name words and forbidden forms', () => {
  assert.equal(words['Department']?.[0], "Dep't");
  assert.ok(words['Trustees']?.includes('Trs.'));
  assert.ok(words['Environmental']?.includes('Envtl.'));
  assert.equal(forbidden['Dept.'], "Dep't");
  assert.equal(forbidden['R. Co.'], null);
});

/** The project root: the nearest folder above this file holding the derivation script. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'scripts', 'derive-tables.mjs'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find scripts/derive-tables.mjs above ' + __dirname);
    dir = parent;
  }
  return dir;
}

const root = projectRoot();
const referenceDir = path.resolve(process.env.PINCITE_REFERENCE_DIR ?? path.join(root, '..', 'shared', 'reference'));
const referencePresent = existsSync(path.join(referenceDir, 'reporters-db')) && existsSync(path.join(referenceDir, 'courts-db'));

test(
  'derive-tables.mjs reproduces the committed data files exactly',
  {
    skip: referencePresent ? false : `reference data not found at ${referenceDir} (set PINCITE_REFERENCE_DIR); cannot re-derive data/`,
  },
  () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'pincite-derive-'));
    try {
      const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'derive-tables.mjs')], {
        env: { ...process.env, PINCITE_REFERENCE_DIR: referenceDir, PINCITE_OUTPUT_DIR: outDir },
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, `derive-tables.mjs failed:\n${run.stderr}`);
      for (const rel of ['data/reporters.json', 'data/courts.json', 'data/codes.json', 'data/case-name-abbreviations.json', 'NOTICE']) {
        const fresh = readFileSync(path.join(outDir, rel), 'utf8');
        const committed = readFileSync(path.join(root, rel), 'utf8');
        if (fresh !== committed) {
          const a = committed.split('\n');
          const b = fresh.split('\n');
          let i = 0;
          while (i < a.length && a[i] === b[i]) i += 1;
          assert.fail(`${rel} is stale (first difference at line ${i + 1}); run npm run derive-data`);
        }
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
);
