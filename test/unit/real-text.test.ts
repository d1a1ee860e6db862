// Classes of text that real filings contain and that drew false alarms: PDF
// page layout, tables of authorities, references Pincite does not read as
// citations, house styles, Markdown structure. Each test is built from the
// class (not copied from one document) and says what a cite-checker expects.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { checkDocument } from '../../server/src/core/rules/index';
import type { CaseCitation, Citation, IdCitation, ShortCaseCitation } from '../../server/src/core/types';
import { withAuthorities } from './helpers';
import { codes, findings, cases } from './realText';

/** Prose filler the width of a PDF line, so layout reads the text as full lines. */
const LINE = 'The district court considered the record as a whole before it ruled on the motion';

// ---- page layout ----

test('double-spaced text: a court-and-date parenthetical broken by a blank line is read whole', () => {
  const lines = Array.from({ length: 40 }, () => LINE);
  lines[20] = 'and the claim fails. See Warren v. United Parcel Serv., Inc., 518 F.3d 93, 100-01 (1st';
  lines[21] = 'Cir. 2008). Plaintiffs failed at trial and on appeal to identify any cognizable claim';
  const text = lines.join('\n\n') + '.\n';
  const c = cases(text).find((x) => x.volume === '518')!;
  assert.equal(c.court, '1st Cir.');
  assert.equal(c.year, 2008);
  const got = codes(text);
  assert.ok(!got.includes('CITE006') && !got.includes('CITE064') && !got.includes('CITE009'), got.join(' '));
});

test('page furniture between a short form and its name: a page number, a form feed and a running head', () => {
  const page = (n: number, body: string) => `\f${n}\n\nBARNES v. FELIX\n\n${body}\n`;
  const text = [
    'See Graham v. Connor, 490 U.S. 386 (1989). ' + LINE + '.',
    page(2, LINE + '. The Court weighs the severity of the crime. Graham,'),
    page(3, '490 U.S. at 396. ' + LINE + '.'),
    page(4, LINE + '.'),
  ].join('\n');
  const short = analyzeText(text).citations.find((c): c is ShortCaseCitation => c.kind === 'shortCase')!;
  assert.equal(short.caseName?.text, 'Graham');
  assert.equal(short.resolution, 'resolved');
  assert.ok(!codes(text).includes('CITE056'), 'the short form has its name');
});

test('an ECF stamp in the middle of a parenthetical is not part of it', () => {
  const text =
    '“A claim has facial plausibility.” Richardson v. Axion Logistics, L.L.C., 780 F.3d 304, 305 (5th Cir. 2015) (quoting Montoya v. FedEx Ground\n' +
    'Case: 21-50498 Document: 00516242060 Page: 7 Date Filed: 03/16/2022\n' +
    'Package Sys., Inc., 614 F.3d 145, 146 (5th Cir. 2010)). But we need not accept a legal conclusion.\n';
  const got = codes(text);
  assert.ok(!got.includes('CITE064'), got.join(' '));
  const nested = cases(text).find((c) => c.volume === '614')!;
  assert.match(nested.caseName!.text, /^Montoya v\. FedEx Ground Package Sys\., Inc\.$/);
});

test('pleading paper: the printed line numbers are not read as volumes or names', () => {
  const body = Array.from({ length: 28 }, (_, k) => `${k + 1} ${LINE}`);
  body[9] = '10 of the arrest. Zellner, 494 F.3d at 369 (quoting Devenpeck v. Alford, 543 U.S.';
  body[10] = '11 146, 152 (2004)) (internal quotation marks omitted), and we determine whether';
  const text = 'See Zellner v. Summerlin, 494 F.3d 344, 368 (2d Cir. 2007).\n' + body.join('\n') + '\n';
  const nested = cases(text).find((c) => c.volume === '543')!;
  assert.equal(nested.page, '146');
  assert.deepEqual(
    nested.pins.map((p) => p.text),
    ['152'],
  );
  assert.equal(nested.year, 2004);
  const got = codes(text);
  assert.ok(!got.includes('CITE064') && !got.includes('CITE003'), got.join(' '));
});

