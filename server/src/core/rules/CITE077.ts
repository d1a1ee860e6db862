// CITE077 — a decision printed in a reporter is cited to the reporter; a
// Westlaw or Lexis segment beside it (`258 F.3d 107, 2001 U.S. App. LEXIS
// 16202, *8`) should go. Dropping it loses the writer's star pin, and the
// matching reporter page is a fact only the reporter can give, so no fix is
// offered: the message asks for the reporter pin. Not where the reporter gives
// no page yet (`606 U.S. __`, `__ F. Supp. 2d __`), nor beside Puerto Rico's
// Spanish-language reports, whose English translation the database holds.

import type { Citation } from '../types';
import type { Rule } from './types';
import { databaseSegment } from './citeSpans';

export const CITE077: Rule = {
  meta: {
    code: 'CITE077',
    title: 'Database cite for a decision published in a reporter',
    defaultSeverity: 'warning',
    indigo: 'R11.6, R12.4',
    bluebook: '10.3.1, 18.3.1',
    fix: 'lookup',
  },
  check({ cites, text }) {
    const out = [];
    for (const lead of cites) {
      if (lead.kind !== 'case' && lead.kind !== 'database') continue;
      if (lead.parallelOf !== undefined || lead.parallels.length === 0) continue;
      // A bare `158 F. Supp. 2d 214, 2001 U.S. Dist. LEXIS 14297` with no case name is a
      // caption or header line (an opinion's own citation), not a citation in the text.
      if (!lead.caseName) continue;
      const group: Citation[] = [lead, ...lead.parallels.map((i) => cites[i]).filter((c): c is Citation => !!c)];
      const reported = group.find((c) => c.kind === 'case');
      if (!reported || reported.kind !== 'case' || !reported.reporter) continue;
      // `606 U.S. __`, `__ F. Supp. 2d __`: not yet paginated, so the database cite is the only place to find it.
      if (group.some((c) => c.kind === 'case' && c.notes.some((n) => n.code === 'placeholderVolume' || n.code === 'placeholderPage'))) continue;
      // Puerto Rico's reports print the opinion in Spanish; the database cite is where its English translation is.
      if (reported.reporter === 'P.R. Dec.') continue;
      for (const c of group) {
        if (c.kind !== 'database') continue;
        const seg = c === lead ? databaseSegment(text, c) : { start: c.span.start, end: c.span.end };
        if (!seg) continue;
        const pinned = c.pins.length > 0;
        out.push({
          span: { start: seg.start, end: seg.end },
          citation: c.index,
          message:
            `This decision is published at ${reported.volume} ${reported.reporter} ${reported.page}: cite the reporter and drop "${c.year} ${c.database} ${c.number}".` +
            (pinned ? ' Give the pin as a reporter page; Pincite cannot convert the star page, so look it up.' : ''),
          fixes: [],
        });
      }
    }
    return out;
  },
};
