// Turns noisy brief or opinion text into text the citation scanner can read,
// keeping a map back to the original offsets.
//
// What is removed or replaced (and why):
// - `\r` of CRLF: line ends become `\n`.
// - no-break and other typographic spaces become a plain space.
// - curly quotes and apostrophes become straight ones (`Dep’t` is `Dep't`).
// - Markdown emphasis (`*Younger*`, `_id._`, `**bold**`) is deleted; an asterisk
//   followed by a digit is a star page and is kept unless it is a page marker.
// - star-page markers: Lexis `[*228]` / `[**3]` always; West `*228` when it fits
//   the running sequence of page markers (see `findWestMarkers`). A marker can sit
//   inside a citation: `10 F.Supp.2d at *227122` reads as `at 122`.
// - a word hyphenated across a line break (`Ser-\nvices`, or with a soft hyphen) is joined.
// - soft hyphens, zero-width characters and a backslash escaping punctuation
//   (`\$5`) are deleted.
// - page layout (see layout.ts): ECF stamps (`Case 3:21-cv-00107-JAM Document 70
//   Filed … Page 5 of 20`), running heads and page numbers, printed line
//   numbers, and the blank lines and page breaks inside a sentence.
// - footnote blocks that cut a sentence at a page's foot are read after it
//   (only when asked: `footnotes`).
// Every replacement is one character for one character, or a deletion, and a
// moved block keeps its characters in order, so the OffsetMap stays piecewise
// linear.

import { countBelow } from './sorted';
import { OffsetMap } from './offsetMap';
import { findLayout, type BlockCandidate, type Layout, type LayoutFacts, type Move } from './layout';
import type { PageMarker, Span } from '../types';

export interface NormalizedText {
  original: string;
  text: string;
  map: OffsetMap;
  pageMarkers: PageMarker[];
  /** What the page layout says about how to read spacing (see layout.ts). */
  layout: LayoutFacts;
  /** The brief's own tables of contents and authorities, in original offsets. */
  tables: Span[];
  /** Normalised offsets where a table entry starts: a citation's name never reaches back past one. */
  barriers: number[];
  /** Runs that may be block quotations, in original offsets (see layout.ts). */
  blocks: BlockCandidate[];
  /** Provisions a brief reproduces in its appendix, in original offsets. */
  appendix: Span[];
  /** Normalised offsets where the reading order leaves the text order (either side of a moved footnote block). */
  jumps: number[];
  /** Block quotations the page layout sets off (original offsets; see layout.ts). */
  blockQuotes: Span[];
  /** Where pages end in the text (original offsets; see layout.ts). */
  pageEdges: number[];
}

/** Normalised offsets of ascending original offsets, given the ascending deletions. */
function toNormalized(origs: number[], delAt: number[], delLen: number[]): number[] {
  const out: number[] = [];
  let d = 0;
  let shift = 0;
  for (const o of origs) {
    while (d < delAt.length && delAt[d] + delLen[d] <= o) shift += delLen[d++];
    // Inside a deleted run: the run's start.
    out.push(d < delAt.length && delAt[d] < o ? delAt[d] - shift : o - shift);
  }
  return out;
}

const NOISE = /\r|\u00ad[ \t]*\r?\n[ \t]*|[\u00ad\ufeff\u200b-\u200f*_\\[]|-[ \t]*\r?\n/g;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Records a deleted run: its original index and length (two numbers, not an object: a hostile text has millions). */
type Delete = (at: number, length: number) => void;

/** The start of a docket number before a hyphen at a line's end: `23-cv-1680`, `2:24-cv-01261`. */
const DOCKET_TAIL = /\b\d{1,2}(?::\d{2})?-[a-z]{2,4}-\d{2,6}$/i;

/** The offset after the blanks and at most three line breaks from `i`. */
function skipBlankLines(s: string, i: number): number {
  let breaks = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 10 && ++breaks > 3) break;
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9) break;
    i++;
  }
  return i;
}

