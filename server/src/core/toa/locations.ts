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

/** Page starts, or undefined when the brief marks no page. */
function pageMarks(text: string): Mark[] | undefined {
  const events: Array<{ offset: number; set?: number }> = [];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) events.push({ offset: i });
  if (text.indexOf('<!--') >= 0) {
    PAGE_COMMENT.lastIndex = 0;
    for (let m = PAGE_COMMENT.exec(text); m; m = PAGE_COMMENT.exec(text)) events.push({ offset: m.index, set: Number(m[1]) });
  }
  if (events.length === 0) return undefined;
  events.sort((a, b) => a.offset - b.offset);
  const marks: Mark[] = [];
  let page = 1;
  for (const e of events) {
    page = e.set ?? page + 1;
    marks.push({ offset: e.offset, label: String(page) });
  }
  return marks;
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
