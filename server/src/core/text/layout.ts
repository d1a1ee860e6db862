// Page layout that PDF text carries and a reader never sees: running heads and
// page numbers at the top and bottom of each page, ECF stamps, printed line
// numbers down the margin of pleading paper, and the blank lines of
// double-spaced text. A citation broken by any of them (`(1st\n\nCir. 2009)`,
// `Graham,\n\f11\n\n490 U.S. at 396`) must read as one citation, so this pass
// finds what to delete; `normalize` deletes it with the rest of the noise and
// the offset map keeps every span on the original text.
//
// Everything is decided per line, in one pass plus one count of the lines at
// page edges, so the cost is linear in the text. Only whole lines (or a line's
// printed number) are deleted, and a blank-line gap is closed only where the
// sentence before it plainly goes on: the line before is a full-width line
// that does not end a sentence.
//
// Two things cannot be deleted: a footnote block that a page's foot puts
// inside a sentence (`(citing Chaplin-` / footnotes / `sky v. New Hampshire
// …))`) is moved after the line where the sentence ends, so the sentence reads
// whole and the footnote keeps its citations; and block quotations, whose
// citations are the quoted court's, are reported so the rules leave them alone.
//
// The passes live beside this file: the lines (layoutLines.ts), page furniture
// and line numbers (pageFurniture.ts), the brief's own tables (briefTables.ts),
// block quotations and the appendix (blockQuotes.ts), and the footnote blocks
// that are read after their sentence (footnoteMoves.ts).

import { endsSentence, median, splitLines, type Line } from './layoutLines';
import { lineNumbers, markFurniture } from './pageFurniture';
import { findTables } from './briefTables';
import { findAppendix, findBlockCandidates, findBlockQuotes } from './blockQuotes';
import { footnoteMoves, readingOrder } from './footnoteMoves';

export interface LayoutFacts {
  /** Most lines are followed by one blank line: double-spaced typescript or PDF text. */
  doubleSpaced: boolean;
  /** Words are padded with runs of spaces (justified typescript), so a run of spaces is layout, not a typing slip. */
  justified: boolean;
  /** Pleading paper: the lines carry printed numbers. */
  lineNumbered: boolean;
}

export interface Layout {
  facts: LayoutFacts;
  /** Original offsets of the runs to delete, ascending and disjoint. */
  delAt: number[];
  delLen: number[];
  /** A brief's own tables of contents and authorities (original offsets): their entries are not running text. */
  tables: Array<{ start: number; end: number }>;
  /** Original offsets where a table entry starts: no citation's name or signal reaches back past one. */
  barriers: number[];
  /** Runs of text set off as a block quotation may be, each confirmed once citations are read (see `BlockCandidate`). */
  blocks: BlockCandidate[];
  /** Statutes and rules a brief reproduces in its appendix (original offsets): quoted text, not the brief's own. */
  appendix: Array<{ start: number; end: number }>;
  /**
   * Block quotations (original offsets): set off after a line that ends in a
   * colon, single-spaced in a double-spaced body, or in narrower lines than the
   * body's. Their citations are the quoted source's, not the writer's.
   */
  blockQuotes: Array<{ start: number; end: number }>;
  /**
   * Footnote blocks that break a sentence at the foot of a page, each moved
   * (with the page furniture after it) to the end of the line on the next page
   * where that sentence ends: the original run `[from, to)` is read just
   * before `dest`. Ascending by `from`.
   */
  moves: Move[];
  /**
   * Original offsets where a page ends in the text: the start of each run of
   * page furniture (running header, page number, ECF stamp) or form feed. A
   * citation that stops there may go on after the furniture or on the next page.
   */
  pageEdges: number[];
}

/** A run of whole lines `[from, to)` that reads just before the line starting at `dest` (`to <= dest`). */
export interface Move {
  from: number;
  to: number;
  dest: number;
}

export interface LayoutOptions {
  /** Read the footnote blocks that break a sentence at a page's foot after that sentence (see `Layout.moves`). */
  footnotes?: boolean;
}

/**
 * Text that may be a block quotation: the lines from `start` up to one of the
 * `sources`, a line after blank lines that its citation may open (`Id. at 733
 * n.21.`, `Smith, 101 S.W.3d at 189 (emphasis added).`). The first source a
 * citation sentence opens ends the quotation at `blockEnd`.
 */
export interface BlockCandidate {
  start: number;
  sources: Array<{ at: number; blockEnd: number }>;
}

