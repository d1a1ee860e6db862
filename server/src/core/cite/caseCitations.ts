// Case citations: full, short, parallel and database citations, read from
// their reporter segments (segments.ts) with the case name, docket and signal
// before them and the pins and parentheticals after.

import type { CaseCitation, Citation, CitationBase, DatabaseCitation, Pin, ScanNote, ShortCaseCitation, Span } from '../types';
import { at, skipWs, skipWsBack, tokenStart } from './lex';
import { parsePin, type RawPin } from './pins';
import { parseParentheticals, type RawParenthetical } from './parentheticals';
import { findCaseName, findSignal, type RawName, type RawSignal } from './caseName';
import { SIGNALS } from './words';
import { make } from './make';
import { isDbEdition, PLACEHOLDER, publicDomainForm, segmentAt, type Segment } from './segments';
import { DOCKET_NUMBER } from './dockets';
import { courtOfReporter } from '../data/reporterCourts';
import type { Scanner } from './scanner';

/** Lower-case words that introduce a short form in prose (`as held in Fenton, …`), not the tail of a name. */
/** A volume that is a year, as a public-domain citation's is (`2018 IL 122008`). */
const YEAR_VOLUME = /^(?:1[89]|20)\d\d$/;

const PROSE_WORDS = new Set(['in', 'under', 'and', 'or', 'by', 'from', 'with', 'also', 'see', 'citing', 'quoting', 'accord', 'compare', 'than', 'like', 'unlike', 'per']);

/** Whether the text just before a name carries on a case name: `v.`, a closing bracket, or a lower-case word that is not a signal. */
function nameContinuesBack(scan: Scanner, nameStart: number): boolean {
  const t = scan.t;
  const e = skipWsBack(t, nameStart, Math.max(0, nameStart - 40));
  const s = tokenStart(t, e, Math.max(0, e - 30));
  const tok = t.slice(s, e);
  if (tok === '' || (/[.:;!?]$/.test(tok) && !/^vs?\.$/.test(tok))) return false;
  if (/^vs?\.$/.test(tok) || tok.endsWith(')')) return true;
  return /^[a-z]/.test(tok) && !SIGNALS.includes(tok.replace(/,$/, '').toLowerCase()) && !PROSE_WORDS.has(tok.replace(/,$/, '').toLowerCase());
}

/** Whether a full citation earlier in the text names the same volume of the same reporter at or below this page. */
function citedBefore(scan: Scanner, seg: Segment): boolean {
  const page = Number(seg.page);
  const key = (seg.edition?.abbr ?? seg.reporterAsWritten.replace(/\s+/g, '')) + ' ' + seg.volume;
  for (let k = scan.found.length - 1, n = 0; k >= 0 && n < 2000; k--, n++) {
    const c = scan.found[k].c;
    if (c.kind !== 'case') continue;
    if ((c.reporter ?? c.reporterAsWritten.replace(/\s+/g, '')) + ' ' + c.volume !== key) continue;
    if (!Number.isFinite(page) || Number(c.page) <= page) return true;
  }
  return false;
}

/** Finds the case name, docket and signal before a citation whose first segment starts at `volS`. */
function nameBefore(scan: Scanner, volS: number, requireVersusWithoutComma: boolean) {
  const t = scan.t;
  const floor = scan.floor;
  let e = skipWsBack(t, volS, floor);
  // Ohio's slip-opinion form puts its designation before the web citation:
  // `CitiMortgage, Inc. v. Roznowski, Slip Opinion No. 2014-Ohio-1984`.
  const slip = /,\s*Slip\s+Op(?:inion|\.)\s+No\.$/.exec(t.slice(Math.max(floor, e - 30), e));
  if (slip) e = e - slip[0].length + 1;
  let name: RawName | undefined;
  let docket: { s: number; e: number; text: string } | undefined;
  let missingComma = false;
  // `Kaiser Foundation, supra, 13 Cal.App.5th at 1146`: the name stands before `supra`.
  const supra = /,\s?supra,$/.exec(t.slice(Math.max(floor, e - 10), e));
  if (supra) e -= supra[0].length - 1;
  if (t[e - 1] === ',') {
    let nameEnd = e - 1;
    const before = t.slice(Math.max(floor, nameEnd - 60), nameEnd);
    const dm = /(?:^|[\s,])((?:Nos?|NOS?)\.\s?[\w:.\- ]{3,40}?(?:\s?\([A-Z]{2,5}\))?)\s*$/.exec(before);
    if (dm) {
      const ds = nameEnd - before.length + before.lastIndexOf(dm[1]);
      docket = { s: ds, e: ds + dm[1].length, text: dm[1] };
      const e2 = skipWsBack(t, ds, floor);
      nameEnd = t[e2 - 1] === ',' ? e2 - 1 : e2;
      // Ohio names the appellate district and county before the number:
      // `LaSalle Bank Natl. Assn. v. Smith, 7th Dist. Mahoning No. 11 MA 85, 2012-Ohio-4040`.
      const district = /,\s*\d{1,2}(?:st|nd|rd|th|d)\s+Dist\.\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*$/.exec(t.slice(Math.max(floor, nameEnd - 50), nameEnd));
      if (district && t[nameEnd] !== ',') nameEnd -= district[0].length;
    }
    name = findCaseName(t, nameEnd, floor, false);
  } else if (e > floor && /[A-Za-z.]/.test(t[e - 1])) {
    name = findCaseName(t, e, floor, requireVersusWithoutComma);
    if (name) missingComma = true;
  }
  const signal = findSignal(t, name ? name.start : docket ? docket.s : volS, floor);
  return { name, docket, signal, missingComma };
}