test('justified typescript pads its spaces: no spacing findings there, but a slip in ordinary text is still one', () => {
  const padded = Array.from({ length: 30 }, () => 'The  court  considered  the  record  as  a  whole  before  it  ruled.');
  padded[12] = 'See  Rhodes  v.  Palmetto  Bank,  844  F.2d  933,  935  (2d  Cir.  1988).';
  const got = codes(padded.join('\n\n') + '\n');
  assert.ok(!got.includes('CITE030') && !got.includes('CITE009'), got.join(' '));
  assert.ok(codes('See Rhodes  v. Palmetto Bank, 844 F.2d 933, 935 (2d Cir. 1988).').includes('CITE030'));
});

test('running heads of text extracted without form feeds', () => {
  const parts: string[] = [];
  for (let p = 1; p <= 6; p++) parts.push(`${p} CMTY. LEGAL SERVICES V. U.S. HHS`, LINE, LINE);
  parts[7] = 'counsel was unavailable, Cmty. Legal Servs., 780 F. Supp. 3d';
  parts[8] = 'at 922, and terminated all funding.';
  const text = 'See Cmty. Legal Servs. v. U.S. Dep’t of Health & Hum. Servs., 780 F. Supp. 3d 897, 917 (N.D. Cal. 2025).\n' + parts.join('\n') + '\n';
  const short = analyzeText(text).citations.find((c): c is ShortCaseCitation => c.kind === 'shortCase')!;
  assert.deepEqual(
    short.pins.map((p) => p.text),
    ['922'],
  );
  assert.equal(short.resolution, 'resolved');
});

// ---- tables of authorities ----

const TOA = [
  'TABLE OF AUTHORITIES',
  'Cases: Page',
  'Amador v. Vasquez, 961 F.3d 721 (5th Cir. 2020),',
  'cert. denied, 141 S. Ct. 1513 (2021) ..................................... 4',
  'City & County of San Francisco v. Sheehan,',
  '575 U.S. 600 (2015)............................................ 13, 15, 16, 20',
  'Kentucky v. King, 563 U.S. 452 (2011) ................................ 13',
  'Plumhoff v. Rickard, 572 U.S. 765 (2014) ......6, 11, 13, 15, 21',
  '',
  'ARGUMENT',
].join('\n');

test('a brief’s own table of authorities: page lists do not glue onto the next entry’s name', () => {
  const names = cases(TOA).map((c) => c.caseName?.text);
  assert.deepEqual(names, ['Amador v. Vasquez', 'City & County of San Francisco v. Sheehan', 'Kentucky v. King', 'Plumhoff v. Rickard']);
  for (const c of analyzeText(TOA).citations) assert.equal(c.inTable, true);
});

test('table entries are no antecedents: a short form with only a table entry before it has no full citation', () => {
  const text = TOA + '\n\nOfficers may act on what they know. Kentucky, 563 U.S. at 460.\n';
  const short = analyzeText(text).citations.find((c) => c.kind === 'shortCase')!;
  assert.equal(short.resolution, 'unresolved');
  assert.ok(codes(text).includes('CITE053'));
});

// ---- what an Id. or a short form refers to ----

test('Id. after a citation with subsequent history means the case, not the certiorari denial', () => {
  const text = 'See Fraire v. City of Arlington, 957 F.2d 1268, 1276 (5th Cir.), cert. denied, 506 U.S. 973 (1992). Id. at 1277.';
  const cites = analyzeText(text).citations;
  const id = cites.find((c): c is IdCitation => c.kind === 'id')!;
  assert.equal(cites[id.antecedent!].kind === 'case' && (cites[id.antecedent!] as CaseCitation).volume, '957');
  assert.ok(!codes(text).includes('CITE059'));
});

