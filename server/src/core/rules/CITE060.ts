// CITE060 — weight-of-authority parentheticals have fixed wording, in lower
// case: `(per curiam)`, `(en banc)`, `(plurality opinion)`. A misspelling such as
// `(per curium)` or a stray capital (`(en Banc)`) is corrected in place.

import type { Finding, Rule } from './types';
import { minimalEdit } from './edits';

/** Rewrites the fixed words of a weight parenthetical; other text (a judge's name) is kept. */
function canonical(inner: string): string {
  return (
    inner
      // A line break between the words is where the line wrapped: it stays.
      .replace(/\bper(\s+)cur[a-z]*\b/gi, (_m, ws: string) => `per${ws}curiam`)
      .replace(/\ben(\s+)banc\b/gi, (_m, ws: string) => `en${ws}banc`)
      .replace(/^plurality(?:(\s+)opinion)?$/i, (_m, ws: string | undefined) => (ws ? `plurality${ws}opinion` : 'plurality'))
      .replace(/^mem\.$/i, 'mem.')
  );
}

export const CITE060: Rule = {
  meta: {
    code: 'CITE060',
    title: 'Weight-of-authority parenthetical spelling',
    defaultSeverity: 'error',
    indigo: 'R10.2, R13.1',
    bluebook: '10.6.1',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const c of cites) {
      const edits = [];
      const wrong: string[] = [];
      const right: string[] = [];
      for (const p of c.parentheticals) {
        if (p.kind !== 'weight' || !p.closed) continue;
        const innerStart = p.span.start + 1;
        const inner = text.slice(innerStart, p.span.end - 1);
        const want = canonical(inner);
        const e = minimalEdit(innerStart, inner, want);
        if (!e) continue;
        edits.push(e);
        wrong.push(`(${inner})`);
        right.push(`(${want})`);
      }
      if (!edits.length) continue;
      out.push({
        span: c.parentheticals.find((p) => wrong.includes(text.slice(p.span.start, p.span.end)))?.span ?? c.span,
        citation: c.index,
        message: `Write ${right.map((r) => `"${r}"`).join(', ')}, not ${wrong.map((w) => `"${w}"`).join(', ')}.`,
        fixes: [{ title: `Write ${right.join(' ')}`, edits }],
      });
    }
    return out;
  },
};
