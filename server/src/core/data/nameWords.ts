// Case-name words and their abbreviations (Indigo Book T11 = Bluebook T6) from
// data/case-name-abbreviations.json, looked up both ways: word → abbreviations
// (the first is the preferred form; the others are accepted) and abbreviation →
// the words it can stand for. Plurals the table leaves out are derived the
// usual way (`Departments` → `Dep'ts`, `Companies` → `Cos.`). Read-only.

import wordsData from '../../../../data/case-name-abbreviations.json';

interface RawWords {
  words: Record<string, string[]>;
  forbidden: Record<string, string | null>;
}

const raw = wordsData as unknown as RawWords;

const WORDS = new Map<string, string[]>(Object.entries(raw.words));
// Bluebook T6 lists the singular as well; the derived table has only the plural forms.
if (!WORDS.has('Correction')) WORDS.set('Correction', ['Corr.']);
const REVERSE = new Map<string, string[]>();
for (const [word, abbrs] of WORDS) {
  for (const a of abbrs) {
    const list = REVERSE.get(a) ?? [];
    if (!list.includes(word)) list.push(word);
    REVERSE.set(a, list);
  }
}

/** Keys of more than one word (`United States`, `Supreme Court`), longest first. */
export const MULTIWORD_KEYS: readonly string[] = [...WORDS.keys()].filter((k) => k.includes(' ')).sort((a, b) => b.length - a.length);

/** Plural of an abbreviation: `Bd.` → `Bds.`, `Dep't` → `Dep'ts`, `Comm'n` → `Comm'ns`. */
export function pluralAbbreviation(abbr: string): string {
  return abbr.endsWith('.') ? `${abbr.slice(0, -1)}s.` : `${abbr}s`;
}

function singularOf(word: string): string | undefined {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return undefined;
}

/**
 * The abbreviations of a case-name word as written (capitalised as in the
 * table), first preferred; undefined when the word is not abbreviated.
 */
export function abbreviationsOf(word: string): string[] | undefined {
  const direct = WORDS.get(word);
  if (direct) return direct;
  const singular = singularOf(word);
  if (!singular) return undefined;
  const base = WORDS.get(singular);
  if (!base) return undefined;
  return base.map(pluralAbbreviation);
}

/** The full words an abbreviation can stand for (`Bd.` → [`Board`]; `Bds.` → [`Boards`]). */
export function wordsFor(abbr: string): string[] {
  const direct = REVERSE.get(abbr);
  if (direct) return direct;
  // A derived plural: `Bds.` → `Bd.`, `Dep'ts` → `Dep't`.
  let singular: string | undefined;
  if (/[^s]s\.$/.test(abbr)) singular = `${abbr.slice(0, -2)}.`;
  else if (/'[a-z]+s$/.test(abbr)) singular = abbr.slice(0, -1);
  if (!singular) return [];
  const base = REVERSE.get(singular);
  if (!base) return [];
  return base.map((w) => (w.endsWith('y') && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`));
}

/** True when `token` is an abbreviation the table lists or derives. */
export function isListedAbbreviation(token: string): boolean {
  return wordsFor(token).length > 0;
}

/**
 * Malformed abbreviations: the table's own list (`Dept.`, `Int l`, `N. Carolina`,
 * `R. Co.`) and the same mistakes on every apostrophe form (`Assn.`, `Natl`,
 * `Gov t`, `Depts.`). The value is the right form, or null when it depends on a
 * fact (`R. Co.` is `Ry. Co.` or `R.R. Co.` as the name requires).
 */
export const MALFORMED: ReadonlyMap<string, string | null> = (() => {
  const out = new Map<string, string | null>(Object.entries(raw.forbidden));
  // `Pol'y` → `Poly.` would collide with Polytechnic; skip forms that are words or other abbreviations.
  const skip = new Set(['Poly.', 'Poly', 'Ex r', 'Ex x']);
  for (const abbrs of WORDS.values()) {
    for (const a of abbrs) {
      const k = a.indexOf("'");
      if (k <= 0) continue;
      for (const form of [a, pluralAbbreviation(a)]) {
        const head = form.slice(0, k);
        const tail = form.slice(k + 1);
        for (const bad of [`${head}${tail}.`, `${head}${tail}`, `${head} ${tail}`]) {
          if (skip.has(bad) || WORDS.has(bad) || REVERSE.has(bad) || out.has(bad)) continue;
          out.set(bad, form);
        }
      }
    }
  }
  return out;
})();
