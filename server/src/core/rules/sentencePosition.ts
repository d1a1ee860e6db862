// Where a citation stands in the text: what precedes its signal (a paragraph, a sentence, a
// clause), where the textual sentence holding it starts, and its signal as a
// lookup key. All work on the ORIGINAL text, skipping emphasis markers.

import { isMarker } from './emphasis';

/** A signal reduced to its words for lookups: `*See e.g.*,` → `see e.g.`, `Cf.` → `cf`. */
export function signalKey(signalText: string): string {
  return signalText
    .replace(/[*_]/g, '')
    .toLowerCase()
    .replace(/,/g, ' ')
    .replace(/\bcf\./g, 'cf')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Abbreviations after which a period does not end a sentence. */
const MID_SENTENCE_ABBREVIATIONS = /^(?:v|vs|e\.g|i\.e|cf|No|Nos|Dr|Mr|Mrs|Ms|St|Jr|Sr|al|Inc|Co|Corp|Ltd|Bros|U\.S|[A-Z])$/;

export type Lead = 'paragraph' | 'sentence' | 'clause' | 'semicolon' | 'unknown';

/**
 * What comes before `pos` (usually a signal), skipping spaces, line breaks,
 * emphasis markers and a page number alone on its line (page furniture): the
 * start of a paragraph or sentence, a clause (a comma), a semicolon, or
 * something that cannot be judged. A blank line ends a paragraph, except after
 * a comma or a semicolon, which a paragraph never ends with (double-spaced text
 * puts a blank line between all its lines).
 */
export function leadBefore(text: string, pos: number): Lead {
  let j = pos - 1;
  let newlines = 0;
  while (j >= 0) {
    const ch = text[j];
    if (ch === '\n') {
      newlines++;
      j--;
      // A page number alone on the line before: `…venue lies,\n17\n\nsee 28 U.S.C. 2343`.
      const line = /(?:^|\n)([ \t\f]*\d{1,4}[ \t\f]*)$/.exec(text.slice(Math.max(0, j - 12), j + 1));
      if (line && newlines >= 1) {
        const before = j + 1 - line[1].length;
        if (before > 0 && text[before - 1] === '\n') j = before - 1;
      }
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '*' || ch === '_') {
      j--;
      continue;
    }
    break;
  }
  if (j < 0) return 'paragraph';
  const ch = text[j];
  if (ch === ';') return 'semicolon';
  if (ch === ',') return 'clause';
  if (newlines >= 2) return 'paragraph';
  if (ch === '?' || ch === '!') return 'sentence';
  let k = j;
  if (ch === '"' || ch === '\u201d' || ch === ')' || ch === "'" || ch === '\u2019') {
    k = j - 1;
    while (k >= 0 && isMarker(text[k])) k--;
    if (text[k] === '?' || text[k] === '!') return 'sentence';
    if (text[k] !== '.') return 'unknown';
  } else if (ch !== '.') {
    return 'unknown';
  }
  // A period: the end of a sentence unless it closes an abbreviation.
  let s = k;
  while (s > 0 && /[A-Za-z.']/.test(text[s - 1])) s--;
  const word = text.slice(s, k);
  if (word === '' || /\d$/.test(text.slice(Math.max(0, k - 1), k))) return 'sentence';
  if (MID_SENTENCE_ABBREVIATIONS.test(word)) return 'unknown';
  return 'sentence';
}

/**
 * Start of the textual sentence that holds `pos`: after the last period,
 * question or exclamation mark that plainly ends a sentence (one after a
 * lower-case word, a number, a bracket or a quotation mark), or after a blank
 * line. Periods after capitalised words are taken for abbreviations (`Cnty.`),
 * so the sentence found may be longer than the real one, never shorter.
 *
 * With `layoutBlanks`, a blank line after a line that stops mid-sentence is
 * page layout (double spacing, a page break), not the end of a paragraph.
 */
export function sentenceStart(text: string, pos: number, maxBack = 1500, layoutBlanks = false): number {
  const floor = Math.max(0, pos - maxBack);
  for (let j = pos - 1; j > floor; j--) {
    const ch = text[j];
    if (ch === '\n') {
      let k = j - 1;
      while (k >= floor && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k--;
      if (text[k] !== '\n') continue;
      if (!layoutBlanks) return j + 1;
      let e = k;
      while (e > floor && /\s/.test(text[e])) e--;
      if (e <= floor || /[.?!:]["'\u201d\u2019)\]*_]*$/.test(text.slice(Math.max(floor, e - 4), e + 1))) return j + 1;
      j = e + 1;
      continue;
    }
    if (ch !== '.' && ch !== '?' && ch !== '!') continue;
    const next = text[j + 1];
    if (next !== undefined && !/[\s*_"'\u201d\u2019)]/.test(next)) continue;
    if (ch !== '.') return j + 1;
    let k = j - 1;
    while (k > floor && isMarker(text[k])) k--;
    const prev = text[k];
    if (/[0-9)\]"'\u201d\u2019]/.test(prev)) return j + 1;
    let s = k;
    while (s > floor && /[A-Za-z']/.test(text[s - 1])) s--;
    const word = text.slice(s, k + 1);
    if (/^[a-z][a-z']+$/.test(word) && !/^(?:al|seq|cf|id|ibid|cert|rel|supp|op|ed|eds|cl|art|amend|pmbl|mem)$/.test(word)) return j + 1;
  }
  return floor;
}
