// Small tests and trims on spans of the original text.

import type { Span } from '../types';

/** `[start, end)` trimmed of spaces, commas and emphasis markers at both ends. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,*_]/.test(text[s])) s++;
  while (e > s && /[\s,*_]/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** A test for "lies wholly inside one of `spans`", by binary search over the spans sorted by start. */
export function insideAnyOf(spans: Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Running maximum of ends, so nested or overlapping ranges are still found.
  const maxEnd: number[] = [];
  let m = -1;
  for (const x of sorted) maxEnd.push((m = Math.max(m, x.end)));
  return (s: Span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] >= s.end;
  };
}
