// CITE053 — a short form (or supra) with no earlier full citation to refer to.
//
// Not reported, because the finding would be a guess:
// - a short form inside quoted text: it reproduces another document, whose
//   full citations are not in this one;
// - a supra whose name is not a case name (`Prosser, supra, at 292`): supra
//   is how treatises and articles are cited again, and those are not yet read
//   as citations;
// - a short form whose name matches an earlier full citation in another
//   volume or reporter: that is a mistyped volume, which CITE054 reports.

import type { Citation } from '../types';
import type { Rule } from './types';
import { insideQuotation } from '../text/quotes';

function nameWords(name: string | undefined): string[] {
  return (name ?? '')
    .replace(/[*_]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((w) => w.length >= 3 && !['the', 'and', 'city', 'state', 'county', 'inc', 'corp', 'united', 'states'].includes(w));
}

/** An earlier full case citation whose name shares a distinctive word with `name`. */
function namedEarlier(cites: Citation[], c: Citation, name: string): boolean {
  const want = nameWords(name);
  if (want.length === 0) return false;
  for (let k = c.index - 1; k >= 0; k--) {
    const f = cites[k];
    if (f.kind !== 'case' || !f.caseName) continue;
    const have = nameWords(f.caseName.text);
    if (want.some((w) => have.includes(w))) return true;
  }
  return false;
}

export const CITE053: Rule = {
  meta: {
    code: 'CITE053',
    title: 'Short form without a full citation',
    defaultSeverity: 'error',
    indigo: 'R6.1, R15.2.1',
    bluebook: '10.9(a)',
    fix: 'none',
  },
  check({ cites, quoted }) {
    const out = [];
    for (const c of cites) {
      const isShort = c.kind === 'shortCase' && c.parallelOf === undefined;
      if (!isShort && c.kind !== 'supra') continue;
      if (c.resolution !== 'unresolved' || c.candidate !== undefined) continue;
      if (insideQuotation(quoted, c.span)) continue;
      if (c.kind === 'supra' && !/\sv\.?\s/.test(c.name)) continue;
      if (c.kind === 'shortCase' && c.caseName && namedEarlier(cites, c, c.caseName.text)) continue;
      out.push({
        span: c.span,
        citation: c.index,
        message: `CITE053 No earlier full citation for this short form (${c.resolutionReason ?? 'none found'}). Cite the case in full the first time it appears.`,
        fixes: [],
      });
    }
    return out;
  },
};
