// Where the document quotes another text: between quotation marks, and in
// Markdown block quotes. Findings there are reported but never fixed, because a
// quotation must reproduce its source, errors included; rules that judge only
// the form the source wrote (reporter spacing and variants, history phrases,
// short forms, code spacing) do not report there at all.

import type { Span } from '../types';

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
      } else open = i;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** True when `span` lies wholly inside one of `ranges` (sorted by start). */
export function insideQuotation(ranges: Span[], span: Span): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= span.start) lo = mid + 1;
    else hi = mid - 1;
  }
  // Block quotes and inline quotations may nest; look back a little.
  for (let k = hi; k >= 0 && k >= hi - 3; k--) {
    if (ranges[k].start <= span.start && span.end <= ranges[k].end) return true;
  }
  return false;
}
