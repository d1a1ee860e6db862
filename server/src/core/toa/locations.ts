// Where a citation sits, as a table of authorities names it: the page when the
// brief marks its pages, else the heading of the section it is in.
//
// Pages: a form feed (`\f`) starts the next page; `<!-- page 7 -->` starts
// page 7 (and form feeds count on from there). Text before any mark is page 1.
//
// Headings: in a document with at least one ATX heading (`#` … `######`,
// outside fenced code), those headings; otherwise plain-text heading lines: a
// line between blank lines (or the document's edges) that is in capitals
// (`ARGUMENT`, with three capital letters in a row and no lower-case letter) or
// starts with an outline number (`I. The Claims`, `A. The State …`, `1. …`)
// and does not end like a sentence. Citations above every heading are in
// "Introduction".
//
// Call these on text whose generated tables are blanked (blankToaRegions), so
// the table's own headings and page marks never count.

import { romanOrNumber } from './sortKeys';

export const INTRODUCTION = 'Introduction';

export interface Locator {
  kind: 'pages' | 'headings';
  /** The location of `offset`: a page number or a heading's text. */
  at(offset: number): string;
}

interface Mark {
  offset: number;
  label: string;
}

export function makeLocator(text: string): Locator {
  const pages = pageMarks(text);
  if (pages) return { kind: 'pages', at: (o) => lookup(pages, o) ?? '1' };
  const heads = headings(text).map((h) => ({ offset: h.start, label: h.text }));
  return { kind: 'headings', at: (o) => lookup(heads, o) ?? INTRODUCTION };
}

/** The label of the last mark at or before `offset`. */
function lookup(marks: Mark[], offset: number): string | undefined {
  let lo = 0;
  let hi = marks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? marks[found].label : undefined;
}

const PAGE_COMMENT = /<!--[ \t]*page[ \t]+(\d{1,6})[ \t]*-->/gi;

/**
 * Page starts, or undefined when the brief marks no page. A page-marker
 * comment sets its page's number. Otherwise, when the pages a form feed parts
 * print their own numbers (a footer or header line holding only `7`, `- 7 -`
 * or `vii`, as a PDF's text has them), those numbers are the pages: a brief's
 * printed numbering often starts after its cover and tables. Pages with no
 * number of their own count on from the one before.
 */
function pageMarks(text: string): Mark[] | undefined {
  const events: Array<{ offset: number; set?: number }> = [];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) events.push({ offset: i });
  if (text.indexOf('<!--') >= 0) {
    PAGE_COMMENT.lastIndex = 0;
    for (let m = PAGE_COMMENT.exec(text); m; m = PAGE_COMMENT.exec(text)) events.push({ offset: m.index, set: Number(m[1]) });
  }
  if (events.length === 0) return undefined;
  events.sort((a, b) => a.offset - b.offset);
  // Pages: [0, first mark), then from each mark to the next.
  const starts = [{ offset: 0, set: undefined as number | undefined }, ...events];
  const printed = starts.map((e, k) => (e.set === undefined ? printedNumber(text, e.offset, k + 1 < starts.length ? starts[k + 1].offset : text.length) : undefined));
  // One stray number is no numbering: printed numbers count only when at least two pages have them.
  const usePrinted = printed.filter((p) => p !== undefined).length >= 2;
  const marks: Mark[] = [];
  let page: number | undefined = 1;
  let label = '1';
  starts.forEach((e, k) => {
    if (e.set !== undefined) {
      page = e.set;
      label = String(e.set);
    } else if (usePrinted && printed[k] !== undefined) {
      label = printed[k]!;
      page = /^\d+$/.test(label) ? Number(label) : undefined;
    } else if (k > 0) {
      // Counting on: from an arabic number; a roman one counts on as a roman.
      const r = /^[ivxlc]+$/i.test(label) ? romanOrNumber(label) : undefined;
      if (page !== undefined) label = String((page += 1));
      else if (r !== undefined) label = toRoman(r + 1, label === label.toUpperCase());
    }
    marks.push({ offset: e.offset, label });
  });
  return marks;
}

/** A page's own number printed alone on its last or first non-blank line: `7`, `- 7 -`, `Page 7`, `vii`. */
const PRINTED_NUMBER = /^[ \t]*(?:page[ \t]+|-[ \t]*)?(\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})(?:[ \t]*-)?[ \t]*$/i;