/** A reporter segment of a case citation with the pins written after it. */
interface SegmentWithPins {
  seg: Segment;
  pins: RawPin[];
  joiners: Pin['joiner'][];
  notes: ScanNote[];
  end: number;
}

/** What every segment of one case citation shares: the name, signal and parentheticals around the whole. */
interface CaseGroup {
  segs: SegmentWithPins[];
  name: RawName | undefined;
  signal: RawSignal | undefined;
  /** Notes on the whole citation, which go to its lead segment. */
  notes: ScanNote[];
  rawParens: RawParenthetical[];
  courtDate: RawParenthetical | undefined;
  dockets: string | undefined;
  startNs: number;
  endNs: number;
  nestedIn: number | undefined;
  /** The whole group is a short form. */
  leadIsShort: boolean;
}

export function tryCase(scan: Scanner, i: number, limit: number, nestedIn: number | undefined, depth: number): number | null {
  const t = scan.t;
  const seg = segmentAt(t, i, limit);
  if (!seg) return null;
  // `No. 99 Civ. 9404 (SHS)`: a docket number reads like a volume, reporter and page.
  if (/\bNos?\.[ \t]?$/.test(t.slice(Math.max(scan.floor, i - 5), i)) && !seg.web) return null;
  // California's style puts the year between the name and the volume:
  // `People v. Lee (2009) 45 Cal.4th 1, 5 [88 Cal.Rptr.3d 1]`.
  const yearFirst = yearBefore(scan, i);
  const named = nameBefore(scan, yearFirst ? yearFirst.start : i, true);
  const { name, docket, signal } = named;
  const missingComma = named.missingComma && !yearFirst;
  const startNs = name ? name.start : i;
  const notes: ScanNote[] = [];
  if (missingComma && name) notes.push({ code: 'missingNameComma', span: scan.span(name.end, i) });

  // Lead segment and its pins.
  const segs: SegmentWithPins[] = [];
  const r = pinsOfSegment(scan, seg, limit);
  segs.push({ seg, ...r });
  let j = readParallels(scan, segs, r.end, limit);
  j = skipDivisions(t, j);
  j = readBracketedParallels(scan, segs, j, limit);
  const rawParens = parseParentheticals(t, j, true);
  const endNs = rawParens.length ? rawParens[rawParens.length - 1].end : j;
  const courtDate = rawParens.find((p) => p.kind === 'courtDate') ?? (name ? yearFirst : undefined);
  if (courtDate?.year !== undefined) for (const x of segs) chooseEditionByYear(x.seg, courtDate.year);
  for (const p of rawParens) {
    if (!p.closed) notes.push({ code: 'unclosedParenthetical', span: scan.span(p.start, p.end) });
    if (p.doubled) notes.push({ code: 'unclosedParenthetical', span: scan.span(p.doubled.start, p.doubled.end), detail: 'doubled' });
  }
  let dockets: string | undefined = docket ? docket.text : undefined;
  for (const p of rawParens) {
    const inner = t.slice(p.innerStart, p.innerEnd).trim();
    const dm = at(DOCKET_NUMBER, inner, 0);
    if (dm && dm[0].length === inner.length && !dockets) dockets = inner;
  }

  const leadIsShort = isBareShortForm(scan, segs, name, courtDate, docket !== undefined) || segs.some((x) => x.seg.short);
  const group: CaseGroup = { segs, name, signal, notes, rawParens, courtDate, dockets, startNs, endNs, nestedIn, leadIsShort };
  const created: Citation[] = [];
  segs.forEach((sg, k) => {
    const isLead = k === 0;
    const segStart = isLead ? startNs : sg.seg.volS;
    const segEnd = isLead && segs.length === 1 ? endNs : sg.end;
    created.push(scan.add(segmentCitation(scan, group, sg, k, segStart, segEnd), segStart, isLead ? endNs : segEnd));
  });
  const lead = created[0];
  scan.linkHistory(lead, startNs);
  for (let k = 1; k < created.length; k++) {
    const p = created[k] as CaseCitation | ShortCaseCitation | DatabaseCitation;
    p.parallelOf = lead.index;
    (lead as CaseCitation).parallels.push(p.index);
  }
  scan.scanInside(rawParens, lead.index, depth);
  scan.history(endNs, lead.index);
  return endNs;
}

