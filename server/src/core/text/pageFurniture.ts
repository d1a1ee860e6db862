// Page furniture: what PDF text carries at the edges of its pages and a reader
// never sees (running heads and their subheads, page numbers, ECF stamps), and
// the printed line numbers down the margin of pleading paper.

import { type Line } from './layoutLines';

const ECF_STAMP = /^(?:USCA\d*\s+)?(?:Appellate\s+)?Case:?\s+#?[\w.:-]{3,40}\s+(?:Doc(?:ument)?|Dkt):?\s+[\w-]{1,25}\b.{0,160}\b(?:Filed|Page)\b.{0,160}$/;
const PAGE_OF = /^Page:?\s+\d{1,5}\s+of\s+\d{1,5}$/;

/** What a page number looks like alone on a line: `12`, `-8-`, `- 8 -`, `(III)`, `iv`, `12a`. */
export const PAGE_NUMBER = /^(?:[-\u2013\u2014]\s?\d{1,4}\s?[-\u2013\u2014]|\d{1,4}a?|\(?(?:[ivxlc]{1,7}|[IVXLC]{1,7})\)?)$/;

const NUMBER_PREFIX = /^[ \t\f]*(\d{1,2})(?=[ \t]|$)[ \t]*/;

/**
 * Printed line numbers down the margin: most non-blank lines start with a
 * small number that runs on from the line before (or starts again at 1).
 * Returns the lines that carry one, or none when the text is not pleading paper.
 */
export function lineNumbers(text: string, lines: Line[]): Set<number> {
  const numbered: number[] = [];
  let prev = -1;
  let runs = 0;
  let nonBlank = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.content === '') continue;
    nonBlank++;
    const m = NUMBER_PREFIX.exec(text.slice(l.start, Math.min(l.end, l.start + 8)));
    if (!m) continue;
    const n = Number(m[1]);
    if (n === prev + 1 || (n === 1 && prev >= 1)) runs++;
    prev = n;
    numbered.push(k);
  }
  const out = new Set<number>();
  if (numbered.length < 20 || runs < numbered.length * 0.6 || numbered.length < nonBlank * 0.3) return out;
  // Keep only the numbers that continue the sequence, so a citation's volume
  // that happens to open a line (`15 F.3d 100`) is not taken for one.
  prev = -1;
  for (const k of numbered) {
    const l = lines[k];
    const m = NUMBER_PREFIX.exec(text.slice(l.start, Math.min(l.end, l.start + 8)))!;
    const n = Number(m[1]);
    if (n === prev + 1 || n === 1 || (prev < 0 && n <= 35) || (n > prev && n <= prev + 3)) {
      out.add(k);
      l.textStart = l.start + m[0].length;
      l.content = text
        .slice(l.textStart, l.end)
        .replace(/[\f\t ]+/g, ' ')
        .trim();
      prev = n;
    }
  }
  return out;
}

/** A line that could be a running head: mostly capitals, with a page number at one end. */
function runningHeadLike(c: string): boolean {
  if (c.length < 12 || c.length > 120 || !/^\d{1,4}\s|\s\d{1,4}$/.test(c)) return false;
  const letters = c.replace(/[^A-Za-z]/g, '');
  return letters.length >= 8 && letters.replace(/[^A-Z]/g, '').length >= letters.length * 0.8;
}

/** Digits stand for page numbers when running heads are compared (`Cite as: 505 U. S. 377 (1992) 381`). */
function headKey(s: string): string {
  return s.replace(/\d+/g, '#');
}

/**
 * Lines at the top or bottom of pages that repeat on many pages (running heads,
 * printer's slugs, the docket number the court prints on every page) and page
 * numbers there, plus stamps and page numbers standing alone between blank lines.
 */
