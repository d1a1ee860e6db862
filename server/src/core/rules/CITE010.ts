// CITE010 — the year of decision falls outside the years the reporter series
// was published (data/reporters.json, whose editions carry the catalog's date
// corrections: F. Supp. to 1998, F.3d to 2021, F.R.D. from 1938, …). Series
// boundaries are only known to the year, and a case decided late in one year
// can be printed early the next, so a year one off the range is a warning and
// anything further out an error. Either the year or the reporter is wrong and
// only the source can say which, so no fix is offered.
//
// Only ranges the catalog corrected or confirmed (`corrected`, `checked`) are
// trusted that far. The rest are reporters-db's, which its maintainers call
// coarse (reporters-db issue #182; catalog B.3): states renumbered their
// nominative reports into the official series, so `30 N.C. 271 (1848)` is
// right although the series' own volumes began in 1868. Outside such a range
// the finding is a warning that says the dates are approximate.

import type { Finding, Rule, Severity } from './types';
import { editionOf } from './citeParts';

/** reporters-db's stand-in for an unknown first year. */
const UNKNOWN_START = 1750;

export const CITE010: Rule = {
  meta: {
    code: 'CITE010',
    title: "Year outside the reporter's dates",
    defaultSeverity: 'error',
    indigo: 'T1, T3',
    bluebook: 'T1',
    fix: 'none',
    checksQuoted: true,
  },
  check({ cites }) {
    // Within the one-year tolerance the finding is a warning (see the top of the file).
    const out: Array<Omit<Finding, 'code' | 'severity'> & { severity?: Severity }> = [];
    for (const c of cites) {
      if (c.kind !== 'case' || c.year === undefined) continue;
      if (c.notes.some((n) => n.code === 'ambiguousReporter' || n.code === 'placeholderVolume')) continue;
      const ed = editionOf(c);
      if (!ed || ed.courts === 'database' || (ed as { otherNames?: string[] }).otherNames) continue;
      let start = ed.start !== null && ed.start > UNKNOWN_START ? ed.start : null;
      const end = ed.end;
      // Volumes 1–90 of U.S. Reports carry the nominative reporters' years.
      if (ed.abbr === 'U.S.' && Number(c.volume) < 91) start = null;
      const y = c.year;
      let off = 0;
      if (start !== null && y < start) off = start - y;
      else if (end !== null && y > end) off = y - end;
      if (off === 0) continue;
      const range = `${start ?? ed.start ?? '?'}–${end ?? ''}`;
      // The reporter and the year: from the volume to the date parenthetical
      // (a parallel segment has no parenthetical of its own).
      const paren = c.parentheticals.find((p) => p.kind === 'courtDate');
      const span = { start: c.volumeSpan.start, end: paren ? paren.span.end : c.pageSpan.end };
      const trusted = ed.corrected !== undefined || ed.checked !== undefined;
      const finding: Omit<Finding, 'code' | 'severity'> & { severity?: Severity } = {
        span,
        citation: c.index,
        message: !trusted
          ? `${y} is outside the years reporters-db gives ${ed.abbr} (${range}). Those dates are approximate and not checked against the reporter's volumes (older volumes may reprint earlier reports), so check the year and the reporter series.`
          : off === 1
            ? `${y} is a year outside ${ed.abbr}'s dates (${range}), just past the change of series. Check the year and the reporter series; Pincite cannot tell which is wrong.`
            : `${ed.abbr} was published ${end === null ? `from ${start}` : range}; a ${y} decision cannot be in it. Check the year and the reporter series; Pincite cannot tell which is wrong.`,
        fixes: [],
      };
      if (off === 1 || !trusted) finding.severity = 'warning';
      out.push(finding);
    }
    return out;
  },
};
