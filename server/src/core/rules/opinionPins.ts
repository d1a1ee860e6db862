// Shared by the rules that check a citation against the opinions library
// (CITE092, CITE100–CITE102): which pins of a citation are pages of the
// designated opinion's reporter.

import type { Citation, Pin } from '../types';
import type { Opinion } from '../library/library';

/** True when `volume reporter` is the reporter the opinion is cited in. */
function inOpinionReporter(o: Opinion, volume: string, reporter: string | null): boolean {
  return o.meta.cites.some((x) => x.kind === 'reporter' && x.volume === volume && x.reporter === reporter);
}

/**
 * The reporter-page pins of `c` that point into `o`: pins of a full or short
 * citation in the opinion's reporter, and pins of an Id. or supra whose
 * antecedent is such a citation. Star pins of a database citation (`at *5`)
 * count the database's screens, not reporter pages, so they are not included.
 */
export function opinionPins(cites: Citation[], c: Citation, o: Opinion): Array<Pin & { from: number }> {
  let src: Citation | undefined = c;
  for (let hops = 0; src && (src.kind === 'id' || src.kind === 'supra') && hops < 200; hops++) {
    src = src.resolution === 'resolved' && src.antecedent != null ? cites[src.antecedent] : undefined;
  }
  if (!src || (src.kind !== 'case' && src.kind !== 'shortCase')) return [];
  if (!inOpinionReporter(o, src.volume, src.reporter)) return [];
  const pins = 'pins' in c ? c.pins : [];
  return pins.filter(
    (p): p is Pin & { from: number } => (p.kind === 'page' || p.kind === 'range') && p.from !== undefined && /^\d/.test(p.text.replace(/^pp?\.\s?/, '')),
  );
}

/** A page range as the Bluebook writes it (3.2(a)): `228-29`, `99-101`, `1001-02`. */
export function formatPageRange(from: number, to: number): string {
  if (to <= from) return String(from);
  const a = String(from);
  const b = String(to);
  if (a.length !== b.length) return `${a}-${b}`;
  let k = 0;
  while (k < a.length - 2 && a[k] === b[k]) k++;
  return `${a}-${b.slice(k)}`;
}
