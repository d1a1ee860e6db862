// The first rules, against the catalog's wrong → right examples.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CITE001 } from '../../../server/src/core/rules/CITE001';
import { CITE002 } from '../../../server/src/core/rules/CITE002';
import { CITE003 } from '../../../server/src/core/rules/CITE003';
import { CITE006 } from '../../../server/src/core/rules/CITE006';
import { CITE050 } from '../../../server/src/core/rules/CITE050';
import { CITE051 } from '../../../server/src/core/rules/CITE051';
import { CITE053 } from '../../../server/src/core/rules/CITE053';
import { CITE059 } from '../../../server/src/core/rules/CITE059';
import { CITE064 } from '../../../server/src/core/rules/CITE064';
import { run, wrongToRight } from './helpers';

test('CITE001 reporter spacing', () => {
  const cite = (r: string) => `Ankenbrandt v. Richards, 504 U.S. 689, 112 ${r} 2206 (1992).`;
  wrongToRight(CITE001, cite('S.Ct.'), cite('S. Ct.'));
  wrongToRight(CITE001, 'Conley v. Gibson, 355 U.S. 41, 2 L.Ed.2d 80 (1957).', 'Conley v. Gibson, 355 U.S. 41, 2 L. Ed. 2d 80 (1957).');
  wrongToRight(CITE001, 'Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117 (D. Conn. 1998).', 'Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117 (D. Conn. 1998).');
  wrongToRight(CITE001, 'Davis v. Lansing, 851 F. 2d 72 (2d Cir. 1988).', 'Davis v. Lansing, 851 F.2d 72 (2d Cir. 1988).');
  wrongToRight(CITE001, 'Kirschner v. Klemons, 225 F. 3d 227 (2d Cir. 2000).', 'Kirschner v. Klemons, 225 F.3d 227 (2d Cir. 2000).');
});

test('CITE001 does not judge a citation inside quoted text: it is written in its source\'s form', () => {
  assert.deepEqual(run(CITE001, 'The brief says "see 10 F.Supp.2d 117" here.'), []);
  assert.equal(run(CITE001, 'The brief says see 10 F.Supp.2d 117 here.').length, 1);
});

test('CITE002 corrupted and variant reporters', () => {
  wrongToRight(CITE002, "Byrne v. City of New York, 736 Fed. App'x 263 (2d Cir. 2018).", "Byrne v. City of New York, 736 F. App'x 263 (2d Cir. 2018).");
  wrongToRight(CITE002, 'Vaca v. Sipes, 386 U.S. 171, 17 L,Ed.2d 842 (1967).', 'Vaca v. Sipes, 386 U.S. 171, 17 L. Ed. 2d 842 (1967).');
});

test('CITE003 unknown reporter, no fix', () => {
  const found = run(CITE003, 'Smith v. Jones, 123 Fed. Rptr. 45 (2d Cir. 1990).');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].fixes, []);
  assert.deepEqual(run(CITE003, 'Smith v. Jones, 123 F.3d 45 (2d Cir. 1997).'), []);
});

test('CITE006 missing date parenthetical, no invented date', () => {
  wrongToRight(CITE006, 'Russo v. CVS Pharmacies, Inc., 201 F.R.D. 291.', 'Russo v. CVS Pharmacies, Inc., 201 F.R.D. 291 (D. Conn. 2001).', { fixable: false });
});

test('CITE050 Id. form', () => {
  wrongToRight(CITE050, 'Doc. #41 at 4. Id., at 5.', 'Doc. #41 at 4. Id. at 5.');
  wrongToRight(CITE050, 'Doc. #41 at 4. Ibid. (¶¶ 20–21).', 'Doc. #41 at 4. Id. (¶¶ 20–21).');
  wrongToRight(CITE050, 'Doc. #41 at 4. Id; see Doc. #42.', 'Doc. #41 at 4. Id.; see Doc. #42.');
});

test('CITE051 Id. after a string cite; CITE053 short form without full cite; CITE059 Id. misfit', () => {
  const string = 'See Imbler v. Pachtman, 424 U.S. 409, 430 (1976); Day v. Morgenthau, 909 F.2d 75, 77 (2d Cir. 1990). Id. at 77.';
  assert.deepEqual(run(CITE051, string).map((f) => f.code), ['CITE051']);
  assert.deepEqual(run(CITE051, 'Day v. Morgenthau, 909 F.2d 75, 77 (2d Cir. 1990). Id. at 77.'), []);
  assert.deepEqual(run(CITE053, 'Younger, 401 U.S. at 44.').map((f) => f.code), ['CITE053']);
  assert.deepEqual(run(CITE053, 'Younger v. Harris, 401 U.S. 37 (1971). Younger, 401 U.S. at 44.'), []);
  const misfit = 'Zahra v. Town of Southold, 48 F.3d 674, 685 (2d Cir. 1995). Id. at 168, 113 S.Ct. 1160.';
  assert.deepEqual(run(CITE059, misfit).map((f) => f.code), ['CITE059']);
});

test('CITE064 unclosed parenthetical, no fix', () => {
  const found = run(CITE064, 'United States v. Pikna, 880 F.2d 1578, 1582 (2d Cir. 1989) (citing Colorado River Water Conservation Dist. v. United States, 424 U.S. 800 (1976).');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].fixes, []);
});

test('CITE002 comma for period in a short form: 253 Conn, at 182', () => {
  wrongToRight(
    CITE002,
    'Shay v. Rossi, 253 Conn. 134 (2000). Later, Shay, 253 Conn, at 182.',
    'Shay v. Rossi, 253 Conn. 134 (2000). Later, Shay, 253 Conn. at 182.',
  );
});

test('CITE001 reports a citation once, however many of its reporters need respacing (catalog A.10)', () => {
  const wrong = 'Conley v. Gibson, 355 U.S. 41, 45-46, 78 S.Ct. 99, 2 L.Ed.2d 80 (1957).';
  const found = run(CITE001, wrong);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /"S\. Ct\.", not "S\.Ct\."; "L\. Ed\. 2d", not "L\.Ed\.2d"/);
  wrongToRight(CITE001, wrong, 'Conley v. Gibson, 355 U.S. 41, 45-46, 78 S. Ct. 99, 2 L. Ed. 2d 80 (1957).');
});

test('CITE001 also respaces the reporter of a parallel segment after an Id. pin', () => {
  wrongToRight(
    CITE001,
    "Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691, 98 S. Ct. 2018 (1978). Id. at 694, 98 S.Ct. 2018.",
    "Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691, 98 S. Ct. 2018 (1978). Id. at 694, 98 S. Ct. 2018.",
  );
});