test('Id. after a quoted passage that itself cites a case means the source the writer cited', () => {
  const text = 'In Brown v. Board of Educ., 347 U.S. 483, 493 (1954), the Court said: "as held in Plessy v. Ferguson, 163 U.S. 537 (1896), the rule stood." Id. at 494.';
  const cites = analyzeText(text).citations;
  const id = cites.find((c) => c.kind === 'id')!;
  assert.equal((cites[id.antecedent!] as CaseCitation).volume, '347');
});

test('an Id. after a reference Pincite does not read (a pleading, a brief, a paragraph) is not judged', () => {
  for (const between of ['Seventh Claim for Relief [# 33] at 2.', 'Brief for Petitioner 26.', 'Compl. Ex. B ¶ 14.', 'Reply Brief for Petitioner 5.']) {
    const text = `See Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993); Doe v. Roe, 2 F.3d 2, 6 (2d Cir. 1993). ${between} Id. at 3.`;
    const got = codes(text);
    assert.ok(!got.includes('CITE051') && !got.includes('CITE059'), `${between}: ${got.join(' ')}`);
  }
  // With nothing between, the Id. after a string citation is still reported.
  assert.ok(codes('See Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993); Doe v. Roe, 2 F.3d 2, 6 (2d Cir. 1993). Id. at 3.').includes('CITE051'));
});

test('record cites of appellate filings are citations an Id. can repeat', () => {
  const text =
    'The court of appeals affirmed. Pet. App. 21a; see id. at 21a-30a. The court also held the rule invalid. Id. at 6a. See also J.A. 19; Br. in Opp. 23; App. 349.';
  const cites = analyzeText(text).citations;
  assert.deepEqual(
    cites.filter((c) => c.kind === 'record').map((c) => (c as { document: string }).document),
    ['Pet. App.', 'J.A.', 'Br. in Opp.', 'App.'],
  );
  const ids = cites.filter((c) => c.kind === 'id');
  for (const id of ids) assert.equal(id.resolution, 'resolved');
  assert.deepEqual(codes(text), []);
});

test('cross-references within a filing are not short forms', () => {
  const text = 'As noted above (see p. 13, supra), the rule is settled. See also n. 3, infra; Part II.A, infra.';
  const kinds = analyzeText(text).citations.map((c) => c.kind);
  assert.deepEqual(kinds, ['crossReference', 'crossReference', 'crossReference']);
  assert.deepEqual(codes(text), []);
});

test('treaties, session laws, the Federal Register and committee reports are publications, not reporters or dockets', () => {
  const text =
    'The rule, 90 Fed. Reg. 15,041, 15,043 (Apr. 8, 2025), took effect. Id. at 15,045. Congress acted in Pub. L. No. 90-351, 82 Stat. 225 (1968). ' +
    'See H.R. Rep. No. 95-595, at 5 (1977); S. Rep. No. 698, 63d Cong., 2d Sess. (1914); Convention Against Torture, art. 4, Dec. 10, 1984, 1465 U.N.T.S. 85; 119 Cong. Rec. 24599 (1973).';
  const kinds = analyzeText(text).citations.map((c) => c.kind);
  assert.ok(!kinds.includes('docket'), kinds.join(' '));
  assert.ok(kinds.filter((k) => k === 'source').length >= 6, kinds.join(' '));
  const id = analyzeText(text).citations.find((c) => c.kind === 'id')!;
  assert.equal(id.resolution, 'resolved');
  assert.deepEqual(codes(text), []);
});

// ---- the court a reporter names, and public-domain citations ----

test('an official state reporter names its court; a regional reporter does not', () => {
  assert.ok(!codes('Thornton v. State, 331 Ga. App. 191, 193 (2015).').includes('CITE007'));
  assert.ok(!codes('Commonwealth v. Smith, 460 Mass. 318, 320 (2011).').includes('CITE007'));
  assert.ok(!codes('Gift Surplus, LLC v. State ex rel. Cooper, 268 N.C. App. 1, 4 (2019).').includes('CITE007'));
  assert.ok(codes('Thornton v. State, 770 S.E.2d 279, 281 (2015).').includes('CITE007'));
});

