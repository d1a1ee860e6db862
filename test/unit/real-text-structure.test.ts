// Where a citation starts and ends in real filings: footnote blocks a PDF puts
// inside a sentence, the words around a case name that tell a citation from
// prose, pins and parallels between a page and its date, parentheticals and
// their order, signals and history. Each test is built from a class of text
// that drew false alarms (not copied from one document) and says what a
// cite-checker expects; most also keep the finding the class must not hide.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { normalize } from '../../server/src/core/text/normalize';
import { checkAll } from '../../server/src/core/rules/index';
import type { CaseCitation } from '../../server/src/core/types';
import { codes, findings, cases } from './realText';

// ---- footnote blocks inside a sentence ----

/** A distinct full-width line of prose (page furniture is what repeats from page to page). */
function prose(k: number): string {
  const topics = ['standing', 'ripeness', 'mootness', 'abstention', 'immunity', 'preemption', 'venue', 'notice', 'waiver'];
  return `On ${topics[k % topics.length]}, the district court considered the record as a whole before it ruled on the motion.`;
}

/**
 * PDF text of a slip opinion: each page opens with a running head and the
 * opinion's part, and a footnote block (its number alone on a line) sits at the
 * foot of a page, where the page's last sentence may be cut in two.
 */
function pdfPages(pages: string[][]): string {
  return pages.map((body, k) => `${k ? '\f' : ''}Cite as: 505 U. S. 377 (1992) ${381 + k}\n\nOpinion of the Court\n\n${body.join('\n')}\n`).join('');
}

test('a footnote block that cuts a parenthetical in two: the parenthetical reads whole, the footnote keeps its citations', () => {
  const text = pdfPages([
    [
      prose(1),
      'The charge was brought under the ordinance.1 The court held the ordinance reached only',
      'fighting words. In re Welfare of R. A. V., 464 N. W. 2d 507, 510 (Minn. 1991) (citing Chaplin-',
      '1',
      'The conduct might have violated other statutes. See Cooper v. Aaron, 358 U. S. 1, 4 (1958).',
    ],
    ['sky v. New Hampshire, 315 U. S. 568, 572 (1942)), and there-', 'fore the ordinance reached only expression the first amendment does not protect.', prose(2)],
    [prose(3), prose(4)],
    [prose(5), prose(6)],
  ]);
  const cites = analyzeText(text).citations;
  const rav = cites.find((c): c is CaseCitation => c.kind === 'case' && c.volume === '464')!;
  assert.deepEqual(
    rav.parentheticals.map((p) => [p.kind, p.closed]),
    [
      ['courtDate', true],
      ['citing', true],
    ],
  );
  const chaplinsky = cites.find((c): c is CaseCitation => c.kind === 'case' && c.volume === '315')!;
  assert.equal(chaplinsky.caseName?.text, 'Chaplinsky v. New Hampshire');
  assert.equal(chaplinsky.year, 1942);
  assert.equal(chaplinsky.nestedIn, rav.index);
  // The footnote's citation is its own, not nested in the parenthetical it interrupted.
  const cooper = cites.find((c): c is CaseCitation => c.kind === 'case' && c.volume === '358')!;
  assert.equal(cooper.nested, false);
  assert.equal(text.slice(cooper.span.start, cooper.span.end), 'Cooper v. Aaron, 358 U. S. 1, 4 (1958)');
  const got = codes(text);
  assert.ok(!got.includes('CITE064') && !got.includes('CITE006'), got.join(' '));
  // A name the footnote block runs through is left to the reader: its span takes in the footnote.
  assert.equal(chaplinsky.caseName?.laidOut, true);
  assert.ok(!got.includes('CITE032'), got.join(' '));
});

test('a footnote block between a page and its date: the court-and-date parenthetical is found', () => {
  const text = pdfPages([
    [
      prose(1),
      'There were two verdicts for plaintiffs.1 The jury found the Town liable on the claim',
      'under Monell v. Department of Social Services, 436 U.S. 658',
      '1',
      'The district court dismissed other claims. See Kennedy v. Town of Billerica, 502 F. Supp. 2d 150, 160 (D. Mass. 2007).',
    ],
    ["(1978), only for the false arrest claim, on the ground that the Town's failure to", 'supervise amounted to deliberate indifference.', prose(2)],
    [prose(3), prose(4)],
    [prose(5), prose(6)],
  ]);
  const monell = cases(text).find((c) => c.volume === '436')!;
  assert.equal(monell.year, 1978);
  assert.ok(!codes(text).includes('CITE006'));
  // The citation's span still covers what it covers in the original text.
  assert.ok(text.slice(monell.span.start, monell.span.end).startsWith('Monell v. Department of Social Services, 436 U.S. 658'));
  assert.ok(text.slice(monell.span.start, monell.span.end).endsWith('(1978)'));
});

