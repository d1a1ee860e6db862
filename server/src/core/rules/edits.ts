// The smallest edit between two spellings of a span: fixes change only the
// characters that differ, so Markdown emphasis and spacing around them survive.

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
