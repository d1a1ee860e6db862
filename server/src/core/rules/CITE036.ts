// CITE036 — geography in a party's name: a closing phrase of location (`Bd. of
// Regents of Florida`, `Dep't of Soc. Servs. of the City of New York`) or a
// place after a comma (`City of West Branch, Michigan`) is usually left out.
// The exceptions need judgment — the phrase names the unit itself (`City of
// New York`), belongs to a business or institution (`Univ. of Conn.`), or its
// removal would leave a one-word party — so the rule suggests and never fixes.

import type { Rule } from './types';
import { geography, partiesOf, namedCitations } from './caseNameTools';

export const CITE036: Rule = {
  meta: {
    code: 'CITE036',
    title: 'Geographic phrase in a party name',
    defaultSeverity: 'warning',
    indigo: 'R11.5.10, R11.5.11',
    bluebook: '10.2.1(f)',
    fix: 'none',
  },
  check({ cites, text }) {
    const out = [];
    for (const { c, name } of namedCitations(cites)) {
      for (const party of partiesOf(text, name)) {
        const g = geography(text, party);
        if (!g) continue;
        out.push({
          span: { start: g.start, end: g.end },
          citation: c.index,
          message: `A party's name usually leaves out its place: "${g.phrase.replace(/\s+/g, ' ')}" could go, leaving "${g.kept}", unless the phrase names the unit itself or is part of a business or institution name. Check the caption; no fix is offered.`,
          fixes: [],
        });
        break;
      }
    }
    return out;
  },
};
