// Signals and typeface (A.4), short forms (A.5) and parentheticals and history
// (A.6): every wrong → right example of the catalog for CITE040–CITE043,
// CITE052, CITE054–CITE057, CITE060–CITE063, CITE070 and CITE071, embedded in
// full citations where the catalog gives a fragment, plus the texts that must
// stay silent.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CITE040 } from '../../../server/src/core/rules/CITE040';
import { CITE041 } from '../../../server/src/core/rules/CITE041';
import { CITE042 } from '../../../server/src/core/rules/CITE042';
import { CITE043 } from '../../../server/src/core/rules/CITE043';
import { CITE052 } from '../../../server/src/core/rules/CITE052';
import { CITE054 } from '../../../server/src/core/rules/CITE054';
import { CITE055 } from '../../../server/src/core/rules/CITE055';
import { CITE056 } from '../../../server/src/core/rules/CITE056';
import { CITE057 } from '../../../server/src/core/rules/CITE057';
import { CITE060 } from '../../../server/src/core/rules/CITE060';
import { CITE061 } from '../../../server/src/core/rules/CITE061';
import { CITE062 } from '../../../server/src/core/rules/CITE062';
import { CITE063 } from '../../../server/src/core/rules/CITE063';
import { CITE070 } from '../../../server/src/core/rules/CITE070';
import { CITE071 } from '../../../server/src/core/rules/CITE071';
import type { Rule } from '../../../server/src/core/rules/types';
import { applyEdits, fixAll, run, wrongToRight } from './helpers';
import { readProjectFile } from '../helpers';

const RULES: Rule[] = [CITE040, CITE041, CITE042, CITE043, CITE052, CITE054, CITE055, CITE056, CITE057, CITE060, CITE061, CITE062, CITE063, CITE070, CITE071];

function codes(rule: Rule, text: string): string[] {
  return run(rule, text).map((f) => f.code);
}

test('rule metadata matches the catalog', () => {
  const expected: Record<string, [string, string]> = {
    CITE040: ['warning', 'safe'],
    CITE041: ['warning', 'safe'],
    CITE042: ['warning', 'safe'],
    CITE043: ['info', 'none'],
    CITE052: ['warning', 'safe'],
    CITE054: ['error', 'safe'],
    CITE055: ['error', 'safe'],
    CITE056: ['warning', 'safe'],
    CITE057: ['warning', 'suggest'],
    CITE060: ['error', 'safe'],
    CITE061: ['warning', 'safe'],
    CITE062: ['info', 'safe'],
    CITE063: ['warning', 'safe'],
    CITE070: ['warning', 'safe'],
    CITE071: ['info', 'safe'],
  };
  for (const r of RULES) {
    assert.deepEqual([r.meta.defaultSeverity, r.meta.fix], expected[r.meta.code], r.meta.code);
    assert.ok(!r.meta.optIn, r.meta.code);
  }
});

