// The lines of an opinion file with their offsets and line numbers, as the
// header block (headerBlock.ts) and the caption (metaFromText.ts) are read.

export interface Line {
  text: string;
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the next line's first character (or the text's end). */
  next: number;
  /** 1-based line number in the file. */
  number: number;
}

/** Up to `max` lines from `from`, each without its `\r\n` / `\n`. */
export function linesFrom(text: string, from: number, max: number, firstNumber: number): Line[] {
  const out: Line[] = [];
  let i = from;
  while (i < text.length && out.length < max) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    const end = nl > i && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ text: text.slice(i, end), start: i, next: Math.min(nl + 1, text.length), number: firstNumber + out.length });
    i = nl + 1;
  }
  return out;
}