test('a numbered heading after a finished sentence is not a footnote, and nothing moves', () => {
  const text = pdfPages([
    [
      prose(1),
      'The policy is judged in light of the surrounding circumstances. Cornelius v. NAACP,',
      '473 U. S. 788, 809 (1985).',
      '1',
      'Our inquiry is shaped by the educational context in which it arises.',
    ],
    [prose(2), prose(3)],
    [prose(4), prose(5)],
  ]);
  const n = normalize(text, { footnotes: true });
  assert.ok(n.text.indexOf('(1985).') < n.text.indexOf('Our inquiry'));
  assert.ok(n.text.indexOf('Our inquiry') < n.text.indexOf(prose(2)));
});

test('offsets of text read out of order still map to the original', () => {
  const text = pdfPages([
    [
      prose(1),
      'The rule is settled.2 The ordinance was reviewed once before, in Smith v. Jones, 1 F.3d 1, 5 (1st',
      '2',
      'A footnote cites Doe v. Roe, 2 F.3d 2, 6 (2d Cir. 1993).',
    ],
    ['Cir. 1993), which held that it was valid.', prose(2)],
    [prose(3), prose(4)],
  ]);
  const n = normalize(text, { footnotes: true });
  for (const needle of ['Doe v. Roe', 'which held', 'Smith v. Jones']) {
    const at = n.text.indexOf(needle);
    assert.equal(text.slice(n.map.start(at), n.map.end(at + needle.length)), needle);
  }
  assert.ok(n.text.indexOf('which held') < n.text.indexOf('Doe v. Roe'));
  const smith = cases(text).find((c) => c.volume === '1')!;
  assert.equal(smith.court, '1st Cir.');
});

// ---- where a case name starts, and whether it stands in prose ----

function nameOf(text: string, volume: string): string | undefined {
  return analyzeText(text).citations.find((c): c is CaseCitation => (c.kind === 'case' || c.kind === 'database') && 'volume' in c && c.volume === volume)?.caseName?.text;
}

test('a citation sentence after a footnote call glued to the last sentence is not prose', () => {
  const text =
    'The court did not reach whether the claim presented a political question.11 In re S. African Apartheid Litig., 346 F. Supp. 2d 538, 543 n.4 (S.D.N.Y. 2004).';
  assert.equal(nameOf(text, '346'), 'In re S. African Apartheid Litig.');
  assert.ok(!codes(text).includes('CITE037'));
  // The prose use is still reported.
  assert.ok(codes('In Bd. of Regents v. Roth, 408 U.S. 564 (1972), the Court held that the interest was not property.').includes('CITE037'));
});

test('a name after "citing" or "quoting" outside any parenthetical Pincite reads is a citation clause', () => {
  for (const text of [
    'That was the ground of decision. Per Curiam Op. ante at 12 (citing In re S. African Apartheid Litig., 346 F. Supp. 2d 538, 543 n.4 (S.D.N.Y. 2004)).',
    'The exception is narrow. Id., quoting State ex rel. White v. Cuyahoga Metro. Hous. Auth., 79 Ohio St. 3d 543, 546, 684 N.E.2d 72 (1997).',
  ]) {
    assert.ok(!codes(text).includes('CITE037'), text);
  }
});

test('a short form’s name after a comma in the prose is the word after the comma; a designation stays', () => {
  const shortName = (text: string) => analyzeText(text).citations.find((c) => c.kind === 'shortCase')?.caseName?.text;
  const full = 'Sosa v. Alvarez-Machain, 542 U.S. 692 (2004). ';
  assert.equal(shortName(`${full}As early as the birth of the modern line of cases construing the ATCA, Sosa, 542 U.S. at 724-25, we said so.`), 'Sosa');
  const allied = 'Allied-Signal, Inc. v. Dir., Div. of Taxation, 504 U.S. 768 (1992). ';
  assert.equal(shortName(`${allied}The unitary business rule controls. Allied-Signal, Inc., 504 U.S. at 780.`), 'Allied-Signal, Inc.');
  // The fix for a later nameless short form puts back "Sosa", not the prose before it.
  const later = `${full}The ATCA, Sosa, 542 U.S. at 724, reaches few norms.\n\nA second consideration is the scope of liability. 542 U.S. at 732.`;
  const f = checkAll(later, analyzeText(later)).find((x) => x.code === 'CITE056');
  assert.equal(f?.fixes[0]?.edits[0].newText, 'Sosa, ');
});

test('a word that opens prose is the first word of a name right after a signal', () => {
  const text = 'She must allege a producing cause. See First Am. Title Co. of El Paso v. Prata, 783 S.W.2d 697, 701 (Tex. App. 1989).';
  assert.equal(nameOf(text, '783'), 'First Am. Title Co. of El Paso v. Prata');
  const cf = 'That would raise serious concerns. Cf., e.g., First\nNat’l City Bank v. Banco Nacional de Cuba, 406 U.S. 759, 763 (1972).';
  assert.equal(nameOf(cf, '406'), "First Nat'l City Bank v. Banco Nacional de Cuba");
  for (const t of [text, cf]) assert.ok(!codes(t).includes('CITE037'), t);
  // As a sentence opener it stays out of the name.
  assert.equal(nameOf('First, Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993), holds otherwise.', '1'), 'Smith v. Jones');
});

