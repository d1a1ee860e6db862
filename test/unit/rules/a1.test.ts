// Catalog section A.1 (reporter, volume, page, court, date): every wrong →
// right example of CITE005–CITE017 in the catalog, the catalog examples of
// CITE001/CITE002 that existing.test.ts does not cover, behaviour beyond the
// examples (short forms, Id., tolerance, majority style), and silence on the
// clean brief.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProjectFile } from '../helpers';
import type { Rule } from '../../../server/src/core/rules/types';
import { CITE001 } from '../../../server/src/core/rules/CITE001';
import { CITE002 } from '../../../server/src/core/rules/CITE002';
import { CITE005 } from '../../../server/src/core/rules/CITE005';
import { CITE007 } from '../../../server/src/core/rules/CITE007';
import { CITE008 } from '../../../server/src/core/rules/CITE008';
import { CITE009 } from '../../../server/src/core/rules/CITE009';
import { CITE010 } from '../../../server/src/core/rules/CITE010';
import { CITE011 } from '../../../server/src/core/rules/CITE011';
import { CITE012 } from '../../../server/src/core/rules/CITE012';
import { CITE013 } from '../../../server/src/core/rules/CITE013';
import { CITE013b } from '../../../server/src/core/rules/CITE013b';
import { CITE014 } from '../../../server/src/core/rules/CITE014';
import { CITE015 } from '../../../server/src/core/rules/CITE015';
import { CITE016 } from '../../../server/src/core/rules/CITE016';
import { CITE017 } from '../../../server/src/core/rules/CITE017';
import { fixAll, run, wrongToRight } from './helpers';

const A1: Rule[] = [CITE005, CITE007, CITE008, CITE009, CITE010, CITE011, CITE012, CITE013, CITE013b, CITE014, CITE015, CITE016, CITE017];

/** A catalog wrong → right pair, each embedded in a full citation where the catalog gives a fragment. */
interface Pair {
  rule: Rule;
  wrong: string;
  right: string;
  fixable: boolean;
}

