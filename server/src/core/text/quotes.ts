// Where the document quotes another text: between quotation marks, in
// Markdown block quotes, in block quotations set off by the layout, and in the
// provisions a brief reproduces in its appendix. A citation there is the other
// text's, written in its form: the rules do not judge its form, and a finding
// the rules still make there (a wrong page, words the source does not hold) is
// never fixed, because a quotation must reproduce its source, errors included.

import type { Citation, Span } from '../types';
import type { BlockCandidate } from './layout';
import { isParallel } from '../cite/predicates';

/** A straight quotation mark opens a quotation where no word runs into it from before: `"word`, `("word`, ` "`. */
function opensAt(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 10;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 10;
  const blankBefore = before === 32 || before === 9 || before === 10 || before === 13 || before === 12 || before === 0xa0;
  const b = String.fromCharCode(before);
  const a = String.fromCharCode(after);
  // `said,"Yes`: closed up after a comma or colon, before a word.
  if (/[,:;]/.test(b)) return /[A-Za-z0-9[]/.test(a);
  // `ling. . . ."    42 U.S.C.`: a mark after a word closes a quotation that began before this paragraph.
  if (!blankBefore && !/[([{\u2014\u2013\-/]/.test(b)) return false;
  return !(after === 32 || after === 9 || after === 10 || after === 13);
}

/** Quoted ranges of `text`, in order. Linear in the text. */
export function quotedRanges(text: string): Span[] {
  const out: Span[] = [];
  /**
   * Open curly quotation marks, innermost last: a quotation may quote another
   * with double marks again (`“the Act (“ATCA”), 28 U.S.C. § 1350, …”`), where
   * the inner pair closes first. A few levels at most.
   */
  const opens: number[] = [];
  let open = -1; // an open straight quotation mark
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      // A blank line ends a paragraph: an unclosed quotation does not run on.
      const line = text.slice(lineStart, i);
      if (/^\s*>/.test(line)) out.push({ start: lineStart, end: i });
      if (line.trim() === '') {
        open = -1;
        opens.length = 0;
      }
      lineStart = i + 1;
      continue;
    }
    if (c === 0x201c) {
      // “
      if (opens.length === 3) opens.shift();
      opens.push(i);
    } else if (c === 0x201d) {
      const o = opens.pop();
      if (o !== undefined) out.push({ start: o, end: i + 1 });
      else if (open >= 0) {
        // `"…”`: marks of both kinds in one quotation (scanned or converted text).
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (c === 34) {
      if (open >= 0) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      } else if (opens.length > 0) {
        // `“…"`: the straight mark closes the curly one.
        out.push({ start: opens.pop()!, end: i + 1 });
      } else if (opensAt(text, i)) open = i;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** For each range (sorted by start), the index of the range ending last among it and those before it. */
const furthest = new WeakMap<Span[], Int32Array>();

function furthestOf(ranges: Span[]): Int32Array {
  let f = furthest.get(ranges);
  if (!f || f.length !== ranges.length) {
    f = new Int32Array(ranges.length);
    for (let k = 0; k < ranges.length; k++) f[k] = k > 0 && ranges[f[k - 1]].end >= ranges[k].end ? f[k - 1] : k;
    furthest.set(ranges, f);
  }
  return f;
}

/** True when `span` lies wholly inside one of `ranges` (sorted by start). Ranges may nest to any depth. */
export function insideQuotation(ranges: Span[], span: Span): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= span.start) lo = mid + 1;
    else hi = mid - 1;
  }
  if (hi < 0) return false;
  // Of the ranges that start at or before the span, the one reaching furthest holds it if any does.
  return span.end <= ranges[furthestOf(ranges)[hi]].end;
}

/** `a` and `b` (each sorted by start) as one list sorted by start. */
export function mergeRanges(a: Span[], b: readonly Span[] | undefined): Span[] {
  if (!b || b.length === 0) return a;
  return [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Where a citation (with its parallels and parentheticals) ends. */
function citationEnd(cites: Citation[], c: Citation): number {
  let end = c.span.end;
  const take = (x: Citation) => {
    end = Math.max(end, x.span.end);
    for (const p of x.parentheticals) end = Math.max(end, p.span.end);
  };
  take(c);
  if ('parallels' in c) for (const p of c.parallels) if (cites[p]) take(cites[p]);
  return end;
}

/**
 * The block quotations among the layout's candidates: those whose source line
 * a citation sentence opens (`Id. at 1020.`, `United States v. Lester, 363 F.2d
 * 68, 72 (6th Cir. 1966). On the other hand …`). A line a citation opens in
 * the prose of a sentence (`Smith v. Jones, 1 F.3d 1 (1st Cir. 1990), holds`)
 * ends no quotation. Linear in citations and candidates.
 */
export function blockQuotations(text: string, cites: Citation[], candidates: readonly BlockCandidate[]): Span[] {
  if (candidates.length === 0) return [];
  const opening = new Map<number, Citation>();
  for (const c of cites) {
    if (c.nested || c.historyOf !== undefined || c.inTable || c.signal) continue;
    // A docket number heading a caption, a cross-reference: no quotation's source.
    if (c.kind === 'docket' || c.kind === 'crossReference') continue;
    if (isParallel(c)) continue;
    if (!opening.has(c.span.start)) opening.set(c.span.start, c);
  }
  const out: Span[] = [];
  for (const cand of candidates) {
    for (const s of cand.sources) {
      let at = s.at;
      while (at < text.length && /[\s\f*_]/.test(text[at])) at++;
      const c = opening.get(at);
      if (!c) continue;
      // A footnote's number or a signal opening the line: the writer's own citation, not a source line.
      if (/^(?:\d{1,3}[ \t]*\n|(?:See|Cf\.|Accord|Contra|Compare|But|E\.g\.)\b)/.test(text.slice(at, at + 12))) break;
      const after = text.slice(citationEnd(cites, c), citationEnd(cites, c) + 8);
      if (/^[\s*_]*(?:[.;]|$)/.test(after) && s.blockEnd > cand.start) out.push({ start: cand.start, end: s.blockEnd });
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