test('"in", "at" or "by" inside a party’s name, after words only a name is made of, does not cut the name', () => {
  const text = 'The claims have no place there. See Cmty. Legal Servs. in E. Palo Alto v. U.S. Dep’t of Health & Hum. Servs., 137 F.4th 932, 937 (9th Cir. 2025).';
  assert.equal(nameOf(text, '137'), "Cmty. Legal Servs. in E. Palo Alto v. U.S. Dep't of Health & Hum. Servs.");
  const texas = 'But compare Univ. of Tex. Med. Branch at Galveston v. Barrett, 112 S.W.3d 815, 817 (Tex. App. 2003).';
  assert.equal(nameOf(texas, '112'), 'Univ. of Tex. Med. Branch at Galveston v. Barrett');
  const ky = 'The rule is settled.” Jefferson Cnty. By and Through Hollenbach v. South Central Bell Tel. Co., 555 S.W.2d 629, 632 (Ky. App. 1977).';
  assert.equal(nameOf(ky, '555'), 'Jefferson Cnty. By and Through Hollenbach v. South Central Bell Tel. Co.');
  for (const t of [text, texas, ky]) assert.ok(!codes(t).includes('CITE037'), t);
  // Prose before the name is still cut off.
  assert.equal(nameOf('As the Court in Roe v. Wade, 410 U.S. 113, 153 (1973), explained, the right is not absolute.', '410'), 'Roe v. Wade');
  assert.equal(nameOf('The Second Circuit in Smith v. Jones, 1 F.3d 1, 5 (2d Cir. 1993), held so.', '1'), 'Smith v. Jones');
});

test('slips of spacing inside a name: a stray space before a period, no space after "v."', () => {
  const nih = 'The Court intervened again. See Nat’l Insts . of Health v. Am. Pub. Health Ass’n, 145 S. Ct. 2658 (2025).';
  assert.equal(nameOf(nih, '145'), "Nat'l Insts . of Health v. Am. Pub. Health Ass'n");
  const ky = 'The rule is settled.” Jefferson Cnty. v.South Central Bell Tel. Co., 555 S.W.2d 629, 632 (Ky. App. 1977).';
  assert.equal(nameOf(ky, '555'), 'Jefferson Cnty. v.South Central Bell Tel. Co.');
  for (const t of [nih, ky]) assert.ok(!codes(t).includes('CITE037'), t);
});

test('a signal after the last sentence’s period starts the name, even after a word that looks abbreviated', () => {
  const text = 'He relied on the advice in Sosa. See In re S. African Apartheid Litig., 346 F. Supp. 2d 538, 547 (S.D.N.Y. 2004).';
  assert.equal(nameOf(text, '346'), 'In re S. African Apartheid Litig.');
  assert.ok(!codes(text).includes('CITE037'));
});

test('a name "by and through its" board reads whole', () => {
  const text = 'The Legislature knows the law. Pearce v. University of Louisville, by and through its Bd. of Trustees, 448 S.W.3d 746, 760 (Ky. 2014).';
  assert.equal(nameOf(text, '448'), 'Pearce v. University of Louisville, by and through its Bd. of Trustees');
  assert.ok(!codes(text).includes('CITE037'));
});

test('Ohio’s district and county before the case number are not part of the name', () => {
  const text = 'The court certified a conflict with the Seventh District in LaSalle Bank Natl. Assn. v. Smith, 7th Dist. Mahoning No. 11 MA 85, 2012-Ohio-4040.';
  assert.equal(nameOf(text, '2012'), 'LaSalle Bank Natl. Assn. v. Smith');
  assert.ok(!findings(text).some((f) => f.code === 'CITE037' && /Dist/.test(f.text)));
});

test('a word broken at a line end with a soft hyphen is joined', () => {
  const text = 'The judgment is one of form. Hitchcock v. Watson, 18 Ill. 289; Farrell v. Pear\u00ad\nson, 26 Ill. 463; Cariker v. Anderson, 27 Ill. 358.';
  assert.equal(nameOf(text, '26'), 'Farrell v. Pearson');
  assert.ok(!codes(text).includes('CITE037'));
});

