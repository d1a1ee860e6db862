// Parallel citations (catalog A.2: CITE020, CITE021, CITE023, CITE024) and case
// names (A.3: CITE030–CITE037), against the catalog's wrong → right examples,
// the catalog's "do not flag" forms, and the clean brief.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CITE020 } from '../../../server/src/core/rules/CITE020';
import { CITE021 } from '../../../server/src/core/rules/CITE021';
import { CITE023 } from '../../../server/src/core/rules/CITE023';
import { CITE024 } from '../../../server/src/core/rules/CITE024';
import { CITE030 } from '../../../server/src/core/rules/CITE030';
import { CITE031 } from '../../../server/src/core/rules/CITE031';
import { CITE032 } from '../../../server/src/core/rules/CITE032';
import { CITE033 } from '../../../server/src/core/rules/CITE033';
import { CITE034 } from '../../../server/src/core/rules/CITE034';
import { CITE035 } from '../../../server/src/core/rules/CITE035';
import { CITE036 } from '../../../server/src/core/rules/CITE036';
import { CITE037 } from '../../../server/src/core/rules/CITE037';
import { analyzeText } from '../../../server/src/core/analyze';
import { checkWith } from '../../../server/src/core/rules/index';
import type { Rule } from '../../../server/src/core/rules/types';
import { readProjectFile, withAuthorities } from '../helpers';
import { applyEdits, fixAll, run, wrongToRight, silent } from './helpers';

const RULES: Rule[] = [CITE020, CITE021, CITE023, CITE024, CITE030, CITE031, CITE032, CITE033, CITE034, CITE035, CITE036, CITE037];

function flaggedWithoutFix(rule: Rule, text: string): void {
  const found = run(rule, text);
  assert.equal(found.length, 1, `${rule.meta.code} should flag ${JSON.stringify(text)} once`);
  assert.equal(found[0].code, rule.meta.code);
  assert.ok(!found[0].message.startsWith(rule.meta.code), 'the code travels in its own field, not in the message');
  assert.deepEqual(found[0].fixes, [], `${rule.meta.code} must not invent a fix for ${JSON.stringify(text)}`);
}

test('catalog metadata: severities and fix kinds', () => {
  const want: Record<string, [string, string]> = {
    CITE020: ['info', 'safe'],
    CITE021: ['warning', 'safe'],
    CITE023: ['info', 'lookup'],
    CITE024: ['warning', 'lookup'],
    CITE030: ['error', 'safe'],
    CITE031: ['error', 'safe'],
    CITE032: ['warning', 'safe'],
    CITE033: ['warning', 'safe'],
    CITE034: ['warning', 'safe'],
    CITE035: ['warning', 'safe'],
    CITE036: ['warning', 'none'],
    CITE037: ['warning', 'safe'],
  };
  for (const r of RULES) {
    assert.deepEqual([r.meta.defaultSeverity, r.meta.fix], want[r.meta.code], r.meta.code);
    assert.ok(!r.meta.optIn, `${r.meta.code} is on by default`);
  }
});

// ---- A.2 Parallel citations ----

test('CITE020 drops S. Ct. and L. Ed. after U.S., keeping the U.S. pin', () => {
  wrongToRight(CITE020, 'Conley v. Gibson, 355 U.S. 41, 45-46, 78 S.Ct. 99, 2 L.Ed.2d 80 (1957).', 'Conley v. Gibson, 355 U.S. 41, 45-46 (1957).');
  wrongToRight(
    CITE020,
    'Ankenbrandt v. Richards, 504 U.S. 689, 703, 112 S. Ct. 2206, 2215, 119 L. Ed. 2d 468 (1992).',
    'Ankenbrandt v. Richards, 504 U.S. 689, 703 (1992).',
  );
  // Short forms.
  const full = 'Ankenbrandt v. Richards, 504 U.S. 689 (1992). ';
  wrongToRight(CITE020, `${full}Ankenbrandt, 504 U.S. at 704, 112 S. Ct. at 2216.`, `${full}Ankenbrandt, 504 U.S. at 704.`);
  // Id. with a parallel after its pin.
  const monell = "Monell v. Dep't of Soc. Servs., 436 U.S. 658 (1978). ";
  const monellParallel = "Monell v. Dep't of Soc. Servs., 436 U.S. 658, 98 S. Ct. 2018, 56 L. Ed. 2d 611 (1978). ";
  const fixed = fixAll(CITE020, `${monellParallel}Id. at 694, 98 S. Ct. 2018.`);
  assert.equal(fixed, `${monell}Id. at 694.`);
  assert.equal(run(CITE020, `${monellParallel}Id. at 694, 98 S. Ct. 2018.`).length, 2);
  silent(CITE020, `${monell}Id. at 694.`);
});

