// Line starts of a text and LSP-style positions (zero-based line, UTF-16
// character) of offsets in it, for texts the editor does not hold as open
// documents: the bundled opinions and the workspace's other briefs.

export type LineStarts = readonly number[];

/** Offset where each line begins. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Zero-based line and character of `offset` (clamped to the text). */
export function positionAt(starts: LineStarts, offset: number, length = Infinity): { line: number; character: number } {
  const at = Math.max(0, Math.min(offset, length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: at - starts[lo] };
}
