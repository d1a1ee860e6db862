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

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the line break (or the text's end). */
  end: number;
  /** Offset of the first character after the printed line number and blanks (`start` when none). */
  textStart: number;
  /** Trimmed content after any line number, form feed and blanks. */
  content: string;
  /** The line holds a form feed: a page ends here. */
  pageBreak: boolean;
  /** Page-edge furniture or a printed number on an otherwise empty line. */
  furniture: boolean;
}

const ECF_STAMP =
  /^(?:USCA\d*\s+)?(?:Appellate\s+)?Case:?\s+#?[\w.:-]{3,40}\s+(?:Doc(?:ument)?|Dkt):?\s+[\w-]{1,25}\b.{0,160}\b(?:Filed|Page)\b.{0,160}$/;
const PAGE_OF = /^Page:?\s+\d{1,5}\s+of\s+\d{1,5}$/;
/** What a page number looks like alone on a line: `12`, `-8-`, `- 8 -`, `(III)`, `iv`, `12a`. */
const PAGE_NUMBER = /^(?:[-\u2013\u2014]\s?\d{1,4}\s?[-\u2013\u2014]|\d{1,4}a?|\(?(?:[ivxlc]{1,7}|[IVXLC]{1,7})\)?)$/;
const NUMBER_PREFIX = /^[ \t\f]*(\d{1,2})(?=[ \t]|$)[ \t]*/;
/**
 * A table-of-authorities or contents line ends in dot leaders and the pages:
 * `Graham v. Connor, 490 U.S. 386 (1989) ........ 6, 7, 9-13`, `Conclusion .... 24`,
 * `28 U.S.C. 1920 ........ 3a`, `... passim`. Items are comma-separated, so a
 * run of digits can be split only one way (no backtracking blow-up).
 */
const PAGE_ITEM = '(?:\\d{1,4}[a-z]?(?:\\s?[-\u2013]\\s?\\d{1,4}[a-z]?)?|[ivxlc]{1,6})';
const LEADER = new RegExp(`[ \t]*(?:\\.[ \t]?){4,}[ \t]*(?:${PAGE_ITEM}(?:,[ \t]?${PAGE_ITEM})*|passim)[ \t]*$`);
const TABLE_HEADING = /^(?:TABLE OF (?:CONTENTS|(?:CITED )?AUTHORITIES|CASES)|INDEX OF AUTHORITIES|AUTHORITIES CITED|Table of (?:Contents|(?:Cited )?Authorities))$/;
/** Lower-case abbreviations that end a line without ending its sentence (`Smith v.`, `et al.`, `cert.`). */
const LOWER_ABBREVIATIONS = new Set([
  'v', 'vs', 'al', 'seq', 'ed', 'eds', 'rev', 'cl', 'art', 'amend', 'n', 'nn', 'p', 'pp', 'etc', 'cf', 'id', 'ibid',
  'supp', 'cert', 'reh', 'op', 'ex', 'rel', 'no', 'nos', 'ch', 'pt', 'sec', 'subd', 'para', 'cmt', 'e.g', 'i.e', 'viz',
]);

/**
 * A line that plainly ends its sentence: `?`, `!` or `:`, or a period after a
 * lower-case word that is not an abbreviation, a number or a closing bracket
 * (`claim.`, `at 5.`, `(1994).`), perhaps inside a closing quote. A line ending
 * in `N.C.`, `App.`, `Co.` or `v.` goes on.
 */
