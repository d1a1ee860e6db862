// Case names reduced to the words that identify a case, so that two ways of
// writing one caption compare equal: abbreviations per Indigo T11 / Bluebook
// T6 (`Department`, `Dep't` and `Dept.` are one word), case, emphasis, curly
// apostrophes, `v.` or `vs.`, and the small words (`of`, `the`, `In re`, `ex
// rel.`) that a writer may keep or drop. What is left is compared as a
// multiset: party order, a name shortened to its first party, a dropped `City
// of` or `Inc.` all leave one name's words inside the other's.

import { abbreviationsOf } from '../data/nameWords';

/** One word of a case name, with where it is written. */
export interface NameWord {
  /** The comparable form: lower case, letters and digits only, abbreviated as the table prefers. */
  key: string;
  /** The word as written, emphasis and outer punctuation removed (`Dep't`, `Harris`). */
  written: string;
  start: number;
  end: number;
}

/** Words that carry no identity: joiners, procedural phrases, `v.` itself. */
const SMALL = new Set([
  'v',
  'vs',
  'versus',
  'the',
  'of',
  'and',
  'in',
  're',
  'ex',
  'parte',
  'rel',
  'a',
  'an',
  'for',
  'on',
  'at',
  'to',
  'by',
  'et',
  'al',
  'matter',
  'estate',
]);

/** The comparable form of one word as written. */
export function wordKey(written: string): string {
  let w = written.replace(/[’‘]/g, "'").replace(/'s$/i, '');
  // A caption in capitals (a table of authorities) is looked up as the table writes the word.
  const abbr = abbreviationsOf(w) ?? (/^[A-Z]{2,}$/.test(w) ? abbreviationsOf(w[0] + w.slice(1).toLowerCase()) : undefined);
  if (abbr?.length) w = abbr[0];
  return w.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The identifying words of the name written in `text` between `start` and `end` (offsets are into `text`). */
export function nameWords(text: string, start = 0, end = text.length): NameWord[] {
  const out: NameWord[] = [];
  // Hyphens and slashes join words a writer may also space (`al-Kidd`): split there, as a space does.
  const re = /[^\s\-/\u2010-\u2014]+/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    let s = m.index;
    let e = Math.min(end, s + m[0].length);
    while (s < e && /[*_("“'‘[]/.test(text[s])) s++;
    while (e > s && /[*_)"”,;:\]]/.test(text[e - 1])) e--;
    if (e <= s) continue;
    const written = text.slice(s, e);
    const key = wordKey(written);
    if (!key || SMALL.has(key)) continue;
    out.push({ key, written, start: s, end: e });
  }
  return out;
}

/** The keys of a name as a string, in order. */
export function nameKeys(name: string): string[] {
  return nameWords(name).map((w) => w.key);
}

/** One key for a whole name: its words in order. Names that differ only in abbreviation, case or small words share it. */
export function nameSignature(keys: readonly string[]): string {
  return keys.join(' ');
}

/**
 * True when two names can be the same case's: one's words are all among the
 * other's (party order, a shortened name, a dropped `City of` or designation),
 * or they are the same letters spaced differently (`DeLaurentis`, `De Laurentis`).
 */
export function sameCaseName(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  if (a.join('') === b.join('')) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const left = countOf(long);
  for (const k of short) {
    const n = left.get(k) ?? 0;
    if (n === 0) return false;
    left.set(k, n - 1);
  }
  return true;
}

export function countOf(keys: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
