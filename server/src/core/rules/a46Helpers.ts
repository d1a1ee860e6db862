// Helpers shared by the signal, short-form, parenthetical and history rules
// (CITE040–CITE071): Markdown emphasis runs, what precedes a signal, textual
// sentence starts, government parties, subsequent-history phrases, and
// joining edits. All work on the ORIGINAL text, so the
// edits they help build keep the writer's emphasis markers where they were.

import type { Citation, Span } from '../types';
import type { Edit } from './types';
import { isTopLevel } from '../cite/predicates';

// ---------------------------------------------------------------------------
// Edits

/**
 * Sorts edits and joins an insertion with an edit that starts at the same
 * offset, so no two edits of one fix touch the same position.
 */
export function mergeEdits(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === e.start && last.end === last.start) {
      out[out.length - 1] = { start: e.start, end: e.end, newText: last.newText + e.newText };
    } else out.push(e);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Markdown emphasis

export function isMarker(ch: string | undefined): boolean {
  return ch === '*' || ch === '_';
}

/** Text of `[start, end)` without emphasis markers, with each kept character's original offset. */
export function withoutMarkers(text: string, start: number, end: number): { clean: string; pos: number[] } {
  let clean = '';
  const pos: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (isMarker(ch) && !(ch === '*' && /\d/.test(text[i + 1] ?? ''))) continue;
    clean += ch;
    pos.push(i);
  }
  return { clean, pos };
}

/** One italic stretch: content offsets `[start, end)` and the marker that makes it. */
export interface ItalicRun {
  start: number;
  end: number;
  marker: '*' | '_';
}

let runCache: { text: string; runs: ItalicRun[] } | undefined;

/**
 * Italic runs of a Markdown text (`*…*`, `_…_`, `***…***`), read paragraph by
 * paragraph with CommonMark's flanking test, simplified. `**bold**` is not
 * italic; `*3` (a star page or pin) and `snake_case` are not markers. Linear.
 */
export function italicRuns(text: string): ItalicRun[] {
  if (runCache && runCache.text === text) return runCache.runs;
  const runs: ItalicRun[] = [];
  let open: Array<{ ch: '*' | '_'; len: number; at: number }> = [];
  const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
  const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      // A blank line closes every open marker.
      let k = i + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
      if (text[k] === '\n') open = [];
      continue;
    }
    if (ch !== '*' && ch !== '_') continue;
    let n = 1;
    while (text[i + n] === ch) n++;
    const before = text[i - 1];
    const after = text[i + n];
    const at = i;
    i += n - 1;
    if (ch === '*' && n === 1 && /\d/.test(after ?? '')) continue; // `at *22`
    if (ch === '*' && before === '[') continue; // Lexis `[*228]`
    if (ch === '_' && isAlnum(before) && isAlnum(after)) continue; // snake_case
    if (n === 2) continue; // bold only
    const left = !isSpace(after);
    const right = !isSpace(before);
    const top = open.length ? open[open.length - 1] : undefined;
    if (right && top && top.ch === ch) {
      open.pop();
      const start = top.at + top.len;
      const end = at;
      if (end > start) runs.push({ start, end, marker: ch });
      continue;
    }
    if (left) open.push({ ch: ch as '*' | '_', len: n, at });
  }
  runs.sort((a, b) => a.start - b.start);
  runCache = { text, runs };
  return runs;
}

/** The italic run that holds all of `[start, end)`, if any. */
export function italicRunOver(runs: ItalicRun[], start: number, end: number): ItalicRun | undefined {
  // Runs do not nest in practice; a linear scan over the few runs before `start` is enough.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
    if (runs[k].start <= start && end <= runs[k].end) return runs[k];
  }
  return undefined;
}

/** `[start, end)` trimmed of spaces, commas and emphasis markers at both ends. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,*_]/.test(text[s])) s++;
  while (e > s && /[\s,*_]/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** A test for "lies wholly inside one of `spans`", by binary search over the spans sorted by start. */
export function insideAnyOf(spans: Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Running maximum of ends, so nested or overlapping ranges are still found.
  const maxEnd: number[] = [];
  let m = -1;
  for (const x of sorted) maxEnd.push((m = Math.max(m, x.end)));
  return (s: Span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] >= s.end;
  };
}

// ---------------------------------------------------------------------------
// Where a citation stands

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

// ---------------------------------------------------------------------------
// Parties

