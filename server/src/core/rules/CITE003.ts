// CITE003 — the reporter is not one Pincite knows (reporters-db and the
// catalog's additions). Nothing to fix automatically: the writer must check it.

import type { Rule } from './types';

export const CITE003: Rule = {
  meta: {
    code: 'CITE003',
    title: 'Unknown reporter',
    defaultSeverity: 'info',
    indigo: 'R11.6',
    bluebook: '10.3.2',
    fix: 'none',
  },
  check({ cites }) {
    const out = [];
    for (const c of cites) {
      if ((c.kind !== 'case' && c.kind !== 'shortCase') || c.reporter !== null) continue;
      out.push({
        span: c.reporterSpan,
        citation: c.index,
        message: `"${c.reporterAsWritten}" is not a reporter abbreviation Pincite recognises. Check the reporter against Indigo T1/T3 (Bluebook T1).`,
        fixes: [],
      });
    }
    return out;
  },
};
