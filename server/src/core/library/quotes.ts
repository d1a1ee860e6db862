// Finds where a passage a brief quotes appears in an opinion's text, the way a
// careful cite-checker would accept it: word for word, but reading past what
// differs between printings of the same opinion (star pages, footnote calls,
// line wrapping, emphasis, curly quotes, punctuation) and past what a brief may
// change in a quotation (ellipses, bracketed alterations, [sic], trailing
// notes such as "(emphasis added)").
//
// Both texts are cut into words: lower-cased letters and digits, punctuation
// dropped, apostrophes and hyphens inside a word deleted (`court's` is
// `courts`, `Crough-well` is `croughwell`). The opinion's words go into an
// inverted index once; a quotation is split at its ellipses and bracketed word
// groups into fragments, each fragment is looked up from its rarest word, and
// the fragments are chained in order within the gap each omission allows.
//
// Pure: no file system, no editor types.

import { normalize } from '../text/normalize';
import { OffsetMap } from '../text/offsetMap';
import type { QuoteMatch } from './types';

export interface QuoteIndex {
  /** Every place the quotation appears, in text order (original offsets, first matched character to last). Empty when it does not appear or the quote has no words. */
  find(quote: string): QuoteMatch[];
}

/** Opinion words an ellipsis may stand for. */
const ELLIPSIS_GAP = 400;
/** Opinion words a bracketed group of words (`[the court]`) may replace. */
const GROUP_GAP = 8;
/** Longest bracketed part inside a word (`[a]bstention`); longer brackets are groups. */
const MAX_WORD_BRACKET = 40;
/** Longest bracketed group looked for; a `[` without a `]` this close is punctuation. */
const MAX_GROUP_BRACKET = 200;
/** Opinion words longer than this never match a bracketed pattern (keeps pattern matching cheap on junk). */
const MAX_PATTERN_WORD = 64;
/** Steps one find may take before giving up, so no input can make it hang. */
const WORK_BUDGET = 2_000_000;

// ---------------------------------------------------------------------------
// Characters

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const SUP = 3; // superscript digit: a footnote call in a slip opinion

const LETTER_RE = /[\p{L}\p{M}]/u;
const DIGIT_RE = /\p{Nd}/u;
/** Classes of non-ASCII BMP characters, filled on first sight (0 = not yet known, else class + 1). */
const uniClass = new Uint8Array(0x10000);

function cls(c: number): number {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
    if (c >= 48 && c <= 57) return DIGIT;
    return OTHER;
  }
  if (c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079)) return SUP;
  if (c >= 0xd800 && c <= 0xdfff) return OTHER;
  let v = uniClass[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = (LETTER_RE.test(ch) ? LETTER : DIGIT_RE.test(ch) ? DIGIT : OTHER) + 1;
    uniClass[c] = v;
  }
  return v - 1;
}

function isWordAt(t: string, i: number): boolean {
  if (i < 0 || i >= t.length) return false;
  const k = cls(t.charCodeAt(i));
  return k === LETTER || k === DIGIT;
}

/** Apostrophes inside a word are nothing: `court's` reads `courts`. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
}

/** Hyphens (and the en dash of `155–56`) inside a word join it: PDF copies break words with them mid-line. */
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2212;
}

/** Punctuation a West footnote call is glued after: `discovery.1`, `§ 1983).5`, `[Dkt. Nos. 83, 70]7`. */
function isClosing(c: number): boolean {
  return (
    c === 46 || c === 44 || c === 59 || c === 58 || c === 41 || c === 93 || c === 34 || c === 39 || c === 33 || c === 63 || c === 0x201d || c === 0x2019
  );
}

/** Lower case, and accents dropped so `Pérez` and `Perez` compare equal. */
function foldKey(s: string): string {
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 128) return lower.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return lower;
}

// ---------------------------------------------------------------------------
// Tokenizer, shared by the opinion (text mode) and the quotation (quote mode)
// so both sides cut words the same way.