const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam',
  'Ala.', 'Ariz.', 'Ark.', 'Cal.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Haw.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.',
  'Me.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.',
  'N.D.', 'Okla.', 'Or.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'W. Va.', 'Wis.', 'Wyo.',
  'P.R.',
];
const STATE_SET = new Set(STATES.map((s) => s.toLowerCase()));
const GOVERNMENT =
  /^(?:the\s+)?(?:united\s+states(?:\s+of\s+america)?|u\.\s?s\.|america|state|states|people|commonwealth|government|gov't|territory|district\s+of\s+columbia|d\.c\.|new\s+york\s+city|n\.y\.c\.)$/i;
const LOCALITY =
  /^(?:the\s+)?(?:city|town|village|vill\.|county|cnty\.|cty\.|borough|township|twp\.|parish|par\.|municipality|mun\.|state|commonwealth|people|district|dist\.)(?:\s+(?:and\s+county\s+)?of\s+.+)?$/i;

/** True for a party that is a government or a place (`United States`, `State`, `City of Hartford`, `Connecticut`). */
export function isGovernmentParty(name: string | undefined): boolean {
  if (!name) return false;
  const n = name.replace(/[*_]/g, '').replace(/\s+/g, ' ').replace(/,$/, '').trim();
  if (n === '') return false;
  if (GOVERNMENT.test(n) || LOCALITY.test(n)) return true;
  if (STATE_SET.has(n.toLowerCase())) return true;
  const m = /^(?:state|commonwealth|people)\s+of\s+(?:the\s+)?(.+)$/i.exec(n);
  return !!m && STATE_SET.has(m[1].toLowerCase());
}

/** A name compared loosely: no emphasis, one space, no trailing comma, lower case. */
export function nameKey(s: string | undefined): string {
  return (s ?? '').replace(/[*_]/g, '').replace(/\s+/g, ' ').replace(/[,\s]+$/, '').trim().toLowerCase();
}

// ---------------------------------------------------------------------------
// Subsequent history

/** Written form → history word (lower case, straight apostrophes). */
const HISTORY_WORDS: Record<string, string> = {
  "aff'd": "aff'd", affd: "aff'd", affirmed: "aff'd",
  "rev'd": "rev'd", revd: "rev'd", reversed: "rev'd",
  "aff'g": "aff'g", affg: "aff'g", affirming: "aff'g",
  "rev'g": "rev'g", revg: "rev'g", reversing: "rev'g",
  vacated: 'vacated', vacating: 'vacating',
  'cert.': 'cert.', cert: 'cert.',
  denied: 'denied', 'den.': 'denied', den: 'denied', granted: 'granted', dismissed: 'dismissed',
  "reh'g": "reh'g", rehg: "reh'g", rehearing: "reh'g",
  en: 'en', banc: 'banc', in: 'in', part: 'part', on: 'on', other: 'other', grounds: 'grounds',
  overruled: 'overruled', abrogated: 'abrogated', superseded: 'superseded', by: 'by', statute: 'statute',
  as: 'as', stated: 'stated', modified: 'modified', modifying: 'modifying', remanded: 'remanded',
  withdrawn: 'withdrawn', appeal: 'appeal', 'mem.': 'mem.', mem: 'mem.',
};
/** Words that keep their period (the period is not trailing punctuation). */
const KEEPS_PERIOD = new Set(['cert.', 'den.', 'mem.']);
const HEADS = new Set([
  "aff'd", "rev'd", "aff'g", "rev'g", 'vacated', 'vacating', 'cert.', "reh'g", 'overruled', 'abrogated', 'superseded',
  'modified', 'modifying', 'remanded', 'withdrawn', 'appeal',
]);
const VALID_PHRASE =
  /^(?:aff'd(?: mem\.)?(?: in part)?|rev'd(?: in part)?|aff'g|rev'g|vacated(?: in part)?|vacating|cert\. (?:denied|granted|dismissed)|reh'g(?: en banc)? (?:denied|granted)|appeal (?:dismissed|denied)|modified|modifying|remanded|withdrawn|(?:overruled|abrogated)(?: in part)?|superseded by statute(?: as stated in)?)(?: on other grounds)?(?: by)?$/;

export interface HistoryWord {
  text: string;
  start: number;
  end: number;
}

export interface HistoryPhrase {
  /** The earlier citation and the history citation. */
  of: Citation;
  cite: Citation;
  /** From the end of the earlier citation to the start of the history citation. */
  gap: Span;
  words: HistoryWord[];
  /** The punctuation after the last word (`,` or `.`), if any. */
  punct?: { ch: string; at: number };
  /** Just after the last word and any emphasis markers that close right after it. */
  afterWords: number;
  /** The phrase as the rules want it (words only), e.g. `overruled on other grounds by`. */
  canonical: string;
  /** Whether the phrase takes a comma before the citation it introduces. */
  takesComma: boolean | undefined;
}

/**
 * Reads a subsequent-history phrase written between citation `a` and the next
 * top-level citation `b` (`, aff'd, `; `, cert denied, `; `, overruled on other
 * grounds, `), misspelled or not. Undefined when the gap is anything else.
 */
export function historyBetween(text: string, a: Citation, b: Citation): HistoryPhrase | undefined {
  const gapStart = a.span.end;
  const gapEnd = b.signal ? b.signal.span.start : b.span.start;
  if (gapEnd <= gapStart || gapEnd - gapStart > 90) return undefined;
  let i = gapStart;
  const skip = () => {
    while (i < gapEnd && /[\s*_]/.test(text[i])) i++;
  };
  skip();
  if (text[i] !== ',') return undefined;
  i++;
  const words: HistoryWord[] = [];
  let punct: { ch: string; at: number } | undefined;
  let afterWords = i;
  for (;;) {
    skip();
    if (i >= gapEnd) break;
    if (punct) return undefined; // words after the closing punctuation: not a history phrase
    const m = /^[A-Za-z'\u2019]+\.?/.exec(text.slice(i, gapEnd));
    if (!m) {
      if ((text[i] === ',' || text[i] === '.') && words.length) {
        punct = { ch: text[i], at: i };
        i++;
        continue;
      }
      return undefined;
    }
    let w = m[0];
    const norm = w.toLowerCase().replace(/\u2019/g, "'");
    if (w.endsWith('.') && !KEEPS_PERIOD.has(norm) && HISTORY_WORDS[norm] === undefined) w = w.slice(0, -1);
    words.push({ text: w, start: i, end: i + w.length });
    i += w.length;
    afterWords = i;
    while (afterWords < gapEnd && isMarker(text[afterWords])) afterWords++;
    if (text[i] === '.' && !w.endsWith('.')) {
      punct = { ch: '.', at: i };
      i++;
    }
  }
  if (words.length === 0 || words.length > 7) return undefined;
  const canon: string[] = [];
  for (const w of words) {
    const k = w.text.toLowerCase().replace(/\u2019/g, "'");
    const c = HISTORY_WORDS[k] ?? HISTORY_WORDS[k.replace(/\.$/, '')];
    if (c === undefined) return undefined;
    canon.push(c);
  }
  if (!HEADS.has(canon[0])) return undefined;
  // `overruled` and `abrogated` name the overruling case: they end in `by`.
  if ((canon[0] === 'overruled' || canon[0] === 'abrogated') && canon[canon.length - 1] !== 'by') canon.push('by');
  // The other phrases stand for the later decision and take none: `aff'd by 197 F.3d 161` is `aff'd, 197 F.3d 161`
  // (superseded keeps it: `superseded by statute`).
  else if (canon.length > 1 && canon[canon.length - 1] === 'by' && canon[0] !== 'overruled' && canon[0] !== 'abrogated' && canon[0] !== 'superseded') canon.pop();
  const canonical = canon.join(' ');
  if (!VALID_PHRASE.test(canonical)) return undefined;
  let takesComma: boolean | undefined = !(canonical.endsWith(' by') || canonical.endsWith('as stated in') || /^(?:aff'g|rev'g|vacating|modifying)$/.test(canonical));
  if (canonical.startsWith('superseded')) takesComma = undefined;
  return { of: a, cite: b, gap: { start: gapStart, end: gapEnd }, words, punct, afterWords, canonical, takesComma };
}

/** Every history phrase of the document, keyed by the history citation's index. */
export function historyPhrases(text: string, cites: Citation[]): Map<number, HistoryPhrase> {
  const out = new Map<number, HistoryPhrase>();
  let prev: Citation | undefined;
  for (const c of cites) {
    if (!isTopLevel(c)) continue;
    if (prev && (prev.kind === 'case' || prev.kind === 'database' || prev.kind === 'docket' || prev.historyOf !== undefined)) {
      const h = historyBetween(text, prev, c);
      if (h) out.set(c.index, h);
    }
    prev = c;
  }
  return out;
}
