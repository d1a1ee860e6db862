// Classes of real text that drew false alarms about the form of citations:
// citations reproduced from another document (block quotations, a brief's
// appendix of statutes), house styles that write a point their own way
// throughout, and references whose parts Pincite read apart. Each test is built
// from the class (not copied from one document) and says what a cite-checker
// expects, including what must still be flagged.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { checkDocument } from '../../server/src/core/rules/index';
import type { DatabaseCitation, IdCitation, StatuteCitation } from '../../server/src/core/types';
import { withAuthorities } from './helpers';
import { codes, findings } from './realText';

/** Prose filler the width of a PDF line, so layout reads the text as full lines. */
const LINE = 'The district court considered the record as a whole before it ruled on the motion';

/** Double-spaced body text: `n` full lines with a blank line after each. */
function spaced(n: number): string {
  return Array.from({ length: n }, () => LINE).join('\n\n');
}

// ---- text reproduced from another document ----

/** A single-spaced block quotation in a double-spaced opinion, the quoted court's citations in its own form. */
const BLOCK = [
  'For example, there are now pending in Federal District Court several',
  'class actions. See In re South African Apartheid Litigation, 238 F.Supp.2d',
  '1379 (JPML 2002). The United States has agreed. See Letter, reprinted in',
  'id., at 2a. Cf. the Foreign Sovereign Immunities Act of 1976, 28 U.S.C.',
  '§ 1602 et seq. There is a strong argument for deference to its view.',
].join('\n');

test('a block quotation in double-spaced text: its citations are the source’s, not judged for form', () => {
  const text = `${spaced(12)}\n\nThen, focusing on the case before us, the Supreme Court continued:\n\n${BLOCK}\n\n\nSosa v. Alvarez-Machain, 542 U.S. 692, 733 n.21 (2004).\n\n${spaced(12)}.\n`;
  const r = analyzeText(text);
  assert.equal(r.reproduced?.length, 1);
  assert.equal(text.slice(r.reproduced![0].start, r.reproduced![0].end), BLOCK);
  const got = codes(text);
  for (const code of ['CITE001', 'CITE032', 'CITE050', 'CITE081']) assert.ok(!got.includes(code), `${code} in ${got.join(' ')}`);
  // The same citations in the writer's own text are judged.
  const own = codes(`${spaced(12)}\n\n${BLOCK.replace(/\n/g, ' ')}\n\n${spaced(12)}.\n`);
  for (const code of ['CITE001', 'CITE032', 'CITE081']) assert.ok(own.includes(code), `${code} in ${own.join(' ')}`);
});

test('an Id. after a block quotation repeats the writer’s citation, not one the quoted court made', () => {
  const quote = [
    'The statute defining international terrorism includes activities that',
    'involve violent acts. 18 U.S.C. § 2331(1). Remember, too, that the',
    'criminal laws include 18 U.S.C. § 2, which creates liability for aiding',
    'and abetting violations of any other criminal provisions.',
  ].join('\n');
  const text = `${spaced(10)}\n\nSee Boim v. Quranic Literacy Inst., 291 F.3d 1000, 1019 (7th Cir. 2002). The Seventh Circuit held that:\n\n${quote}\n\n\nId. at 1020.\n\n${spaced(10)}.\n`;
  const r = analyzeText(text);
  const id = r.citations.find((c): c is IdCitation => c.kind === 'id')!;
  assert.equal(r.citations[id.antecedent!].kind, 'case');
  assert.ok(!codes(text).includes('CITE052'));
});

test('a footnote is single-spaced too, but it ends its page instead of leading to a citation', () => {
  const footnote = [
    '2',
    'The plaintiffs also argue that diversity jurisdiction exists, but see Smith',
    'v. Jones, 10 F.Supp.2d 1 (D. Conn. 1998), where the court held otherwise on',
    'facts much like these.',
  ].join('\n');
  const text = `${spaced(12)}\n\n${footnote}\n\n3\n\f${spaced(3)}\n\nId. at 4. ${LINE}.\n`;
  assert.deepEqual(analyzeText(text).reproduced, []);
  assert.ok(codes(text).includes('CITE001'), 'the writer’s footnote is judged');
});

