// A quotation as the matcher (quotes.ts) reads it: the trailing notes a brief
// adds dropped, cut at its omissions into fragments of words, a bracketed part
// inside a word read as a pattern that any run of letters fills.

import { normalize } from '../text/normalize';
import { scan } from './quoteTokens';

/** Opinion words longer than this never match a bracketed pattern (keeps pattern matching cheap on junk). */
export const MAX_PATTERN_WORD = 64;

export interface QWord {
  key: string;
  /** Literal parts around bracketed wildcards, or null for a plain word. */
  pieces: string[] | null;
}

export interface ParsedQuote {
  fragments: QWord[][];
  /** gaps[f]: most opinion words allowed between fragment f-1 and fragment f (gaps[0] is unused). */
  gaps: number[];
}

const NOTE_RE = /\b(?:omitted|added|original|supplied|altered)\b/i;

/** Drops trailing notes a brief adds after a quotation: `(emphasis added)`, `(citation omitted)`. */
function stripTrailingNotes(s: string): string {
  for (let round = 0; round < 8; round++) {
    let end = s.length;
    while (end > 0) {
      const c = s.charCodeAt(end - 1);
      if (c === 32 || c === 10 || c === 9 || c === 46 || c === 44 || c === 59 || c === 58 || c === 34 || c === 39) end--;
      else break;
    }
    s = s.slice(0, end);
    const last = s.charCodeAt(end - 1);
    if (last !== 41 && last !== 93) return s;
    const open = s.lastIndexOf(last === 41 ? '(' : '[', end - 1);
    if (open < 0 || end - open > 160) return s;
    const inner = s.slice(open + 1, end - 1);
    if (/\d/.test(inner) || !NOTE_RE.test(inner)) return s;
    s = s.slice(0, open);
  }
  return s;
}

export function parseQuote(quote: string): ParsedQuote {
  const src = typeof quote === 'string' ? quote : String(quote ?? '');
  const t = stripTrailingNotes(normalize(src).text);
  const fragments: QWord[][] = [];
  const gaps: number[] = [];
  let cur: QWord[] = [];
  let curGap = 0;
  let pending = 0;
  scan(t, true, {
    word(key, pieces) {
      if (cur.length === 0) curGap = pending;
      cur.push({ key, pieces });
    },
    call() {},
    gap(words) {
      if (cur.length > 0) {
        fragments.push(cur);
        gaps.push(curGap);
        cur = [];
        pending = 0;
      }
      pending += words;
    },
  });
  if (cur.length > 0) {
    fragments.push(cur);
    gaps.push(curGap);
  }
  return { fragments, gaps };
}

/** The quote's words as the matcher reads them (exported for tests and for callers deciding whether a quote is long enough to check). A bracketed part inside a word shows as `*`. */
export function quoteWords(quote: string): string[] {
  try {
    const out: string[] = [];
    for (const f of parseQuote(quote).fragments) for (const w of f) out.push(w.pieces ? w.pieces.join('*') : w.key);
    return out;
  } catch {
    return [];
  }
}

/**
 * Whether `word` is the literal pieces with any run of letters between them
 * (a two-row DP, so no pattern can backtrack badly).
 */
export function matchesPattern(pieces: string[], word: string): boolean {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (word.length > MAX_PATTERN_WORD || !word.startsWith(first) || !word.endsWith(last)) return false;
  const units: number[] = [];
  for (let p = 0; p < pieces.length; p++) {
    if (p > 0 && units[units.length - 1] !== -1) units.push(-1);
    for (let q = 0; q < pieces[p].length; q++) units.push(pieces[p].charCodeAt(q));
  }
  const n = word.length;
  let prev = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  prev[0] = 1;
  for (const u of units) {
    next.fill(0);
    if (u === -1) {
      for (let j = 0; j <= n; j++) {
        const c = j > 0 ? word.charCodeAt(j - 1) : 0;
        next[j] = prev[j] || (j > 0 && next[j - 1] && !(c >= 48 && c <= 57)) ? 1 : 0;
      }
    } else {
      for (let j = 1; j <= n; j++) next[j] = prev[j - 1] && word.charCodeAt(j - 1) === u ? 1 : 0;
    }
    const swap = prev;
    prev = next;
    next = swap;
  }
  return prev[n] === 1;
}