const PAIRS: Pair[] = [
  // CITE005: the pin must come from the source.
  {
    rule: CITE005,
    wrong: '"…plain statement…" Conley v. Gibson, 355 U.S. 41 (1957).',
    right: '"…plain statement…" Conley v. Gibson, 355 U.S. 41, 47 (1957).',
    fixable: false,
  },
  // CITE007: the court is a fact.
  { rule: CITE007, wrong: 'Davis v. Lansing, 851 F.2d 72, 76 (1988).', right: 'Davis v. Lansing, 851 F.2d 72, 76 (2d Cir. 1988).', fixable: false },
  // CITE008: drop the court, keep the year.
  { rule: CITE008, wrong: 'Scheuer v. Rhodes, 416 U.S. 232 (U.S. 1974).', right: 'Scheuer v. Rhodes, 416 U.S. 232 (1974).', fixable: true },
  { rule: CITE008, wrong: 'Scheuer v. Rhodes, 416 U.S. 232, 236 (U.S. 1974).', right: 'Scheuer v. Rhodes, 416 U.S. 232, 236 (1974).', fixable: true },
  { rule: CITE008, wrong: 'Daley v. City of Hartford, 215 Conn. 14 (Conn. 1990).', right: 'Daley v. City of Hartford, 215 Conn. 14 (1990).', fixable: true },
  { rule: CITE008, wrong: 'Daley v. City of Hartford, 215 Conn. 14, 23 (Conn. 1990).', right: 'Daley v. City of Hartford, 215 Conn. 14, 23 (1990).', fixable: true },
  { rule: CITE008, wrong: 'Sosa v. Robinson, 200 Conn. App. 264 (Conn. App. Ct. 2020).', right: 'Sosa v. Robinson, 200 Conn. App. 264 (2020).', fixable: true },
  {
    rule: CITE008,
    wrong: 'Sosa v. Robinson, 200 Conn. App. 264, 294 n.12 (Conn. App. Ct. 2020).',
    right: 'Sosa v. Robinson, 200 Conn. App. 264, 294 n.12 (2020).',
    fixable: true,
  },
  // CITE009: court-abbreviation form.
  {
    rule: CITE009,
    wrong: 'Narumanchi v. Bd. of Trs. of Conn. State Univ., 850 F.2d 70, 72 (2d Cir.1988).',
    right: 'Narumanchi v. Bd. of Trs. of Conn. State Univ., 850 F.2d 70, 72 (2d Cir. 1988).',
    fixable: true,
  },
  {
    rule: CITE009,
    wrong: 'Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117, 122 (D.Conn. 1998).',
    right: 'Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117, 122 (D. Conn. 1998).',
    fixable: true,
  },
  {
    rule: CITE009,
    wrong: 'Melfi v. City of Danbury, 1993 WL 360650, at *2 (Conn.Super.Ct. Sept. 8, 1993).',
    right: 'Melfi v. City of Danbury, 1993 WL 360650, at *2 (Conn. Super. Ct. Sept. 8, 1993).',
    fixable: true,
  },
  {
    rule: CITE009,
    wrong: 'Carroll v. Killingly, 2000 WL 1682541, at *4 (Conn. Super. Oct. 10, 2000).',
    right: 'Carroll v. Killingly, 2000 WL 1682541, at *4 (Conn. Super. Ct. Oct. 10, 2000).',
    fixable: true,
  },
  { rule: CITE009, wrong: 'Vega v. Semple, 963 F.3d 259, 281 (2nd Cir.).', right: 'Vega v. Semple, 963 F.3d 259, 281 (2d Cir.).', fixable: true },
  { rule: CITE009, wrong: 'Pyke v. Cuomo, 258 F.3d 107, 110 (2d  Cir. 2001).', right: 'Pyke v. Cuomo, 258 F.3d 107, 110 (2d Cir. 2001).', fixable: true },
  // CITE013: page-span form.
  {
    rule: CITE013,
    wrong: 'NAACP v. Claiborne Hardware Co., 458 U.S. 886, 911-915 (1982).',
    right: 'NAACP v. Claiborne Hardware Co., 458 U.S. 886, 911-15 (1982).',
    fixable: true,
  },
  {
    rule: CITE013,
    wrong: 'White Plains Towing Corp. v. Patterson, 991 F.2d 1049, 1061-1062 (2d Cir. 1993).',
    right: 'White Plains Towing Corp. v. Patterson, 991 F.2d 1049, 1061-62 (2d Cir. 1993).',
    fixable: true,
  },
  { rule: CITE013, wrong: 'Conley v. Gibson, 355 U.S. 41, pp. 45-46 (1957).', right: 'Conley v. Gibson, 355 U.S. 41, 45-46 (1957).', fixable: true },
  // CITE013b: `291-92` in a document that otherwise writes en dashes.
  {
    rule: CITE013b,
    wrong:
      'Schloss v. Bouse, 876 F.2d 287, 291-92 (2d Cir. 1989). Va. Off. for Prot. & Advoc. v. Stewart, 563 U.S. 247, 253–54 (2011). Bell Atl. Corp. v. Twombly, 550 U.S. 544, 562–63 (2007).',
    right:
      'Schloss v. Bouse, 876 F.2d 287, 291–92 (2d Cir. 1989). Va. Off. for Prot. & Advoc. v. Stewart, 563 U.S. 247, 253–54 (2011). Bell Atl. Corp. v. Twombly, 550 U.S. 544, 562–63 (2007).',
    fixable: true,
  },
  // CITE014: footnote pins.
  { rule: CITE014, wrong: 'Wayte v. United States, 470 U.S. 598, 610 n. 11 (1985).', right: 'Wayte v. United States, 470 U.S. 598, 610 n.11 (1985).', fixable: true },
  // CITE015: pin punctuation.
  { rule: CITE015, wrong: 'Reno v. Flores, 507 U.S. 292 at 293 (1993).', right: 'Reno v. Flores, 507 U.S. 292, 293 (1993).', fixable: true },
  { rule: CITE015, wrong: 'Reno v. Flores, 507 U.S. 292,293 (1993).', right: 'Reno v. Flores, 507 U.S. 292, 293 (1993).', fixable: true },
  // CITE016: the pagination must be looked up.
  {
    rule: CITE016,
    wrong: 'Saucier v. Katz, — U.S. -, 121 S.Ct. 2151, 2155 (2001).',
    right: 'Saucier v. Katz, 121 S. Ct. 2151, 2155 (2001).',
    fixable: false,
  },
  { rule: CITE016, wrong: 'Saucier v. Katz, — U.S. -, 121 S.Ct. 2151, 2155 (2001).', right: 'Saucier v. Katz, 533 U.S. 194, 200 (2001).', fixable: false },
  // CITE017: punctuation between elements.
  { rule: CITE017, wrong: 'Shay v. Rossi 253 Conn. 134', right: 'Shay v. Rossi, 253 Conn. 134', fixable: true },
  { rule: CITE017, wrong: 'Shay v. Rossi 253 Conn. 134, 181 (2000).', right: 'Shay v. Rossi, 253 Conn. 134, 181 (2000).', fixable: true },
];