interface Sink {
  /** A word; `pieces` (quote mode only) are its literal parts around bracketed wildcards. */
  word(key: string, pieces: string[] | null, start: number, end: number): void;
  /** A bare footnote call (text mode only): `n5`, a glued `1`, `⁴`, `[sic]`. */
  call(key: string, start: number, end: number): void;
  /** An omission in the quotation (quote mode only): up to `words` opinion words. */
  gap(words: number): void;
}

/**
 * Index of the `]` closing a bracket at `at` whose content is letters only
 * (empty allowed when `allowEmpty`) and short enough to sit inside a word; -1 otherwise.
 */
function wordBracketClose(t: string, at: number, allowEmpty: boolean): number {
  const lim = Math.min(t.length, at + 2 + MAX_WORD_BRACKET);
  for (let j = at + 1; j < lim; j++) {
    const c = t.charCodeAt(j);
    if (c === 93) return j > at + 1 || allowEmpty ? j : -1;
    if (cls(c) !== LETTER) return -1;
  }
  return -1;
}

function isSic(t: string, open: number, close: number): boolean {
  return /^\s*sic\.?\s*$/i.test(t.slice(open + 1, close));
}

/** True when the digits starting at `i` are glued after punctuation the way a West footnote call is. */
function gluedCall(t: string, i: number): boolean {
  const c0 = i > 0 ? t.charCodeAt(i - 1) : 32;
  // A Markdown/LaTeX superscript: `$^{3}$`.
  if (c0 === 94 || (c0 === 123 && i > 1 && t.charCodeAt(i - 2) === 94)) return true;
  let p = i - 1;
  let run = 0;
  while (p >= 0 && run < 6 && isClosing(t.charCodeAt(p))) {
    p--;
    run++;
  }
  if (run === 0 || p < 0) return false;
  const before = cls(t.charCodeAt(p));
  if (before !== LETTER && before !== DIGIT) return false;
  // `12.30`, `5,413`, `3:16` are numbers, not a number and a call.
  if (before === DIGIT && run === 1 && (c0 === 46 || c0 === 44 || c0 === 58)) return false;
  return true;
}

/** End of an ellipsis starting at `i` (`...`, `. . .`, `…`, `. . . .`), or `i` when there is none. */
function ellipsisEnd(t: string, i: number): number {
  let j = i;
  let dots = 0;
  let end = i;
  while (j < t.length && dots < 16) {
    const c = t.charCodeAt(j);
    if (c === 46) dots++;
    else if (c === 0x2026) dots += 3;
    else if ((c === 32 || c === 10) && dots > 0) {
      const d = t.charCodeAt(j + 1);
      if (d !== 46 && d !== 0x2026) break;
      j++;
      continue;
    } else break;
    j++;
    end = j;
  }
  return dots >= 3 ? end : i;
}

/**
 * Reads one word starting at `i` (a letter, a digit, or a `[` opening a
 * bracketed part glued to the letters after it) and hands it to the sink.
 * Returns the index after the word.
 */
