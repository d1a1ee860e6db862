// CITE061 — parentheticals that report changes to a quotation use set words:
// `(internal quotation marks omitted)`, not `(internal quotations omitted)`;
// `(emphasis added)`, not `(emphasis supplied)`.

import type { Finding, Rule } from './types';
import { minimalEdit } from './edits';

function canonical(inner: string): string {
  return (
    inner
      // `quotations`, `quotes`, `quotation mark`: the set phrase is `quotation marks`.
      // A line break between the words is where the line wrapped: it stays.
      .replace(/\bquot(?:ations?|es?)(?:(\s+)marks?)?\b/gi, (m, ws: string | undefined) => `${m[0] === 'Q' ? 'Quotation' : 'quotation'}${ws ?? ' '}marks`)
      .replace(/\bemphasis(\s+)(?:supplied|mine|ours)\b/gi, (m, ws: string) => `${m[0] === 'E' ? 'Emphasis' : 'emphasis'}${ws}added`)
  );
}

export const CITE061: Rule = {
  meta: {
    code: 'CITE061',
    title: 'Quotation-note wording',
    defaultSeverity: 'warning',
    indigo: 'R8.2.4, R10.2',
    bluebook: '5.2, 1.5(b)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const c of cites) {
      const edits = [];
      const pairs: string[] = [];
      let span;
      for (const p of c.parentheticals) {
        if (!p.closed) continue;
        const innerStart = p.span.start + 1;
        const inner = text.slice(innerStart, p.span.end - 1);
        // Only notes about the quotation: `… omitted`, `emphasis …`.
        const isNote = p.kind === 'quotationNote' || (p.kind === 'explanatory' && /^\s*emphasis\s+(?:mine|ours)\s*$/i.test(inner));
        if (!isNote) continue;
        const want = canonical(inner);
        const e = minimalEdit(innerStart, inner, want);
        if (!e) continue;
        edits.push(e);
        pairs.push(`"(${want})", not "(${inner})"`);
        span ??= p.span;
      }
      if (!edits.length || !span) continue;
      out.push({
        span,
        citation: c.index,
        message: `Use the standard wording: ${pairs.join('; ')}.`,
        fixes: [{ title: 'Use the standard wording', edits }],
      });
    }
    return out;
  },
};