/** The catalog's "Correct, do not flag" forms for CITE008, and others like them. */
const CITE008_KEEP = [
  'Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117 (D. Conn. 1998).',
  'Daley v. City of Hartford, 574 A.2d 194 (Conn. 1990).',
  "Smith v. Jones, 50 A.D.2d 7 (2d Dep't 1975).",
  'Smith v. Jones, 5 N.Y.S.2d 7 (App. Div. 1991).',
];

/** Catalog examples with no "right" side: flagged, no fix; the corrected form is not flagged. */
const EXAMPLES: Array<{ rule: Rule; wrong: string; corrected: string }> = [
  { rule: CITE010, wrong: 'Zahra v. Town of Southold, 48 F.3d 674 (2d Cir. 1985).', corrected: 'Zahra v. Town of Southold, 48 F.3d 674 (2d Cir. 1995).' },
  {
    rule: CITE010,
    wrong: 'Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117 (D. Conn. 1994).',
    corrected: 'Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117 (D. Conn. 1998).',
  },
  { rule: CITE010, wrong: 'Zito v. N.C. Coastal Res. Comm’n, 8 F.4th 281 (4th Cir. 2019).', corrected: 'Zito v. N.C. Coastal Res. Comm’n, 8 F.4th 281 (4th Cir. 2021).' },
  {
    rule: CITE011,
    wrong: 'Narumanchi v. Bd. of Trs. of Conn. State Univ., 850 F.2d 70 (D. Conn. 1988).',
    corrected: 'Narumanchi v. Bd. of Trs. of Conn. State Univ., 850 F.2d 70 (2d Cir. 1988).',
  },
  {
    rule: CITE011,
    wrong: "McNill v. N.Y.C. Dep't of Corr., 950 F. Supp. 564 (2d Cir. 1996).",
    corrected: "McNill v. N.Y.C. Dep't of Corr., 950 F. Supp. 564 (S.D.N.Y. 1996).",
  },
  {
    rule: CITE012,
    wrong: 'Narumanchi v. Bd. of Trs. of Conn. State Univ., 850 F.2d 70, 62 (2d Cir. 1988).',
    corrected: 'Narumanchi v. Bd. of Trs. of Conn. State Univ., 850 F.2d 70, 72 (2d Cir. 1988).',
  },
  { rule: CITE012, wrong: 'Conley v. Gibson, 355 U.S. 41, 46-45 (1957).', corrected: 'Conley v. Gibson, 355 U.S. 41, 45-46 (1957).' },
  {
    rule: CITE017,
    wrong: 'Russo v. City of Hartford, 2001 U.S. Dist. LEXIS 14297, (3:97cv2380 (JCH))',
    corrected: 'Russo v. City of Hartford, 2001 U.S. Dist. LEXIS 14297 (3:97cv2380 (JCH))',
  },
];

for (const rule of A1) {
  const pairs = PAIRS.filter((p) => p.rule === rule);
  const examples = EXAMPLES.filter((e) => e.rule === rule);
  if (pairs.length === 0 && examples.length === 0) continue;
  test(`${rule.meta.code} catalog examples`, () => {
    for (const p of pairs) wrongToRight(p.rule, p.wrong, p.right, { fixable: p.fixable });
    for (const e of examples) {
      const found = run(e.rule, e.wrong);
      assert.ok(found.length > 0, `${rule.meta.code} should flag ${JSON.stringify(e.wrong)}`);
      if (rule.meta.fix !== 'safe')
        assert.ok(
          found.every((f) => f.fixes.length === 0),
          `${rule.meta.code} must offer no fix`,
        );
      else assert.equal(fixAll(e.rule, e.wrong), e.corrected);
      assert.deepEqual(
        run(e.rule, e.corrected).map((f) => f.message),
        [],
        `${rule.meta.code} should not flag ${JSON.stringify(e.corrected)}`,
      );
    }
  });
}

