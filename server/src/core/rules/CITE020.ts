// CITE020 — a Supreme Court case cited to U.S. Reports needs nothing more: the
// S. Ct. and L. Ed. segments after it only repeat the same opinion in other
// reporters. Flags them in full citations, short forms and `Id.` (`Id. at 694,
// 98 S. Ct. 2018`), and removes them while keeping the U.S. segment and its pin.
// Off when the writer's settings keep Supreme Court parallels (a local rule may
// require them).

import type { Edit, Rule } from './types';
import { isReporterCitation, leadReporter, parallelGroup, SCOTUS_PARALLELS } from './parallelTools';

export const CITE020: Rule = {
  meta: {
    code: 'CITE020',
    title: 'Supreme Court parallel citations after U.S.',
    defaultSeverity: 'info',
    indigo: 'T1, R12.2',
    bluebook: 'T1, 10.3.1, B10.1',
    fix: 'safe',
  },
  check({ cites, text, settings }) {
    if (settings?.parallelSupremeCourt === 'keep') return [];
    const out = [];
    for (const c of cites) {
      if (isReporterCitation(c)) {
        if (c.parallelOf !== undefined || c.reporter !== 'U.S.' || c.parallels.length === 0) continue;
        // A placeholder U.S. cite (`— U.S. —`) has no pagination yet: the parallels are all there is.
        if (c.notes.some((n) => n.code === 'placeholderVolume' || n.code === 'placeholderPage')) continue;
        const group = parallelGroup(cites, c);
        if (!group) continue;
        const edits: Edit[] = [];
        const dropped: string[] = [];
        let prevEnd = group[0].span.end;
        let first = -1;
        let last = -1;
        for (const seg of group.slice(1)) {
          if (seg.cite.reporter && SCOTUS_PARALLELS.has(seg.cite.reporter)) {
            edits.push({ start: prevEnd, end: seg.span.end, newText: '' });
            dropped.push(text.slice(seg.span.start, seg.span.end).replace(/\s+/g, ' '));
            if (first < 0) first = seg.span.start;
            last = seg.span.end;
          }
          prevEnd = seg.span.end;
        }
        if (!edits.length) continue;
        out.push({
          span: { start: first, end: last },
          citation: c.index,
          message: `A Supreme Court case cited to U.S. needs no parallel: drop "${dropped.join(', ')}" and keep the U.S. cite and its pin (keep parallels only where a local rule requires them).`,
          fixes: [{ title: 'Drop the S. Ct./L. Ed. parallels', edits }],
        });
      } else if (c.kind === 'id' && c.parallelSegments.length) {
        if (typeof c.antecedent !== 'number' || leadReporter(cites, c.antecedent) !== 'U.S.') continue;
        let prevEnd = c.span.start + c.form.length;
        for (const p of c.pins) prevEnd = Math.max(prevEnd, p.span.end);
        const edits: Edit[] = [];
        const dropped: string[] = [];
        let first = -1;
        let last = -1;
        for (const seg of c.parallelSegments) {
          let segEnd = seg.span.end;
          for (const p of seg.pins) segEnd = Math.max(segEnd, p.span.end);
          if (seg.reporter && SCOTUS_PARALLELS.has(seg.reporter) && seg.span.start >= prevEnd) {
            edits.push({ start: prevEnd, end: segEnd, newText: '' });
            dropped.push(text.slice(seg.span.start, segEnd).replace(/\s+/g, ' '));
            if (first < 0) first = seg.span.start;
            last = segEnd;
          }
          prevEnd = segEnd;
        }
        if (!edits.length) continue;
        out.push({
          span: { start: first, end: last },
          citation: c.index,
          message: `Id. here points to a case cited to U.S.: drop the parallel "${dropped.join(', ')}" and keep the U.S. pin.`,
          fixes: [{ title: 'Drop the S. Ct./L. Ed. parallels', edits }],
        });
      }
    }
    return out;
  },
};