export function markFurniture(lines: Line[]): void {
  // Pages: runs of lines between form feeds.
  const pages: Array<[number, number]> = [];
  let first = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].pageBreak) {
      pages.push([first, k]);
      first = k;
    }
  }
  pages.push([first, lines.length - 1]);
  if (pages.length >= 3) {
    markRepeatedEdges(lines, pages);
  } else {
    if (pages.length === 2) for (const p of pages) for (const k of edgeLines(lines, p)) if (PAGE_NUMBER.test(lines[k].content)) lines[k].furniture = true;
    // Text extracted without form feeds still carries its running heads: a
    // capitalised line with its page number (`16 CMTY. LEGAL SERVICES V . U.S. HHS`)
    // repeated on many pages.
    const count = new Map<string, number>();
    for (const l of lines) if (runningHeadLike(l.content)) count.set(headKey(l.content), (count.get(headKey(l.content)) ?? 0) + 1);
    for (const l of lines) if (runningHeadLike(l.content) && (count.get(headKey(l.content)) ?? 0) >= 4) l.furniture = true;
  }
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    const c = l.content;
    if (c === '' || l.furniture) continue;
    if (ECF_STAMP.test(c) || PAGE_OF.test(c)) {
      l.furniture = true;
      continue;
    }
    // A page number alone between blank lines (typescript without form feeds).
    if (PAGE_NUMBER.test(c)) {
      const before = k === 0 || lines[k - 1].content === '';
      const after = k === lines.length - 1 || lines[k + 1].content === '';
      if (before && after) l.furniture = true;
    }
  }
}

/** The first four and last three non-blank lines of page `p` (line indices). */
function edgeLines(lines: Line[], p: [number, number]): number[] {
  const out: number[] = [];
  let n = 0;
  for (let k = p[0]; k <= p[1] && n < 4; k++) if (lines[k].content !== '') (out.push(k), n++);
  n = 0;
  for (let k = p[1]; k >= p[0] && n < 3; k--) if (lines[k].content !== '' && !out.includes(k)) (out.push(k), n++);
  return out;
}

/** Up to three edge lines near the top of page `p`. */
function topLines(lines: Line[], p: [number, number]): number[] {
  return edgeLines(lines, p)
    .filter((k) => k <= p[0] + 12)
    .slice(0, 3);
}

/** Text with form feeds: what repeats at the edges of many pages, page numbers there, and the subheads under a running head. */
function markRepeatedEdges(lines: Line[], pages: Array<[number, number]>): void {
  const count = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const k of edgeLines(lines, p)) {
      const c = lines[k].content;
      if (c.length > 140) continue;
      // A short or lower-case line (`Id.`, a sentence's tail) may open several pages by chance.
      if (c.length < 6 || /^[a-z]/.test(c)) continue;
      const key = headKey(c);
      if (!seen.has(key)) (seen.add(key), count.set(key, (count.get(key) ?? 0) + 1));
    }
  }
  const min = Math.max(3, Math.ceil(pages.length * 0.3));
  // A short head under the running head names the part of the opinion the page
  // belongs to (`Opinion of the Court`, `White, J., concurring in judgment`): it
  // repeats at the top of fewer pages, but never as a sentence.
  const topCount = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const k of topLines(lines, p)) {
      const c = lines[k].content;
      if (c.length < 6 || c.length > 60 || /^[a-z]/.test(c) || /[.,;:?!]$/.test(c)) continue;
      const key = headKey(c);
      if (!seen.has(key)) (seen.add(key), topCount.set(key, (topCount.get(key) ?? 0) + 1));
    }
  }
  for (const p of pages) {
    const at = edgeLines(lines, p);
    for (const k of at) {
      const c = lines[k].content;
      if (PAGE_NUMBER.test(c) || (c.length <= 140 && c.length >= 6 && (count.get(headKey(c)) ?? 0) >= min)) lines[k].furniture = true;
    }
    // A subhead printed under the running head on the pages of one opinion
    // (`Opinion of the Court`, `WHITE, J., concurring in judgment`) repeats on
    // fewer pages than the head: it is furniture where it follows the head.
    for (let j = 1; j < at.length && at[j] > at[j - 1]; j++) {
      const c = lines[at[j]].content;
      if (!lines[at[j - 1]].furniture) break;
      if (lines[at[j]].furniture) continue;
      if (c.length >= 6 && c.length <= 80 && !/[.;,]$/.test(c) && (count.get(headKey(c)) ?? 0) >= 3) lines[at[j]].furniture = true;
      else break;
    }
    for (const k of topLines(lines, p)) if ((topCount.get(headKey(lines[k].content)) ?? 0) >= 3 && lines[k].content.length <= 60) lines[k].furniture = true;
  }
}
