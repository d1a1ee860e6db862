// Small character-level helpers shared by the citation parsers. They work on
// normalised text (see core/text/normalize.ts) and never look further than the
// bounds they are given, so every parser stays linear in its input.

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
export function isLowerCh(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
export function isLetterCh(c: number): boolean {
  return isUpper(c) || isLowerCh(c);
}
export function isWordCh(c: number): boolean {
  return isDigit(c) || isLetterCh(c);
}

/**
 * Skips spaces, tabs and at most one line break. A blank line (paragraph break)
 * ends a citation, so the skip stops before it and returns the position of the
 * first line break.
 */
export function skipWs(t: string, i: number, limit = t.length): number {
  let j = i;
  let sawNewline = -1;
  while (j < limit) {
    const c = t.charCodeAt(j);
    if (c === 32 || c === 9) j++;
    else if (c === 10) {
      if (sawNewline >= 0) return sawNewline;
      sawNewline = j;
      j++;
    } else break;
  }
  return j;
}

/** Like skipWs but backwards: returns the index just after the last non-space before `i`. */
export function skipWsBack(t: string, i: number, floor = 0): number {
  let j = i;
  let sawNewline = -1;
  while (j > floor) {
    const c = t.charCodeAt(j - 1);
    if (c === 32 || c === 9) j--;
    else if (c === 10) {
      if (sawNewline >= 0) return sawNewline;
      sawNewline = j;
      j--;
    } else break;
  }
  return j;
}

/** Characters that end a token: whitespace and brackets, quotes and semicolons. */
export function isTokenStop(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 34 /* " */ || c === 59 /* ; */ || c === 40 || c === 41 || c === 91 || c === 93;
}

/** End of the token starting at `i` (exclusive). */
export function tokenEnd(t: string, i: number, limit = t.length): number {
  let j = i;
  while (j < limit && !isTokenStop(t.charCodeAt(j))) j++;
  return j;
}

/** Start of the token ending at `i` (exclusive). */
export function tokenStart(t: string, i: number, floor = 0): number {
  let j = i;
  while (j > floor && !isTokenStop(t.charCodeAt(j - 1))) j--;
  return j;
}

/** Matches a sticky regular expression at `i`; returns the match or null. */
export function at(re: RegExp, t: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(t);
}

export const DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2212]';
