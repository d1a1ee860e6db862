// Case-citation forms beyond `volume reporter page`: public-domain and
// neutral citations, the Tax Court's memorandum opinions, looseleaf services,
// Louisiana's docket form, nominative reporters, placeholders, and the court
// a reporter implies. Each expectation is what a careful reader takes from
// the citation.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import type { CaseCitation, Citation, ShortCaseCitation } from '../../server/src/core/types';

function all(text: string): Citation[] {
  return analyzeText(text).citations;
}

function only(text: string): CaseCitation {
  const cs = all(text).filter((c): c is CaseCitation => c.kind === 'case');
  assert.equal(cs.length, 1, `one case citation in ${JSON.stringify(text)}`);
  return cs[0];
}

function parts(c: CaseCitation) {
  return {
    name: c.caseName?.text,
    volume: c.volume,
    reporter: c.reporter,
    page: c.page,
    pins: c.pins.map((p) => p.text),
    court: c.court,
    courtImplied: c.courtImplied,
    year: c.year,
  };
}

test('Ohio web citation: year, court letters and number; it implies no single court', () => {
  assert.deepEqual(parts(only('See State v. Smith, 2006-Ohio-2095, ¶ 12.')), {
    name: 'State v. Smith',
    volume: '2006',
    reporter: 'Ohio',
    page: '2095',
    pins: ['¶ 12'],
    court: undefined,
    courtImplied: undefined,
    year: 2006,
  });
});

test('Illinois and North Dakota public-domain citations imply their courts', () => {
  const il = only('People v. Jones, 2011 IL App (1st) 101234, ¶ 5.');
  assert.deepEqual(parts(il), {
    name: 'People v. Jones',
    volume: '2011',
    reporter: 'IL App (1st)',
    page: '101234',
    pins: ['¶ 5'],
    court: undefined,
    courtImplied: 'illappct',
    year: 2011,
  });
  const nd = only('State v. Berg, 2019 ND 12.');
  assert.equal(nd.reporter, 'ND');
  assert.equal(nd.page, '12');
  assert.equal(nd.year, 2019);
  assert.equal(nd.courtImplied, 'nd');
  // A lettered number: `143684-B` is one page, not 143684 and a stray B.
  const lettered = only('People v. Roe, 2017 IL App (1st) 143684-B.');
  assert.equal(lettered.page, '143684-B');
  assert.equal(lettered.volume, '2017');
});

test('Tax Court memorandum and summary opinions name the series before the year and number', () => {
  assert.deepEqual(parts(only('Estate of Foo v. Commissioner, T.C. Memo. 2010-15.')), {
    name: 'Estate of Foo v. Commissioner',
    volume: '2010',
    reporter: 'T.C. Memo.',
    page: '15',
    pins: [],
    court: undefined,
    courtImplied: 'tax',
    year: 2010,
  });
  const summary = only('Doe v. Commissioner, T.C. Summary Opinion 2019-1.');
  assert.equal(summary.reporter, 'T.C. Summary Opinion');
  assert.equal(summary.volume, '2019');
  assert.equal(summary.page, '1');
  // No date parenthetical is missing from a citation that carries its year.
  assert.ok(!summary.notes.some((n) => n.code === 'missingCourtDate'));
});

test('a looseleaf service is cited by paragraph, with its publisher', () => {
  const c = only('In re Foo, Bankr. L. Rep. (CCH) ¶ 12,345 (Bankr. S.D.N.Y. 1990).');
  assert.equal(c.caseName?.text, 'In re Foo');
  assert.equal(c.reporter, 'Bankr. L. Rep.');
  assert.equal(c.reporterAsWritten, 'Bankr. L. Rep. (CCH)');
  assert.equal(c.page, '12,345');
  assert.equal(c.court, 'Bankr. S.D.N.Y.');
  assert.equal(c.year, 1990);
  assert.equal(only('blah Bankr. L. Rep. (CCH) P12,345. blah').page, '12,345');
});

