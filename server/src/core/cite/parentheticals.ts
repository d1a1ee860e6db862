// Parentheticals after a citation: the court-and-date one, weight of
// authority, quotation notes, (quoting …)/(citing …), [hereinafter …] and
// explanatory ones. Bracket matching is bounded so unbalanced text cannot make
// the scan quadratic.

import { skipWs } from './lex';
import { lookupCourt } from '../data/courts';
import type { ParentheticalKind } from '../types';

export interface RawParenthetical {
  start: number;
  end: number;
  /** Content start/end (inside the brackets). */
  innerStart: number;
  innerEnd: number;
  kind: ParentheticalKind;
  closed: boolean;
  court?: string;
  courtStart?: number;
  courtEnd?: number;
  year?: number;
  date?: string;
  /**
   * A doubled opening bracket (`((Tex. App.—Dallas 2003, no pet.)`, a typo):
   * the parenthetical is read from the inner bracket, and this is the span the
   * outer one, never closed, would have taken.
   */
  doubled?: { start: number; end: number };
}

/** Longest parenthetical we follow before deciding it is unclosed. */
const MAX_PAREN = 2500;

// Full month names first, so `September 8, 1993` is read whole (CITE079 abbreviates it).
const MONTH = '(?:January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\\.?';
const COURT_DATE = new RegExp(`^(.*?)\\s*(?:(${MONTH}\\s?\\d{1,2},?\\s?)?((?:1[5-9]|20)\\d\\d))\\s*\\.?\\s*$`);
/**
 * Texas and other states add the history of the petition or writ after the
 * year, inside the same brackets: `(Tex. App.—Houston [1st Dist.] 2002, no pet.)`,
 * `(Tex. App.-Dallas 1999, pet. denied)`, `(Tex. Civ. App. 1970, writ ref'd n.r.e.)`.
 */
const COURT_DATE_HISTORY = new RegExp(
  `^(.*?)\\s*(?:(${MONTH}\\s?\\d{1,2},?\\s?)?((?:1[6-9]|20)\\d\\d))\\s*,\\s*((?:no |not )?(?:pet|writ|mand|orig\\. proceeding|n\\.p\\.h|rev|aff|dism|ref|granted|denied|refused)[^()]{0,50})$`,
  'i',
);
const WEIGHT =
  /^(?:per cur\w*|en banc|plurality(?: opinion)?|mem(?:orandum)?\.?(?: op(?:inion|\.)?)?|table|unpublished(?: table)?(?: decision| opinion| disposition| order)?|(?:opinion|statement) (?:of [\w. ]+?, )?(?:concurring|dissenting|respecting)[\w ,]*|[A-Z][\w'.-]+(?: & [A-Z][\w'.-]+)?, (?:C\.J\.|J\.|JJ\.)(?:, [\w ,]*?)?(?:concurring|dissenting)[\w ,]*|(?:en banc )?per curiam|.*\bopinion of [A-Z][\w.]* J\.)$/i;
const QUOTE_NOTE = /^(?:internal |emphasis |alterations? |citations? |footnotes? |brackets |ellips|some |all |first |second |third |quotations? )/i;
const CITING = /^(?:quoting|citing|cited in|quoted in|internal quotation marks omitted\)?\s*\(quoting|and cases cited therein|collecting cases)/i;

/**
 * Square brackets hold a parenthetical in New York's style (`[1st Dept 2012]`,
 * `[2016]`, `[internal quotation marks omitted]`, `[citation omitted]`) and in
 * `[hereinafter …]`; anywhere else a bracket after a citation is the writer's
 * alteration or a footnote mark, not a parenthetical.
 */
const BRACKET_PARENTHETICAL =
  /^\[(?:hereinafter\b|(?:\d(?:st|d|nd|rd|th) Dept|Sup Ct|Ct App|App Term|Civ Ct|Fam Ct|Sur Ct|Dist Ct|County Ct|Crim Ct|Ct Cl)[^\]\n]{0,40}\d{4}\]|(?:1[6-9]|20)\d\d\]|(?:internal |citations? |emphasis |alterations? |quotation |brackets )[^\]\n]{0,40}\]|(?:quoting|citing)\b)/;

/** Finds the end of a bracketed run starting at `open` (index of `(` or `[`). */
function matchBracket(t: string, open: number): { end: number; closed: boolean } {
  const openCh = t[open];
  const closeCh = openCh === '(' ? ')' : ']';
  let depth = 0;
  const limit = Math.min(t.length, open + MAX_PAREN);
  for (let j = open; j < limit; j++) {
    const c = t[j];
    if (c === openCh) depth++;
    else if (c === closeCh) {
      depth--;
      if (depth === 0) return { end: j + 1, closed: true };
    } else if (c === '\n') {
      // A blank line ends the paragraph, and so the parenthetical — unless the
      // next paragraph goes on in lower case: a page break inside a sentence.
      let k = j + 1;
      while (k < limit && (t[k] === ' ' || t[k] === '\t')) k++;
      if (t[k] === '\n') {
        let n = k;
        while (n < limit && /\s/.test(t[n])) n++;
        if (!/[a-z]/.test(t[n] ?? '')) return { end: j, closed: false };
        j = n - 1;
      }
    }
  }
  return { end: limit, closed: false };
}

/**
 * Where an unclosed parenthetical most plausibly ends: after a year for a
 * court-and-date one, else at the end of its line or sentence.
 */
