// Data-driven checks of single citations: each row is input text and the parts
// a careful reader takes from it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import type { Citation } from '../../server/src/core/types';

function only(text: string): Citation {
  const cs = analyzeText(text).citations.filter((c) => !c.nested && !('parallelOf' in c && c.parallelOf !== undefined));
  assert.equal(cs.length, 1, `one citation in ${JSON.stringify(text)}: ${cs.map((c) => c.text).join(' | ')}`);
  return cs[0];
}

const cases: Array<[string, Record<string, unknown>]> = [
  [
    'Younger v. Harris, 401 U.S. 37, 43-44 (1971).',
    { kind: 'case', caseName: 'Younger v. Harris', volume: '401', reporter: 'U.S.', page: '37', pins: ['43-44'], year: 1971 },
  ],
  ['Russo v. City of Hartford, 158 F.Supp.2d 214, 228 (D. Conn. 2001)', { reporter: 'F. Supp. 2d', reporterAsWritten: 'F.Supp.2d', court: 'D. Conn.', year: 2001 }],
  ["Salu v. Miranda, 830 Fed. App'x 341, 347 (2d Cir. 2020)", { reporter: "F. App'x", reporterAsWritten: "Fed. App'x", court: '2d Cir.' }],
  ['Ex parte Young, 209 U.S. 123 (1908)', { caseName: 'Ex parte Young', procedural: 'Ex parte' }],
  ['In re Gault, 387 U.S. 1 (1967)', { caseName: 'In re Gault' }],
  ['Wayte v. United States, 470 U.S. 598, 610 n.11 (1985)', { pins: ['610 n.11'], footnote: '11' }],
  ['Davis v. Lansing, 851 F.2d 72, 76 (1988)', { court: undefined, year: 1988 }],
  ['Russo v. CVS Pharmacies, Inc., 201 F.R.D. 291', { notes: ['missingCourtDate'] }],
  ['Smith v. Jones, 123 Fed. Rptr. 45 (2d Cir. 1990)', { reporter: null, notes: ['unknownReporter'] }],
  ['Saucier v. Katz, \u2014 U.S. -, 121 S.Ct. 2151, 2155 (2001)', { volume: '\u2014', notes: ['placeholderVolume', 'placeholderPage'] }],
  ['Kirschner v. Klemons, 225 F.3d 227, 235 (2d Cir. 2000', { year: 2000, notes: ['unclosedParenthetical'] }],
  ['Shay v. Rossi 253 Conn. 134 (2000)', { caseName: 'Shay v. Rossi', notes: ['missingNameComma'] }],
  ['Younger, 401 U.S. at 44', { kind: 'shortCase', caseName: 'Younger', pins: ['44'] }],
  [
    "Villano v. Jud. Dep't, No. 3:18-cv-1234 (VAB), 2019 WL 4933517, at *3 (D. Conn. Oct. 10, 2019)",
    { kind: 'database', docket: 'No. 3:18-cv-1234 (VAB)', pins: ['*3'], date: 'Oct. 10, 2019' },
  ],
  ['2001 U.S. Dist. LEXIS 14297', { kind: 'database', database: 'U.S. Dist. LEXIS' }],
  [
    'Campbell v. City of Waterbury, No. 3:21-cv-107 (JAM), slip op. at 5 (D. Conn. Feb. 9, 2022)',
    { kind: 'docket', caseName: 'Campbell v. City of Waterbury', pins: ['5'], court: 'D. Conn.', date: 'Feb. 9, 2022' },
  ],
  ['Doc. #41 at 4', { kind: 'record', document: 'Doc. 41', pins: ['4'] }],
  ['Dkt. No. 66', { kind: 'record', document: 'Dkt. No. 66' }],
  ['42 U.S.C. § 1983', { kind: 'statute', title: '42', code: 'U.S.C.', section: '1983' }],
  ['42 USC 1983', { kind: 'statute', code: 'U.S.C.', section: '1983' }],
  ['Conn. Gen. Stat. § 4-165(a)', { kind: 'statute', code: 'Conn. Gen. Stat.', section: '4-165(a)' }],
  ['C.G.S. § 54-36h', { kind: 'statute', code: 'Conn. Gen. Stat.' }],
  ['29 C.F.R. § 1614.105', { kind: 'regulation', code: 'C.F.R.', section: '1614.105' }],
  ['Fed. R. Civ. P. 12(b)(6)', { kind: 'rule', code: 'Fed. R. Civ. P.', rule: '12(b)(6)' }],
  ['FRCP 8(a)(2)', { kind: 'rule', code: 'Fed. R. Civ. P.', rule: '8(a)(2)' }],
  ['Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803)', { kind: 'case', volume: '5', reporter: 'U.S.', page: '137', pins: ['177'], year: 1803 }],
  ['United States v. Jonathan V. Smith, 1 F.3d 1 (2d Cir. 1993)', { caseName: 'United States v. Jonathan V. Smith' }],
  ['Fed.R.Civ.P.12(b)(6)', { kind: 'rule', code: 'Fed. R. Civ. P.', rule: '12(b)(6)' }],
  ['U.S. Const. amend. XIV, § 1', { kind: 'constitution', jurisdiction: 'U.S.', part: 'amend.', number: 'XIV', section: '1' }],
  ['U.S. Const. art. I, § 8, cl. 3', { kind: 'constitution', part: 'art.', number: 'I', section: '8', clause: '3' }],
  ['Conn. Const. art. I, § 11', { kind: 'constitution', jurisdiction: 'Conn.' }],
];

