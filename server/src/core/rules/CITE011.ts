// CITE011 — the court in the date parenthetical cannot have its decisions in
// the reporter cited: a district court in the Federal Reporter (after 1932,
// when F. Supp. began), a court of appeals in F. Supp. or F.R.D., any court but
// the Supreme Court after a U.S. Reports cite, a state court in a federal
// reporter, a court of another state in a regional or state reporter. Either
// the court or the reporter is wrong and only the source can say which, so no
// fix is offered. Courts Pincite cannot identify are left alone.

import type { Rule } from './types';
import type { Court } from '../data/courts';
import type { Edition } from '../data/reporters';
import { readCourt, reporterNamesCourt } from '../data/courtForms';
import { courtDateOf, editionOf, groupOf } from './citeParts';

/** Why `court` cannot appear in `ed`, or undefined when it can (or Pincite cannot tell). */
function misfit(ed: Edition, written: string, court: Court, year: number | undefined): string | undefined {
  const federal = court.system === 'federal';
  const circuit = federal && court.type === 'appellate' && /^ca(?:\d+|dc|fc)$/.test(court.id);
  const district = federal && (court.type === 'trial' || court.type === 'bankruptcy');
  switch (ed.courts) {
    case 'scotus':
      return reporterNamesCourt(ed, written) ? undefined : `${ed.abbr} reports only the Supreme Court of the United States`;
    case 'federal-appellate':
      if (!federal && court.system === 'state') return `${ed.abbr} reports federal courts of appeals, not state courts`;
      // Until F. Supp. began in 1932 the Federal Reporter also carried district courts.
      if (district && (year === undefined || year > 1932))
        return `${ed.abbr} reports the courts of appeals; trial and bankruptcy court decisions are in F. Supp., F.R.D. or B.R.`;
      return undefined;
    case 'federal-district':
      if (court.system === 'state') return `${ed.abbr} reports federal district courts, not state courts`;
      if (circuit) return `${ed.abbr} reports district courts; court of appeals decisions are in the Federal Reporter`;
      return undefined;
    case 'federal-other':
      return court.system === 'state' ? `${ed.abbr} reports federal courts, not state courts` : undefined;
    case 'regional':
    case 'state':
      if (ed.states.length === 0) return undefined;
      if (federal && ed.courts === 'regional') return `${ed.abbr} reports state courts, not federal courts`;
      if (court.system === 'state' && court.state && !ed.states.includes(court.state)) {
        return `${ed.abbr} does not report the ${court.name}`;
      }
      return undefined;
    default:
      return undefined;
  }
}

export const CITE011: Rule = {
  meta: {
    code: 'CITE011',
    title: 'Court does not fit the reporter',
    defaultSeverity: 'warning',
    indigo: 'T1, R12.2',
    bluebook: 'T1',
    fix: 'none',
    checksQuoted: true,
  },
  check({ cites }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'case' || c.parallelOf !== undefined) continue;
      const paren = courtDateOf(c);
      if (!paren?.court || !paren.courtSpan) continue;
      const reading = readCourt(paren.court);
      if (!reading) continue;
      for (const seg of groupOf(cites, c)) {
        if (seg.kind !== 'case' || seg.notes.some((n) => n.code === 'ambiguousReporter')) continue;
        const ed = editionOf(seg);
        if (!ed) continue;
        const why = misfit(ed, paren.court, reading.court, paren.year);
        if (!why) continue;
        out.push({
          span: paren.courtSpan,
          citation: c.index,
          message: `"${paren.court}" does not fit ${seg.volume} ${ed.abbr} ${seg.page} (${why}). Check the court and the reporter against the source; Pincite cannot tell which is wrong.`,
          fixes: [],
        });
        break;
      }
    }
    return out;
  },
};
