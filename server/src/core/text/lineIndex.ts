// The line index: where each line of a text starts, and the line and column
// of an offset. One implementation for every place that needs one: LSP
// positions in texts the editor does not hold open (the bundled opinions, the
// workspace's other briefs), 1-based `line:column` in messages (the CLI,
// `.pincite.json` problems, opinion headers, the TOA guard), and the lines
// markdown-it reports tokens on.

export type LineStarts = readonly number[];

/** Offset where each line begins: 0, then one past each `\n`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Offset just past line `line`'s content (its `\n`; the text's `length` for the last line). */
export function lineEnd(starts: LineStarts, line: number, length: number): number {
  return line + 1 < starts.length ? starts[line + 1] - 1 : length;
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

/**
 * 1-based line and column of `offset` in `text`, as messages print them.
 * Pass `starts` (lineStarts(text)) when asking about many offsets of one
 * text; without it only the text before the offset is read.
 */
export function lineColumn(text: string, offset: number, starts?: LineStarts): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  const p = positionAt(starts ?? lineStarts(text.slice(0, at)), at, text.length);
  return { line: p.line + 1, column: p.character + 1 };
}
