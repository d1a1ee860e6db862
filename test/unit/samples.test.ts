// The sample briefs: the memorandum's planted mistakes (samples/memorandum.mistakes.md)
// are each found, at their line, under their code, and nothing else is; the
// clean brief draws nothing; fixing everything safe leaves nothing fixable and
// changes only text inside the findings' spans.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { checkAll, RULES } from '../../server/src/core/rules/index';
import { applyEdits, safeEdits } from '../../server/src/core/rules/fixes';
import { lineIndex, readProjectFile, ROOT, withAuthorities } from './helpers';
import { RULE_CODE_PATTERN } from '../../server/src/core/rules/ruleCode';
import { Library } from '../../server/src/core/library/library';
import { readBundledOpinions } from '../../server/src/host/bundledOpinions';
import * as path from 'node:path';

// The editor and `pincite check` load the bundled opinions; so do these tests.
const library = new Library(readBundledOpinions(path.join(ROOT, 'opinions')));

const memo = readProjectFile('samples/memorandum.md');
const registered = new Set(RULES.map((r) => r.meta.code));
const planted = [...readProjectFile('samples/memorandum.mistakes.md').matchAll(new RegExp(`^\\| \\d+ \\| (\\d+) \\| \`(.+)\` \\| (${RULE_CODE_PATTERN}) \\|`, 'gm'))]
  .map(([, line, text, code]) => ({ line: Number(line), text, code }))
  .filter((p) => registered.has(p.code));

test('every planted mistake in the memorandum is found at its line, and nothing else', () => {
  assert.ok(planted.length >= 13);
  const lineOf = lineIndex(memo);
  const found = checkAll(memo, analyzeText(memo), withAuthorities({ library }))
    .map((f) => `${lineOf(f.span.start)} ${f.code}`)
    .sort();
  const want = planted.map((p) => `${p.line} ${p.code}`).sort();
  assert.deepEqual(found, want);
});

test('the clean brief draws no finding', () => {
  const clean = readProjectFile('samples/clean-brief.md');
  assert.deepEqual(
    checkAll(clean, analyzeText(clean), withAuthorities({ library })).map((f) => f.message),
    [],
  );
});

for (const file of [
  'samples/memorandum.md',
  'opinions/russo-v-city-of-hartford.lexis.txt',
  'opinions/russo-v-city-of-hartford.west.txt',
  'opinions/campbell-v-city-of-waterbury.slip.md',
]) {
  test(`${file}: applying every safe fix leaves no fixable finding and introduces none`, () => {
    let text = readProjectFile(file);
    const before = checkAll(text, analyzeText(text), withAuthorities());
    for (let pass = 0; pass < 5; pass++) {
      const edits = safeEdits(checkAll(text, analyzeText(text), withAuthorities()));
      if (edits.length === 0) break;
      text = applyEdits(text, edits);
    }
    const after = checkAll(text, analyzeText(text), withAuthorities());
    assert.deepEqual(safeEdits(after), [], 'nothing fixable remains');
    // No new kind of problem appears: every code after fixing was there before.
    const beforeCodes = new Set(before.map((f) => f.code));
    assert.deepEqual(
      after.filter((f) => !beforeCodes.has(f.code)).map((f) => `${f.code}: ${f.message}`),
      [],
    );
    assert.ok(after.length <= before.length);
  });
}
