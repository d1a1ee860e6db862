// The first rules, against the catalog's wrong → right examples. The cases mark
// with «…» the span each finding covers (see check.ts).

import { test } from 'node:test';
import { check, NO_FIX } from './check';

test('CITE001 reporter spacing', () => {
  const cite = (r: string) => `Ankenbrandt v. Richards, 504 U.S. 689, 112 ${r} 2206 (1992).`;
  check('CITE001', cite('«S.Ct.»'), cite('S. Ct.'));
  check('CITE001', 'Conley v. Gibson, 355 U.S. 41, 2 «L.Ed.2d» 80 (1957).', 'Conley v. Gibson, 355 U.S. 41, 2 L. Ed. 2d 80 (1957).');
  check('CITE001', 'Huff v. W. Haven Bd. of Educ., 10 «F.Supp.2d» 117 (D. Conn. 1998).', 'Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117 (D. Conn. 1998).');
  check('CITE001', 'Davis v. Lansing, 851 «F. 2d» 72 (2d Cir. 1988).', 'Davis v. Lansing, 851 F.2d 72 (2d Cir. 1988).');
  check('CITE001', 'Kirschner v. Klemons, 225 «F. 3d» 227 (2d Cir. 2000).', 'Kirschner v. Klemons, 225 F.3d 227 (2d Cir. 2000).');
});

test("CITE001 does not judge a citation inside quoted text: it is written in its source's form", () => {
  check('CITE001', 'The brief says "see 10 F.Supp.2d 117" here.');
  check('CITE001', 'The brief says see 10 «F.Supp.2d» 117 here.', 'The brief says see 10 F. Supp. 2d 117 here.');
});

test('CITE002 corrupted and variant reporters', () => {
  check('CITE002', "Byrne v. City of New York, 736 «Fed. App'x» 263 (2d Cir. 2018).", "Byrne v. City of New York, 736 F. App'x 263 (2d Cir. 2018).");
  check('CITE002', 'Vaca v. Sipes, 386 U.S. 171, 17 «L,Ed.2d» 842 (1967).', 'Vaca v. Sipes, 386 U.S. 171, 17 L. Ed. 2d 842 (1967).');
});

test('CITE003 unknown reporter, no fix', () => {
  check('CITE003', 'Smith v. Jones, 123 «Fed. Rptr.» 45 (2d Cir. 1990).', NO_FIX);
  check('CITE003', 'Smith v. Jones, 123 F.3d 45 (2d Cir. 1997).');
});

test('CITE006 missing date parenthetical, no invented date', () => {
  check('CITE006', '«Russo v. CVS Pharmacies, Inc., 201 F.R.D. 291».', NO_FIX);
  check('CITE006', 'Russo v. CVS Pharmacies, Inc., 201 F.R.D. 291 (D. Conn. 2001).');
});

test('CITE050 Id. form', () => {
  check('CITE050', 'Doc. #41 at 4. «Id., at »5.', 'Doc. #41 at 4. Id. at 5.');
  check('CITE050', 'Doc. #41 at 4. «Ibid.» (¶¶ 20–21).', 'Doc. #41 at 4. Id. (¶¶ 20–21).');
  check('CITE050', 'Doc. #41 at 4. «Id»; see Doc. #42.', 'Doc. #41 at 4. Id.; see Doc. #42.');
});

test('CITE051 Id. after a string cite; CITE053 short form without full cite; CITE059 Id. misfit', () => {
  check('CITE051', 'See Imbler v. Pachtman, 424 U.S. 409, 430 (1976); Day v. Morgenthau, 909 F.2d 75, 77 (2d Cir. 1990). «Id.» at 77.', NO_FIX);
  check('CITE051', 'Day v. Morgenthau, 909 F.2d 75, 77 (2d Cir. 1990). Id. at 77.');
  check('CITE053', '«Younger, 401 U.S. at 44».', NO_FIX);
  check('CITE053', 'Younger v. Harris, 401 U.S. 37 (1971). Younger, 401 U.S. at 44.');
  check('CITE059', 'Zahra v. Town of Southold, 48 F.3d 674, 685 (2d Cir. 1995). «Id. at 168, 113 S.Ct. 1160».', NO_FIX);
});

test('CITE064 unclosed parenthetical, no fix', () => {
  check(
    'CITE064',
    'United States v. Pikna, 880 F.2d 1578, 1582 (2d Cir. 1989) «(citing Colorado River Water Conservation Dist. v. United States, 424 U.S. 800 (1976)».',
    NO_FIX,
  );
});

test('CITE002 comma for period in a short form: 253 Conn, at 182', () => {
  check('CITE002', 'Shay v. Rossi, 253 Conn. 134 (2000). Later, Shay, 253 «Conn,» at 182.', 'Shay v. Rossi, 253 Conn. 134 (2000). Later, Shay, 253 Conn. at 182.');
});

test('CITE001 reports a citation once, however many of its reporters need respacing (catalog A.10)', () => {
  check(
    'CITE001',
    'Conley v. Gibson, 355 U.S. 41, 45-46, 78 «S.Ct. 99, 2 L.Ed.2d» 80 (1957).',
    'Conley v. Gibson, 355 U.S. 41, 45-46, 78 S. Ct. 99, 2 L. Ed. 2d 80 (1957).',
    { message: /"S\. Ct\.", not "S\.Ct\."; "L\. Ed\. 2d", not "L\.Ed\.2d"/ },
  );
});

test('CITE001 also respaces the reporter of a parallel segment after an Id. pin', () => {
  check(
    'CITE001',
    "Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691, 98 S. Ct. 2018 (1978). Id. at 694, 98 «S.Ct.» 2018.",
    "Monell v. Dep't of Soc. Servs., 436 U.S. 658, 691, 98 S. Ct. 2018 (1978). Id. at 694, 98 S. Ct. 2018.",
  );
});
