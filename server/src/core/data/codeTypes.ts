// Which state statute abbreviations in data/codes.json name a compiled code
// (reporters-db cite_type `leg_statute`: `Conn. Gen. Stat.`) rather than
// session laws or a legislative service (`Conn. Pub. Acts`). Read-only.

import codesData from '../../../../data/codes.json';

const compiled = new Set<string>();
for (const c of (codesData as unknown as { codes: Array<{ abbr: string; kind: string; jurisdiction: string; citeType?: string }> }).codes) {
  if (c.kind === 'statute' && c.jurisdiction !== 'us' && c.citeType === 'leg_statute') compiled.add(c.abbr);
}

/** True when `abbr` (canonical) is a state's compiled statutory code. */
export function isStateCode(abbr: string): boolean {
  return compiled.has(abbr);
}