function unclosedEnd(t: string, open: number, hardEnd: number): number {
  const slice = t.slice(open + 1, Math.min(hardEnd, open + 120));
  const m = /^[^()\n]{0,60}?\b(?:1[6-9]|20)\d\d\b/.exec(slice);
  if (m) return open + 1 + m[0].length;
  // Otherwise the sentence's end: a period after a closing bracket, a quote, a
  // number or a lower-case word (not `v.` or an abbreviation such as `H.`).
  for (let j = open + 1; j < hardEnd; j++) {
    const c = t[j];
    if (c === '\n') return j;
    if (c !== '.' || (t[j + 1] !== ' ' && t[j + 1] !== '\n' && j + 1 < t.length)) continue;
    const prev = t[j - 1] ?? '';
    if (/[0-9)"]/.test(prev)) return j;
    const word = /([A-Za-z']+)$/.exec(t.slice(Math.max(open, j - 20), j))?.[1] ?? '';
    if (word.length >= 3 && /^[a-z]/.test(word)) return j;
  }
  return hardEnd;
}

/** Length in `raw` (from its first non-blank) that holds the first `n` characters of its whitespace-collapsed form. */
function rawLength(raw: string, n: number): number {
  let i = raw.length - raw.trimStart().length;
  const start = i;
  let seen = 0;
  while (i < raw.length && seen < n) {
    if (/\s/.test(raw[i])) {
      while (i < raw.length && /\s/.test(raw[i])) i++;
    } else i++;
    seen++;
  }
  return i - start;
}

function classify(inner: string, first: boolean): Pick<RawParenthetical, 'kind' | 'court' | 'year' | 'date'> & { courtLen?: number } {
  // A parenthetical wrapped across lines (`(1st\nCir. 2009)`) reads as one line.
  const s = /\s\s|[\n\t]/.test(inner) ? inner.replace(/\s+/g, ' ').trim() : inner.trim();
  if (/^hereinafter\b/i.test(s)) return { kind: 'hereinafter' };
  if (first) {
    const m = COURT_DATE.exec(s) ?? COURT_DATE_HISTORY.exec(s);
    if (m && m[1].length <= 60 && !/\b(?:holding|quoting|citing|stating|finding|noting)\b/i.test(m[1])) {
      const court = m[1].replace(/[,\s]+$/, '');
      const year = Number(m[3]);
      const date = m[2] ? (m[2] + m[3]).replace(/\s+/g, ' ').trim() : undefined;
      return { kind: 'courtDate', court: court || undefined, year, date, courtLen: rawLength(inner, court.length) };
    }
    // A court with no year: `(2d Cir.)`.
    if (s.length <= 40 && lookupCourt(s)) return { kind: 'courtDate', court: s, courtLen: rawLength(inner, s.length) };
  }
  if (WEIGHT.test(s)) return { kind: 'weight' };
  if (QUOTE_NOTE.test(s) && /omitted|added|supplied|original|altered|deleted/i.test(s)) return { kind: 'quotationNote' };
  if (CITING.test(s)) return { kind: 'citing' };
  return { kind: 'explanatory' };
}

/**
 * Reads the parentheticals that follow position `i`. `first` says whether the
 * first one may be the court-and-date parenthetical.
 */
export function parseParentheticals(t: string, i: number, first: boolean): RawParenthetical[] {
  const out: RawParenthetical[] = [];
  let j = i;
  let allowCourt = first;
  for (;;) {
    let k = skipWs(t, j);
    const c = t[k];
    // `3(b)(1)`: brackets glued to what precedes them number a subsection.
    if (k === j && k > 0 && /[A-Za-z0-9]/.test(t[k - 1]) && /^\([A-Za-z0-9]{1,4}\)/.test(t.slice(k, k + 6))) break;
    if (c !== '(' && !(c === '[' && BRACKET_PARENTHETICAL.test(t.slice(k, k + 60)))) break;
    let { end: rawEnd, closed } = matchBracket(t, k);
    let doubled: RawParenthetical['doubled'];
    if (!closed && c === '(' && t[k + 1] === '(') {
      // `((Tex.App.-Dallas 2003, not pet.)`: read the inner parenthetical when it is the court and date.
      const inner = matchBracket(t, k + 1);
      if (inner.closed && allowCourt && classify(t.slice(k + 2, inner.end - 1), true).kind === 'courtDate') {
        doubled = { start: k, end: unclosedEnd(t, k, rawEnd) };
        k++;
        rawEnd = inner.end;
        closed = true;
      }
    }
    const end = closed ? rawEnd : unclosedEnd(t, k, rawEnd);
    const innerStart = k + 1;
    const innerEnd = closed ? end - 1 : end;
    const inner = t.slice(innerStart, innerEnd);
    if (inner.trim() === '') break;
    const cls = classify(inner, allowCourt);
    const p: RawParenthetical = { start: k, end, innerStart, innerEnd, kind: cls.kind, closed };
    if (doubled) p.doubled = doubled;
    if (cls.kind === 'courtDate') {
      const lead = inner.length - inner.trimStart().length;
      p.court = cls.court;
      p.year = cls.year;
      p.date = cls.date;
      if (cls.court) {
        p.courtStart = innerStart + lead;
        p.courtEnd = p.courtStart + (cls.courtLen ?? cls.court.length);
      }
    }
    out.push(p);
    allowCourt = false;
    j = end;
    if (!closed) break;
  }
  return out;
}