for (const [text, want] of cases) {
  test(`reads ${text}`, () => {
    const c = only(text) as unknown as Record<string, unknown> & Citation;
    for (const [k, v] of Object.entries(want)) {
      let got: unknown;
      if (k === 'caseName') got = (c as { caseName?: { text: string } }).caseName?.text;
      else if (k === 'procedural') got = (c as { caseName?: { procedural?: string } }).caseName?.procedural;
      else if (k === 'pins') got = (c as { pins: Array<{ text: string }> }).pins.map((p) => p.text);
      else if (k === 'footnote') got = (c as { pins: Array<{ footnote?: string }> }).pins[0]?.footnote;
      else if (k === 'notes') got = c.notes.map((n) => n.code).filter((x) => (v as string[]).includes(x));
      else got = c[k];
      assert.deepEqual(got, v, `${k} of ${JSON.stringify(text)}`);
    }
  });
}

test('parallel citations are grouped with their lead, in order', () => {
  const r = analyzeText('Conley v. Gibson, 355 U.S. 41, 45-46, 78 S.Ct. 99, 2 L.Ed.2d 80 (1957)');
  const [lead, a, b] = r.citations;
  assert.equal(lead.kind, 'case');
  assert.ok(lead.kind === 'case' && a?.kind === 'case' && b?.kind === 'case', `three case citations: ${r.citations.map((c) => c.kind).join(', ')}`);
  assert.deepEqual(lead.parallels, [1, 2]);
  assert.equal(a.parallelOf, 0);
  assert.equal(a.reporter, 'S. Ct.');
  assert.equal(b.reporter, 'L. Ed. 2d');
  assert.equal(new Set(r.citations.map((c) => c.authority)).size, 1);
});

test('Id. resolves to the preceding authority, skipping citations nested in its parenthetical', () => {
  const r = analyzeText('Aronson v. Hall, 707 F.2d 693, 694 (2d Cir. 1983) (quoting Patsy v. Bd. of Regents, 457 U.S. 496, 516 (1982)). Id. at 694.');
  const id = r.citations.find((c) => c.kind === 'id')!;
  assert.equal(id.resolution, 'resolved');
  assert.equal(r.citations[id.antecedent!].text.startsWith('Aronson'), true);
});

test('Id. after a string cite is ambiguous, not guessed', () => {
  const r = analyzeText('See Imbler v. Pachtman, 424 U.S. 409, 430 (1976); Day v. Morgenthau, 909 F.2d 75, 77 (2d Cir. 1990). Id. at 77.');
  const id = r.citations.find((c) => c.kind === 'id')!;
  assert.equal(id.resolution, 'ambiguous');
  assert.equal(id.antecedent, null);
});

test('Id. whose pin falls before the antecedent is left unresolved with the reason', () => {
  const r = analyzeText('Zahra v. Town of Southold, 48 F.3d 674, 685 (2d Cir. 1995). Id. at 168, 113 S.Ct. 1160.');
  const id = r.citations.find((c) => c.kind === 'id')!;
  assert.equal(id.resolution, 'unresolved');
  assert.match(id.resolutionReason ?? '', /168/);
  assert.equal(id.candidate, 0);
});

