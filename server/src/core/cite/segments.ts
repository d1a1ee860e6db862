// Reporter segments: `volume reporter page` (`410 U.S. 113`), `volume
// reporter at` (a short form), a web citation (`2014-Ohio-1984`), read at the
// place the trigger found a volume. A case citation is one or more of them.

import { lookupReporter, type Edition, type ReporterMatch } from '../data/reporters';
import { lookupCode } from '../data/codes';
import { at, isDigit, isWordCh, skipWs, tokenEnd } from './lex';

/** A web (public-domain) citation written with hyphens: `2014-Ohio-1984`, `2022-NCSC-1`, `2009-NMSC-012`. */
export const WEB_CITE = /(\d{4})-(Ohio|NCSC|NCCOA|NMSC|NMCA|NMCERT)-(\d{1,6})(?![\w-])/y;

const VOLUME = /\d{1,5}|\u2014|\u2013|-{1,4}|_{2,}|\[(?:vol|volume|page|pin|_+)\]/y;
/** Drafting placeholders where a volume or page is not yet known: `— U.S. —`, `___`, `[vol]`. */
export const PLACEHOLDER = /^(?:\u2014|\u2013|-{1,4}|_{2,}|\[(?:vol|volume|page|pin|_+)\])$/;
const NOMINATIVE = /\(\d{1,3} [A-Z][A-Za-z.']{1,12}(?: [A-Z][A-Za-z.']{1,12})?\)/y;
const BRACKET_PLACEHOLDER = /\[(?:page|pin|_+)\]/y;
// `143684-B`: a public-domain number with a letter suffix (`2017 IL App (1st) 143684-B`, `1993 Conn. Super. Ct. 5243-P`).
const PAGE_TOKEN = /^(?:\d{1,8}(?:-[A-Z])?|\u2014|\u2013|-{1,4}|_{2,})$/;
/**
 * Citations that name their series before the number: the Tax Court's
 * memorandum and summary opinions (`T.C. Memo. 2019-233`, `T.C. Summary
 * Opinion 2019-1`), which carry their year, and looseleaf services cited by
 * paragraph (`Bankr. L. Rep. (CCH) ¶ 12,345`, also printed `P12,345`).
 */
const TAX_COURT = /(T\.[ \t]?C\.[ \t]?(?:Memo\.|Summ(?:ary|\.)[ \t]?Op(?:inion|\.)))[ \t]((?:19|20)\d\d)-(\d{1,4})(?![\w-])/y;
const LOOSELEAF =
  /(\d{1,3}[ \t])?(Bankr\.[ \t]?L\.[ \t]?Rep\.|Fed\.[ \t]?Sec\.[ \t]?L\.[ \t]?Rep\.|Lab\.[ \t]?Cas\.|Trade[ \t]Cas\.)[ \t]\((CCH|P-H|BNA)\)[ \t]?(?:¶|P)[ \t]?(\d{1,3}(?:,\d{3})?|\d{4,6})(?![\w,]\d)/y;
