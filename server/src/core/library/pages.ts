// Where an opinion's reporter pages, footnotes and headings are, in original-text
// offsets, so a pin cite (`at 228`, `n.5`) can be checked against the text and
// a link can open at the right place. Built once per text, queried often: every
// lookup is a binary search (or a Map). Pure: no file system, no editor types.
//
// - Pages come from `normalize(text).pageMarkers`, so the star-page rules
//   (Lexis `[*228]`, West `*228` glued into words) live in one place.
// - Lexis footnotes are the numbered paragraphs after a `Notes` line; their
//   call-outs are ` nK` tokens in the body. West texts carry no footnote text.
// - Slip opinions have no pages; footnote texts sit in the body flow on lines
//   starting with a superscript label (`⁴ Doc. #44-1`, ` $^{^{20}}$ Doc. #41`),
//   and headings are lines standing alone between blank lines.
//
// Everything is a linear scan by hand over lines or characters: the input may be
// any file the writer points Pincite at, so no backtracking regular expressions.

import { normalize } from '../text/normalize';
import type { FootnoteRange, PageRange, Pagination, SectionRange } from './types';

export interface PageIndex {
  pagination: Pagination;
  /** Star pages in text order; empty for a slip opinion. A page runs from its marker's start to the next marker's start (the last page to the start of the Notes/footnote block if there is one, else to the end of text). */
  pages: PageRange[];
  footnotes: FootnoteRange[];
  sections: SectionRange[];
  /** Offset where the opinion's own text begins (the first marker for paginated texts; for the slip, the start of the first line after the caption, i.e. the `ORDER GRANTING…` line is fine). */
  bodyStart: number;
  /** The reporter page holding `offset`: the page whose range holds it; inside a footnote's text, the page of its call-out; undefined before the first marker, and for slip opinions. */
  pageAt(offset: number): number | undefined;
  /** Offset where `page` begins (its marker's start), or undefined when the text does not hold that page. */
  pageStart(page: number): number | undefined;
  /** The footnote with this label (`5`). */
  footnote(label: string): FootnoteRange | undefined;
  /** The innermost section holding `offset` (slip opinions). */
  sectionAt(offset: number): SectionRange | undefined;
}

export function buildPageIndex(text: string, pagination: Pagination): PageIndex {
  let parts: Parts;
  try {
    parts = typeof text === 'string' ? build(text, pagination) : emptyParts();
  } catch {
    // A malformed file must never take the server down; an empty index just
    // means nothing in it can be linked or checked.
    parts = emptyParts();
  }
  return makeIndex(pagination, parts);
}

interface Parts {
  pages: PageRange[];
  footnotes: FootnoteRange[];
  sections: SectionRange[];
  bodyStart: number;
}

function emptyParts(): Parts {
  return { pages: [], footnotes: [], sections: [], bodyStart: 0 };
}

function build(text: string, pagination: Pagination): Parts {
  if (pagination === 'slip') return buildSlip(text);
  return buildPaginated(text, pagination);
}

// ---------------------------------------------------------------------------
// Characters and lines

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** ASCII digit or a cased letter (so curly quotes and dashes count as word edges). */
function isAlnum(c: number): boolean {
  if (isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  const ch = String.fromCharCode(c);
  return ch.toUpperCase() !== ch.toLowerCase();
}
function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 11 ||
    c === 12 ||
    c === 0xa0 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Value of a superscript digit, or -1. */
function superDigit(c: number): number {
  if (c === 0x2070) return 0;
  if (c === 0xb9) return 1;
  if (c === 0xb2) return 2;
  if (c === 0xb3) return 3;
  if (c >= 0x2074 && c <= 0x2079) return c - 0x2070;
  return -1;
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the line break (or end of text); a `\r` before it is excluded. */
  end: number;
  /** First and end offsets of the line without surrounding whitespace (equal when blank). */
  tStart: number;
  tEnd: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let nl = text.indexOf('\n', start);
    const last = nl < 0;
    if (last) nl = text.length;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    let tStart = start;
    while (tStart < end && isSpaceCode(text.charCodeAt(tStart))) tStart++;
    let tEnd = end;
    while (tEnd > tStart && isSpaceCode(text.charCodeAt(tEnd - 1))) tEnd--;
    lines.push({ start, end, tStart, tEnd });
    if (last) break;
    start = nl + 1;
  }
  return lines;
}

function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.tStart === line.tEnd;
}

