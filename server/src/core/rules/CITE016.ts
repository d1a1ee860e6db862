// CITE016 — a volume or page left as a placeholder (`— U.S. —`, `___`,
// `[vol]`): the decision was cited before its pagination existed, or a draft
// was never finished. The numbers have to be looked up; until the official
// pagination exists, the parallel reporter that has it (S. Ct. for the
// Supreme Court) is cited alone. No fix: the pages are facts Pincite lacks.
// The Supreme Court's own opinions and the Solicitor General's briefs cite a
// decision whose U.S. Reports volume is not yet paginated as `558 U. S. ___
// (2009)`: in that house style a U.S. placeholder is the form, not a draft's gap.
// A placeholder parallel after a public-domain citation is left alone too.

import type { Rule } from './types';
import type { CaseCitation } from '../types';
import { editionOf } from './citeParts';

export const CITE016: Rule = {
  meta: {
    code: 'CITE016',
    title: 'Placeholder volume or page',
    defaultSeverity: 'warning',
    indigo: 'R11.6.2',
    bluebook: '10.3.1, T1',
    fix: 'lookup',
  },
  check({ cites, style }) {
    const out = [];
    const unpaginatedUS = style.accepts.has('unpaginatedReports');
    for (const c of cites) {
      const notes = c.notes.filter((n) => n.code === 'placeholderVolume' || n.code === 'placeholderPage');
      if (notes.length === 0) continue;
      if (unpaginatedUS && (c.kind === 'case' || c.kind === 'shortCase') && editionOf(c)?.abbr === 'U.S.') continue;
      // After a public-domain citation a placeholder marks a parallel the reporter has not printed yet
      // (`2018 IL App (1st) 151938, ¶ 23, --- N.E.3d ----`): the public-domain citation is whole without it.
      if (c.kind === 'case' && c.parallelOf !== undefined && editionOf(cites[c.parallelOf] as CaseCitation)?.citeType === 'neutral') continue;
      const span = { start: Math.min(...notes.map((n) => n.span.start)), end: Math.max(...notes.map((n) => n.span.end)) };
      const which = notes.length === 2 ? 'volume and page are' : notes[0].code === 'placeholderVolume' ? 'volume is' : 'page is';
      let advice = 'Fill in the numbers from the reporter; Pincite cannot look them up.';
      if (c.kind === 'case') {
        const reporter = editionOf(c)?.abbr ?? c.reporterAsWritten;
        const other = c.parallels
          .map((p) => cites[p])
          .find((p): p is CaseCitation => p.kind === 'case' && !p.notes.some((n) => n.code === 'placeholderVolume' || n.code === 'placeholderPage'));
        if (other) {
          const alone = `${other.volume} ${other.reporter ?? other.reporterAsWritten} ${other.page}`;
          advice = `Until ${reporter} pagination is available, cite ${alone} alone; once it is, cite ${reporter} with its volume and page. Pincite cannot look them up.`;
        }
      }
      out.push({
        span,
        citation: c.index,
        message: `The ${which} a placeholder. ${advice}`,
        fixes: [],
      });
    }
    return out;
  },
};
