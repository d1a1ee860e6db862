// CITE015 — in a full citation the pin follows the first page after a comma
// and a space: `507 U.S. 292, 293`. "at" belongs to short forms (and to
// database star pages, `2019 WL 4933517, at *3`), so `292 at 293` and
// `292, at 293` become `292, 293`; `292,293` gets its space.

import type { Edit, Rule } from './types';
import { minimalEdit } from './edits';

export const CITE015: Rule = {
  meta: {
    code: 'CITE015',
    title: 'Pin punctuation in a full citation',
    defaultSeverity: 'warning',
    indigo: 'R11.1',
    bluebook: '3.2(a)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'case') continue;
      const edits: Edit[] = [];
      const what: string[] = [];
      let spanStart = -1;
      let spanEnd = -1;
      let prevEnd = c.pageSpan.end;
      for (const pin of c.pins) {
        const gapStart = prevEnd;
        const gap = text.slice(gapStart, pin.span.start);
        prevEnd = pin.span.end;
        if (pin.kind === 'star') continue;
        if (pin.joiner === 'at') {
          if (/^[ \t]*,?[ \t]*at[ \t]+$/.test(gap)) {
            const edit = minimalEdit(gapStart, gap, ', ');
            if (edit) edits.push(edit);
            what.push(`", ${pin.text}", not "${gap.trim()} ${pin.text}"`);
          } else continue;
        } else if (pin.joiner === 'comma' && gap === ',') {
          edits.push({ start: gapStart + 1, end: gapStart + 1, newText: ' ' });
          what.push(`a space after the comma before ${pin.text}`);
        } else continue;
        if (spanStart < 0) spanStart = gapStart;
        spanEnd = pin.span.end;
      }
      if (edits.length === 0) continue;
      out.push({
        span: { start: spanStart, end: spanEnd },
        citation: c.index,
        message: `Pin punctuation: ${what.join('; ')}. In a full citation the pin follows the first page after a comma and a space, without "at".`,
        fixes: [{ title: 'Write ", " before the pin', edits }],
      });
    }
    return out;
  },
};
