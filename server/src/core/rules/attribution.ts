// Which quotations a citation vouches for. A cite-checker reads a citation as
// the source of the quoted words between it and the previous citation in the
// same paragraph, and of the quotations in its own explanatory parentheticals.
// A string citation (`Russo, … at 228; see also Younger, …`) shares the text
// before its first member. A citation nested in `(quoting …)` vouches for what
// its outer citation does; one nested in `(citing …)` vouches for nothing.

import type { Citation, Span } from '../types';
import { isTopLevelNotHistory } from '../cite/predicates';

export interface AttributedQuote {
  /** The quotation's span in the document, quotation marks included. */
  span: Span;
  /** The quoted words without the marks (block quotes without their `>`). */
  words: string;
  /** True when the quotation sits in the citation's own parenthetical. */
  inParenthetical: boolean;
  /** The members of the string citation the quotation is attributed to (citation indices), this one included. */
  group: number[];
}

/**
 * What may sit between members of one string citation: a semicolon or comma and
 * signals. A period starts a new citation sentence, a blank line a new paragraph.
 */
function onlyGlue(text: string): boolean {
  if (/\n[ \t]*\r?\n/.test(text)) return false;
  // No signal may be other signals run together: "see, e.g.," is "see" then
  // "e.g.,", so it is not listed, and each text has one reading. (Listing it
  // gave two, and backtracking took exponential time on "see, e.g., " repeated.)
  return /^[\s;,]*(?:(?:see|see also|see generally|cf\.|compare|but see|but cf\.|accord|and|e\.g\.,|contra)[\s,;]*)*$/i.test(text.replace(/[*_]/g, ''));
}

/**
 * Where a text's paragraphs break, found in one pass. The rules ask for the
 * paragraph of every citation; scanning back to the blank line each time cost
 * the paragraph's length per citation, quadratic in a brief without blank lines.
 */
interface ParagraphBreaks {
  /** Sorted: each newline that ends a blank line (only spaces, tabs or CRs since the newline before it). */
  blankEnds: number[];
  /** Sorted: each `\n\n` or `\n\r\n`, where a paragraph ends. */
  ends: number[];
}

/** The breaks of the last text asked about (the rules ask about one text many times in a row). */
let lastBreaks: { text: string; breaks: ParagraphBreaks } | undefined;

function paragraphBreaks(text: string): ParagraphBreaks {
  if (lastBreaks && lastBreaks.text === text) return lastBreaks.breaks;
  const blankEnds: number[] = [];
  const ends: number[] = [];
  let newline = -1; // the last newline with only spaces, tabs and CRs after it so far
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (newline >= 0) blankEnds.push(i);
      newline = i;
      if (text.charCodeAt(i + 1) === 10 || (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10)) ends.push(i);
    } else if (c !== 13 && c !== 32 && c !== 9) newline = -1;
  }
  const breaks = { blankEnds, ends };
  lastBreaks = { text, breaks };
  return breaks;
}

