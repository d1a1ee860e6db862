// Id., supra and the filing's cross-references (`p. 13, supra`). Short case
// forms (`Fenton, 233 N.E.2d at 219`) are read with the full ones in
// caseCitations.ts.

import type { CrossReference, IdCitation, IdParallel, Pin, ScanNote, SupraCitation } from '../types';
import { at, skipWs, skipWsBack } from './lex';
import { parsePin, type RawPin } from './pins';
import { parseParentheticals } from './parentheticals';
import { findCaseName, findSignal } from './caseName';
import { make } from './make';
import { segmentAt, type Segment } from './segments';
import type { Scanner } from './scanner';

/** What a cross-reference within the filing points to: `p. 13`, `pp. 9–11`, `n. 3`, `note 5`, `Part II.A`. */
const CROSS_TARGET =
  /(?:^|[\s(])((?:nn?|notes?|footnotes?|pp?|pages?|[Pp]arts?|[Pp]oints?|[Ss]ections?|§§?|Argument)\.?[ \t]?(?:[\dIVXivx][\w.]*(?:[ \t]?(?:-|\u2013|and|&|,)[ \t]?[\dIVX][\w.]*)*))[,]?[ \t]*$/;

export function tryId(scan: Scanner, i: number, limit: number, nestedIn: number | undefined, depth: number): number | null {
  const t = scan.t;
  const m = at(/(?:Id|id|Ibid|ibid)(\.?)/y, t, i);
  if (!m) return null;
  let j = i + m[0].length;
  const notes: ScanNote[] = [];
  if (!m[1]) {
    // Without a period, accept only where a citation clearly continues or ends.
    if (!/^(?:[;,)]|\s+at\b|\s*\(|\s*$|\s*\n)/.test(t.slice(j, j + 6))) return null;
    notes.push({ code: 'idWithoutPeriod', span: scan.span(i, j) });
  }
  const read = idPins(scan, j, limit, notes);
  const { pins, joiners } = read;
  j = read.end;
  // Parallel segments written after an Id. pin: `Id. at 694, 98 S. Ct. 2018`.
  const parallel = pins.length > 0 ? idParallelSegments(t, j, limit) : { parallelSegments: [], end: j };
  const parallelSegments = parallel.parallelSegments;
  j = parallel.end;
  const rawParens = parseParentheticals(t, j, false);
  const endNs = rawParens.length ? rawParens[rawParens.length - 1].end : j;
  const b = scan.base('id', i, endNs, nestedIn);
  const signal = findSignal(t, i, scan.floor);
  if (signal) b.signal = { text: signal.text, span: scan.span(signal.start, signal.end) };
  b.notes = notes;
  b.parentheticals = scan.parens(rawParens);
  const segs: IdParallel[] = parallelSegments.map(({ seg, pins: sp }) => ({
    volume: seg.volume,
    reporter: seg.edition ? seg.edition.abbr : null,
    reporterAsWritten: scan.origTextClean(seg.repS, seg.repE),
    span: scan.span(seg.volS, sp.length ? sp[sp.length - 1].end : seg.end),
    pins: sp.map((p) => scan.pin(p, seg.short ? 'at' : 'comma')),
  }));
  const c = make<IdCitation>(b, {
    kind: 'id',
    form: t.slice(i, i + m[0].length),
    pins: pins.map((p, q) => scan.pin(p, joiners[q] ?? 'comma')),
    parallelSegments: segs,
  });
  scan.add(c, i, endNs);
  scan.linkHistory(c, i);
  scan.scanInside(rawParens, c.index, depth);
  return endNs;
}

/** The pins of an Id.: `at 5`, `at 5-6, 9`, or a paragraph, section or footnote without `at`. */
function idPins(scan: Scanner, j: number, limit: number, notes: ScanNote[]): { pins: RawPin[]; joiners: Pin['joiner'][]; end: number } {
  const t = scan.t;
  const pins: RawPin[] = [];
  const joiners: Pin['joiner'][] = [];
  const am = at(/(,?)[ \t]*(?:\n[ \t]*)?at[ \t]*(?:\n[ \t]*)?/y, t, j);
  if (am && am[0].trim() !== ',' && /at/.test(am[0])) {
    if (am[1]) notes.push({ code: 'idCommaBeforeAt', span: scan.span(j, j + am[0].length) });
    const p = parsePin(t, j + am[0].length);
    if (p) {
      pins.push(p);
      joiners.push('at');
      const rest = scan.pinsAfter(p.end, limit, notes, p);
      pins.push(...rest.pins);
      joiners.push(...rest.joiners);
      j = rest.end;
    }
  } else {
    const k = skipWs(t, j, limit);
    if (/^(?:¶|§|P{1,2}\d|nn?\.\s?\d)/.test(t.slice(k, k + 4))) {
      const p = parsePin(t, k);
      if (p) {
        pins.push(p);
        joiners.push('none');
        const rest = scan.pinsAfter(p.end, limit, notes, p);
        pins.push(...rest.pins);
        joiners.push(...rest.joiners);
        j = rest.end;
      }
    }
  }
  return { pins, joiners, end: j };
}

/** Reporter segments after an Id. pin, each with its page or pin: `, 98 S. Ct. 2018`, `, 98 S. Ct. at 2020`. */
function idParallelSegments(t: string, j: number, limit: number): { parallelSegments: Array<{ seg: Segment; pins: RawPin[] }>; end: number } {
  const parallelSegments: Array<{ seg: Segment; pins: RawPin[] }> = [];
  while (t[j] === ',' && parallelSegments.length < 4) {
    const k = skipWs(t, j + 1, limit);
    const seg = segmentAt(t, k, limit);
    if (!seg) break;
    let segPins: RawPin[];
    let end: number;
    if (seg.short) {
      const p = parsePin(t, skipWs(t, seg.end, limit));
      segPins = p ? [p] : [];
      end = p ? p.end : seg.end;
    } else {
      segPins = [{ text: seg.page, start: seg.pageS, end: seg.pageE, kind: 'page', from: Number(seg.page) }];
      end = seg.pageE;
    }
    parallelSegments.push({ seg, pins: segPins });
    j = end;
  }
  return { parallelSegments, end: j };
}

/**
 * `and Qwerty supra, as well`: a supra missing the comma after its name, read
 * only when the name is one or two proper words and an earlier case
 * citation's name holds them, so that prose (`Part II supra`) stays prose.
 */
function supraWithoutComma(scan: Scanner, e: number): ReturnType<typeof findCaseName> {
  const t = scan.t;
  const m = /(?:^|[\s(])((?:[A-Z][a-z'\u2019]+ )?[A-Z][a-z'\u2019]+)$/.exec(t.slice(Math.max(scan.floor, e - 40), e));
  if (!m) return undefined;
  const words = m[1].split(' ');
  if (words.some((w) => /^(?:Part|Section|Note|Chapter|Appendix|Title|Article|See|The|This|That)$/.test(w))) return undefined;
  const named = scan.found.some(({ c }) => c.kind === 'case' && c.caseName !== undefined && words.every((w) => c.caseName!.text.split(/[\s,]+/).includes(w)));
  if (!named) return undefined;
  const start = e - m[1].length;
  return { start, end: e, text: m[1] };
}

export function trySupra(scan: Scanner, i: number, limit: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
  const cross = tryCrossReference(scan, i, nestedIn);
  if (cross !== null) return cross;
  if (t.startsWith('infra', i)) return null;
  const e = skipWsBack(t, i, scan.floor);
  const name = t[e - 1] === ',' ? findCaseName(t, e - 1, scan.floor, false) : supraWithoutComma(scan, e);
  if (!name) return null;
  let j = i + 5;
  // `Kaiser Foundation, supra, 13 Cal.App.5th at 1146`: a short case form
  // naming its case with `supra`; the case reader takes the whole.
  if (t[j] === ',') {
    const seg = segmentAt(t, skipWs(t, j + 1, limit), limit);
    if (seg?.short) return null;
  }
  const nm = at(/,?\s?note\s(\d{1,4})/y, t, j);
  let note: string | undefined;
  if (nm) {
    note = nm[1];
    j += nm[0].length;
  }
  const pins: RawPin[] = [];
  // `, at 483`, or a treatise's section (`5B Wright & Miller, supra, § 1350`).
  const am = at(/,\s?at\s|,\s?(?=§)/y, t, j);
  if (am) {
    const p = parsePin(t, j + am[0].length);
    if (p && p.end <= limit) {
      pins.push(p);
      j = p.end;
    }
  }
  const b = scan.base('supra', name.start, j, nestedIn);
  const signal = findSignal(t, name.start, scan.floor);
  if (signal) b.signal = { text: signal.text, span: scan.span(signal.start, signal.end) };
  const c = make<SupraCitation>(b, {
    kind: 'supra',
    name: scan.origTextClean(name.start, name.end),
    nameSpan: scan.span(name.start, name.end),
    pins: pins.map((p) => scan.pin(p, p.kind === 'section' ? 'comma' : 'at')),
  });
  if (note) c.note = note;
  scan.add(c, name.start, j);
  scan.linkHistory(c, name.start);
  return j;
}

/** `see p. 13, supra`, `n. 3, infra`, `Part II.A, infra`: the filing pointing at itself. */
function tryCrossReference(scan: Scanner, i: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
  const m = CROSS_TARGET.exec(t.slice(Math.max(scan.floor, i - 40), i));
  if (!m) return null;
  const start = i - (m[0].length - m[0].indexOf(m[1]));
  const end = i + 5;
  const b = scan.base('crossReference', start, end, nestedIn);
  const signal = findSignal(t, start, scan.floor);
  if (signal) b.signal = { text: signal.text, span: scan.span(signal.start, signal.end) };
  const c = make<CrossReference>(b, {
    kind: 'crossReference',
    target: m[1].replace(/\s+/g, ' '),
    direction: t.startsWith('infra', i) ? 'infra' : 'supra',
  });
  scan.add(c, start, end);
  return end;
}
