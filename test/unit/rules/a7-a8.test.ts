// Catalog sections A.7 (databases, slip opinions) and A.8 (statutes, court
// rules, constitutions): every wrong → right example, plus the quiet cases.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CITE074 } from '../../../server/src/core/rules/CITE074';
import { CITE075 } from '../../../server/src/core/rules/CITE075';
import { CITE076 } from '../../../server/src/core/rules/CITE076';
import { CITE077 } from '../../../server/src/core/rules/CITE077';
import { CITE078 } from '../../../server/src/core/rules/CITE078';
import { CITE079 } from '../../../server/src/core/rules/CITE079';
import { CITE080 } from '../../../server/src/core/rules/CITE080';
import { CITE081 } from '../../../server/src/core/rules/CITE081';
import { CITE082 } from '../../../server/src/core/rules/CITE082';
import { CITE083 } from '../../../server/src/core/rules/CITE083';
import { CITE084 } from '../../../server/src/core/rules/CITE084';
import { CITE085 } from '../../../server/src/core/rules/CITE085';
import type { Rule } from '../../../server/src/core/rules/types';
import { fixAll, run, wrongToRight, silent } from './helpers';
import { readProjectFile } from '../helpers';

const RULES: Rule[] = [CITE074, CITE075, CITE076, CITE077, CITE078, CITE079, CITE080, CITE081, CITE082, CITE083, CITE084, CITE085];
const ALL_ON = { rules: { CITE083: 'info' as const } };

/** Findings of `rule`, opt-in rules switched on. */
function runOn(rule: Rule, text: string) {
  return run(rule, text, ALL_ON);
}

function quiet(rule: Rule, text: string): void {
  silent(rule, text, ALL_ON);
}

test('A.7/A.8 rule metadata matches the catalog', () => {
  const expected: Record<string, [string, string, boolean]> = {
    CITE074: ['info', 'safe', false],
    CITE075: ['error', 'safe', false],
    CITE076: ['warning', 'lookup', false],
    CITE077: ['warning', 'lookup', false],
    CITE078: ['error', 'safe', false],
    CITE079: ['warning', 'safe', false],
    CITE080: ['warning', 'safe', false],
    CITE081: ['error', 'safe', false],
    CITE082: ['warning', 'safe', false],
    CITE083: ['info', 'lookup', true],
    CITE084: ['warning', 'safe', false],
    CITE085: ['warning', 'safe', false],
  };
  for (const r of RULES) {
    const [sev, fix, optIn] = expected[r.meta.code];
    assert.equal(r.meta.defaultSeverity, sev, r.meta.code);
    assert.equal(r.meta.fix, fix, r.meta.code);
    assert.equal(!!r.meta.optIn, optIn, r.meta.code);
  }
});

test('CITE074 LEXIS and WL for one decision: drop the LEXIS segment', () => {
  const wrong = 'Boyd v. Schembri, 1997 U.S. Dist. LEXIS 11965, 1997 WL 466539, at *3 (S.D.N.Y. Aug. 13, 1997)';
  const found = run(CITE074, wrong);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
  assert.equal(wrong.slice(found[0].span.start, found[0].span.end), '1997 U.S. Dist. LEXIS 11965');
  assert.equal(fixAll(CITE074, wrong), 'Boyd v. Schembri, 1997 WL 466539, at *3 (S.D.N.Y. Aug. 13, 1997)');
  quiet(CITE074, 'Boyd v. Schembri, No. [docket], 1997 WL 466539, at *3 (S.D.N.Y. Aug. 13, 1997)');
  quiet(CITE074, 'Boyd v. Schembri, 1997 WL 466539, at *3 (S.D.N.Y. Aug. 13, 1997)');
});