test("Louisiana's docket form dates the decision in its own parenthetical", () => {
  const c = only('Smith v. Doe, 2009-1234 (La. App. 1 Cir. 5/10/10).');
  assert.equal(c.caseName?.text, 'Smith v. Doe');
  assert.equal(c.volume, '2009');
  assert.equal(c.page, '1234');
  assert.equal(c.reporter, 'La.App. 1 Cir.');
  assert.equal(c.year, 2010);
});

test('nominative reporters: bracketed after U.S., and Cranch alone, both the Supreme Court', () => {
  assert.deepEqual(parts(only('Marbury v. Madison, 5 U.S. (1 Cranch) 137 (1803).')), {
    name: 'Marbury v. Madison',
    volume: '5',
    reporter: 'U.S.',
    page: '137',
    pins: [],
    court: undefined,
    courtImplied: 'scotus',
    year: 1803,
  });
  const cranch = only('Fletcher v. Peck, 7 Cranch 382 (1810).');
  assert.equal(cranch.reporter, 'Cranch');
  assert.equal(cranch.volume, '7');
  assert.equal(cranch.page, '382');
  assert.equal(cranch.courtImplied, 'scotus');
});

test('a written court wins over the one the reporter implies, and stays the only `court`', () => {
  const c = only('Lissner v. Test, 1 U.S. 12, 14 (4th Cir. 1982).');
  assert.equal(c.court, '4th Cir.');
  assert.equal(c.courtImplied, undefined);
  const roe = only('Roe v. Wade, 410 U.S. 113 (1973).');
  assert.equal(roe.court, undefined, 'nothing written');
  assert.equal(roe.courtImplied, 'scotus');
  assert.equal(only('Foo v. Bar, 45 Cal. 4th 1 (2009).').courtImplied, 'cal');
  assert.equal(only('Foo v. Bar, 1 N.Y.3d 1 (2003).').courtImplied, 'ny');
  assert.equal(only('Foo v. Bar, 300 Conn. 1 (2011).').courtImplied, 'conn');
  // A regional reporter prints many courts' decisions: no court implied.
  assert.equal(only('Foo v. Bar, 1 A.3d 1 (Pa. 2010).').courtImplied, undefined);
  assert.equal(only('Foo v. Bar, 1 F.3d 1 (1993).').courtImplied, undefined);
});

test('New York court brackets give the court and year', () => {
  const c = only('Matter of Doe, 300 A.D.2d 100 [1st Dept 2003].');
  assert.equal(c.court, '1st Dept');
  assert.equal(c.year, 2003);
  assert.equal(c.courtImplied, undefined);
});

test('blank placeholders keep the reporter and are marked as placeholders', () => {
  const [us, f4] = all('Doe v. Roe, ___ U.S. ___ (2024); Doe v. Poe, --- F.4th ---- (9th Cir. 2024).') as CaseCitation[];
  assert.equal(us.kind, 'case');
  assert.equal(us.reporter, 'U.S.');
  assert.equal(us.caseName?.text, 'Doe v. Roe');
  assert.deepEqual(
    us.notes.map((n) => n.code),
    ['placeholderVolume', 'placeholderPage'],
  );
  assert.equal(f4.reporter, 'F.4th');
  assert.equal(f4.court, '9th Cir.');
});

test('pins `at p. 651` and `at *4`', () => {
  const short = all('Smith v. Jones, 174 Cal. App. 2d 600 (1959). Smith, 174 Cal. App. 2d at p. 651.').find((c) => c.kind === 'shortCase') as ShortCaseCitation;
  assert.deepEqual(
    short.pins.map((p) => p.text),
    ['p. 651'],
  );
  assert.equal(short.antecedent, 0);
  const db = all('Doe v. Roe, 2015 WL 2375225, at *4 (S.D.N.Y. 2015).')[0];
  assert.equal(db.kind, 'database');
  assert.deepEqual(db.kind === 'database' && db.pins.map((p) => p.text), ['*4']);
});