/** A year in brackets just before the volume (`(2009) 45 Cal.4th 1`), read as the citation's date. */
function yearBefore(scan: Scanner, volS: number): RawParenthetical | undefined {
  const t = scan.t;
  const e = skipWsBack(t, volS, scan.floor);
  if (t[e - 1] !== ')') return undefined;
  const m = /\((1[6-9]\d\d|20\d\d)\)$/.exec(t.slice(Math.max(scan.floor, e - 6), e));
  if (!m) return undefined;
  const parens = parseParentheticals(t, e - m[0].length, true);
  const p = parens[0];
  return p && p.kind === 'courtDate' && p.year !== undefined && p.end === e ? p : undefined;
}

/**
 * An abbreviation several reporters share (`W.2d`: Washington or Wisconsin;
 * `Johnson`: New York or New Mexico) names the one whose years hold the
 * citation's year, when only one does.
 */
function chooseEditionByYear(seg: Segment, year: number): void {
  if (!seg.candidates) return;
  const fits = seg.candidates.filter((e) => (e.start === null || e.start <= year) && (e.end === null || year <= e.end));
  if (fits.length !== 1) return;
  seg.edition = fits[0];
  seg.ambiguous = false;
}

/** The pins after a segment: after its first page, or after the `at` of a short form. */
function pinsOfSegment(scan: Scanner, sg: Segment, limit: number): Omit<SegmentWithPins, 'seg'> {
  const t = scan.t;
  const segNotes: ScanNote[] = [];
  if (sg.short) {
    const k = skipWs(t, sg.end, limit);
    const first = parsePin(t, k);
    if (!first) return { pins: [] as RawPin[], joiners: [] as Pin['joiner'][], notes: segNotes, end: sg.end };
    const rest = scan.pinsAfter(first.end, limit, segNotes);
    return { pins: [first, ...rest.pins], joiners: ['at' as const, ...rest.joiners], notes: segNotes, end: rest.end };
  }
  const r = scan.pinsAfter(sg.pageE, limit, segNotes);
  return { pins: r.pins, joiners: r.joiners, notes: segNotes, end: r.end };
}

/** Parallel segments after a comma: `, 91 S. Ct. 746, 750`. Returns where they end. */
function readParallels(scan: Scanner, segs: SegmentWithPins[], j: number, limit: number): number {
  const t = scan.t;
  while (segs.length < 6 && t[j] === ',') {
    const k = skipWs(t, j + 1, limit);
    const next = segmentAt(t, k, limit);
    if (!next) break;
    const r = pinsOfSegment(scan, next, limit);
    segs.push({ seg: next, ...r });
    j = r.end;
  }
  return j;
}

/**
 * Georgia cites the division of an opinion after its first page:
 * `297 Ga. 47 (3) (771 SE2d 879) (2015)`, `17 F3d 538 (II) (B) (2nd Cir. 1994)`.
 * The division is part of the citation, before its parallels and date.
 */