test('CITE020 stays quiet when U.S. has no pagination or the settings keep parallels', () => {
  silent(CITE020, 'Saucier v. Katz, — U.S. —, 121 S. Ct. 2151, 2155 (2001).');
  silent(CITE020, 'Lewis v. Clarke, 137 S. Ct. 1285, 1290-91 (2017).');
  const text = 'Conley v. Gibson, 355 U.S. 41, 45-46, 78 S. Ct. 99, 2 L. Ed. 2d 80 (1957).';
  assert.deepEqual(run(CITE020, text, { parallelSupremeCourt: 'keep' }), []);
  // A U.S. cite followed by a Connecticut cite is not a Supreme Court parallel.
  silent(CITE020, 'Daley v. City of Hartford, 215 Conn. 14, 23, 574 A.2d 194 (1990).');
});

/** wrongToRight under settings that keep Supreme Court parallels. */
function wrongToRightKeeping(rule: Rule, wrong: string, right: string): void {
  const keep = { parallelSupremeCourt: 'keep' as const };
  const found = run(rule, wrong, keep);
  assert.ok(found.length > 0, `${rule.meta.code} should flag ${JSON.stringify(wrong)}`);
  assert.equal(
    applyEdits(
      wrong,
      found.flatMap((f) => f.fixes[0]?.edits ?? []),
    ),
    right,
  );
  assert.deepEqual(run(rule, right, keep), []);
}

test('CITE021 parallel order, each segment moving with its pin', () => {
  wrongToRightKeeping(
    CITE021,
    'Conley v. Gibson, 355 U.S. 41, 45-46, 2 L. Ed. 2d 80, 78 S. Ct. 99 (1957).',
    'Conley v. Gibson, 355 U.S. 41, 45-46, 78 S. Ct. 99, 2 L. Ed. 2d 80 (1957).',
  );
  wrongToRightKeeping(
    CITE021,
    'Conley v. Gibson, 2 L. Ed. 2d 80, 84, 355 U.S. 41, 45-46, 78 S. Ct. 99, 102 (1957).',
    'Conley v. Gibson, 355 U.S. 41, 45-46, 78 S. Ct. 99, 102, 2 L. Ed. 2d 80, 84 (1957).',
  );
  // While parallels after U.S. are to be dropped (the default), CITE020 speaks for them alone.
  silent(CITE021, 'Conley v. Gibson, 355 U.S. 41, 45-46, 2 L. Ed. 2d 80, 78 S. Ct. 99 (1957).');
  // Without a U.S. cite, S. Ct. still comes before L. Ed.
  wrongToRight(
    CITE021,
    'Saucier v. Katz, 150 L. Ed. 2d 272, 281, 121 S. Ct. 2151, 2155 (2001).',
    'Saucier v. Katz, 121 S. Ct. 2151, 2155, 150 L. Ed. 2d 272, 281 (2001).',
  );
  // State: official reporter first, then the regional one.
  wrongToRight(
    CITE021,
    'Daley v. City of Hartford, 574 A.2d 194, 198, 215 Conn. 14, 23 (1990).',
    'Daley v. City of Hartford, 215 Conn. 14, 23, 574 A.2d 194, 198 (1990).',
  );
  const shay = 'Shay v. Rossi, 253 Conn. 134, 749 A.2d 1147 (2000). ';
  wrongToRight(CITE021, `${shay}Shay, 749 A.2d at 1170, 253 Conn. at 174.`, `${shay}Shay, 253 Conn. at 174, 749 A.2d at 1170.`);
  silent(CITE021, 'Appleton v. Bd. of Educ., 254 Conn. 205, 210, 757 A.2d 1059 (2000).');
});

