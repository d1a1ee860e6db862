// CITE063 — parentheticals after a citation go in a fixed order: the court and
// date, then [hereinafter], then weight of authority (en banc, per curiam, a
// separate opinion), then notes on the quotation (emphasis added, internal
// quotation marks omitted), then (quoting …)/(citing …), then the explanatory
// parenthetical; subsequent history follows them all. The fix moves each
// parenthetical, unchanged, into its place.
//
// A note on the quotation right after an explanatory parenthetical that
// quotes (`(holding that "…") (emphasis added)`) may describe that quotation,
// and then belongs nested inside it; which one the writer meant is theirs to
// say, so that finding names both places and moves nothing.
//
// A document that always puts its quotation notes after the quoting or
// explanatory parenthetical (as many courts do) follows a house order of its
// own, which is accepted. A statute's parentheticals are not judged (its
// edition parenthetical is not a court and date). Parentheticals a page break
// runs through are reported without a fix, which would carry the page's
// furniture along.

import type { Citation, Parenthetical, ParentheticalKind } from '../types';
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

/** Quotation notes come after quoting or explanatory parentheticals at least twice in the document, and never before them. */
function notesLastThroughout(cites: Citation[]): boolean {
  let after = 0;
  let before = 0;
  for (const c of cites) {
    const ps = c.parentheticals;
    ps.forEach((p, k) => {
      if (p.kind !== 'quotationNote') return;
      if (ps.slice(0, k).some((q) => q.kind === 'citing' || q.kind === 'explanatory')) after++;
      else if (ps.slice(k + 1).some((q) => q.kind === 'citing' || q.kind === 'explanatory')) before++;
    });
  }
  return after >= 2 && before === 0;
}

export const CITE063: Rule = {
  meta: {
    code: 'CITE063',
    title: 'Parenthetical order',
    defaultSeverity: 'warning',
    indigo: 'R10.2, R11.1.2',
    bluebook: '1.5(b), 10.6.3',
    fix: 'safe',
  },
  check({ cites, text, result }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    const houseOrder = notesLastThroughout(cites);
    for (const c of cites) {
      const ps = c.parentheticals;
      if (ps.length < 2 || ps.some((p) => !p.closed)) continue;
      if (c.kind === 'statute' || c.kind === 'regulation' || c.kind === 'rule' || c.kind === 'constitution') continue;
      // In a document whose house order puts notes last, a note ranks with what it follows.
      const rank: number[] = [];
      ps.forEach((p, k) => (rank[k] = houseOrder && p.kind === 'quotationNote' && k > 0 && rank[k - 1] > RANK.quotationNote ? rank[k - 1] : RANK[p.kind]));
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
      // A page break, or a blank line in single-spaced text (a footnote block), may run through a
      // parenthetical: the finding stands, but moving text across it would move the furniture too.
      const blank = result.layout?.doubleSpaced ? /\f/ : /\n[ \t]*\n|\f/;
      const laidOut = ps.some((p) => blank.test(text.slice(p.span.start, p.span.end)));
      const prev = ps[first - 1];
      if (moved.kind === 'quotationNote' && prev.kind === 'explanatory' && /["\u201c\u201d]/.test(prev.text)) {
        out.push({
          span,
          citation: c.index,
          message: `CITE063 The quotation note "${moved.text}" follows the explanatory parenthetical. If it describes the quotation inside that parenthetical, nest it there; otherwise it goes before the explanatory parenthetical.`,
          fixes: [],
        });
        continue;
      }
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