test('every catalog example of CITE005–CITE017 appears in these tests', () => {
  const fixture = JSON.parse(readProjectFile('test/fixtures/catalog-examples.json')) as {
    examples: Array<{ code: string; side: string; text: string; context?: string | null }>;
  };
  const codes = new Set(A1.map((r) => r.meta.code));
  const written = [...PAIRS.flatMap((p) => [p.wrong, p.right]), ...EXAMPLES.flatMap((e) => [e.wrong, e.corrected]), ...CITE008_KEEP];
  const norm = (s: string) => s.replace(/['’]/g, "'");
  const covered = (s: string) =>
    s
      .split('…')
      .map((x) => norm(x.trim()))
      .filter((x) => x !== '')
      .every((piece) => written.some((w) => norm(w).includes(piece)));
  let seen = 0;
  for (const e of fixture.examples) {
    if (!codes.has(e.code)) continue;
    seen++;
    assert.ok(covered(e.text), `${e.code} ${e.side} example ${JSON.stringify(e.text)} is not tested`);
    if (e.context) assert.ok(covered(e.context), `${e.code} context ${JSON.stringify(e.context)} is not tested`);
  }
  assert.ok(seen >= 40, `expected the catalog's A.1 examples, saw ${seen}`);
});

// ---- CITE005 ----

test('CITE005 Id. borrows the pin of the citation it repeats', () => {
  assert.deepEqual(
    run(CITE005, 'Smith v. Jones, 1 F.3d 1 (2d Cir. 1993). The court said "no." Id.').map((f) => f.code),
    ['CITE005'],
  );
  assert.deepEqual(run(CITE005, 'Smith v. Jones, 1 F.3d 1, 5 (2d Cir. 1993). The court said "no." Id.'), []);
  assert.deepEqual(run(CITE005, 'Smith v. Jones, 1 F.3d 1 (2d Cir. 1993). Smith, 1 F.3d at 5. The court said "no." Id.'), []);
  assert.deepEqual(run(CITE005, 'Smith v. Jones, 1 F.3d 1 (2d Cir. 1993). The court said "no." Id. at 5.'), []);
});

test('CITE005: a quoted letter inside a party name quotes nothing', () => {
  assert.deepEqual(run(CITE005, 'Fees are discretionary. Diamond "D" Constr. Corp. v. McGowan, 282 F.3d 191 (2d Cir. 2002).'), []);
  assert.deepEqual(run(CITE005, 'Fees are discretionary. *Diamond “D” Constr. Corp. v. McGowan*, 282 F.3d 191 (2d Cir. 2002).'), []);
  // A quoted word is still a quotation.
  assert.equal(run(CITE005, 'The court said "no" Smith v. Jones, 1 F.3d 1 (2d Cir. 1993).').length, 1);
});

test('CITE005 quoted sources, signals and what counts as supporting a quotation', () => {
  const quoting = 'The court said "no." Smith v. Jones, 1 F.3d 1, 5 (2d Cir. 1993) (quoting Doe v. Roe, 2 F.3d 7 (2d Cir. 1993)).';
  const found = run(CITE005, quoting);
  assert.equal(found.length, 1);
  assert.match(quoting.slice(found[0].span.start, found[0].span.end), /^Doe v\. Roe/);
  assert.deepEqual(run(CITE005, 'The court said "no." *See* *Smith v. Jones*, 1 F.3d 1 (2d Cir. 1993).').length, 1);
  assert.deepEqual(run(CITE005, 'The court said "no." See generally Smith v. Jones, 1 F.3d 1 (2d Cir. 1993).'), []);
  assert.deepEqual(run(CITE005, 'The term "malicious" appears twice. Smith v. Jones, 1 F.3d 1 (2d Cir. 1993).'), []);
  assert.deepEqual(run(CITE005, 'The court said "no."\n\nSmith v. Jones, 1 F.3d 1 (2d Cir. 1993).'), []);
  assert.equal(run(CITE005, '> The court said no.\n\nSmith v. Jones, 1 F.3d 1 (2d Cir. 1993).').length, 1);
  assert.equal(run(CITE005, 'It held "x." Smith v. Jones, 2019 WL 12345 (D. Conn. 2019).').length, 1);
  assert.deepEqual(run(CITE005, 'It held "x." Smith v. Jones, 2019 WL 12345, at *3 (D. Conn. 2019).'), []);
});

// ---- CITE007 / CITE008 / CITE009 / CITE011 ----

test('CITE007 only where no cited reporter identifies the court', () => {
  assert.deepEqual(run(CITE007, 'Daley v. City of Hartford, 215 Conn. 14, 574 A.2d 194 (1990).'), []);
  assert.deepEqual(run(CITE007, 'Weiner v. McGraw-Hill, Inc., 57 N.Y.2d 458, 443 N.E.2d 441 (1982).'), []);
  assert.deepEqual(run(CITE007, 'Scheuer v. Rhodes, 416 U.S. 232, 236 (1974).'), []);
  for (const wrong of [
    'Daley v. City of Hartford, 574 A.2d 194 (1990).',
    'Smith v. Jones, 5 N.Y.S.2d 7 (1991).',
    'Villano v. Jud. Dep’t, 2019 WL 4933517, at *3 (2019).',
    'Russo v. CVS Pharmacies, Inc., 201 F.R.D. 291 (2001).',
  ]) {
    const found = run(CITE007, wrong);
    assert.equal(found.length, 1, wrong);
    assert.deepEqual(found[0].fixes, []);
  }
});

test('CITE008 leaves courts the reporter does not identify, and additions to it', () => {
  for (const keep of CITE008_KEEP) assert.deepEqual(run(CITE008, keep), [], keep);
  assert.equal(fixAll(CITE008, 'Daley v. City of Hartford, 215 Conn. 14, 574 A.2d 194 (Conn. 1990).'), 'Daley v. City of Hartford, 215 Conn. 14, 574 A.2d 194 (1990).');
  assert.equal(fixAll(CITE008, 'Smith v. Jones, 50 A.D.2d 7 (App. Div. 1975).'), 'Smith v. Jones, 50 A.D.2d 7 (1975).');
});

test('CITE009 stray spaces inside the parenthetical; no noise on table forms', () => {
  assert.equal(fixAll(CITE009, 'Doe v. Roe, 1 F. Supp. 3d 5 ( S.D.N.Y.  2014 ).'), 'Doe v. Roe, 1 F. Supp. 3d 5 (S.D.N.Y. 2014).');
  assert.equal(fixAll(CITE009, 'Doe v. Roe, 1 F.3d 5 (3rd Cir. 1994).'), 'Doe v. Roe, 1 F.3d 5 (3d Cir. 1994).');
  for (const ok of [
    'Campbell v. City of Waterbury, No. 3:21-cv-107 (JAM) (D. Conn. Feb. 9, 2022).',
    'Doe v. Roe, 1 F.3d 5 (D.C. Cir. 1994).',
    "Doe v. Roe, 1 F. Supp. 5 (Ct. Int'l Trade 1980).",
    'Doe v. Roe, 1 Conn. Supp. 5 (Conn. Super. Ct.\n1990).',
    'Doe v. Roe, 1 F.3d 5 (11th Cir. 1994).',
  ]) {
    assert.deepEqual(run(CITE009, ok), [], ok);
  }
});

test('CITE011 courts that cannot appear in the reporter; none for those that can', () => {
  for (const wrong of [
    'Smith v. Jones, 5 A.2d 7 (N.Y. 1991).',
    'Smith v. Jones, 300 U.S. 4 (2d Cir. 1937).',
    'Smith v. Jones, 30 F.3d 4 (Conn. 1994).',
    'Smith v. Jones, 5 N.Y.S.2d 7 (Conn. Super. Ct. 1991).',
  ]) {
    const found = run(CITE011, wrong);
    assert.equal(found.length, 1, wrong);
    assert.deepEqual(found[0].fixes, []);
  }
  for (const ok of [
    'Smith v. Jones, 3 F.2d 4 (S.D.N.Y. 1925).',
    'Smith v. Jones, 1 A.2d 3 (D.C. 1940).',
    'Smith v. Jones, 5 B.R. 7 (Bankr. D. Conn. 1990).',
    "Smith v. Jones, 5 F. App'x 7 (2d Cir. 2001).",
    'Smith v. Jones, 500 F. Supp. 7 (J.P.M.L. 1980).',
    'Smith v. Jones, 500 F.2d 7 (Fed. Cir. 1983).',
    'Smith v. Jones, 30 N.E.2d 4 (N.Y. 1940).',
    'Smith v. Jones, 5 N.Y.S.2d 7 (App. Div. 1991).',
  ]) {
    assert.deepEqual(run(CITE011, ok), [], ok);
  }
});

// ---- CITE010 ----

test('CITE010 a year one off the series is a warning, further out an error', () => {
  const near = run(CITE010, 'Zito v. N.C. Coastal Res. Comm’n, 8 F.4th 281 (4th Cir. 2020).');
  assert.equal(near.length, 1);
  assert.equal(near[0].severity, 'warning');
  const far = run(CITE010, 'Zito v. N.C. Coastal Res. Comm’n, 8 F.4th 281 (4th Cir. 2019).');
  assert.equal(far[0].severity, 'error');
  // The catalog's B.3 corrections: F. Supp. ran to 1998, F.R.D. from 1938.
  assert.deepEqual(run(CITE010, "McNill v. N.Y.C. Dep't of Corr., 950 F. Supp. 564 (S.D.N.Y. 1996)."), []);
  assert.deepEqual(run(CITE010, 'Smith v. Jones, 10 F.R.D. 5 (S.D.N.Y. 1950).'), []);
  assert.equal(run(CITE010, 'Smith v. Jones, 10 F.3d 5 (2d Cir. 2023).')[0]?.severity, 'error');
});

// ---- CITE012 ----

test('CITE012 short forms and Id. against the full citation, in the reporter they use', () => {
  const short = 'Narumanchi v. Bd. of Trs., 850 F.2d 70 (2d Cir. 1988). Narumanchi, 850 F.2d at 62.';
  assert.deepEqual(
    run(CITE012, short).map((f) => short.slice(f.span.start, f.span.end)),
    ['Narumanchi, 850 F.2d at 62'],
  );
  const parallel = 'Shay v. Rossi, 253 Conn. 134, 749 A.2d 1147 (2000). Shay, 749 A.2d at 1150. Id. at 140. Shay, 253 Conn. at 174, 749 A.2d at 100.';
  assert.deepEqual(
    run(CITE012, parallel).map((f) => parallel.slice(f.span.start, f.span.end)),
    ['Id. at 140', '749 A.2d at 100'],
  );
  assert.deepEqual(run(CITE012, 'Shay v. Rossi, 253 Conn. 134, 749 A.2d 1147 (2000). Shay, 749 A.2d at 1150. Id. at 1152.'), []);
  assert.equal(run(CITE012, 'Conley v. Gibson, 355 U.S. 41 (1957). Id. at 46-45.').length, 1);
  // A short form naming another case is not measured against this one.
  assert.deepEqual(run(CITE012, 'Narumanchi v. Bd. of Trs., 850 F.2d 70 (2d Cir. 1988). Aronson, 850 F.2d at 62.'), []);
});

// ---- CITE013 / CITE013b / CITE014 / CITE015 ----

test('CITE013 keeps two digits and drops only repeated ones', () => {
  assert.equal(fixAll(CITE013, 'Id. at 1099-1101.'), 'Id. at 1099-101.');
  assert.equal(fixAll(CITE013, 'Conley v. Gibson, 355 U.S. 41, 45-6 (1957).'), 'Conley v. Gibson, 355 U.S. 41, 45-46 (1957).');
  assert.equal(fixAll(CITE013, 'Conley v. Gibson, 355 U.S. 41, p. 45 (1957).'), 'Conley v. Gibson, 355 U.S. 41, 45 (1957).');
  for (const ok of ['Conley v. Gibson, 355 U.S. 41, 99-101 (1957).', 'Conley v. Gibson, 355 U.S. 41, 45–46 (1957).', 'Conley v. Gibson, 355 U.S. 41, 46-45 (1957).']) {
    assert.deepEqual(run(CITE013, ok), [], ok);
  }
});

test('CITE013b follows the majority, or the first style on a tie; silent on one style', () => {
  const tie = 'Schloss v. Bouse, 876 F.2d 287, 291-92 (2d Cir. 1989). Va. Off. for Prot. & Advoc. v. Stewart, 563 U.S. 247, 253–54 (2011).';
  assert.equal(fixAll(CITE013b, tie), 'Schloss v. Bouse, 876 F.2d 287, 291-92 (2d Cir. 1989). Va. Off. for Prot. & Advoc. v. Stewart, 563 U.S. 247, 253-54 (2011).');
  const found = run(CITE013b, tie);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
  assert.deepEqual(run(CITE013b, 'Id. at 3-4. Id. at 5-6.'), []);
});

test('CITE014 "nn." for several footnotes, in full citations and Id.', () => {
  assert.equal(fixAll(CITE014, 'Smith v. Jones, 12 F.3d 5, 7 n.3-4 (2d Cir. 1999).'), 'Smith v. Jones, 12 F.3d 5, 7 nn.3-4 (2d Cir. 1999).');
  assert.equal(fixAll(CITE014, 'Smith v. Jones, 12 F.3d 5 (2d Cir. 1999). Id. at 9 n. 5.'), 'Smith v. Jones, 12 F.3d 5 (2d Cir. 1999). Id. at 9 n.5.');
  assert.deepEqual(run(CITE014, 'Wayte v. United States, 470 U.S. 598, 610 n.11 (1985).'), []);
});

test('CITE015 "at" after a comma; star pins in database citations keep theirs', () => {
  assert.equal(fixAll(CITE015, 'Reno v. Flores, 507 U.S. 292, at 293 (1993).'), 'Reno v. Flores, 507 U.S. 292, 293 (1993).');
  assert.deepEqual(run(CITE015, 'Johnson v. Cook, No. 3:19-cv-1464 (CSH), 2021 WL 2741723, at *22 (D. Conn. July 1, 2021).'), []);
  assert.deepEqual(run(CITE015, 'Shay v. Rossi, 253 Conn. 134, 181 (2000). Shay, 253 Conn. at 182.'), []);
});

// ---- CITE016 / CITE017 ----

test('CITE016 any placeholder, never a fix', () => {
  const found = run(CITE016, 'Daley v. City of Hartford, 574 A.2d ___ (Conn. 1990).');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].fixes, []);
});

