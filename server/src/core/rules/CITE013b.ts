// CITE013b — page spans written with hyphens in some places and en dashes in
// others. Either is acceptable; one document should pick one. A span written
// unlike most of the dozen spans on either side of it is reported, towards
// their style, one finding per citation: a part of a document written
// consistently one way (a separate opinion, a long quotation) is left alone.

import type { Edit, Rule } from './types';
import { allPins, pageSpanText } from './citeParts';

const HYPHEN = '-';
const EN_DASH = '\u2013';

export const CITE013b: Rule = {
  meta: {
    code: 'CITE013b',
    title: 'Mixed hyphens and en dashes in page spans',
    defaultSeverity: 'info',
    indigo: 'R5.1.2',
    bluebook: '3.2(a)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const spans: Array<{ citation: number; dashStart: number; dash: string }> = [];
    for (const c of cites) {
      if (c.kind !== 'case' && c.kind !== 'shortCase' && c.kind !== 'id') continue;
      for (const pin of allPins(c)) {
        if (pin.kind !== 'range') continue;
        const s = pageSpanText(text, pin);
        if (!s || (s.dashChar !== HYPHEN && s.dashChar !== EN_DASH)) continue;
        spans.push({ citation: c.index, dashStart: s.dashStart + s.dash.indexOf(s.dashChar), dash: s.dashChar });
      }
    }
    const hyphens = spans.filter((s) => s.dash === HYPHEN).length;
    const dashes = spans.length - hyphens;
    if (hyphens === 0 || dashes === 0) return [];
    const name = (d: string) => (d === HYPHEN ? 'hyphens' : 'en dashes');
    const one = (d: string) => (d === HYPHEN ? 'a hyphen' : 'an en dash');
    // Each span is judged against the spans around it: an opinion with a
    // concurrence or dissent by another hand, or a brief that quotes another
    // court at length, has parts written each way, and each part is consistent.
    // A short document is one part: its majority decides (on a tie, its first span).
    const W = 12;
    const whole = spans.length <= 2 * W + 1;
    const docMajority = hyphens > dashes ? HYPHEN : dashes > hyphens ? EN_DASH : spans[0].dash;
    const byCitation = new Map<number, { edits: Edit[]; majority: string; why: string }>();
    spans.forEach((s, i) => {
      const near = whole ? spans : spans.slice(Math.max(0, i - W), i + W + 1);
      const same = near.filter((x) => x.dash === s.dash).length;
      const other = near.length - same;
      if (whole ? s.dash === docMajority : other < 2 || same >= other) return;
      const majority = s.dash === HYPHEN ? EN_DASH : HYPHEN;
      const why = whole
        ? hyphens === dashes
          ? `the document writes its first span with ${one(majority)} (and as many with each)`
          : `the document mostly writes spans with ${name(majority)} (${other} of ${near.length})`
        : `the spans around it are written with ${name(majority)} (${other} of ${near.length})`;
      const entry = byCitation.get(s.citation) ?? { edits: [], majority, why };
      entry.edits.push({ start: s.dashStart, end: s.dashStart + 1, newText: majority });
      byCitation.set(s.citation, entry);
    });
    const out = [];
    for (const [citation, { edits, majority, why }] of byCitation) {
      const minority = majority === HYPHEN ? EN_DASH : HYPHEN;
      out.push({
        span: { start: edits[0].start, end: edits[edits.length - 1].end },
        citation,
        message: `This page span uses ${one(minority)}, but ${why}. Use one style throughout.`,
        fixes: [{ title: `Use ${one(majority)}`, edits }],
      });
    }
    return out;
  },
};
