// Small helpers the reporter, page and court rules (CITE005–CITE017) share:
// parallel groups, the reporter edition behind a citation, the court-and-date
// parenthetical and the written form of a page span.

import { edition, type Edition } from '../data/reporters';
import type { CaseCitation, Citation, DatabaseCitation, Parenthetical, Pin, ShortCaseCitation } from '../types';
import { segKey } from '../cite/predicates';

export type CaseLike = CaseCitation | ShortCaseCitation | DatabaseCitation;

export function isCaseLike(c: Citation): c is CaseLike {
  return c.kind === 'case' || c.kind === 'shortCase' || c.kind === 'database';
}

/** A lead citation and its parallel segments, in order. */
export function groupOf(cites: Citation[], lead: CaseLike): CaseLike[] {
  const out: CaseLike[] = [lead];
  for (const p of lead.parallels) {
    const x = cites[p];
    if (x && isCaseLike(x)) out.push(x);
  }
  return out;
}

/** The reporter edition a case-like citation names (undefined when unknown). */
export function editionOf(c: CaseLike): Edition | undefined {
  if (c.kind === 'database') return edition(c.database);
  return c.reporter ? edition(c.reporter) : undefined;
}

export function courtDateOf(c: Citation): Parenthetical | undefined {
  return c.parentheticals.find((p) => p.kind === 'courtDate');
}

/** Every pin of a citation, including those of an Id.'s parallel segments. */
export function allPins(c: Citation): Pin[] {
  const pins: Pin[] = 'pins' in c ? [...c.pins] : [];
  if (c.kind === 'id') for (const s of c.parallelSegments) pins.push(...s.pins);
  return pins;
}

/** Dashes a page span may be written with. */
export const SPAN_DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2212';

export interface PageSpanText {
  /** Offset (original text) where the pin begins. */
  start: number;
  /** `p. ` / `pp. ` written before the pages, when present. */
  pageWord?: string;
  from: string;
  fromStart: number;
  /** The dash with any spaces around it. */
  dash: string;
  dashStart: number;
  /** The dash character itself. */
  dashChar: string;
  to?: string;
  toStart: number;
}

const SPAN_TEXT = new RegExp(`^(pp?\\.[ \\t]?)?(\\d{1,6})(?:([ \\t]?[${SPAN_DASHES}][ \\t]?)(\\d{1,6}))?`);

/**
 * Reads a page pin as written in the original text (`911-915`, `pp. 45-46`,
 * `253–54`). Undefined when noise sits inside it and the written form cannot
 * be read directly.
 */
export function pageSpanText(text: string, pin: Pin): PageSpanText | undefined {
  if (pin.kind !== 'page' && pin.kind !== 'range') return undefined;
  const written = text.slice(pin.span.start, pin.span.end);
  const m = SPAN_TEXT.exec(written);
  if (!m) return undefined;
  const start = pin.span.start;
  const fromStart = start + (m[1]?.length ?? 0);
  const dashStart = fromStart + m[2].length;
  return {
    start,
    pageWord: m[1],
    from: m[2],
    fromStart,
    dash: m[3] ?? '',
    dashStart,
    dashChar: m[3] ? m[3].trim() : '',
    to: m[4],
    toStart: dashStart + (m[3]?.length ?? 0),
  };
}

/**
 * A later full citation in one of the short form's volumes, in a note whose
 * call mark (`[4]`) the text places before the short form: text converted from
 * a web page gathers its notes at the end, so the full citation reads later
 * but was met first.
 */
export function inNoteCalledBefore(cites: Citation[], c: ShortCaseCitation, text: string): boolean {
  const notes = noteCitations(cites, text);
  if (notes.size === 0) return false;
  const segs = [c, ...c.parallels.map((p) => cites[p])].filter((x): x is ShortCaseCitation => x.kind === 'shortCase');
  for (const sg of segs) {
    for (const n of notes.get(segKey(sg)) ?? []) if (n.index > c.index && n.call < c.span.start) return true;
  }
  return false;
}

/** Full case citations that open a note (`[4] …`), by volume and reporter, with where the note is first called. */
const noteCache = new WeakMap<Citation[], Map<string, Array<{ index: number; call: number }>>>();
function noteCitations(cites: Citation[], text: string): Map<string, Array<{ index: number; call: number }>> {
  let out = noteCache.get(cites);
  if (out) return out;
  out = new Map();
  // The first place each mark appears: its call, when the note itself comes later.
  const first = new Map<string, number>();
  const re = /\[\d{1,3}\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!first.has(m[0])) first.set(m[0], m.index);
  // Lines that open a note: `[4] …`, after the note is called.
  const lines: Array<{ start: number; end: number; call: number }> = [];
  const open = /^[ \t]*(\[\d{1,3}\])/gm;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const call = first.get(m[1]);
    if (call === undefined || call >= m.index) continue;
    const nl = text.indexOf('\n', m.index + m[0].length);
    lines.push({ start: m.index, end: nl < 0 ? text.length : nl, call });
    open.lastIndex = nl < 0 ? text.length : nl;
  }
  let k = 0;
  for (const f of cites) {
    if (f.kind !== 'case' || f.inTable) continue;
    while (k < lines.length && lines[k].end <= f.span.start) k++;
    if (k === lines.length) break;
    if (f.span.start < lines[k].start) continue;
    const key = segKey(f);
    const list = out.get(key);
    if (list) list.push({ index: f.index, call: lines[k].call });
    else out.set(key, [{ index: f.index, call: lines[k].call }]);
  }
  noteCache.set(cites, out);
  return out;
}
