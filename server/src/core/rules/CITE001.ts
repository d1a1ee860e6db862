// CITE001 — reporter spacing. Adjacent single capitals close up and ordinals
// count as single capitals (`F.2d`, `N.Y.S.2d`); a single capital stands apart
// from a longer abbreviation (`F. Supp. 2d`, `S. Ct.`, `L. Ed. 2d`). The
// canonical abbreviations in the reporter table are already spaced that way.

import { spaceless } from '../data/reporters';
import type { Rule } from './types';

export const CITE001: Rule = {
  meta: {
    code: 'CITE001',
    title: 'Reporter spacing',
    defaultSeverity: 'warning',
    indigo: 'R7.2, R11.6.2, T1/T3',
    bluebook: '6.1(a), T1, B6',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'case' && c.kind !== 'shortCase') continue;
      if (!c.reporter) continue;
      const written = text.slice(c.reporterSpan.start, c.reporterSpan.end);
      if (/\n/.test(written)) continue; // wrapped across lines: spacing is the line break's
      const asWritten = written.replace(/\s+/g, ' ');
      if (asWritten === c.reporter || spaceless(asWritten) !== spaceless(c.reporter)) continue;
      out.push({
        span: c.reporterSpan,
        citation: c.index,
        message: `CITE001 Reporter spacing: write "${c.reporter}", not "${asWritten}". Adjacent single capitals and ordinals close up; a single capital stands apart from a longer abbreviation.`,
        fixes: [{ title: `Write "${c.reporter}"`, edits: [{ start: c.reporterSpan.start, end: c.reporterSpan.end, newText: c.reporter }] }],
      });
    }
    return out;
  },
};