/** Index of the last element of sorted `xs` below `limit`, or -1. */
function lastBelow(xs: number[], limit: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Start of the paragraph holding `at`: just after the nearest blank line before it. */
function paragraphStart(text: string, at: number): number {
  const { blankEnds } = paragraphBreaks(text);
  const k = lastBelow(blankEnds, at);
  return k < 0 ? 0 : blankEnds[k] + 1;
}

/** The span of text whose quotations a string citation beginning with `first` vouches for. */
function regionBefore(text: string, cites: Citation[], first: Citation): Span {
  let start = paragraphStart(text, first.span.start);
  for (let i = first.index - 1; i >= 0; i--) {
    const p = cites[i];
    if (p.span.end <= first.span.start) {
      start = Math.max(start, p.span.end);
      break;
    }
  }
  // A block quote right before the citation's paragraph is what it cites.
  if (start === paragraphStart(text, first.span.start) && start > 0) {
    let k = start - 1;
    while (k > 0 && (text[k] === '\n' || text[k] === '\r')) k--;
    const lineStart = text.lastIndexOf('\n', k) + 1;
    if (/^\s*>/.test(text.slice(lineStart, k + 1))) start = paragraphStart(text, lineStart);
  }
  return { start, end: first.span.start };
}

function unquote(text: string, span: Span): string {
  const raw = text.slice(span.start, span.end);
  if (/^\s*>/.test(raw)) return raw.replace(/^\s*>\s?/gm, '');
  return raw.replace(/^["“]/, '').replace(/["”]$/, '');
}

/** Joins consecutive block-quote lines into one quotation. */
function mergeBlockQuotes(text: string, quoted: Span[]): Span[] {
  const out: Span[] = [];
  for (const q of quoted) {
    const last = out[out.length - 1];
    const isBlock = /^\s*>/.test(text.slice(q.start, q.start + 8));
    if (last && isBlock && /^\s*>/.test(text.slice(last.start, last.start + 8)) && /^\s*$/.test(text.slice(last.end, q.start))) {
      out[out.length - 1] = { start: last.start, end: q.end };
    } else if (last && q.start >= last.start && q.end <= last.end) {
      continue; // an inline quotation inside a block quote is part of it
    } else out.push({ ...q });
  }
  return out;
}

/**
 * Quotations each citation vouches for, by citation index. `quoted` is the
 * document's quoted ranges (see quotes.ts). Linear in citations plus quotations.
 */
export function attributedQuotations(text: string, cites: Citation[], quoted: Span[]): Map<number, AttributedQuote[]> {
  const quotes = mergeBlockQuotes(text, quoted);
  const out = new Map<number, AttributedQuote[]>();
  const within = (r: Span, inParenthetical: boolean, group: number[]): AttributedQuote[] => {
    // Binary search for the first quotation starting at or after r.start.
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].start < r.start) lo = mid + 1;
      else hi = mid;
    }
    const got: AttributedQuote[] = [];
    for (let k = lo; k < quotes.length && quotes[k].start < r.end; k++) {
      if (quotes[k].end <= r.end) got.push({ span: quotes[k], words: unquote(text, quotes[k]), inParenthetical, group });
    }
    return got;
  };
  // Group the top-level citations into string citations.
  const top = cites.filter(isTopLevelNotHistory);
  const groups: Citation[][] = [];
  for (const c of top) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (prev && prev.span.end <= c.span.start && onlyGlue(text.slice(prev.span.end, c.span.start))) g.push(c);
    else groups.push([c]);
  }
  for (const g of groups) {
    const members = g.map((c) => c.index);
    const shared = within(regionBefore(text, cites, g[0]), false, members);
    for (const c of g) {
      const list = [...shared];
      for (const p of c.parentheticals) if (p.kind === 'explanatory') list.push(...within(p.span, true, [c.index]));
      if (list.length) out.set(c.index, list);
    }
  }
  // A citation in `(quoting …)` vouches for what its outer citation does.
  for (const c of cites) {
    if (!c.nested || c.nestedIn === undefined) continue;
    const outer = cites[c.nestedIn];
    const holder = outer?.parentheticals.find((p) => p.span.start <= c.span.start && c.span.end <= p.span.end);
    if (!outer || !holder || !/^\(\s*(?:quot|quoted in)/i.test(holder.text)) continue;
    const list = out.get(outer.index);
    if (list)
      out.set(
        c.index,
        list.map((q) => ({ ...q, group: [c.index] })),
      );
  }
  return out;
}

/**
 * The text a citation supports: back to the previous citation in its
 * paragraph (past the other members of its string citation), through the end
 * of the citation and its parentheticals.
 */
export function supportedSpan(text: string, cites: Citation[], c: Citation): Span {
  let memo = stringCiteStarts.get(cites);
  if (!memo) stringCiteStarts.set(cites, (memo = new Map<number, Citation>()));
  let first = c;
  for (let i = c.index - 1; i >= 0; i--) {
    const p = cites[i];
    if (!isTopLevelNotHistory(p) || p.span.end > first.span.start) continue;
    if (!onlyGlue(text.slice(p.span.end, first.span.start))) break;
    first = p;
    // An earlier member already walked back from here: a long string citation is walked once, not once per member.
    const known = memo.get(p.index);
    if (known) {
      first = known;
      break;
    }
  }
  if (isTopLevelNotHistory(c)) memo.set(c.index, first);
  return { start: regionBefore(text, cites, first).start, end: c.span.end };
}

/** The first member of the string citation of each top-level citation `supportedSpan` was asked about, per scan. */
const stringCiteStarts = new WeakMap<Citation[], Map<number, Citation>>();

/** The paragraph holding `at` (a blank line on each side). */
export function paragraphAround(text: string, at: number): Span {
  const start = paragraphStart(text, at);
  const { ends } = paragraphBreaks(text);
  const k = lastBelow(ends, at) + 1;
  return { start, end: k < ends.length ? ends[k] : text.length };
}
