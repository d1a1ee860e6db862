// CITE023 — a Connecticut or New York case cited only to the official state
// reporter. The national form cites the regional reporter (Atlantic for
// Connecticut, North Eastern or New York Supplement for New York), alone or as
// a parallel. Connecticut courts themselves expect the official reporter, so
// this is a style note, and the regional volume and page have to be looked up:
// no fix.

import { edition } from '../data/reporters';
import type { Rule } from './types';
import { segmentEnd } from './parallelTools';

interface Official {
  /** The regional series, oldest first. */
  regional: string[];
  /** The court as the regional form's date parenthetical names it. */
  court: string;
  state: string;
}

const CONN_A = ['A.', 'A.2d', 'A.3d'];
const NE = ['N.E.', 'N.E.2d', 'N.E.3d'];
const NYS = ['N.Y.S.', 'N.Y.S.2d', 'N.Y.S.3d'];

const OFFICIAL: Record<string, Official> = {
  'Conn.': { regional: CONN_A, court: 'Conn.', state: 'Connecticut' },
  'Conn. App.': { regional: CONN_A, court: 'Conn. App. Ct.', state: 'Connecticut' },
  'N.Y.': { regional: NE, court: 'N.Y.', state: 'New York' },
  'N.Y.2d': { regional: NE, court: 'N.Y.', state: 'New York' },
  'N.Y.3d': { regional: NE, court: 'N.Y.', state: 'New York' },
  'A.D.': { regional: NYS, court: 'App. Div.', state: 'New York' },
  'A.D.2d': { regional: NYS, court: 'App. Div.', state: 'New York' },
  'A.D.3d': { regional: NYS, court: 'App. Div.', state: 'New York' },
};

/** The regional series for a year, or every series that could apply when the year is unknown. */
function regionalFor(series: string[], year: number | undefined): string[] {
  if (year === undefined) return series.filter((s) => (edition(s)?.end ?? Infinity) >= 1938);
  return series.filter((s) => {
    const e = edition(s);
    return !!e && (e.start === null || e.start <= year) && (e.end === null || year <= e.end);
  });
}

export const CITE023: Rule = {
  meta: {
    code: 'CITE023',
    title: 'State case cited only to the official reporter',
    defaultSeverity: 'info',
    indigo: 'T3 (Connecticut), R11.6.2',
    bluebook: 'T1 (Connecticut)',
    fix: 'lookup',
  },
  check({ cites }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'case' || c.parallelOf !== undefined || c.parallels.length > 0 || !c.reporter) continue;
      const official = OFFICIAL[c.reporter];
      if (!official) continue;
      const series = regionalFor(official.regional, c.year);
      if (!series.length) continue; // before the regional reporter began
      const reg = series.join('/');
      const year = c.year ?? '[year]';
      out.push({
        span: { start: c.volumeSpan.start, end: segmentEnd(c) },
        citation: c.index,
        message: `${c.volume} ${c.reporter} ${c.page} is cited only to the official ${official.state} reporter; the national form cites the regional reporter, "…, [vol] ${reg} [page], [pin] (${official.court} ${year})", or adds it as a parallel. Courts in ${official.state} expect the official reporter, so this is a style point; the ${reg} volume and page must be looked up.`,
        fixes: [],
      });
    }
    return out;
  },
};