function countFacts(text: string, lines: Line[]): { doubleSpaced: boolean; justified: boolean; typical: number } {
  const lengths: number[] = [];
  let followedByBlank = 0;
  let nonBlank = 0;
  let padded = 0;
  let long = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.content === '' || l.furniture) continue;
    nonBlank++;
    if (l.content.length >= 20) lengths.push(l.content.length);
    if (k + 2 < lines.length && lines[k + 1].content === '' && lines[k + 2].content !== '') followedByBlank++;
    const raw = text.slice(l.textStart, l.end).trim();
    if (raw.length >= 40) {
      long++;
      if (/[^\s.:?!]  +\S/.test(raw)) padded++;
    }
  }
  const typical = median(lengths);
  return {
    doubleSpaced: nonBlank >= 30 && followedByBlank >= nonBlank * 0.5 && typical <= 110,
    justified: long >= 20 && padded >= long * 0.2,
    typical,
  };
}

/** Line `k` is blank and the line beyond it (in direction `dir`) is text: one blank line of spacing. */
function singleGap(lines: Line[], k: number, dir: 1 | -1): boolean {
  const beyond = lines[k + dir];
  return k >= 0 && k < lines.length && lines[k].content === '' && !lines[k].furniture && !!beyond && beyond.content !== '' && !beyond.furniture;
}

export function findLayout(text: string, options: LayoutOptions = {}): Layout {
  const delAt: number[] = [];
  const delLen: number[] = [];
  const tables: Layout['tables'] = [];
  const barriers: number[] = [];
  const facts: LayoutFacts = { doubleSpaced: false, justified: false, lineNumbered: false };
  // A text without a line break has no page layout to speak of.
  if (text.indexOf('\n') < 0) return { facts, delAt, delLen, tables, barriers, blocks: [], appendix: [], moves: [], blockQuotes: [], pageEdges: [] };
  const lines = splitLines(text);
  const numbered = lineNumbers(text, lines);
  facts.lineNumbered = numbered.size > 0;
  markFurniture(lines);
  if (facts.lineNumbered) {
    // On pleading paper a number alone on its line is an empty numbered line.
    for (const k of numbered) if (lines[k].content === '') lines[k].furniture = true;
  }
  const counted = countFacts(text, lines);
  facts.doubleSpaced = counted.doubleSpaced;
  facts.justified = counted.justified;
  const longLine = Math.max(30, counted.typical * 0.6);

  // Each pass adds runs in its own order; they are sorted and merged at the end.
  const runs: Array<[number, number]> = [];
  const del = (at: number, end: number) => {
    if (end > at) runs.push([at, end]);
  };
  findTables(text, lines, del, tables, barriers);

  // Footnote blocks that break a sentence are read after it: the lines in reading order.
  const moved = options.footnotes ? footnoteMoves(text, lines) : [];
  const ord = moved.length ? readingOrder(lines.length, moved) : undefined;
  joinAcrossGaps(text, lines, ord, facts, longLine, del);
  runs.sort((a, b) => a[0] - b[0]);
  const lineStart = (k: number) => (k < lines.length ? lines[k].start : text.length);
  // Runs that touch at the edge of a moved block stay apart, so the edge is never inside a deletion.
  const edges = new Set(moved.flatMap((m) => [lineStart(m.la), lineStart(m.lb), lineStart(m.ld)]));
  mergeRuns(runs, edges, delAt, delLen);
  barriers.sort((a, b) => a - b);
  const moves = moved.map((m) => ({ from: lineStart(m.la), to: lineStart(m.lb), dest: lineStart(m.ld) }));
  const blockQuotes = findBlockQuotes(lines, facts);
  const pageEdges = pageEdgesOf(text, lines);
  return { facts, delAt, delLen, tables, barriers, blocks: findBlockCandidates(text, lines, facts), appendix: findAppendix(text, lines), moves, blockQuotes, pageEdges };
}

/**
 * Walks the lines in reading order (`ord`, or text order) and deletes what
 * lies between running text: a blank-line gap or page break inside a sentence
 * is closed (a word split across it joined), and elsewhere the page furniture
 * in a gap is dropped with the blank lines kept. Printed line numbers go too.
 */