test('CITE023 official Connecticut reporter alone: a style note, no fix', () => {
  flaggedWithoutFix(CITE023, '184 Windsor Ave., LLC v. State, 274 Conn. 302, 319 (2005).');
  const [f] = run(CITE023, '184 Windsor Ave., LLC v. State, 274 Conn. 302, 319 (2005).');
  assert.match(f.message, /A\.2d/);
  assert.match(f.message, /\(Conn\. 2005\)/);
  // With the regional parallel, or cited to the regional reporter alone: nothing.
  silent(CITE023, 'Daley v. City of Hartford, 215 Conn. 14, 23, 574 A.2d 194, 198 (1990).');
  silent(CITE023, 'Daley v. City of Hartford, 574 A.2d 194, 198 (Conn. 1990).');
  // Federal and Superior Court reporters are not the rule's business.
  silent(CITE023, 'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001).');
  silent(CITE023, 'Doe v. Roe, 45 Conn. Supp. 100 (Conn. Super. Ct. 1997).');
});

test('CITE024 pin in one parallel reporter only: no invented page', () => {
  flaggedWithoutFix(CITE024, 'Daley v. City of Hartford, 215 Conn. 14, 23, 574 A.2d 194 (1990).');
  silent(CITE024, 'Daley v. City of Hartford, 215 Conn. 14, 23, 574 A.2d 194, 198 (1990).');
  silent(CITE024, 'Daley v. City of Hartford, 215 Conn. 14, 574 A.2d 194 (1990).');
  // The catalog's right form, with the pin still to be looked up.
  silent(CITE024, '215 Conn. 14, 23, 574 A.2d 194, [pin] (1990).');
  const shay = 'Shay v. Rossi, 253 Conn. 134, 749 A.2d 1147 (2000). ';
  const found = run(CITE024, `${shay}Shay, 253 Conn. at 174, 749 A.2d 1147.`);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].fixes, []);
  assert.match(found[0].message, /749 A\.2d at \[pin\]/);
  silent(CITE024, `${shay}Shay, 253 Conn. at 174, 749 A.2d at 1170.`);
  // Supreme Court parallels after U.S. are CITE020's, unless the settings keep them.
  const conley = 'Conley v. Gibson, 355 U.S. 41, 45-46, 78 S. Ct. 99, 2 L. Ed. 2d 80 (1957).';
  silent(CITE024, conley);
  assert.equal(run(CITE024, conley, { parallelSupremeCourt: 'keep' }).length, 1);
});

// ---- A.3 Case names ----

test('CITE030 the "v." form', () => {
  wrongToRight(CITE030, 'Roe vs. Wade, 410 U.S. 113 (1973).', 'Roe v. Wade, 410 U.S. 113 (1973).');
  wrongToRight(CITE030, 'Village of Willowbrook  v. Olech, 528 U.S. 562, 564-65 (2000).', 'Village of Willowbrook v. Olech, 528 U.S. 562, 564-65 (2000).');
  for (const bad of ['vs', 'v', 'V.', 'versus']) wrongToRight(CITE030, `Roe ${bad} Wade, 410 U.S. 113 (1973).`, 'Roe v. Wade, 410 U.S. 113 (1973).');
  wrongToRight(CITE030, 'Roe v.  Wade, 410 U.S. 113 (1973).', 'Roe v. Wade, 410 U.S. 113 (1973).');
  wrongToRight(CITE030, 'See Roe v.Wade, 410 U.S. 113 (1973).', 'See Roe v. Wade, 410 U.S. 113 (1973).');
  wrongToRight(CITE030, '*Pembaur vs. City of Cincinnati*, 475 U.S. 469, 480 (1986).', '*Pembaur v. City of Cincinnati*, 475 U.S. 469, 480 (1986).');
  // A line break beside "v." is layout, not a spacing error.
  silent(CITE030, 'Roe\nv. Wade, 410 U.S. 113 (1973).');
  // A middle initial after the real "v." is not a capital V. to correct.
  silent(CITE030, 'United States v. Jonathan V. Smith, 1 F.3d 1 (2d Cir. 1993).');
});

