// CITE002 — the reporter is written in a form that is not its abbreviation: a
// variant spelling (`Fed. App'x`, `L.E.2d`) or damage such as a comma for a
// period (`17 L,Ed.2d 842`, `253 Conn, at 182`). Fixed only when the written
// form names exactly one reporter (`S.C.` could be S. Ct. or South Carolina).
// Damage is an error; a recognised variant is a warning (the reader still
// knows the reporter), and a house style that prints its own variants
// (`Fed.Appx.` in West text, `Fed. Appx.` in the Supreme Court's, `AD3d` in
// New York's reports) is not flagged. A variant inside a quotation reproduces
// its source and is not judged; damage there is still reported, unfixed.

import { lookupReporter, spaceless } from '../data/reporters';
import { insideQuotation } from '../text/quotes';
import type { Rule } from './types';

export const CITE002: Rule = {
  meta: {
    code: 'CITE002',
    title: 'Unrecognised or corrupted reporter abbreviation',
    defaultSeverity: 'error',
    indigo: 'T1',
    bluebook: 'T1',
    fix: 'safe',
  },
  check({ cites, text, quoted, style }) {
    const out = [];
    const variantsOk = style.accepts.has('reporterVariants');
    for (const c of cites) {
      if (c.kind !== 'case' && c.kind !== 'shortCase') continue;
      let span = c.reporterSpan;
      // `253 Conn, at 182`: the comma that took the period's place belongs to the reporter.
      if (text[span.end] === ',' && c.notes.some((n) => n.code === 'corruptedReporter')) span = { start: span.start, end: span.end + 1 };
      // A typographic apostrophe (`F. App’x`) is the same spelling.
      const written = text
        .slice(span.start, span.end)
        .replace(/\s+/g, ' ')
        .replace(/[\u2019\u2018]/g, "'");
      const corrupted = c.notes.some((n) => n.code === 'corruptedReporter');
      const match = lookupReporter(written);
      const variant = !!match && match.variant && spaceless(written) !== spaceless(c.reporter ?? '');
      if (!corrupted && (!variant || variantsOk || insideQuotation(quoted, span))) continue;
      const ambiguous = c.notes.some((n) => n.code === 'ambiguousReporter');
      const right = c.reporter;
      const why = corrupted ? 'looks damaged (a comma where a period belongs)' : 'is a variant spelling';
      out.push({
        span,
        citation: c.index,
        ...(corrupted ? {} : { severity: 'warning' as const }),
        message: ambiguous
          ? `"${written}" is ambiguous: it can name more than one reporter. Write the reporter's abbreviation.`
          : `"${written}" ${why}; the reporter's abbreviation is "${right}".`,
        fixes: ambiguous || !right ? [] : [{ title: `Write "${right}"`, edits: [{ start: span.start, end: span.end, newText: right }] }],
      });
    }
    return out;
  },
};
