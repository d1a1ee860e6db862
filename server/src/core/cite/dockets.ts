// Docket numbers and slip opinions: `Campbell v. City of Waterbury, No.
// 3:21-cv-107 (JAM) (D. Conn. Feb. 9, 2022)`, `No. 19-1392, slip op. at 5`.

import type { DocketCitation } from '../types';
import { at, skipWsBack } from './lex';
import { parsePin, type RawPin } from './pins';
import { parseParentheticals } from './parentheticals';
import { findCaseName, findSignal, type RawName } from './caseName';
import { make } from './make';
import type { Scanner } from './scanner';

export const DOCKET_NUMBER =
  /(?:\d{1,2}[:-]\d{2}[- ]?(?:cv|CV|cr|CR|mc|MC|md|MD|bk|BK)[- ]?[\dl]{1,6}(?:-[A-Z]{2,4}(?![a-z]))*(?:\s?\([A-Z]{2,5}\))?|\d{2,4}-\d{1,6}(?:-[a-z]{2})?(?![\w-])|[A-Z]{2,4}-?(?:CV)?\d{2}-\d{4,8}(?:-[A-Z])?)/y;

export function tryDocket(scan: Scanner, i: number, _limit: number, nestedIn: number | undefined, depth: number): number | null {
  const t = scan.t;
  const pm = at(/(?:(?:Civil Action|CIVIL ACTION|Civ\.(?: A\.)?|Case|Docket)[ \t])?(?:Nos?|NOS?)\.[ \t]?/y, t, i);
  const k = pm ? i + pm[0].length : i;
  const dm = at(DOCKET_NUMBER, t, k);
  if (!dm) return null;
  let j = k + dm[0].length;
  // A docket number that introduces a database citation belongs to that citation.
  if (/^,\s?(?:1[89]|20)\d\d\s(?:WL|[A-Z][\w.' ]{0,30}LEXIS)\b/.test(t.slice(j, j + 50))) return null;
  const pins: RawPin[] = [];
  const sm = at(/,[ \t]?slip op\.[ \t]?at[ \t]?/y, t, j);
  if (sm) {
    const p = parsePin(t, j + sm[0].length);
    if (p) {
      pins.push({ ...p, kind: 'slip' });
      j = p.end;
    }
  }
  const rawParens = parseParentheticals(t, j, true);
  const end = rawParens.length ? rawParens[rawParens.length - 1].end : j;
  const courtDate = rawParens.find((p) => p.kind === 'courtDate');
  // A case name before the docket: `Campbell v. City of Waterbury, No. 3:21-cv-107`.
  let name: RawName | undefined;
  const e = skipWsBack(t, i, scan.floor);
  if (t[e - 1] === ',') name = findCaseName(t, e - 1, scan.floor, false);
  const start = name ? name.start : i;
  const b = scan.base('docket', start, end, nestedIn);
  const signal = findSignal(t, start, scan.floor);
  if (signal) b.signal = { text: signal.text, span: scan.span(signal.start, signal.end) };
  b.parentheticals = scan.parens(rawParens);
  const docket = dm[0];
  const judge = /\(([A-Z]{2,5})\)$/.exec(docket)?.[1];
  const c = make<DocketCitation>(b, {
    kind: 'docket',
    docket,
    docketNormalized: normalizeDocket(docket),
    pins: pins.map((p) => scan.pin(p, 'at')),
  });
  if (judge) c.judge = judge;
  if (name) c.caseName = scan.caseName(name);
  if (courtDate?.court) c.court = courtDate.court;
  if (courtDate?.year) c.year = courtDate.year;
  if (courtDate?.date) c.date = courtDate.date;
  scan.add(c, start, end);
  scan.linkHistory(c, start);
  scan.scanInside(rawParens, c.index, depth);
  scan.history(end, c.index);
  return end;
}

/** `3:97cv2380 (JCH)` and `3-97-CV-2380` become `3:97-cv-2380`. */
export function normalizeDocket(d: string): string {
  const m = /^(\d{1,2})[:-](\d{2})[- ]?(cv|cr|mc|md|bk)[- ]?([\dl]{1,6})/i.exec(d);
  if (!m) return d.replace(/\s+/g, ' ').trim();
  const num = m[4].replace(/l/g, '1').replace(/^0+(?=\d)/, '');
  return `${m[1]}:${m[2]}-${m[3].toLowerCase()}-${num}`;
}