test('a document that abbreviates case names in its prose throughout follows a house style', () => {
  const ohio = [
    'The Fifth District cited Fed. Natl. Mtge. Assn. v. Day, 158 Ohio App. 3d 349, 2004-Ohio-4514, 815 N.E.2d 730, for that rule.',
    'It also relied upon Ohio Sav. Bank v. Ambrose, 56 Ohio St. 3d 53, 563 N.E.2d 1388 (1990), for its assertion.',
    'The Roznowskis rely on Oberlin Sav. Bank Co. v. Fairchild, 175 Ohio St. 311, 194 N.E.2d 580 (1963), to no avail.',
  ].join(' ');
  assert.ok(!codes(ohio).includes('CITE037'));
  // One name spelled out in prose shows the writer follows the rule: the others are slips.
  const mixed = ohio + ' We followed First Federal Savings Bank v. Smith, 1 Ohio St. 3d 1, 2 N.E.2d 3 (1982), in that case.';
  assert.equal(codes(mixed).filter((c) => c === 'CITE037').length, 3);
});

// ---- between the page and the date: pins, parallels, brackets, history ----

test('pins with their footnotes and pages joined by "&" lead to the court and date', () => {
  for (const [text, volume, year] of [
    ['See Johnson v. Department of Treasury, IRS, 700 F. 2d 971, 977, and n. 12 (CA5 1983).', '700', 1983],
    ['See Edwards  v. Johnson  County  Health Dep’t, 885 F.2d 1215, 1221  n.14 (4th Cir. 1989).', '885', 1989],
    ['Harris v. Forklift Sys., Inc., 510 U.S. 17, 21 (1993) (quoting Meritor Sav. Bank, FSB v. Vinson, 477 U.S. 57, 65 & 67 (1986)).', '477', 1986],
  ] as const) {
    const c = analyzeText(text).citations.find((x): x is CaseCitation => x.kind === 'case' && x.volume === volume)!;
    assert.equal(c.year, year, text);
    assert.ok(!codes(text).includes('CITE006'), text);
  }
  const meritor = analyzeText('See Meritor Sav. Bank, FSB v. Vinson, 477 U.S. 57, 65 & 67 (1986).').citations[0] as CaseCitation;
  assert.equal(meritor.caseName?.text, 'Meritor Sav. Bank, FSB v. Vinson');
  assert.deepEqual(
    meritor.pins.map((p) => p.text),
    ['65', '67'],
  );
});

test('West’s parallels in square brackets between the pin and the date', () => {
  const text = 'See Lewis v. Casey, 518 U.S. 343, 351 [116 S. Ct. 2174, 135 L. Ed. 2d 606] (1996) (noting that a plaintiff must prove injury).';
  const lewis = cases(text).find((c) => c.volume === '518')!;
  assert.equal(lewis.year, 1996);
  assert.equal(lewis.parallels.length, 2);
  assert.ok(!codes(text).includes('CITE006'));
});

test('a doubled opening bracket: the court and date are read, and the extra bracket is still reported', () => {
  const text =
    'Tex. Gov’t Code Ann. § 554.006(d); Smith v. Univ. of Tex. Sw. Med. Ctr., 101 S.W.3d 185, 189 ((Tex. App.—Dallas 2003, no pet.) (holding so). City of San Antonio v. Marin, 19 S.W.3d 438, 442 ((Tex. App.—San Antonio 2000, no pet.) (same); Univ. of Tex. Med. Branch v. Hohman, 6 S.W.3d 767, 774 (Tex. App.—Houston [1st Dist.] 1999, pet. dism’d w.o.j.).';
  const got = findings(text);
  assert.ok(!got.some((f) => f.code === 'CITE006'), got.map((f) => f.code).join(' '));
  assert.equal(got.filter((f) => f.code === 'CITE064').length, 2);
  const marin = cases(text).find((c) => c.volume === '19')!;
  assert.equal(marin.year, 2000);
  assert.ok(!text.slice(marin.span.start, marin.span.end).includes('Hohman'));
  assert.equal(cases(text).find((c) => c.volume === '6')?.caseName?.text, 'Univ. of Tex. Med. Branch v. Hohman');
});

test('what the checker infers is a warning: a parenthetical that runs to its paragraph’s end, a citation cut by a page’s end', () => {
  // Where a parenthetical ends is inferred; the doubled bracket above stays an error.
  const open = 'See Trainor v. Hernandez, 431 U.S. 434, 444 (1977) (abstention warranted where the State sued.\n\nThe next paragraph begins here.';
  assert.deepEqual(
    findings(open)
      .filter((f) => f.code === 'CITE064')
      .map((f) => f.severity),
    ['warning'],
  );
  // A footnote's citation that stops at the foot of a page may go on after the next page's body text.
  const text = pdfPages([
    [prose(1), prose(2), 'That duty derives from the contract. See Ingersoll-Rand Co. v. United States, 780 F.2d 74, 77–80'],
    ['contrast, the plaintiffs do not seek to enforce any duty the statute imposes.', prose(3)],
    [prose(4), prose(5)],
  ]);
  const cut = findings(text).filter((f) => f.code === 'CITE006');
  assert.deepEqual(
    cut.map((f) => [f.text, f.severity]),
    [['Ingersoll-Rand Co. v. United States, 780 F.2d 74, 77–80', 'warning']],
  );
  // The same citation in the middle of a page is certainly missing its date.
  const mid = findings(`${prose(1)} See Ingersoll-Rand Co. v. United States, 780 F.2d 74, 77–80. ${prose(2)}`).filter((f) => f.code === 'CITE006');
  assert.deepEqual(
    mid.map((f) => f.severity),
    ['error'],
  );
});

