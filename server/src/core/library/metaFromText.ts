// An opinion's metadata inferred from its text, where the header block is
// absent or leaves something out: the caption, citation lines, court and date
// lines at the head of the opinion, and the closing date line and signature.

import { analyzeText } from '../analyze';
import { lineColumn } from '../text/lineIndex';
import { lookupCourt } from '../data/courts';
import { PLACES } from '../data/places';
import { citationCaseWord, cleanCaption, DATE_WORDS, DAY_OF, isoFromWords, partyName, ROLE } from './captionWords';
import type { OpinionCite } from './types';
import { linesFrom, type Line } from './fileLines';
import { addCite, citeOf } from './opinionCites';

/** How far into the body the caption, citations and date are looked for. */
export const HEAD_LINES = 60;
/** How far from the end the `Dated …` line and the signature are looked for. */
const TAIL_LINES = 60;
/** Caption lines are short; a longer line ends the caption area. */
const MAX_CAPTION_LINE = 1000;
/** The closing lines are looked for in at most this many trailing characters. */
const MAX_TAIL_CHARS = 20_000;

export interface Inferred {
  caption: string;
  cites: OpinionCite[];
  court: string;
  date: string;
  year?: number;
  judge?: string;
}

/** Running prose: ten or more words, at least half of them lower-case (caption lines are capitalised). */
function isProse(line: string): boolean {
  let words = 0;
  let lower = 0;
  for (const w of line.split(/\s+/)) {
    const c = w.charCodeAt(0);
    const isLow = c >= 97 && c <= 122;
    if (isLow || (c >= 65 && c <= 90)) {
      words++;
      if (isLow) lower++;
    }
  }
  return words >= 10 && lower * 2 >= words;
}

const VERSUS_LINE = /^(?:v|vs|versus)\.?$/i;
const VERSUS_START = /^(?:v|vs)\.[ \t]/i;
const VERSUS_INLINE = /[ \t](?:v|vs)\.[ \t]/;
const DOCKET_LINE = /^(?:(?:civil|criminal)[ \t]+(?:action|case)[ \t]+|case[ \t]+|docket[ \t]+|civil[ \t]+)?no(?:s)?\.?[ \t]*[0-9]/i;
/** A docket written into a caption line (`No. 3:21-cv-107 (JAM)`), removed before the party is read. */
const DOCKET_IN_LINE = /\bNo\.?[ \t]*[0-9][0-9A-Za-z:.-]{0,30}(?:[ \t]*\([A-Z]{2,5}\))?/g;

function isPartyCandidate(s: string): boolean {
  const t = s.replace(/\u00a0/g, ' ').trim();
  return t !== '' && !ROLE.test(t) && !DOCKET_LINE.test(t) && /[A-Za-z]{2}/.test(t);
}

