// CITE007 — the date parenthetical gives a year but no court, and nothing else
// in the citation says which court decided the case. The Federal Reporter,
// Federal Supplement, regional reporters, N.Y.S. and the databases print
// decisions of many courts, so the parenthetical has to name the court. When an
// official reporter that does identify the court is cited in parallel
// (`215 Conn. 14, 574 A.2d 194 (1990)`), the year alone is right. Which court
// it was is a fact of the decision, so no fix is offered.
//
// Which reporters name their court comes from the derived reporter table (a
// state's official reports, one-court public-domain formats, an agency's own
// reports). For a state reporter the table's answer rests on the reporter's
// name, so the finding is a warning there; for the federal and regional
// reporters it is certain. The Supreme Court cites the decision under review
// and cases whose court its text has just named without the court
// (`306 F. 3d 170 (2002)`): accepted in that house style.

import type { Rule } from './types';
import type { Edition } from '../data/reporters';
import { courtDateOf, editionOf, groupOf, isCaseLike } from './citeParts';

/** Text that names the deciding court: `the Fourth Circuit`, `the court of appeals`, `the District Court`. */
const COURT_NAMED =
  /\b(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.\s?C\.|Federal)\s+Circuit|[Cc]ourt of [Aa]ppeals|[Dd]istrict [Cc]ourt|Supreme Court of [A-Z]\w+|[Cc]ourt below)\b/;

/** Which court to add, with an example, by the kind of reporter. */
function whatCourt(ed: Edition): string {
  switch (ed.courts) {
    case 'federal-appellate':
      return 'the circuit, e.g. "(2d Cir. 1988)"';
    case 'federal-district':
      return 'the district court, e.g. "(D. Conn. 1998)"';
    case 'federal-other':
      return 'the court, e.g. "(Bankr. D. Conn. 2019)"';
    case 'regional':
      return 'the state and court, e.g. "(Conn. 1990)" or "(Conn. App. Ct. 2020)"';
    case 'database':
      return 'the court and the exact date, e.g. "(D. Conn. Feb. 9, 2022)"';
  }
  if (ed.abbr.startsWith('N.Y.S.')) return 'the court (the reporter shows the state), e.g. "(App. Div. 1991)" or "(Sup. Ct. 2010)"';
  if (ed.states.length === 1 && ed.states[0] === 'ny') return 'the court, e.g. "(N.Y. Sup. Ct. 2010)"';
  if (ed.states.length === 1 && ed.states[0] === 'ct') return 'the court, e.g. "(Conn. Super. Ct. 1990)"';
  return 'the court';
}

export const CITE007: Rule = {
  meta: {
    code: 'CITE007',
    title: 'Court missing from the date parenthetical',
    defaultSeverity: 'error',
    indigo: 'R12.1, R12.2',
    bluebook: '10.4',
    fix: 'lookup',
  },
  check({ cites, text, style }) {
    const out = [];
    const fromContext = style.accepts.has('courtFromContext');
    for (const c of cites) {
      if (c.kind !== 'case' && c.kind !== 'database') continue;
      if (c.parallelOf !== undefined) continue;
      const paren = courtDateOf(c);
      if (!paren || paren.court || paren.year === undefined) continue;
      const group = groupOf(cites, c).filter((g) => g.kind !== 'shortCase');
      if (group.length === 0 || !group.every(isCaseLike)) continue;
      const eds = group.map(editionOf);
      // An unknown or ambiguous reporter is another rule's business.
      if (eds.some((e) => !e) || group.some((g) => g.notes.some((n) => n.code === 'ambiguousReporter'))) continue;
      if (eds.some((e) => e!.identifiesCourt)) continue;
      // Mixed-coverage services (U.S.L.W.) and the Supreme Court's nominative reporters are left alone.
      if (eds.some((e) => e!.courts === 'mixed' || e!.courts === 'scotus')) continue;
      const lead = eds[0]!;
      if (fromContext && (!('caseName' in c) || !c.caseName || COURT_NAMED.test(text.slice(Math.max(0, c.span.start - 300), c.span.start)))) continue;
      out.push({
        span: paren.span,
        citation: c.index,
        ...(lead.courts === 'state' ? { severity: 'warning' as const } : {}),
        message: `"${paren.text}" gives the year but not the court, and ${lead.abbr} does not show which court decided the case. Add ${whatCourt(lead)}; Pincite cannot tell which court it was.`,
        fixes: [],
      });
    }
    return out;
  },
};