test('an Id. that supports a quotation without a pin is a warning that names the citation it was taken to repeat', () => {
  const text = 'See Jones v. Bock, 549 U.S. 199 (2007). The court of appeals held that “failure to exhaust is an affirmative defense.” Id.';
  const got = checkAll(text, analyzeText(text)).filter((f) => f.code === 'CITE005');
  assert.equal(got.length, 1);
  assert.equal(got[0].severity, 'warning');
  assert.match(got[0].message, /taken to repeat Jones v\. Bock/);
  // A full citation without a pin after a quotation is certain: an error.
  const full = 'The court held that “failure to exhaust is an affirmative defense.” Jones v. Bock, 549 U.S. 199 (2007).';
  assert.deepEqual(
    checkAll(full, analyzeText(full))
      .filter((f) => f.code === 'CITE005')
      .map((f) => f.severity),
    ['error'],
  );
});

test('a reporter of the sixteenth century has its year', () => {
  const text = 'The doctrine dates at least as far back as Regina v. Saunders, 2 Plowd. 473 (1575); and it is settled.';
  assert.equal(cases(text)[0].year, 1575);
  assert.ok(!codes(text).includes('CITE006'));
});

test('the year given once with the subsequent history, in a style that leaves out a court the text names', () => {
  const para = (cite: string) =>
    `Based on the Fourth Circuit’s decision in ${cite}, the court held that a preliminary injunction is not enough. See 42 U. S. C. 1988; Hewitt v. Helms, 482 U. S. 755, 760 (1987); Id., at 761; Farrar v. Hobby, 506 U. S. 103, 111 (1992); Id., at 112; Buckhannon Board v. West Virginia, 532 U. S. 598, 603 (2001).`;
  assert.ok(!codes(para('Smyth ex rel. Smyth v. Rivero, 282 F.3d 268, cert. denied, 537 U.S. 825 (2002)')).includes('CITE006'));
  // Without the history the date is missing.
  assert.ok(codes(para('Smyth ex rel. Smyth v. Rivero, 282 F.3d 268')).includes('CITE006'));
});

// ---- signals that ask for a parenthetical ----

test('Cf. and Compare: an explanation given after a statute, a record footnote or a comma counts; prose "compare … with" is no signal', () => {
  for (const text of [
    'The Act reaches them, but cf.  42 U.S.C.   3607(b)(1)\n(providing that nothing limits reasonable local restrictions).',
    'The court ruled on one claim. J.A. 351; see J.A. 372-376, 379; cf. J.A. 376 n.9 (declining to consider the other claims).',
    'However, compare Univ. of Tex. Med. Branch at Galveston v. Barrett, 112 S.W.3d 815, 817 (Tex. App. 2003), holding that a failure to comply does not defeat jurisdiction.',
    'It is instructive to compare this case with Healy v. James, 408 U. S. 169 (1972), our only precedent on point.',
  ]) {
    assert.ok(!codes(text).includes('CITE043'), text);
  }
  assert.ok(codes('The Act reaches them. Cf. 42 U.S.C. 3607(b)(1).').includes('CITE043'));
  assert.ok(codes('Compare Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993), with Doe v. Roe, 2 F.3d 2, 6 (2d Cir. 1993).').includes('CITE043'));
});

// ---- parentheticals: their words, their order, their form ----

test('standard wording broken across a line is still the standard wording', () => {
  for (const text of [
    'The State may not discriminate on the basis of viewpoint.” Ibid. (internal quotation\nmarks omitted).',
    'The remedy is contractual.” Crowley v. Smith, 38 F.4th 1099, 1107 (D.C. Cir. 2022) (internal quotation\n\nmarks and citation omitted).',
    'The court looks to bill reports. State v. Bash, 130 Wn.2d 594, 601, 925 P.2d 978 (1996) (plurality\nopinion).',
  ]) {
    const got = codes(text);
    assert.ok(!got.includes('CITE061') && !got.includes('CITE060'), `${text}: ${got.join(' ')}`);
  }
  assert.ok(codes('Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993) (internal quotations omitted).').includes('CITE061'));
  assert.ok(codes('Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993) (per curium).').includes('CITE060'));
});

