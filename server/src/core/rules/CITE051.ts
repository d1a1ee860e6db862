// CITE051 — Id. right after a string citation: the reader cannot tell which
// authority it means. The writer must choose; Pincite suggests nothing.

import type { Rule } from './types';

export const CITE051: Rule = {
  meta: {
    code: 'CITE051',
    title: 'Id. after a string citation',
    defaultSeverity: 'warning',
    indigo: 'R6.2.2, R15.3.3',
    bluebook: '4.1',
    fix: 'none',
  },
  check({ cites }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'id' || c.resolution !== 'ambiguous') continue;
      out.push({
        span: { start: c.span.start, end: c.span.start + c.form.length },
        citation: c.index,
        message: `"${c.form}" follows a citation sentence that cites more than one authority, so it is ambiguous. Use the short form of the authority meant.`,
        fixes: [],
      });
    }
    return out;
  },
};
