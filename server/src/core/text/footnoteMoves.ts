// Footnote blocks that a page's foot puts inside a sentence, found on the
// pages of a text with form feeds, and the reading order that reads each
// after the line where its sentence ends.

import { endsSentence, FOOTNOTE_NUMBER, type Line } from './layoutLines';

/**
 * A footnote's call in the body text before it: its number glued to a word or
 * a mark (`addresses.3`, `law.”11`, `Minn. 1991)1`), or after a sentence's
 * end and a space (`(2004). 1`). A number after a digit and a period is a
 * decimal (`49.58.110`) unless a sentence starts after it (`at 603.3 The`);
 * glued to a number, it shows only before a dash (`Fed. R. Evid. 4012—provided`).
 */
function hasCall(body: string, n: string): boolean {
  const re = new RegExp(
    `(?:(?<!\\d)[.,;:]|[A-Za-z"'\u201d\u2019)\\]])${n}(?!\\d)|(?:(?<!\\d)[.;:]|[)"'\u201d\u2019]) ${n}(?![\\d.])|\\d\\.${n}(?= [A-Z])|\\d${n}(?=[\u2013\u2014])`,
  );
  return re.test(body);
}

/** Where a page's text lies: its first and last body lines and the line that opens its footnotes (-1 when none). */
interface PageText {
  bodyFirst: number;
  bodyLast: number;
  note: number;
}

/**
 * The pages of a text with form feeds, and on each the body and the footnote
 * block at its foot: a footnote number alone on its line (as PDF text puts it)
 * with the footnote's text right under it, after body text that calls it.
 */
function pageTexts(text: string, lines: Line[]): PageText[] {
  const starts: number[] = [0];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (!l.pageBreak) continue;
    const ff = text.indexOf('\f', l.start);
    // A form feed before the line's text starts a page there; after it, on the next line.
    const leading = text.slice(l.start, ff).trim() === '';
    const at = leading ? k : k + 1;
    if (at > starts[starts.length - 1] && at < lines.length) starts.push(at);
  }
  const out: PageText[] = [];
  // Without form feeds there are no page feet to look at.
  if (starts.length < 2) return out;
  for (let p = 0; p < starts.length; p++) {
    const first = starts[p];
    const last = p + 1 < starts.length ? starts[p + 1] - 1 : lines.length - 1;
    let bodyFirst = -1;
    let bodyLast = -1;
    let note = -1;
    let tries = 0; // numbers tried as a footnote's: a few per page keeps the pass linear
    for (let k = first; k <= last; k++) {
      const l = lines[k];
      if (l.content === '') continue;
      if (bodyFirst >= 0 && FOOTNOTE_NUMBER.test(l.content) && k < last && tries < 6) {
        const next = lines[k + 1];
        if (next.content !== '' && !next.furniture && !FOOTNOTE_NUMBER.test(next.content)) {
          tries++;
          if (hasCall(text.slice(Math.max(lines[bodyFirst].start, l.start - 12000), l.start), l.content)) {
            note = k;
            break;
          }
        }
      }
      if (l.furniture) continue;
      if (bodyFirst < 0) bodyFirst = k;
      bodyLast = k;
    }
    out.push({ bodyFirst, bodyLast, note });
  }
  return out;
}

/** A line that ends its sentence, perhaps with a footnote call after the period (`review.9`, `law.”11`). */
function endsSentenceBeforeCall(line: string): boolean {
  return endsSentence(line.replace(/([.?!:]["'\u201d\u2019)\]]*)\d{1,3}$/, '$1'));
}

/**
 * Footnote blocks that break a sentence: the body's last line above the block
 * does not end its sentence, so the sentence goes on at the top of the next
 * page. The block (with the blank lines before it and the furniture after it)
 * moves down to the first line of the next page's body that ends a sentence:
 * the sentence reads whole, no other sentence is cut, and only that sentence
 * comes between the footnotes and what they followed (so an `Id.` in them still
 * reads against the citations it did). A next page with no line ending a
 * sentence moves nothing. Returns line ranges `[la, lb)` to read before line `ld`.
 */
export function footnoteMoves(text: string, lines: Line[]): Array<{ la: number; lb: number; ld: number }> {
  const pages = pageTexts(text, lines);
  const out: Array<{ la: number; lb: number; ld: number }> = [];
  for (let p = 0; p + 1 < pages.length; p++) {
    const page = pages[p];
    const next = pages[p + 1];
    if (page.note < 0 || page.bodyLast < 0 || next.bodyFirst < 0 || endsSentenceBeforeCall(lines[page.bodyLast].content)) continue;
    let dest = -1;
    for (let k = next.bodyFirst; k <= next.bodyLast && dest < 0; k++) {
      if (!lines[k].furniture && lines[k].content !== '' && endsSentenceBeforeCall(lines[k].content)) dest = k + 1;
    }
    if (dest > 0 && dest < lines.length) out.push({ la: page.bodyLast + 1, lb: next.bodyFirst, ld: dest });
  }
  return out;
}

/** The lines in reading order: each moved range just before its destination line. */
export function readingOrder(count: number, moved: Array<{ la: number; lb: number; ld: number }>): number[] {
  const ord: number[] = [];
  let m = 0; // next range to skip
  let d = 0; // next range to insert
  const byDest = [...moved].sort((a, b) => a.ld - b.ld || a.la - b.la);
  for (let k = 0; k < count; k++) {
    while (d < byDest.length && byDest[d].ld === k) {
      for (let j = byDest[d].la; j < byDest[d].lb; j++) ord.push(j);
      d++;
    }
    while (m < moved.length && k >= moved[m].lb) m++;
    if (m < moved.length && k >= moved[m].la) continue;
    ord.push(k);
  }
  return ord;
}