function skipDivisions(t: string, j: number): number {
  for (let n = 0; n < 3; n++) {
    const dm = at(/[ \t]*\n?[ \t]*\((?:\d{1,2}|[IVX]{1,5}|[a-hA-H])\)(?=\s*\()/y, t, j);
    if (!dm) break;
    j += dm[0].length;
  }
  return j;
}

/**
 * Georgia prints the parallels in brackets: `331 Ga. App. 191 (770 SE2d 279) (2015)`,
 * `469 U.S. 57 (105 SCt 471, 83 LE2d 461) (1984)`; West in square brackets:
 * `518 U.S. 343, 351 [116 S. Ct. 2174, 135 L. Ed. 2d 606] (1996)`. Returns
 * where the citation goes on: after the closing bracket, or `j` when there are none.
 */
function readBracketedParallels(scan: Scanner, segs: SegmentWithPins[], j: number, limit: number): number {
  const t = scan.t;
  const open = skipWs(t, j, limit);
  const close = t[open] === '[' ? ']' : ')';
  if ((t[open] === '(' || t[open] === '[') && /^[([]\d{1,5}\s/.test(t.slice(open, open + 8))) {
    const inner: SegmentWithPins[] = [];
    let k = open + 1;
    for (;;) {
      const next = segmentAt(t, k, limit);
      if (!next || inner.length + segs.length >= 6) break;
      const rr = pinsOfSegment(scan, next, limit);
      inner.push({ seg: next, ...rr });
      k = rr.end;
      if (t[k] !== ',') break;
      k = skipWs(t, k + 1, limit);
    }
    if (inner.length > 0 && t[k] === close) {
      segs.push(...inner);
      j = k + 1;
    }
  }
  return j;
}

/**
 * One short segment makes the whole group a short form (`Saucier, 150 L. Ed. 2d 272, 121 S. Ct. at 2156`).
 * `Fenton, 233 N.E.2d 219`: a one-party name, a first page and no parenthetical
 * is a short form missing its `at`, not a full citation.
 * A public-domain citation needs no parenthetical, and its short form
 * repeats it with a paragraph (`Pollard, 2016 IL App (5th) 130514, ¶ 26`).
 */
function isBareShortForm(scan: Scanner, segs: SegmentWithPins[], name: RawName | undefined, courtDate: RawParenthetical | undefined, docket: boolean): boolean {
  const seg = segs[0].seg;
  const neutral = segs.some((x) => publicDomainForm(x.seg) !== undefined);
  // A one-party name before a first page is a short form missing its `at`
  // (`Fenton, 233 N.E.2d 219`), unless the words before the name show it is
  // the tail of a full name that could not be read whole (`Rosenberger v.
  // Rector and Visi\ntors of Univ. of Va., 515 U. S. 819, 829`) and no case
  // was cited before in that volume.
  return (
    !!name &&
    !name.versus &&
    !name.procedural &&
    !courtDate &&
    !docket &&
    !neutral &&
    !isDbEdition(seg) &&
    seg.page !== '' &&
    !PLACEHOLDER.test(seg.page) &&
    (citedBefore(scan, seg) || !nameContinuesBack(scan, name.start))
  );
}

/** The citation one segment of a group makes: a database citation, a short form, or a full case citation. */
function segmentCitation(scan: Scanner, g: CaseGroup, sg: SegmentWithPins, k: number, segStart: number, segEnd: number): Citation {
  const isLead = k === 0;
  const b = scan.base('case', segStart, isLead ? g.endNs : segEnd, g.nestedIn);
  if (isLead && g.signal) b.signal = { text: g.signal.text, span: scan.span(g.signal.start, g.signal.end) };
  if (isLead) {
    b.parentheticals = scan.parens(g.rawParens);
    b.notes = [...g.notes, ...sg.notes];
  } else {
    b.notes = sg.notes;
  }
  const s2 = sg.seg;
  if (s2.corrupted) b.notes.push({ code: 'corruptedReporter', span: scan.span(s2.repS, s2.repE) });
  if (s2.commaAt) b.notes.push({ code: 'shortCommaBeforeAt', span: scan.span(s2.repE, s2.repE + 1) });
  if (!s2.edition) b.notes.push({ code: 'unknownReporter', span: scan.span(s2.repS, s2.repE) });
  if (s2.ambiguous) b.notes.push({ code: 'ambiguousReporter', span: scan.span(s2.repS, s2.repE) });
  if (PLACEHOLDER.test(s2.volume)) b.notes.push({ code: 'placeholderVolume', span: scan.span(s2.volS, s2.volE) });
  if (s2.page && PLACEHOLDER.test(s2.page)) b.notes.push({ code: 'placeholderPage', span: scan.span(s2.pageS, s2.pageE) });
  const pins = sg.pins.map((p, q) => scan.pin(p, sg.joiners[q] ?? 'comma'));
  const isDb = s2.edition?.courts === 'database';
  const common = {
    volumeSpan: scan.span(s2.volS, s2.volE),
    reporter: s2.edition ? s2.edition.abbr : null,
    reporterAsWritten: scan.origTextClean(s2.repS, s2.repE),
    reporterSpan: scan.span(s2.repS, s2.repE),
  };
  if (isDb && !s2.short) return databaseCitation(scan, g, b, s2, k, pins, common);
  if (s2.short || g.leadIsShort) return shortCaseCitation(scan, g, b, s2, k, pins, common);
  return fullCaseCitation(scan, g, b, s2, k, pins, common);
}

/** The fields every kind of case segment reads from its reporter. */
interface ReporterFields {
  volumeSpan: Span;
  reporter: string | null;
  reporterAsWritten: string;
  reporterSpan: Span;
}

function databaseCitation(scan: Scanner, g: CaseGroup, b: CitationBase, s2: Segment, k: number, pins: Pin[], common: ReporterFields): DatabaseCitation {
  const isLead = k === 0;
  const { name, dockets, courtDate } = g;
  const db = make<DatabaseCitation>(b, {
    kind: 'database',
    year: s2.volume,
    database: common.reporter ?? common.reporterAsWritten,
    databaseAsWritten: common.reporterAsWritten,
    number: s2.page,
    pins,
    parallels: [],
  });
  if (isLead && name) db.caseName = scan.caseName(name);
  if (dockets && (isLead || k > 0)) db.docket = dockets;
  if (courtDate?.court) db.court = courtDate.court;
  if (courtDate?.year) db.decisionYear = courtDate.year;
  if (courtDate?.date) db.date = courtDate.date;
  if (pins.some((p) => p.kind === 'star' && p.joiner === 'comma')) {
    db.notes.push({ code: 'starPinWithoutAt', span: pins.find((p) => p.kind === 'star')!.span });
  }
  return db;
}

function shortCaseCitation(scan: Scanner, g: CaseGroup, b: CitationBase, s2: Segment, k: number, pins: Pin[], common: ReporterFields): ShortCaseCitation {
  const isLead = k === 0;
  const sc = make<ShortCaseCitation>(b, {
    kind: 'shortCase',
    caseName: undefined,
    volume: s2.volume,
    volumeSpan: common.volumeSpan,
    reporter: common.reporter,
    reporterAsWritten: common.reporterAsWritten,
    reporterSpan: common.reporterSpan,
    page: undefined,
    pins,
    parallelOf: undefined,
    parallels: [],
  });
  if (!s2.short) sc.page = s2.page;
  if (isLead && g.name) sc.caseName = scan.caseName(g.name);
  return sc;
}

function fullCaseCitation(scan: Scanner, g: CaseGroup, b: CitationBase, s2: Segment, k: number, pins: Pin[], common: ReporterFields): CaseCitation {
  const isLead = k === 0;
  const { segs, name, dockets, courtDate } = g;
  const cc = make<CaseCitation>(b, {
    kind: 'case',
    volume: s2.volume,
    ...common,
    page: s2.page,
    pageSpan: scan.span(s2.pageS, s2.pageE),
    pins,
    parallels: [],
  });
  if (isLead && name) cc.caseName = scan.caseName(name);
  if (courtDate?.court) cc.court = courtDate.court;
  if (courtDate?.year) cc.year = courtDate.year;
  if (courtDate?.date) cc.date = courtDate.date;
  if (dockets) cc.docket = dockets;
  // A public-domain citation carries its year (and names its court): `2018 IL 122008`.
  const neutral = segs.some((x) => publicDomainForm(x.seg) !== undefined && YEAR_VOLUME.test(x.seg.volume));
  if (neutral && cc.year === undefined) {
    const n = segs.find((x) => publicDomainForm(x.seg) !== undefined)!;
    cc.year = n.seg.decided ?? Number(n.seg.volume);
  }
  const form = publicDomainForm(s2);
  if (form === 'web' || (form === 'neutral' && YEAR_VOLUME.test(s2.volume))) cc.publicDomain = form;
  // The court the reporter implies, when the parenthetical names none: `410 U.S. 113 (1973)` is the Supreme Court's.
  // A web citation (`2006-Ohio-2095`) serves every court of its state, so implies none.
  if (!cc.court && !s2.web) {
    const implied = courtOfReporter(cc.reporter);
    if (implied) cc.courtImplied = implied;
  }
  if (isLead && !courtDate && !s2.short && !neutral) {
    cc.notes.push({ code: 'missingCourtDate', span: scan.span(s2.pageS, s2.pageE) });
  } else if (isLead && courtDate && courtDate.year === undefined) {
    cc.notes.push({ code: 'missingYear', span: scan.span(courtDate.start, courtDate.end) });
  }
  return cc;
}
