// The «…» rule cases of check.ts: the marks read back as written, a case fails
// when the rule reports another span, fixes otherwise or speaks where it should
// be silent, and a table of real cases written with it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, mark, NO_FIX, unmark } from './check';

test('marks read back as written: nested, adjacent and empty spans', () => {
  for (const input of ['a «b» c', '«a» «b»', '«ab»«cd»', 'x «a «b» c» y', 'ab«»cd', 'no marks']) {
    const { text, spans } = unmark(input);
    assert.equal(text, input.replace(/[«»]/g, ''));
    assert.equal(mark(text, spans), input);
  }
  assert.deepEqual(unmark('ab «cd» e').spans, [{ start: 3, end: 5 }]);
  assert.throws(() => unmark('a «b'), /with no »/);
  assert.throws(() => unmark('a b»'), /with no «/);
});

test('a case fails when the rule reports another span, fixes otherwise, or is not silent', () => {
  const wrong = 'Younger v. Harris, 401 U.S. 37, 143-«145» (1971).';
  const right = 'Younger v. Harris, 401 U.S. 37, 143-45 (1971).';
  check('CITE013', wrong, right);
  assert.throws(() => check('CITE013', 'Younger v. Harris, 401 U.S. 37, «143-145» (1971).', right), /the spans it reports/);
  assert.throws(() => check('CITE013', wrong, 'Younger v. Harris, 401 U.S. 37, 143-5 (1971).'), /the fixed text/);
  assert.throws(() => check('CITE013', wrong, NO_FIX), /must not invent a fix/);
  assert.throws(() => check('CITE013', wrong), /say what the fix gives/);
  assert.throws(() => check('CITE013', 'Younger v. Harris, 401 U.S. 37, 143-145 (1971).'), /the spans it reports/);
  assert.throws(() => check('CITE013', wrong, right, { message: /no such words/ }));
  assert.throws(() => check('CITE999', right), /no rule CITE999/);
});

const DB = "Villano v. Jud. Dep't, No. 3:18-cv-1234 (VAB), 2019 WL 4933517,";

/** Code, input with the reported spans marked, and the text after the fixes (none: the rule is silent). */
const CASES: Array<[string, string, (string | typeof NO_FIX)?]> = [
  ['CITE013', 'Younger v. Harris, 401 U.S. 37, 143-«145» (1971).', 'Younger v. Harris, 401 U.S. 37, 143-45 (1971).'],
  ['CITE013', 'Younger v. Harris, 401 U.S. 37, «pp. »43-44 (1971).', 'Younger v. Harris, 401 U.S. 37, 43-44 (1971).'],
  ['CITE013', 'Younger v. Harris, 401 U.S. 37, 43-44 (1971).'],
  ['CITE014', 'Wayte v. United States, 470 U.S. 598, 610 «n. 11» (1985).', 'Wayte v. United States, 470 U.S. 598, 610 n.11 (1985).'],
  ['CITE014', 'Wayte v. United States, 470 U.S. 598, 610 n.11 (1985).'],
  ['CITE030', 'Younger «vs.» Harris, 401 U.S. 37, 43 (1971).', 'Younger v. Harris, 401 U.S. 37, 43 (1971).'],
  ['CITE030', 'Younger «v» Harris, 401 U.S. 37, 43 (1971).', 'Younger v. Harris, 401 U.S. 37, 43 (1971).'],
  ['CITE075', `${DB} at «* 3» (D. Conn. Oct. 10, 2019).`, `${DB} at *3 (D. Conn. Oct. 10, 2019).`],
  ['CITE075', `${DB} «*3» (D. Conn. Oct. 10, 2019).`, `${DB} at *3 (D. Conn. Oct. 10, 2019).`],
  ['CITE075', `${DB} at *3 (D. Conn. Oct. 10, 2019).`],
  ['CITE080', 'See 42 U.S.C. «§1983».', 'See 42 U.S.C. § 1983.'],
  ['CITE080', 'See 42 U.S.C. «§§1983-1985».', 'See 42 U.S.C. §§ 1983-1985.'],
  ['CITE080', 'See 42 U.S.C. § 1983.'],
];

for (const [code, input, expect] of CASES) {
  test(`${code}: ${input}`, () => check(code, input, expect));
}
