// CITE064 — a parenthetical inside a citation that is never closed.

import type { Rule } from './types';

export const CITE064: Rule = {
  meta: {
    code: 'CITE064',
    title: 'Unbalanced parentheses',
    defaultSeverity: 'error',
    indigo: 'R10.2',
    bluebook: '1.5',
    fix: 'none',
  },
  check({ cites }) {
    const out = [];
    for (const c of cites) {
      for (const p of c.parentheticals) {
        if (p.closed) continue;
        out.push({
          span: p.span,
          citation: c.index,
          message: 'CITE064 This parenthetical is never closed. Add the closing ")" where it ends.',
          fixes: [],
        });
      }
    }
    return out;
  },
};
