// Citation sentences: which citations a string cite groups together, for an
// Id. after it (resolve.ts) and the rules that read a sentence's members.

import type { Citation } from '../types';
import { isParallel } from '../cite/predicates';

/**
 * Numbers citation sentences. Top-level citations share a number when only a
 * semicolon, comma, signal or `and` separates them (a string cite); nested and
 * parallel citations share their owner's number.
 */
export function assignSentences(cites: Citation[], text: string): void {
  let sentence = -1;
  let prev: Citation | undefined;
  for (const c of cites) {
    if (c.nested && c.nestedIn !== undefined) {
      c.sentence = cites[c.nestedIn]?.sentence ?? Math.max(sentence, 0);
      continue;
    }
    if (isParallel(c)) {
      c.sentence = cites[c.parallelOf].sentence;
      continue;
    }
    if (c.historyOf !== undefined) {
      c.sentence = cites[c.historyOf].sentence;
      prev = c;
      continue;
    }
    if (prev && joinedToPrevious(prev, c, text)) c.sentence = sentence;
    else c.sentence = ++sentence;
    prev = c;
  }
}

function joinedToPrevious(prev: Citation, c: Citation, text: string): boolean {
  // `gap` is what lies between the two in the original text, minus the signal.
  const gapStart = prev.span.end;
  const gapEnd = c.signal ? c.signal.span.start : c.span.start;
  // Overlapping spans join; a citation read out of text order (a moved footnote block) does not.
  if (gapEnd < gapStart) return c.span.start >= prev.span.start;
  if (gapEnd - gapStart > 12) return false;
  // Emphasis markers between two citations (`…31; *Day v. …`) do not separate them.
  return GAP_JOIN.test(text.slice(gapStart, gapEnd).replace(/[*_]/g, ''));
}

const GAP_JOIN = /^[\s;,]*(?:and\s*)?$/;