test('CITE040 signal capitalization', () => {
  wrongToRight(
    CITE040,
    'Vega v. Semple, 963 F.3d 259, 281 (2d Cir. 2020); See also Smith v. Jones, 1 F.4th 1 (2d Cir. 2021).',
    'Vega v. Semple, 963 F.3d 259, 281 (2d Cir. 2020); see also Smith v. Jones, 1 F.4th 1 (2d Cir. 2021).',
  );
  // A clause: the capital goes (CITE040) and the commas come (CITE041); together they give the catalog's right form.
  const wrong = 'Russo alleges no similarly situated comparator, See e.g., Pyke v. Cuomo, 258 F.3d 107, 110 (2d Cir. 2001), so the claim fails.';
  const right = 'Russo alleges no similarly situated comparator, see, e.g., Pyke v. Cuomo, 258 F.3d 107, 110 (2d Cir. 2001), so the claim fails.';
  assert.deepEqual(codes(CITE040, wrong), ['CITE040']);
  assert.equal(fixAll(CITE040, wrong), 'Russo alleges no similarly situated comparator, see e.g., Pyke v. Cuomo, 258 F.3d 107, 110 (2d Cir. 2001), so the claim fails.');
  const both = [...run(CITE040, wrong), ...run(CITE041, wrong)].flatMap((f) => f.fixes[0].edits);
  assert.equal(applyEdits(wrong, both), right);
  assert.deepEqual([...codes(CITE040, right), ...codes(CITE041, right)], []);
  // A citation sentence starts with a capital.
  wrongToRight(
    CITE040,
    'The claim fails. see Vega v. Semple, 963 F.3d 259, 281 (2d Cir. 2020).',
    'The claim fails. See Vega v. Semple, 963 F.3d 259, 281 (2d Cir. 2020).',
  );
  // Prose and Markdown emphasis are read through; prose verbs are not judged.
  assert.deepEqual(codes(CITE040, 'It applies. *See Vega v. Semple*, 963 F.3d 259, 281 (2d Cir. 2020); *see also Smith v. Jones*, 1 F.4th 1 (2d Cir. 2021).'), []);
  assert.deepEqual(codes(CITE040, 'The court did not see Vega v. Semple, 963 F.3d 259 (2d Cir. 2020), as controlling.'), []);
});

test('CITE041 signal spelling and order', () => {
  wrongToRight(CITE041, 'See e.g. Pyke v. Cuomo, 258 F.3d 107, 110 (2d Cir. 2001).', 'See, e.g., Pyke v. Cuomo, 258 F.3d 107, 110 (2d Cir. 2001).');
  const hafer = (s: string) =>
    `${s} Hafer v. Melo, 502 U.S. 21, 30–31 (1991) (holding that the Eleventh Amendment does not bar personal-capacity damages suits against state officials).`;
  wrongToRight(CITE041, hafer('Cf'), hafer('Cf.'));
  wrongToRight(CITE041, 'But See Doyle v. Hogan, 1 F.4th 249, 254–57 (4th Cir. 2021).', 'But see Doyle v. Hogan, 1 F.4th 249, 254–57 (4th Cir. 2021).');
  // Markdown: the comma after See goes inside the italics, the one after e.g. stays where it is.
  wrongToRight(CITE041, "*See e.g.*, *Salu v. Miranda*, 830 F. App'x 341, 347 (2d Cir. 2020).", "*See, e.g.*, *Salu v. Miranda*, 830 F. App'x 341, 347 (2d Cir. 2020).");
  // Order: a supporting signal after a contradicting one in one citation sentence; no fix.
  const order = "But see Doyle v. Hogan, 1 F.4th 249, 254–57 (4th Cir. 2021); see Salu v. Miranda, 830 F. App'x 341, 347 (2d Cir. 2020).";
  const found = run(CITE041, order);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /order/);
  assert.deepEqual(found[0].fixes, []);
  assert.deepEqual(codes(CITE041, "See Salu v. Miranda, 830 F. App'x 341, 347 (2d Cir. 2020); but see Doyle v. Hogan, 1 F.4th 249, 254–57 (4th Cir. 2021)."), []);
});