test('CITE031 procedural phrases, in citations and in prose', () => {
  wrongToRight(CITE031, 'Ex Parte Young, 209 U.S. 123 (1908).', 'Ex parte Young, 209 U.S. 123 (1908).');
  wrongToRight(CITE031, 'In Re Gault, 387 U.S. 1 (1967).', 'In re Gault, 387 U.S. 1 (1967).');
  wrongToRight(CITE031, 'In re: Gault, 387 U.S. 1 (1967).', 'In re Gault, 387 U.S. 1 (1967).');
  wrongToRight(CITE031, 'In Re: Gault, 387 U.S. 1 (1967).', 'In re Gault, 387 U.S. 1 (1967).');
  const aecom = (p: string) => `United States ${p} Foreman v. AECOM, 19 F.4th 85, 106 (2d Cir. 2021).`;
  wrongToRight(CITE031, aecom('Ex Rel.'), aecom('ex rel.'));
  wrongToRight(CITE031, aecom('ex. rel.'), aecom('ex rel.'));
  wrongToRight(CITE031, aecom('ex rel'), aecom('ex rel.'));
  // Prose mentions, with Markdown emphasis kept.
  wrongToRight(
    CITE031,
    'Campbell also relies on the *Ex Parte Young* exception to sovereign immunity.',
    'Campbell also relies on the *Ex parte Young* exception to sovereign immunity.',
  );
  // The ordinary adjective and a title-case heading are not case names to correct.
  silent(CITE031, 'The court held an ex parte hearing. Ex parte communications are barred.');
  silent(CITE031, '## The Ex Parte Young Exception\n\nText.');
});

test('CITE032 case-name abbreviations in citation sentences', () => {
  const pairs: Array<[string, string]> = [
    ['Monell v. Dept. of Soc. Servs., 436 U.S. 658, 691 (1978).', "Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691 (1978)."],
    ['Patsy v. Board of Regents, 457 U.S. 496, 516 (1982).', 'Patsy v. Bd. of Regents, 457 U.S. 496, 516 (1982).'],
    ["Monell v. Dep't of Soc. Services, 436 U.S. 658, 691 (1978).", "Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691 (1978)."],
    [
      'Leatherman v. Tarrant County Narcotics Intel. & Coordination Unit, 507 U.S. 163, 168 (1993).',
      'Leatherman v. Tarrant Cnty. Narcotics Intel. & Coordination Unit, 507 U.S. 163, 168 (1993).',
    ],
    ['Knick v. Township of Scott, 588 U.S. 180 (2019).', 'Knick v. Twp. of Scott, 588 U.S. 180 (2019).'],
    ['Village of Willowbrook v. Olech, 528 U.S. 562, 564-65 (2000).', 'Vill. of Willowbrook v. Olech, 528 U.S. 562, 564-65 (2000).'],
    ['Moses H. Cone Memorial Hospital v. Mercury Constr. Corp., 460 U.S. 1 (1983).', "Moses H. Cone Mem'l Hosp. v. Mercury Constr. Corp., 460 U.S. 1 (1983)."],
    ['Johnson v. Manhattan Railway Co., 289 U.S. 479, 496-97 (1933).', 'Johnson v. Manhattan Ry. Co., 289 U.S. 479, 496-97 (1933).'],
    ['Parsons v. United Technologies Corp., 243 Conn. 66, 89 (1997).', 'Parsons v. United Techs. Corp., 243 Conn. 66, 89 (1997).'],
    ['CECOS Int l, Inc. v. Jorling, 895 F.2d 66, 70 (2d Cir. 1990).', "CECOS Int'l, Inc. v. Jorling, 895 F.2d 66, 70 (2d Cir. 1990)."],
    ["McNill v. New York City Dep't of Corr., 950 F. Supp. 564, 572 (S.D.N.Y. 1996).", "McNill v. N.Y.C. Dep't of Corr., 950 F. Supp. 564, 572 (S.D.N.Y. 1996)."],
    ["Zito v. N. Carolina Coastal Res. Comm'n, 8 F.4th 281, 286–88 (4th Cir. 2021).", "Zito v. N.C. Coastal Res. Comm'n, 8 F.4th 281, 286–88 (4th Cir. 2021)."],
    ['Swinton v. Connecticut Jud. Branch, 2016 WL 4257326, at *2 (D. Conn. 2016).', 'Swinton v. Conn. Jud. Branch, 2016 WL 4257326, at *2 (D. Conn. 2016).'],
  ];
  for (const [wrong, right] of pairs) wrongToRight(CITE032, wrong, right);
  // `R.` for Railway: Ry. Co. or R.R. Co. depends on the name, so no fix.
  wrongToRight(CITE032, 'Johnson v. Manhattan R. Co., 289 U.S. 479, 496-97 (1933).', 'Johnson v. Manhattan Ry. Co., 289 U.S. 479, 496-97 (1933).', { fixable: false });
  silent(CITE032, 'Narumanchi v. Bd. of Trs. of Conn. State Univ., 850 F.2d 70, 72 (2d Cir. 1988).');
  // Short-form names too, and Markdown emphasis survives the fix.
  const cone = "*Moses H. Cone Mem'l Hosp. v. Mercury Constr. Corp.*, 460 U.S. 1 (1983). ";
  wrongToRight(CITE032, `${cone}*Moses H. Cone Memorial Hospital*, 460 U.S. at 25.`, `${cone}*Moses H. Cone Mem'l Hosp.*, 460 U.S. at 25.`);
  // After a signal, inside a (quoting …) parenthetical.
  wrongToRight(CITE032, '*See Patsy v. Board of Regents*, 457 U.S. 496, 516 (1982).', '*See Patsy v. Bd. of Regents*, 457 U.S. 496, 516 (1982).');
  wrongToRight(
    CITE032,
    'Wayte v. United States, 470 U.S. 598, 610 n.11 (1985) (quoting Pennhurst State School & Hospital v. Halderman, 465 U.S. 89, 106 (1984)).',
    'Wayte v. United States, 470 U.S. 598, 610 n.11 (1985) (quoting Pennhurst State Sch. & Hosp. v. Halderman, 465 U.S. 89, 106 (1984)).',
  );
  wrongToRight(
    CITE032,
    'See Virginia Office for Protection and Advocacy v. Stewart, 563 U.S. 247, 253–54 (2011).',
    'See Va. Off. for Prot. & Advoc. v. Stewart, 563 U.S. 247, 253–54 (2011).',
  );
  // A closing place phrase is left to CITE036.
  assert.deepEqual(
    run(CITE032, 'Patsy v. Board of Regents of Florida, 457 U.S. 496, 515 (1982).').map((f) => `${f.code} ${f.message}`),
    ['CITE032 In a citation, case-name words take their table abbreviations: "Board" → "Bd.".'],
  );
  silent(CITE032, 'Smith v. George Washington Univ., 1 F.3d 1 (D.C. Cir. 1993).');
});