test('CITE017 doubled and misplaced commas', () => {
  assert.equal(fixAll(CITE017, 'Shay v. Rossi,, 253 Conn. 134, 181 (2000).'), 'Shay v. Rossi, 253 Conn. 134, 181 (2000).');
  assert.equal(fixAll(CITE017, 'Shay v. Rossi, 253 Conn. 134, , 181 (2000).'), 'Shay v. Rossi, 253 Conn. 134, 181 (2000).');
  assert.equal(fixAll(CITE017, 'Smith v. Jones, 1 F.3d 1, (2d Cir. 1993).'), 'Smith v. Jones, 1 F.3d 1 (2d Cir. 1993).');
  // The comma goes after Markdown emphasis, which survives.
  assert.equal(fixAll(CITE017, '*Shay v. Rossi* 253 Conn. 134, 181 (2000).'), '*Shay v. Rossi*, 253 Conn. 134, 181 (2000).');
  // A citation clause followed by prose in brackets is left alone.
  assert.deepEqual(run(CITE017, 'In Smith v. Jones, 1 F.3d 1 (2d Cir. 1993), (which the parties cite) the court held.'), []);
});

// ---- the rules together ----

test('A.1 rules: defaults as the catalog gives them', () => {
  const want: Record<string, [string, string]> = {
    CITE005: ['error', 'lookup'],
    CITE007: ['error', 'lookup'],
    CITE008: ['warning', 'safe'],
    CITE009: ['warning', 'safe'],
    CITE010: ['error', 'none'],
    CITE011: ['warning', 'none'],
    CITE012: ['error', 'none'],
    CITE013: ['warning', 'safe'],
    CITE013b: ['info', 'safe'],
    CITE014: ['warning', 'safe'],
    CITE015: ['warning', 'safe'],
    CITE016: ['warning', 'lookup'],
    CITE017: ['warning', 'safe'],
  };
  for (const r of A1) {
    assert.deepEqual([r.meta.defaultSeverity, r.meta.fix], want[r.meta.code], r.meta.code);
    assert.ok(!r.meta.optIn, r.meta.code);
  }
});