/** What comes before a star pin that has no "at": a database number and a comma, or the star pin a range starts with. */
const DB_PIN_BEFORE = /(?:\b(?:WL|LEXIS|Lexis)[ \t]+\d{1,9},[ \t]?|\*\d{1,6}[ \t]?[-\u2013\u2014][ \t]?)$/;

/**
 * Page markers by position, in ascending order, each with a number (its length
 * or page): two arrays of numbers rather than a Map, which for the millions of
 * markers of a hostile text cost more than linear time (its table and the
 * collector's work on it grow with it).
 */
export class MarkerRuns {
  private readonly ats: number[] = [];
  private readonly lens: number[] = [];
  /** Adds a marker; positions come in ascending order. */
  add(at: number, len: number): void {
    this.ats.push(at);
    this.lens.push(len);
  }
  /** The marker's length at `at`, if one starts there. */
  get(at: number): number | undefined {
    const k = countBelow(this.ats, at);
    return k < this.ats.length && this.ats[k] === at ? this.lens[k] : undefined;
  }
  /** How many markers there are. */
  get size(): number {
    return this.ats.length;
  }
  /** The position of the k-th marker. */
  at(k: number): number {
    return this.ats[k];
  }
  /** The number (length or page) of the k-th marker. */
  value(k: number): number {
    return this.lens[k];
  }
}

/**
 * West-style star pages (`*228`) are told apart from star pins (`at *3`) by the
 * sequence they form: page markers in one text run upward one page at a time.
 * A candidate starts a sequence only when a later candidate continues it, and
 * once a sequence runs, the next marker's digits must begin with the expected
 * page; extra digits glued after it belong to the text (`*227122` is marker 227
 * and page 122). After `at`, a candidate is a marker only when its digits carry
 * such a glued tail, since `at *3` is how database pins are written.
 */
function findWestMarkers(src: string, lexis: MarkerRuns): MarkerRuns {
  // Candidates in parallel arrays of numbers (position, digits' value and count,
  // pin or not): a hostile text has hundreds of thousands, and objects and digit
  // strings for each cost the collector more than linear time.
  const cAt: number[] = [];
  const cValue: number[] = [];
  const cDigits: number[] = [];
  const cPin: boolean[] = [];
  // A star and one to seven digits (`\*\d{1,7}`), read by character code.
  for (let at = src.indexOf('*'); at >= 0; at = src.indexOf('*', at + 1)) {
    let k = at + 1;
    let value = 0;
    while (k - at <= 7 && k < src.length && isDigit(src.charCodeAt(k))) value = value * 10 + src.charCodeAt(k++) - 48;
    if (k === at + 1) continue;
    if (at > 0 && (src.charCodeAt(at - 1) === 42 /* * */ || src.charCodeAt(at - 1) === 91) /* [ */) continue;
    cAt.push(at);
    cValue.push(value);
    cDigits.push(k - at - 1);
    cPin.push(isDatabasePin(src, at));
  }
  const result = new MarkerRuns();
  const count = cAt.length;
  if (count === 0) return result;
  // Lexis markers also advance the sequence; merge them in by position.
  let li = 0;
  let expected: number | null = null;
  for (let i = 0; i < count; i++) {
    const at = cAt[i];
    while (li < lexis.size && lexis.at(li) < at) {
      expected = lexis.value(li) + 1;
      li++;
    }
    if (expected !== null) {
      let matched = false;
      for (let page: number = expected; page <= expected + 1; page++) {
        const width = digitCount(page);
        if (!startsWithNumber(cValue[i], cDigits[i], page, width)) continue;
        if (cPin[i] && cDigits[i] === width) continue;
        result.add(at, width + 1);
        expected = page + 1;
        matched = true;
        break;
      }
      if (matched) continue;
    }
    if (cPin[i] || cDigits[i] > 5) continue;
    // Start (or restart) a sequence only when one of the next few candidates continues it.
    const next = cValue[i] + 1;
    const width = digitCount(next);
    for (let j = i + 1; j < Math.min(count, i + 4); j++) {
      if (startsWithNumber(cValue[j], cDigits[j], next, width)) {
        result.add(at, cDigits[i] + 1);
        expected = next;
        break;
      }
    }
  }
  return result;
}