/** Moves `end` back over whitespace, not past `start`. */
function trimBack(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

// ---------------------------------------------------------------------------
// Lexis and West

function buildPaginated(text: string, pagination: 'lexis' | 'west'): Parts {
  // Lexis texts can hold star pins that look like West markers; only the
  // bracketed markers are the reporter's pages there.
  const markers = normalize(text).pageMarkers.filter((m) => pagination === 'west' || m.style === 'lexis');
  const lines = pagination === 'lexis' ? splitLines(text) : [];
  const firstMarker = markers.length > 0 ? markers[0].span.start : 0;
  // From the first marker on: a caption line is never the Notes line, and Lexis
  // may put a star page inside a footnote, so the block can follow the last marker.
  const notes = pagination === 'lexis' ? findNotesLine(text, lines, firstMarker) : -1;
  const bodyEnd = notes >= 0 ? lines[notes].start : text.length;

  const pages: PageRange[] = [];
  for (let i = 0; i < markers.length; i++) {
    const start = markers[i].span.start;
    if (start >= bodyEnd) break;
    const end = i + 1 < markers.length ? Math.min(markers[i + 1].span.start, bodyEnd) : bodyEnd;
    pages.push({ page: markers[i].page, start, end });
  }

  const footnotes = notes >= 0 ? lexisFootnotes(text, lines, notes) : [];
  if (footnotes.length > 0) {
    const calls = lexisCallOuts(text, bodyEnd);
    for (const fn of footnotes) {
      const at = calls.get(fn.label);
      if (at === undefined) continue;
      fn.callOut = at;
      fn.page = pageIn(pages, at);
    }
  }
  return { pages, footnotes, sections: [], bodyStart: firstMarker };
}

/** Index of the first `Notes` (or `Footnotes`) line at or after `after`, or -1. */
function findNotesLine(text: string, lines: Line[], after: number): number {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.start < after) continue;
    const len = l.tEnd - l.tStart;
    if (len !== 5 && len !== 9) continue;
    const word = text.slice(l.tStart, l.tEnd);
    if (word === 'Notes' || word === 'Footnotes' || word === 'NOTES' || word === 'FOOTNOTES') return i;
  }
  return -1;
}

/**
 * The numbered paragraphs after the Notes line. Numbers must run 1, 2, 3 … so
 * a numbered list inside a footnote does not split it; a footnote runs to the
 * next one (so it keeps any later paragraphs of its own).
 */
function lexisFootnotes(text: string, lines: Line[], notes: number): FootnoteRange[] {
  const found: FootnoteRange[] = [];
  let expected = 0; // 0 until the first footnote: the block may start at any number
  for (let i = notes + 1; i < lines.length; i++) {
    const l = lines[i];
    const n = footnoteNumber(text, l);
    if (n === undefined || (expected !== 0 && n !== expected)) continue;
    found.push({ label: String(n), start: l.tStart, end: l.tEnd });
    expected = n + 1;
  }
  for (let k = 0; k < found.length; k++) {
    const next = k + 1 < found.length ? found[k + 1].start : text.length;
    found[k].end = trimBack(text, found[k].start, next);
  }
  return found;
}

/** `12. Text` or `n12 Text` at a line's start: the number, else undefined. */
function footnoteNumber(text: string, l: Line): number | undefined {
  let i = l.tStart;
  if (text.charCodeAt(i) === 110 /* n */) i++;
  const digits = i;
  while (i < l.tEnd && i - digits < 4 && isDigit(text.charCodeAt(i))) i++;
  if (i === digits || isDigit(text.charCodeAt(i))) return undefined;
  const dotted = text.charCodeAt(i) === 46; /* . */
  if (dotted === (digits !== l.tStart)) return undefined; // `12.` or `n12`, not `n12.` nor `12`
  if (dotted) i++;
  if (i < l.tEnd && !isSpaceCode(text.charCodeAt(i))) return undefined;
  return Number(text.slice(digits, dotted ? i - 1 : i));
}

/** First offset of each ` nK` call-out (the `n`) before `end`. */
function lexisCallOuts(text: string, end: number): Map<string, number> {
  const calls = new Map<string, number>();
  let i = text.indexOf('n', 0);
  while (i >= 0 && i < end) {
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    let j = i + 1;
    while (j < end && j - i <= 4 && isDigit(text.charCodeAt(j))) j++;
    if (j > i + 1 && !isAlnum(prev) && (j >= text.length || !isAlnum(text.charCodeAt(j)))) {
      const label = String(Number(text.slice(i + 1, j)));
      if (!calls.has(label)) calls.set(label, i);
    }
    i = text.indexOf('n', Math.max(j, i + 1));
  }
  return calls;
}

/** Last page whose start is at or before `offset`, when its range holds it. */
function pageIn(pages: PageRange[], offset: number): number | undefined {
  const k = lastStartAtOrBefore(pages, offset);
  return k >= 0 && offset < pages[k].end ? pages[k].page : undefined;
}

// ---------------------------------------------------------------------------
// Slip opinions