test('CITE042 italics', () => {
  // A roman name (and its signal) in a document that italicizes other case names.
  wrongToRight(
    CITE042,
    "*Quern v. Jordan*, 440 U.S. 332, 338–45 (1979). See Salu v. Miranda, 830 F. App'x 341, 347 (2d Cir. 2020).",
    "*Quern v. Jordan*, 440 U.S. 332, 338–45 (1979). *See Salu v. Miranda*, 830 F. App'x 341, 347 (2d Cir. 2020).",
  );
  // The comma after e.g. stays roman.
  wrongToRight(CITE042, "*See, e.g., Sargent v. Emons*, 582 F. App'x 51, 52 (2d Cir. 2014).", "*See, e.g.*, *Sargent v. Emons*, 582 F. App'x 51, 52 (2d Cir. 2014).");
  wrongToRight(CITE042, "*See, e.g.,* *Sargent v. Emons*, 582 F. App'x 51, 52 (2d Cir. 2014).", "*See, e.g.*, *Sargent v. Emons*, 582 F. App'x 51, 52 (2d Cir. 2014).");
  // Id. in a document that italicizes its other Id.s; underscores are kept as the document's marker.
  wrongToRight(
    CITE042,
    '_Imbler v. Pachtman_, 424 U.S. 409, 430 (1976). _Id._ at 431. Id. at 432.',
    '_Imbler v. Pachtman_, 424 U.S. 409, 430 (1976). _Id._ at 431. _Id._ at 432.',
  );
  // Silent: no italics at all; all names italic; a house style of roman signals.
  assert.deepEqual(codes(CITE042, "Quern v. Jordan, 440 U.S. 332 (1979). See Salu v. Miranda, 830 F. App'x 341, 347 (2d Cir. 2020)."), []);
  assert.deepEqual(codes(CITE042, "*Quern v. Jordan*, 440 U.S. 332 (1979). See *Salu v. Miranda*, 830 F. App'x 341, 347 (2d Cir. 2020). Id. at 348."), []);
  // Star pins are not emphasis.
  assert.deepEqual(codes(CITE042, '*Johnson v. Cook*, No. 3:19-cv-1464 (CSH), 2021 WL 2741723, at *22 (D. Conn. July 1, 2021).'), []);
});

test('CITE043 Cf. without an explanatory parenthetical, no fix', () => {
  wrongToRight(CITE043, 'Cf. Smith v. Jones, 1 F.4th 1 (2d Cir. 2021).', 'Cf. Smith v. Jones, 1 F.4th 1 (2d Cir. 2021) (holding …).', { fixable: false });
  assert.deepEqual(codes(CITE043, 'But cf. Smith v. Jones, 1 F.4th 1 (2d Cir. 2021) (per curiam).'), ['CITE043']);
  assert.deepEqual(codes(CITE043, 'See Smith v. Jones, 1 F.4th 1 (2d Cir. 2021).'), []);
});

test('CITE052 pin that does not fit', () => {
  wrongToRight(CITE052, 'Doc. #41 at 4. Id. at ¶ 27.', 'Doc. #41 at 4. Id. ¶ 27.');
  wrongToRight(CITE052, '42 U.S.C. § 1983. Id. at § 9.', '42 U.S.C. § 1983. Id. § 9.');
  // A page after a statute, a section after a case: the right pin is the writer's.
  const page = run(CITE052, '42 U.S.C. § 1983. Id. at 5.');
  assert.equal(page.length, 1);
  assert.deepEqual(page[0].fixes, []);
  const section = run(CITE052, 'Imbler v. Pachtman, 424 U.S. 409 (1976). Id. § 9.');
  assert.equal(section.length, 1);
  assert.deepEqual(section[0].fixes, []);
  assert.deepEqual(codes(CITE052, 'Imbler v. Pachtman, 424 U.S. 409 (1976). Id. at 430.'), []);
});

test('CITE054 malformed short form', () => {
  const fenton = 'Fenton v. Hall, 233 N.E.2d 200 (N.Y. 1967). ';
  wrongToRight(CITE054, `${fenton}Fenton, 233 N.E.2d 219.`, `${fenton}Fenton, 233 N.E.2d at 219.`);
  wrongToRight(CITE054, `${fenton}Fenton, 233 N.E.2d 200, 219.`, `${fenton}Fenton, 233 N.E.2d at 219.`);
  const saucier = 'Saucier v. Katz, 150 L. Ed. 2d 272, 121 S. Ct. 2151, 2155 (2001). ';
  wrongToRight(CITE054, `${saucier}Saucier, 150 L. Ed. 2d 272, 121 S. Ct. at 2156.`, `${saucier}Saucier, 121 S. Ct. at 2156.`);
  // A volume or reporter that differs from the full citation.
  const russo = 'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001). ';
  wrongToRight(CITE054, `${russo}Russo, 158 F. Supp. at 234.`, `${russo}Russo, 158 F. Supp. 2d at 234.`);
  wrongToRight(CITE054, `${russo}Russo, 185 F. Supp. 2d at 234.`, `${russo}Russo, 158 F. Supp. 2d at 234.`);
  // Without an earlier full citation the antecedent is unknown: reported, not fixed.
  const alone = run(CITE054, 'Fenton, 233 N.E.2d 219.');
  assert.equal(alone.length, 1);
  assert.deepEqual(alone[0].fixes, []);
});