test('a short form with no earlier full citation is unresolved; with one it shares its authority', () => {
  const none = analyzeText('Graham, 490 U.S. at 395.').citations[0];
  assert.equal(none.resolution, 'unresolved');
  const r = analyzeText('Graham v. Connor, 490 U.S. 386, 395 (1989). Later: Graham, 490 U.S. at 396.');
  assert.equal(r.citations[1].antecedent, 0);
  assert.equal(r.citations[1].authority, r.citations[0].authority);
});

test('a short form picks the case in its volume that starts closest below the pin', () => {
  const r = analyzeText('Board of Regents v. Roth, 408 U.S. 564 (1972); Perry v. Sindermann, 408 U.S. 593 (1972). Later, 408 U.S. at 577; 408 U.S. at 601.');
  const shorts = r.citations.filter((c) => c.kind === 'shortCase');
  assert.equal(shorts[0].antecedent, 0);
  assert.equal(shorts[1].antecedent, 1);
});

test('supra resolves by name; subsequent history links to its case', () => {
  const r = analyzeText("McKnight v. Middleton, 699 F. Supp. 2d 507, 525 (E.D.N.Y. 2010), aff'd, 434 F. App'x 32 (2d Cir. 2011). McKnight, supra, at 526.");
  const hist = r.citations.find((c) => c.historyOf !== undefined)!;
  assert.equal(hist.historyOf, 0);
  assert.equal(hist.historyPhrase, "aff'd,");
  const supra = r.citations.find((c) => c.kind === 'supra')!;
  assert.equal(supra.antecedent, 0);
});

test('Id. after a record cite points to the record document', () => {
  const r = analyzeText('Doc. #41 at 4 (\u00b6\u00b6 17-19). Ibid. (\u00b6\u00b6 20-21).');
  const id = r.citations.find((c) => c.kind === 'id')!;
  assert.equal(id.authority, 'record:Doc. 41');
});

test('prose that only looks like numbers and capitals is not a citation', () => {
  for (const text of [
    'On December 16, 1997 Russo was arrested.',
    'In 1997 Russo filed 3 lawsuits.',
    'Article 5 Sec. 3 of the bylaws.',
    'a § 1983 claim',
    'Rule 12(b)(6) requires more.',
  ]) {
    assert.deepEqual(
      analyzeText(text).citations.map((c) => c.text),
      [],
      text,
    );
  }
});

test('a [hereinafter] name is read with the citation and resolves a later supra', () => {
  const r = analyzeText('Cmty. Hous. Improvement Program v. City of New York, 492 F. Supp. 3d 33, 40 (E.D.N.Y. 2020) [hereinafter CHIP]. CHIP, supra, at 41.');
  assert.deepEqual(
    r.citations[0].parentheticals.map((p) => p.kind),
    ['courtDate', 'hereinafter'],
  );
  const supra = r.citations.find((c) => c.kind === 'supra')!;
  assert.equal(supra.antecedent, 0);
  assert.equal(supra.authority, r.citations[0].authority);
});

test('a prose opener with its comma is not part of the case name: "Later, Heller, 554 U.S. at 600"', () => {
  for (const [text, name] of [
    ['Later, *Heller*, 554 U.S. at 600.', 'Heller'],
    ['Moreover, Heller, 554 U.S. at 600.', 'Heller'],
    ['Thus, Younger v. Harris, 401 U.S. 37, 43 (1971).', 'Younger v. Harris'],
    ['Smith, Jones & Co. v. Brown, 1 F.3d 1 (2d Cir. 1990).', 'Smith, Jones & Co. v. Brown'],
  ]) {
    const c = analyzeText(text).citations[0] as { caseName?: { span: { start: number; end: number } } };
    assert.ok(c.caseName, text);
    assert.equal(text.slice(c.caseName.span.start, c.caseName.span.end).replace(/\*/g, ''), name);
  }
});

test('a constitution citation after a sentence ending in a capitalised word reads only its own jurisdiction', () => {
  for (const [text, jurisdiction] of [
    ['The claims run against the State. U.S. Const. amend. XI.', 'U.S.'],
    ['Id. amend. XIV. Conn. Const. art. I, § 7.', 'Conn.'],
    ['N. Y. Const. art. I, § 12.', 'N.Y.'],
  ]) {
    const c = analyzeText(text).citations.find((x) => x.kind === 'constitution');
    assert.ok(c && c.kind === 'constitution', text);
    assert.equal(c.jurisdiction, jurisdiction, text);
  }
});
