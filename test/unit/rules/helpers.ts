// Helpers for rule tests: run one rule over a text, apply its fixes.

import assert from 'node:assert/strict';
import { analyzeText } from '../../../server/src/core/analyze';
import { checkWith, type CheckOptions } from '../../../server/src/core/rules/index';
import type { Edit, Finding, Rule } from '../../../server/src/core/rules/types';
import { withAuthorities } from '../helpers';

/** Findings of `rule` alone on `text`, with the inputs the server gives it. */
export function run(rule: Rule, text: string, options: CheckOptions = {}): Finding[] {
  return checkWith([rule], text, analyzeText(text), withAuthorities(options));
}

/** Asserts that `rule` reports nothing on `text`. */
export function silent(rule: Rule, text: string, options: CheckOptions = {}): void {
  assert.deepEqual(
    run(rule, text, options).map((f) => f.message),
    [],
    `${rule.meta.code} should not flag ${JSON.stringify(text)}`,
  );
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    assert.ok(e.end <= limit, `overlapping edits at ${e.start}-${e.end}`);
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Applies the first fix of every finding of `rule` on `text`. */
export function fixAll(rule: Rule, text: string): string {
  const edits = run(rule, text).flatMap((f) => f.fixes[0]?.edits ?? []);
  return applyEdits(text, edits);
}

/**
 * The catalog's wrong → right check for one example: the wrong text draws a
 * finding of the rule, its fix gives the right text, and the right text draws
 * none. `fixable: false` for rules whose right form needs an outside fact.
 */
export function wrongToRight(rule: Rule, wrong: string, right: string, { fixable = true } = {}): void {
  const found = run(rule, wrong);
  assert.ok(found.length > 0, `${rule.meta.code} should flag ${JSON.stringify(wrong)}`);
  assert.ok(found.every((f) => f.code === rule.meta.code));
  if (fixable) assert.equal(fixAll(rule, wrong), right, `${rule.meta.code} fix of ${JSON.stringify(wrong)}`);
  else
    assert.ok(
      found.every((f) => f.fixes.length === 0),
      `${rule.meta.code} must not invent a fix for ${JSON.stringify(wrong)}`,
    );
  assert.deepEqual(
    run(rule, right).map((f) => f.message),
    [],
    `${rule.meta.code} should not flag ${JSON.stringify(right)}`,
  );
}
