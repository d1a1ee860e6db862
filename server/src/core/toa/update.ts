// updateToaInDocument: write the table into the brief between its markers.
//
// With markers, only what lies between each start marker and its end marker
// changes (a lone start marker gets the table and an end marker after it).
// Without, the markers and the table go after the title (a heading or
// heading-like line above the brief's first citation, preferring one that
// names the paper), or at the top. Everything else stays byte for byte; line
// breaks follow the document's (CRLF or LF).
// Updating an up-to-date document changes nothing, so updating is idempotent:
// analysis blanks the table, so the table never feeds itself.

import type { ScanResult } from '../types';
import { buildToa } from './build';
import { clean, headings, isPlainHeading, MAX_PLAIN_HEADING } from './locations';
import { blankToaRegions, findToaMarkers, TOA_END_MARKER, TOA_START_MARKER } from './regions';
import { renderToa } from './render';
import type { Toa, ToaFormat, ToaOptions } from './types';

export interface ToaEdit {
  start: number;
  end: number;
  newText: string;
}

export function updateToaInDocument(
  text: string,
  result: ScanResult,
  options: ToaOptions & { format: ToaFormat },
): { text: string; edit?: ToaEdit; toa: Toa; inserted: boolean } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const toa = buildToa(text, result, options);
  const table = renderToa(toa, { format: options.format }).replace(/\n/g, eol);
  // Between the markers: a blank line, the table, a blank line.
  const inner = eol + eol + table + eol;
  const markers = findToaMarkers(text);
  let next: string;
  if (markers.length > 0) {
    next = '';
    let pos = 0;
    for (const m of markers) {
      if (m.end) {
        next += text.slice(pos, m.start.end) + inner;
        pos = m.end.start;
      } else {
        next += text.slice(pos, m.start.end) + inner + TOA_END_MARKER;
        pos = m.start.end;
      }
    }
    next += text.slice(pos);
  } else {
    const at = insertionPoint(text, result);
    const before = at > 0 ? eol : '';
    const rest = text.slice(at);
    const after = rest === '' || rest.startsWith('\n') || rest.startsWith('\r\n') ? eol : eol + eol;
    next = text.slice(0, at) + before + TOA_START_MARKER + inner + TOA_END_MARKER + after + rest;
  }
  // `inserted`: the document had no markers, so the table and its markers are new.
  const inserted = markers.length === 0;
  if (next === text) return { text, toa, inserted: false };
  return { text: next, edit: diff(text, next), toa, inserted };
}

/**
 * Offset of the line start after the title, or after YAML front matter, or 0.
 * Title candidates are the headings and heading-like lines (`**MEMORANDUM …**`,
 * a line in capitals) above the first citation, so the table never lands
 * inside the argument; the first that names the document (memorandum, brief,
 * motion, …) wins over a caption line, else the first of them.
 */
export function insertionPoint(text: string, result: ScanResult): number {
  const scan = blankToaRegions(text);
  const top = frontMatterEnd(scan);
  // Record cites and a bare caption docket (`Civil Action No. …`) are not authorities and may sit above the title.
  const firstCite = result.citations.reduce((m, c) => (c.kind === 'record' || (c.kind === 'docket' && !c.caseName) ? m : Math.min(m, c.span.start)), scan.length);
  const candidates: Array<{ start: number; end: number; text: string }> = headings(scan).filter((h) => h.level > 0 && h.start >= top && h.start < firstCite);
  for (let start = top; start < firstCite;) {
    let nl = scan.indexOf('\n', start);
    if (nl < 0) nl = scan.length;
    const t = scan.slice(start, nl).trim();
    if (t !== '' && t.length <= MAX_PLAIN_HEADING && isBlankAround(scan, start, nl)) {
      const words = clean(t);
      if (isPlainHeading(words)) candidates.push({ start, end: start + scan.slice(start, nl).replace(/\r$/, '').length, text: words });
    }
    start = nl + 1;
  }
  candidates.sort((a, b) => a.start - b.start);
  const title = candidates.find((c) => TITLE_WORDS.test(c.text)) ?? candidates[0];
  if (!title) return top;
  const nl = scan.indexOf('\n', title.end);
  return nl < 0 ? scan.length : nl + 1;
}

/** Words that name a court paper, telling its title from a caption line. */
const TITLE_WORDS = /\b(?:memorandum|brief|motion|opposition|reply|response|petition|objections?)\b/i;

function isBlankAround(t: string, start: number, nl: number): boolean {
  const prevStart = start === 0 ? -1 : t.lastIndexOf('\n', start - 2) + 1;
  const prevBlank = start === 0 || t.slice(prevStart, start - 1).trim() === '';
  let nextEnd = t.indexOf('\n', nl + 1);
  if (nextEnd < 0) nextEnd = t.length;
  const nextBlank = nl >= t.length || t.slice(nl + 1, nextEnd).trim() === '';
  return prevBlank && nextBlank;
}

/** End of a leading `---` … `---` (or `...`) YAML block, at the start of the following line. */
function frontMatterEnd(t: string): number {
  if (!/^---[ \t]*\r?\n/.test(t)) return 0;
  let start = t.indexOf('\n') + 1;
  for (let n = 0; n < 500 && start < t.length; n++) {
    let nl = t.indexOf('\n', start);
    if (nl < 0) nl = t.length;
    const line = t.slice(start, nl).replace(/\r$/, '').trimEnd();
    if (line === '---' || line === '...') return Math.min(nl + 1, t.length);
    start = nl + 1;
  }
  return 0;
}

/** The one edit that turns `a` into `b`: the span between their common prefix and suffix. */
function diff(a: string, b: string): ToaEdit {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, end: a.length - s, newText: b.slice(p, b.length - s) };
}
