// The identifying words of each citation's case name (authorities/caseNameKeys.ts),
// read once per scan: CITE091 and CITE093 both ask for them.

import type { Citation, ScanResult } from '../types';
import { nameWords, type NameWord } from '../authorities/caseNameKeys';
import { caseNameOf } from './caseNameTools';

const cache = new WeakMap<ScanResult, Map<number, NameWord[] | undefined>>();

/** The words of `c`'s case name in `text`; undefined when it has none (or page layout runs through it). */
export function citedNameWords(text: string, result: ScanResult, c: Citation): NameWord[] | undefined {
  let byCite = cache.get(result);
  if (!byCite) cache.set(result, (byCite = new Map<number, NameWord[] | undefined>()));
  if (byCite.has(c.index)) return byCite.get(c.index);
  const name = caseNameOf(c);
  const words = name ? nameWords(text, name.span.start, name.span.end) : undefined;
  byCite.set(c.index, words);
  return words;
}