test('CITE032 leaves prose names, places that are parties, United States and County variants alone', () => {
  silent(CITE032, 'In Patsy v. Board of Regents, 457 U.S. 496, 516 (1982), the Court held that exhaustion is not required.');
  silent(CITE032, 'The Court in Patsy v. Board of Regents, 457 U.S. 496 (1982), declined to require exhaustion.');
  silent(CITE032, 'City of Los Angeles v. Lyons, 461 U.S. 95, 111 (1983).');
  silent(CITE032, 'South Dakota v. Dole, 483 U.S. 203, 206 (1987).');
  silent(CITE032, "Byrne v. City of New York, 736 F. App'x 263, 266 (2d Cir. 2018).");
  silent(CITE032, 'McDonald v. City of West Branch, 466 U.S. 284, 292 (1984).');
  silent(CITE032, 'United States v. Davis, 648 F.3d 84, 97 (2d Cir. 2011).');
  silent(CITE032, 'United States ex rel. Foreman v. AECOM, 19 F.4th 85, 106 (2d Cir. 2021).');
  silent(CITE032, 'United States v. North, 910 F.2d 843 (D.C. Cir. 1990).');
  silent(CITE032, 'Leatherman v. Tarrant Cty. Narcotics Intel. & Coordination Unit, 507 U.S. 163, 168 (1993).');
  silent(CITE032, 'Leatherman v. Tarrant Cnty. Narcotics Intel. & Coordination Unit, 507 U.S. 163, 168 (1993).');
  silent(CITE032, 'Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117 (D. Conn. 1998).');
  silent(CITE032, 'Cmty. Hous. Improvement Program v. City of New York, 492 F. Supp. 3d 33, 40–42 (E.D.N.Y. 2020).');
});