function endsSentence(line: string): boolean {
  const m = /(\S*?)([.?!:])["'\u201d\u2019)\]]*$/.exec(line);
  if (!m) return false;
  if (m[2] !== '.') return true;
  const word = m[1].replace(/^["'\u201c\u2018([]+/, '');
  if (/[\d)\]"\u201d\u2019]$/.test(word)) return true;
  return /^[a-z][a-z'\u2019-]*$/.test(word) && !LOWER_ABBREVIATIONS.has(word.toLowerCase());
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let e = end;
    if (e > start && text.charCodeAt(e - 1) === 13) e--;
    const raw = text.slice(start, e);
    lines.push({
      start,
      end: e,
      textStart: start,
      content: raw.replace(/[\f\t ]+/g, ' ').trim(),
      pageBreak: raw.indexOf('\f') >= 0,
      furniture: false,
    });
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * Printed line numbers down the margin: most non-blank lines start with a
 * small number that runs on from the line before (or starts again at 1).
 * Returns the lines that carry one, or none when the text is not pleading paper.
 */
function lineNumbers(text: string, lines: Line[]): Set<number> {
  const numbered: number[] = [];
  let prev = -1;
  let runs = 0;
  let nonBlank = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.content === '') continue;
    nonBlank++;
    const m = NUMBER_PREFIX.exec(text.slice(l.start, Math.min(l.end, l.start + 8)));
    if (!m) continue;
    const n = Number(m[1]);
    if (n === prev + 1 || (n === 1 && prev >= 1)) runs++;
    prev = n;
    numbered.push(k);
  }
  const out = new Set<number>();
  if (numbered.length < 20 || runs < numbered.length * 0.6 || numbered.length < nonBlank * 0.3) return out;
  // Keep only the numbers that continue the sequence, so a citation's volume
  // that happens to open a line (`15 F.3d 100`) is not taken for one.
  prev = -1;
  for (const k of numbered) {
    const l = lines[k];
    const m = NUMBER_PREFIX.exec(text.slice(l.start, Math.min(l.end, l.start + 8)))!;
    const n = Number(m[1]);
    if (n === prev + 1 || n === 1 || (prev < 0 && n <= 35) || (n > prev && n <= prev + 3)) {
      out.add(k);
      l.textStart = l.start + m[0].length;
      l.content = text.slice(l.textStart, l.end).replace(/[\f\t ]+/g, ' ').trim();
      prev = n;
    }
  }
  return out;
}

/** A line that could be a running head: mostly capitals, with a page number at one end. */
function runningHeadLike(c: string): boolean {
  if (c.length < 12 || c.length > 120 || !/^\d{1,4}\s|\s\d{1,4}$/.test(c)) return false;
  const letters = c.replace(/[^A-Za-z]/g, '');
  return letters.length >= 8 && letters.replace(/[^A-Z]/g, '').length >= letters.length * 0.8;
}

/** Digits stand for page numbers when running heads are compared (`Cite as: 505 U. S. 377 (1992) 381`). */
function headKey(s: string): string {
  return s.replace(/\d+/g, '#');
}

/**
 * Lines at the top or bottom of pages that repeat on many pages (running heads,
 * printer's slugs, the docket number the court prints on every page) and page
 * numbers there, plus stamps and page numbers standing alone between blank lines.
 */
function markFurniture(lines: Line[]): void {
  // Pages: runs of lines between form feeds.
  const pages: Array<[number, number]> = [];
  let first = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].pageBreak) {
      pages.push([first, k]);
      first = k;
    }
  }
  pages.push([first, lines.length - 1]);
  const edges = (p: [number, number]): number[] => {
    const out: number[] = [];
    let n = 0;
    for (let k = p[0]; k <= p[1] && n < 4; k++) if (lines[k].content !== '') out.push(k), n++;
    n = 0;
    for (let k = p[1]; k >= p[0] && n < 3; k--) if (lines[k].content !== '' && !out.includes(k)) out.push(k), n++;
    return out;
  };
  if (pages.length >= 3) {
    const count = new Map<string, number>();
    for (const p of pages) {
      const seen = new Set<string>();
      for (const k of edges(p)) {
        const c = lines[k].content;
        if (c.length > 140) continue;
        // A short or lower-case line (`Id.`, a sentence's tail) may open several pages by chance.
        if (c.length < 6 || /^[a-z]/.test(c)) continue;
        const key = headKey(c);
        if (!seen.has(key)) seen.add(key), count.set(key, (count.get(key) ?? 0) + 1);
      }
    }
    const min = Math.max(3, Math.ceil(pages.length * 0.3));
    // A short head under the running head names the part of the opinion the page
    // belongs to (`Opinion of the Court`, `White, J., concurring in judgment`): it
    // repeats at the top of fewer pages, but never as a sentence.
    const tops = (p: [number, number]) => edges(p).filter((k) => k <= p[0] + 12).slice(0, 3);
    const topCount = new Map<string, number>();
    for (const p of pages) {
      const seen = new Set<string>();
      for (const k of tops(p)) {
        const c = lines[k].content;
        if (c.length < 6 || c.length > 60 || /^[a-z]/.test(c) || /[.,;:?!]$/.test(c)) continue;
        const key = headKey(c);
        if (!seen.has(key)) seen.add(key), topCount.set(key, (topCount.get(key) ?? 0) + 1);
      }
    }
    for (const p of pages) {
      const at = edges(p);
      for (const k of at) {
        const c = lines[k].content;
        if (PAGE_NUMBER.test(c) || (c.length <= 140 && c.length >= 6 && (count.get(headKey(c)) ?? 0) >= min)) lines[k].furniture = true;
      }
      // A subhead printed under the running head on the pages of one opinion
      // (`Opinion of the Court`, `WHITE, J., concurring in judgment`) repeats on
      // fewer pages than the head: it is furniture where it follows the head.
      for (let j = 1; j < at.length && at[j] > at[j - 1]; j++) {
        const c = lines[at[j]].content;
        if (!lines[at[j - 1]].furniture) break;
        if (lines[at[j]].furniture) continue;
        if (c.length >= 6 && c.length <= 80 && !/[.;,]$/.test(c) && (count.get(headKey(c)) ?? 0) >= 3) lines[at[j]].furniture = true;
        else break;
      }
      for (const k of tops(p)) if ((topCount.get(headKey(lines[k].content)) ?? 0) >= 3 && lines[k].content.length <= 60) lines[k].furniture = true;
    }
  } else {
    if (pages.length === 2) for (const p of pages) for (const k of edges(p)) if (PAGE_NUMBER.test(lines[k].content)) lines[k].furniture = true;
    // Text extracted without form feeds still carries its running heads: a
    // capitalised line with its page number (`16 CMTY. LEGAL SERVICES V . U.S. HHS`)
    // repeated on many pages.
    const count = new Map<string, number>();
    for (const l of lines) if (runningHeadLike(l.content)) count.set(headKey(l.content), (count.get(headKey(l.content)) ?? 0) + 1);
    for (const l of lines) if (runningHeadLike(l.content) && (count.get(headKey(l.content)) ?? 0) >= 4) l.furniture = true;
  }
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    const c = l.content;
    if (c === '' || l.furniture) continue;
    if (ECF_STAMP.test(c) || PAGE_OF.test(c)) {
      l.furniture = true;
      continue;
    }
    // A page number alone between blank lines (typescript without form feeds).
    if (PAGE_NUMBER.test(c)) {
      const before = k === 0 || lines[k - 1].content === '';
      const after = k === lines.length - 1 || lines[k + 1].content === '';
      if (before && after) l.furniture = true;
    }
  }
}

