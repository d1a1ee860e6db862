// CITE013b — page spans written with hyphens in some places and en dashes in
// others. Either is acceptable; one document should pick one. The style the
// document uses more often wins (on a tie, the one it uses first), and the
// spans written the other way are reported, one finding per citation.

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
    const majority = hyphens > dashes ? HYPHEN : dashes > hyphens ? EN_DASH : spans[0].dash;
    const name = (d: string) => (d === HYPHEN ? 'hyphens' : 'en dashes');
    const one = (d: string) => (d === HYPHEN ? 'a hyphen' : 'an en dash');
    const minority = majority === HYPHEN ? EN_DASH : HYPHEN;
    const why =
      hyphens === dashes
        ? `the document writes its first span with ${one(majority)} (and as many with each)`
        : `the document mostly writes spans with ${name(majority)} (${Math.max(hyphens, dashes)} of ${spans.length})`;
    const byCitation = new Map<number, Edit[]>();
    for (const s of spans) {
      if (s.dash === majority) continue;
      const edits = byCitation.get(s.citation) ?? [];
      edits.push({ start: s.dashStart, end: s.dashStart + 1, newText: majority });
      byCitation.set(s.citation, edits);
    }
    const out = [];
    for (const [citation, edits] of byCitation) {
      out.push({
        span: { start: edits[0].start, end: edits[edits.length - 1].end },
        citation,
        message: `CITE013b This page span uses ${one(minority)}, but ${why}. Use one style throughout.`,
        fixes: [{ title: `Use ${one(majority)}`, edits }],
      });
    }
    return out;
  },
};
