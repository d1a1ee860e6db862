// Disable comments in the brief: next line, same line, file, and regions.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { checkAll } from '../../server/src/core/rules/index';
import { withAuthorities } from './helpers';

const codes = (text: string) => checkAll(text, analyzeText(text), withAuthorities()).map((f) => f.code);
const BAD = 'Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117 (D. Conn. 1998).';

test('disable-next-line silences the named rule on the next line only', () => {
  assert.deepEqual(codes(`<!-- pincite-disable-next-line CITE001 -->\n${BAD}\n${BAD}\n`), ['CITE001']);
  assert.deepEqual(codes(`<!-- pincite-disable-next-line CITE050 -->\n${BAD}\n`), ['CITE001']);
  assert.deepEqual(codes(`<!-- pincite-disable-next-line -->\n${BAD}\n`), []);
});

test('disable-line, disable-file and disable/enable regions', () => {
  assert.deepEqual(codes(`${BAD} <!-- pincite-disable-line CITE001 -->\n${BAD}\n`), ['CITE001']);
  assert.deepEqual(codes(`${BAD}\n<!-- pincite-disable-file CITE001 -->\n${BAD}\n`), []);
  assert.deepEqual(codes(`<!-- pincite-disable CITE001 -->\n${BAD}\n<!-- pincite-enable CITE001 -->\n${BAD}\n`), ['CITE001']);
});

test('a code with a lower-case letter (CITE013b) is silenced as written, in any case', () => {
  const spans = [
    'Smith v. Jones, 100 F.3d 250, 253–54 (2d Cir. 1996).',
    'Doe v. Roe, 200 F.3d 300, 305–06 (2d Cir. 1999).',
    'Poe v. Ullman, 300 F.3d 400, 401-02 (2d Cir. 2002).',
  ];
  const base = codes(spans.join('\n') + '\n');
  assert.ok(base.includes('CITE013b'), base.join(' '));
  for (const written of ['CITE013b', 'cite013B']) {
    const silenced = codes(`${spans[0]}\n${spans[1]}\n${spans[2]} <!-- pincite-disable-line ${written} -->\n`);
    assert.ok(!silenced.includes('CITE013b'), `${written}: ${silenced.join(' ')}`);
  }
});
