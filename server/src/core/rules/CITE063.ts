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
// An emphasis or alteration note right after a parenthetical that is all
// quotation (`("…") (emphasis added)`) describes that quotation and stays
// with it; where the page layout runs through the parentheticals, the
// undecided case is left alone. A document that always
// puts its quotation notes after the quoting or explanatory parenthetical, or
// its (quoting …) after the explanatory one (as many courts do), follows a
// house order of its own, which is accepted. A statute's parentheticals are not judged (its
// edition parenthetical is not a court and date). Parentheticals a page break
// runs through are reported without a fix, which would carry the page's
// furniture along.

import { countAtMost } from '../text/sorted';
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

/** How often parentheticals of `kind` come after, and before, those of the `after` kinds in the document. */
function placement(cites: Citation[], kind: ParentheticalKind, after: ParentheticalKind[]): { later: number; before: number } {
  let later = 0;
  let before = 0;
  for (const c of cites) {
    const ps = c.parentheticals;
    ps.forEach((p, k) => {
      if (p.kind !== kind) return;
      if (ps.slice(0, k).some((q) => after.includes(q.kind))) later++;
      else if (ps.slice(k + 1).some((q) => after.includes(q.kind))) before++;
    });
  }
  return { later, before };
}

/** A code's publisher and year: `(West 2019)`, `(Vernon Supp. 2003)`, `(McKinney 2014)`. */
const EDITION = /^\(\s*(?:West|Vernon|Vernon's|LexisNexis|Lexis|McKinney|Deering|Thomson Reuters|Michie|Burns|Supp\.)\b[^()]{0,40}\)$/;

/** An explanatory parenthetical that is a quotation and nothing else: `("…")`, `(“[T]he …”)`. */
function allQuotation(p: Parenthetical): boolean {
  return p.kind === 'explanatory' && /^\(\s*["\u201c\u2018']/.test(p.text) && /["\u201d\u2019']\s*\)$/.test(p.text);
}

/** A note on how the quoted words are printed (`emphasis added`, `alteration in original`), not on what was left out. */
function printNote(p: Parenthetical): boolean {
  return p.kind === 'quotationNote' && /^\(\s*(?:emphasis|alterations?)\b/i.test(p.text) && !/omitted/i.test(p.text);
}

/** Whether a page edge lies strictly inside `(start, end)`. */
function edgeWithin(edges: readonly number[], start: number, end: number): boolean {
  const k = countAtMost(edges, start);
  return k < edges.length && edges[k] < end;
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
    const notes = placement(cites, 'quotationNote', ['citing', 'explanatory']);
    const citing = placement(cites, 'citing', ['explanatory']);
    const notesLast = notes.later >= 2 && notes.before === 0;
    const citingLast = citing.later >= 2 && citing.before === 0;
    for (const c of cites) {
      const ps = c.parentheticals;
      if (ps.length < 2 || ps.some((p) => !p.closed)) continue;
      if (c.kind === 'statute' || c.kind === 'regulation' || c.kind === 'rule' || c.kind === 'constitution') continue;
      // In a document whose house order puts notes (or quoting parentheticals) last, they rank with what they follow.
      const rank: number[] = [];
      // A parenthetical that is all quotation (`("…")`) is what an emphasis note right after it describes: they rank together.
      ps.forEach((p, k) => {
        const after = k > 0 && rank[k - 1] > RANK[p.kind];
        const withPrev = after && p.kind === 'quotationNote' ? notesLast || (printNote(p) && allQuotation(ps[k - 1])) : after && p.kind === 'citing' ? citingLast : false;
        // A record page's first parenthetical names the document on it (`App. 221 (Joint Stipulation ¶18)`): part of the citation.
        const names =
          k === 0 &&
          ((c.kind === 'record' && /^\(\s*[A-Z][^()]{0,60}?(?:¶|§|\d)[^()]{0,20}\)$/.test(p.text)) ||
            // An Id. of a code section keeps the code's edition first: `Id. § 554.0035 (Vernon Supp. 2003)`.
            (c.kind === 'id' && c.pins.some((q) => q.kind === 'section') && EDITION.test(p.text)));
        rank[k] = names ? RANK.courtDate : withPrev ? rank[k - 1] : RANK[p.kind];
      });
      const first = rank.findIndex((r, k) => k > 0 && r < rank[k - 1]);
      if (first < 0) continue;
      const order = ps
        .map((p, k) => ({ p, k }))
        .sort((a, b) => rank[a.k] - rank[b.k] || a.k - b.k)
        .map((x) => x.p);
      const edits: Edit[] = [];
      ps.forEach((slot, k) => {
        const want: Parenthetical = order[k];
        if (want === slot) return;
        edits.push({ start: slot.span.start, end: slot.span.end, newText: text.slice(want.span.start, want.span.end) });
      });
      const moved = ps[first];
      const before = ps[rank.findIndex((r) => r > rank[first])];
      const span = { start: ps[0].span.start, end: ps[ps.length - 1].span.end };
      // A page break (a form feed, or page furniture such as a page number), or a blank line in
      // single-spaced text (a footnote block), may run through a
      // parenthetical: the finding stands, but moving text across it would move the furniture too.
      const blank = result.layout?.doubleSpaced ? /\f/ : /\n[ \t]*\n|\f/;
      const edges = result.pageEdges ?? [];
      const laidOut = ps.some((p) => blank.test(text.slice(p.span.start, p.span.end)) || edgeWithin(edges, p.span.start, p.span.end));
      const prev = ps[first - 1];
      if (moved.kind === 'quotationNote' && prev.kind === 'explanatory' && /["\u201c\u201d]/.test(prev.text)) {
        // Which quotation the note is on is the writer's call; where the page layout runs through
        // the parentheticals, the span would take in the page's furniture and footnotes, so say nothing.
        if (laidOut) continue;
        out.push({
          span,
          citation: c.index,
          message: `The quotation note "${moved.text}" follows the explanatory parenthetical. If it describes the quotation inside that parenthetical, nest it there; otherwise it goes before the explanatory parenthetical.`,
          fixes: [],
        });
        continue;
      }
      out.push({
        span,
        citation: c.index,
        message: `The ${LABEL[moved.kind]} parenthetical "${moved.text}" belongs before the ${LABEL[before.kind]} one. Order: court and date, hereinafter, weight of authority, quotation notes, quoting/citing, explanatory.`,
        fixes: laidOut ? [] : [{ title: 'Reorder the parentheticals', edits }],
      });
    }
    return out;
  },
};
