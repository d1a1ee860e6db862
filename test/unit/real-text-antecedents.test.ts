// Classes of real text that made Pincite misjudge what an Id., a short form or
// a pin refers to: references it did not read (record cites broken across a
// line, state codes named by subject, Restatements, books, unknown reporters),
// quotations that quote with double marks again, the Federal Register's
// thousands commas, notes gathered at a document's end, double-spaced and
// paginated text around a short form, and house forms (Ohio's `Id. at ¶ 12`,
// the Supreme Court's `Smith, 494 U. S. 872`). Each test is built from the
// class, not copied from one document, and says what a cite-checker expects.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { checkDocument } from '../../server/src/core/rules/index';
import { lookupCode } from '../../server/src/core/data/codes';
import type { CaseCitation, Citation, IdCitation, ShortCaseCitation, StatuteCitation } from '../../server/src/core/types';
import { withAuthorities } from './helpers';
import { codes, findings } from './realText';

function ids(text: string): IdCitation[] {
  return analyzeText(text).citations.filter((c): c is IdCitation => c.kind === 'id');
}

function antecedentOf(cites: Citation[], id: IdCitation): Citation | undefined {
  return id.antecedent === null || id.antecedent === undefined ? undefined : cites[id.antecedent];
}

/** Prose filler the width of a PDF line. */
const LINE = 'The district court considered the record as a whole before it ruled on the motion';

/** Applies a finding's fix to the text. */
function applyFix(text: string, fix: { edits: Array<{ start: number; end: number; newText: string }> }): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

// ---- references an Id. repeats that were not read ----

test('a record cite broken across a line, or a bare "App." after a sentence, is what the next Id. repeats', () => {
  const text =
    'Respondents sued under 42 U. S. C. §1983. The court ruled for them. App. to Pet. for\n' +
    'Cert. 27a–38a. The policy is not a ban, the court observed, id., at 42a; it is a condition. Id., at 49a.\n' +
    'The students sued under 42 U. S. C. §1983, claiming a violation of the right to speak. App. 78.\n' +
    'The complaint alleged that the policy discriminates. Id., at 79.';
  const cites = analyzeText(text).citations;
  assert.deepEqual(
    cites.filter((c) => c.kind === 'record').map((c) => (c as { document: string }).document),
    ['App. to Pet. for Cert.', 'App.'],
  );
  for (const id of ids(text)) assert.equal(antecedentOf(cites, id)?.kind, 'record', text.slice(id.span.start, id.span.end));
  assert.ok(!codes(text).includes('CITE052'));
  // A reporter's "App." is still a reporter.
  const kinds = analyzeText(
    'Smith v. Jones, 123 Cal. App. 4th 456, 460 (2004); Doe v. Roe, 50 Ohio App. 3d 10 (1990); Roe v. Poe, 100 Cal. App. 200 (1929).',
  ).citations.map((c) => c.kind);
  assert.deepEqual(kinds, ['case', 'case', 'case']);
});

test('an Id. after a brief cited across a line break repeats the brief, not the case its parenthetical quotes', () => {
  const text = 'See Graham v. Connor, 490 U.S. 386, 396 (1989). Officers make split-second judgments. Br. in\n' + 'Opp. 23 (quoting Graham, 490 U.S. at 397); id. at 31.';
  const cites = analyzeText(text).citations;
  const id = ids(text)[0];
  assert.equal(antecedentOf(cites, id)?.kind, 'record');
  assert.ok(!codes(text).includes('CITE059'));
});

test('a state code named by subject is a statute: Tex. Gov’t Code Ann., in capitals too, Cal. and N.Y. codes', () => {
  assert.equal(lookupCode("Tex. Gov't Code Ann.")?.abbr, "Tex. Gov't Code Ann.");
  assert.equal(lookupCode("TEX. GOV'T CODE ANN.")?.abbr, "Tex. Gov't Code Ann.");
  assert.equal(lookupCode('Tex. Civ. Prac. & Rem. Code Ann.')?.jurisdiction, 'tx');
  assert.equal(lookupCode("Tex. Gov't Code")?.abbr, "Tex. Gov't Code");
  assert.equal(lookupCode('Cal. Civ. Proc. Code')?.jurisdiction, 'ca');
  assert.equal(lookupCode('N.Y. Gen. Bus. Law')?.jurisdiction, 'ny');
  // Prose or a reporter before the code is no subject.
  assert.equal(lookupCode('Tex. 2003); Tex. Fam. Code Ann.'), undefined);
  const text =
    'See Univ. of Houston Sys. v. Lubertino, 95 S.W.3d 423, 427 (Tex. App. 2003). The employee must sue within 90 days. ' +
    "TEX. GOV'T CODE ANN. § 554.005 (Vernon Supp. 2003). The employee must first invoke the grievance procedure. Id. § 554.006(a). " +
    'The time is tolled. Id. § 554.006(c). See Tex. Gov\'t Code Ann. § 311.016 (Vernon 1998); compare Tex. Gov\'t Code Ann. § 311.016(1) ("may" grants permission).';
  const cites = analyzeText(text).citations;
  const statute = cites.find((c): c is StatuteCitation => c.kind === 'statute')!;
  assert.equal(statute.code, "Tex. Gov't Code Ann.");
  assert.equal(statute.year, 2003);
  for (const id of ids(text)) assert.equal(antecedentOf(cites, id)?.kind, 'statute');
  const got = codes(text);
  assert.ok(!got.includes('CITE052') && !got.includes('CITE043'), got.join(' '));
});