test('CITE074 WL first, LEXIS last; no fix when only LEXIS has the pin', () => {
  const wlFirst = 'Boyd v. Schembri, 1997 WL 466539, at *3, 1997 U.S. Dist. LEXIS 11965, at *8 (S.D.N.Y. Aug. 13, 1997).';
  assert.equal(fixAll(CITE074, wlFirst), 'Boyd v. Schembri, 1997 WL 466539, at *3 (S.D.N.Y. Aug. 13, 1997).');
  const lexisPinOnly = 'Boyd v. Schembri, 1997 U.S. Dist. LEXIS 11965, at *8, 1997 WL 466539 (S.D.N.Y. Aug. 13, 1997).';
  const found = run(CITE074, lexisPinOnly);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].fixes, []);
  assert.match(found[0].message, /star pin/);
  // A reported decision with database parallels is CITE077's, not CITE074's.
  quiet(CITE074, 'Pyke v. Cuomo, 258 F.3d 107, 2001 U.S. App. LEXIS 16202, *8, 2001 WL 822327, at *3 (2d Cir. July 20, 2001)');
});

test('CITE075 database pin form', () => {
  wrongToRight(
    CITE075,
    'Pyke v. Cuomo, 2001 U.S. App. LEXIS 16202, *8 (2d Cir. July 20, 2001)',
    'Pyke v. Cuomo, 2001 U.S. App. LEXIS 16202, at *8 (2d Cir. July 20, 2001)',
  );
  wrongToRight(CITE075, 'Boyd v. Schembri, 1997 WL 466539, at * 3 (S.D.N.Y. Aug. 13, 1997)', 'Boyd v. Schembri, 1997 WL 466539, at *3 (S.D.N.Y. Aug. 13, 1997)');
  wrongToRight(CITE075, 'Boyd v. Schembri, 1997 WL 466539, @ *3 (S.D.N.Y. Aug. 13, 1997)', 'Boyd v. Schembri, 1997 WL 466539, at *3 (S.D.N.Y. Aug. 13, 1997)');
  assert.equal(run(CITE075, 'Boyd v. Schembri, 1997 WL 466539, at *3 (S.D.N.Y. Aug. 13, 1997)').length, 0);
});

test('CITE075 in short forms, Id. and parallel segments', () => {
  const full = "Villano v. Jud. Dep't, No. 3:18-cv-1 (VAB), 2019 WL 4933517, at *3 (D. Conn. Oct. 8, 2019).";
  assert.equal(fixAll(CITE075, `${full} Id. at * 4.`), `${full} Id. at *4.`);
  assert.equal(fixAll(CITE075, `${full} Villano, 2019 WL 4933517, at 4.`), `${full} Villano, 2019 WL 4933517, at *4.`);
  quiet(CITE075, `${full} Id. at *4. Villano, 2019 WL 4933517, at *5.`);
  const pyke = 'Pyke v. Cuomo, 258 F.3d 107, 2001 U.S. App. LEXIS 16202, *8, 2001 WL 822327, at *3 (2d Cir. July 20, 2001)';
  assert.equal(fixAll(CITE075, pyke), pyke.replace(', *8', ', at *8'));
  // A reporter pin is not a database pin.
  quiet(CITE075, 'Pyke v. Cuomo, 258 F.3d 107, 110 (2d Cir. 2001). Id. at 111.');
});

test('CITE076 docket number and exact date, never invented', () => {
  wrongToRight(
    CITE076,
    "Villano v. Jud. Dep't, 2019 WL 4933517, at *3 (D. Conn. 2019)",
    "Villano v. Jud. Dep't, No. [docket], 2019 WL 4933517, at *3 (D. Conn. [Mon. D], 2019)",
    { fixable: false },
  );
  const both = run(CITE076, "Villano v. Jud. Dep't, 2019 WL 4933517, at *3 (D. Conn. 2019)")[0];
  assert.match(both.message, /docket number/);
  assert.match(both.message, /exact date/);
  const dateOnly = run(CITE076, "Villano v. Jud. Dep't, No. 3:18-cv-1 (VAB), 2019 WL 4933517, at *3 (D. Conn. 2019)");
  assert.equal(dateOnly.length, 1);
  assert.doesNotMatch(dateOnly[0].message, /docket/);
  const docketOnly = run(CITE076, 'Boyd v. Schembri, 1997 WL 466539, at *3 (S.D.N.Y. Aug. 13, 1997)');
  assert.equal(docketOnly.length, 1);
  assert.doesNotMatch(docketOnly[0].message, /exact date/);
  // Slip opinions: the year alone is not enough.
  const slip = run(CITE076, 'Campbell v. City of Waterbury, No. 3:21-cv-107 (JAM), slip op. at 5 (D. Conn. 2022).');
  assert.equal(slip.length, 1);
  assert.deepEqual(slip[0].fixes, []);
  quiet(CITE076, 'Campbell v. City of Waterbury, No. 3:21-cv-107 (JAM), slip op. at 5 (D. Conn. Feb. 9, 2022).');
});

