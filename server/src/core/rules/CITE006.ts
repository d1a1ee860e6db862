// CITE006 — a full case citation without its court-and-date parenthetical.
// The court and year are facts of the decision, so no fix is offered.
//
// Certain when nothing follows the citation; a warning when a bracket follows
// that Pincite could not read as the court and date (a form it does not know
// may hold them). Not reported where the missing date is the document's own
// convention: a text that gives most of its full citations no date at all
// (nineteenth-century reports), and the Supreme Court's citations of its own
// reports in its house style (its syllabi cite `315 U. S. 568, 572`), nor, in
// that style, where the year is given once with the subsequent history
// (`282 F.3d 268, cert. denied, 537 U.S. 825 (2002)`) and the text names the court.
// A citation that stops where a page ends is a warning too: in PDF text a
// footnote's citation often goes on at the foot of the next page, after that
// page's body text, where Pincite cannot join it.

import type { Citation } from '../types';
import { countBelow } from '../text/sorted';
import type { Finding, Rule } from './types';

function missingDate(c: Citation): boolean {
  return c.kind === 'case' && c.notes.some((n) => n.code === 'missingCourtDate');
}

/** Most full citations in the text carry no date: dates are not this document's custom. */
function datelessDocument(cites: Citation[]): boolean {
  let full = 0;
  let dateless = 0;
  for (const c of cites) {
    if (c.kind !== 'case' || c.parallelOf !== undefined || !c.caseName || c.nested) continue;
    full++;
    if (missingDate(c)) dateless++;
  }
  return full >= 5 && dateless >= full * 0.6;
}

/** Only blanks lie between `end` and the start of page furniture or a form feed. */
function atPageEdge(text: string, end: number, edges: number[] | undefined): boolean {
  if (!edges?.length) return false;
  let k = end;
  while (k < text.length && k - end < 400 && /\s/.test(text[k]) && text[k] !== '\f') k++;
  // The furniture line starts at a line start, so `k` may sit at its first character or at its indent.
  const next = countBelow(edges, end);
  return next < edges.length && edges[next] <= k;
}

export const CITE006: Rule = {
  meta: {
    code: 'CITE006',
    title: 'Missing court-and-date parenthetical',
    defaultSeverity: 'error',
    indigo: 'R11.1, R12.1',
    bluebook: '10.1, 10.5',
    fix: 'lookup',
  },
  check({ cites, text, style, result }) {
    const out: Array<Omit<Finding, 'code' | 'severity'> & { severity?: Finding['severity'] }> = [];
    if (datelessDocument(cites)) return out;
    const ownReports = style.accepts.has('courtFromContext');
    // Citations whose subsequent history carries a year: `282 F.3d 268, cert. denied, 537 U.S. 825 (2002)`.
    const datedHistory = new Set<number>();
    for (const h of cites) if (h.historyOf !== undefined && 'year' in h && h.year !== undefined) datedHistory.add(h.historyOf);
    for (const c of cites) {
      if (c.kind !== 'case' || c.parallelOf !== undefined) continue;
      if (!missingDate(c)) continue;
      // The opinion's own caption line (no name, no parenthetical) is not a citation sentence.
      if (!c.caseName) continue;
      if (ownReports && (c.reporter === 'U.S.' || c.reporter === 'S. Ct.')) continue;
      // The year given once, with the history (Bluebook 10.5(c)), in a style that leaves out a court the text names.
      if (ownReports && datedHistory.has(c.index)) continue;
      const next = /^\s*([([])/.exec(text.slice(c.span.end, c.span.end + 40));
      const edge = !next && atPageEdge(text, c.span.end, result.pageEdges);
      out.push({
        span: c.span,
        citation: c.index,
        ...(next || edge ? { severity: 'warning' as const } : {}),
        message: next
          ? `${c.caseName.text}: Pincite could not read the bracket after this citation as its court and date. If the citation has no court-and-date parenthetical, add the year of decision (and the court, unless the reporter identifies it), e.g. "(D. Conn. 2001)".`
          : edge
            ? `${c.caseName.text}: this citation stops where a page ends, and Pincite found no court-and-date parenthetical after it. If the parenthetical is not carried over to the next page, add the year of decision (and the court, unless the reporter identifies it), e.g. "(D. Conn. 2001)".`
            : `${c.caseName.text} has no court-and-date parenthetical. Add the year of decision (and the court, unless the reporter identifies it), e.g. "(D. Conn. 2001)"; Pincite cannot supply the date.`,
        fixes: [],
      });
    }
    return out;
  },
};