/** `X v. Y` from a caption block: a `v.` line between the parties, or both on one short line. */
function captionFromBlock(head: Line[]): string {
  for (let i = 0; i < head.length; i++) {
    const t = head[i].text.replace(/\u00a0/g, ' ').trim();
    let left = '';
    let right = '';
    if (VERSUS_LINE.test(t) || VERSUS_START.test(t)) {
      right = t.replace(/^\S+/, '').replace(DOCKET_IN_LINE, '').trim();
    } else if (t.length <= 200 && VERSUS_INLINE.test(t)) {
      const m = VERSUS_INLINE.exec(t) as RegExpExecArray;
      left = t.slice(0, m.index);
      right = t
        .slice(m.index + m[0].length)
        .replace(DOCKET_IN_LINE, '')
        .trim();
    } else if (/[ \t](?:v|vs)\.$/.test(t) && t.length <= 200) {
      left = t.replace(/[ \t](?:v|vs)\.$/, '');
    } else continue;
    if (left === '') {
      for (let k = i - 1; k >= 0 && left === ''; k--) if (isPartyCandidate(head[k].text)) left = head[k].text;
    }
    if (!isPartyCandidate(right)) {
      right = '';
      for (let k = i + 1; k < head.length && right === ''; k++) {
        const cand = head[k].text.replace(DOCKET_IN_LINE, '');
        if (isPartyCandidate(cand)) right = cand;
      }
    }
    // A right side that runs into its citation (`Harris, 401 U.S. 37`) stops at the first comma before a number.
    right = right.replace(/,[ \t]*[0-9(].*$/, '');
    const p1 = partyName(left);
    const p2 = partyName(right);
    if (p1 && p2) return `${p1} v. ${p2}`;
  }
  for (const l of head) {
    const m = /^in[ \t]+re:?[ \t]+(.{2,120})$/i.exec(l.text.trim());
    if (m) {
      const p = partyName(m[1]);
      if (p) return `In re ${p}`;
    }
  }
  return '';
}

const CIRCUITS: Record<string, string> = {
  FIRST: '1st Cir.',
  SECOND: '2d Cir.',
  THIRD: '3d Cir.',
  FOURTH: '4th Cir.',
  FIFTH: '5th Cir.',
  SIXTH: '6th Cir.',
  SEVENTH: '7th Cir.',
  EIGHTH: '8th Cir.',
  NINTH: '9th Cir.',
  TENTH: '10th Cir.',
  ELEVENTH: '11th Cir.',
  'DISTRICT OF COLUMBIA': 'D.C. Cir.',
  'D.C.': 'D.C. Cir.',
  FEDERAL: 'Fed. Cir.',
};
const PLACES_LONGEST_FIRST = [...PLACES].sort((a, b) => b.name.length - a.name.length);

/** The court from the caption's court lines; federal courts only (state court names do not map to one abbreviation reliably). */
function courtFromLines(head: Line[]): string {
  const joined = head
    .map((l) => l.text.replace(/\u00a0/g, ' ').trim())
    .join(' ')
    .toUpperCase();
  if (/SUPREME COURT OF THE UNITED STATES|UNITED STATES SUPREME COURT/.test(joined)) return 'U.S.';
  if (/UNITED STATES COURT OF APPEALS/.test(joined)) {
    const m = /\b(FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|DISTRICT OF COLUMBIA|D\.C\.|FEDERAL) CIRCUIT\b/.exec(joined);
    return m ? CIRCUITS[m[1]] : '';
  }
  const bankruptcy = /UNITED STATES BANKRUPTCY COURT/.test(joined);
  if (!bankruptcy && !/UNITED STATES DISTRICT COURT/.test(joined)) return '';
  const d = /\b(?:(NORTHERN|SOUTHERN|EASTERN|WESTERN|MIDDLE|CENTRAL)[ \t]+)?DISTRICT[ \t]+OF[ \t]+(?:THE[ \t]+)?([A-Z][A-Z .]{1,40})/.exec(joined);
  if (!d) return '';
  const rest = d[2];
  // `DISTRICT OF COLUMBIA` has already consumed the words `DISTRICT OF`.
  const place = PLACES_LONGEST_FIRST.find((p) => {
    const name = p.name.replace(/^District of /, '').toUpperCase();
    return rest.startsWith(name) && !/[A-Z]/.test(rest.charAt(name.length));
  });
  if (!place) return '';
  const prefix = d[1] ? `${d[1][0]}.D.` : 'D.';
  // Adjacent single capitals close up (`S.D.N.Y.`); others take a space (`N.D. Cal.`).
  const written = `${bankruptcy ? 'Bankr. ' : ''}${prefix}${/^(?:[A-Z]\.)+$/.test(place.abbr) ? '' : ' '}${place.abbr}`;
  return lookupCourt(written)?.abbr ?? written;
}

interface DateHit {
  iso: string;
  rank: number;
}

/** The decision date from the caption's date lines: `August 2, 2001, Decided`, `Decided: …`, a date alone on a line. */
function dateFromHead(head: Line[]): DateHit | undefined {
  let best: DateHit | undefined;
  for (const l of head) {
    const t = l.text.replace(/\u00a0/g, ' ').trim();
    DATE_WORDS.lastIndex = 0;
    const hits: Array<{ iso: string; at: number; end: number }> = [];
    let m: RegExpExecArray | null;
    while ((m = DATE_WORDS.exec(t))) {
      const iso = isoFromWords(m[1], m[2], m[3]);
      if (iso) hits.push({ iso, at: m.index, end: m.index + m[0].length });
    }
    if (hits.length === 0) continue;
    let rank: number;
    let pick = hits[0];
    const decided = /\bdecided\b/i.exec(t);
    if (decided) {
      // The date right after `Decided` (`Argued … — Decided February 23, 1971`), else right before it (`August 2, 2001, Decided`).
      const after = hits.find((h) => h.at >= decided.index && /^[\s:,]{0,4}$/.test(t.slice(decided.index + decided[0].length, h.at)));
      const before = hits.find((h) => h.end <= decided.index && /^[\s,]{0,4}$/.test(t.slice(h.end, decided.index)));
      const near = after ?? before;
      if (!near) continue;
      pick = near;
      rank = 0;
    } else if (/^(?:dated|decided|date|opinion filed)\b/i.test(t) || t.length - (pick.end - pick.at) <= 2) rank = 1;
    else if (/\b(?:filed|entered)\b/i.test(t)) rank = 2;
    else continue;
    if (!best || rank < best.rank) best = { iso: pick.iso, rank };
  }
  return best;
}

/** The date of a closing `Dated at New Haven this 9th day of February 2022.` or `SO ORDERED … February 9, 2022`. */
function dateFromTail(tail: Line[]): string | undefined {
  for (let i = tail.length - 1; i >= 0; i--) {
    const t = tail[i].text.replace(/\u00a0/g, ' ').trim();
    if (!/^(?:dated|so ordered|it is so ordered|entered|signed)\b/i.test(t) && !/\bday[ \t]+of\b/i.test(t)) continue;
    const d = DAY_OF.exec(t);
    if (d) {
      const iso = isoFromWords(d[2], d[1], d[3]);
      if (iso) return iso;
    }
    if (/^(?:dated|so ordered|it is so ordered|entered|signed)\b/i.test(t)) {
      DATE_WORDS.lastIndex = 0;
      const w = DATE_WORDS.exec(t);
      const iso = w ? isoFromWords(w[1], w[2], w[3]) : undefined;
      if (iso) return iso;
    }
  }
  return undefined;
}

function personName(raw: string): string | undefined {
  const s = raw
    .replace(/\u00a0/g, ' ')
    .split(',')[0]
    .replace(/[.;:\s]+$/, '')
    .trim();
  if (s.length < 3 || s.length > 60 || !/^[A-Za-z][A-Za-z .'’-]*$/.test(s)) return undefined;
  return /[a-z]/.test(s)
    ? s
    : s
        .split(/\s+/)
        .map((w) => citationCaseWord(w, true))
        .join(' ');
}

/** The judge from a `JUDGES:` / `OPINION BY:` line or a closing `/s/` signature. */
function judgeFrom(head: Line[], tail: Line[]): string | undefined {
  for (const l of head) {
    const m = /^(?:judges?|before|opinion by)[ \t]*:[ \t]*(.+)$/i.exec(l.text.trim());
    const name = m ? personName(m[1]) : undefined;
    if (name) return name;
  }
  for (let i = tail.length - 1; i >= 0; i--) {
    const m = /^\/s\/[ \t]*(.+)$/.exec(tail[i].text.trim());
    const name = m ? personName(m[1]) : undefined;
    if (name) return name;
  }
  return undefined;
}

export function inferFromText(text: string, bodyStart: number): Inferred {
  const firstLine = lineColumn(text, bodyStart).line;
  const all = linesFrom(text, bodyStart, HEAD_LINES, firstLine);
  // The caption area ends where the opinion's prose begins.
  const head: Line[] = [];
  for (const l of all) {
    // A very long line is a paragraph (or not text at all); it also bounds the scan of a file without line breaks.
    if (l.text.length > MAX_CAPTION_LINE || isProse(l.text)) break;
    head.push(l);
  }
  const headEnd = head.length > 0 ? head[head.length - 1].next : bodyStart;
  const headText = text.slice(bodyStart, headEnd);
  const scanned = headText.trim() === '' ? [] : analyzeText(headText).citations;
  const own = scanned.filter(
    (c) => (c.kind === 'case' || c.kind === 'database' || c.kind === 'docket') && !c.nested && !c.signal && c.historyOf === undefined && !c.historyPhrase,
  );

  const cites: OpinionCite[] = [];
  let caption = '';
  let court = '';
  let citeDateIso: string | undefined;
  let year: number | undefined;
  for (const c of own) {
    const oc = citeOf(c, false);
    if (oc) addCite(cites, oc);
    if (c.kind === 'case' || c.kind === 'database' || c.kind === 'docket') {
      const name = c.caseName;
      if (!caption && name && name.plaintiff && name.defendant) caption = cleanCaption(name.text);
      if (!court && c.court) court = lookupCourt(c.court)?.abbr ?? c.court;
      if (!citeDateIso && c.date) {
        DATE_WORDS.lastIndex = 0;
        const w = DATE_WORDS.exec(c.date);
        if (w) citeDateIso = isoFromWords(w[1], w[2], w[3]);
      }
      const y = c.kind === 'database' ? (c.decisionYear ?? Number(c.year)) : c.year;
      if (year === undefined && y) year = y;
    }
  }
  // Reporter cites first, then database cites, then dockets, each in the order written.
  cites.sort((a, b) => rankOf(a) - rankOf(b));

  if (!caption) caption = captionFromBlock(head);
  if (!court) court = courtFromLines(head);
  const tail = linesFrom(text, tailStart(text, bodyStart), TAIL_LINES + 1, 0);
  const date = dateFromHead(head)?.iso ?? citeDateIso ?? dateFromTail(tail) ?? '';
  return { caption, cites, court, date, year, judge: judgeFrom(head, tail) };
}

function rankOf(c: OpinionCite): number {
  return c.kind === 'reporter' ? 0 : c.kind === 'database' ? 1 : 2;
}

/** Offset of the start of the last TAIL_LINES lines (not before the body, nor more than MAX_TAIL_CHARS from the end). */
function tailStart(text: string, bodyStart: number): number {
  const floor = Math.max(bodyStart, text.length - MAX_TAIL_CHARS);
  let i = text.length;
  for (let n = 0; n <= TAIL_LINES && i > floor; n++) {
    const nl = text.lastIndexOf('\n', i - 1);
    if (nl < floor) return floor;
    i = nl;
  }
  return Math.max(floor, i + 1);
}