test('a quotation that quotes with double marks again keeps its citations to itself', () => {
  const text =
    'In Robinson v. Government of Malaysia, 269 F.3d 133 (2d Cir. 2001), we said that the “Alien Tort Claims Act (“ATCA”), ' +
    '28 U.S.C. § 1350, which provides jurisdiction, similarly identifies pleading requirements.” Id. at 144 n.13.';
  const cites = analyzeText(text).citations;
  const id = ids(text)[0];
  assert.equal(antecedentOf(cites, id)?.kind, 'case');
  assert.ok(!codes(text).includes('CITE052'));
});

test('an Id. after a Restatement, a book or a reporter Pincite does not know is not pinned on the citation before', () => {
  const restatement =
    'See Sosa v. Alvarez-Machain, 542 U.S. 692, 762 (2004). Although the Restatement (Third) of Foreign Relations Law lists ' +
    'apartheid as a violation, id. § 702 cmt. i, it omits it from universal jurisdiction. Id. § 404.';
  assert.ok(!codes(restatement).includes('CITE052'), codes(restatement).join(' '));
  const book =
    'See Talbot v. Jansen, 3 U.S. 133 (1795); Henfield’s Case, 11 F. Cas. 1099 (C.C.D. Pa. 1793). A privateer sailed under letters of marque. ' +
    '3 James Conley, Privateering, in Cyclopaedia of Political Science and the Political History of the United States 361 (John J. Lalor ed., 1899). ' +
    'Privateers were recognized under international law. Id.';
  assert.ok(!codes(book).includes('CITE051'), codes(book).join(' '));
  const unknown =
    'See Herbert Schneeberger, The Responsibility of the Individual, 35 Geo. L.J. 481, 489 (1947). The officers were charged. United States v. Krauch, ' +
    '7 Trials of War Criminals Before the Nuernberg Military Tribunals Under Control Council Law No. 10 14, 39 (1952). The firm was not charged. Id. at 11-14.';
  assert.ok(!codes(unknown).includes('CITE059'), codes(unknown).join(' '));
});

test('a treaty cited to two publications is one authority, so an Id. after it is not ambiguous', () => {
  const text = 'The Genocide Convention, Dec. 9, 1948, 102 Stat. 3045, 78 U.N.T.S. 277, confirms that genocide is a crime under international law, id. at 280.';
  const cites = analyzeText(text).citations;
  const sources = cites.filter((c) => c.kind === 'source');
  assert.equal(sources.length, 2);
  assert.equal(sources[0].authority, sources[1].authority);
  assert.equal(ids(text)[0].resolution, 'resolved');
  assert.ok(!codes(text).includes('CITE051'));
});

test('an Id. with a parallel reporter after a statute means a case: CITE059, not a request for a section', () => {
  const text =
    'In Suter v. Artist M., 503 U.S. 347, 112 S. Ct. 1360 (1992), the Court held that 42 U.S.C. § 671(a)(15) confers no right. ' +
    'The statute imposed only a generalized duty. Id. at 363, 112 S. Ct. 1360.';
  const got = codes(text);
  assert.ok(got.includes('CITE059') && !got.includes('CITE052'), got.join(' '));
  // A page pin alone after a statute is still CITE052, which names both readings.
  const page = findings('42 U.S.C. § 1983. Id. at 5.').find((f) => f.code === 'CITE052')!;
  assert.match(page.message, /short form/);
  assert.match(page.message, /give the section/);
});

// ---- pins ----

