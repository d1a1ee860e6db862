// The last step of every citation reader: completing the base fields the
// scanner made (Scanner.base) with the fields of the citation's kind.

import type { Citation, CitationBase } from '../types';

/**
 * Completes a base citation in place. Building on the one object (instead of
 * `{ ...base, … }`) keeps V8's fast object layout: spreads that then overwrite
 * `kind` pushed every citation into slow dictionary mode and made scanning and
 * resolution several times slower.
 */
export function make<T extends Citation>(b: CitationBase, rest: Omit<T, keyof CitationBase> & { kind: T['kind'] }): T {
  return Object.assign(b, rest) as unknown as T;
}