/** Louisiana's public-domain form: the docket number with the court and date after it, `2009-12345 (La. App. 1 Cir. 5/10/10)`. */
export const LOUISIANA = /((?:19|20)\d\d)[ -](\d{1,5})[ \t]\((La\.[ \t]?App\.[ \t]?[1-5][ \t]?Cir\.)[ \t](\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\)/y;
const MAX_REPORTER_TOKENS = 6;
/** Words that look like abbreviations but never name a reporter. */
const NOT_REPORTERS = new Set([
  'Sec.',
  'No.',
  'Nos.',
  'Doc.',
  'Dkt.',
  'Ex.',
  'Exh.',
  'Exs.',
  'Art.',
  'Amend.',
  'Vol.',
  'Pt.',
  'Ch.',
  'Stat.',
  'Pub.',
  'L.',
  'Cong.',
  'Sess.',
  'Reg.',
  'Fed.',
  'Tit.',
  'Tr.',
  'Para.',
  'App.',
  'Supp.',
  'Ed.',
  'Rev.',
  'Cir.',
  'Cl.',
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'Aug.',
  'Sept.',
  'Sep.',
  'Oct.',
  'Nov.',
  'Dec.',
  'Mr.',
  'Ms.',
  'Dr.',
  'P.M.',
  'A.M.',
  'U.S.',
  'Id.',
  'Ibid.',
  'Rep.',
  'Doc.',
  'Conf.',
]);

export interface Segment {
  volS: number;
  volE: number;
  volume: string;
  repS: number;
  repE: number;
  reporterAsWritten: string;
  edition?: Edition;
  ambiguous: boolean;
  corrupted: boolean;
  /** `491 U. S., at 406`: a comma between the reporter and `at`. */
  commaAt: boolean;
  /** A web citation (`2014-Ohio-1984`): public-domain, carrying its year. */
  web?: boolean;
  /** The year a public-domain form dates its decision by when it is not the volume (Louisiana's `5/10/10`). */
  decided?: number;
  /** The editions an ambiguous abbreviation may name (`W.2d`: Washington or Wisconsin); the citation's year may choose one. */
  candidates?: Edition[];
  /** True when the segment continues with `at` (a short form). */
  short: boolean;
  pageS: number;
  pageE: number;
  page: string;
  /** Position after the page (or after `at`). */
  end: number;
}

/** Reads `volume reporter page` or `volume reporter at` at `i`. */
export function segmentAt(t: string, i: number, limit: number): Segment | null {
  const web = at(WEB_CITE, t, i);
  if (web) return webSegment(i, web);
  const named = namedFirstSegment(t, i);
  if (named) return named;
  const vm = at(VOLUME, t, i);
  if (!vm) return null;
  const volE = i + vm[0].length;
  if (isWordCh(t.charCodeAt(volE))) return null;
  const repS = skipWs(t, volE, limit);
  if (repS === volE) return null;
  const read = readReporterAndPage(t, repS, limit);
  if (!read) return null;
  const { repE, page, short } = read;
  const reporterAsWritten = t.slice(repS, repE);
  const known = knownReporter(reporterAsWritten, vm[0], read.corrupted);
  if (!known) return null;
  const { match, corrupted } = known;
  const volume = vm[0];
  if (PLACEHOLDER.test(volume) && page.text === '' && !short) return null;
  // A placeholder stands for the volume of a reporter Pincite knows (`— U.S. —`,
  // `__ F. Supp. 2d __`); before anything else a dash is prose: `Incident No. 15 — Approx. 1988`.
  if (PLACEHOLDER.test(volume) && !match) return null;
  // `No. 27 — Mar. 2, 1994`, `No. 61 — Mar. 10. 2003`: a month and a day, not a reporter and a page.
  if (
    /^(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/.test(reporterAsWritten) &&
    /^\d{1,2}$/.test(page.text) &&
    /^[.,]?\s?(?:1[6-9]|20)\d\d/.test(t.slice(page.e, page.e + 7))
  )
    return null;
  // A page must stand alone: `214,` or `214 ` or `214)` — not `214abc`.
  if (!short && isWordCh(t.charCodeAt(page.e))) return null;
  return {
    volS: i,
    volE,
    volume,
    repS,
    repE,
    reporterAsWritten,
    edition: match?.editions[0],
    ambiguous: (match?.editions.length ?? 0) > 1,
    candidates: (match?.editions.length ?? 0) > 1 ? match!.editions : undefined,
    corrupted,
    commaAt: read.commaAt,
    short,
    pageS: page.s,
    pageE: page.e,
    page: page.text,
    end: short ? page.e : page.e,
  };
}

/** `2014-Ohio-1984`: year, court, number, joined by hyphens. */
function webSegment(i: number, web: RegExpExecArray): Segment {
  const match = lookupReporter(web[2]);
  const repS = i + web[1].length + 1;
  const pageS = repS + web[2].length + 1;
  return {
    volS: i,
    volE: i + web[1].length,
    volume: web[1],
    repS,
    repE: repS + web[2].length,
    reporterAsWritten: web[2],
    edition: match?.editions[0],
    ambiguous: false,
    corrupted: false,
    commaAt: false,
    web: true,
    short: false,
    pageS,
    pageE: pageS + web[3].length,
    page: web[3],
    end: pageS + web[3].length,
  };
}

/** A segment whose series stands before its number (Tax Court, looseleaf services) or whose court follows it in brackets (Louisiana). */
function namedFirstSegment(t: string, i: number): Segment | null {
  const c = t.charCodeAt(i);
  if (c === 84 /* T */) {
    const m = at(TAX_COURT, t, i);
    if (!m) return null;
    const summary = /Summ/.test(m[1]);
    const volS = i + m[1].length + 1;
    const pageS = volS + m[2].length + 1;
    return plainSegment(i, volS, m[2], i, i + m[1].length, m[1], lookupReporter(summary ? 'T.C. Summary Opinion' : 'T.C. Memo.')?.editions[0], pageS, m[3]);
  }
  if (c === 66 /* B */ || c === 70 /* F */ || c === 76 /* L */ || c === 84 /* T */ || isDigit(c)) {
    const m = at(LOOSELEAF, t, i);
    if (m) {
      const repS = i + (m[1]?.length ?? 0);
      const repE = t.indexOf(')', repS) + 1;
      const written = t.slice(repS, repE);
      const pageS = i + m[0].length - m[4].length;
      return plainSegment(i, m[1] ? i + m[1].trimEnd().length : i, m[1]?.trim() ?? '', repS, repE, written, lookupReporter(written)?.editions[0], pageS, m[4]);
    }
  }
  if (isDigit(c)) {
    const m = at(LOUISIANA, t, i);
    if (!m) return null;
    const repS = t.indexOf('(', i) + 1;
    const pageS = i + m[1].length + 1;
    const y = Number(m[6]);
    const seg = plainSegment(i, i + m[1].length, m[1], repS, repS + m[3].length, m[3], lookupReporter(m[3])?.editions[0], pageS, m[2]);
    seg.web = true;
    seg.decided = m[6].length === 4 ? y : y + (y < 50 ? 2000 : 1900);
    seg.end = i + m[0].length;
    return seg;
  }
  return null;
}

function plainSegment(
  volS: number,
  volE: number,
  volume: string,
  repS: number,
  repE: number,
  reporterAsWritten: string,
  edition: Edition | undefined,
  pageS: number,
  page: string,
): Segment {
  return {
    volS,
    volE,
    volume,
    repS,
    repE,
    reporterAsWritten,
    edition,
    ambiguous: false,
    corrupted: false,
    commaAt: false,
    short: false,
    pageS,
    pageE: pageS + page.length,
    page,
    end: pageS + page.length,
  };
}

/**
 * The reporter's words from `repS` and the page after them, or `at` for a
 * short form. Null when what follows the volume is not a reporter and a page.
 */
function readReporterAndPage(
  t: string,
  repS: number,
  limit: number,
): { repE: number; page: { s: number; e: number; text: string }; short: boolean; corrupted: boolean; commaAt: boolean } | null {
  let j = repS;
  let repE = j;
  let tokens = 0;
  let corrupted = false;
  let commaAt = false;
  let page: { s: number; e: number; text: string } | null = null;
  let short = false;
  while (tokens <= MAX_REPORTER_TOKENS && j < limit) {
    // `2018 IL App (1st) 152522`: Illinois numbers its appellate districts in brackets.
    const district = tokens > 0 ? at(/\((?:1st|2d|2nd|3d|3rd|4th|5th)\)/y, t, j) : null;
    if (district) {
      tokens++;
      repE = j + district[0].length;
      j = skipWs(t, repE, limit);
      continue;
    }
    // `5 U.S. (1 Cranch) 137`: the nominative reporter in brackets stands before the page.
    if (tokens > 0 && t[j] === '(') {
      const nm = at(NOMINATIVE, t, j);
      if (!nm) return null;
      j = skipWs(t, j + nm[0].length, limit);
      continue;
    }
    const ph = tokens > 0 ? at(BRACKET_PLACEHOLDER, t, j) : null;
    if (ph) {
      page = { s: j, e: j + ph[0].length, text: ph[0] };
      break;
    }
    const e = tokenEnd(t, j, limit);
    if (e === j) return null;
    let tok = t.slice(j, e);
    const trailingComma = tok.endsWith(',');
    if (trailingComma) tok = tok.slice(0, -1);
    if (tokens > 0 && tok === 'at') {
      short = true;
      page = { s: j, e: j + 2, text: '' };
      break;
    }
    let pageTok = tok.replace(/[.:]$/, '');
    // `292,293`: a page with its pin closed up after a comma.
    const closedPin = /^(\d{1,8}),\*?\d/.exec(tok);
    if (closedPin) pageTok = closedPin[1];
    // `559 N.W.2d 826|N.D.`: a table's column bar after the page.
    const barred = /^(\d{1,8})\|/.exec(tok);
    if (barred) pageTok = barred[1];
    if (tokens > 0 && PAGE_TOKEN.test(pageTok)) {
      page = { s: j, e: j + pageTok.length, text: pageTok };
      break;
    }
    if (isDigit(tok.charCodeAt(0)) && !/^\d(?:d|th|st|nd|rd)\.?$/.test(tok)) return null;
    tokens++;
    repE = j + tok.length;
    if (trailingComma) {
      // A comma before `at`: the Supreme Court's short form (`491 U. S., at 406`)
      // when what precedes it is a reporter, else the OCR form `253 Conn, at 174`
      // with a comma where the reporter's period belongs.
      const k = skipWs(t, e, limit);
      if (t.startsWith('at ', k) || t.startsWith('at\n', k)) {
        // The reporter is whole before the comma only when it ends as abbreviations
        // do (`U. S.`, `N. W. 2d`); `Conn` has lost its period to the comma.
        const before = t.slice(repS, repE);
        if (/(?:\.|\d(?:d|th))$/.test(before) && lookupReporter(before)) commaAt = true;
        else corrupted = true;
        short = true;
        page = { s: k, e: k + 2, text: '' };
        break;
      }
      // `1 U.S., 1`: a stray comma between a known reporter and its page.
      const pm = /^\d{1,5}(?![\w,.]|\.\d)/.exec(t.slice(k, k + 7));
      const before = t.slice(repS, repE);
      if (pm && /\.$/.test(before) && lookupReporter(before)) {
        page = { s: k, e: k + pm[0].length, text: pm[0] };
        break;
      }
      return null;
    }
    j = skipWs(t, e, limit);
    if (j === e) return null;
  }
  if (!page || tokens === 0) return null;
  return { repE, page, short, corrupted, commaAt };
}

/**
 * The reporter Pincite knows by the words as written (read past a comma for
 * its period and a lower-case `Lexis`), or undefined for one it does not know
 * that still looks like a reporter. Null when the words are not a reporter: a
 * code (`42 USC 1983`), a bill, a year before a word ending a sentence.
 */
function knownReporter(reporterAsWritten: string, volume: string, corrupted: boolean): { match: ReporterMatch | undefined; corrupted: boolean } | null {
  let match = lookupReporter(reporterAsWritten);
  if (!match && reporterAsWritten.includes(',')) {
    match = lookupReporter(reporterAsWritten.replace(/,/g, '.'));
    if (match) corrupted = true;
  }
  if (!match && corrupted) match = lookupReporter(reporterAsWritten + '.');
  // `U.S. App. Lexis`: the database name in the wrong case (CITE078 rewrites it).
  if (!match && /lexis$/i.test(reporterAsWritten)) match = lookupReporter(reporterAsWritten.replace(/lexis$/i, 'LEXIS'));
  if (!match) {
    // `42 USC 1983`, `42 U.S.C. Sec. 1983`: a statute, not a reporter.
    const words = reporterAsWritten.split(/\s+/);
    for (let n = 1; n <= words.length; n++) if (lookupCode(words.slice(0, n).join(' '))) return null;
    if (!looksLikeReporter(reporterAsWritten)) return null;
    // `4 S.B. 5761, 67th Leg.`: a footnote number before a bill, which the bill trigger reads.
    if (/^(?:[SHA]\.\s?B\.|H\.\s?R\.)$/.test(reporterAsWritten)) return null;
    // `the 2024 Resolution. 12`: a year, a word ending a sentence and a footnote call.
    if (/^(?:1[6-9]|20)\d\d$/.test(volume) && /^[A-Z][a-z]{5,}\.$/.test(reporterAsWritten)) return null;
  }
  return { match, corrupted };
}

/** An unknown reporter must look like one: abbreviations, ordinals, short capitals. */
function looksLikeReporter(s: string): boolean {
  const toks = s.split(/\s+/);
  if (toks.length > 5) return false;
  let dotted = false;
  for (const tok of toks) {
    if (NOT_REPORTERS.has(tok) && toks.length === 1) return false;
    if (/^\d?(?:d|th|st|nd|rd)$/.test(tok) || /^\d(?:d|th)$/.test(tok)) continue;
    if (/^[A-Z][A-Za-z']{0,9}\.(?:[A-Z][a-z']{0,6}\.)*(?:\d?d|\d?th)?$/.test(tok) || /^(?:[A-Z]\.){1,5}(?:\d?d|\d?th)?$/.test(tok)) {
      dotted = true;
      continue;
    }
    if (/^[A-Z]{2,5}$/.test(tok)) continue;
    return false;
  }
  if (!dotted) return false;
  if (toks.length === 1 && NOT_REPORTERS.has(toks[0])) return false;
  return true;
}

export function isDbEdition(seg: Segment): boolean {
  return seg.edition?.courts === 'database';
}

/** A public-domain segment: a web citation (`2006-Ohio-2095`) or a neutral one (`2019 ND 12`), else undefined. */
export function publicDomainForm(seg: Segment): 'web' | 'neutral' | undefined {
  return seg.web ? 'web' : seg.edition?.citeType === 'neutral' ? 'neutral' : undefined;
}
