// CITE050 — the form of Id.: a period, no comma before "at", `Id.` rather than
// `Ibid.`. A missing period is an error; `Ibid.` and `Id., at` are the Supreme
// Court's own forms, so they are warnings in Bluebook text and accepted in that
// house style.

import type { Rule } from './types';

export const CITE050: Rule = {
  meta: {
    code: 'CITE050',
    title: 'Id. form',
    defaultSeverity: 'error',
    indigo: 'R6.2.2, R15.3',
    bluebook: '4.1, B4',
    fix: 'safe',
  },
  check({ cites, text, style }) {
    const out = [];
    const ibidOk = style.accepts.has('ibid');
    const commaOk = style.accepts.has('idCommaAt');
    for (const c of cites) {
      if (c.kind !== 'id') continue;
      const start = c.span.start;
      const formEnd = start + c.form.length;
      if (/^ibid/i.test(c.form)) {
        if (ibidOk) continue;
        const right = c.form[0] === 'I' ? 'Id.' : 'id.';
        out.push({
          span: { start, end: formEnd },
          citation: c.index,
          severity: 'warning' as const,
          message: `Write "${right}", not "${c.form}".`,
          fixes: [{ title: `Write "${right}"`, edits: [{ start, end: formEnd, newText: right }] }],
        });
      } else if (!c.form.endsWith('.')) {
        out.push({
          span: { start, end: formEnd },
          citation: c.index,
          message: `"${c.form}" needs its period: "${c.form}.".`,
          fixes: [{ title: `Write "${c.form}."`, edits: [{ start: formEnd, end: formEnd, newText: '.' }] }],
        });
      }
      const comma = commaOk ? undefined : c.notes.find((n) => n.code === 'idCommaBeforeAt');
      if (comma) {
        const written = text.slice(comma.span.start, comma.span.end);
        const k = written.indexOf(',');
        if (k >= 0) {
          const at = comma.span.start + k;
          out.push({
            span: { start, end: comma.span.end },
            citation: c.index,
            severity: 'warning' as const,
            message: 'No comma between "Id." and "at": write "Id. at".',
            fixes: [{ title: 'Remove the comma', edits: [{ start: at, end: at + 1, newText: '' }] }],
          });
        }
      }
    }
    return out;
  },
};
