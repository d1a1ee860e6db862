// Small helpers shared by the database and statute rules (CITE074-CITE085):
// where a database segment sits in the original text, Lexis databases, an
// abbreviation written in capitals, heading lines. Their fixes use minimalEdit
// (edits.ts), so emphasis and spacing the writer chose around a change survive.

import type { DatabaseCitation, Span } from '../types';

export interface DatabaseSegment {
  /** The year that opens the segment. */
  start: number;
  /** The database identifier as written (`U.S. Dist. LEXIS`, `WL`). */
  id: Span;
  /** After the document number. */
  numberEnd: number;
  /** After the number and the segment's own pins. */
  end: number;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds `year identifier number` of a database citation inside its span in the
 * original text. The scanner gives the parts but not their spans; undefined
 * when noise inside the segment (emphasis, a line-break hyphen) hides it.
 */
export function databaseSegment(text: string, c: DatabaseCitation): DatabaseSegment | undefined {
  const tokens = c.databaseAsWritten.trim().split(/\s+/).filter(Boolean);
  if (!tokens.length || !/^\d{4}$/.test(c.year) || !/^\d+$/.test(c.number)) return undefined;
  const re = new RegExp(`(?<![\\w.])${c.year}\\s+(${tokens.map(escape).join('\\s+')})\\s+${c.number}(?!\\d)`);
  const m = re.exec(text.slice(c.span.start, c.span.end));
  if (!m) return undefined;
  const start = c.span.start + m.index;
  const idStart = start + m[0].indexOf(m[1], c.year.length);
  const numberEnd = start + m[0].length;
  const end = c.pins.reduce((e, p) => Math.max(e, p.span.end), numberEnd);
  return { start, id: { start: idStart, end: idStart + m[1].length }, numberEnd, end };
}

/** True for a Lexis database (`U.S. Dist. LEXIS`, `Conn. Super. LEXIS`). */
export function isLexis(database: string): boolean {
  return /\bLEXIS$/.test(database);
}

/** True when `written` is `abbr` set in capitals (a heading, small caps), not a different abbreviation. */
export function inCapitals(written: string, abbr: string): boolean {
  return written === written.toUpperCase() && written.replace(/\s+/g, '').toUpperCase() === abbr.replace(/\s+/g, '').toUpperCase() && written !== abbr;
}

/** True when `offset` lies on a Markdown heading line (`### V. …`). */
export function onHeadingLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]{0,3}#{1,6}[ \t]/.test(text.slice(lineStart, lineStart + 10));
}
