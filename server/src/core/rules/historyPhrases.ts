// Subsequent-history phrases (`, aff'd, `; `, cert. denied, `; `, overruled on
// other grounds by `) read between two citations, misspelled or not, with the
// phrase the rules want in their place.

import type { Citation, Span } from '../types';
import { isMarker } from './emphasis';
import { isTopLevel } from '../cite/predicates';

/** Written form → history word (lower case, straight apostrophes). */
const HISTORY_WORDS: Record<string, string> = {
  "aff'd": "aff'd",
  affd: "aff'd",
  affirmed: "aff'd",
  "rev'd": "rev'd",
  revd: "rev'd",
  reversed: "rev'd",
  "aff'g": "aff'g",
  affg: "aff'g",
  affirming: "aff'g",
  "rev'g": "rev'g",
  revg: "rev'g",
  reversing: "rev'g",
  vacated: 'vacated',
  vacating: 'vacating',
  'cert.': 'cert.',
  cert: 'cert.',
  denied: 'denied',
  'den.': 'denied',
  den: 'denied',
  granted: 'granted',
  dismissed: 'dismissed',
  "reh'g": "reh'g",
  rehg: "reh'g",
  rehearing: "reh'g",
  en: 'en',
  banc: 'banc',
  in: 'in',
  part: 'part',
  on: 'on',
  other: 'other',
  grounds: 'grounds',
  overruled: 'overruled',
  abrogated: 'abrogated',
  superseded: 'superseded',
  by: 'by',
  statute: 'statute',
  as: 'as',
  stated: 'stated',
  modified: 'modified',
  modifying: 'modifying',
  remanded: 'remanded',
  withdrawn: 'withdrawn',
  appeal: 'appeal',
  'mem.': 'mem.',
  mem: 'mem.',
};
/** Words that keep their period (the period is not trailing punctuation). */
const KEEPS_PERIOD = new Set(['cert.', 'den.', 'mem.']);
const HEADS = new Set([
  "aff'd",
  "rev'd",
  "aff'g",
  "rev'g",
  'vacated',
  'vacating',
  'cert.',
  "reh'g",
  'overruled',
  'abrogated',
  'superseded',
  'modified',
  'modifying',
  'remanded',
  'withdrawn',
  'appeal',
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
