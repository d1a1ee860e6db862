// Treaties, session laws, the Federal Register and other publications cited
// by volume and page (`82 Stat. 225`, `106 Va. L. Rev. 271`), and numbered
// legislative documents (`H.R. Rep. No. 95-595`, `Pub. L. No. 90-351`). A
// journal's volume and page start a law-review article, which secondary.ts
// completes.

import type { SourceCitation } from '../types';
import { lookupJournal, MAX_JOURNAL_WORDS } from '../data/journals';
import { at, isDigit, skipWs, tokenEnd } from './lex';
import type { RawPin } from './pins';
import { parseParentheticals } from './parentheticals';
import { findSignal } from './caseName';
import { make } from './make';
import type { Scanner } from './scanner';
import { finishArticle } from './secondary';

/**
 * Publications cited by volume and page that are not case reporters, with
 * their canonical forms. Spaces inside the abbreviations are optional, as in
 * reporters; a line break may fall between their words.
 */
const SOURCE_SERIES: Array<[RegExp, string]> = [
  [/U\.\s?N\.\s?T\.\s?S\./y, 'U.N.T.S.'],
  [/U\.\s?S\.\s?T\./y, 'U.S.T.'],
  [/T\.\s?I\.\s?A\.\s?S\./y, 'T.I.A.S.'],
  [/I\.\s?L\.\s?M\./y, 'I.L.M.'],
  [/Stat\./y, 'Stat.'],
  [/Fed\.\s?Reg\./y, 'Fed. Reg.'],
  [/Cong\.\s?Rec\./y, 'Cong. Rec.'],
  [/Op(?:s)?\.\s*(?:Att(?:'|\u2019)?y|Atty\.?)\s*Gen\./y, "Op. Att'y Gen."],
  [/Op(?:s)?\.\s?O\.\s?L\.\s?C\./y, 'Op. O.L.C.'],
  [/C\.\s?B\./y, 'C.B.'],
  [/U\.\s?S\.\s?C\.\s?C\.\s?A\.\s?N\./y, 'U.S.C.C.A.N.'],
];
/** A page as these publications print it: `85`, `15,041` (the Federal Register's thousands). */
const SOURCE_PAGE = /(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?![\w,]\d)(?!\w)/y;
const NUMBERED_SOURCE =
  /(?:(H\.[ \t]?R\.|S\.)[ \t]?(Conf\.[ \t]?)?(Rep|Doc)\.[ \t]?No\.|(Pub|Priv)\.[ \t]?L\.[ \t]?No\.|([SHA])\.[ \t]?B\.(?:[ \t]?No\.)?)[ \t]?(\d{1,3}-\d{1,5}|\d{1,5})(?![\w-])/y;

/** `1465 U.N.T.S. 85`, `82 Stat. 225`, `90 Fed. Reg. 15,041, 15,043`, `119 Cong. Rec. at 24599`. */
export function trySource(scan: Scanner, i: number, limit: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
  const vm = at(/\d{1,5}/y, t, i);
  if (!vm) return null;
  const k = skipWs(t, i + vm[0].length, limit);
  let series: string | undefined;
  let journal: string | undefined;
  let j = k;
  for (const [re, canonical] of SOURCE_SERIES) {
    const sm = at(re, t, k);
    if (sm) {
      series = canonical;
      j = k + sm[0].length;
      break;
    }
  }
  if (!series) {
    // A law review or other periodical: `106 Va. L. Rev. 271`, `18 Conn. L. Rev. 467`.
    const found = journalAt(scan, k, limit);
    if (!found) return null;
    series = journal = found.abbr;
    j = found.end;
  }
  j = skipWs(t, j, limit);
  let number: string | undefined;
  let pinsFrom = j;
  if (t.startsWith('at ', j)) {
    pinsFrom = j; // `119 Cong. Rec. at 24599`: a short form, pins only
  } else {
    const pm = at(SOURCE_PAGE, t, j);
    if (!pm) return null;
    number = pm[0];
    pinsFrom = j + pm[0].length;
  }
  const { pins, end } = sourcePins(scan, pinsFrom, number === undefined);
  if (number === undefined && pins.length === 0) return null;
  // An article: secondary.ts reads its author and title.
  if (journal) return finishArticle(scan, i, end, nestedIn, { journal, volume: vm[0], page: number ?? '', pins });
  return finishSource(scan, i, end, nestedIn, { series, volume: vm[0], number: number ?? '', paged: true, pins });
}

/** The longest run of words at `k` that names a journal, followed by a page. */
function journalAt(scan: Scanner, k: number, limit: number): { abbr: string; end: number } | undefined {
  const t = scan.t;
  const ends: number[] = [];
  let j = k;
  for (let n = 0; n < MAX_JOURNAL_WORDS; n++) {
    const e = tokenEnd(t, j, limit);
    if (e === j || isDigit(t.charCodeAt(j))) break;
    ends.push(e);
    j = skipWs(t, e, limit);
    if (j === e) break;
  }
  for (let n = ends.length - 1; n >= 0; n--) {
    const abbr = lookupJournal(t.slice(k, ends[n]));
    if (!abbr) continue;
    const after = skipWs(t, ends[n], limit);
    if (!isDigit(t.charCodeAt(after))) continue;
    return { abbr, end: ends[n] };
  }
  return undefined;
}

/** `H.R. Rep. No. 95-595, at 5`, `S. Rep. No. 698`, `Pub. L. No. 90-351`. */
export function tryNumberedSource(scan: Scanner, i: number, _limit: number, nestedIn: number | undefined): number | null {
  const m = at(NUMBERED_SOURCE, scan.t, i);
  if (!m) return null;
  const series = m[5] ? `${m[5]}.B.` : m[4] ? `${m[4]}. L. No.` : `${m[1].startsWith('H') ? 'H.R.' : 'S.'} ${m[2] ? 'Conf. ' : ''}${m[3]}. No.`;
  const { pins, end } = sourcePins(scan, i + m[0].length, false);
  return finishSource(scan, i, end, nestedIn, { series, number: m[6], paged: false, pins });
}

/** Pins after a publication's page or number: `, 15,043`, `, at 5`, ` at 24599`. */
function sourcePins(scan: Scanner, j: number, atFirst: boolean): { pins: RawPin[]; end: number } {
  const t = scan.t;
  const pins: RawPin[] = [];
  let end = j;
  for (let guard = 0; guard < 6; guard++) {
    const jm = at(atFirst && pins.length === 0 ? /[ \t]?at[ \t]/y : /,[ \t]?(?:at[ \t])?/y, t, end);
    if (!jm) break;
    const k = end + jm[0].length;
    const pm = at(SOURCE_PAGE, t, k);
    if (!pm) break;
    let e = k + pm[0].length;
    const range = at(/[ \t]?[-\u2013][ \t]?(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?!\w)/y, t, e);
    if (range) e += range[0].length;
    // `, 82 Stat. 225`: a further publication, not a pin.
    if (/^[ \t]+[A-Z]/.test(t.slice(e, e + 3))) break;
    pins.push({ text: t.slice(k, e), start: k, end: e, kind: range ? 'range' : 'page' });
    end = e;
  }
  return { pins, end };
}

function finishSource(
  scan: Scanner,
  start: number,
  end: number,
  nestedIn: number | undefined,
  parts: { series: string; volume?: string; number: string; paged: boolean; pins: RawPin[] },
): number {
  const t = scan.t;
  // Only a date belongs to the publication (`(Apr. 8, 2025)`, `(1968)`); what follows is the sentence's.
  const rawParens = parseParentheticals(t, end, true).filter((p) => p.kind === 'courtDate');
  const e = rawParens.length ? rawParens[rawParens.length - 1].end : end;
  const b = scan.base('source', start, e, nestedIn);
  const signal = findSignal(t, start, scan.floor);
  if (signal) b.signal = { text: signal.text, span: scan.span(signal.start, signal.end) };
  b.parentheticals = scan.parens(rawParens);
  const c = make<SourceCitation>(b, {
    kind: 'source',
    series: parts.series,
    volume: parts.volume,
    number: parts.number,
    paged: parts.paged,
    pins: parts.pins.map((p) => scan.pin(p, 'comma')),
  });
  if (parts.volume === undefined) delete c.volume;
  scan.add(c, start, e);
  scan.linkHistory(c, start);
  return e;
}