test('the Federal Register’s thousands commas belong to the page, in an Id. and in lists and spans', () => {
  const text =
    'The Rule, 87 Fed. Reg. 24,652 (Apr. 26, 2022), updates the regulations. See id. at 24,735-24,739, 24,742-24,744, 24,746-\n24,747. ' +
    'It lists factors. Id. at 24,663, 24,678-24,679.';
  const [first, second] = ids(text);
  assert.deepEqual(
    first.pins.map((p) => [p.from, p.to]),
    [
      [24735, 24739],
      [24742, 24744],
      [24746, 24747],
    ],
  );
  assert.deepEqual(
    second.pins.map((p) => p.from),
    [24663, 24678],
  );
  assert.ok(!codes(text).includes('CITE012'));
  // A list run together in a case reporter stays two pages.
  const run = analyzeText('Smith v. Jones, 123 F.3d 100, 105,110 (2d Cir. 1997).').citations[0] as CaseCitation;
  assert.deepEqual(
    run.pins.map((p) => p.from),
    [105, 110],
  );
});

test('a number after a pin that starts the next publication is not a pin', () => {
  const text = 'See The Nuremberg Trial, 6 F.R.D. 69, 131, 1 Trial of the Major War Criminals 253-54 (1947).';
  // Named without a "v.", the citation reads as a short form; its pins stop at the next volume.
  const c = analyzeText(text).citations[0] as CaseCitation | ShortCaseCitation;
  assert.deepEqual(
    c.pins.map((p) => p.text),
    ['131'],
  );
  assert.ok(!codes(text).includes('CITE012'));
});

test('Ohio’s courts write Id. at ¶ 12; elsewhere a span of paragraphs loses its "at" and doubles its sign', () => {
  const ohio =
    'See Walburn v. Dunlap, 121 Ohio St. 3d 373, 2009-Ohio-1221, ¶ 31. The order was final. Id. at ¶ 9. ' +
    'See Day v. Day, 2004-Ohio-4514, ¶ 7; Roe v. Poe, 2012-Ohio-4901, ¶ 11. The sale was confirmed. Id. at ¶ 6-7.';
  const { style, findings: found } = checkDocument(ohio, analyzeText(ohio), withAuthorities());
  assert.equal(style.profile.name, 'ohio');
  assert.ok(!found.some((f) => f.code === 'CITE052'));
  const bluebook = 'See Doc. #41 at 4. Id. at ¶ 6-7.';
  const f = findings(bluebook).find((x) => x.code === 'CITE052')!;
  assert.match(f.message, /Id\. ¶¶ 6-7/);
  assert.equal(applyFix(bluebook, f.fixes[0]), 'See Doc. #41 at 4. Id. ¶¶ 6-7.');
  assert.equal(
    applyFix('See Doc. #41 at 4. Id. at ¶ 27.', findings('See Doc. #41 at 4. Id. at ¶ 27.').find((x) => x.code === 'CITE052')!.fixes[0]),
    'See Doc. #41 at 4. Id. ¶ 27.',
  );
});

// ---- short forms ----

test('a short form whose full citation sits in a note called before it, gathered at the end, has one', () => {
  const text =
    'The decree must terminate the illegal monopoly.[4] ' +
    LINE +
    '. The provisions look forward. United Shoe, 391 U.S. at 250. The court warned against design mandates.[24] ' +
    'See Microsoft, 147 F.3d at 949-50.\n\nNOTES\n\n' +
    '[4] See United States v. United Shoe Mach. Corp., 391 U.S. 244, 250, 88 S. Ct. 1496 (1968).\n\n' +
    '[24] See United States v. Microsoft Corp., 253 F.3d 34 (D.C. Cir. 2001); United States v. Microsoft Corp., 147 F.3d 935 (D.C. Cir. 1998).\n';
  const got = codes(text);
  assert.ok(!got.includes('CITE053') && !got.includes('CITE054'), got.join(' '));
  // With no note behind it, the short form still has no full citation.
  assert.ok(codes('The provisions look forward. United Shoe, 391 U.S. at 250.').includes('CITE053'));
});

test('a short form after a full citation written with a court’s brackets, which Pincite cannot read, is not reported', () => {
  const text =
    'A decree must “unfetter a market from anticompetitive conduct,” Ford Motor Co. [v. United States], 405 U.S. [562,] 577 [1972]. ' +
    'The remedy fits. Ford Motor Co., 405 U.S. at 578, 92 S. Ct. 1142.';
  assert.ok(!codes(text).includes('CITE053'), codes(text).join(' '));
});