test('public-domain citations carry their year and court; their short forms repeat them with a paragraph', () => {
  const text =
    'See People v. Pollard, 2016 IL App (5th) 130514, ¶ 26, 54 N.E.3d 234. The court agreed. Pollard, 2016 IL App (5th) 130514, ¶ 27. ' +
    'CitiMortgage, Inc. v. Roznowski, 2014-Ohio-1984, ¶ 9. In re M.I., 2013 IL 113776, ¶ 32.';
  const got = codes(text);
  assert.ok(!got.includes('CITE006') && !got.includes('CITE054') && !got.includes('CITE003'), got.join(' '));
  assert.equal(cases(text)[0].year, 2016);
});

test('Georgia’s bracketed parallels and Texas petition history sit before or inside the date parenthetical', () => {
  const ga = 'Smith v. State, 250 Ga. 264, 266 (297 SE2d 273) (1982).';
  const c = cases(ga)[0];
  assert.equal(c.year, 1982);
  assert.equal(c.parallels.length, 1);
  assert.ok(!codes(ga).includes('CITE006'));
  const tx = 'Reyes v. City of Houston, 4 S.W.3d 459, 461 (Tex. App.—Houston [1st Dist.] 1999, pet. denied).';
  assert.equal(cases(tx)[0].year, 1999);
  assert.ok(!codes(tx).includes('CITE006'));
});

test('a reported opinion’s own citation at its head is not checked', () => {
  const text = '668 F. Supp. 2d 1260 (2009)\n\nJose Medina ESCOBAR, Plaintiff,\nv.\nL. REID, Defendant.\n\n' + LINE + '.';
  assert.deepEqual(codes(text), []);
});

// ---- house styles ----

const SCOTUS = [
  'The ordinance reaches only “fighting words.” Chaplinsky v. New Hampshire, 315 U. S. 568, 572 (1942).',
  'See R. A. V. v. St. Paul, 505 U. S. 377, 382 (1992); Roth v. United States, 354 U. S. 476, 483 (1957).',
  'Ibid. The rule is old. Chaplinsky, 315 U. S., at 571–572. Id., at 571. See Roth, supra, at 483–484; 42 U. S. C. §1983.',
].join('\n');

test('the Supreme Court’s own style is read from the document and accepted', () => {
  const { findings, style } = checkDocument(SCOTUS, analyzeText(SCOTUS), withAuthorities());
  assert.equal(style.profile.name, 'scotus');
  assert.deepEqual(
    findings.map((f) => f.code),
    [],
  );
  // Set to the Bluebook, the same text draws the practitioner-form findings.
  const bluebook = codes(SCOTUS, { style: 'bluebook' });
  for (const code of ['CITE001', 'CITE050', 'CITE054', 'CITE055', 'CITE013']) assert.ok(bluebook.includes(code), `${code} in ${bluebook.join(' ')}`);
  // A real error in house style is still an error: a reporter damaged by a comma.
  assert.ok(codes(SCOTUS + '\nSee 515 U. S, at 829.').includes('CITE002'));
});

test('the Solicitor General’s U.S. Code citations without § are house style', () => {
  const sg = 'Congress enacted 42 U.S.C. 1983, 42 U.S.C. 1988(b) and 18 U.S.C. 242. Ibid. See Pet. App. 3a; J.A. 19. The Act, 34 U.S.C. 12601, applies.';
  const { findings, style } = checkDocument(sg, analyzeText(sg), withAuthorities());
  assert.equal(style.profile.name, 'scotus');
  assert.ok(!findings.some((f) => f.code === 'CITE081'));
  assert.ok(codes(sg, { style: 'bluebook' }).includes('CITE081'));
});

