// CITE074 — one unreported decision cited to both Lexis and Westlaw in the same
// citation. One database is enough; a writer who keeps both owes a star pin in
// each. The offered fix keeps the Westlaw segment and drops the Lexis one, for
// teams that standardise on Westlaw; it is withheld when only the Lexis segment
// carries a pin, since the Westlaw star page is a fact Pincite cannot know.

import type { Citation, DatabaseCitation } from '../types';
import type { Edit, Fix, Rule } from './types';
import { databaseSegment, isLexis } from './citeSpans';

export const CITE074: Rule = {
  meta: {
    code: 'CITE074',
    title: 'Decision cited to both LEXIS and WL',
    defaultSeverity: 'info',
    indigo: 'R12.4.1',
    bluebook: '18.3.1, 10.8.1(a)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    for (const lead of cites) {
      if (lead.kind !== 'database' || lead.parallelOf !== undefined) continue;
      const group: Citation[] = [lead, ...lead.parallels.map((i) => cites[i]).filter((c): c is Citation => !!c)];
      // A reported decision with database parallels is CITE077's concern.
      if (group.some((c) => c.kind !== 'database')) continue;
      const segs = group as DatabaseCitation[];
      const lexisAt = segs.findIndex((c) => isLexis(c.database));
      const wlAt = segs.findIndex((c) => c.database === 'WL');
      if (lexisAt < 0 || wlAt < 0) continue;
      const lexis = segs[lexisAt];
      const wl = segs[wlAt];
      const lexisSeg = lexisAt === 0 ? databaseSegment(text, lexis) : { start: lexis.span.start, end: lexis.span.end };
      if (!lexisSeg) continue;
      const span = { start: lexisSeg.start, end: lexisSeg.end };
      const pinGap = lexis.pins.length > 0 !== wl.pins.length > 0;
      let message =
        `This decision is cited to both ${lexis.database} and WL. Cite it to one database` + (pinGap ? '; if both stay, each needs its own star pin' : '') + '.';
      const fixes: Fix[] = [];
      if (lexis.pins.length > 0 && wl.pins.length === 0) {
        message += ' The Westlaw star page is not given, so the Lexis segment cannot simply be dropped.';
      } else {
        // Remove the Lexis segment and the comma that joins it to its neighbour.
        let edit: Edit | undefined;
        if (lexisAt < segs.length - 1) {
          const next = segs[lexisAt + 1];
          edit = { start: lexisSeg.start, end: next.span.start, newText: '' };
        } else {
          const prev = segs[lexisAt - 1];
          const prevEnd = lexisAt - 1 === 0 ? databaseSegment(text, prev)?.end : prev.span.end;
          if (prevEnd !== undefined) edit = { start: prevEnd, end: lexisSeg.end, newText: '' };
        }
        if (edit && /^[\s,]*$/.test(text.slice(edit.start, lexisSeg.start)) && /^[\s,]*$/.test(text.slice(lexisSeg.end, edit.end))) {
          fixes.push({ title: `Keep the WL citation; drop ${lexis.database}`, edits: [edit] });
        }
      }
      out.push({ span, citation: lexis.index, message, fixes });
    }
    return out;
  },
};
