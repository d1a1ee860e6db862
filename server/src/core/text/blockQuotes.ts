// Text a document reproduces from another without quotation marks: block
// quotations (set off by the layout, or proposed to be confirmed by the
// citation after them) and the statutes and rules a brief's appendix reprints.

import type { BlockCandidate, Layout, LayoutFacts } from './layout';
import { FOOTNOTE_NUMBER, type Line } from './layoutLines';
import { PAGE_NUMBER } from './pageFurniture';

/** How far a block quotation may run: quotations longer than this are set off some other way. */
const MAX_BLOCK_LINES = 80;
const MAX_BLOCK_CHARS = 8000;

/**
 * Block quotations. A court or a brief sets a long quotation off from its own
 * text and gives the citation on the line after it, opening a new paragraph.
 * Two layouts show where the quotation starts:
 *
 * - double-spaced text: the quotation is a run of single-spaced lines (page
 *   furniture inside it is transparent), and the citation follows after blank
 *   lines;
 * - single-spaced text, or one paragraph per line: the quotation starts after
 *   a line ending in a colon (`the Court continued:`) and runs to a paragraph
 *   that a citation opens.
 *
 * Footnotes are single-spaced too, but they end a page rather than lead to a
 * citation; which candidate is a quotation is settled once the citations are
 * read. Linear in the lines.
 */
export function findBlockCandidates(text: string, lines: Line[], facts: LayoutFacts): BlockCandidate[] {
  const out: BlockCandidate[] = [];
  // The running text: each line with the blank lines before it and whether page furniture lies between.
  const textLines: Array<{ line: Line; blanks: number; broken: boolean }> = [];
  let blanks = 0;
  let broken = false;
  for (const l of lines) {
    if (l.furniture) {
      broken = true;
      continue;
    }
    if (l.content === '') {
      if (l.pageBreak) broken = true;
      blanks++;
      continue;
    }
    // A form feed before the line's text ends the page before it.
    if (l.pageBreak && /^[\s]*\f/.test(text.slice(l.textStart, l.end))) broken = true;
    textLines.push({ line: l, blanks, broken });
    blanks = 0;
    // A form feed after the line's text ends its page.
    broken = l.pageBreak && text.lastIndexOf('\f', l.end) > l.textStart;
  }
  if (facts.doubleSpaced) {
    let k = 0;
    while (k < textLines.length) {
      // A run of lines with no blank line between them. It goes on over a page
      // break once two lines show it single-spaced, unless it is a footnote
      // (its number alone on the first line), which ends with its page.
      let j = k;
      const footnote = /^\d{1,3}$/.test(textLines[k].line.content);
      for (; j + 1 < textLines.length; j++) {
        const next = textLines[j + 1];
        if (next.broken ? footnote || j === k : next.blanks > 0) break;
      }
      const next = textLines[j + 1];
      if (j - k + 1 >= 3 && j - k < MAX_BLOCK_LINES && next && next.blanks >= 1 && !next.broken) {
        out.push({ start: textLines[k].line.textStart, sources: [{ at: next.line.textStart, blockEnd: textLines[j].line.end }] });
      }
      k = j + 1;
    }
    return out;
  }
  for (let k = 0; k < textLines.length; k++) {
    const intro = textLines[k].line;
    if (!/:["\u201d\u2019]?$/.test(intro.content) || k + 1 >= textLines.length) continue;
    const sources: BlockCandidate['sources'] = [];
    // A quotation of a few paragraphs at most: its citation opens one of the next three.
    for (let j = k + 2; j < textLines.length && j - k <= MAX_BLOCK_LINES && sources.length < 3; j++) {
      const t = textLines[j];
      if (t.line.start - intro.end > MAX_BLOCK_CHARS) break;
      if (t.blanks >= 1) sources.push({ at: t.line.textStart, blockEnd: textLines[j - 1].line.end });
    }
    if (sources.length) out.push({ start: textLines[k + 1].line.textStart, sources });
  }
  return out;
}

/** A line that opens with a citation: `Id.`, or a name and a volume, reporter and page or `at`. */
const SOURCE_LINE = /^(?:(?:See\s+)?(?:Id\.|Ibid\.)|.{0,120}?,\s+\d{1,5}\s+(?:[A-Z][A-Za-z.']*\s?){1,5}(?:\d|at\b)|.{0,120}?\b\d{1,5}\s+(?:[A-Z][A-Za-z.']*\s?){1,5}\d)/;

/**
 * Block quotations in PDF text, which has lost their indentation. A quotation
 * is introduced by a body line ending in a colon and set off from it:
 * - in a double-spaced body, it is single-spaced: its lines follow one another
 *   with no blank line between (a blank line at a page break aside), after the
 *   introduction's own blank line, until the next blank line;
 * - in a single-spaced body, it is indented both sides: three or more lines
 *   narrower than the body's, paragraph after paragraph, until a paragraph that
 *   is not narrow.
 * Its source is cited on the line after it; a list after a colon has no such
 * line. A footnote (a number alone on its line) is never taken for one.
 */
export function findBlockQuotes(lines: Line[], facts: LayoutFacts): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // The body's full width: most lines of running text are this long.
  const lengths: number[] = [];
  for (const l of lines) if (!l.furniture && l.content.length >= 20) lengths.push(l.content.length);
  lengths.sort((a, b) => a - b);
  const typical = lengths.length >= 30 ? lengths[Math.floor(lengths.length * 0.8)] : 0;
  if (typical < 40 || typical > 140) return out;
  const blank = (k: number) => k < lines.length && lines[k].content === '' && !lines[k].furniture;
  const text_ = (k: number) => k < lines.length && lines[k].content !== '' && !lines[k].furniture;
  /** Next line at or after `k` that is not furniture, with the blank lines met on the way (a page edge's blanks do not count). */
  const nextText = (k: number): { k: number; blanks: number } => {
    let blanks = 0;
    let furniture = false;
    while (k < lines.length && !text_(k)) {
      if (lines[k].furniture || lines[k].pageBreak) furniture = true;
      else blanks++;
      k++;
    }
    return { k, blanks: furniture ? 0 : blanks };
  };
  const narrow = (k: number) => lines[k].content.length <= typical * 0.82;
  for (let k = 0; k < lines.length; k++) {
    const intro = lines[k];
    if (!text_(k) || !/[a-z,)\]]:$/.test(intro.content) || intro.content.length < 10) continue;
    const first = nextText(k + 1);
    if (first.k >= lines.length || FOOTNOTE_NUMBER.test(lines[first.k].content)) continue;
    let last = -1;
    if (facts.doubleSpaced) {
      // The introduction is double-spaced body; the quotation's lines follow one another.
      if (first.blanks !== 1 || !blank(k - 1)) continue;
      let j = first.k;
      let count = 0;
      while (j < lines.length) {
        count++;
        last = j;
        const n = nextText(j + 1);
        if (n.k >= lines.length || n.blanks > 0 || FOOTNOTE_NUMBER.test(lines[n.k].content)) break;
        j = n.k;
      }
      if (count < 3) continue;
    } else {
      if (first.blanks > 1) continue;
      // Paragraphs of narrow lines; a paragraph's last line may be as short as it likes.
      let j = first.k;
      let count = 0;
      let ok = true;
      while (ok && j < lines.length && count < 400) {
        const para: number[] = [];
        let n = { k: j, blanks: 0 };
        // A quotation's paragraph is not endless: reading a few dozen lines bounds the work per colon.
        while (n.k < lines.length && para.length < 60) {
          para.push(n.k);
          n = nextText(n.k + 1);
          if (n.blanks > 0) break;
        }
        // A page number inside the paragraph is the page's, not the quotation's.
        const body = para.slice(0, -1).filter((q) => !PAGE_NUMBER.test(lines[q].content));
        const narrowParagraph = body.length >= 1 && body.every(narrow) && body.every((q) => lines[q].content.length >= typical * 0.4);
        if (!narrowParagraph) {
          ok = false;
          break;
        }
        count += para.length;
        last = para[para.length - 1];
        if (n.k >= lines.length || n.blanks > 1) break;
        j = n.k;
      }
      if (count < 3 || last < 0) continue;
    }
    // The quotation's source is cited right after it (`Id. at 733 n.21.`, `Kentucky Heritage,
    // 648 S.W.3d at 86-87.`); a list after a colon has no such line.
    const after = nextText(last + 1);
    if (after.k >= lines.length || !SOURCE_LINE.test(lines[after.k].content)) continue;
    out.push({ start: lines[first.k].start, end: lines[last].end });
    k = last;
  }
  return out;
}

