// CITE078 — the database identifier in `[year] [identifier] [number]` has one
// form: `WL` for Westlaw, and the Lexis court file in its dotted, spaced form
// ending in capital `LEXIS` (`U.S. Dist. LEXIS`, `Conn. Super. LEXIS`). The
// scanner recognises variants such as `Westlaw`, `W.L.`, `US Dist LEXIS` and
// `U.S. Dist. Lexis` and records the identifier's proper form beside the one
// written, so the fix rewrites only the identifier.

import type { Rule } from './types';
import { databaseSegment } from './citeSpans';
import { minimalEdit } from './edits';

export const CITE078: Rule = {
  meta: {
    code: 'CITE078',
    title: 'Database identifier form',
    defaultSeverity: 'error',
    indigo: 'R12.4.1',
    bluebook: '18.3.1',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'database') continue;
      if (c.databaseAsWritten === c.database) continue;
      const seg = databaseSegment(text, c);
      if (!seg) continue;
      const written = text.slice(seg.id.start, seg.id.end);
      if (/\n/.test(written)) continue; // wrapped across lines
      const edit = minimalEdit(seg.id.start, written, c.database);
      if (!edit) continue;
      out.push({
        span: seg.id,
        citation: c.index,
        message: `Write the database identifier as "${c.database}", not "${written.replace(/\s+/g, ' ')}".`,
        fixes: [{ title: `Write "${c.database}"`, edits: [edit] }],
      });
    }
    return out;
  },
};
