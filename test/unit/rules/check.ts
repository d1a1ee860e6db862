// Table-driven rule cases, in the spirit of rust-analyzer's `check(input, expect)`:
// the input marks with «…» each span the rule must report, and the expectation
// is the text after the first fix of every finding (or NO_FIX). An input with
// no marks is a text the rule must leave alone.
//
//   check('CITE050', 'Doc. #41 at 4. «Id., at 5».', 'Doc. #41 at 4. Id. at 5.');
//   check('CITE003', 'Smith v. Jones, «123 Fed. Rptr. 45» (2d Cir. 1990).', NO_FIX);
//   check('CITE003', 'Smith v. Jones, 123 F.3d 45 (2d Cir. 1997).');
//
// On a failure the message shows the text with the spans the rule did report
// marked the same way, so the two inputs can be compared at a glance.

import assert from 'node:assert/strict';
import { RULES, type CheckOptions } from '../../../server/src/core/rules/index';
import type { Span } from '../../../server/src/core/types';
import { applyEdits, run } from './helpers';

export const OPEN = '«';
export const CLOSE = '»';

/** The expectation for findings that must offer no fix (the right form needs a fact Pincite cannot know). */
export const NO_FIX = Symbol('no fix');

export interface CheckMore {
  /** Settings and overrides for the run (house style, spacing, library). */
  options?: CheckOptions;
  /** A pattern every finding's message must match. */
  message?: RegExp;
}

/** `input` without its «…» marks, and the spans they marked (in the text without marks), by start. */
export function unmark(input: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  const open: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === OPEN) open.push(text.length);
    else if (ch === CLOSE) {
      const start = open.pop();
      assert.ok(start !== undefined, `a ${CLOSE} with no ${OPEN} in ${JSON.stringify(input)}`);
      spans.push({ start, end: text.length });
    } else text += ch;
  }
  assert.equal(open.length, 0, `a ${OPEN} with no ${CLOSE} in ${JSON.stringify(input)}`);
  return { text, spans: spans.sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** `text` with «…» around each of `spans`: the inverse of `unmark`. */
export function mark(text: string, spans: Span[]): string {
  // At one offset: closes first, then empty spans, then opens (an outer span opens before an inner one).
  const marks: Array<{ at: number; order: number; tie: number; s: string }> = [];
  for (const s of spans) {
    if (s.start === s.end) marks.push({ at: s.start, order: 1, tie: 0, s: OPEN + CLOSE });
    else marks.push({ at: s.start, order: 2, tie: -s.end, s: OPEN }, { at: s.end, order: 0, tie: -s.start, s: CLOSE });
  }
  marks.sort((a, b) => a.at - b.at || a.order - b.order || a.tie - b.tie);
  let out = '';
  let p = 0;
  for (const m of marks) {
    out += text.slice(p, m.at) + m.s;
    p = m.at;
  }
  return out + text.slice(p);
}

/**
 * Runs the rule with `code` alone on `input` (marks removed) and asserts that
 * it reports exactly the marked spans, each under `code`. Then, for a marked
 * input, `expect` is required: the text after applying the first fix of every
 * finding (which the rule must then leave alone), or NO_FIX when no finding
 * may offer a fix.
 */
export function check(code: string, input: string, expect?: string | typeof NO_FIX, more: CheckMore = {}): void {
  const rule = RULES.find((r) => r.meta.code === code);
  assert.ok(rule, `no rule ${code}`);
  const { text, spans } = unmark(input);
  const found = run(rule, text, more.options);
  const messages = found.map((f) => `  ${f.code} ${f.message}`).join('\n');
  assert.equal(
    mark(
      text,
      found.map((f) => f.span),
    ),
    mark(text, spans),
    `${code}: the spans it reports\n${messages}`,
  );
  assert.ok(found.every((f) => f.code === code));
  if (more.message) for (const f of found) assert.match(f.message, more.message);
  if (spans.length === 0) {
    assert.equal(expect, undefined, 'an input with no marks expects nothing: the rule stays silent');
    return;
  }
  assert.ok(expect !== undefined, `${code}: say what the fix gives, or NO_FIX`);
  if (expect === NO_FIX) {
    assert.deepEqual(
      found.filter((f) => f.fixes.length > 0).map((f) => f.fixes[0].title),
      [],
      `${code} must not invent a fix for ${JSON.stringify(text)}`,
    );
    return;
  }
  const fixed = applyEdits(
    text,
    found.flatMap((f) => f.fixes[0]?.edits ?? []),
  );
  assert.equal(fixed, expect, `${code}: the fixed text`);
  assert.deepEqual(
    run(rule, fixed, more.options).map((f) => f.message),
    [],
    `${code} should not flag its own fix ${JSON.stringify(fixed)}`,
  );
}
