// Pin cites: `43`, `43-44`, `911-15`, `610 n.11`, `n.4`, `*3`, `¶ 27`, `P27`,
// `§ 9`, `passim`. Positions are normalised-text offsets; the scanner maps them.

import { at, DASH } from './lex';
import type { PinKind } from '../types';

export interface RawPin {
  text: string;
  start: number;
  end: number;
  kind: PinKind;
  from?: number;
  to?: number;
  footnote?: string;
}

const FOOTNOTE = `\\s?nn?\\.?\\s?\\d{1,3}(?:\\s?(?:${DASH}|&)\\s?\\d{1,3})?`;
const STAR = new RegExp(`\\*\\s?(\\d{1,6})(?:\\s?${DASH}\\s?\\*?(\\d{1,6}))?`, 'y');
const FOOTNOTE_ONLY = new RegExp(`nn?\\.\\s?(\\d{1,3}(?:\\s?(?:${DASH}|&)\\s?\\d{1,3})?)`, 'y');
const PARAGRAPH = new RegExp(`(?:¶{1,2}|P{1,2}(?=\\d))\\s?(\\d{1,5})(?:\\s?${DASH}\\s?(\\d{1,5}))?(?:,\\s?\\d{1,5}(?!\\d)(?!\\s?[A-Z]))*`, 'y');
const SECTION = /§{1,2}\s?\d[\w.:-]*(?:\([\w]{1,4}\))*/y;
/**
 * A page number; one with a thousands comma (`24,735`, as the Federal Register
 * prints its pages) is one number. The first group has at most two digits, so
 * a list run together (`at 123,125`) is not read as one page.
 */
const PAGE_NUMBER = '\\d{1,2}(?:,\\d{3})+(?!\\d)|\\d{1,6}';
const PAGE = new RegExp(`(${PAGE_NUMBER})(?:\\s?${DASH}\\s?(${PAGE_NUMBER}))?(?!\\d)(${FOOTNOTE})?(?![\\w:/])`, 'y');
const PASSIM = /passim\b/y;
/** An appendix page (`25a`, `7a-8a`): a page of the record, not of a reporter, so it carries no number to check. */
const APPENDIX = new RegExp(`\\d{1,5}a(?:\\s?${DASH}\\s?\\d{1,5}a)?(?![\\w])`, 'y');

/** Expands an abbreviated range end: `911-15` gives 915, `1061-62` gives 1062. */
export function expandRangeEnd(from: number, toText: string): number {
  const to = Number(toText);
  if (to >= from) return to;
  const fromText = String(from);
  if (toText.length < fromText.length) {
    const expanded = Number(fromText.slice(0, fromText.length - toText.length) + toText);
    if (expanded >= from) return expanded;
  }
  return to;
}

/** Parses one pin at `i`; null when there is none. */
const PAGE_WORD = /pp?\.\s?(?=\d)/y;

const SECTION_NUMBER = /\d[\w.:-]*(?:\([\w]{1,4}\))*/y;

/** A section number with no `§`: the next item of a section list (`§§ 2(a)(1), 3(b)(1)`). */
export function parseSectionListItem(t: string, i: number): RawPin | null {
  const m = at(SECTION_NUMBER, t, i);
  if (!m) return null;
  // A sentence's period after the last number is not part of it.
  const text = m[0].replace(/[.:-]+$/, '');
  return { text, start: i, end: i + text.length, kind: 'section' };
}

export function parsePin(t: string, i: number): RawPin | null {
  // `p. 45` / `pp. 45-46`: the page words are wrong in a citation but the pin is still read.
  const pw = at(PAGE_WORD, t, i);
  if (pw) {
    const p = parsePin(t, i + pw[0].length);
    if (p) return { ...p, start: i, text: t.slice(i, p.end) };
  }
  let m: RegExpExecArray | null;
  if ((m = at(STAR, t, i))) {
    const from = Number(m[1]);
    return { text: m[0], start: i, end: i + m[0].length, kind: 'star', from, to: m[2] ? Number(m[2]) : undefined };
  }
  if ((m = at(FOOTNOTE_ONLY, t, i))) {
    return { text: m[0], start: i, end: i + m[0].length, kind: 'footnote', footnote: m[1] };
  }
  if ((m = at(PARAGRAPH, t, i))) {
    const from = Number(m[1]);
    return { text: m[0], start: i, end: i + m[0].length, kind: 'paragraph', from, to: m[2] ? Number(m[2]) : undefined };
  }
  if ((m = at(SECTION, t, i))) {
    const text = m[0].replace(/[.:-]+$/, '');
    return { text, start: i, end: i + text.length, kind: 'section' };
  }
  if ((m = at(PASSIM, t, i))) {
    return { text: m[0], start: i, end: i + m[0].length, kind: 'page' };
  }
  if ((m = at(PAGE, t, i))) {
    const from = Number(m[1].replace(/,/g, ''));
    const pin: RawPin = { text: m[0], start: i, end: i + m[0].length, kind: m[2] ? 'range' : 'page', from };
    if (m[2]) pin.to = expandRangeEnd(from, m[2].replace(/,/g, ''));
    if (m[3]) {
      const fn = /(\d{1,3}(?:\s?(?:[-\u2010-\u2014\u2212]|&|,)\s?\d{1,3})?)$/.exec(m[3]);
      pin.footnote = fn ? fn[1] : undefined;
      if (!m[2]) pin.kind = 'page';
    }
    return pin;
  }
  if ((m = at(APPENDIX, t, i))) {
    return { text: m[0], start: i, end: i + m[0].length, kind: /\d\s?[-\u2010-\u2014\u2212]/.test(m[0]) ? 'range' : 'page' };
  }
  return null;
}