test('CITE076 leaves short forms and reported decisions alone', () => {
  const full = "Villano v. Jud. Dep't, No. 3:18-cv-1 (VAB), 2019 WL 4933517, at *3 (D. Conn. Oct. 8, 2019).";
  quiet(CITE076, `${full} Villano, 2019 WL 4933517, at *4.`);
  quiet(CITE076, 'Pyke v. Cuomo, 258 F.3d 107, 2001 U.S. App. LEXIS 16202, *8, 2001 WL 822327, at *3 (2d Cir. July 20, 2001)');
  quiet(CITE076, 'See Johnson v. Cook, No. 3:19-cv-1464 (CSH), 2021 WL 2741723, at *22 (D. Conn. July 1, 2021).');
});

test('CITE077 database segments beside a reporter, no fix', () => {
  wrongToRight(
    CITE077,
    'Pyke v. Cuomo, 258 F.3d 107, 2001 U.S. App. LEXIS 16202, *8, 2001 WL 822327, at *3 (2d Cir. July 20, 2001)',
    'Pyke v. Cuomo, 258 F.3d 107, 110 (2d Cir. 2001)',
    { fixable: false },
  );
  const found = run(CITE077, 'Pyke v. Cuomo, 258 F.3d 107, 2001 U.S. App. LEXIS 16202, *8, 2001 WL 822327, at *3 (2d Cir. July 20, 2001)');
  assert.equal(found.length, 2);
  assert.match(found[0].message, /258 F\.3d 107/);
  const dbFirst = 'Pyke v. Cuomo, 2001 WL 822327, 258 F.3d 107 (2d Cir. 2001).';
  const lead = run(CITE077, dbFirst);
  assert.equal(lead.length, 1);
  assert.equal(dbFirst.slice(lead[0].span.start, lead[0].span.end), '2001 WL 822327');
  quiet(CITE077, 'Boyd v. Schembri, 1997 WL 466539, at *3 (S.D.N.Y. Aug. 13, 1997)');
});

test('CITE078 database identifier form', () => {
  const boyd = (id: string, rest = ' 11965 (S.D.N.Y. Aug. 13, 1997)') => `Boyd v. Schembri, 1997 ${id}${rest}`;
  wrongToRight(CITE078, boyd('US Dist LEXIS'), boyd('U.S. Dist. LEXIS'));
  wrongToRight(CITE078, boyd('U.S. Dist. Lexis'), boyd('U.S. Dist. LEXIS'));
  const wl = ' 466539, at *3 (S.D.N.Y. Aug. 13, 1997)';
  wrongToRight(CITE078, boyd('Westlaw', wl), boyd('WL', wl));
  wrongToRight(CITE078, boyd('W.L.', wl), boyd('WL', wl));
  wrongToRight(CITE078, boyd('U.S.Dist.LEXIS'), boyd('U.S. Dist. LEXIS'));
  quiet(CITE078, 'Melfi v. City of Danbury, 1993 Conn. Super. LEXIS 2213 (Conn. Super. Ct. Sept. 8, 1993)');
});

test('CITE079 date format in the parenthetical', () => {
  wrongToRight(
    CITE079,
    'Ruffolo v. Oppenheimer & Co., 1991 WL 17857, at *2 (S.D.N.Y. Feb.5, 1991.)',
    'Ruffolo v. Oppenheimer & Co., 1991 WL 17857, at *2 (S.D.N.Y. Feb. 5, 1991)',
  );
  const melfi = (d: string) => `Melfi v. City of Danbury, 1993 WL 360650, at *2 (Conn. Super. Ct. ${d}, 1993)`;
  wrongToRight(CITE079, melfi('Sept.8'), melfi('Sept. 8'));
  wrongToRight(CITE079, melfi('Sep. 8'), melfi('Sept. 8'));
  wrongToRight(CITE079, melfi('September 8'), melfi('Sept. 8'));
  wrongToRight(
    CITE079,
    'Campbell v. City of Waterbury, No. 3:21-cv-107 (JAM) (D. Conn. Feb 9, 2022).',
    'Campbell v. City of Waterbury, No. 3:21-cv-107 (JAM) (D. Conn. Feb. 9, 2022).',
  );
  wrongToRight(CITE079, 'Day v. Morgenthau, 909 F.2d 75, 77 (2d Cir. 1990.)', 'Day v. Morgenthau, 909 F.2d 75, 77 (2d Cir. 1990)');
  for (const d of ['May 5', 'June 5', 'July 5', 'Jan. 5', 'Dec. 31']) quiet(CITE079, melfi(d));
});