test('single-spaced text and one paragraph per line: a quotation runs from its colon to the paragraph its citation opens', () => {
  const quote =
    'In her third issue, Smith argues that the trial court erred. The act requires suit within 90 days. Tex. Gov’t Code Ann. § 554.005 (Vernon Supp.2003). An employee must initiate grievance procedures. Id. § 554.006(a).';
  const text = `The more recent opinion in Smith states the requirements of the Act, as follows:\n\n${quote}\n\nSmith v. Tex. Dep’t of Crim. Justice, 101 S.W.3d 185, 189 (Tex. App. 2003) (emphasis added).\n\nUnder Lubertino, the employee may sue later.\n`;
  const r = analyzeText(text);
  assert.equal(r.reproduced?.length, 1);
  assert.equal(text.slice(r.reproduced![0].start, r.reproduced![0].end), quote);
  // Inside the quotation the Id. means the Code the quoted court cited: a section pin fits.
  assert.ok(!codes(text).includes('CITE052'));
});

test('a paragraph a citation opens in the prose of a sentence ends no quotation', () => {
  const text =
    'The parties raise two issues:\n\nFirst, whether the claim is timely under 28 U.S.C. 1658.\n\nSmith v. Jones, 100 F.3d 1, 5 (2d Cir. 1996), holds that it is.\n';
  assert.deepEqual(analyzeText(text).reproduced, []);
  assert.ok(codes(text).includes('CITE081'), 'the writer’s own statute cite is judged');
});

test('a brief’s appendix of statutes reproduces the Code: its cross-references are quoted, its item headings are the brief’s', () => {
  const appendix = [
    'Respectfully submitted.',
    'APPENDIX',
    '',
    '1. 42 U.S.C. 1988 provides in pertinent part:',
    'Proceedings in vindication of civil rights',
    '(b) Attorney’s fees',
    'In any action or proceeding to enforce a provision of',
    'title IX of Public Law 92-318 [20 U.S.C. 1681',
    'et seq.], the Religious Freedom Restoration Act of 1993',
    '[42 U.S.C. 2000bb et seq.], the court may allow a fee.',
    '',
    '2. Rule 54 of the Federal Rules of Civil Procedure pro-',
    'vides in pertinent part:',
    '(d) Costs. Costs should be allowed to the prevailing party.',
  ].join('\n');
  const r = analyzeText(appendix);
  assert.equal(r.reproduced?.length, 2);
  const found = findings(appendix, { style: 'bluebook' }).filter((f) => f.code === 'CITE081');
  assert.deepEqual(
    found.map((f) => f.text),
    ['42 U.S.C. 1988'],
    'only the heading, the brief’s own citation, is judged',
  );
  // An appendix that reproduces an opinion or an order is the court's own text, not quoted statute.
  assert.deepEqual(analyzeText('APPENDIX A\n\nMEMORANDUM OPINION\n\nThe Court cites 15 U.S.C. 16 here.\n').reproduced, []);
});

test('inside a quotation the rules that check a citation against its source still report', () => {
  const text = 'The panel wrote that “the claim fails. Smith v. Jones, 850 F.2d 70, 62 (2d Cir. 1988).” We agree.';
  const got = findings(text);
  assert.ok(
    got.some((f) => f.code === 'CITE012'),
    'an impossible pin is wrong wherever it is',
  );
  assert.ok(got.every((f) => f.fixes.length === 0));
});

test('a straight quotation mark after a word closes a quotation: the citation after it is the writer’s', () => {
  const text =
    'the accommodation is "necessary to afford . . . equal opportunity to use and occupy a dwel-\n\nling. . . ."    42  U.S.C.     3604(f)(3)(A)-(B)  (emphasis  added). It provides that "[n]othing requires that".\n';
  assert.ok(codes(text, { style: 'bluebook' }).includes('CITE081'));
});

