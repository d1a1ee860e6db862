// CITE024 — a parallel citation whose pin appears in one reporter but not in
// the other (`215 Conn. 14, 23, 574 A.2d 194`, `Shay, 253 Conn. at 174, 749
// A.2d 1147`). Each reporter needs its own pin, and the missing page can only
// come from the reporter itself: no fix. Supreme Court parallels after a U.S.
// cite are left to CITE020 unless the settings keep them.

import { edition } from '../data/reporters';
import type { Rule } from './types';
import { isReporterCitation, parallelGroup, SCOTUS_PARALLELS } from './parallelTools';

/** A public-domain citation written with hyphens: `2009-Ohio-1221`. */
function isWebCite(text: string, c: { volumeSpan?: { end: number }; reporterSpan?: { start: number } }): boolean {
  return !!c.volumeSpan && !!c.reporterSpan && text.slice(c.volumeSpan.end, c.reporterSpan.start) === '-';
}

export const CITE024: Rule = {
  meta: {
    code: 'CITE024',
    title: 'Pin in one parallel reporter but not the other',
    defaultSeverity: 'warning',
    indigo: 'R11.6.3',
    bluebook: '10.3.1',
    fix: 'lookup',
  },
  check({ cites, text, settings }) {
    const out = [];
    const keepScotus = settings?.parallelSupremeCourt === 'keep';
    for (const c of cites) {
      if (!isReporterCitation(c) || c.parallelOf !== undefined || c.parallels.length === 0) continue;
      let group = parallelGroup(cites, c, text);
      if (!group) continue;
      if (c.reporter === 'U.S.' && !keepScotus) group = group.filter((s, k) => k === 0 || !SCOTUS_PARALLELS.has(s.cite.reporter ?? ''));
      if (group.length < 2) continue;
      // A public-domain citation's paragraph pin serves every parallel (`377 N.C. 391, 2021-NCSC-57, ¶ 23`).
      // Ohio's web citation (`2009-Ohio-1221`) shares its edition with the Ohio Reports: read it by its hyphens.
      if (group.some((s) => edition(s.cite.reporter ?? '')?.citeType === 'neutral' || isWebCite(text, s.cite))) continue;
      const withPin = group.filter((s) => s.hasPin);
      const without = group.filter((s) => !s.hasPin);
      if (!withPin.length || !without.length) continue;
      const pinned = withPin.map((s) => `${s.cite.volume} ${s.cite.reporter ?? s.cite.reporterAsWritten}`).join(', ');
      const missing = without.map((s) => {
        const seg = s.cite;
        const written = text.slice(s.span.start, s.span.end).replace(/\s+/g, ' ');
        // A short form gives the pin with "at" and no first page.
        return seg.kind === 'shortCase' ? `${seg.volume} ${seg.reporter ?? seg.reporterAsWritten} at [pin]` : `${written}, [pin]`;
      });
      out.push({
        span: without[0].span,
        citation: c.index,
        message: `The pin is given in ${pinned} but not in ${without.map((s) => `${s.cite.volume} ${s.cite.reporter ?? s.cite.reporterAsWritten}`).join(', ')}: give a pin for each reporter ("${missing.join('", "')}"). Pincite cannot know the page.`,
        fixes: [],
      });
    }
    return out;
  },
};