function readWord(t: string, i: number, quote: boolean, sink: Sink): number {
  const n = t.length;
  let j = i;
  let key = ''; // flushed text of the current literal piece
  let runStart = i; // start of the literal run not yet flushed into `key`
  const pieces: string[] = [];
  let joined = false;
  let prev = OTHER; // class of the character before j inside this word; OTHER after a joiner or bracket
  let digitRun = -1; // where the trailing run of digits began
  let digitAfterLetter = false;
  while (j < n) {
    const c = t.charCodeAt(j);
    const k = cls(c);
    if (k === LETTER || k === DIGIT) {
      if (k === DIGIT) {
        if (prev !== DIGIT) {
          digitRun = j;
          digitAfterLetter = prev === LETTER;
        }
      } else digitRun = -1;
      prev = k;
      j++;
      continue;
    }
    if (prev !== OTHER && (isApostrophe(c) || isHyphen(c))) {
      let next = j + 1;
      // A hyphen at a line end the normaliser kept (`Metro-\nNorth`) still joins.
      if (isHyphen(c) && !isWordAt(t, next)) {
        let sawBreak = false;
        while (next < n && next < j + 16) {
          const d = t.charCodeAt(next);
          if (d === 10) sawBreak = true;
          else if (d !== 32 && d !== 9) break;
          next++;
        }
        if (!sawBreak) next = j + 1;
      }
      if (isWordAt(t, next)) {
        key += t.slice(runStart, j);
        runStart = next;
        joined = true;
        prev = OTHER;
        digitRun = -1;
        j = next;
        continue;
      }
    }
    if (c === 91 /* [ */) {
      const close = wordBracketClose(t, j, quote);
      if (close >= 0 && (j > i || isWordAt(t, close + 1))) {
        key += t.slice(runStart, j);
        if (!isSic(t, j, close)) {
          if (quote) {
            // The bracketed part stands for any run of letters.
            pieces.push(key);
            key = '';
          } else {
            // The opinion's own alteration (`[a]ny`) reads as the word it makes.
            key += t.slice(j + 1, close);
          }
        }
        runStart = close + 1;
        joined = true;
        prev = OTHER;
        digitRun = -1;
        j = close + 1;
        continue;
      }
    }
    break;
  }
  key += t.slice(runStart, j);
  if (key === '' && pieces.length === 0) return Math.max(j, i + 1);
  if (pieces.length > 0) {
    pieces.push(key);
    sink.word(pieces.join('*'), pieces.map(foldKey), i, j);
    return j;
  }
  const len = j - digitRun;
  // Lexis footnote call: ` n5 `.
  if (!joined && t.charCodeAt(i) === 110 /* n */ && j - i >= 2 && j - i <= 4 && digitRun === i + 1) {
    if (!quote) sink.call(key, i, j);
    return j;
  }
  // A bare number glued after punctuation: West's `discovery.1`.
  if (!joined && digitRun === i && len <= 3 && gluedCall(t, i)) {
    if (!quote) sink.call(key, i, j);
    return j;
  }
  // A short number glued to the letters before it (`claim9`): the word and a call.
  if (digitRun > i && digitAfterLetter && len <= 3) {
    const word = key.slice(0, key.length - len);
    sink.word(foldKey(word), null, i, digitRun);
    if (!quote) sink.call(key.slice(key.length - len), digitRun, j);
    return j;
  }
  sink.word(foldKey(key), null, i, j);
  return j;
}

/** Handles a `[` that does not open a bracketed part of a word. Returns where to continue. */
function readBracket(t: string, i: number, quote: boolean, sink: Sink): number {
  const n = t.length;
  const lim = Math.min(n, i + 2 + MAX_GROUP_BRACKET);
  let close = -1;
  let digitsOnly = true;
  for (let j = i + 1; j < lim; j++) {
    const c = t.charCodeAt(j);
    if (c === 93) {
      close = j;
      break;
    }
    if (c === 91) break;
    if (cls(c) !== DIGIT) digitsOnly = false;
  }
  if (close < 0) return i + 1;
  if (isSic(t, i, close)) {
    if (!quote) sink.call('sic', i, close + 1);
    return close + 1;
  }
  // In the opinion a bracket is punctuation: its words are read as they stand.
  if (!quote) return i + 1;
  if (close === i + 1) return close + 1; // a stray `[]`
  const content = t.slice(i + 1, close);
  if (/^[\s.\u2026]+$/.test(content)) {
    sink.gap(ELLIPSIS_GAP);
    return close + 1;
  }
  // `§ 12.30[4]`: a subsection number, not an alteration.
  if (digitsOnly) return i + 1;
  sink.gap(GROUP_GAP);
  let k = close + 1;
  // `[the court]'s` replaces the possessive too.
  if (isApostrophe(t.charCodeAt(k)) && (t.charCodeAt(k + 1) | 0x20) === 115 && !isWordAt(t, k + 2)) k += 2;
  return k;
}

function scan(t: string, quote: boolean, sink: Sink): void {
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    const k = cls(c);
    if (k === LETTER || k === DIGIT) {
      i = readWord(t, i, quote, sink);
    } else if (k === SUP) {
      let j = i + 1;
      while (j < n && cls(t.charCodeAt(j)) === SUP) j++;
      if (!quote) sink.call(t.slice(i, j), i, j);
      i = j;
    } else if (c === 91 /* [ */) {
      const close = wordBracketClose(t, i, quote);
      i = close >= 0 && isWordAt(t, close + 1) ? readWord(t, i, quote, sink) : readBracket(t, i, quote, sink);
    } else if (quote && (c === 46 || c === 0x2026)) {
      const j = ellipsisEnd(t, i);
      if (j > i) sink.gap(ELLIPSIS_GAP);
      i = Math.max(j, i + 1);
    } else {
      i++;
    }
  }
}

