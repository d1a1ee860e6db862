// CITE053 — a short form (or Id.) with no earlier full citation to refer to.

import type { Rule } from './types';

export const CITE053: Rule = {
  meta: {
    code: 'CITE053',
    title: 'Short form without a full citation',
    defaultSeverity: 'error',
    indigo: 'R6.1, R15.2.1',
    bluebook: '10.9(a)',
    fix: 'none',
  },
  check({ cites }) {
    const out = [];
    for (const c of cites) {
      const isShort = c.kind === 'shortCase' && c.parallelOf === undefined;
      if (!isShort && c.kind !== 'supra') continue;
      if (c.resolution !== 'unresolved' || c.candidate !== undefined) continue;
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
