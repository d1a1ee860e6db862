// CITE006 — a full case citation without its court-and-date parenthetical.
// The court and year are facts of the decision, so no fix is offered.

import type { Rule } from './types';

export const CITE006: Rule = {
  meta: {
    code: 'CITE006',
    title: 'Missing court-and-date parenthetical',
    defaultSeverity: 'error',
    indigo: 'R11.1, R12.1',
    bluebook: '10.1, 10.5',
    fix: 'lookup',
  },
  check({ cites }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'case' || c.parallelOf !== undefined) continue;
      if (!c.notes.some((n) => n.code === 'missingCourtDate')) continue;
      // The opinion's own caption line (no name, no parenthetical) is not a citation sentence.
      if (!c.caseName) continue;
      out.push({
        span: c.span,
        citation: c.index,
        message: `CITE006 ${c.caseName.text} has no court-and-date parenthetical. Add the year of decision (and the court, unless the reporter identifies it), e.g. "(D. Conn. 2001)"; Pincite cannot supply the date.`,
        fixes: [],
      });
    }
    return out;
  },
};
