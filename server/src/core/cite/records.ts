// Record citations: docket entries (`Doc. 12`, `ECF No. 4`), the complaint
// (`Compl. ¶ 5`), and the appendix, joint appendix, briefs and transcript
// that appellate filings cite by page (`Pet. App. 3a`, `J.A. 19`).

import type { Pin, RecordCitation } from '../types';
import { at, skipWs } from './lex';
import { parsePin, type RawPin } from './pins';
import { parseParentheticals } from './parentheticals';
import { findSignal } from './caseName';
import { make } from './make';
import type { Scanner } from './scanner';

/**
 * The appellate record and the parties' papers as appellate courts cite them:
 * `Pet. App. 3a`, `App. to Pet. for Cert. 83a`, `J.A. 19`, `C.A. J.A. 19`,
 * `Br. in Opp. 23`, `Reply Br. at 5`, `Cert. Br. 23`, `Tr. of Oral Arg. 12`,
 * `ROA.123`. (A bare `App. 349` is matched separately: only where no
 * abbreviation stands before it, so `Cal. App.` stays a reporter.)
 */
export const APPELLATE_RECORD =
  "(?:Pet\\.[ \\t\\n]?App\\.|App\\.[ \\t\\n]?to[ \\t\\n]?Pet\\.[ \\t\\n]?for[ \\t\\n]?Cert\\.|Pet\\.[ \\t\\n]?for[ \\t\\n]?Cert\\.|J\\.[ \\t]?A\\.|C\\.A\\.[ \\t\\n]?App\\.|ROA\\.?|Br\\.[ \\t\\n]?in[ \\t\\n]?Opp\\.|(?:Cert|Reply|Opening|Answering|Resp|Pet|Gov't|Gov\\u2019t|Supp|Suppl)\\.?[ \\t\\n]?Br\\.|Tr\\.[ \\t\\n]?of[ \\t\\n]?Oral[ \\t\\n]?Arg\\.)";

const APPELLATE_RECORD_AT = new RegExp(`(?:C\\.A\\. )?(?:${APPELLATE_RECORD}|App\\.)`, 'y');
/** A record page: `349`, `3a`, `1a-9a`, `236–245`. */
const RECORD_PAGE = /(\d{1,5}[a-z]{0,2})(?:[ \t]?[-\u2013][ \t]?(\d{1,5}[a-z]{0,2}))?(?![\w])/y;

export function tryRecord(scan: Scanner, i: number, limit: number, nestedIn: number | undefined, depth: number): number | null {
  const t = scan.t;
  // The look-ahead reads at most 20 word characters: unbounded, it re-read a long run of them for every number in the list.
  let m = at(
    /(Doc|Dkt|DKT|ECF)\.?[ \t]?(?:(?:Nos?|NOS?|Entry)\.?[ \t]?)?#?[ \t]?(\d{1,5}(?:-\d{1,3})?)((?:[ \t]?(?:,|and|&)[ \t]?#?\d{1,5}(?:-\d{1,3})?(?![\w.]{0,20}\s?(?:[A-Z][a-z]+\.?\s)?(?:U\.S\.|F\.|S\.)))*)(?:[ \t]Ex\.?[ \t]?[A-Z0-9]{1,3}\b)?/y,
    t,
    i,
  );
  let document: string;
  const appellate = m ? null : at(APPELLATE_RECORD_AT, t, i);
  if (appellate) return appellateRecord(scan, i, appellate[0], limit, nestedIn, depth);
  if (m) {
    const prefix = m[1] === 'Doc' ? 'Doc.' : m[1] === 'ECF' ? 'ECF No.' : 'Dkt. No.';
    document = `${prefix} ${m[2]}`;
  } else {
    m = at(/(?:(?:First|Second|Third|Fourth) )?(?:Am(?:ended|\.) )?(?:Compl(?:aint|\.)|COMPL\.)/y, t, i);
    if (!m) return null;
    document = m[0].replace(/Amended/, 'Am.').replace(/Complaint|COMPL\./, 'Compl.');
  }
  let j = i + m[0].length;
  const pins: RawPin[] = [];
  const joiners: Pin['joiner'][] = [];
  const am = at(/,?[ \t]?at[ \t]/y, t, j);
  const k0 = am ? j + am[0].length : skipWs(t, j, limit);
  const first = am || /^[¶P]/.test(t[k0] ?? '') ? parsePin(t, k0) : null;
  if (first) {
    pins.push(first);
    joiners.push(am ? 'at' : 'none');
    const rest = scan.pinsAfter(first.end, limit, []);
    pins.push(...rest.pins);
    joiners.push(...rest.joiners);
    j = rest.end;
  }
  return addRecord(scan, i, j, nestedIn, depth, document, (s) => pins.map((p, q) => s.pin(p, joiners[q] ?? 'comma')));
}

/**
 * Ends a record citation read up to `j`: its parentheticals, its signal, and
 * the citation itself with its history and what its parentheticals cite.
 */
function addRecord(scan: Scanner, i: number, j: number, nestedIn: number | undefined, depth: number, document: string, pins: (scan: Scanner) => Pin[]): number {
  const t = scan.t;
  const rawParens = parseParentheticals(t, j, false);
  const end = rawParens.length ? rawParens[rawParens.length - 1].end : j;
  const b = scan.base('record', i, end, nestedIn);
  const signal = findSignal(t, i, scan.floor);
  if (signal) b.signal = { text: signal.text, span: scan.span(signal.start, signal.end) };
  b.parentheticals = scan.parens(rawParens);
  const c = make<RecordCitation>(b, { kind: 'record', document, pins: pins(scan) });
  scan.add(c, i, end);
  scan.linkHistory(c, i);
  scan.scanInside(rawParens, c.index, depth);
  return end;
}

/**
 * `Pet. App. 3a-9a`, `J.A. 19, 22`, `App. 349`, `Br. in Opp. 23`: the label,
 * then pages that may carry an appendix letter (`3a`), ranges and lists.
 */
function appellateRecord(scan: Scanner, i: number, label: string, limit: number, nestedIn: number | undefined, depth: number): number | null {
  const t = scan.t;
  let j = i + label.length;
  const am = at(/[ \t]?at[ \t]/y, t, j);
  const pins: RawPin[] = [];
  let k = am ? j + am[0].length : skipWs(t, j, limit);
  for (let guard = 0; guard < 12; guard++) {
    const pm = at(RECORD_PAGE, t, k);
    if (!pm) break;
    // `J.A. 376 n.9`: a footnote on the record page.
    const fn = at(/[ \t]?nn?\.[ \t]?(\d{1,3})(?![\w])/y, t, k + pm[0].length);
    const e = k + pm[0].length + (fn ? fn[0].length : 0);
    const pin: RawPin = { text: t.slice(k, e), start: k, end: e, kind: pm[2] ? 'range' : 'page' };
    if (fn) pin.footnote = fn[1];
    pins.push(pin);
    j = e;
    const more = at(/,[ \t]?(?=\d)/y, t, j);
    if (!more) break;
    k = j + more[0].length;
  }
  if (pins.length === 0) return null;
  const document = label.replace(/\s+/g, ' ').replace(/\u2019/g, "'");
  return addRecord(scan, i, j, nestedIn, depth, document, (s) => pins.map((p) => s.pin(p, am ? 'at' : 'none')));
}