function joinAcrossGaps(text: string, lines: Line[], ord: number[] | undefined, facts: LayoutFacts, longLine: number, del: (at: number, end: number) => void): void {
  /** The whole line with its line break. */
  const lineEnd = (l: Line) => (l.end < text.length ? (text.charCodeAt(l.end) === 13 ? l.end + 2 : l.end + 1) : l.end);
  const lineAt = (pos: number) => (ord ? ord[pos] : pos);
  /** Blanks at the start of a line's text. */
  const lead = (l: Line) => text.slice(l.textStart, l.end).length - text.slice(l.textStart, l.end).trimStart().length;

  let prevText: Line | undefined; // last line of running text kept
  let prevK = -1; // its index
  let prevPos = -1; // its place in reading order
  let gapStart = -1; // place in reading order of the first line after prevText
  let gapHasBreak = false; // the gap crosses a page edge or page furniture
  const dropFurniture = (from: number, to: number) => {
    for (let g = from; g < to; g++) {
      const line = lines[lineAt(g)];
      if (line.furniture) del(line.start, lineEnd(line));
    }
  };
  for (let pos = 0; pos < lines.length; pos++) {
    const k = lineAt(pos);
    const l = lines[k];
    if (l.content === '' || l.furniture) {
      if (gapStart < 0) gapStart = pos;
      if (l.furniture || l.pageBreak) gapHasBreak = true;
      continue;
    }
    // A form feed before the line's text ends the previous page.
    if (l.pageBreak && text.indexOf('\f', l.start) < l.textStart + lead(l)) {
      gapHasBreak = true;
      if (gapStart < 0) gapStart = pos;
    }
    // Lines that follow each other in the text (not brought together by a moved footnote block).
    const contiguous = !ord || k - prevK === pos - prevPos;
    if (gapStart >= 0 && prevText && contiguous) {
      const gapLines = pos - gapStart;
      const prev = prevText.content;
      // A document may be double-spaced in its body and single-spaced in its block
      // quotes and footnotes: a lone blank line counts as spacing where the lines
      // around it are spaced the same way.
      const spacedHere = gapLines === 1 && (singleGap(lines, prevK - 1, -1) || singleGap(lines, k + 1, 1));
      const soft =
        (gapHasBreak || (facts.doubleSpaced && gapLines <= 2) || spacedHere) &&
        gapLines <= 40 &&
        prev.length >= longLine &&
        (!endsSentence(prev) || /^[a-z]/.test(l.content)) &&
        !/^(?:#|[-*+>] )/.test(prev);
      if (soft) {
        if (/[A-Za-z]-$/.test(prev) && /^[a-z]/.test(l.content)) {
          // A word split across the gap: join it.
          del(text.lastIndexOf('-', prevText.end), l.textStart + lead(l));
        } else {
          // Keep one line break; drop the blank lines and furniture between.
          del(lineEnd(prevText), l.start);
        }
      } else {
        dropFurniture(gapStart, pos);
      }
    } else if (gapStart >= 0) {
      dropFurniture(gapStart, pos);
    } else if (prevText && !contiguous && /[A-Za-z]-$/.test(prevText.content) && /^[a-z]/.test(l.content)) {
      // A word split where a footnote block was taken out: join it.
      del(text.lastIndexOf('-', prevText.end), lineEnd(prevText));
      del(l.start, l.textStart + lead(l));
    }
    if (l.textStart > l.start) del(l.start, l.textStart);
    gapStart = -1;
    gapHasBreak = l.pageBreak && text.lastIndexOf('\f', l.end) > l.textStart;
    prevText = l;
    prevK = k;
    prevPos = pos;
  }
  if (gapStart >= 0) dropFurniture(gapStart, lines.length);
}

/** Adds the sorted deletion runs to `delAt`/`delLen`, joining those that overlap or touch (except at an edge in `edges`). */
function mergeRuns(runs: Array<[number, number]>, edges: Set<number>, delAt: number[], delLen: number[]): void {
  for (const [at, end] of runs) {
    const last = delAt.length - 1;
    if (last >= 0 && (delAt[last] + delLen[last] > at || (delAt[last] + delLen[last] === at && !edges.has(at)))) {
      delLen[last] = Math.max(delAt[last] + delLen[last], end) - delAt[last];
    } else {
      delAt.push(at);
      delLen.push(end - at);
    }
  }
}

/** Where pages end: the first line of each run of page furniture, or the form feed of a page break. */
function pageEdgesOf(text: string, lines: Line[]): number[] {
  const pageEdges: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (!(l.furniture || l.pageBreak) || (k > 0 && (lines[k - 1].furniture || lines[k - 1].pageBreak))) continue;
    pageEdges.push(l.pageBreak && !l.furniture ? text.indexOf('\f', l.start) : l.start);
  }
  return pageEdges;
}
