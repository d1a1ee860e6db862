// CITE092, CITE100, CITE101, CITE102: pins and quotations checked against the
// bundled opinions. Every quotation below was copied from the opinion text by
// hand, and its page read off the star-page markers around it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeText } from '../../../server/src/core/analyze';
import { checkWith } from '../../../server/src/core/rules/index';
import type { Finding, Rule } from '../../../server/src/core/rules/types';
import { CITE092 } from '../../../server/src/core/rules/CITE092';
import { CITE100 } from '../../../server/src/core/rules/CITE100';
import { CITE101 } from '../../../server/src/core/rules/CITE101';
import { CITE102 } from '../../../server/src/core/rules/CITE102';
import { Library } from '../../../server/src/core/library/library';
import { readBundledOpinions } from '../../../server/src/host/bundledOpinions';
import { ROOT } from '../helpers';
import { applyEdits } from './helpers';

const library = new Library(readBundledOpinions(path.join(ROOT, 'opinions')));
const LIB_RULES = [CITE092, CITE100, CITE101, CITE102];

function check(text: string, rules: Rule[] = LIB_RULES): Finding[] {
  return checkWith(rules, text, analyzeText(text), { library });
}

function codes(text: string): string[] {
  return check(text).map((f) => f.code);
}

const RUSSO = 'Russo v. City of Hartford, 158 F. Supp. 2d 214, 219 (D. Conn. 2001).';
const CAMPBELL = 'Campbell v. City of Waterbury, No. 3:21-cv-107 (JAM) (D. Conn. Feb. 9, 2022).';
/** Lexis 228–29: the sentence runs over the `[*229]` marker ("abstention is not [*229] appropriate"). */
const ACROSS_228_229 =
  'Even in the presence of the necessary predicates for Younger abstention, abstention is not appropriate if the state proceedings are being undertaken in bad faith';
/** Lexis 230, after the ` n5` call-out. */
const ON_230 = "The court thus finds that Younger abstention is not appropriate with respect to Russo's claims for money damages under § 1983.";
/** Footnote 5, whose call-out is on page 230. */
const FOOTNOTE_5 = 'The Supreme Court has declined to reach the issue whether Younger applies to claims for money damages';

// ---- CITE092 ----

test('CITE092: a pin past page 242 of Russo is an error, in a full cite, a short form and an Id. range', () => {
  const text = `${RUSSO} Later, Russo, 158 F. Supp. 2d at 245. Then id. at 240-44. And 158 F. Supp. 2d 214, 250.`;
  const found = check(text, [CITE092]);
  assert.deepEqual(
    found.map((f) => text.slice(f.span.start, f.span.end)),
    ['245', '240-44', '250'],
  );
  assert.ok(found.every((f) => f.severity === 'error' && f.fixes.length === 0));
  assert.match(found[0].message, /Russo v\. City of Hartford, which runs from page 214 to 242/);
});

test('CITE092: silent on the last page, and on another case in the same volume', () => {
  assert.deepEqual(check(`${RUSSO} Id. at 242.`, [CITE092]), []);
  assert.deepEqual(check('Smith v. Jones, 158 F. Supp. 2d 300, 310 (D. Conn. 2001).', [CITE092]), []);
});

// ---- CITE102 ----

test('CITE102: pins to pages 214–218 of Russo cannot be checked (information)', () => {
  const text = `${RUSSO} The synopsis. Russo, 158 F. Supp. 2d at 216. The headnotes. Id. at 217-19.`;
  const found = check(text, [CITE102]);
  assert.deepEqual(
    found.map((f) => text.slice(f.span.start, f.span.end)),
    ['216', '217-19'],
  );
  assert.ok(found.every((f) => f.severity === 'info'));
  assert.match(found[0].message, /holds pages 219–242, not page 216/);
  assert.match(found[1].message, /not pages 217–218/);
  assert.deepEqual(check(`${RUSSO} Id. at 219.`, [CITE102]), []);
});

// ---- CITE100 ----

test('CITE100: invented words attributed to Russo are flagged on the quotation', () => {
  const text = `${RUSSO} The court said that "abstention is mandatory whenever a state prosecution is pending." Id. at 229.`;
  const found = check(text, [CITE100]);
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].span.start, found[0].span.end), '"abstention is mandatory whenever a state prosecution is pending."');
  assert.equal(found[0].severity, 'warning');
});

test('CITE100: a real sentence with one word changed is flagged', () => {
  const changed = ACROSS_228_229.replace('bad faith', 'good faith');
  assert.deepEqual(codes(`${RUSSO} "${changed}." Id. at 228-29.`), ['CITE100']);
});

test('CITE100: flags an invented quotation from the slip opinion, by docket cite and by Id.', () => {
  assert.deepEqual(codes(`"The Eleventh Amendment never protects a state clerk from suit." ${CAMPBELL}`), ['CITE100']);
  assert.deepEqual(codes(`${CAMPBELL} It went on: "clerks enjoy only qualified immunity in Connecticut." Id.`), ['CITE100']);
});

