// Helpers shared by the parallel-citation rules (CITE020, CITE021, CITE024):
// the reporter segments of a parallel group, each with its pins, as spans of
// the original text.

import type { CaseCitation, Citation, ShortCaseCitation, Span } from '../types';

export type ReporterCitation = CaseCitation | ShortCaseCitation;

export function isReporterCitation(c: Citation | undefined): c is ReporterCitation {
  return !!c && (c.kind === 'case' || c.kind === 'shortCase');
}

/** One reporter segment: `355 U.S. 41, 45-46` or `78 S. Ct. 99`. */
export interface Segment {
  cite: ReporterCitation;
  span: Span;
  hasPin: boolean;
}

/** Where a segment ends: after its last pin, else after its page (or reporter, for a short form). */
export function segmentEnd(c: ReporterCitation): number {
  let end = c.kind === 'case' ? c.pageSpan.end : c.reporterSpan.end;
  for (const p of c.pins) end = Math.max(end, p.span.end);
  if (c.parallelOf !== undefined) end = Math.max(end, c.span.end);
  return end;
}

/** The segment of one reporter citation. */
export function segmentOf(c: ReporterCitation, text?: string): Segment {
  const end = segmentEnd(c);
  // A `[pin]` placeholder (as in the catalog's own right forms) stands for the pin still to be looked up.
  const placeholder = !!text && /^(?:,|\s+at)\s*\[pin\]/.test(text.slice(end, end + 12));
  return { cite: c, span: { start: c.volumeSpan.start, end }, hasPin: c.pins.length > 0 || placeholder };
}

/**
 * The segments of a lead citation and its parallels, in document order, or
 * undefined when a parallel is not a reporter citation (a database segment).
 */
export function parallelGroup(cites: Citation[], lead: ReporterCitation, text?: string): Segment[] | undefined {
  const out = [segmentOf(lead, text)];
  for (const i of lead.parallels) {
    const p = cites[i];
    if (!isReporterCitation(p)) return undefined;
    out.push(segmentOf(p, text));
  }
  for (let k = 1; k < out.length; k++) if (out[k].span.start < out[k - 1].span.end) return undefined;
  return out;
}

/** The reporter of the lead of the group a citation (or an Id.'s antecedent) belongs to. */
export function leadReporter(cites: Citation[], index: number, depth = 0): string | null {
  const c = cites[index];
  if (!c || depth > 64) return null;
  if (isReporterCitation(c)) return c.parallelOf !== undefined ? leadReporter(cites, c.parallelOf, depth + 1) : c.reporter;
  if (c.kind === 'id' && c.resolution === 'resolved' && typeof c.antecedent === 'number') return leadReporter(cites, c.antecedent, depth + 1);
  return null;
}

/** Supreme Court reporters that only repeat a U.S. Reports cite. */
export const SCOTUS_PARALLELS = new Set(['S. Ct.', 'L. Ed.', 'L. Ed. 2d', 'U.S.L.W.']);