/** The number of decimal digits of a non-negative integer. */
function digitCount(n: number): number {
  let k = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    k++;
  }
  return k;
}

/** Whether a run of `digits` digits with this value begins with the decimal digits of `page` (`width` of them), as the strings would. */
function startsWithNumber(value: number, digits: number, page: number, width: number): boolean {
  return width <= digits && Math.floor(value / 10 ** (digits - width)) === page;
}

/**
 * Whether the star at `at` is a database pin: `at *3`, `@ *3`, and without the
 * "at" `2006 WL 2455752, *3–4`, `*5-*7`. The characters just before the star
 * are looked at first, so that the patterns (and the slices they read) run only
 * where one could match.
 */
function isDatabasePin(src: string, at: number): boolean {
  let j = at - 1;
  while (j >= at - 4 && j >= 0 && isBlank(src.charCodeAt(j))) j--;
  const c = j >= 0 ? src.charCodeAt(j) : 0;
  if ((c === 116 /* t */ || c === 64 /* @ */ || c > 0x7f) && /(?:\bat|@)\s*$/.test(src.slice(Math.max(0, at - 4), at))) return true;
  let k = at - 1;
  if (k >= 0 && (src.charCodeAt(k) === 32 || src.charCodeAt(k) === 9)) k--;
  const d = k >= 0 ? src.charCodeAt(k) : 0;
  if (d !== 44 /* , */ && d !== 45 /* - */ && d !== 0x2013 && d !== 0x2014) return false;
  return DB_PIN_BEFORE.test(src.slice(Math.max(0, at - 40), at));
}

/** Whitespace as `\s` reads it, for the characters a brief has; any other non-ASCII character counts, so that the check after it decides. */
function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c > 0x7f;
}

/** The character a one-for-one replacement puts in place of `c`. */
function fold(c: number): number {
  if (c < 0xa0) return c === 9 || c === 11 || c === 12 ? 32 : c === 13 ? 10 : c;
  if (c === 0xa0) return 32;
  if (c < 0x2000 || c > 0x3000) return c;
  if (c <= 0x200a || c === 0x202f || c === 0x205f || c === 0x3000) return 32;
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033) return 34;
  return c;
}

const CHUNK = 8192;

interface NodeBufferLike {
  from(s: string, enc: 'utf16le'): Uint8Array & { buffer: ArrayBuffer; byteOffset: number };
  from(b: ArrayBuffer, offset: number, length: number): { toString(enc: 'utf16le'): string };
}
/** Node's Buffer converts between strings and UTF-16 code units natively; elsewhere a loop does. */
const NodeBuffer = (globalThis as { Buffer?: NodeBufferLike }).Buffer;

/**
 * Copies `src` without the deleted runs, folding characters, and records in
 * `map` where each deletion shifts the offsets.
 */