test('an abbreviation several reporters share is read by the year', () => {
  assert.equal(only('1 W.2d 1 (1854)').reporter, 'Wis. 2d');
  assert.equal(only('1 P.R. 1 (1831)').reporter, 'Pen. & W.');
  assert.equal(only('1 Johnson 1 (1890)').reporter, 'N.M. (J.)');
});

test('odd separators: a comma before the page, a table bar after it; a docket number is no citation', () => {
  const c = only('foo 1 U.S., 1 bar');
  assert.equal(c.volume, '1');
  assert.equal(c.page, '1');
  assert.equal(only('559 N.W.2d 826|N.D.').page, '826');
  const cs = all("Corp. v. Nature's Farm Prods., No. 99 Civ. 9404 (SHS), 2000 U.S. Dist. LEXIS 12335 (S.D.N.Y. Aug. 25, 2000)");
  assert.deepEqual(
    cs.map((x) => x.kind),
    ['database'],
  );
});

test('a pin on the first page of a later case in the volume names neither case', () => {
  const cs = all('Foo v. Bar, 1 U.S. 1 (1801).\n\nBoo v. Far, 1 U.S. 2 (1801).\n\n1 U.S., at 2.');
  const short = cs.find((c) => c.kind === 'shortCase')!;
  assert.equal(short.resolution, 'unresolved');
  const later = all('Foo v. Bar, 1 U.S. 1 (1801).\n\nBoo v. Far, 1 U.S. 2 (1801).\n\n1 U.S., at 3.').find((c) => c.kind === 'shortCase')!;
  assert.equal(later.antecedent, 1);
});

test('California style: the name before the year in brackets, parallels in square brackets', () => {
  const cs = all('People v. Lee (2009) 45 Cal.4th 1, 5 [88 Cal.Rptr.3d 1].') as CaseCitation[];
  assert.deepEqual(parts(cs[0]), {
    name: 'People v. Lee',
    volume: '45',
    reporter: 'Cal. 4th',
    page: '1',
    pins: ['5'],
    court: undefined,
    courtImplied: 'cal',
    year: 2009,
  });
  assert.equal(cs[1].reporter, 'Cal. Rptr. 3d');
  assert.equal(cs[1].parallelOf, 0);
  assert.equal(cs[1].year, 2009);
  // Neither a missing comma nor a missing date: the year stands before the volume.
  assert.deepEqual(
    cs[0].notes.map((n) => n.code),
    [],
  );
  // A bracketed year with no name before it is not taken as the citation's date.
  assert.equal(only('In 2009 (2009) 45 Cal.4th 1 was decided.').year, undefined);
});

test('a case name beginning in lower case keeps its name', () => {
  const c = only('Ashcroft v. al-Kidd, 563 U.S. 731 (2011).');
  assert.equal(c.caseName?.text, 'Ashcroft v. al-Kidd');
  assert.equal(c.page, '731');
});

test('`Name, supra, 13 Cal.App.5th at 1146` is one short form resolving to the named case', () => {
  const cs = all('Kaiser Foundation v. Superior Court (2017) 13 Cal.App.5th 1125. Kaiser Foundation, supra, 13 Cal.App.5th at 1146.');
  assert.deepEqual(
    cs.map((c) => c.kind),
    ['case', 'shortCase'],
  );
  const short = cs[1] as ShortCaseCitation;
  assert.equal(short.caseName?.text, 'Kaiser Foundation');
  assert.deepEqual(
    short.pins.map((p) => p.text),
    ['1146'],
  );
  assert.equal(short.antecedent, 0);
  assert.equal(short.resolution, 'resolved');
  // A plain supra is still a supra.
  assert.deepEqual(
    all('Roth v. United States, 354 U.S. 476 (1957). Roth, supra, at 480.').map((c) => c.kind),
    ['case', 'supra'],
  );
});

