// An opinion's own citations as the library keys them (`OpinionCite`): read
// from the scanner's citations, kept once each, the primary one first.

import type { Citation } from '../types';
import type { OpinionCite } from './types';
import { opinionCiteKey } from './library';

/** The OpinionCite a scanned citation gives, when it is a reporter, database or docket citation. */
export function citeOf(c: Citation, allowUnknownReporter: boolean): OpinionCite | undefined {
  if (c.kind === 'case') {
    const page = Number(c.page);
    if (!Number.isInteger(page) || page <= 0) return undefined;
    const reporter = c.reporter ?? (allowUnknownReporter ? c.reporterAsWritten : null);
    if (!reporter) return undefined;
    return { kind: 'reporter', volume: c.volume, reporter, page, text: `${c.volume} ${reporter} ${page}` };
  }
  if (c.kind === 'database') {
    return { kind: 'database', year: c.year, database: c.database, number: c.number, text: `${c.year} ${c.database} ${c.number}` };
  }
  if (c.kind === 'docket') {
    const docket = c.docketNormalized;
    return { kind: 'docket', docket, text: `No. ${docket}${c.judge ? ` (${c.judge})` : ''}` };
  }
  return undefined;
}

export function addCite(list: OpinionCite[], c: OpinionCite): void {
  const k = opinionCiteKey(c);
  if (!list.some((x) => opinionCiteKey(x) === k)) list.push(c);
}

/** Reporter cites first, then database cites, then dockets: the order the canonical citation prefers. */
export function primaryCite(cites: OpinionCite[]): OpinionCite | undefined {
  return cites.find((c) => c.kind === 'reporter') ?? cites.find((c) => c.kind === 'database') ?? cites.find((c) => c.kind === 'docket');
}