// ---- page layout ----

test('a subhead under the running head (`Opinion of the Court`) is page furniture: a title number before the page break stays with its code', () => {
  const page = (n: number, head: string, body: string) =>
    `\f505US2105I 07-09-96 19:34:58 PAGES OPINPGT\n\n\n${n} ${head}\n\n${n % 2 ? 'Opinion of the Court' : 'WHITE, J., concurring in judgment'}\n\n${body}\n`;
  const body = Array.from({ length: 8 }, () => LINE).join('\n');
  const pages: string[] = [];
  for (let n = 380; n < 392; n++) pages.push(page(n, 'R. A. V. v. ST. PAUL', body));
  pages[5] = page(385, 'R. A. V. v. ST. PAUL', `${body}\nin employment practices, 42 U. S. C. § 2000e–2. See also 18`);
  pages[6] = page(386, 'R. A. V. v. ST. PAUL', `U. S. C. § 242; 42 U. S. C. §§ 1981, 1982. ${LINE}\n${body}`);
  const text = pages.join('');
  const code = analyzeText(text).citations.find((c): c is StatuteCitation => c.kind === 'statute' && /242$/.test(c.section))!;
  assert.equal(code.title, '18');
  assert.ok(!codes(text, { style: 'scotus' }).includes('CITE081'));
});

// ---- house styles ----

test('the Supreme Court and the Solicitor General cite an Act as a whole with "et seq."', () => {
  const sg =
    'Congress enacted 42 U.S.C. 1983 and 42 U.S.C. 1988(b). Ibid. See Pet. App. 3a; J.A. 19. The Hobbs Act, 28 U.S.C. 2341 et seq., and the Atomic Energy Act of 1954, 42 U.S.C. 2011 et seq., apply.';
  const { findings: found, style } = checkDocument(sg, analyzeText(sg), withAuthorities());
  assert.equal(style.profile.name, 'scotus');
  assert.ok(!found.some((f) => f.code === 'CITE081'));
  assert.equal(codes(sg, { style: 'bluebook' }).filter((c) => c === 'CITE081').length, 4);
});

test('the Solicitor General capitalises a constitution’s part; the Bluebook does not', () => {
  const sg = 'See 42 U.S.C. 1983; 42 U.S.C. 1988(b); 18 U.S.C. 242. Ibid. See Pet. App. 3a; J.A. 19. U.S. Const. Amend. II protects the right.';
  assert.ok(!codes(sg).includes('CITE085'));
  assert.ok(codes(sg, { style: 'bluebook' }).includes('CITE085'));
  // Spelled out is still wrong.
  assert.ok(codes(sg.replace('Amend. II', 'Amendment II')).includes('CITE085'));
});

/** West's text of a district court opinion: closed-up reporters, courts and dates. */
function westText(extra: string): string {
  const cites = Array.from({ length: 6 }, (_, k) => `Case${String.fromCharCode(65 + k)} v. Jones, ${10 + k} F.Supp.2d ${100 + k}, ${101 + k} (D.Colo.2005).`).join(' ');
  return `${cites} ${extra}`;
}

test('West’s text spaces its footnote pins, "n. 4": accepted where it does so throughout', () => {
  const text = westText('See Aldrich v. McCulloch Props., Inc., 627 F.2d 1036, 1041 n. 4 (10th Cir.1980); Moody v. Daggett, 429 U.S. 78, 88 n. 9 (1976).');
  assert.equal(checkDocument(text, analyzeText(text)).style.profile.name, 'vendor');
  assert.ok(!codes(text).includes('CITE014'));
  // A text that also closes them up is told about the spaced one.
  assert.ok(codes(text + ' See Frazier v. Dubois, 922 F.2d 560, 562 n.1 (10th Cir.1990).').includes('CITE014'));
});

