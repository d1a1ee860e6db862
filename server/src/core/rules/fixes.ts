// Choosing and applying fixes: the edits of several findings at once, with
// overlapping edits left out (they go on the next pass) so no fix ever lands
// on text another fix has changed.

import type { Edit, Finding } from './types';
import { ruleMeta } from './index';

/** The first fix of each finding whose rule's fix is safe (optionally only `code`), without overlaps. */
export function safeEdits(findings: Finding[], code?: string): Edit[] {
  // Chosen edits sorted by start, so each new edit is compared with its
  // neighbours only (comparing with every chosen edit was quadratic).
  const chosen: Edit[] = [];
  const overlapsChosen = (e: Edit): boolean => {
    // First chosen edit past any that could overlap `e`.
    let lo = 0;
    let hi = chosen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = chosen[mid];
      if (e.start === e.end ? c.start <= e.start : c.start < e.end) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const c = chosen[k];
      if ((e.start < c.end && c.start < e.end) || (e.start === c.start && e.end === c.end)) return true;
      // Chosen edits do not overlap one another, so their ends rise with their starts.
      if (c.end <= e.start && c.start < e.start) break;
    }
    return false;
  };
  const insert = (e: Edit): void => {
    let k = chosen.length;
    while (k > 0 && (chosen[k - 1].start > e.start || (chosen[k - 1].start === e.start && chosen[k - 1].end > e.end))) k--;
    chosen.splice(k, 0, e);
  };
  for (const f of findings) {
    if (code && f.code !== code) continue;
    if (ruleMeta(f.code)?.fix !== 'safe') continue;
    const fix = f.fixes[0];
    if (!fix) continue;
    if (!fix.edits.some(overlapsChosen)) for (const e of fix.edits) insert(e);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: Edit[]): string {
  // One pass from the start, joining the pieces: splicing each edit into the
  // whole text copied the text once per edit (quadratic in a long brief).
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) return applyOverlapping(text, edits);
    pieces.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** Edits that overlap (never produced by `safeEdits`), applied from the end as before. */
function applyOverlapping(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
