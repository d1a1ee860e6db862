// CITE059 — an Id. whose pin or parallel reporter cannot belong to the citation
// before it: it was most likely meant for another case.

import type { Rule } from './types';

export const CITE059: Rule = {
  meta: {
    code: 'CITE059',
    title: 'Id. does not fit its antecedent',
    defaultSeverity: 'warning',
    indigo: 'R15.3',
    bluebook: '4.1',
    fix: 'none',
  },
  check({ cites }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'id' || c.resolution !== 'unresolved' || c.candidate === undefined) continue;
      // A paragraph pin (`Ibid. (¶ 55)`) after a case usually means the Id. repeats a
      // record cite Pincite could not place (a footnote printed after its page's text):
      // left unresolved, but not called a mistake.
      if (/^a paragraph pin/.test(c.resolutionReason ?? '')) continue;
      out.push({
        span: c.span,
        citation: c.index,
        message: `This Id. cannot refer to the citation before it: ${c.resolutionReason}. Use the short form of the case meant.`,
        fixes: [],
      });
    }
    return out;
  },
};
