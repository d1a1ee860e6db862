// The lines of a text as the layout passes read them (layout.ts): each with
// its offsets, its content after a printed line number, and whether it ends a
// page or is page furniture; and whether a line plainly ends its sentence.

export interface Line {
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

/** A footnote's number alone on its line, as PDF text puts it above the footnote. */
export const FOOTNOTE_NUMBER = /^\d{1,3}$/;

/** Lower-case abbreviations that end a line without ending its sentence (`Smith v.`, `et al.`, `cert.`). */
const LOWER_ABBREVIATIONS = new Set([
  'v',
  'vs',
  'al',
  'seq',
  'ed',
  'eds',
  'rev',
  'cl',
  'art',
  'amend',
  'n',
  'nn',
  'p',
  'pp',
  'etc',
  'cf',
  'id',
  'ibid',
  'supp',
  'cert',
  'reh',
  'op',
  'ex',
  'rel',
  'no',
  'nos',
  'ch',
  'pt',
  'sec',
  'subd',
  'para',
  'cmt',
  'e.g',
  'i.e',
  'viz',
]);

/**
 * A line that plainly ends its sentence: `?`, `!` or `:`, or a period after a
 * lower-case word that is not an abbreviation, a number or a closing bracket
 * (`claim.`, `at 5.`, `(1994).`), perhaps inside a closing quote. A line ending
 * in `N.C.`, `App.`, `Co.` or `v.` goes on.
 */
export function endsSentence(line: string): boolean {
  const m = /(\S*?)([.?!:])["'\u201d\u2019)\]]*$/.exec(line);
  if (!m) return false;
  if (m[2] !== '.') return true;
  const word = m[1].replace(/^["'\u201c\u2018([]+/, '');
  if (/[\d)\]"\u201d\u2019]$/.test(word)) return true;
  return /^[a-z][a-z'\u2019-]*$/.test(word) && !LOWER_ABBREVIATIONS.has(word.toLowerCase());
}

export function splitLines(text: string): Line[] {
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

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}
