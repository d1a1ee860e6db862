// The tokenizer of the quotation matcher (quotes.ts), shared by the opinion
// (text mode) and the quotation (quote mode) so both sides cut words the same
// way: lower-cased letters and digits, punctuation dropped, apostrophes and
// hyphens inside a word deleted, footnote calls told apart from words, and in
// a quotation its ellipses and bracketed alterations read as omissions.

/** Opinion words an ellipsis may stand for. */
const ELLIPSIS_GAP = 400;
/** Opinion words a bracketed group of words (`[the court]`) may replace. */
const GROUP_GAP = 8;
/** Longest bracketed part inside a word (`[a]bstention`); longer brackets are groups. */
const MAX_WORD_BRACKET = 40;
/** Longest bracketed group looked for; a `[` without a `]` this close is punctuation. */
const MAX_GROUP_BRACKET = 200;

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
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 41 || c === 93 || c === 34 || c === 39 || c === 33 || c === 63 || c === 0x201d || c === 0x2019;
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

export interface Sink {
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
      const next = afterJoiner(t, j, c);
      if (next >= 0) {
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
  return emitWord(t, i, j, key, pieces, joined, digitRun, digitAfterLetter, quote, sink);
}

/**
 * Where a word goes on after the apostrophe or hyphen `c` at `j` (past a line
 * break after a hyphen), or -1 when the word ends there.
 */
function afterJoiner(t: string, j: number, c: number): number {
  const n = t.length;
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
  return isWordAt(t, next) ? next : -1;
}

/**
 * Hands the word read from `i` to `j` to the sink: a pattern (quote mode), a
 * footnote call (`n5`, a number glued after punctuation), a word with a call
 * glued to it (`claim9`), or a plain word. Returns `j`.
 */
function emitWord(
  t: string,
  i: number,
  j: number,
  key: string,
  pieces: string[],
  joined: boolean,
  digitRun: number,
  digitAfterLetter: boolean,
  quote: boolean,
  sink: Sink,
): number {
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

export function scan(t: string, quote: boolean, sink: Sink): void {
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
