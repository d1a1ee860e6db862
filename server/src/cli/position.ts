// 1-based line and column of an offset, as the CLI prints them.

import { lineColumn, lineStarts } from '../core/text/lineIndex';

/**
 * Line starts of the last text asked about: the CLI asks for the position of
 * every finding of one file in a row, and counting lines from the top each
 * time cost the text's length per finding (quadratic on a large brief).
 */
let last: { text: string; starts: number[] } | undefined;

export function lineCol(text: string, offset: number): { line: number; col: number } {
  if (!last || last.text !== text) last = { text, starts: lineStarts(text) };
  const p = lineColumn(text, offset, last.starts);
  return { line: p.line, col: p.column };
}
