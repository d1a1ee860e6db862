// CITE008 — the date parenthetical names a court the reporter already
// identifies: `(U.S. 1974)` after a U.S. Reports cite, `(Conn. 1990)` after
// Conn., `(Conn. App. Ct. 2020)` after Conn. App. The reporter says which court
// decided the case, so the parenthetical keeps only the date. A court that the
// reporter does not identify (`574 A.2d 194 (Conn. 1990)`,
// `10 F. Supp. 2d 117 (D. Conn. 1998)`) stays, and so does anything that adds
// to what the reporter says (a department, `(2d Dep't 1991)`).

import type { Rule } from './types';
import { reporterNamesCourt } from '../data/courtForms';
import { courtDateOf, editionOf, groupOf } from './citeParts';

export const CITE008: Rule = {
  meta: {
    code: 'CITE008',
    title: 'Court named although the reporter identifies it',
    defaultSeverity: 'warning',
    indigo: 'R12.3.1, R11.1.1',
    bluebook: '10.4(b)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'case' || c.parallelOf !== undefined) continue;
      const paren = courtDateOf(c);
      if (!paren?.court || !paren.courtSpan || paren.year === undefined) continue;
      const official = groupOf(cites, c)
        .filter((g) => g.kind === 'case' && !g.notes.some((n) => n.code === 'ambiguousReporter'))
        .map(editionOf)
        .find((e) => e && reporterNamesCourt(e, paren.court!));
      if (!official) continue;
      // Drop the court and the space (or stray comma) before the date.
      let end = paren.courtSpan.end;
      while (end < paren.span.end && /[\s,]/.test(text[end])) end++;
      if (!/[0-9A-Z]/.test(text[end] ?? '')) continue;
      const court = text.slice(paren.courtSpan.start, paren.courtSpan.end);
      out.push({
        span: paren.courtSpan,
        citation: c.index,
        message: `${official.abbr} identifies the court, so the parenthetical gives only the date: drop "${court}".`,
        fixes: [{ title: `Drop "${court}"`, edits: [{ start: paren.courtSpan.start, end, newText: '' }] }],
      });
    }
    return out;
  },
};