function buildSlip(text: string): Parts {
  const lines = splitLines(text);
  const { bodyStart, headingsFrom } = findCaptionEnd(text, lines);

  const footnotes: FootnoteRange[] = [];
  const isNote = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const label = superLabelAt(text, l.tStart, l.tEnd);
    if (!label || label.end >= l.tEnd || !isSpaceCode(text.charCodeAt(label.end))) continue;
    isNote[i] = true;
    footnotes.push({ label: label.value, start: l.tStart, end: l.tEnd });
  }

  // Call-outs: superscript labels in running text, i.e. not opening a line and
  // not on a footnote's own line.
  const calls = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (isNote[i]) continue;
    const l = lines[i];
    for (let p = l.tStart + 1; p < l.tEnd; p++) {
      const c = text.charCodeAt(p);
      if (superDigit(c) < 0 && c !== 36 /* $ */) continue;
      const label = superLabelAt(text, p, l.tEnd);
      if (!label) continue;
      if (!calls.has(label.value)) calls.set(label.value, p);
      p = label.end - 1;
    }
  }
  for (const fn of footnotes) {
    const at = calls.get(fn.label);
    if (at !== undefined) fn.callOut = at;
  }

  return { pages: [], footnotes, sections: slipSections(text, lines, headingsFrom, isNote), bodyStart };
}

/** A superscript label at `p`: a run of superscript digits, or `$^{^{20}}$` / `$^{20}$`. */
function superLabelAt(text: string, p: number, end: number): { value: string; end: number } | undefined {
  let q = p;
  let value = 0;
  while (q < end && q - p < 4 && superDigit(text.charCodeAt(q)) >= 0) value = value * 10 + superDigit(text.charCodeAt(q++));
  if (q > p) return superDigit(text.charCodeAt(q)) >= 0 ? undefined : { value: String(value), end: q };
  // The LaTeX-ish form some converters write: `$^{` [`^{`] digits `}` [`}`] `$`.
  if (!text.startsWith('$^{', p)) return undefined;
  q = p + 3;
  const nested = text.startsWith('^{', q);
  if (nested) q += 2;
  const d = q;
  while (q < end && q - d < 4 && isDigit(text.charCodeAt(q))) q++;
  if (q === d) return undefined;
  const digits = text.slice(d, q);
  const close = nested ? '}}$' : '}$';
  if (!text.startsWith(close, q)) return undefined;
  return { value: String(Number(digits)), end: q + close.length };
}

/**
 * The caption (court, parties, docket) is a stack of short lines; the opinion
 * begins at its title line (`ORDER GRANTING …`) just above the first paragraph
 * of prose. Headings are looked for only after the title, which is all caps too.
 */
function findCaptionEnd(text: string, lines: Line[]): { bodyStart: number; headingsFrom: number } {
  let prose = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.tEnd - l.tStart >= 100 && hasLower(text, l.tStart, l.tEnd)) {
      prose = i;
      break;
    }
  }
  if (prose < 0) return { bodyStart: 0, headingsFrom: 0 };
  // Walk back over up to three all-caps title lines; the topmost is the title.
  let title = -1;
  let seen = 0;
  for (let i = prose - 1; i >= 0 && seen < 3; i--) {
    const l = lines[i];
    if (isBlank(l)) continue;
    if (!isCapsLine(text, l) || text.charCodeAt(l.tEnd - 1) === 44 /* , */) break;
    title = i;
    seen++;
  }
  if (title < 0) return { bodyStart: lines[prose].tStart, headingsFrom: prose };
  return { bodyStart: lines[title].tStart, headingsFrom: title + 1 };
}

function hasLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== ch.toUpperCase()) return true;
  }
  return false;
}

/** At least three letters and no lower-case letter. */
function isCapsLine(text: string, l: Line): boolean {
  let letters = 0;
  for (let i = l.tStart; i < l.tEnd; i++) {
    const ch = text[i];
    const up = ch.toUpperCase();
    if (ch !== up) return false;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 3;
}

/** Words a title does not end with: a line ending so is a sentence cut by a footnote block. */
const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'that', 'is', 'was', 'be']);

/** The heading text of a line: Markdown `#` and `**…**` around it dropped. */
function headingText(text: string, l: Line): { start: number; end: number } {
  let s = l.tStart;
  let e = l.tEnd;
  while (s < e && text.charCodeAt(s) === 35 /* # */) s++;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (s < e && (text.charCodeAt(s) === 42 || text.charCodeAt(s) === 95) && (text.charCodeAt(e - 1) === 42 || text.charCodeAt(e - 1) === 95)) {
    s++;
    e--;
  }
  return { start: s, end: e };
}

