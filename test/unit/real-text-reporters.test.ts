// Classes of real text that drew false alarms from the reporter rules: a dash
// before a word in a numbered list read as a placeholder volume, a date read
// as a reporter, house forms of the Supreme Court (`Fed. Appx.`, `558 U. S.
// ___`, `overruled on other grounds, Pollard`), a West text that closes up only
// its short forms, reporters-db's coarse dates, typographic apostrophes in a
// history phrase, English reports and bills. Each test is built from the class
// (not copied from one document) and says what a cite-checker expects.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { edition } from '../../server/src/core/data/reporters';
import type { Citation } from '../../server/src/core/types';
import { codes, findings, cases } from './realText';

function citations(text: string): Citation[] {
  return analyzeText(text).citations;
}

/** Applies a finding's first fix to the text. */
function fixed(text: string, f: { fixes: Array<{ edits: Array<{ start: number; end: number; newText: string }> }> }): string {
  const edits = [...f.fixes[0].edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

// ---- placeholders ----

test('a dash in a numbered list of dated events is prose, not a placeholder volume', () => {
  const text = [
    'The motion is granted as to the following acts:',
    '(1) Incident No. 9 — March 1, 1987;',
    '(2) Incident No. 15 — Approx. 1988;',
    '(3) Incident No. 31 — Approx. 1995;',
    '(4) Incident No. 61 — Mar. 10. 2003;',
    '(5) Incident No. 70 — Mar. 6, 2004; and',
    '(6) Incident No. 65 — Approx.',
    '2004.',
  ].join('\n\n');
  assert.deepEqual(
    citations(text).filter((c) => c.kind === 'case' || c.kind === 'shortCase'),
    [],
  );
  const got = codes(text);
  for (const code of ['CITE016', 'CITE003', 'CITE002']) assert.ok(!got.includes(code), got.join(' '));
});

test('a placeholder before a known reporter is still a placeholder', () => {
  const text =
    'See Hutchinson v. Holder, __ F. Supp. 2d __, 2011 WL 1434649, at *3 (D.D.C. Apr. 15, 2011); ' + 'Saucier v. Katz, — U.S. —, 121 S. Ct. 2151, 2155 (2001).';
  const got = findings(text).filter((f) => f.code === 'CITE016');
  assert.equal(got.length, 2, JSON.stringify(got));
});

test('the Supreme Court’s `558 U. S. ___` for a volume not yet paginated is its house form', () => {
  const scotus =
    'We granted certiorari, 558 U. S. ___ (2009), and now affirm. See Pleasant Grove City v. Summum, 555 U. S. ___ (2009) (slip op., at 6). ' +
    'The restriction must be narrowly tailored. Perry Ed. Assn. v. Perry Local Educators’ Assn., 460 U. S. 37, 46 (1983).';
  assert.ok(!codes(scotus, { style: 'scotus' }).includes('CITE016'));
  // A Bluebook brief fills the page in, or cites the parallel that has it.
  assert.ok(codes(scotus, { style: 'bluebook' }).includes('CITE016'));
  // The acceptance is for U.S. Reports only: a blank federal reporter page is still a gap.
  const circuit = 'See United States v. Smith, 100 F.4th ___ (5th Cir. 2024).';
  assert.ok(codes(circuit, { style: 'scotus' }).includes('CITE016'));
});

// ---- reporter spellings ----

test('`Fed. Appx.` is the Supreme Court’s and the Solicitor General’s spelling; damage is still damage', () => {
  const text =
    'Christian Legal Soc. v. Kane, 319 Fed. Appx. 645, 645–646 (CA9 2009). See 319 Fed. Appx., at 645. ' +
    'Rosenberger v. Rector and Visitors of Univ. of Va., 515 U. S. 819, 829 (1995). See 515 U. S, at 829.';
  const scotus = findings(text, { style: 'scotus' }).filter((f) => f.code === 'CITE002');
  assert.deepEqual(
    scotus.map((f) => [f.text, f.severity]),
    [['U. S,', 'error']],
  );
  const bluebook = findings(text, { style: 'bluebook' }).filter((f) => f.code === 'CITE002');
  assert.ok(bluebook.some((f) => f.text === 'Fed. Appx.' && f.severity === 'warning'));
});

test('a reporter variant inside a quotation reproduces its source', () => {
  const text = 'The court held that “the rule applies. Smith v. Jones, 319 Fed. Appx. 645, 646 (9th Cir. 2009).” We agree.';
  assert.ok(!codes(text, { style: 'bluebook' }).includes('CITE002'));
});

test('compact spacing: a reporter written both ways is asked for the Bluebook form', () => {
  // West text: the full citations spaced as the Bluebook has them, the short forms closed up.
  const text =
    'See United States v. AT & T, 552 F. Supp. 131, 151 (D.D.C. 1982). The court must defer. AT & T, 552 F.Supp. at 151. ' +
    'The decree is adequate. AT & T, 552 F.Supp. at 153. See also Hudson v. McMillian, 503 U.S. 1, 9, 112 S.Ct. 995, 117 L.Ed.2d 156 (1992).';
  const got = findings(text, { citationSpacing: 'compact' }).filter((f) => f.code === 'CITE001');
  assert.deepEqual(
    got.map((f) => f.text),
    ['F.Supp.', 'F.Supp.'],
  );
  for (const f of got) assert.match(fixed(text, f), /552 F\. Supp\. at/);
  assert.match(got[0].message, /Bluebook form/);
  // S.Ct. and L.Ed.2d are closed up throughout: the document's own consistent form.
  assert.ok(!got.some((f) => /Ct|Ed/.test(f.text)));
});

test('compact spacing: a document that closes a reporter up throughout is not flagged', () => {
  const text =
    'See Merritt v. Hawk, 153 F.Supp.2d 1216, 1223 (D.Colo. 2001). The guards used force. Merritt, 153 F.Supp.2d at 1224. ' +
    'Summary judgment was denied. Merritt, 153 F.Supp.2d at 1223.';
  assert.ok(!codes(text, { citationSpacing: 'compact' }).includes('CITE001'));
});

test('compact spacing: two forms, neither the Bluebook’s, go to the more common one', () => {
  const text = 'See Doe v. Roe, 100 F.Supp. 2d 10 (D. Mass. 2000); Roe v. Doe, 101 F.Supp.2d 20 (D. Mass. 2000); Poe v. Doe, 102 F.Supp.2d 30 (D. Mass. 2000).';
  const got = findings(text, { citationSpacing: 'compact' }).filter((f) => f.code === 'CITE001');
  assert.deepEqual(
    got.map((f) => f.text),
    ['F.Supp. 2d'],
  );
  assert.match(fixed(text, got[0]), /100 F\.Supp\.2d 10/);
});

test('reporter spacing inside a quotation is the source’s', () => {
  const text = 'As the court wrote, “only natural persons can violate the Act. See Desert Palace, Inc. v. Costa, 539 U.S. 90, 101, 123 S.Ct. 2148 (2003).” We agree.';
  assert.ok(!codes(text, { style: 'bluebook' }).includes('CITE001'));
  // Outside the quotation the same citation is flagged.
  assert.ok(codes('See Desert Palace, Inc. v. Costa, 539 U.S. 90, 101, 123 S.Ct. 2148 (2003).', { style: 'bluebook' }).includes('CITE001'));
});

// ---- unknown reporters ----

test('English reports are reporters', () => {
  const text = 'This doctrine dates at least as far back as Regina v. Saunders, 2 Plowd. 473 (1575), and Carter v. Boehm, 3 Burr. 1905 (1766).';
  const got = cases(text);
  assert.deepEqual(
    got.map((c) => c.reporter),
    ['Plowd.', 'Burr.'],
  );
  assert.ok(!codes(text).includes('CITE003'));
  assert.equal(edition('Co. Rep.')?.courts, 'mixed');
});

test('a bill after a footnote number and a sentence that ends in a word are not case citations', () => {
  const bill = 'The sponsor used the term consistently.\n\n\n4\nS.B. 5761, 67th Leg., Reg. Sess. (Wash. 2022).\n';
  assert.deepEqual(cases(bill), []);
  assert.ok(!codes(bill).includes('CITE003'));
  const prose = 'The City failed to repeal the 2022 Resolution due to adoption of the\n2024 Resolution. 12\nFinally, the acts are administrative.';
  assert.deepEqual(cases(prose), []);
  assert.ok(!codes(prose).includes('CITE003'));
  // An unknown reporter that looks like one is still reported, as information.
  const unknown = findings('See Smith v. Jones, 123 Fed. Rptr. 45 (2d Cir. 1950).').filter((f) => f.code === 'CITE003');
  assert.deepEqual(
    unknown.map((f) => [f.text, f.severity]),
    [['Fed. Rptr.', 'info']],
  );
});

// ---- reporter dates ----

test('North Carolina’s renumbered nominative volumes carry their own years', () => {
  assert.equal(edition('N.C.')?.start, 1778);
  assert.equal(edition('N.C.')?.corrected, 'B.3');
  assert.ok(!codes('Defendants cite State v. Gupton, 30 N.C. 271 (1848), for the rule.').includes('CITE010'));
});

test('outside a range reporters-db alone gives, CITE010 warns that the dates are approximate', () => {
  const loose = findings('See Smith v. Jones, 150 So. 2d 100 (Fla. 1930).').filter((f) => f.code === 'CITE010');
  assert.equal(loose.length, 1);
  assert.equal(loose[0].severity, 'warning');
  assert.match(loose[0].message, /approximate/);
  // A range the catalog checked is trusted: far outside it is an error.
  assert.equal(edition('F.2d')?.checked, 'B.1');
  const checked = findings('Zahra v. Town of Southold, 48 F.3d 674 (2d Cir. 1985).').filter((f) => f.code === 'CITE010');
  assert.deepEqual(
    checked.map((f) => f.severity),
    ['error'],
  );
  const f2d = findings('Smith v. Jones, 500 F.2d 100 (2d Cir. 1920).').filter((f) => f.code === 'CITE010');
  assert.deepEqual(
    f2d.map((f) => f.severity),
    ['error'],
  );
});

// ---- history phrases ----

test('a curly apostrophe and a line break inside a history phrase are typography', () => {
  const text =
    'Corrie v. Caterpillar, Inc., 403 F. Supp. 2d 1019, 1027 (W.D. Wash. 2005), aff’d\n\non other grounds, Corrie v. Caterpillar, Inc., 503 F.3d 974 (9th Cir. 2007).';
  assert.ok(!codes(text).includes('CITE070'));
  // A real slip in a curly phrase is fixed in the document’s own apostrophe.
  const slip = 'Smith v. Jones, 100 F. Supp. 2d 1 (D. Mass. 2000), aff’d. 200 F.3d 2 (1st Cir. 2001).';
  const f = findings(slip).find((x) => x.code === 'CITE070')!;
  assert.ok(f, 'aff’d. is flagged');
  assert.match(fixed(slip, f), /aff’d, 200 F\.3d/);
});

test('`aff’d by` takes no `by`: the phrase stands for the later decision and takes a comma', () => {
  const text = 'Beanal v. Freeport-McMoRan, Inc., 969 F. Supp. 362, 381-82 (E.D. La. 1997), aff’d by 197 F.3d 161 (5th Cir. 1999).';
  const f = findings(text).find((x) => x.code === 'CITE070')!;
  assert.ok(f, 'aff’d by is flagged');
  assert.match(f.message, /write "aff'd,", not "aff'd by"/);
  assert.match(fixed(text, f), /\(E\.D\. La\. 1997\), aff’d, 197 F\.3d 161/);
  // `overruled by` keeps its `by`.
  assert.ok(
    !codes('Hudson v. Reno, 130 F.3d 1193, 1205 (6th Cir. 1997), overruled by Pollard v. E. I. du Pont de Nemours & Co., 532 U.S. 843 (2001).').includes('CITE070'),
  );
});

test('the Supreme Court’s comma for `by` after `overruled on other grounds` is its house form', () => {
  const text =
    'Hudson v. Reno, 130 F. 3d 1193, 1205 (CA6 1997) (similar), overruled in part on other grounds, Pollard v. E. I. du Pont de Nemours & Co., 532 U. S. 843, 848 (2001).';
  assert.ok(!codes(text, { style: 'scotus' }).includes('CITE070'));
  const bluebook = findings(
    text
      .replace(/CA6/, '6th Cir.')
      .replace(/F\. 3d/, 'F.3d')
      .replace(/U\. S\./, 'U.S.'),
    { style: 'bluebook' },
  ).filter((f) => f.code === 'CITE070');
  assert.equal(bluebook.length, 1);
  assert.match(bluebook[0].message, /overruled in part on other grounds by/);
  // In the Supreme Court's style a phrase that takes a comma still needs it.
  const affd = 'Hudson v. Reno, 130 F. 3d 1193, 1205 (CA6 1997) affd 532 U. S. 843 (2001).';
  assert.ok(codes(affd.replace(') affd', '), affd'), { style: 'scotus' }).includes('CITE070'));
});

test('a history phrase inside a quotation is the source’s', () => {
  const text =
    'The court explained: “the plain meaning of the term does not include a corporation. Beanal v. Freeport-McMoRan, Inc., 969 F. Supp. 362, 381-82 (E.D. La. 1997), aff’d by 197 F.3d 161 (5th Cir. 1999).” We agree.';
  assert.ok(!codes(text).includes('CITE070'));
});
