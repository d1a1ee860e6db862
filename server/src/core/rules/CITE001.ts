// CITE001 — reporter spacing. Adjacent single capitals close up and ordinals
// count as single capitals (`F.2d`, `N.Y.S.2d`); a single capital stands apart
// from a longer abbreviation (`F. Supp. 2d`, `S. Ct.`, `L. Ed. 2d`). The
// canonical abbreviations in the reporter table are already spaced that way.
//
// Compact spacing (Bluepages B6, and West and Lexis text) is accepted where a
// document closes a reporter up throughout. A document that writes one
// reporter both ways is asked for the Bluebook form, which is right in either
// style: West's texts often close up only their short forms (`153 F.Supp.2d at
// 1224` after `153 F. Supp. 2d 1216`), and closing up the full citation would
// turn a correct cite into the nonstandard one. Reporters inside a quotation
// reproduce the source and are not judged.

import { spaceless } from '../data/reporters';
import { insideQuotation } from '../text/quotes';
import { isParallel } from '../cite/predicates';
import type { Citation, Span } from '../types';
import type { Rule } from './types';

/** The Supreme Court's own spacing: a space after every period (`U. S.`, `F. 2d`, `N. W. 2d`). */
function fullySpaced(abbr: string): string {
  return abbr.replace(/\.(?=\S)/g, '. ');
}

export const CITE001: Rule = {
  meta: {
    code: 'CITE001',
    title: 'Reporter spacing',
    defaultSeverity: 'warning',
    indigo: 'R7.2, R11.6.2, T1/T3',
    bluebook: '6.1(a), T1, B6',
    fix: 'safe',
  },
  check({ cites, text, quoted, settings, style }) {
    const out = [];
    // Compact style (Bluepages B6), and reporter text printed closed up by West
    // or Lexis, accept closed-up reporters; then only a reporter written both
    // ways in one document is flagged, towards the Bluebook form when the
    // document uses it, else the form it uses more often.
    const compact = settings.citationSpacing === 'compact' || style.accepts.has('closedUpReporters');
    // The Supreme Court's house style spaces every initial; the practitioner form stays right too.
    const spacedOk = style.accepts.has('spacedReporters');
    const { styleCount, spacingIssues } = reportersAsWritten(cites, text, quoted, spacedOk);
    const groups = respacings(spacingIssues, styleCount, compact);
    for (const [lead, list] of groups) {
      const pairs = list.map((x) => `"${x.to}", not "${x.from}"`).join('; ');
      const bluebook = list.every((x) => x.bluebook);
      const message = compact
        ? `Reporter spacing is inconsistent with the rest of this document: write ${pairs}${bluebook ? ', the Bluebook form (a closed-up form is accepted only where the document uses it throughout)' : ''}.`
        : `Reporter spacing: write ${pairs}. Adjacent single capitals and ordinals close up; a single capital stands apart from a longer abbreviation.`;
      out.push({
        span: { start: list[0].span.start, end: list[list.length - 1].span.end },
        citation: lead,
        message,
        fixes: [
          {
            title: list.length === 1 ? `Write "${list[0].to}"` : `Respace the ${list.length} reporters`,
            edits: list.map((x) => ({ start: x.span.start, end: x.span.end, newText: x.to })),
          },
        ],
      });
    }
    return out;
  },
};

/** A reporter as written where it differs from the Bluebook form only in its spacing. */
interface SpacingIssue {
  c: Citation & { reporter: string; reporterSpan: Span };
  asWritten: string;
}

/**
 * Each reporter written with other spacing than the Bluebook's (outside
 * quotations, not wrapped across lines), and how often the document writes
 * each form of each reporter.
 */
function reportersAsWritten(
  cites: Citation[],
  text: string,
  quoted: Span[],
  spacedOk: boolean,
): { styleCount: Map<string, Map<string, number>>; spacingIssues: SpacingIssue[] } {
  const styleCount = new Map<string, Map<string, number>>();
  const spacingIssues: SpacingIssue[] = [];
  for (const c of cites) {
    if (c.kind !== 'case' && c.kind !== 'shortCase') continue;
    if (!c.reporter) continue;
    if (insideQuotation(quoted, c.reporterSpan)) continue;
    const written = text.slice(c.reporterSpan.start, c.reporterSpan.end);
    if (/\n/.test(written)) continue; // wrapped across lines: spacing is the line break's
    const asWritten = written.replace(/\s+/g, ' ');
    if (spaceless(asWritten) !== spaceless(c.reporter)) continue;
    if (spacedOk && asWritten === fullySpaced(c.reporter)) continue;
    const forms = styleCount.get(c.reporter) ?? new Map<string, number>();
    forms.set(asWritten, (forms.get(asWritten) ?? 0) + 1);
    styleCount.set(c.reporter, forms);
    spacingIssues.push({ c: c as never, asWritten });
  }
  // Parallel segments written after an Id. pin (`Id. at 45, 91 S.Ct. 746`) carry reporters too.
  for (const c of cites) {
    if (c.kind !== 'id') continue;
    for (const seg of c.parallelSegments) {
      if (!seg.reporter) continue;
      const segText = text.slice(seg.span.start, seg.span.end);
      const at = segText.indexOf(seg.reporterAsWritten.split(' ')[0]);
      if (at < 0 || /\n/.test(segText)) continue;
      const span = { start: seg.span.start + at, end: seg.span.start + at + seg.reporterAsWritten.length };
      if (insideQuotation(quoted, span)) continue;
      const asWritten = text.slice(span.start, span.end);
      if (asWritten !== seg.reporterAsWritten || spaceless(asWritten) !== spaceless(seg.reporter)) continue;
      if (spacedOk && asWritten === fullySpaced(seg.reporter)) continue;
      const forms = styleCount.get(seg.reporter) ?? new Map<string, number>();
      forms.set(asWritten, (forms.get(asWritten) ?? 0) + 1);
      styleCount.set(seg.reporter, forms);
      spacingIssues.push({ c: { ...c, reporter: seg.reporter, reporterSpan: span } as never, asWritten });
    }
  }
  return { styleCount, spacingIssues };
}

/** The respacings to make, by the citation that leads each parallel group (catalog A.10: one finding per citation). */
function respacings(
  spacingIssues: SpacingIssue[],
  styleCount: Map<string, Map<string, number>>,
  compact: boolean,
): Map<number, Array<{ span: { start: number; end: number }; from: string; to: string; bluebook: boolean }>> {
  // The reporters of a parallel group that need respacing are reported, and fixed, together.
  const groups = new Map<number, Array<{ span: { start: number; end: number }; from: string; to: string; bluebook: boolean }>>();
  for (const { c, asWritten } of spacingIssues) {
    let to: string;
    if (compact) {
      const forms = styleCount.get(c.reporter)!;
      if (forms.size < 2) continue;
      to = forms.has(c.reporter) ? c.reporter : [...forms.entries()].sort((a, b) => b[1] - a[1])[0][0];
    } else {
      to = c.reporter;
    }
    if (asWritten === to) continue;
    const lead = isParallel(c) ? c.parallelOf : c.index;
    const list = groups.get(lead) ?? [];
    list.push({ span: c.reporterSpan, from: asWritten, to, bluebook: to === c.reporter });
    groups.set(lead, list);
  }
  return groups;
}