test('West’s closed-up reporters used throughout are accepted; a brief that mixes spellings is told', () => {
  const vendor = Array.from({ length: 6 }, (_, k) => `Case${String.fromCharCode(65 + k)} v. Jones, ${10 + k} F.Supp.2d ${100 + k}, ${101 + k} (D.Colo.2005).`).join(' ');
  const r = checkDocument(vendor, analyzeText(vendor), withAuthorities());
  assert.equal(r.style.profile.name, 'vendor');
  assert.deepEqual(
    r.findings.filter((f) => f.code === 'CITE001' || f.code === 'CITE009').map((f) => f.code),
    [],
  );
  const mixed = vendor + ' Smith v. Doe, 20 F. Supp. 2d 30, 31 (D. Colo. 2006).';
  assert.ok(codes(mixed).includes('CITE001'), 'the one spelled differently is flagged');
});

test('an explicit style wins over what the document suggests', () => {
  const { style } = checkDocument(SCOTUS, analyzeText(SCOTUS), { style: 'bluebook' });
  assert.equal(style.profile.name, 'bluebook');
  assert.equal(style.detected, false);
});

test('New York’s official style: v without a period, unperioded reporters, the court and year in brackets', () => {
  const ny = [
    'The court applied a discount (see Matter of Giaimo v Vitale, 101 AD3d 523, 524 [1st Dept 2012]).',
    'It was raised late (International Mdse. Group Ams. v Segerman Intl., 277 AD2d 168 [1st Dept 2000]; Blake v Blake Agency, 107 AD2d 139, 146 [2d Dept 1985]).',
    'See Matter of Friedman v Beway Realty Corp., 87 NY2d 161, 168 [1995].',
  ].join('\n');
  const { findings, style } = checkDocument(ny, analyzeText(ny), withAuthorities());
  assert.equal(style.profile.name, 'new-york');
  assert.deepEqual(
    findings.map((f) => f.code),
    [],
  );
});

// ---- fixes that identify what they delete ----

test('CITE033 fixes only what "et al." proves; a title after a comma or a docket is never deleted', () => {
  const etAl = findings('Parsons v. United Technologies Corp., Sikorsky Aircraft Div., et al., 1 F.3d 1 (2d Cir. 1993).').filter((f) => f.code === 'CITE033');
  assert.equal(etAl.length, 1);
  assert.equal(etAl[0].fixes.length, 1);
  const title = findings('See Allied-Signal, Inc. v. Director, Division of Taxation, 504 U.S. 768 (1992).').filter((f) => f.code === 'CITE033');
  assert.ok(title.every((f) => f.fixes.length === 0 && f.severity === 'info'));
  const docket = findings('Texas v. Biden, No. 25-cv- 464, 2025 WL 1 (N.D. Tex. Jan. 2, 2025).').filter((f) => f.code === 'CITE033');
  assert.deepEqual(docket, []);
});

test('prose before a case name is not its first party: "the Court, Young v. …"', () => {
  const text = 'Three of them did not command a majority of the Court, Young v. American Mini Theatres, Inc., 427 U.S. 50, 63-73 (1976).';
  assert.equal(cases(text)[0].caseName?.text, 'Young v. American Mini Theatres, Inc.');
  assert.ok(!codes(text).includes('CITE033'));
});

test('the title of a paper, "Ex Parte Application", is not a case name', () => {
  assert.ok(!codes('Plaintiff filed its Ex Parte Application for a TRO (Dkt. 10).').includes('CITE031'));
  assert.ok(codes('The exception comes from Ex Parte Young, 209 U.S. 123 (1908).').includes('CITE031'));
});

// ---- Markdown ----

test('Markdown code, HTML comments, link destinations and front matter are not brief text', () => {
  const md = [
    '---',
    'title: Brief citing 1 U.S. 1',
    '---',
    '',
    'Log it with `console.log(arg.id)` and see [Younger v. Harris](https://example.com/401-U.S.-37), 401 U.S. 37, 43 (1971).',
    '',
    '```js',
    'const id = doc.id; // see 12 U.S. 4',
    '```',
    '',
    '<!-- draft: Roe v Wade, 410 US 113 -->',
  ].join('\n');
  const cites = analyzeText(md, { markdown: true }).citations;
  assert.deepEqual(
    cites.map((c) => c.kind),
    ['case'],
  );
  assert.deepEqual(codes(md, {}, { markdown: true }), []);
  // The same text read as plain text finds the Id. in the code span.
  assert.ok(analyzeText(md).citations.some((c) => c.kind === 'id'));
});

