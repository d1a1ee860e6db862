// Metadata for an opinion the writer adds through `pincite.opinionFolders`:
// read from a header block at the top of the file when there is one, and
// inferred from the opinion's own caption, citation lines, date lines and
// signature where the header is absent or leaves something out. Pure: text in,
// metadata out; no file system. The folder reader (host/opinionFolders.ts) and the
// tests call it. The header format is documented in docs/opinion-folders.md.

import { analyzeText } from '../analyze';
import type { Citation, PageMarker } from '../types';
import { normalize } from '../text/normalize';
import { lineColumn } from '../text/lineIndex';
import { edition } from '../data/reporters';
import { lookupCourt } from '../data/courts';
import { reporterNamesCourt } from '../data/courtForms';
import { PLACES } from '../data/places';
import { citationCaseWord, citationDate, cleanCaption, DATE_WORDS, DAY_OF, isoFromWords, parseDateValue, partyName, ROLE, shortNameOf } from './captionWords';
import type { OpinionCite, OpinionMeta, Pagination } from './types';
import { opinionCiteKey } from './library';

export interface ParsedOpinion {
  meta: OpinionMeta;
  /** Offset where the body begins (after the header). */
  bodyStart: number;
  problems: string[];
}

/** How far into the body the caption, citations and date are looked for. */
const HEAD_LINES = 60;
/** How far from the end the `Dated …` line and the signature are looked for. */
const TAIL_LINES = 60;
/** A header block longer than this is taken to be unclosed. */
const MAX_HEADER_LINES = 100;
/** Caption lines are short; a longer line ends the caption area. */
const MAX_CAPTION_LINE = 1000;
/** The closing lines are looked for in at most this many trailing characters. */
const MAX_TAIL_CHARS = 20_000;
/** More non-`key: value` lines than this before a closing delimiter means the delimiter is not the header's (a Markdown rule further down). */
const MAX_STRAY_LINES = 3;

const KEYS = ['caption', 'short', 'cite', 'docket', 'court', 'date', 'judge', 'pages', 'pagination'] as const;
type Key = (typeof KEYS)[number];
const REPEATABLE = new Set<Key>(['cite', 'docket']);

interface Line {
  text: string;
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the next line's first character (or the text's end). */
  next: number;
  /** 1-based line number in the file. */
  number: number;
}

/** Up to `max` lines from `from`, each without its `\r\n` / `\n`. */
function linesFrom(text: string, from: number, max: number, firstNumber: number): Line[] {
  const out: Line[] = [];
  let i = from;
  while (i < text.length && out.length < max) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    const end = nl > i && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ text: text.slice(i, end), start: i, next: Math.min(nl + 1, text.length), number: firstNumber + out.length });
    i = nl + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------
// The header block

interface Field {
  value: string;
  line: number;
}

interface HeaderRead {
  fields: Map<Key, Field[]>;
  bodyStart: number;
  problems: string[];
  present: boolean;
}

const FRONT_OPEN = /^---[ \t]*$/;
const FRONT_CLOSE = /^---[ \t]*$/;
const COMMENT_OPEN = /^<!--[ \t]*pincite[ \t]*$/i;
const COMMENT_CLOSE = /^[ \t]*-->[ \t]*$/;
const KEY_LINE = /^[ \t]*([A-Za-z][A-Za-z0-9_-]{0,40})[ \t]*:(.*)$/;

function isBlankOrComment(s: string): boolean {
  const t = s.trim();
  return t === '' || t.startsWith('#');
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'")))) return t.slice(1, -1).trim();
  return t;
}