// ---------------------------------------------------------------------------
// The quotation

interface QWord {
  key: string;
  /** Literal parts around bracketed wildcards, or null for a plain word. */
  pieces: string[] | null;
}

interface ParsedQuote {
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

function parseQuote(quote: string): ParsedQuote {
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
function matchesPattern(pieces: string[], word: string): boolean {
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

// ---------------------------------------------------------------------------
// The index

/** A quotation word resolved against the index: one word id, or the ids a pattern matches. */
interface Resolved {
  id: number;
  set: Set<number> | null;
  count: number;
}

class BudgetExceeded extends Error {}

/** First index of sorted `a` whose value is at least `v`. */
function lowerBound(a: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildQuoteIndex(text: string): QuoteIndex {
  const src = typeof text === 'string' ? text : '';
  let norm: string;
  let map: OffsetMap;
  try {
    const n = normalize(src);
    norm = n.text;
    map = n.map;
  } catch {
    // An identity map over the raw text is a worse reading but never a wrong offset.
    norm = src;
    map = new OffsetMap();
  }

  const vocab = new Map<string, number>();
  const words: string[] = [];
  const tokIds: number[] = [];
  const tokStart: number[] = [];
  const tokEnd: number[] = [];
  const tokCall: number[] = [];
  const push = (key: string, start: number, end: number, call: number) => {
    let id = vocab.get(key);
    if (id === undefined) {
      id = words.length;
      vocab.set(key, id);
      words.push(key);
    }
    tokIds.push(id);
    tokStart.push(start);
    tokEnd.push(end);
    tokCall.push(call);
  };
  scan(norm, false, {
    word: (key, _pieces, start, end) => push(key, start, end, 0),
    call: (key, start, end) => push(key, start, end, 1),
    gap: () => {},
  });

  // Typed copies: the index lives as long as the opinion is open.
  const N = tokIds.length;
  const ids = Int32Array.from(tokIds);
  const calls = Uint8Array.from(tokCall);
  const tokFrom = Int32Array.from(tokStart);
  const tokTo = Int32Array.from(tokEnd);
  // The closures below share this scope, so empty the growable arrays rather than keep them.
  tokIds.length = tokStart.length = tokEnd.length = tokCall.length = 0;
  // Postings in one array: word w's positions are post[off[w]] .. post[off[w + 1] - 1], ascending.
  const V = words.length;
  const off = new Int32Array(V + 1);
  for (let q = 0; q < N; q++) off[ids[q] + 1]++;
  for (let w = 0; w < V; w++) off[w + 1] += off[w];
  const post = new Int32Array(N);
  // nonCall[q]: tokens before q that are not footnote calls.
  const nonCall = new Int32Array(N + 1);
  for (let q = 0; q < N; q++) nonCall[q + 1] = nonCall[q] + (calls[q] ? 0 : 1);
  const fill = off.slice(0, V);
  for (let q = 0; q < N; q++) post[fill[ids[q]]++] = q;

  const patternCache = new Map<string, Set<number>>();
  const patternIds = (pieces: string[]): Set<number> => {
    const cacheKey = pieces.join('\u0000');
    let set = patternCache.get(cacheKey);
    if (!set) {
      set = new Set<number>();
      let literal = 0;
      for (const p of pieces) literal += p.length;
      if (literal <= MAX_PATTERN_WORD) {
        for (let w = 0; w < V; w++) if (matchesPattern(pieces, words[w])) set.add(w);
      }
      if (patternCache.size > 256) patternCache.clear();
      patternCache.set(cacheKey, set);
    }
    return set;
  };

  const postingsOf = (r: Resolved): ArrayLike<number> => {
    if (!r.set) return post.subarray(off[r.id], off[r.id + 1]);
    const all: number[] = [];
    for (const w of r.set) for (let k = off[w]; k < off[w + 1]; k++) all.push(post[k]);
    return all.sort((a, b) => a - b);
  };

  const find = (quote: string): QuoteMatch[] => {
    const { fragments, gaps } = parseQuote(quote);
    if (fragments.length === 0 || N === 0) return [];

    // Resolve every word; a word the opinion never uses settles the question at once.
    const resolved: Resolved[][] = [];
    for (const frag of fragments) {
      const rf: Resolved[] = [];
      for (const w of frag) {
        if (w.pieces) {
          const set = patternIds(w.pieces);
          if (set.size === 0) return [];
          let count = 0;
          for (const id of set) count += off[id + 1] - off[id];
          rf.push({ id: -1, set, count });
        } else {
          const id = vocab.get(w.key);
          if (id === undefined) return [];
          rf.push({ id, set: null, count: off[id + 1] - off[id] });
        }
      }
      resolved.push(rf);
    }

    let work = 0;
    const same = (r: Resolved, q: number) => (r.set ? r.set.has(ids[q]) : r.id === ids[q]);
    // Matches fragment `rf` with its word `k` at token `p`, skipping footnote calls
    // that do not match the next quoted word. Returns [first, last] tokens or null.
    const extend = (rf: Resolved[], k: number, p: number): [number, number] | null => {
      let q = p - 1;
      for (let x = k - 1; x >= 0; x--) {
        for (;;) {
          if (q < 0) return null;
          if (same(rf[x], q)) break;
          if (!calls[q]) return null;
          q--;
          work++;
        }
        q--;
        work++;
      }
      const first = q + 1;
      q = p + 1;
      for (let x = k + 1; x < rf.length; x++) {
        for (;;) {
          if (q >= N) return null;
          if (same(rf[x], q)) break;
          if (!calls[q]) return null;
          q++;
          work++;
        }
        q++;
        work++;
      }
      if (work > WORK_BUDGET) throw new BudgetExceeded();
      return [first, q - 1];
    };

    // Each fragment is looked up from its rarest word.
    const anchorOf: number[] = [];
    const anchorLists: ArrayLike<number>[] = [];
    let rarest = 0;
    for (let f = 0; f < resolved.length; f++) {
      const rf = resolved[f];
      let k = 0;
      for (let x = 1; x < rf.length; x++) if (rf[x].count < rf[k].count) k = x;
      anchorOf.push(k);
      anchorLists.push(postingsOf(rf[k]));
      if (rf[k].count < resolved[rarest][anchorOf[rarest]].count) rarest = f;
    }

    // Every match contains a match of the rarest fragment, and around it at most
    // as many words as the rest of the quote has plus the gaps it allows (footnote
    // calls aside, which the non-call prefix counts leave out). Only anchors in
    // those windows are tried, so a common fragment (`the [court]`) costs little.
    const winLo: number[] = [];
    const winHi: number[] = [];
    {
      let before = 0;
      let after = 0;
      for (let f = 0; f < resolved.length; f++) {
        if (f < rarest) before += resolved[f].length + gaps[f + 1];
        else if (f > rarest) after += resolved[f].length + gaps[f];
      }
      const rf = resolved[rarest];
      const anchors = anchorLists[rarest];
      for (let a = 0; a < anchors.length; a++) {
        work++;
        const m = extend(rf, anchorOf[rarest], anchors[a]);
        if (!m) continue;
        // lo: first token with at most `before` non-call tokens from it to the match.
        let lo = 0;
        let hi = m[0];
        const needLo = nonCall[m[0]] - before;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (nonCall[mid] >= needLo) hi = mid;
          else lo = mid + 1;
        }
        const from = lo;
        // to: last token with at most `after` non-call tokens after the match up to it.
        lo = m[1];
        hi = N - 1;
        const needHi = nonCall[m[1] + 1] + after;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (nonCall[mid + 1] <= needHi) lo = mid;
          else hi = mid - 1;
        }
        const to = lo;
        if (winLo.length && from <= winHi[winHi.length - 1] + 1) winHi[winHi.length - 1] = Math.max(winHi[winHi.length - 1], to);
        else {
          winLo.push(from);
          winHi.push(to);
        }
      }
      if (winLo.length === 0) return [];
    }

    // Chain the fragments in order. For each placement of fragment f we keep the
    // closest placement of fragment f-1 before it (the one ending last), which is
    // the one most likely to be within the allowed gap.
    let prevEnd: Int32Array = new Int32Array(0);
    const links: Int32Array[] = [];
    const starts: Int32Array[] = [];
    for (let f = 0; f < resolved.length; f++) {
      const rf = resolved[f];
      const k = anchorOf[f];
      const anchors = anchorLists[f];
      // At most one placement per anchor in the windows: size the arrays once
      // (growing plain arrays is what made huge inputs slow).
      const firstIn: number[] = [];
      let cap = 0;
      for (let w = 0; w < winLo.length; w++) {
        const a = lowerBound(anchors, winLo[w]);
        firstIn.push(a);
        cap += lowerBound(anchors, winHi[w] + 1) - a;
      }
      work += cap;
      if (work > WORK_BUDGET) return [];
      const curStart = new Int32Array(cap);
      const curEnd = new Int32Array(cap);
      const curLink = new Int32Array(cap);
      let count = 0;
      // Placements come in anchor order, so their ends almost always ascend; sort only when not.
      let order: number[] | null = null;
      for (let x = 1; x < prevEnd.length; x++) {
        if (prevEnd[x] < prevEnd[x - 1]) {
          const ends = prevEnd;
          order = Array.from(ends, (_, y) => y).sort((u, v) => ends[u] - ends[v]);
          break;
        }
      }
      const endAt = (x: number) => prevEnd[order ? order[x] : x];
      const minEnd = prevEnd.length ? endAt(0) : -1;
      for (let w = 0; w < winLo.length; w++) {
        for (let a = firstIn[w]; a < anchors.length && anchors[a] <= winHi[w]; a++) {
          const p = anchors[a];
          if (f > 0 && p <= minEnd) continue;
          work++;
          const m = extend(rf, k, p);
          if (!m) continue;
          if (count > 0 && curStart[count - 1] === m[0]) continue;
          let link = -1;
          if (f > 0) {
            let blo = 0;
            let bhi = prevEnd.length - 1;
            let best = -1;
            while (blo <= bhi) {
              const mid = (blo + bhi) >> 1;
              if (endAt(mid) < m[0]) {
                best = mid;
                blo = mid + 1;
              } else bhi = mid - 1;
            }
            if (best < 0 || m[0] - endAt(best) - 1 > gaps[f]) continue;
            link = order ? order[best] : best;
          }
          curStart[count] = m[0];
          curEnd[count] = m[1];
          curLink[count] = link;
          count++;
        }
      }
      if (count === 0) return [];
      links.push(curLink);
      starts.push(curStart);
      prevEnd = curEnd.subarray(0, count);
    }

    // Trace each placement of the last fragment back to where its chain starts.
    const last = resolved.length - 1;
    const n = prevEnd.length;
    const chainStart = new Int32Array(n);
    let sorted = true;
    for (let x = 0; x < n; x++) {
      let idx = x;
      for (let f = last; f > 0; f--) idx = links[f][idx];
      chainStart[x] = starts[0][idx];
      if (x > 0 && chainStart[x] < chainStart[x - 1]) sorted = false;
    }
    const byStart = Array.from(chainStart, (_, x) => x);
    if (!sorted) byStart.sort((u, v) => chainStart[u] - chainStart[v] || prevEnd[u] - prevEnd[v]);
    const out: QuoteMatch[] = [];
    let lastEnd = -1;
    for (const x of byStart) {
      const s = chainStart[x];
      const e = prevEnd[x];
      if (s <= lastEnd) continue; // overlaps a match already reported
      lastEnd = e;
      out.push({ start: map.start(tokFrom[s]), end: map.end(tokTo[e]) });
    }
    return out;
  };

  return {
    find(quote: string): QuoteMatch[] {
      try {
        return find(quote);
      } catch {
        // BudgetExceeded, or anything unforeseen: no match is the safe answer.
        return [];
      }
    },
  };
}