test('a short form in double-spaced text: the sentence it supports names the case across the blank lines', () => {
  const text = [
    'See Flores v. S. Peru Copper Corp., 414 F.3d 233, 248 (2d Cir. 2003). ' + LINE + '.',
    'In Flores, we held that the law of nations, or customary international law, “is composed only',
    'of those rules that States universally abide by, out of a sense of legal obligation.” 414 F.3d at',
    '248. ' + LINE + '.',
  ].join('\n\n');
  assert.ok(!codes(text).includes('CITE056'), codes(text).join(' '));
  // A paragraph that does not name the case still draws the finding.
  const unnamed = [
    'See Flores v. S. Peru Copper Corp., 414 F.3d 233, 248 (2d Cir. 2003). ' + LINE + '.',
    'The court of appeals held that the law of nations “is composed only of those rules that States',
    'universally abide by.” 414 F.3d at 248. ' + LINE + '.',
  ].join('\n\n');
  assert.ok(codes(unnamed).includes('CITE056'));
});

test('a short form whose name is broken at a line end, or after Id., or after a block quote introduced by name', () => {
  const hyphen =
    'See Hanrahan v. Hampton, 446 U.S. 754 (1980). ' +
    LINE +
    '. Relying on legislative history, the Court in Hanra-\nhan stated that Congress had “contemplated the award of fees pendente lite.” 446 U.S. at 757.';
  assert.ok(!codes(hyphen).includes('CITE056'), codes(hyphen).join(' '));
  const split = 'See Rosenberger v. Rector, 515 U.S. 819 (1995). ' + LINE + '. The forum “must respect its boundaries.” Rosen\nberger, 515 U.S. at 829.';
  assert.ok(!codes(split).includes('CITE056'), codes(split).join(' '));
  const afterId = 'See Harris County v. Lawson, 122 S.W.3d 276, 280 (Tex. App. 2003). The majority relies on the word "may." Id. 122 S.W.3d at 283.';
  assert.ok(!codes(afterId).includes('CITE056'), codes(afterId).join(' '));
  const block = [
    'See Halberstam v. Welch, 705 F.2d 472, 476 (D.C. Cir. 1983). ' + LINE + '.',
    LINE + '. As the D.C. Circuit explained in Halberstam:',
    'Prosser notes that the original meaning of joint tort was that of\nvicarious liability for concerted action. All persons who acted in\nconcert were held liable for the entire result.',
    '705 F.2d at 476-77. ' + LINE + '.',
  ].join('\n\n');
  assert.ok(!codes(block).includes('CITE056'), codes(block).join(' '));
});

test('the Supreme Court’s style: a sentence broken by a page’s footnotes names the case before them', () => {
  const text =
    'See Rosenberger v. Rector and Visitors of Univ. of Va., 515 U. S. 819 (1995); Healy v. James, 408 U. S. 169 (1972); Widmar v. Vincent, 454 U. S. 263 (1981). ' +
    'The officially recognized student group in Rosen\nberger was denied funding to distrib\n' +
    '——————\n' +
    Array.from({ length: 8 }, () => 'The dissent’s description of Healy also omits the Healy Court’s observation about campus rules and groups.').join('\n') +
    '\n408 U. S., at 193–194.\n\fCite as: 561 U. S. ____ (2010) 19\n\nOpinion of the Court\n\n' +
    'ute a newspaper from a Christian perspective. 515 U. S., at 825–827.';
  assert.ok(!codes(text, { style: 'scotus' }).includes('CITE056'), codes(text, { style: 'scotus' }).join(' '));
});

test('a name set apart by a PDF space before its hyphen is read whole', () => {
  const text = 'See Ingersoll -Rand Co. v. United States, 780 F.2d 74, 77 (D.C. Cir. 1985). ' + LINE + '. See Ingersoll -Rand, 780 F.2d at 78.';
  const cites = analyzeText(text).citations;
  assert.equal((cites[0] as { caseName?: { text: string } }).caseName?.text, 'Ingersoll -Rand Co. v. United States');
  const got = codes(text);
  assert.ok(!got.includes('CITE056'), got.join(' '));
});

test('a short form named for a government is right when the other party is a government too', () => {
  const text = 'See West Virginia v. EPA, 597 U.S. 697, 723 (2022). ' + LINE + '. West Virginia, 597 U.S. at 724.';
  assert.ok(!codes(text).includes('CITE057'), codes(text).join(' '));
  const county = 'See County of Imperial v. Munoz, 449 U.S. 54, 58 (1980). ' + LINE + '. County of Imperial, 449 U.S. at 60.';
  assert.ok(codes(county).includes('CITE057'));
});

test('the Supreme Court names a case as a whole with its first page: Smith, 494 U. S. 872', () => {
  const text = 'See Employment Div. v. Smith, 494 U. S. 872 (1990). ' + LINE + '. Our decision in Smith, 494 U. S. 872, forecloses that argument.';
  assert.ok(!codes(text, { style: 'scotus' }).includes('CITE054'));
  assert.ok(codes(text, { style: 'bluebook' }).includes('CITE054'));
});