test('an emphasis note after a parenthetical that is all quotation describes that quotation', () => {
  const text =
    'Petitioner argued the point. Reply Brief for Petitioner 5; Smith v. Jones, 1 F.3d 1, 13 (1st Cir. 1993) (“[The ordinance] is overbroad and vague as ‘narrowly construed’ ”) (emphasis added).';
  assert.ok(!codes(text).includes('CITE063'));
  // A note after a holding that quotes may describe either quotation: still reported, without a fix.
  const holding = 'Smith v. Jones, 1 F.3d 1, 13 (1st Cir. 1993) (holding that the rule is “settled”) (emphasis added).';
  const f = findings(holding).find((x) => x.code === 'CITE063')!;
  assert.deepEqual(f.fixes, []);
});

test('a house order of (quoting …) after the explanatory parenthetical is accepted; a single one is not', () => {
  const one =
    'See Hooker Chems., 540 F. Supp. 1067, 1072 (W.D.N.Y. 1982) ("The court must eschew any rubber stamp.") (quoting City of Detroit v. Grinnell Corp., 495 F.2d 448, 462 (2d Cir. 1974)).';
  assert.ok(codes(one).includes('CITE063'));
  const house = [
    one,
    'See AT & T, 552 F. Supp. 131, 151 (D.D.C. 1982) ("The agreement embodies a compromise.") (quoting United States v. Armour & Co., 402 U.S. 673, 681 (1971)).',
  ].join(' ');
  assert.ok(!codes(house).includes('CITE063'));
});

test('the edition of a code an Id. repeats, and the document a record page holds, come first', () => {
  const statute =
    'The Act waives immunity. Tex. Gov’t Code Ann. § 554.0035 (Vernon Supp. 2003). It reads: “A public employee may sue.” Id. § 554.0035 (Vernon Supp. 2003) (emphasis added).';
  assert.ok(!codes(statute).includes('CITE063'));
  const record = 'No group may bar students holding other beliefs.” App. 221 (Joint Stipulation ¶18) (emphasis added; citations omitted).';
  assert.ok(!codes(record).includes('CITE063'));
});

test('a closing bracket that closes an opening one a blank line back, in double-spaced text, is no stray', () => {
  const lines = Array.from({ length: 36 }, (_, k) => `Line ${k} of the opinion runs across the page as the others do in this filing.`);
  lines[20] = 'The judge found state action. Op. of Judge Katzmann ante at 47 (citing In re Nofziger,';
  lines[21] = '956 F.2d 287, 290 (D.C. Cir. 1992); United States v. Tannenbaum, 934 F.2d 8, 14 (2d Cir. 1992)).';
  const text = lines.join('\n\n') + '\n';
  assert.ok(!codes(text).includes('CITE064'));
  assert.ok(codes('See Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993)).').includes('CITE064'));
});

test('an explanatory parenthetical written as a sentence keeps its capital and its period', () => {
  for (const text of [
    'See App. to Pet. for Cert. 96a-97a (Characterizing the Department’s actions as “intentional and willful,” the Magistrate Judge observed: “The evidence shows that the Department took little action.”).',
    'Roberts v. United States Jaycees, 468 U. S. 609, 623 (1984) (“There can be no clearer example of an intrusion into the internal structure of an association than” forced inclusion of unwelcome participants.).',
  ]) {
    assert.ok(!codes(text).includes('CITE062'), text);
  }
  assert.ok(codes('Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993) (Holding that the rule applies).').includes('CITE062'));
  assert.ok(codes('Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993) (holding that the rule applies.).').includes('CITE062'));
});

// ---- pins, database cites, signals and history ----

test('a quotation is pinned by Ohio’s syllabus and paragraph forms and by the full citation an Id. opens', () => {
  for (const text of [
    '“An order that does not address damages is not final.” Walburn v. Dunlap, 121 Ohio St. 3d 373, 2009-Ohio-1221, 904 N.E.2d 863, at syllabus. In Walburn, the court said more.',
    '“Confirmation involves only whether the sale was conducted in accord with law.” 2012-Ohio-4901 at ¶ 11, citing Ohio Sav. Bank at 55.',
    'The panel relies on Castleberry for the proposition that “the employee may file suit within the remaining time.” Id., 35 S.W.3d 777, 782 (Tex. App. 2001).',
  ]) {
    assert.ok(!codes(text).includes('CITE005'), text);
  }
});

test('words in quotation marks that define a short name are no quotation to pin', () => {
  const text =
    'The Court decided National Institutes of Health v. American Public Health Ass’n (“NIH”), 145 S. Ct. 2658 (2025). Unlike the plaintiffs there, these plaintiffs have no contract.';
  assert.ok(!codes(text).includes('CITE005'));
  assert.ok(codes('The Court said “the claims belong elsewhere.” Nat’l Insts. of Health v. Am. Pub. Health Ass’n, 145 S. Ct. 2658 (2025).').includes('CITE005'));
});