/** An appendix heading alone on its line. */
const APPENDIX_HEADING = /^(?:APPENDIX|Appendix)(?: [A-Z])?$/;
/** The opening of an item that reproduces a provision: `1. 28 U.S.C. 2343 provides:`, `5. 42 U.S.C. 1988 provides in pertinent part:`. */
const ITEM_START = /^\d{1,2}\.\s+\S/;
const ITEM_INTRO = /\b(?:provides|provided|reads|read|states|stated)\b[^:]{0,40}:$/;

/**
 * A brief's appendix of statutes and rules: after a line `APPENDIX`, numbered
 * items that each introduce a provision (`1. 28 U.S.C. 2343 provides:`) and
 * reproduce its text. The text of each provision is quoted; the item headings
 * are the brief's own. An appendix of anything else (an opinion below, an
 * order) is left alone.
 */
export function findAppendix(text: string, lines: Line[]): Layout['appendix'] {
  const out: Layout['appendix'] = [];
  let k = 0;
  while (k < lines.length && !APPENDIX_HEADING.test(lines[k].content)) k++;
  if (k === lines.length) return out;
  /** The item heading opening at line `j`: the offset where it ends, and the line after it. */
  const heading = (j: number): { end: number; next: number } | undefined => {
    if (!ITEM_START.test(lines[j].content)) return undefined;
    let joined = '';
    for (let m = j; m < lines.length && m < j + 4; m++) {
      const c = lines[m].content;
      if (c === '' || lines[m].furniture) continue;
      joined = /[A-Za-z]-$/.test(joined) ? joined.slice(0, -1) + c : joined ? `${joined} ${c}` : c;
      if (c.endsWith(':')) return ITEM_INTRO.test(joined) ? { end: lines[m].end, next: m + 1 } : undefined;
    }
    return undefined;
  };
  let open: number | undefined; // where the current provision's text starts
  let items = 0;
  for (let j = k + 1; j < lines.length; j++) {
    const h = heading(j);
    if (!h) continue;
    if (open !== undefined) out.push({ start: open, end: lines[j].start });
    open = h.end;
    items++;
    j = h.next - 1;
  }
  if (open !== undefined) out.push({ start: open, end: text.length });
  return items ? out : [];
}