function printedNumber(text: string, start: number, end: number): string | undefined {
  // Only the page's edges are read: a bounded slice at each end.
  const head = text.slice(start, Math.min(end, start + 400)).replace(/^\f/, '');
  const tail = text.slice(Math.max(start, end - 400), end);
  const firstLine = head.split(/\r?\n/).find((l) => l.trim() !== '');
  const lastLine = tail
    .split(/\r?\n/)
    .reverse()
    .find((l) => l.trim() !== '');
  for (const l of [lastLine, firstLine]) {
    const m = l === undefined ? null : PRINTED_NUMBER.exec(l);
    if (m) return m[1];
  }
  return undefined;
}

function toRoman(n: number, upper: boolean): string {
  const parts: Array<[number, string]> = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [v, r] of parts) while (rest >= v) ((out += r), (rest -= v));
  return upper ? out.toUpperCase() : out;
}

export interface Heading {
  /** Offset of the heading line's first character. */
  start: number;
  /** Offset just past the heading line (before its line break). */
  end: number;
  /** The heading's words: markers and emphasis removed, spaces collapsed. */
  text: string;
  /** 1–6 for ATX headings; 0 for plain-text heading lines. */
  level: number;
}

interface Line {
  start: number;
  end: number; // before `\r\n` / `\n`
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start, end, text: text.slice(start, end) });
    start = nl + 1;
  }
  return out;
}

/** The document's headings: ATX headings if it has any, else plain-text heading lines. */
export function headings(text: string): Heading[] {
  const ls = lines(text);
  const atx = atxHeadings(ls);
  return atx.length > 0 ? atx : plainHeadings(ls);
}

function atxHeadings(ls: Line[]): Heading[] {
  const out: Heading[] = [];
  let fence: string | undefined;
  for (const l of ls) {
    const t = l.text.replace(/^ {0,3}/, '');
    const f = /^(`{3,}|~{3,})/.exec(t);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
      continue;
    }
    if (fence || t[0] !== '#') continue;
    let level = 0;
    while (level < 7 && t[level] === '#') level++;
    if (level > 6 || (level < t.length && t[level] !== ' ' && t[level] !== '\t')) continue;
    // A closing sequence of #s is not part of the heading; no real heading is longer than MAX_HEADING.
    const words = clean(
      t
        .slice(level, level + MAX_HEADING)
        .trim()
        .replace(/(?:^|\s)#+$/, ''),
    );
    if (words) out.push({ start: l.start, end: l.end, text: words, level });
  }
  return out;
}

/** Longest heading text read (a longer line is cut): keeps cleaning linear on any input. */
const MAX_HEADING = 500;
/** Longest line taken for a plain-text heading. */
export const MAX_PLAIN_HEADING = 200;

const OUTLINE = /^(?:[IVXLC]{1,7}|[A-Z]|\d{1,3})\.\s+["'“‘(]?[A-Z0-9§]/;

function plainHeadings(ls: Line[]): Heading[] {
  const out: Heading[] = [];
  const blank = (k: number) => k < 0 || k >= ls.length || ls[k].text.trim() === '';
  for (let k = 0; k < ls.length; k++) {
    const raw = ls[k].text.trim();
    if (raw === '' || raw.length > MAX_PLAIN_HEADING || !blank(k - 1) || !blank(k + 1)) continue;
    const words = clean(raw);
    if (isPlainHeading(words)) out.push({ start: ls[k].start, end: ls[k].end, text: words, level: 0 });
  }
  return out;
}

/** Capitals (`ARGUMENT`), or an outline number before words that do not end like a sentence. */
export function isPlainHeading(words: string): boolean {
  if (words === '') return false;
  if (!/\p{Ll}/u.test(words) && /[A-Z]{3}/.test(words)) return true;
  return OUTLINE.test(words) && !/[.;:,]$/.test(words);
}

/** Heading text without Markdown: emphasis, escapes, links and code marks removed, spaces collapsed. */
export function clean(s: string): string {
  return s
    .replace(/\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/[*`]/g, '')
    .replace(/(^|[\s(])_+|_+(?=$|[\s).,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