test('a database cite beside a reporter that gives no page yet, or beside Puerto Rico’s Spanish reports, stays', () => {
  for (const text of [
    'See, e.g., Noem v. Nat’l TPS All., 606 U.S. __, 2025 WL 2812732 (Oct. 3, 2025) (Mem.).',
    'Hutchinson v. Holder, __ F. Supp. 2d __, 2011 WL 4537878, at *17 (D.D.C. Oct. 3, 2011) (citing McKinney v. Dole, 765 F.2d 1129, 1138 (D.C. Cir. 1985)).',
    'Librotex, Inc. v. Autoridad de Acueductos y Alcantarillados de P.R., 138 P.R. Dec. 938, 942-43, 1995 WL 905903 (P.R. 1995).',
  ]) {
    assert.ok(!codes(text).includes('CITE077'), text);
  }
  assert.ok(codes('Smith v. Jones, 258 F.3d 107, 2001 U.S. App. LEXIS 16202, at *8 (2d Cir. 2001).').includes('CITE077'));
});

test('a signal after a semicolon or a comma is lower-case across a blank line or a page number', () => {
  const lines = Array.from({ length: 36 }, (_, k) => `Line ${k} of the opinion runs across the page as the others do in this filing.`);
  lines[20] = 'Floyd v. Insight Glob. LLC, 2024 WL 2133370, at *8 (W.D. Wash. May 10, 2024) (court order);';
  lines[21] = 'see also Wright v. HP Inc., 2024 WL 4678268 (W.D. Wash. Nov. 5, 2024) (court order). In this case the rule differs.';
  assert.ok(!codes(lines.join('\n\n') + '\n').includes('CITE040'));
  const sg =
    'A party may file a petition to review the order, 28 U.S.C. 2344, in a court of appeals in which venue lies,\n17\n\nsee 28 U.S.C. 2343. If the agency denies party status, that denial is reviewable.';
  assert.ok(!codes(sg).includes('CITE040'));
  assert.ok(codes('The rule is settled.\n\nsee Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993).').includes('CITE040'));
});

test('certiorari history is judged against the year the document was written', () => {
  const opinion = (history: string) =>
    `Decided March 9, 1993.\n\nThe Act targets restrictive covenants, see South-Suburban Hous. Ctr. v. Greater S. Suburban Bd. of Realtors, 935 F.2d 868, 882 (7th Cir. ${history}.`;
  assert.ok(!codes(opinion('1991), cert. denied, 112 S. Ct. 971 (1992)')).includes('CITE071'));
  assert.ok(codes(opinion('1990), cert. denied, 111 S. Ct. 2797 (1991)')).includes('CITE071'));
});

test('a brief’s list of related proceedings gives captions as docketed', () => {
  const text =
    'RELATED PROCEEDINGS\nUnited States Court of Appeals (5th Cir.):\nState of Texas v. Nuclear Regulatory Commission,\nNo. 21-60743 (Mar. 14, 2024)\n\n(II)\nTABLE OF CONTENTS\n\nARGUMENT\n\nThe court erred. See State of Texas v. Nuclear Regulatory Commission, No. 21-60743 (5th Cir. Mar. 14, 2024).\n';
  const got = findings(text).filter((f) => f.code === 'CITE035');
  assert.equal(got.length, 1);
  assert.ok(text.indexOf('ARGUMENT') < text.indexOf(got[0].text, text.indexOf('ARGUMENT')));
});

// ---- block quotations in PDF text ----

test('a single-spaced block quotation in a double-spaced opinion: its citations are the quoted court’s', () => {
  const body = Array.from({ length: 30 }, (_, k) => `Line ${k} of the opinion runs across the page the way the others in this filing do.`);
  const quote = [
    'In such cases, there is a strong argument that federal courts should give serious',
    'weight to the Executive Branch’s view of the case’s impact on foreign policy. Cf. Republic',
    'of Austria v. Altmann, 541 U.S. 677, 124 S. Ct. 2240, 159 L. Ed. 2d 1 (2004) (discussing',
    'the State Department’s use of statements of interest).',
  ].join('\n');
  const text =
    [
      ...body.slice(0, 15),
      'Then, focusing on the case before us, the Supreme Court continued:',
      quote,
      'Sosa v. Alvarez-Machain, 542 U.S. 692, 733 n.21 (2004).',
      ...body.slice(15),
    ].join('\n\n') + '\n';
  assert.ok(!codes(text).includes('CITE020'), codes(text).join(' '));
  // The same citation in the opinion’s own text is judged.
  const own = [...body.slice(0, 15), 'See Republic of Austria v. Altmann, 541 U.S. 677, 124 S. Ct. 2240, 159 L. Ed. 2d 1 (2004).', ...body.slice(15)].join('\n\n') + '\n';
  assert.ok(codes(own).includes('CITE020'));
});