/**
 * The brief's own tables: runs of leader lines (with the heading above and the
 * entry lines between them). Each leader and page list is deleted, so an
 * entry reads as its citation, and each entry's first line is a barrier.
 */
function findTables(text: string, lines: Line[], del: (at: number, end: number) => void, tables: Layout['tables'], barriers: number[]): void {
  const leaderAt = (l: Line): number => {
    const from = Math.max(l.textStart, l.end - 240);
    const m = LEADER.exec(text.slice(from, l.end));
    return m ? from + m.index : -1;
  };
  let k = 0;
  while (k < lines.length) {
    const head = TABLE_HEADING.test(lines[k].content);
    const firstLeader = head ? -1 : leaderAt(lines[k]);
    if (!head && firstLeader < 0) {
      k++;
      continue;
    }
    // A table: from here to the last leader line that follows within a few entry lines.
    const start = lines[k].start;
    let last = head ? -1 : k;
    let sinceLeader = 0;
    let j = head ? k + 1 : k;
    let entryStart = true;
    const entries: number[] = [];
    const leaders: Array<[number, number]> = [];
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (l.content === '' || l.furniture) continue;
      const at = leaderAt(l);
      if (at >= 0) {
        if (entryStart) entries.push(l.textStart);
        leaders.push([at, l.end]);
        last = j;
        sinceLeader = 0;
        entryStart = true;
        continue;
      }
      if (++sinceLeader > 6) break;
      if (entryStart) entries.push(l.textStart);
      // A section label (`Cases:`, `Statutes and rules—Continued: Page`) stands alone.
      entryStart = /:(?:\s*Page)?$|^Page$/.test(l.content);
    }
    if (last < 0 || leaders.length < 2) {
      k = Math.max(k + 1, last + 1);
      continue;
    }
    const end = lines[last].end;
    tables.push({ start, end });
    for (const e of entries) if (e <= end) barriers.push(e);
    for (const [at, e] of leaders) del(at, e);
    k = last + 1;
  }
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
function findBlockCandidates(text: string, lines: Line[], facts: LayoutFacts): BlockCandidate[] {
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
function findBlockQuotes(lines: Line[], facts: LayoutFacts): Array<{ start: number; end: number }> {
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
function findAppendix(text: string, lines: Line[]): Layout['appendix'] {
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

/** A line that opens with a citation: `Id.`, or a name and a volume, reporter and page or `at`. */
const SOURCE_LINE = /^(?:(?:See\s+)?(?:Id\.|Ibid\.)|.{0,120}?,\s+\d{1,5}\s+(?:[A-Z][A-Za-z.']*\s?){1,5}(?:\d|at\b)|.{0,120}?\b\d{1,5}\s+(?:[A-Z][A-Za-z.']*\s?){1,5}\d)/;

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

const FOOTNOTE_NUMBER = /^\d{1,3}$/;

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
/** A line that ends its sentence, perhaps with a footnote call after the period (`review.9`, `law.”11`). */
function endsSentenceBeforeCall(line: string): boolean {
  return endsSentence(line.replace(/([.?!:]["'\u201d\u2019)\]]*)\d{1,3}$/, '$1'));
}

function footnoteMoves(text: string, lines: Line[]): Array<{ la: number; lb: number; ld: number }> {
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
function readingOrder(count: number, moved: Array<{ la: number; lb: number; ld: number }>): number[] {
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
  /** The whole line with its line break. */
  const lineEnd = (l: Line) => (l.end < text.length ? (text.charCodeAt(l.end) === 13 ? l.end + 2 : l.end + 1) : l.end);

  // Footnote blocks that break a sentence are read after it: the lines in reading order.
  const moved = options.footnotes ? footnoteMoves(text, lines) : [];
  const ord = moved.length ? readingOrder(lines.length, moved) : undefined;
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
  runs.sort((a, b) => a[0] - b[0]);
  const lineStart = (k: number) => (k < lines.length ? lines[k].start : text.length);
  // Runs that touch at the edge of a moved block stay apart, so the edge is never inside a deletion.
  const edges = new Set(moved.flatMap((m) => [lineStart(m.la), lineStart(m.lb), lineStart(m.ld)]));
  for (const [at, end] of runs) {
    const last = delAt.length - 1;
    if (last >= 0 && (delAt[last] + delLen[last] > at || (delAt[last] + delLen[last] === at && !edges.has(at)))) {
      delLen[last] = Math.max(delAt[last] + delLen[last], end) - delAt[last];
    } else {
      delAt.push(at);
      delLen.push(end - at);
    }
  }
  barriers.sort((a, b) => a - b);
  const moves = moved.map((m) => ({ from: lineStart(m.la), to: lineStart(m.lb), dest: lineStart(m.ld) }));
  const blockQuotes = findBlockQuotes(lines, facts);
  const pageEdges: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (!(l.furniture || l.pageBreak) || (k > 0 && (lines[k - 1].furniture || lines[k - 1].pageBreak))) continue;
    pageEdges.push(l.pageBreak && !l.furniture ? text.indexOf('\f', l.start) : l.start);
  }
  return { facts, delAt, delLen, tables, barriers, blocks: findBlockCandidates(text, lines, facts), appendix: findAppendix(text, lines), moves, blockQuotes, pageEdges };
}