test('CITE080 section symbol', () => {
  wrongToRight(CITE080, 'Plaintiff sues under 42 U.S.C. §1983.', 'Plaintiff sues under 42 U.S.C. § 1983.');
  wrongToRight(CITE080, 'See 42 U.S.C. § 1983-1985.', 'See 42 U.S.C. §§ 1983-1985.');
  wrongToRight(CITE080, 'Plaintiff sues under 42 U.S.C. sec. 1983.', 'Plaintiff sues under 42 U.S.C. § 1983.');
  wrongToRight(CITE080, 'Plaintiff sues under 42 U.S.C. section 1983.', 'Plaintiff sues under 42 U.S.C. § 1983.');
  wrongToRight(CITE080, 'Plaintiff sues under 42 U.S.C. Sec. 1983.', 'Plaintiff sues under 42 U.S.C. § 1983.');
  wrongToRight(CITE080, 'See Conn. Gen. Stat. § 4-165 to 4-170.', 'See Conn. Gen. Stat. §§ 4-165 to 4-170.');
  wrongToRight(CITE080, 'U.S. Const. amend. XIV, §1.', 'U.S. Const. amend. XIV, § 1.');
  // Hyphens inside section numbers are not ranges.
  for (const ok of ['Conn. Gen. Stat. § 4-165.', '42 U.S.C. § 2000e-5(f)(1).', '29 C.F.R. § 1614.105.', '42 U.S.C. §§ 1983, 1985.']) quiet(CITE080, ok);
});

test('CITE081 U.S. Code form', () => {
  const right = 'Plaintiff sues under 42 U.S.C. § 1983.';
  wrongToRight(CITE081, 'Plaintiff sues under 42 USC 1983.', right);
  wrongToRight(CITE081, 'Plaintiff sues under 42 U.S.C. 1983.', right);
  wrongToRight(CITE081, 'Plaintiff sues under Title 42 U.S.C. § 1983.', right);
  wrongToRight(CITE081, 'See 42 U.S.C.A. § 1983.', 'See 42 U.S.C.A. § 1983 (West).');
  wrongToRight(CITE081, 'See 42 U.S.C.A. § 1983 (2012).', 'See 42 U.S.C.A. § 1983 (West 2012).');
  const seq = run(CITE081, 'See 42 U.S.C. § 2000e et seq.');
  assert.equal(seq.length, 1);
  assert.deepEqual(seq[0].fixes, []);
  assert.match(seq[0].message, /et seq\./);
  quiet(CITE081, 'See 42 U.S.C.S. § 1983 (LexisNexis 2020).');
});

test('CITE082 state code abbreviation', () => {
  wrongToRight(CITE082, 'See Conn.Gen.Stat. § 4-165.', 'See Conn. Gen. Stat. § 4-165.');
  wrongToRight(CITE082, 'See Conn.Gen. Stat. § 4-165.', 'See Conn. Gen. Stat. § 4-165.');
  wrongToRight(CITE082, 'See C.G.S. § 54-36h.', 'See Conn. Gen. Stat. § 54-36h.');
  wrongToRight(CITE082, 'See CGS § 4-165(a).', 'See Conn. Gen. Stat. § 4-165(a).');
  // Quotations reproduce their source: nothing reported there.
  quiet(CITE082, 'The brief argued that "the seizure violated C.G.S. § 54-36h" and nothing more.');
  quiet(CITE082, 'Connecticut General Statutes § 4-165 provides immunity.');
  quiet(CITE082, 'See 42 U.S.C. § 1983.');
  // Capitals in a heading are typography, not another abbreviation.
  quiet(CITE082, '### V. CONN. GEN. STAT. § 4-165 BARS THE STATE-LAW CLAIMS');
});

