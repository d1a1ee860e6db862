// CITE079 — the exact date in a court-and-date parenthetical: months in their
// table abbreviations (`Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov.
// Dec.`), a space between month and day, a comma before the year, and no
// period between the year and the closing parenthesis (`1991.)`). Only the
// parenthetical's own characters change.

import type { Rule, Edit } from './types';
import { DATE_IN_PARENTHETICAL, monthAbbreviation } from '../data/months';

export const CITE079: Rule = {
  meta: {
    code: 'CITE079',
    title: 'Date format in the parenthetical',
    defaultSeverity: 'warning',
    indigo: 'T17',
    bluebook: 'T12, 10.5(a)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    for (const c of cites) {
      const edits: Edit[] = [];
      const problems: string[] = [];
      let span: { start: number; end: number } | undefined;
      for (const p of c.parentheticals) {
        if (p.kind !== 'courtDate') continue;
        const inner = text.slice(p.span.start, p.span.end);
        const before = edits.length;
        const m = DATE_IN_PARENTHETICAL.exec(inner);
        if (m) {
          const at = p.span.start + m.index;
          const month = m[1] + m[2];
          const right = monthAbbreviation(m[1]);
          if (right && month !== right) {
            edits.push({ start: at, end: at + month.length, newText: right });
            problems.push(`write "${right}" for "${month}"`);
          }
          const spaceAt = at + month.length;
          if (m[3] === '') {
            edits.push({ start: spaceAt, end: spaceAt, newText: ' ' });
            problems.push('put a space between the month and the day');
          }
          const commaAt = spaceAt + m[3].length + m[4].length;
          if (!m[5].startsWith(',')) {
            edits.push({ start: commaAt, end: commaAt, newText: ',' });
            problems.push('put a comma before the year');
          }
        }
        const dot = /(\d{4})\.(\s*)\)$/.exec(inner);
        if (dot && p.closed) {
          const dotAt = p.span.start + dot.index + 4;
          edits.push({ start: dotAt, end: dotAt + 1, newText: '' });
          problems.push('no period before the closing parenthesis');
        }
        if (edits.length > before) span = span ? { start: span.start, end: p.span.end } : p.span;
      }
      if (!edits.length || !span) continue;
      out.push({
        span,
        citation: c.index,
        message: `Date format: ${problems.join('; ')}.`,
        fixes: [{ title: 'Correct the date format', edits }],
      });
    }
    return out;
  },
};