test('West’s text prints a court’s database citations as the court wrote them: no docket number in any of them is the court’s form', () => {
  const db = 'See Doyle v. Cella, 2008 WL 4490111, at *2 (D.Colo. Sept. 30, 2008); Lucero v. Hilkey, 2008 WL 552863, at *20 (D.Colo. Feb. 27, 2008).';
  const text = westText(db);
  assert.ok(!codes(text).includes('CITE076'));
  // One that gives a docket number shows the others leave it out.
  const mixed = westText(db + ' See Wilson v. Smith, No. 07-cv-1, 2008 WL 100, at *3 (D.Colo. Jan. 2, 2008).');
  assert.equal(codes(mixed).filter((c) => c === 'CITE076').length, 2);
  // The Bluebook wants the docket number.
  assert.ok(codes(db).includes('CITE076'));
});

test('Bluebook text in West’s typography: closed-up courts and dates are the publisher’s, the case names are still judged', () => {
  const texas = [
    'Travis v. City of Mesquite, 830 S.W.2d 94, 104 (Tex.1992).',
    'Tex. Dep’t of Transp. v. Jones, 8 S.W.3d 636, 638 (Tex.1999).',
    'Taub v. Harris County Flood Control Dist., 76 S.W.3d 406, 409 (Tex.App.-Houston [1st Dist.] 2002, no pet.).',
    'Davis v. Ector County, 40 F.3d 777, 785 (5th Cir.1994).',
    'Chevron Corp. v. Redmon, 745 S.W.2d 314, 316 (Tex.1987).',
    'Grounds v. Tolar Indep. Sch. Dist., 707 S.W.2d 889, 891 (Tex.1986).',
    'Lawson, 122 S.W.3d at 284 n. 6.',
  ].join(' ');
  const { findings: found, style } = checkDocument(texas, analyzeText(texas), withAuthorities());
  assert.equal(style.profile.name, 'bluebook');
  const got = found.map((f) => f.code);
  assert.ok(!got.includes('CITE009') && !got.includes('CITE014'), got.join(' '));
  assert.ok(got.includes('CITE032'), 'County is still abbreviated in a citation');
});

/** An Ohio Supreme Court opinion: web citations, districts and counties, the Ohio manual's abbreviations. */
const OHIO = [
  'The Fifth District noted the rule. 2012-Ohio-4901, ¶ 8, citing Walburn v. Dunlap, 121 Ohio St. 3d 373, 2009-Ohio-1221, 904 N.E.2d 863, ¶ 31.',
  'Id., quoting State ex rel. White v. Cuyahoga Metro. Hous. Auth., 79 Ohio St. 3d 543, 546, 684 N.E.2d 72 (1997).',
  'See LaSalle Bank Natl. Assn. v. Smith, 7th Dist. Mahoning No. 11 MA 85, 2012-Ohio-4040, ¶ 20; Fed. Natl. Mtge. Assn. v. Day, 2d Dist. Montgomery No. 20314, 2004-Ohio-4514.',
  'Hamilton Cty. Bd. of Mental Retardation & Dev. Disabilities v. Professionals Guild of Ohio, 46 Ohio St. 3d 147, 153, 545 N.E.2d 1260 (1989).',
  'Id. at ¶ 9. LaSalle Bank Natl. Assn., 2012-Ohio-4040, ¶ 20.',
].join('\n');

test('Ohio’s official style: pins in the Ohio reports alone, its own abbreviations, the caption’s places', () => {
  const { findings: found, style } = checkDocument(OHIO, analyzeText(OHIO), withAuthorities());
  assert.equal(style.profile.name, 'ohio');
  const got = found.map((f) => f.code);
  for (const code of ['CITE024', 'CITE032', 'CITE036']) assert.ok(!got.includes(code), `${code} in ${got.join(' ')}`);
});