test('CITE055 supra for a case', () => {
  const roth = 'Bd. of Regents v. Roth, 408 U.S. 564 (1972). ';
  wrongToRight(CITE055, `${roth}Roth, supra, at 577.`, `${roth}Roth, 408 U.S. at 577.`);
  wrongToRight(
    CITE055,
    `*Bd. of Regents v. Roth*, 408 U.S. 564 (1972). *Roth*, *supra*, at 577.`,
    `*Bd. of Regents v. Roth*, 408 U.S. 564 (1972). *Roth*, 408 U.S. at 577.`,
  );
  // Secondary sources keep supra.
  assert.deepEqual(codes(CITE055, `${roth}Wright & Miller, supra note 3, at 5.`), []);
  assert.deepEqual(codes(CITE055, 'Wright & Miller, supra, at 5.'), []);
});

test('CITE056 short form without a case name', () => {
  const full = 'Leatherman v. Tarrant Cnty. Narcotics Intel. & Coordination Unit, 507 U.S. 163, 168 (1993). ';
  wrongToRight(
    CITE056,
    `${full}No heightened standard applies under Federal Rule of Civil Procedure 8(a). 507 U.S. at 168.`,
    `${full}No heightened standard applies under Federal Rule of Civil Procedure 8(a). Leatherman, 507 U.S. at 168.`,
  );
  // Named in the same sentence: no name needed.
  assert.deepEqual(codes(CITE056, `${full}The Court in Leatherman rejected a heightened standard, 507 U.S. at 168, and that holds.`), []);
  // The name the writer used before wins over the first party; italics follow the document's style.
  wrongToRight(
    CITE056,
    '*United States v. Carmel*, 548 F.3d 571 (2d Cir. 2008). *Carmel*, 548 F.3d at 572. The panel agreed. 548 F.3d at 573.',
    '*United States v. Carmel*, 548 F.3d 571 (2d Cir. 2008). *Carmel*, 548 F.3d at 572. The panel agreed. *Carmel*, 548 F.3d at 573.',
  );
});

test('CITE057 short-form name that does not identify the case', () => {
  const carmel = 'United States v. Carmel, 548 F.3d 571 (2d Cir. 2008). ';
  wrongToRight(CITE057, `${carmel}United States, 548 F.3d at 573.`, `${carmel}Carmel, 548 F.3d at 573.`);
  const found = run(CITE057, `${carmel}United States, 548 F.3d at 573.`);
  assert.match(found[0].message, /suggestion/i);
  // A name two cases in the same volume share: the volume does not tell them apart.
  const two = 'Smith v. Jones, 1 F.3d 1 (2d Cir. 1993); Smith v. Brown, 1 F.3d 20 (2d Cir. 1993). ';
  wrongToRight(CITE057, `${two}Smith, 1 F.3d at 5.`, `${two}Jones, 1 F.3d at 5.`);
  // In different volumes the volume does (`Jones, 549 U.S. at 201` beside Jones v. Greninger).
  const apart = 'Smith v. Jones, 1 F.3d 1 (2d Cir. 1993); Smith v. Brown, 2 F.3d 2 (2d Cir. 1993). ';
  assert.deepEqual(codes(CITE057, `${apart}Smith, 1 F.3d at 5.`), []);
  assert.deepEqual(codes(CITE057, 'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001). Russo, 158 F. Supp. 2d at 234.'), []);
});

