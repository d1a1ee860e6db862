// CITE063 — parentheticals after a citation go in a fixed order: the court and
// date, then [hereinafter], then weight of authority (en banc, per curiam, a
// separate opinion), then notes on the quotation (emphasis added, internal
// quotation marks omitted), then (quoting …)/(citing …), then the explanatory
// parenthetical; subsequent history follows them all. The fix moves each
// parenthetical, unchanged, into its place.
//
// A note on the quotation is not held to a place among the quoting and
// explanatory parentheticals: courts write `(quoting …) (internal quotation
// marks omitted)` as a matter of course, and a note after an explanatory
// parenthetical often belongs to the quotation inside it. A parenthetical that
// a page break or footnote runs through is reported but not moved.

import type { Parenthetical, ParentheticalKind } from '../types';
import type { Edit, Finding, Rule } from './types';

const RANK: Record<ParentheticalKind, number> = {
  courtDate: 0,
  hereinafter: 1,
  weight: 2,
  quotationNote: 3,
  citing: 4,
  explanatory: 5,
};
const LABEL: Record<ParentheticalKind, string> = {
  courtDate: 'court and date',
  hereinafter: 'hereinafter',
  weight: 'weight of authority',
  quotationNote: 'quotation note',
  citing: 'quoting/citing',
  explanatory: 'explanatory',
};

export const CITE063: Rule = {
  meta: {
    code: 'CITE063',
    title: 'Parenthetical order',
    defaultSeverity: 'warning',
    indigo: 'R10.2, R11.1.2',
    bluebook: '1.5(b), 10.6.3',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const c of cites) {
      const ps = c.parentheticals;
      if (ps.length < 2 || ps.some((p) => !p.closed)) continue;
      // A note on the quotation keeps the place of the parenthetical before it (never before weight).
      const rank: number[] = [];
      ps.forEach((p, k) => (rank[k] = p.kind === 'quotationNote' ? Math.max(RANK.quotationNote, k > 0 ? rank[k - 1] : 0) : RANK[p.kind]));
      const first = rank.findIndex((r, k) => k > 0 && r < rank[k - 1]);
      if (first < 0) continue;
      const order = ps.map((p, k) => ({ p, k })).sort((a, b) => rank[a.k] - rank[b.k] || a.k - b.k).map((x) => x.p);
      const edits: Edit[] = [];
      ps.forEach((slot, k) => {
        const want: Parenthetical = order[k];
        if (want === slot) return;
        edits.push({ start: slot.span.start, end: slot.span.end, newText: text.slice(want.span.start, want.span.end) });
      });
      const moved = ps[first];
      const before = ps[rank.findIndex((r) => r > rank[first])];
      const span = { start: ps[0].span.start, end: ps[ps.length - 1].span.end };
      const laidOut = ps.some((p) => /\n[ \t]*\n|\f/.test(text.slice(p.span.start, p.span.end)));
      out.push({
        span,
        citation: c.index,
        message: `CITE063 The ${LABEL[moved.kind]} parenthetical "${moved.text}" belongs before the ${LABEL[before.kind]} one. Order: court and date, hereinafter, weight of authority, quotation notes, quoting/citing, explanatory.`,
        fixes: laidOut ? [] : [{ title: 'Reorder the parentheticals', edits }],
      });
    }
    return out;
  },
};