test('a supra missing its comma is read only for the name of a case cited before', () => {
  const cs = all('Qwerty v. Uiop, 2 F.3d 500 (1993).\n\nSee Fake, supra, and Qwerty supra, as well.');
  const supras = cs.filter((c) => c.kind === 'supra');
  assert.deepEqual(
    supras.map((s) => s.kind === 'supra' && s.name),
    ['Fake', 'Qwerty'],
  );
  assert.equal(supras[1].antecedent, 0);
  // Words before `supra` that name no case cited before are no supra (`Part II supra` is a cross-reference).
  for (const prose of ['As discussed in Part II supra, the claim fails.', 'As Smith explained supra, the claim fails.', 'See Jones supra, at 5.']) {
    assert.ok(!all(`Qwerty v. Uiop, 2 F.3d 500 (1993). ${prose}`).some((c) => c.kind === 'supra'), prose);
  }
});

test('a supra whose name two cited cases share is ambiguous; one case cited twice is not', () => {
  const two = all('Foo v. Bar, 1 U.S. 1 (1801).\n\nFoo v. Bar, 1 U.S. 2 (1801).\n\nFoo, supra, at 2.').find((c) => c.kind === 'supra')!;
  assert.equal(two.resolution, 'ambiguous');
  assert.equal(two.antecedent, null);
  const once = all('Foo v. Bar, 1 U.S. 1 (1801).\n\nSee Foo v. Bar, 1 U.S. 1, 3 (1801).\n\nFoo, supra, at 2.').find((c) => c.kind === 'supra')!;
  assert.equal(once.resolution, 'resolved');
  // `Roth` alone names Roth v. United States, though another case is cited after it.
  const roth = all('Roth v. United States, 354 U.S. 476 (1957); Miller v. California, 413 U.S. 15 (1973). Roth, supra, at 480.').find((c) => c.kind === 'supra')!;
  assert.equal(roth.antecedent, 0);
});

test('a code numbered by chapter: Mass. Gen. Laws ch. 93A, § 11 is one statute with its chapter, and Id. after it repeats it', () => {
  const cs = all('Mass. Gen. Laws ch. 93A, § 11 (2020). Id. § 9. Mass. Gen. Laws ch. 1, §§ 2-3.');
  assert.deepEqual(
    cs.map((c) => [c.kind, c.text]),
    [
      ['statute', 'Mass. Gen. Laws ch. 93A, § 11 (2020)'],
      ['id', 'Id. § 9'],
      ['statute', 'Mass. Gen. Laws ch. 1, §§ 2-3'],
    ],
  );
  const [first, id, range] = cs;
  assert.ok(first.kind === 'statute' && range.kind === 'statute');
  assert.deepEqual([first.code, first.chapter, first.section, first.year], ['Mass. Gen. Laws', '93A', '11', 2020]);
  assert.deepEqual([range.chapter, range.section, range.sectionSign], ['1', '2-3', '§§']);
  assert.equal(id.antecedent, 0);
  assert.equal(first.authority, 'statute:Mass. Gen. Laws ch. 93A, § 11');
  // Without the chapter's comma (`ch. 1 § 2`) the chapter form is not read: no guess at which is the section.
  assert.equal(all('Mass. Gen. Laws ch. 1 § 2.').filter((c) => c.kind === 'statute').length, 0);
});

test('Id. after a sentence that is a section of a code Pincite does not know is not resolved to the case before it', () => {
  const blocked = all('Foo v. Bar, 1 U.S. 1.\n\nBlah § 2.\n\nId. at 2.');
  assert.deepEqual([blocked[1].kind, blocked[1].antecedent, blocked[1].resolution], ['id', null, 'unresolved']);
  // A section inside prose is no reference: the Id. still repeats the case.
  const prose = all('Foo v. Bar, 1 U.S. 1, 3 (1990). Plaintiffs § 1983 claim fails. Id. at 4.');
  assert.deepEqual([prose[1].kind, prose[1].antecedent], ['id', 0]);
});