test('CITE033 extra parties and et al.', () => {
  const wrong = 'Parsons v. United Technologies Corp., Sikorsky Aircraft Div., et al., 243 Conn. 66, 89 (1997).';
  wrongToRight(CITE033, wrong, 'Parsons v. United Technologies Corp., 243 Conn. 66, 89 (1997).');
  // With CITE032's fix, the catalog's right form.
  const both = checkWith([CITE032, CITE033], wrong, analyzeText(wrong)).flatMap((f) => f.fixes[0]?.edits ?? []);
  assert.equal(applyEdits(wrong, both), 'Parsons v. United Techs. Corp., 243 Conn. 66, 89 (1997).');
  silent(CITE033, 'Parsons v. United Techs. Corp., 243 Conn. 66, 89 (1997).');
  wrongToRight(CITE033, 'Smith v. Jones et al., 1 F.4th 1, 3 (2d Cir. 2021).', 'Smith v. Jones, 1 F.4th 1, 3 (2d Cir. 2021).');
  silent(CITE033, 'Huffman v. Pursue, Ltd., 420 U.S. 592 (1975).');
  silent(CITE033, "CECOS Int'l, Inc. v. Jorling, 895 F.2d 66, 70 (2d Cir. 1990).");
  silent(CITE033, '1256 Hertel Ave. Assocs., LLC v. Calloway, 761 F.3d 252, 261 (2d Cir. 2014).');
  silent(CITE033, "Califano v. Sec'y of Health, Educ. & Welfare, 1 F.3d 1 (2d Cir. 1993).");
  silent(CITE033, 'McDonald v. City of West Branch, Michigan, 466 U.S. 284, 292 (1984).');
});

test('CITE034 one business designation', () => {
  wrongToRight(
    CITE034,
    'Ruffolo v. Oppenheimer & Co., Inc., 1991 WL 17857, at *2 (S.D.N.Y. Feb. 5, 1991).',
    'Ruffolo v. Oppenheimer & Co., 1991 WL 17857, at *2 (S.D.N.Y. Feb. 5, 1991).',
  );
  silent(CITE034, 'Huffman v. Pursue, Ltd., 420 U.S. 592 (1975).');
  silent(CITE034, "Sprint Commc'ns, Inc. v. Jacobs, 571 U.S. 69, 78–81 (2013).");
  silent(CITE034, 'Carter v. HealthPort Techs., LLC, 822 F.3d 47, 56–57 (2d Cir. 2016).');
  silent(CITE034, 'Kamen v. AT&T Co., 791 F.2d 1006, 1011 (2d Cir. 1986).');
});

test('CITE035 State of / People of / Commonwealth of', () => {
  wrongToRight(
    CITE035,
    'State of Conn. v. Russo, 2000 WL 1228004, at *5 (Conn. Super. Ct. Aug. 15, 2000).',
    'State v. Russo, 2000 WL 1228004, at *5 (Conn. Super. Ct. Aug. 15, 2000).',
  );
  // The catalog's context: nested in a parenthetical.
  wrongToRight(
    CITE035,
    'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001) (discussing State of Conn. v. Russo, 2000 WL 1228004, at *5 (Conn. Super. Ct. Aug. 15, 2000)).',
    'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001) (discussing State v. Russo, 2000 WL 1228004, at *5 (Conn. Super. Ct. Aug. 15, 2000)).',
  );
  wrongToRight(
    CITE035,
    'Swinton v. State of Connecticut Jud. Branch, 2016 WL 4257326, at *2 (D. Conn. 2016).',
    'Swinton v. Conn. Jud. Branch, 2016 WL 4257326, at *2 (D. Conn. 2016).',
  );
  // In another state's court or a federal court, the state's name alone.
  wrongToRight(CITE035, 'State of New York v. Smith, 1 F.3d 1, 3 (2d Cir. 1993).', 'New York v. Smith, 1 F.3d 1, 3 (2d Cir. 1993).');
  wrongToRight(CITE035, 'People of the State of New York v. Smith, 80 N.Y.2d 1, 3 (1992).', 'People v. Smith, 80 N.Y.2d 1, 3 (1992).');
  // Which court decided it is unknown: no fix.
  flaggedWithoutFix(CITE035, 'State of Conn. v. Russo, 1 A.2d 1.');
  // A court abbreviation the court table lacks still names its state (`Conn. Super.`, CITE009's business).
  wrongToRight(
    CITE035,
    'State of Conn. v. Russo, 2000 Conn. Super. LEXIS 2156, at *5 (Conn. Super. Aug. 15, 2000).',
    'State v. Russo, 2000 Conn. Super. LEXIS 2156, at *5 (Conn. Super. Aug. 15, 2000).',
  );
  silent(CITE035, 'Narumanchi v. Bd. of Trs. of Conn. State Univ., 850 F.2d 70, 72 (2d Cir. 1988).');
});