test('CITE060 weight parenthetical spelling', () => {
  const aronson = (p: string) => `Aronson v. Hall, 707 F.2d 693, 694 (2d Cir. 1983) ${p}.`;
  wrongToRight(CITE060, aronson('(per curium)'), aronson('(per curiam)'));
  const zarda = (p: string) => `Zarda v. Altitude Express, Inc., 883 F.3d 100, 108 (2d Cir. 2018) ${p}.`;
  wrongToRight(CITE060, zarda('(en Banc)'), zarda('(en banc)'));
  assert.deepEqual(codes(CITE060, 'Albright v. Oliver, 510 U.S. 266, 273 (1994) (plurality opinion).'), []);
});

test('CITE061 quotation-note wording', () => {
  const kirschner = (p: string) => `Kirschner v. Klemons, 225 F.3d 227, 235 (2d Cir. 2000) ${p}.`;
  wrongToRight(CITE061, kirschner('(internal quotations omitted)'), kirschner('(internal quotation marks omitted)'));
  const conley = (p: string) => `Conley v. Gibson, 355 U.S. 41, 45-46 (1957) ${p}.`;
  wrongToRight(CITE061, conley('(emphasis supplied)'), conley('(emphasis added)'));
  assert.deepEqual(codes(CITE061, kirschner('(alterations and internal quotation marks omitted)')), []);
  // The singular (a Second Circuit summary order writes it) gains its "s" and nothing else.
  wrongToRight(CITE061, kirschner('(internal quotation mark omitted)'), kirschner('(internal quotation marks omitted)'));
});

test('CITE062 explanatory parenthetical form', () => {
  wrongToRight(
    CITE062,
    'Vaca v. Sipes, 386 U.S. 171, 185 (1967) (holding that … his contractual rights.).',
    'Vaca v. Sipes, 386 U.S. 171, 185 (1967) (holding that … his contractual rights).',
  );
  wrongToRight(
    CITE062,
    'Vaca v. Sipes, 386 U.S. 171, 185 (1967) (Holding that the union breached its duty).',
    'Vaca v. Sipes, 386 U.S. 171, 185 (1967) (holding that the union breached its duty).',
  );
  // The sentence's only period, put inside the bracket, moves out instead of being lost.
  wrongToRight(
    CITE062,
    'See Vaca v. Sipes, 386 U.S. 171, 185 (1967) (holding that the union breached its duty.) The point of disagreement remains.',
    'See Vaca v. Sipes, 386 U.S. 171, 185 (1967) (holding that the union breached its duty). The point of disagreement remains.',
  );
  // A quoted sentence keeps its capital and its period.
  assert.deepEqual(codes(CITE062, 'Vaca v. Sipes, 386 U.S. 171, 185 (1967) ("The union breached its duty.").'), []);
  assert.deepEqual(codes(CITE062, 'Vaca v. Sipes, 386 U.S. 171, 185 (1967) (applying 42 U.S.C.).'), []);
});

test('CITE063 parenthetical order', () => {
  wrongToRight(
    CITE063,
    'Aronson v. Hall, 707 F.2d 693, 694 (2d Cir. 1983) (affirming …) (per curiam).',
    'Aronson v. Hall, 707 F.2d 693, 694 (2d Cir. 1983) (per curiam) (affirming …).',
  );
  wrongToRight(
    CITE063,
    'Saucier v. Katz, 533 U.S. 194, 200 (2001) (quoting Mitchell v. Forsyth, 472 U.S. 511, 526 (1985)) (internal quotation marks omitted).',
    'Saucier v. Katz, 533 U.S. 194, 200 (2001) (internal quotation marks omitted) (quoting Mitchell v. Forsyth, 472 U.S. 511, 526 (1985)).',
  );
  // A note after an explanatory parenthetical that quotes may belong inside it: reported, nothing moved.
  const nested = run(CITE063, 'Doe v. Roe, 2 F.3d 2, 4 (2d Cir. 1993) (holding that "the rule is plain") (emphasis added).');
  assert.equal(nested.length, 1);
  assert.match(nested[0].message, /nest it there/);
  assert.deepEqual(nested[0].fixes, []);
  // A document that always puts its notes last follows a house order of its own.
  const houseOrder =
    'Saucier v. Katz, 533 U.S. 194, 200 (2001) (quoting Mitchell v. Forsyth, 472 U.S. 511, 526 (1985)) (internal quotation marks omitted). ' +
    'Vaca v. Sipes, 386 U.S. 171, 185 (1967) (citing Humphrey v. Moore, 375 U.S. 335, 342 (1964)) (alteration omitted).';
  assert.deepEqual(codes(CITE063, houseOrder), []);
  // A statute's parentheticals are not a court and date and are not judged.
  assert.deepEqual(codes(CITE063, '42 U.S.C. § 1983 (2018) (emphasis added) (providing a remedy).'), []);
  // It still may not come before the weight of authority.
  wrongToRight(
    CITE063,
    'Aronson v. Hall, 707 F.2d 693, 694 (2d Cir. 1983) (emphasis added) (per curiam).',
    'Aronson v. Hall, 707 F.2d 693, 694 (2d Cir. 1983) (per curiam) (emphasis added).',
  );
});