test('A.1 rules raise nothing on the clean brief', () => {
  const text = readProjectFile('samples/clean-brief.md');
  for (const rule of A1)
    assert.deepEqual(
      run(rule, text).map((f) => f.message),
      [],
      rule.meta.code,
    );
});

test('A.1 rules find exactly the planted CITE007 and CITE008 in the sample memorandum', () => {
  const text = readProjectFile('samples/memorandum.md');
  const found = A1.flatMap((rule) => run(rule, text)).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
  assert.deepEqual(found.sort(), ['CITE007 (1988)', 'CITE008 U.S.']);
});

// ---- catalog examples of CITE001/CITE002 not in existing.test.ts ----

test('CITE001 remaining catalog examples', () => {
  wrongToRight(
    CITE001,
    'Johnson v. Manhattan Ry. Co., 289 U.S. 479, 496-97, 77 L.Ed. 1331 (1933).',
    'Johnson v. Manhattan Ry. Co., 289 U.S. 479, 496-97, 77 L. Ed. 1331 (1933).',
  );
  wrongToRight(
    CITE001,
    "McNill v. N.Y.C. Dep't of Corr., 950 F.Supp. 564, 572 (S.D.N.Y. 1996).",
    "McNill v. N.Y.C. Dep't of Corr., 950 F. Supp. 564, 572 (S.D.N.Y. 1996).",
  );
  wrongToRight(CITE001, 'Doyle v. Hogan, 1 F. 4th 249, 254 (4th Cir. 2021).', 'Doyle v. Hogan, 1 F.4th 249, 254 (4th Cir. 2021).');
  wrongToRight(CITE001, 'Daley v. City of Hartford, 574 A. 2d 194 (Conn. 1990).', 'Daley v. City of Hartford, 574 A.2d 194 (Conn. 1990).');
  wrongToRight(CITE001, 'Weiner v. McGraw-Hill, Inc., 57 N.Y.2d 458, 457 N.Y.S. 2d 193 (1982).', 'Weiner v. McGraw-Hill, Inc., 57 N.Y.2d 458, 457 N.Y.S.2d 193 (1982).');
  wrongToRight(CITE001, 'Weiner v. McGraw-Hill, Inc., 57 N.Y.2d 458, 443 N.E. 2d 441 (1982).', 'Weiner v. McGraw-Hill, Inc., 57 N.Y.2d 458, 443 N.E.2d 441 (1982).');
});