test('CITE036 geography in a party name: suggestion only', () => {
  wrongToRight(
    CITE036,
    "Monell v. Dep't of Soc. Servs. of the City of New York, 436 U.S. 658, 691 (1978).",
    "Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691 (1978).",
    { fixable: false },
  );
  wrongToRight(CITE036, 'Patsy v. Bd. of Regents of Florida, 457 U.S. 496, 516 (1982).', 'Patsy v. Bd. of Regents, 457 U.S. 496, 516 (1982).', { fixable: false });
  wrongToRight(CITE036, 'McDonald v. City of West Branch, Michigan, 466 U.S. 284, 292 (1984).', 'McDonald v. City of West Branch, 466 U.S. 284, 292 (1984).', {
    fixable: false,
  });
  // The exceptions: the unit itself, an institution's name, a one-word remainder.
  silent(CITE036, "Byrne v. City of New York, 736 F. App'x 263, 266 (2d Cir. 2018).");
  silent(CITE036, 'Smith v. Univ. of Conn., 1 F.3d 1 (2d Cir. 1993).');
  silent(CITE036, 'Smith v. Regents of Florida, 1 F.3d 1 (11th Cir. 1993).');
  silent(CITE036, 'Narumanchi v. Bd. of Trs. of Conn. State Univ., 850 F.2d 70, 72 (2d Cir. 1988).');
});

test('CITE037 over-abbreviated case names in prose', () => {
  const quote = '"[t]o have a property interest in a benefit, a person clearly must have more than an abstract need or desire for it." 408 U.S. 564, 577 (1972).';
  wrongToRight(CITE037, `In Bd. of Regents v. Roth, the Court held… that ${quote}`, `In Board of Regents v. Roth, the Court held… that ${quote}`);
  silent(CITE037, `In Board of Regents v. Roth, … the Court held that ${quote}`);
  // A name attached to a citation, in prose.
  wrongToRight(
    CITE037,
    'In *Bd. of Regents v. Roth*, 408 U.S. 564, 577 (1972), the Court required a legitimate claim of entitlement.',
    'In *Board of Regents v. Roth*, 408 U.S. 564, 577 (1972), the Court required a legitimate claim of entitlement.',
  );
  // Only abbreviations that stand for one word are spelled out by the fix; initials stay.
  const cone = "The Court in Moses H. Cone Mem'l Hosp. v. Mercury Constr. Corp. held that a stay was improper.";
  const [f] = run(CITE037, cone);
  assert.match(f.message, /"Hosp\." → "Hospital" or "Hospitality"/);
  assert.equal(fixAll(CITE037, cone), 'The Court in Moses H. Cone Memorial Hosp. v. Mercury Construction Corp. held that a stay was improper.');
  // Citation sentences and the words prose may abbreviate are left alone.
  silent(CITE037, 'See Bd. of Regents v. Roth, 408 U.S. 564, 577 (1972).');
  silent(CITE037, 'The claim fails. Bd. of Regents v. Roth, 408 U.S. 564, 577 (1972).');
  silent(CITE037, 'In Kamen v. AT&T Co., the court weighed affidavits.');
  silent(CITE037, 'As in Huffman v. Pursue, Ltd., the proceeding was pending.');
});

test('no noise: the clean brief draws nothing from A.2/A.3 rules', () => {
  const text = readProjectFile('samples/clean-brief.md');
  const found = checkWith(RULES, text, analyzeText(text), withAuthorities());
  assert.deepEqual(
    found.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`),
    [],
  );
});

test('the memorandum: exactly the planted CITE030 and CITE031 mistakes', () => {
  const text = readProjectFile('samples/memorandum.md');
  const found = checkWith(RULES, text, analyzeText(text), withAuthorities());
  assert.deepEqual(
    found.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`),
    ['CITE031 Ex Parte', 'CITE030 vs.'],
  );
  assert.equal(fixAll(CITE030, text).includes('*Pembaur v. City of Cincinnati*'), true);
  assert.equal(fixAll(CITE031, text).includes('Kellerman invokes *Ex parte Young*'), true);
});