test('CITE070 subsequent-history phrase', () => {
  const scheuer = (h: string) => `Scheuer v. Rhodes, 416 U.S. 232, 236 (1974), ${h} Davis v. Scherer, 468 U.S. 183 (1984).`;
  wrongToRight(CITE070, scheuer('overruled on other grounds,'), scheuer('overruled on other grounds by'));
  const mcknight = (h: string) => `McKnight v. Middleton, 699 F. Supp. 2d 507, 525 (E.D.N.Y. 2010), ${h} 434 F. App'x 32 (2d Cir. 2011).`;
  wrongToRight(CITE070, mcknight('affd,'), mcknight("aff'd,"));
  wrongToRight(CITE070, mcknight("aff'd."), mcknight("aff'd,"));
  // In Markdown the comma stays outside the italics.
  const md = (h: string) => `*McKnight v. Middleton*, 699 F. Supp. 2d 507, 525 (E.D.N.Y. 2010), ${h} 434 F. App'x 32 (2d Cir. 2011).`;
  wrongToRight(CITE070, md("*aff'd.*"), md("*aff'd*,"));
  wrongToRight(CITE070, md('*cert denied*,'), md('*cert. denied*,'));
});

test('CITE071 history to leave out', () => {
  const smith = 'Smith v. Jones, 680 F.2d 1 (2d Cir. 1982)';
  wrongToRight(CITE071, `${smith}, cert. denied, 459 U.S. 1 (1982).`, `${smith}.`);
  wrongToRight(CITE071, `${smith}, reh'g denied, 690 F.2d 1 (2d Cir. 1982).`, `${smith}.`);
  // Later history of the same decision after the denial: dropping the denial would leave ", and overruled" dangling.
  const later = run(CITE071, `${smith}, cert. denied, 459 U.S. 1 (1983), and overruled on other grounds by Doe v. Roe, 526 F.3d 499 (2d Cir. 2008).`);
  assert.equal(later.length, 1);
  assert.deepEqual(later[0].fixes, []);
  // A recent denial may stay.
  const year = new Date().getFullYear();
  assert.deepEqual(codes(CITE071, `Smith v. Jones, 80 F.4th 1 (2d Cir. ${year - 1}), cert. denied, 600 U.S. 1 (${year}).`), []);
});

test('A.4–A.6 rules stay silent on the clean brief', () => {
  const text = readProjectFile('samples/clean-brief.md');
  for (const rule of RULES)
    assert.deepEqual(
      run(rule, text).map((f) => f.message),
      [],
      rule.meta.code,
    );
});

test('A.4–A.6 rules find exactly the planted mistakes of theirs in the memorandum', () => {
  const text = readProjectFile('samples/memorandum.md');
  const found = RULES.flatMap((r) => run(r, text)).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
  assert.deepEqual(found.sort(), ['CITE041 See e.g.*,', 'CITE060 (per curium)', 'CITE061 (internal quotations omitted)']);
  const fixed = fixAll(CITE041, text);
  assert.ok(fixed.includes('*See, e.g.*, *Salu v. Miranda*'));
});
