// Lookups over the curated authorities and doctrine notes: which entry a
// citation names (by its reporter, section or rule, read with Pincite's own
// scanner from each entry's citation), which doctrine a prose phrase names,
// and the entries a completion can offer. Pure: the host hands in the entries
// (host/bundledAuthorities.ts holds the ones that ship) and keeps the index, as
// it keeps the opinions library, and passes it to the rules through
// `RuleContext.authorities`.

import { analyzeText } from '../analyze';
import type { Citation } from '../types';
import { authorityKeys } from '../library/library';
import type { AuthorityEntry, DoctrineNote } from './types';

export interface AuthorityIndex {
  entries: AuthorityEntry[];
  doctrines: DoctrineNote[];
  byId: Map<string, AuthorityEntry>;
  doctrineById: Map<string, DoctrineNote>;
  /** Entry for each identifying key (`r:401 U.S. 37`, `s:42 U.S.C. § 1983`). */
  byKey: Map<string, AuthorityEntry>;
  /** Keys each entry is known by. */
  keysOf: Map<string, string[]>;
  /** Doctrine phrases, longest first, for prose matching. */
  phrases: Array<{ phrase: string; doctrine: DoctrineNote }>;
}

/** The index over `entries` and `doctrines`; reading every entry's citation is the cost, so a host builds it once. */
export function buildAuthorityIndex(entries: AuthorityEntry[], doctrines: DoctrineNote[]): AuthorityIndex {
  const byKey = new Map<string, AuthorityEntry>();
  const keysOf = new Map<string, string[]>();
  for (const e of entries) {
    const r = analyzeText([e.citation, ...(e.parallels ?? [])].join('; '));
    const keys = authorityKeys(
      r.citations,
      r.citations.map((c) => c.index),
    );
    keysOf.set(e.id, keys);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, e);
  }
  const phrases = doctrines.flatMap((d) => d.phrases.map((phrase) => ({ phrase, doctrine: d }))).sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    entries,
    doctrines,
    byId: new Map(entries.map((e) => [e.id, e])),
    doctrineById: new Map(doctrines.map((d) => [d.id, d])),
    byKey,
    keysOf,
    phrases,
  };
}

/** The curated entry for an authority of a document, from the keys of its citations. */
export function entryFor(idx: AuthorityIndex, cites: Citation[], members: number[]): AuthorityEntry | undefined {
  for (const k of authorityKeys(cites, members)) {
    const e = idx.byKey.get(k);
    if (e) return e;
  }
  return undefined;
}

/**
 * The doctrine phrase at `offset` in `text`, if any: looks at the line around
 * the offset with Markdown emphasis removed (`*Younger* abstention`), and
 * matches whole words without regard to case.
 */
export function doctrineAt(idx: AuthorityIndex, text: string, offset: number): { doctrine: DoctrineNote; start: number; end: number } | undefined {
  if (!idx.phrases.length) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  // Keep the window bounded on long paragraphs.
  const from = Math.max(lineStart, offset - 200);
  const to = Math.min(lineEnd, offset + 200);
  // Strip emphasis, keeping a map from the stripped line back to the text.
  let plain = '';
  const map: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '*' || ch === '_') continue;
    plain += ch === '\u2019' ? "'" : ch;
    map.push(i);
  }
  const lower = plain.toLowerCase();
  for (const { phrase, doctrine } of idx.phrases) {
    let at = lower.indexOf(phrase);
    while (at >= 0) {
      const before = at > 0 ? lower[at - 1] : ' ';
      const after = lower[at + phrase.length] ?? ' ';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
        const start = map[at];
        const end = map[at + phrase.length - 1] + 1;
        if (start <= offset && offset <= end) return { doctrine, start, end };
      }
      at = lower.indexOf(phrase, at + 1);
    }
  }
  return undefined;
}
