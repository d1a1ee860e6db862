// The binary searches the rules and the normaliser share.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countAtMost, countBelow } from '../../server/src/core/text/sorted';

test('countBelow and countAtMost split an ascending array at a value, ties included or not', () => {
  const xs = [2, 4, 4, 7];
  assert.deepEqual(
    [0, 2, 3, 4, 5, 7, 8].map((v) => countBelow(xs, v)),
    [0, 0, 1, 1, 3, 3, 4],
  );
  assert.deepEqual(
    [0, 2, 3, 4, 5, 7, 8].map((v) => countAtMost(xs, v)),
    [0, 1, 1, 3, 3, 4, 4],
  );
  assert.equal(countBelow([], 5), 0);
  assert.equal(countAtMost([], 5), 0);
});