test('CITE083 (opt-in) state-code year, no invented year', () => {
  const wrong = 'See Conn. Gen. Stat. § 4-165(a).';
  assert.deepEqual(run(CITE083, wrong), [], 'off by default');
  const found = runOn(CITE083, wrong);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
  assert.deepEqual(found[0].fixes, []);
  quiet(CITE083, 'See Conn. Gen. Stat. § 4-165(a) (2021).');
  quiet(CITE083, 'See 42 U.S.C. § 1983.');
  quiet(CITE083, '### V. Conn. Gen. Stat. § 4-165 Bars the State-Law Claims');
  quiet(CITE083, 'See 2021 Conn. Pub. Acts 21-1.');
});

test('CITE084 court rule form', () => {
  const right = 'Dismissal under Fed. R. Civ. P. 8(a)(2) is proper.';
  wrongToRight(CITE084, 'Dismissal under Fed.R.Civ.P. 8(a)(2) is proper.', right);
  wrongToRight(CITE084, 'Dismissal under FRCP 8(a)(2) is proper.', right);
  wrongToRight(CITE084, 'Dismissal under F.R.C.P. 12(b)(6) is proper.', 'Dismissal under Fed. R. Civ. P. 12(b)(6) is proper.');
  wrongToRight(CITE084, 'Dismissal under Fed. R. Civ. Pro. 12(b)(6) is proper.', 'Dismissal under Fed. R. Civ. P. 12(b)(6) is proper.');
  wrongToRight(CITE084, 'Dismissal under Fed. R. Civ. P. § 12(b)(6) is proper.', 'Dismissal under Fed. R. Civ. P. 12(b)(6) is proper.');
  quiet(CITE084, 'The motion under Rule 12(b)(6) fails.');
  quiet(CITE084, 'See Fed. R. Evid. 403; D. Conn. L. Civ. R. 7(a); Practice Book § 10-30.');
});

test('CITE085 constitution form', () => {
  wrongToRight(CITE085, 'U.S. Const. Amend. XIV, § 1.', 'U.S. Const. amend. XIV, § 1.');
  wrongToRight(CITE085, 'U.S. Const., Amend. I.', 'U.S. Const. amend. I.');
  wrongToRight(CITE085, 'U.S. Const.Amend. XIV, § 1.', 'U.S. Const. amend. XIV, § 1.');
  wrongToRight(CITE085, 'U.S. Const. amend. 14, § 1.', 'U.S. Const. amend. XIV, § 1.');
  wrongToRight(CITE085, 'U.S. Const. Art. I, § 8, cl. 3.', 'U.S. Const. art. I, § 8, cl. 3.');
  wrongToRight(CITE085, 'U.S. Const. Amendment XIV.', 'U.S. Const. amend. XIV.');
  assert.match(run(CITE085, 'U.S. Const., Amend. I.')[0].message, /Write "U\.S\. Const\. amend\. I"/);
  wrongToRight(CITE085, 'U.S. Const. amend. XIV § 1.', 'U.S. Const. amend. XIV, § 1.');
  quiet(CITE085, 'U.S. Const. amend. V.');
  quiet(CITE085, 'Conn. Const. art. I, § 11.');
});

test('A.7/A.8 rules leave a citation inside a quotation as its source wrote it', () => {
  assert.deepEqual(run(CITE080, 'The statute, "42 U.S.C. §1983," says so.'), []);
  assert.equal(run(CITE080, 'The statute, 42 U.S.C. §1983, says so.').length, 1);
});

test('A.7/A.8 rules raise nothing on the clean brief', () => {
  const brief = readProjectFile('samples/clean-brief.md');
  for (const r of RULES)
    assert.deepEqual(
      run(r, brief).map((f) => f.message),
      [],
      r.meta.code,
    );
  // Turned on, CITE083 asks for the edition year of the Conn. Gen. Stat. cite (D. Conn. practice omits it); the heading is not a cite.
  assert.equal(runOn(CITE083, brief).length, 1);
});