function readHeader(text: string): HeaderRead {
  const fields = new Map<Key, Field[]>();
  const problems: string[] = [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = linesFrom(text, bom, MAX_HEADER_LINES + 2, 1);
  if (lines.length === 0) return { fields, bodyStart: 0, problems, present: false };
  const first = lines[0].text;
  let close: RegExp;
  let closeName: string;
  if (FRONT_OPEN.test(first)) {
    close = FRONT_CLOSE;
    closeName = '---';
  } else if (COMMENT_OPEN.test(first)) {
    close = COMMENT_CLOSE;
    closeName = '-->';
  } else {
    return { fields, bodyStart: 0, problems, present: false };
  }

  // Look for the closing line; a block that would swallow prose is not closed there.
  let closeAt = -1;
  let stray = 0;
  for (let k = 1; k < lines.length && k <= MAX_HEADER_LINES; k++) {
    if (close.test(lines[k].text)) {
      closeAt = k;
      break;
    }
    if (!KEY_LINE.test(lines[k].text) && !isBlankOrComment(lines[k].text)) stray++;
  }
  if (closeAt >= 0 && stray > MAX_STRAY_LINES) closeAt = -1;

  let keyLines: Line[];
  let bodyStart: number;
  if (closeAt >= 0) {
    keyLines = lines.slice(1, closeAt);
    bodyStart = lines[closeAt].next;
  } else {
    // Unclosed: the header is the run of `key: value` lines after the opening line.
    let k = 1;
    // `#` lines stop the run here: in the text below an unclosed block they are Markdown headings.
    while (k < lines.length && (KEY_LINE.test(lines[k].text) || lines[k].text.trim() === '')) k++;
    keyLines = lines.slice(1, k);
    const keys = keyLines.filter((l) => KEY_LINE.test(l.text)).length;
    if (keys === 0) {
      problems.push(`line 1: "${first.trim()}" opens a header block, but no "key: value" lines follow it and no "${closeName}" line closes it; read the file as text with no header.`);
      return { fields, bodyStart: 0, problems, present: false };
    }
    bodyStart = k < lines.length ? lines[k].start : text.length;
    const last = keyLines[keyLines.length - 1].number;
    problems.push(
      `line 1: the header block is not closed: no "${closeName}" line follows its keys. Read lines 2–${last} as the header and the rest as the opinion's text; add a "${closeName}" line after line ${last}.`,
    );
  }

  for (const l of keyLines) {
    if (isBlankOrComment(l.text)) continue;
    const m = KEY_LINE.exec(l.text);
    if (!m) {
      problems.push(`line ${l.number}: "${l.text.trim().slice(0, 60)}" is not a "key: value" line; ignored.`);
      continue;
    }
    const key = m[1].toLowerCase();
    const value = unquote(m[2]);
    if (!(KEYS as readonly string[]).includes(key)) {
      problems.push(`line ${l.number}: unknown key "${m[1]}"; ignored. The keys are ${KEYS.join(', ')}.`);
      continue;
    }
    if (value === '') {
      problems.push(`line ${l.number}: "${key}:" has no value; ignored.`);
      continue;
    }
    const k = key as Key;
    const list = fields.get(k) ?? [];
    if (list.length > 0 && !REPEATABLE.has(k)) {
      problems.push(`line ${l.number}: a second "${key}:"; the first (line ${list[0].line}) is used.`);
      continue;
    }
    list.push({ value, line: l.number });
    fields.set(k, list);
  }
  return { fields, bodyStart, problems, present: true };
}

// ---------------------------------------------------------------------------
// Citations

/** The OpinionCite a scanned citation gives, when it is a reporter, database or docket citation. */
function citeOf(c: Citation, allowUnknownReporter: boolean): OpinionCite | undefined {
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

function addCite(list: OpinionCite[], c: OpinionCite): void {
  const k = opinionCiteKey(c);
  if (!list.some((x) => opinionCiteKey(x) === k)) list.push(c);
}

/** Reporter cites first, then database cites, then dockets: the order the canonical citation prefers. */
function primaryCite(cites: OpinionCite[]): OpinionCite | undefined {
  return cites.find((c) => c.kind === 'reporter') ?? cites.find((c) => c.kind === 'database') ?? cites.find((c) => c.kind === 'docket');
}

// ---------------------------------------------------------------------------
// Inference from the opinion's text

interface Inferred {
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
      right = t.slice(m.index + m[0].length).replace(DOCKET_IN_LINE, '').trim();
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
  FIRST: '1st Cir.', SECOND: '2d Cir.', THIRD: '3d Cir.', FOURTH: '4th Cir.', FIFTH: '5th Cir.', SIXTH: '6th Cir.',
  SEVENTH: '7th Cir.', EIGHTH: '8th Cir.', NINTH: '9th Cir.', TENTH: '10th Cir.', ELEVENTH: '11th Cir.',
  'DISTRICT OF COLUMBIA': 'D.C. Cir.', 'D.C.': 'D.C. Cir.', FEDERAL: 'Fed. Cir.',
};
const PLACES_LONGEST_FIRST = [...PLACES].sort((a, b) => b.name.length - a.name.length);

/** The court from the caption's court lines; federal courts only (state court names do not map to one abbreviation reliably). */
function courtFromLines(head: Line[]): string {
  const joined = head.map((l) => l.text.replace(/\u00a0/g, ' ').trim()).join(' ').toUpperCase();
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
  const s = raw.replace(/\u00a0/g, ' ').split(',')[0].replace(/[.;:\s]+$/, '').trim();
  if (s.length < 3 || s.length > 60 || !/^[A-Za-z][A-Za-z .'’-]*$/.test(s)) return undefined;
  return /[a-z]/.test(s) ? s : s.split(/\s+/).map((w) => citationCaseWord(w, true)).join(' ');
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

function inferFromText(text: string, bodyStart: number): Inferred {
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

// ---------------------------------------------------------------------------
// Assembling the metadata

/** Short, stable, non-cryptographic hash (FNV-1a, 32 bits) so two files with one caption get different ids. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function baseName(file: string): string {
  const b = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = b.lastIndexOf('.');
  return dot > 0 ? b.slice(0, dot) : b;
}

function canonicalCitation(caption: string, cites: OpinionCite[], court: string, date: string, year: number | undefined): string {
  const primary = primaryCite(cites);
  let body = '';
  const paren: string[] = [];
  if (primary?.kind === 'reporter') {
    body = primary.text;
    const ed = edition(primary.reporter);
    if (court && !(ed && reporterNamesCourt(ed, court))) paren.push(court);
    if (year) paren.push(String(year));
  } else {
    if (primary) body = primary.kind === 'docket' ? `No. ${primary.docket}` : primary.text;
    // Unreported decisions carry the exact date.
    if (court) paren.push(court);
    if (date) paren.push(citationDate(date));
    else if (year) paren.push(String(year));
  }
  const lead = caption && body ? `${caption}, ${body}` : caption || body;
  if (lead === '') return '';
  return paren.length > 0 ? `${lead} (${paren.join(' ')})` : lead;
}

function detectPagination(markers: PageMarker[]): Pagination {
  if (markers.some((m) => m.style === 'lexis')) return 'lexis';
  if (markers.some((m) => m.style === 'west')) return 'west';
  return 'slip';
}

/** Metadata for a writer's opinion file. `file` is its absolute path (goes into meta.texts[0].file). Never throws. */
export function parseOpinion(text: string, file: string): ParsedOpinion {
  try {
    return parse(text, file);
  } catch (e) {
    // A bug here must not lose the file: give it an empty record that still names it.
    const name = baseName(file);
    return {
      meta: {
        id: `${slug(name) || 'opinion'}-${shortHash(file)}`,
        caption: '',
        shortName: '',
        court: '',
        date: '',
        dockets: [],
        cites: [],
        citation: '',
        texts: [{ file, primary: true, pagination: 'slip' }],
      },
      bodyStart: 0,
      problems: [`could not read the metadata (${e instanceof Error ? e.message : String(e)}).`],
    };
  }
}

function parse(text: string, file: string): ParsedOpinion {
  const header = readHeader(text);
  const problems = [...header.problems];
  const { fields, bodyStart } = header;
  const one = (k: Key): Field | undefined => fields.get(k)?.[0];

  // Cites and dockets from the header.
  const headerCites: OpinionCite[] = [];
  for (const f of fields.get('cite') ?? []) {
    const found = analyzeText(f.value).citations.filter((c) => !c.nested);
    let any = false;
    for (const c of found) {
      const oc = citeOf(c, true);
      if (!oc) continue;
      any = true;
      if (c.kind === 'case' && c.reporter === null) {
        problems.push(`line ${f.line}: "${c.reporterAsWritten}" is not a reporter Pincite knows; the cite is kept, but citations in briefs may not match it.`);
      }
      addCite(headerCites, oc);
    }
    if (!any) problems.push(`line ${f.line}: "cite: ${f.value}" is not a reporter, database or docket citation Pincite can read (e.g. 401 U.S. 37, 2019 WL 4933517, No. 3:21-cv-107); ignored.`);
  }
  for (const f of fields.get('docket') ?? []) {
    const d = analyzeText(/^no\b/i.test(f.value) ? f.value : `No. ${f.value}`).citations.find((c) => c.kind === 'docket');
    if (d && d.kind === 'docket') addCite(headerCites, citeOf(d, true) as OpinionCite);
    else {
      // Dockets Pincite cannot normalise (`No. 2`) are kept as written.
      const bare = f.value.replace(/^(?:docket[ \t]+)?no\.?[ \t]*/i, '').trim();
      if (bare) addCite(headerCites, { kind: 'docket', docket: bare, text: `No. ${bare}` });
      else problems.push(`line ${f.line}: "docket: ${f.value}" has no docket number; ignored.`);
    }
  }

  const hasHeaderCites = headerCites.some((c) => c.kind !== 'docket');
  const needInference =
    !one('caption') || !hasHeaderCites || !one('court') || !one('date') || !one('judge');
  const inferred: Inferred = needInference ? inferFromText(text, bodyStart) : { caption: '', cites: [], court: '', date: '' };

  // Cites: the header's when it gives any reporter or database cite; else the text's, plus the header's dockets.
  const cites: OpinionCite[] = [];
  if (hasHeaderCites) for (const c of headerCites) addCite(cites, c);
  else {
    for (const c of inferred.cites) if (c.kind !== 'docket') addCite(cites, c);
    for (const c of headerCites) addCite(cites, c);
    for (const c of inferred.cites) if (c.kind === 'docket') addCite(cites, c);
  }
  const dockets: string[] = [];
  for (const c of cites) if (c.kind === 'docket' && !dockets.includes(c.docket)) dockets.push(c.docket);

  const caption = one('caption')?.value ?? inferred.caption;

  let court = inferred.court;
  const courtField = one('court');
  if (courtField) {
    const known = lookupCourt(courtField.value);
    court = known?.abbr ?? courtField.value;
    if (!known && !/^U\.\s?S\.$/.test(courtField.value)) {
      problems.push(`line ${courtField.line}: "${courtField.value}" is not a court abbreviation Pincite knows (e.g. D. Conn., 2d Cir., U.S.); kept as written.`);
    }
  }

  let date = inferred.date;
  let year = inferred.year;
  const dateField = one('date');
  if (dateField) {
    const iso = parseDateValue(dateField.value);
    if (iso) date = iso;
    else {
      const y = /\b(1[6-9]\d\d|2[01]\d\d)\b/.exec(dateField.value);
      if (y && !date) year = Number(y[1]);
      problems.push(
        `line ${dateField.line}: "${dateField.value}" is not a date; write the decision date as YYYY-MM-DD (e.g. 1971-02-23).` +
          (date ? ` Using ${date} from the text.` : ''),
      );
    }
  }
  if (date) year = Number(date.slice(0, 4));

  const primary = primaryCite(cites);
  const reporterCite = primary?.kind === 'reporter' ? primary : undefined;
  let firstPage = reporterCite?.page;
  let lastPage: number | undefined;

  // Pagination: the header's word, else what the markers show.
  const markers = normalize(text.slice(bodyStart)).pageMarkers;
  const detected = detectPagination(markers);
  let pagination: Pagination = detected;
  const pagField = one('pagination');
  if (pagField) {
    const v = pagField.value.toLowerCase();
    if (v === 'lexis' || v === 'west' || v === 'slip') {
      pagination = v;
      if (detected !== 'slip' && detected !== v) {
        problems.push(`line ${pagField.line}: "pagination: ${v}", but the text has ${detected === 'lexis' ? 'Lexis [*N]' : 'West *N'} page markers.`);
      }
    } else {
      problems.push(`line ${pagField.line}: pagination "${pagField.value}" is not lexis, west or slip; using "${detected}", detected from the text.`);
    }
  }

  const pagesField = one('pages');
  if (pagesField) {
    const m = /^(\d{1,6})(?:[ \t]*[-–—][ \t]*(\d{1,6}))?$/.exec(pagesField.value);
    if (!m) {
      problems.push(`line ${pagesField.line}: pages "${pagesField.value}" should be the first and last reporter pages, e.g. 37-54; ignored.`);
    } else {
      const first = Number(m[1]);
      let last = m[2] !== undefined ? Number(m[2]) : undefined;
      // `911-15` is the short way of writing 911-915.
      if (m[2] !== undefined && m[2].length < m[1].length) last = Number(m[1].slice(0, m[1].length - m[2].length) + m[2]);
      if (first === 0) problems.push(`line ${pagesField.line}: pages "${pagesField.value}" start at page 0; ignored.`);
      else if (last !== undefined && last < first) {
        problems.push(`line ${pagesField.line}: pages "${pagesField.value}" end before they begin (the last page must not be lower than the first); ignored.`);
      } else {
        firstPage = first;
        lastPage = last;
        if (!reporterCite) problems.push(`line ${pagesField.line}: pages are given, but there is no reporter cite for them to belong to.`);
        else if (reporterCite.page !== first) {
          problems.push(`line ${pagesField.line}: pages start at ${first}, but the reporter cite ${reporterCite.text} starts at page ${reporterCite.page}.`);
        }
      }
    }
  }
  if (!pagesField && firstPage !== undefined && pagination !== 'slip') {
    // The last star page of the text is the opinion's last page.
    const maxPage = markers.reduce((mx, pm) => Math.max(mx, pm.page), 0);
    if (maxPage >= firstPage) lastPage = maxPage;
  }

  const judge = one('judge')?.value ?? inferred.judge;
  const shortName = one('short')?.value ?? shortNameOf(caption);

  const where = `${header.present ? 'in the header block or ' : ''}before the opinion's first paragraph (at most ${HEAD_LINES} lines)`;
  if (!caption) problems.push(`No caption found ${where}; add "caption: Party v. Party" to a header block.`);
  if (cites.length === 0) {
    problems.push(`No citation found ${where}; add "cite:" (e.g. 158 F. Supp. 2d 214) or "docket:" to a header block, or citations in briefs cannot link to this opinion.`);
  }
  if (!court) problems.push(`No court found ${where}; add "court:" (e.g. D. Conn.) to a header block.`);
  if (!date && !dateField) problems.push(`No decision date found ${where} or in its closing lines; add "date: YYYY-MM-DD" to a header block.`);

  const meta: OpinionMeta = {
    id: `${slug(caption) || slug(baseName(file)) || 'opinion'}-${shortHash(file)}`,
    caption,
    shortName,
    court,
    date,
    dockets,
    cites,
    citation: canonicalCitation(caption, cites, court, date, year),
    texts: [
      {
        file,
        primary: true,
        pagination,
        source: header.present ? 'Opinion folder file with a header block' : 'Opinion folder file; metadata read from its text',
      },
    ],
  };
  if (judge) meta.judge = judge;
  if (firstPage !== undefined) meta.firstPage = firstPage;
  if (lastPage !== undefined) meta.lastPage = lastPage;
  return { meta, bodyStart, problems: inLineOrder(problems) };
}

/** Problems about header lines in line order, then the rest as found. */
function inLineOrder(problems: string[]): string[] {
  const lineOf = (p: string): number => {
    const m = /^line (\d+):/.exec(p);
    return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
  };
  return problems.map((p, i) => ({ p, i, l: lineOf(p) })).sort((a, b) => a.l - b.l || a.i - b.i).map((x) => x.p);
}