function headingLevel(text: string, lines: Line[], i: number, isNote: boolean[]): 0 | 1 | 2 {
  const l = lines[i];
  // A heading stands alone between blank lines.
  if (isNote[i] || isBlank(l) || !isBlank(lines[i - 1]) || !isBlank(lines[i + 1])) return 0;
  const h = headingText(text, l);
  const len = h.end - h.start;
  if (len < 3 || len > 90) return 0;
  const last = text.charCodeAt(h.end - 1);
  if (isCapsLine(text, { start: h.start, end: h.end, tStart: h.start, tEnd: h.end })) {
    // `SO ORDERED.` ends a ruling; it is not a heading.
    return len <= 80 && last !== 46 && last !== 44 && last !== 59 && last !== 58 ? 1 : 0;
  }
  // A title-like line: starts with a capital, ends without punctuation, has no
  // comma, few words, and does not end on a function word.
  const first = text[h.start];
  if (first === first.toLowerCase()) return 0;
  if (!isAlnum(last) && last !== 41 /* ) */) return 0;
  const body = text.slice(h.start, h.end);
  if (body.includes(',') || body.includes('. ') || body.startsWith('/s/')) return 0;
  const words = body.split(' ').filter((w) => w.length > 0);
  if (words.length > 12) return 0;
  if (FUNCTION_WORDS.has(words[words.length - 1].toLowerCase())) return 0;
  return 2;
}

function slipSections(text: string, lines: Line[], from: number, isNote: boolean[]): SectionRange[] {
  const heads: Array<{ level: 1 | 2; title: string; start: number }> = [];
  let underTop = false;
  for (let i = from; i < lines.length; i++) {
    const level = headingLevel(text, lines, i, isNote);
    if (level === 0) continue;
    // Sub-headings only count under a top heading; before it they are caption.
    if (level === 2 && !underTop) continue;
    if (level === 1) underTop = true;
    const h = headingText(text, lines[i]);
    heads.push({ level, title: text.slice(h.start, h.end), start: lines[i].tStart });
  }
  // End offsets in one backward pass: the next heading at the same or a higher
  // level (a level-2 section ends at any heading).
  const sections = new Array<SectionRange>(heads.length);
  let nextAny = text.length;
  let nextTop = text.length;
  for (let k = heads.length - 1; k >= 0; k--) {
    const h = heads[k];
    const end = h.level === 1 ? nextTop : nextAny;
    sections[k] = { title: h.title, level: h.level, start: h.start, end };
    nextAny = h.start;
    if (h.level === 1) nextTop = h.start;
  }
  return sections;
}

// ---------------------------------------------------------------------------
// Lookups

/** Index of the last range whose start is <= offset, or -1 (ranges sorted by start). */
function lastStartAtOrBefore(ranges: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function makeIndex(pagination: Pagination, parts: Parts): PageIndex {
  const { pages, footnotes, sections, bodyStart } = parts;
  // Pages sorted by number for pageStart; a stable sort keeps the first marker
  // of a page that (oddly) appears twice ahead of the second.
  const byPage = pages.map((p) => ({ page: p.page, start: p.start })).sort((a, b) => a.page - b.page);
  const byLabel = new Map<string, FootnoteRange>();
  for (const fn of footnotes) if (!byLabel.has(fn.label)) byLabel.set(fn.label, fn);
  // One list per level, deepest first, so the innermost section wins.
  const levels = [...new Set(sections.map((s) => s.level))].sort((a, b) => b - a);
  const byLevel = levels.map((lv) => sections.filter((s) => s.level === lv));

  return {
    pagination,
    pages,
    footnotes,
    sections,
    bodyStart,
    pageAt(offset: number): number | undefined {
      const k = lastStartAtOrBefore(footnotes, offset);
      if (k >= 0 && offset < footnotes[k].end && footnotes[k].page !== undefined) return footnotes[k].page;
      return pageIn(pages, offset);
    },
    pageStart(page: number): number | undefined {
      let lo = 0;
      let hi = byPage.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byPage[mid].page < page) lo = mid + 1;
        else hi = mid;
      }
      return lo < byPage.length && byPage[lo].page === page ? byPage[lo].start : undefined;
    },
    footnote(label: string): FootnoteRange | undefined {
      return byLabel.get(label);
    },
    sectionAt(offset: number): SectionRange | undefined {
      // A footnote belongs to the section of its call-out, wherever the slip prints its text.
      const f = lastStartAtOrBefore(footnotes, offset);
      if (f >= 0 && offset < footnotes[f].end && footnotes[f].callOut !== undefined) offset = footnotes[f].callOut!;
      for (const list of byLevel) {
        const k = lastStartAtOrBefore(list, offset);
        if (k >= 0 && offset < list[k].end) return list[k];
      }
      return undefined;
    },
  };
}
