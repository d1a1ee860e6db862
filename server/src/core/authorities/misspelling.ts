// Whether a case name as a brief writes it misspells a known caption: which
// words are slips of the keyboard or the scanner (`Youngre` for `Younger`,
// `Iqbel` for `Iqbal`, `Lift` for `Litt`) and what each should read. A word is
// a slip only when it is a letter or two from a word of the caption that the
// brief's name lacks, and the difference is not an abbreviation: a cut-off
// word (`Soc.` for `Social`) or one with letters left out (`Mgmt.`) is how
// names are shortened, not misspelled. And the name with its slips corrected
// must then be the caption's (the same words, in any order, possibly fewer), so
// a different case that shares a reporter page is never "corrected" into this one.

import { wordsFor } from '../data/nameWords';
import { editDistance } from '../text/editDistance';
import { countOf, nameWords, sameCaseName, wordKey, type NameWord } from './caseNameKeys';

export interface Slip {
  /** The misspelled word in the brief. */
  word: NameWord;
  /** What it should read: the caption's word as the caption writes it, or spelled out when the brief spells out and the caption abbreviates. */
  correct: string;
}

/** True when `a` is `b` mistyped rather than abbreviated (both comparable keys). */
export function isSlip(a: string, b: string): boolean {
  if (a === b || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  if (long.startsWith(short)) return false; // cut off: an abbreviation
  if (long.length - short.length >= 2 && isSubsequence(short, long)) return false; // letters left out: a contraction
  const limit = long.length >= 9 ? 2 : 1;
  return editDistance(a, b, limit) <= limit;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

/**
 * The slips in `brief` (the words of the brief's name) against the caption
 * `known`; empty when the name is not a misspelling of it (it matches, or it
 * differs by more than slips, or it shares no word with it).
 */
export function slipsAgainst(brief: NameWord[], known: string): Slip[] {
  const caption = nameWords(known);
  const left = countOf(caption.map((w) => w.key));
  let shared = 0;
  const unmatched: NameWord[] = [];
  for (const w of brief) {
    const n = left.get(w.key) ?? 0;
    if (n > 0) {
      left.set(w.key, n - 1);
      shared++;
    } else unmatched.push(w);
  }
  // A name sharing no word with the caption is another case's, not a misspelling of this one.
  if (shared === 0 || !unmatched.length) return [];
  const free = caption.filter((w) => {
    const n = left.get(w.key) ?? 0;
    if (n <= 0) return false;
    left.set(w.key, n - 1);
    return true;
  });
  const slips: Slip[] = [];
  const used = new Set<NameWord>();
  for (const w of unmatched) {
    // Capitalised words only: a name's own words, not a stray `at` or `supra` caught in the span.
    if (!/^[A-Z]/.test(w.written)) continue;
    const found: Array<{ target: NameWord; correct: string }> = [];
    for (const k of free) {
      if (used.has(k)) continue;
      if (isSlip(w.key, k.key)) found.push({ target: k, correct: k.written });
      else if (!/[.']/.test(w.written)) {
        // The caption abbreviates (`Commc'ns`) where the brief spells the word out, misspelled.
        for (const full of wordsFor(k.written)) if (isSlip(w.key, full.toLowerCase())) found.push({ target: k, correct: full });
      }
    }
    const targets = new Set(found.map((f) => f.target));
    if (targets.size !== 1) continue;
    used.add(found[0].target);
    // A caption in capitals (a table of authorities) keeps its capitals.
    const correct = /^[A-Z]{2,}$/.test(w.written) ? found[0].correct.toUpperCase() : found[0].correct;
    slips.push({ word: w, correct });
  }
  if (!slips.length) return [];
  // Corrected, the name must be the caption's.
  const fixed = brief.map((w) => {
    const s = slips.find((x) => x.word === w);
    return s ? wordKey(s.correct) : w.key;
  });
  return sameCaseName(
    fixed,
    caption.map((w) => w.key),
  )
    ? slips
    : [];
}