test('a paragraph pin after an Ohio web citation serves every parallel', () => {
  const text = 'See Walburn v. Dunlap, 121 Ohio St. 3d 373, 2009-Ohio-1221, 904 N.E.2d 863, ¶ 31.';
  assert.ok(!codes(text, { style: 'bluebook' }).includes('CITE024'));
  // A page pin in one reporter alone is still a missing pin in the other.
  assert.ok(codes('See Hausman v. Dayton, 73 Ohio St. 3d 671, 676, 653 N.E.2d 1190 (1995).', { style: 'bluebook' }).includes('CITE024'));
});

test('Georgia cites a case already cited as "Name, supra"; California writes "ibid." for the same page', () => {
  const ga = [
    'Thornton v. State, 331 Ga. App. 191 (770 SE2d 279) (2015).',
    'Milam v. State, 255 Ga. 560 (341 SE2d 216) (1986).',
    'The facts are set forth in Thornton v. State, supra, 331 Ga. App. at 191. We abolished the rule in Milam v. State, supra, 255 Ga. at 562.',
  ].join(' ');
  assert.equal(checkDocument(ga, analyzeText(ga)).style.profile.name, 'georgia');
  assert.ok(!codes(ga).includes('CITE055'));
  const ca = [
    'See Johnson v. City of Loma Linda (2000) 24 Cal.4th 61, 65; Hernandez v. City of Hanford (2007) 41 Cal.4th 279, 286.',
    'The court so held. (Carson Harbor Village v. City of Carson (1999) 70 Cal.App.4th 281, 290.) It also observed the difference. (Ibid.)',
  ].join(' ');
  assert.equal(checkDocument(ca, analyzeText(ca)).style.profile.name, 'california');
  assert.ok(!codes(ca).includes('CITE050'));
  assert.ok(codes(ca, { style: 'bluebook' }).includes('CITE050'));
});

test('California keeps a name as the official report prints it and names a short form by its first party', () => {
  const ca = [
    'See Johnson v. City of Loma Linda (2000) 24 Cal.4th 61, 65; Hernandez v. City of Hanford (2007) 41 Cal.4th 279, 286.',
    'The acts carried out prior policy. (Lincoln Property Co. No. 41, Inc. v. Law (1975) 45 Cal.App.3d 230, 235; County of Kern v. T.C.E.F., Inc. (2016) 246 Cal.App.4th 301, 316.)',
    'The court guards the power. (See County of Kern, supra, 246 Cal.App.4th at p. 318.)',
  ].join(' ');
  assert.equal(checkDocument(ca, analyzeText(ca)).style.profile.name, 'california');
  const own = codes(ca);
  assert.ok(!own.includes('CITE034') && !own.includes('CITE057'), own.join(' '));
  // The Bluebook drops the second designation and wants a party that identifies the case.
  const bluebook = codes(ca, { style: 'bluebook' });
  assert.ok(bluebook.includes('CITE034') && bluebook.includes('CITE057'), bluebook.join(' '));
});

// ---- references read whole ----

test('a database pin without "at" keeps its date parenthetical: the missing "at" is what is wrong', () => {
  const text =
    'See Bowoto v. Chevron Corp., No. C 99-02506 SI, 2006 WL 2455752, *3–4 (N.D. Cal. Aug. 22, 2006); Doe v. Herman, Civ. Action No. 97-0043-B, 1998 WL 34194937, *5-*7 (W.D. Va. Mar. 18, 1998).';
  const dbs = analyzeText(text).citations.filter((c): c is DatabaseCitation => c.kind === 'database');
  assert.deepEqual(
    dbs.map((d) => d.pins.map((p) => p.text)),
    [['*3–4'], ['*5-*7']],
  );
  assert.deepEqual(
    dbs.map((d) => d.date),
    ['Aug. 22, 2006', 'Mar. 18, 1998'],
  );
  const got = codes(text);
  assert.ok(!got.includes('CITE076'), got.join(' '));
  assert.equal(got.filter((c) => c === 'CITE075').length, 2);
});