test('CITE100 and CITE101 stay silent on correct quotations from each of the three texts', () => {
  const quiet = [
    // Lexis copy: across the [*229] marker, pinned to either page or the range.
    `${RUSSO} "${ACROSS_228_229}." Id. at 228.`,
    `${RUSSO} "${ACROSS_228_229}." Russo, 158 F. Supp. 2d at 228-29.`,
    // With an ellipsis and a bracketed alteration.
    `${RUSSO} "[A]bstention is not appropriate if the state proceedings are . . . undertaken in bad faith." Id. at 229.`,
    `${RUSSO} The court held that "[the doctrine] is not appropriate if the state proceedings are being undertaken in bad faith." Id. at 228-29.`,
    // A quotation across the n5 footnote call: "alleged violation of § 1983). n5 The court thus finds".
    `${RUSSO} "${ON_230}" Id. at 230.`,
    // In footnote 5, pinned to its page with the note.
    `${RUSSO} "${FOOTNOTE_5}." Id. at 230 n.5.`,
    // West copy: curly quotes inside the quotation as the West text prints them (“extreme and outrageous”).
    `${RUSSO} The court construed \u201cextreme and outrageous\u201d by citing Martin. See id. at 226-27.`,
    `${RUSSO} "The reporter contacted Russo about the drug test and other allegations of misconduct." Id. at 220-21.`,
    // The slip opinion: across *italics*, with an ellipsis and a bracket.
    `${CAMPBELL} "[T]he Ex Parte Young exception extends only to violations of federal law, not state law." Id.`,
    `${CAMPBELL} "[T]he Knick decision establishes at most that the Takings Clause . . . can overcome court-imposed\u2014rather than constitutional \u2014 restrictions on takings claims." Id.`,
  ];
  for (const text of quiet)
    assert.deepEqual(
      check(text).map((f) => `${f.code} ${f.message}`),
      [],
      text,
    );
});

test('CITE100: quotations too short to be checked, loose signals and string cites with outside authorities are left alone', () => {
  assert.deepEqual(codes(`${RUSSO} The "state defendants" were named. Id. at 229.`), []);
  assert.deepEqual(codes(`${RUSSO} "Abstention is always required in every case." Cf. id. at 229.`), []);
  assert.deepEqual(codes(`"Abstention is always required in every case." Younger v. Harris, 401 U.S. 37, 43 (1971); Russo, 158 F. Supp. 2d at 229.`), []);
});

test('CITE100: a (quoting …) parenthetical vouches for the quotation too', () => {
  const text = `"Abstention is always required in every case." Smith v. Jones, 999 F.3d 1, 5 (2d Cir. 2021) (quoting Russo v. City of Hartford, 158 F. Supp. 2d 214, 229 (D. Conn. 2001)).`;
  assert.deepEqual(codes(text), ['CITE100']);
  // (citing …) does not say the words are Russo's.
  assert.deepEqual(codes(text.replace('(quoting', '(citing')), []);
});

test('the library rules say nothing without a library', () => {
  const text = `${RUSSO} "invented words that are not in the opinion." Id. at 245.`;
  assert.deepEqual(checkWith(LIB_RULES, text, analyzeText(text), {}), []);
});

// ---- CITE101 ----

test('CITE101: a quotation on 228–29 pinned to 231; the fix sets the range and then nothing is left', () => {
  const text = `${RUSSO} "${ACROSS_228_229}." Russo, 158 F. Supp. 2d at 231.`;
  const found = check(text);
  assert.deepEqual(
    found.map((f) => f.code),
    ['CITE101'],
  );
  assert.equal(text.slice(found[0].span.start, found[0].span.end), '231');
  assert.match(found[0].message, /on pages 228-29 of Russo v\. City of Hartford, not on 231/);
  assert.equal(found[0].fixes[0].title, 'Change the pin cite to 228-29');
  const fixed = applyEdits(text, found[0].fixes[0].edits);
  assert.ok(fixed.endsWith('Russo, 158 F. Supp. 2d at 228-29.'));
  assert.deepEqual(check(fixed), []);
});

test('CITE101: a quotation from page 230 pinned by Id. to 229', () => {
  const text = `${RUSSO} "${ON_230}" Id. at 229.`;
  const [f] = check(text);
  assert.equal(f.code, 'CITE101');
  assert.ok(applyEdits(text, f.fixes[0].edits).endsWith(' Id. at 230.'));
});

test('CITE101: a quotation from footnote 5 pinned to 229 gets "230 n.5"', () => {
  const text = `${RUSSO} "${FOOTNOTE_5}." Id. at 229.`;
  const [f] = check(text);
  assert.equal(f.code, 'CITE101');
  assert.equal(f.fixes[0].title, 'Change the pin cite to 230 n.5');
  assert.ok(applyEdits(text, f.fixes[0].edits).endsWith('Id. at 230 n.5.'));
});

test('CITE101: a quotation in an explanatory parenthetical is checked against the pin', () => {
  const text = `See Russo v. City of Hartford, 158 F. Supp. 2d 214, 240 (D. Conn. 2001) (noting that "${ACROSS_228_229}").`;
  const found = check(text);
  assert.deepEqual(
    found.map((f) => f.code),
    ['CITE101'],
  );
});

test('CITE101 is silent where the bundled text lacks the pin page (CITE102 speaks instead)', () => {
  const text = `${RUSSO} "${ACROSS_228_229}." Id. at 216.`;
  assert.deepEqual(codes(text), ['CITE102']);
});