test('CITE002 remaining catalog examples', () => {
  wrongToRight(CITE002, 'Byrne v. City of New York, 736 Fed. Appx. 263, 266 (2d Cir. 2018).', "Byrne v. City of New York, 736 F. App'x 263, 266 (2d Cir. 2018).");
  wrongToRight(CITE002, 'Sargent v. Emons, 582 F.Appx. 51, 52 (2d Cir. 2014).', "Sargent v. Emons, 582 F. App'x 51, 52 (2d Cir. 2014).");
  wrongToRight(CITE002, 'Vaca v. Sipes, 386 U.S. 171, 185, 17 L.E.2d 842 (1967).', 'Vaca v. Sipes, 386 U.S. 171, 185, 17 L. Ed. 2d 842 (1967).');
});

// The reporter span of `253 Conn, at` stops before the comma, so CITE002's fix
// writes `Conn.` and leaves the comma: `253 Conn., at 182`. Reported to the
// lead (CITE002 is not this group's file); kept as a todo so it runs and shows.
test('CITE002 comma-for-period short form (253 Conn, at)', () => {
  wrongToRight(CITE002, 'Shay v. Rossi, 253 Conn. 134 (2000). Shay, 253 Conn, at 182.', 'Shay v. Rossi, 253 Conn. 134 (2000). Shay, 253 Conn. at 182.');
});
