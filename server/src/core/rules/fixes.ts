// Choosing and applying fixes: the edits of several findings at once, with
// overlapping edits left out (they go on the next pass) so no fix ever lands
// on text another fix has changed.

import type { Edit, Finding } from './types';
import { ruleMeta } from './index';

/** The first fix of each finding whose rule's fix is safe (optionally only `code`), without overlaps. */
export function safeEdits(findings: Finding[], code?: string): Edit[] {
  const chosen: Edit[] = [];
  for (const f of findings) {
    if (code && f.code !== code) continue;
    if (ruleMeta(f.code)?.fix !== 'safe') continue;
    const fix = f.fixes[0];
    if (!fix) continue;
    const overlaps = fix.edits.some((e) => chosen.some((c) => e.start < c.end && c.start < e.end || (e.start === c.start && e.end === c.end)));
    if (!overlaps) chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