test('a block quotation in narrower lines of a single-spaced opinion, across its paragraphs and a page number', () => {
  const wide = (k: number) => `Paragraph ${k} of the opinion runs the full width of the page as the body text does here.`;
  const text =
    [
      wide(1),
      wide(2),
      wide(3),
      wide(4),
      wide(5),
      wide(6),
      wide(7),
      wide(8),
      wide(9),
      wide(10),
      'We believe our analysis in that appeal is conclusive:',
      'The text of the uniform act does not address whether',
      'a conservation easement can be condemned through',
      'eminent domain, and the preface leaves that question',
      'to the adopting state’s eminent domain code.',
      '',
      'This Court cannot endorse an interpretation that',
      'simply ignores a portion of the statutory text. The',
      '-12-',
      'Legislature is presumed to be aware of existing laws',
      'when enacting a new statute. Pearce v. University of',
      'Louisville, by and through its Bd. of Trustees, 448',
      'S.W.3d 746, 760 (Ky. 2014).',
      '',
      'Kentucky Heritage Land Conservation Fund Bd. v. Louisville Gas & Elec. Co., 648 S.W.3d 77, 86-87 (Ky. Ct. App. 2022).',
      wide(11),
      wide(12),
      wide(13),
      wide(14),
      wide(15),
      wide(16),
      wide(17),
      wide(18),
      wide(19),
      wide(20),
      wide(21),
      wide(22),
      wide(23),
      wide(24),
      wide(25),
      wide(26),
      wide(27),
      wide(28),
      wide(29),
      wide(30),
    ].join('\n') + '\n';
  const got = findings(text);
  assert.ok(!got.some((f) => f.code === 'CITE032' && /Pearce/.test(f.text)), got.map((f) => `${f.code} ${f.text}`).join('; '));
  // The writer’s own citation after the quotation is still judged.
  assert.ok(
    got.some((f) => f.code === 'CITE032' && /Kentucky Heritage/.test(f.text)),
    got.map((f) => `${f.code} ${f.text}`).join('; '),
  );
});

test('a footnote that introduces a quotation with a colon is no block quotation', () => {
  const body = Array.from({ length: 30 }, (_, k) => `Line ${k} of the opinion runs across the page the way the others in this filing do.`);
  const note = [
    '6',
    'The Government also notes the rule that governs the commissions, which provides:',
    'Aiding and abetting is a mode of liability. See Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993) (en Banc).',
    'The point is not contested.',
  ].join('\n');
  const text = [...body.slice(0, 15), note, ...body.slice(15)].join('\n\n') + '\n';
  assert.ok(codes(text).includes('CITE060'));
});

test('no fix replaces a page break, which would carry the page’s furniture and footnotes along', () => {
  const text = 'See Smith v. Jones, 680 F.2d 1, 5 (2d Cir. 1982), cert. denied,\f459 U.S. 1 (1982). The point stands.';
  const f = findings(text).find((x) => x.code === 'CITE071');
  assert.ok(
    f,
    findings(text)
      .map((x) => x.code)
      .join(' '),
  );
  assert.deepEqual(f.fixes, []);
  const plain = findings(text.replace('\f', ' ')).find((x) => x.code === 'CITE071')!;
  assert.equal(plain.fixes.length, 1);
});

test('no reorder fix moves a parenthetical that a page number and the next page’s body text run through', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `The district court considered the record as a whole before it ruled on the motion ${i}`).join('\n\n');
  const text = [
    body(12),
    'under Title VIII. See Trafficante v. Metropolitan Life Ins. Co., 409 U.S. 205, 211-12',
    '(1972) (FHA broadly construed to effectuate its remedial',
    '                          9',
    body(12),
    'purpose to foster truly integrated and balanced living patterns)',
    '(quoting 114 Cong. Rec. 3422 (1968)). Title VIII may afford protection to elderly persons.',
    body(12),
    '                          10',
    body(4),
  ].join('\n\n');
  const f = findings(text).find((x) => x.code === 'CITE063');
  assert.ok(f, 'the order is still reported');
  assert.deepEqual(f.fixes, [], 'swapping the parentheticals would carry the next page’s body text into the footnote');
});

test('the second word of a capitalised two-word signal is not the first word of the name', () => {
  assert.equal(nameOf('The rule is settled. See Also Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993).', '1'), 'Smith v. Jones');
});

test('a list of citations after a colon, with no source cited after it, is no block quotation', () => {
  const wide = (k: number) => `Paragraph ${k} of the brief runs the full width of the page as the body text does here.`;
  const text =
    [
      ...Array.from({ length: 15 }, (_, k) => wide(k)),
      'The courts of appeals agree on the point:',
      'Smith v. Jones, 1 F.3d 1, 5 (1st Cir. 1993);',
      'Doe v. Roe, 2 F.3d 2, 6 (2d Cir. 1994) (en Banc); and',
      'Foo v. Bar, 3 F.3d 3, 7 (3d Cir. 1995).',
      '',
      ...Array.from({ length: 15 }, (_, k) => wide(k + 20)),
    ].join('\n') + '\n';
  assert.ok(codes(text).includes('CITE060'));
});