function copyFolded(src: string, delAt: number[], delLen: number[], map: OffsetMap): string {
  let units: Uint16Array;
  if (NodeBuffer) {
    const bytes = NodeBuffer.from(src, 'utf16le');
    units = new Uint16Array(bytes.buffer, bytes.byteOffset, src.length);
  } else {
    units = new Uint16Array(src.length);
    for (let i = 0; i < src.length; i++) units[i] = src.charCodeAt(i);
  }
  // Compact in place: deletions only ever move text to the left.
  let o = 0;
  let i = 0;
  for (let d = 0; d <= delAt.length; d++) {
    const stop = d < delAt.length ? delAt[d] : src.length;
    if (o !== i) units.copyWithin(o, i, stop);
    o += stop - i;
    i = stop;
    if (d < delAt.length) {
      i = stop + delLen[d];
      map.mark(o, i);
    }
  }
  for (let k = 0; k < o; k++) {
    const c = units[k];
    if (c === 9 || c === 11 || c === 12 || c === 13 || c >= 0xa0) units[k] = fold(c);
  }
  if (NodeBuffer) return NodeBuffer.from(units.buffer as ArrayBuffer, units.byteOffset, o * 2).toString('utf16le');
  const parts: string[] = [];
  for (let k = 0; k < o; k += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(o, k + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

export interface NormalizeOptions {
  /**
   * Read a footnote block that breaks a sentence at the foot of a PDF page
   * after the page on which the sentence ends (see layout.ts), so a citation
   * the block cuts in two reads whole. Offsets still map to the original.
   */
  footnotes?: boolean;
}

/**
 * Lays the normalised text out with each moved run read before its
 * destination. Moves whose ends fall inside a deleted run are dropped.
 */
function applyMoves(
  text: string,
  map: OffsetMap,
  moves: Move[],
  delAt: number[],
  delLen: number[],
): { text: string; map: OffsetMap; relocate: (x: number) => number; jumps: number[] } | undefined {
  const inside = (o: number) => {
    // The last deletion starting before o.
    const k = countBelow(delAt, o) - 1;
    return k >= 0 && delAt[k] + delLen[k] > o;
  };
  const ok = moves.filter((m) => m.from < m.to && m.to <= m.dest && !inside(m.from) && !inside(m.to) && !inside(m.dest));
  if (ok.length === 0) return undefined;
  const origs = [...new Set(ok.flatMap((m) => [m.from, m.to, m.dest]))].sort((a, b) => a - b);
  const norm = new Map<number, number>();
  toNormalized(origs, delAt, delLen).forEach((n, k) => norm.set(origs[k], n));
  // Events in the normalised text: a moved run is skipped where it stands and read at its destination.
  const runs = ok.map((m) => ({ a: norm.get(m.from)!, b: norm.get(m.to)!, d: norm.get(m.dest)! })).filter((r) => r.a < r.b && r.b <= r.d);
  const pieces: Array<[number, number]> = [];
  const byDest = [...runs].sort((x, y) => x.d - y.d || x.a - y.a);
  const bySkip = [...runs].sort((x, y) => x.a - y.a);
  let cur = 0;
  let i = 0;
  let j = 0;
  while (i < byDest.length || j < bySkip.length) {
    const insertAt = i < byDest.length ? byDest[i].d : Infinity;
    const skipAt = j < bySkip.length ? bySkip[j].a : Infinity;
    if (insertAt <= skipAt) {
      if (insertAt < cur) return undefined;
      pieces.push([cur, insertAt]);
      cur = insertAt;
      for (; i < byDest.length && byDest[i].d === insertAt; i++) pieces.push([byDest[i].a, byDest[i].b]);
    } else {
      if (skipAt < cur) return undefined;
      pieces.push([cur, skipAt]);
      cur = bySkip[j].b;
      j++;
    }
  }
  pieces.push([cur, text.length]);
  const kept = pieces.filter(([a, b]) => b > a);
  const starts: number[] = [];
  let pos = 0;
  for (const [a, b] of kept) {
    starts.push(pos);
    pos += b - a;
  }
  if (pos !== text.length) return undefined;
  const relocate = (x: number) => {
    for (let k = 0; k < kept.length; k++) if (kept[k][0] <= x && x < kept[k][1]) return starts[k] + x - kept[k][0];
    return x;
  };
  const jumps: number[] = [];
  for (let k = 1; k < kept.length; k++) if (kept[k][0] !== kept[k - 1][1]) jumps.push(starts[k]);
  return { text: kept.map(([a, b]) => text.slice(a, b)).join(''), map: map.rearranged(kept), relocate, jumps };
}

export function normalize(src: string, options: NormalizeOptions = {}): NormalizedText {
  const map = new OffsetMap();
  const { pageMarkers, lexisLen, west } = readPageMarkers(src);
  // Layout deletions are merged in as the noise pass reaches them.
  const layout = findLayout(src, { footnotes: options.footnotes });
  const { delAt, delLen } = findDeletions(src, layout, lexisLen, west);
  const text = copyFolded(src, delAt, delLen, map);
  const barriers = toNormalized(layout.barriers, delAt, delLen);
  const moved = layout.moves.length ? applyMoves(text, map, layout.moves, delAt, delLen) : undefined;
  return {
    original: src,
    text: moved ? moved.text : text,
    map: moved ? moved.map : map,
    pageMarkers,
    layout: layout.facts,
    tables: layout.tables,
    barriers: moved ? barriers.map(moved.relocate).sort((a, b) => a - b) : barriers,
    blocks: layout.blocks,
    appendix: layout.appendix,
    jumps: moved ? moved.jumps : [],
    blockQuotes: layout.blockQuotes,
    pageEdges: layout.pageEdges,
  };
}

/**
 * The star-page markers, in text order: Lexis markers first (they are
 * unambiguous and seed the West sequence), then West ones. Also the length of
 * every Lexis bracket (`[**3]` included) and West marker by its offset, for
 * deleting them.
 */
function readPageMarkers(src: string): { pageMarkers: PageMarker[]; lexisLen: MarkerRuns; west: MarkerRuns } {
  const pageMarkers: PageMarker[] = [];
  // Lexis markers by position (their pages, and their lengths with `[**n]` too), in ascending order.
  const lexis = new MarkerRuns();
  const lexisLen = new MarkerRuns();
  const lre = /\[\*{1,2}(\d{1,6})\]/g;
  let lm: RegExpExecArray | null;
  while ((lm = lre.exec(src))) {
    lexisLen.add(lm.index, lm[0].length);
    if (lm[0][2] !== '*') {
      lexis.add(lm.index, Number(lm[1]));
      pageMarkers.push({ page: Number(lm[1]), span: { start: lm.index, end: lm.index + lm[0].length }, style: 'lexis' });
    }
  }
  const west = src.indexOf('*') >= 0 ? findWestMarkers(src, lexis) : new MarkerRuns();
  for (let k = 0; k < west.size; k++) {
    const at = west.at(k);
    const len = west.value(k);
    let page = 0;
    for (let k = at + 1; k < at + len; k++) page = page * 10 + src.charCodeAt(k) - 48;
    pageMarkers.push({ page, span: { start: at, end: at + len }, style: 'west' });
  }
  // Each style's markers come in order; only a text with both needs sorting.
  if (lexis.size > 0 && west.size > 0) pageMarkers.sort((a, b) => a.span.start - b.span.start);
  return { pageMarkers, lexisLen, west };
}

/**
 * Pass 1: what to delete, ascending and disjoint (pass 2, copyFolded, copies
 * the rest, folding one-for-one replacements such as spaces, quotes and a
 * lone \r on the way). Reading the deletions off the original keeps every
 * check below on the text as written. The layout's deletions are merged in
 * as the noise pass reaches them.
 */
function findDeletions(clean: string, layout: Layout, lexisLen: MarkerRuns, west: MarkerRuns): { delAt: number[]; delLen: number[] } {
  const delAt: number[] = [];
  const delLen: number[] = [];
  let copyFrom = 0; // original index of the first character not yet deleted past
  const del: Delete = (at, length) => {
    delAt.push(at);
    delLen.push(length);
    copyFrom = at + length;
  };

  let li = 0;
  const flushLayout = (upTo: number) => {
    while (li < layout.delAt.length && layout.delAt[li] <= upTo) {
      const at = layout.delAt[li];
      const end = at + layout.delLen[li];
      li++;
      if (end <= copyFrom) continue;
      const from = Math.max(at, copyFrom);
      del(from, end - from);
    }
  };

  NOISE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOISE.exec(clean))) {
    const at = m.index;
    flushLayout(at);
    if (at < copyFrom) {
      NOISE.lastIndex = Math.max(NOISE.lastIndex, copyFrom);
      continue;
    }
    const s = m[0];
    const c = s.charCodeAt(0);
    if (s.length > 1) {
      if (c === 0xad) {
        // A soft hyphen where a line breaks is the word broken there (`Pear\u00ad\nson`): join it.
        del(at, s.length);
        continue;
      }
      if (c === 45 /* - */) NOISE.lastIndex = lineEndHyphen(clean, at, s.length, del);
      continue;
    }
    const next = characterNoise(clean, at, s, lexisLen, west, del);
    if (next !== undefined) NOISE.lastIndex = next;
  }
  flushLayout(Infinity);
  return { delAt, delLen };
}

/** A one-character match `s` of the noise pass at `at`: what it deletes. Returns where the noise pass goes on, or undefined to go on as it would. */
function characterNoise(clean: string, at: number, s: string, lexisLen: MarkerRuns, west: MarkerRuns, del: Delete): number | undefined {
  switch (s) {
    case '\r': // the \r of \r\n goes; a lone \r is folded to \n when copying
      if (clean.charCodeAt(at + 1) === 10) del(at, 1);
      break;
    case '\u00ad':
    case '\ufeff':
    case '\u200b':
    case '\u200c':
    case '\u200d':
    case '\u200e':
    case '\u200f':
      del(at, 1);
      break;
    case '[': {
      const len = lexisLen.get(at);
      if (len !== undefined) {
        del(at, len);
        return at + len;
      }
      break;
    }
    case '*':
      return asterisks(clean, at, west, del);
    case '_':
      return underscores(clean, at, del);
    case '\\': {
      const next = clean[at + 1];
      if (next !== undefined && /[$*_#[\]()`{}.!&-]/.test(next)) del(at, 1);
      break;
    }
    default:
      break;
  }
  return undefined;
}

/** A hyphen at a line end (`length` with the line break and blanks): join only a word split across lines. Returns where the noise pass goes on. */
function lineEndHyphen(clean: string, at: number, length: number, del: Delete): number {
  const prev = at > 0 ? clean.charCodeAt(at - 1) : 0;
  let k = at + length;
  while (k < clean.length && (clean[k] === ' ' || clean[k] === '\t')) k++;
  if (isLetter(prev) && k < clean.length && isLower(clean.charCodeAt(k))) {
    del(at, k - at);
    return k;
  }
  if (DOCKET_TAIL.test(clean.slice(Math.max(0, at - 24), at)) && isAlnum(clean.charCodeAt(skipBlankLines(clean, at + 1)))) {
    // A docket number broken after one of its hyphens (`No. 23-cv-1680-\nBJR`,
    // double-spaced too): keep the hyphen, join the rest.
    const to = skipBlankLines(clean, at + 1);
    del(at + 1, to - at - 1);
    return to;
  }
  return at + 1;
}

/** An asterisk at `at`: a West page marker, a stray-spaced database pin, or emphasis. Returns where the noise pass goes on, or undefined to go on as it would. */
function asterisks(clean: string, at: number, west: MarkerRuns, del: Delete): number | undefined {
  const wl = west.get(at);
  if (wl !== undefined) {
    del(at, wl);
    return at + wl;
  }
  if (clean.charCodeAt(at + 1) === 32 && isDigit(clean.charCodeAt(at + 2)) && /\b(?:at|@)\s$/.test(clean.slice(Math.max(0, at - 4), at))) {
    // `at * 3`: a database pin with a stray space (CITE075), not emphasis.
    return at + 1;
  }
  if (!isDigit(clean.charCodeAt(at + 1))) {
    // Emphasis (or a list bullet): delete the whole run of asterisks.
    let k = at;
    while (clean.charCodeAt(k) === 42) k++;
    if (isDigit(clean.charCodeAt(k)) && k - at >= 1 && clean.charCodeAt(at - 1) !== 42) {
      // `**3` style Lexis-internal pins are rare; keep the last star with the digit.
      k--;
    }
    if (k > at) del(at, k - at);
    return Math.max(k, at + 1);
  }
  return undefined;
}

/** A run of underscores at `at`: `___ U.S. ___` placeholders stay; emphasis at a word edge goes. Returns where the noise pass goes on. */
function underscores(clean: string, at: number, del: Delete): number {
  let k = at;
  while (clean.charCodeAt(k) === 95) k++;
  const prev = at > 0 ? clean.charCodeAt(at - 1) : 32;
  const next = k < clean.length ? clean.charCodeAt(k) : 32;
  const standalone = !isAlnum(prev) && !isAlnum(next);
  if (!standalone && (!isAlnum(prev) || !isAlnum(next))) del(at, k - at);
  return k;
}