test('a docket number broken at a hyphen, one without "No.", and history of the same case need no docket of their own', () => {
  const text = [
    'Floyd v. Insight Glob. LLC, No. 23-cv-1680-',
    '',
    'BJR, 2024 WL 2133370, at *8 (W.D. Wash. May 10, 2024) (court order), amended',
    '',
    'on reconsideration, 2024 WL 3199858 (W.D. Wash. June 26, 2024) (court order).',
    'See New York v. Microsoft, 98-1232, 2002 WL 31439450 (D.D.C. Nov. 1, 2002).',
  ].join('\n');
  const floyd = analyzeText(text).citations.find((c): c is DatabaseCitation => c.kind === 'database')!;
  assert.equal(floyd.caseName?.text, 'Floyd v. Insight Glob. LLC');
  assert.equal(floyd.docket, 'No. 23-cv-1680-BJR');
  assert.ok(!codes(text).includes('CITE076'));
});

test('a case name after a blank line in double-spaced text is still in its sentence: "in\\n\\nBi v. Union Carbide"', () => {
  const text = `${spaced(10)}\n\nParticularly apposite here is the characteristically thoughtful opinion of Judge Newman in\n\nBi v. Union Carbide Chemicals & Plastics Co, 984 F.2d 582. The case arose out of an accident at a plant\n\n${spaced(10)}.\n`;
  assert.ok(!codes(text).includes('CITE032'), 'a name in the prose of a sentence keeps its words');
});

test('"citing" as the verb of a sentence leaves the name in prose; inside a parenthetical it opens a citation clause', () => {
  const prose = 'The court held that the question is mixed and, citing Gupton v. Duke University, 337 N.C. 742, 750 (1994), that such questions are reviewed de novo.';
  assert.ok(!codes(prose).includes('CITE032'), 'a textual sentence abbreviates only the eight words of 10.2.1(c)');
  const clause = 'Such questions are reviewed de novo. Hall v. Ray, 1 N.C. 1, 3 (1990) (citing Gupton v. Duke University, 337 N.C. 742, 750 (1994), and other cases).';
  assert.ok(codes(clause).includes('CITE032'), 'a name in a citing parenthetical takes T6');
});

test('a government-unit word spelled out in four or more cited names, never abbreviated, is the document’s practice', () => {
  const cites = (names: string[]) => names.map((n, i) => `See ${n}, ${100 + i} S.W.3d ${10 + i}, ${12 + i} (Tex. 2001).`).join(' ');
  const four = ['Harris County v. Lawson', 'Davis v. Ector County', 'Travis County v. Colunga', 'Gregg County v. Farrar'];
  assert.ok(!codes(cites(four), { style: 'bluebook' }).includes('CITE032'));
  // Three names show no practice; one abbreviation anywhere shows the writer knows the table.
  assert.equal(codes(cites(four.slice(0, 3)), { style: 'bluebook' }).filter((c) => c === 'CITE032').length, 3);
  assert.equal(codes(cites([...four, 'Bexar Cnty. v. Deffenbaugh']), { style: 'bluebook' }).filter((c) => c === 'CITE032').length, 4);
  // Other words are still judged one by one.
  assert.ok(codes(cites([...four, 'Tex. Natural Res. Conservation Comm’n v. White']), { style: 'bluebook' }).includes('CITE032'));
});

test('a capitalised signal after an acronym starts a new citation: "under RICO. See In re …"', () => {
  const text =
    'See In re S. Afr. Apartheid Litig., 346 F. Supp. 2d 538, 554 (S.D.N.Y. 2004). The court held that they failed to establish jurisdiction under RICO. See In re S. Afr. Apartheid Litig., 346 F. Supp. 2d at 554–57.';
  const short = analyzeText(text).citations.find((c) => c.kind === 'shortCase')!;
  assert.equal(short.caseName?.text, 'In re S. Afr. Apartheid Litig.');
  assert.equal(short.signal?.text, 'See');
});
