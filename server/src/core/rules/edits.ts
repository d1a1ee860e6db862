// Building a fix's edits: the smallest edit between two spellings of a span
// (fixes change only the characters that differ, so Markdown emphasis and
// spacing around them survive), and edits of one fix merged so that no two
// touch the same position.

import type { Edit } from './types';

/** The smallest single edit that turns `oldText` (at `start`) into `newText`; undefined when equal. */
export function minimalEdit(start: number, oldText: string, newText: string): Edit | undefined {
  if (oldText === newText) return undefined;
  let p = 0;
  while (p < oldText.length && p < newText.length && oldText[p] === newText[p]) p++;
  let s = 0;
  while (s < oldText.length - p && s < newText.length - p && oldText[oldText.length - 1 - s] === newText[newText.length - 1 - s]) s++;
  return { start: start + p, end: start + oldText.length - s, newText: newText.slice(p, newText.length - s) };
}

/**
 * Sorts edits and joins an insertion with an edit that starts at the same
 * offset, so no two edits of one fix touch the same position.
 */
export function mergeEdits(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === e.start && last.end === last.start) {
      out[out.length - 1] = { start: e.start, end: e.end, newText: last.newText + e.newText };
    } else out.push(e);
  }
  return out;
}