// ---- severity follows certainty ----

test('a known variant spelling is a warning; a damaged reporter an error; an unreadable bracket makes CITE006 a warning', () => {
  const variant = findings('Davis v. Ark. Valley Corr. Facility, 99 Fed. Appx. 838, 843 (10th Cir. 2004).').find((f) => f.code === 'CITE002')!;
  assert.equal(variant.severity, 'warning');
  const damaged = findings('Shay v. Rossi, 253 Conn. 134 (2000). Shay, 253 Conn, at 182.').find((f) => f.code === 'CITE002')!;
  assert.equal(damaged.severity, 'error');
  const unread = findings('Smith v. Jones, 100 F.3d 1, 5 {4th Cir.} (unpublished). Doe v. Roe, 200 F.3d 2, 4 (Tex. whatever court).');
  assert.ok(unread.some((f) => f.code === 'CITE006'));
});

test('a month and day after a dash are not a reporter and a page', () => {
  const cites: Citation[] = analyzeText('(7) Incident No. 27 — Mar. 2, 1994; (8) Incident No. 29 — May 19, 1994;').citations;
  assert.ok(!cites.some((c) => c.kind === 'case'));
});

test('a double-spaced body with single-spaced block quotes: a lone blank line inside a citation is spacing', () => {
  const body = Array.from({ length: 12 }, () => LINE).join('\n\n');
  const quote = Array.from({ length: 30 }, () => LINE).join('\n');
  const cite = 'abolished the rule. See Milam v. State, 255 Ga. 560 (341\n\nSE2d 216) (1986). We granted review of the question';
  const text = `${body}\n\n${quote}\n\n${body}\n\n${cite}\n\n${body}.\n`;
  const c = cases(text).find((x) => x.volume === '255')!;
  assert.equal(c.year, 1986);
  assert.ok(!codes(text).includes('CITE006'));
});

test('a division of the opinion after the first page is part of the citation', () => {
  for (const cite of [
    'Tepanca v. State, 297 Ga. 47 (3) (771 SE2d 879) (2015)',
    'United States v. Acosta, 17 F3d 538 (II) (B) (2nd Cir. 1994)',
    'United States v. Crayton, 357 F3d 560 (1) (A) (6th Cir. 2004)',
  ]) {
    const text = `See ${cite}.`;
    const c = cases(text)[0];
    assert.ok(c.year, cite);
    assert.ok(!codes(text).includes('CITE006'), cite);
  }
});

test('an Id. with a list of sections reads the whole list', () => {
  const text = 'See 28 U.S.C. § 1350. The act covers torture. Id. §§ 2(a)(1), 3(b)(1) (emphasis added). Id. § 4.';
  const ids = analyzeText(text).citations.filter((c): c is IdCitation => c.kind === 'id');
  assert.deepEqual(
    ids[0].pins.map((p) => text.slice(p.span.start, p.span.end)),
    ['§§ 2(a)(1)', '3(b)(1)'],
  );
  // The sentence's period is not part of the section.
  assert.equal(text.slice(ids[1].span.start, ids[1].span.end), 'Id. § 4');
});

test('an Id. after a citation to a reporter Pincite does not know is not pinned on the citation before it', () => {
  const text =
    'Wiwa v. Royal Dutch Petroleum Co., No. 96-Civ-8386, 2002 WL 319887, at *2 (S.D.N.Y. Feb. 28, 2002). See Trial of Bruno Tesch (The Zyklon B Case), 1 Law Reports of Trials of War Crim. 93 (1947). Tesch supplied the gas. Id. at 95.';
  const id = analyzeText(text).citations.find((c): c is IdCitation => c.kind === 'id')!;
  assert.equal(id.resolution, 'unresolved');
  assert.ok(!codes(text).includes('CITE075'));
});
