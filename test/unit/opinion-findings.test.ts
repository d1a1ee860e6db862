// The rules on the three bundled opinions, against a review of every finding
// made by reading the opinions (test/fixtures/opinions/*.findings.json): each
// finding marked correct (or right with a wrong fix) is reported at its line,
// no false positive is, and nothing else is.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { checkAll } from '../../server/src/core/rules/index';
import { lineIndex, readProjectFile, withAuthorities } from './helpers';

interface Reviewed {
  line: number;
  code: string;
  verdict: 'correct' | 'false-positive' | 'wrong-fix';
  dropped?: string;
  /** Reported within another finding on the same citation (one finding per citation and rule). */
  merged?: string;
}
interface Review {
  findings: Reviewed[];
  missed: Array<{ line: number; code: string; nowFound?: string }>;
}

const files: Record<string, string> = {
  '000': 'opinions/russo-v-city-of-hartford.lexis.txt',
  '001': 'opinions/russo-v-city-of-hartford.west.txt',
  '002': 'opinions/campbell-v-city-of-waterbury.slip.md',
};

const key = (line: number, code: string) => `${String(line).padStart(4, '0')} ${code}`;

for (const [id, file] of Object.entries(files)) {
  test(`${file}: findings match the hand review`, () => {
    const review = JSON.parse(readProjectFile(`test/fixtures/opinions/${id}.findings.json`)) as Review;
    const text = readProjectFile(file);
    const lineOf = lineIndex(text);
    // The review judged the opinions against the Bluebook; read on their own,
    // both copies follow their vendor's house style (see corpus-review.test.ts).
    const got = checkAll(text, analyzeText(text), withAuthorities({ style: 'bluebook' }))
      .map((f) => key(lineOf(f.span.start), f.code))
      .sort();
    const want = [
      ...review.findings.filter((f) => f.verdict !== 'false-positive' && !f.dropped && !f.merged).map((f) => key(f.line, f.code)),
      ...review.missed.filter((m) => m.nowFound).map((m) => key(m.line, m.code)),
    ].sort();
    // The review's false positives stay gone (checked first, for a message that names them). A
    // false positive on a line that also has a right finding of the same code cannot be told apart.
    const falsePositives = review.findings
      .filter((f) => f.verdict === 'false-positive')
      .map((f) => key(f.line, f.code))
      .filter((k) => !want.includes(k));
    assert.deepEqual(
      got.filter((k) => falsePositives.includes(k)),
      [],
      'false positives of the review are reported again',
    );
    assert.deepEqual(got, want);
  });
}
