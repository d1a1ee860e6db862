// The citation scanner: one pass over normalised text finds every citation,
// typed, with spans in the original text. It never throws on any input and
// does work linear in the text (every backward look is bounded by the end of
// the previous citation; every forward look by a fixed window).
//
// One global "trigger" expression finds the places a citation can start: a
// volume before a capitalised word, `Id.`, `supra`, `§`, `Const.`, a court-rule
// prefix, a record or docket marker. A parser for that kind then reads the
// citation at the trigger; if it fails, scanning resumes after the trigger.

import type { NormalizedText } from '../text/normalize';
import type {
  CaseCitation,
  CitationBase,
  CaseName,
  Citation,
  ConstitutionCitation,
  CrossReference,
  SourceCitation,
  DatabaseCitation,
  DocketCitation,
  IdCitation,
  IdParallel,
  Parenthetical,
  Pin,
  RecordCitation,
  RuleCitation,
  ScanNote,
  ShortCaseCitation,
  Span,
  StatuteCitation,
  SupraCitation,
} from '../types';
import { lookupReporter, type Edition } from '../data/reporters';
import { lookupCode, type Code } from '../data/codes';
import { lookupJournal, MAX_JOURNAL_WORDS } from '../data/journals';
import { at, isDigit, isUpper, isWordCh, skipWs, skipWsBack, tokenEnd, tokenStart } from './lex';
import { parsePin, parseSectionListItem, type RawPin } from './pins';
import { parseParentheticals, type RawParenthetical } from './parentheticals';
import { findCaseName, findSignal, type RawName } from './caseName';
import { HISTORY_PHRASES, SIGNALS } from './words';
import { isParallel } from './predicates';

/** Lower-case words that introduce a short form in prose (`as held in Fenton, …`), not the tail of a name. */
const PROSE_WORDS = new Set(['in', 'under', 'and', 'or', 'by', 'from', 'with', 'also', 'see', 'citing', 'quoting', 'accord', 'compare', 'than', 'like', 'unlike', 'per']);

/** Normalised-text positions of a citation, kept beside the public value. */
interface Located {
  c: Citation;
  ns: number;
  ne: number;
}

/**
 * The appellate record and the parties' papers as appellate courts cite them:
 * `Pet. App. 3a`, `App. to Pet. for Cert. 83a`, `J.A. 19`, `C.A. J.A. 19`,
 * `Br. in Opp. 23`, `Reply Br. at 5`, `Cert. Br. 23`, `Tr. of Oral Arg. 12`,
 * `ROA.123`. (A bare `App. 349` is matched separately: only where no
 * abbreviation stands before it, so `Cal. App.` stays a reporter.)
 */
const APPELLATE_RECORD =
  "(?:Pet\\.[ \\t\\n]?App\\.|App\\.[ \\t\\n]?to[ \\t\\n]?Pet\\.[ \\t\\n]?for[ \\t\\n]?Cert\\.|Pet\\.[ \\t\\n]?for[ \\t\\n]?Cert\\.|J\\.[ \\t]?A\\.|C\\.A\\.[ \\t\\n]?App\\.|ROA\\.?|Br\\.[ \\t\\n]?in[ \\t\\n]?Opp\\.|(?:Cert|Reply|Opening|Answering|Resp|Pet|Gov't|Gov\\u2019t|Supp|Suppl)\\.?[ \\t\\n]?Br\\.|Tr\\.[ \\t\\n]?of[ \\t\\n]?Oral[ \\t\\n]?Arg\\.)";

const TRIGGER = new RegExp(
  [
    // 1: a volume (or a placeholder) before a capitalised word, or the year of a
    // web citation (`2014-Ohio-1984`, `2022-NCSC-1`). The blanks after the volume
    // read one way only: `[ \t]*\n?[ \t]*` split a run of spaces every way, quadratic.
    '(?<![\\w.:/§\\u2010-\\u2014-])(\\d{1,5}|\\u2014|\\u2013|-{1,3}|_{2,}|\\[(?:vol|volume)\\])(?=[ \\t]*(?:\\n[ \\t]*)?[A-Z]|-(?:Ohio|NCSC|NCCOA|NMSC|NMCA|NMCERT)-\\d)',
    // 2: Id. / Ibid.
    '(\\b(?:Id|id|Ibid|ibid)\\b)',
    // 3: supra, and infra (which only a cross-reference uses)
    '(\\b(?:supra|infra)\\b)',
    // 4: section sign
    '(§)',
    // 5: constitution
    '(\\bConst\\b)',
    // 6: court rules
    '(\\b(?:Fed\\.?\\s?R\\.|F\\.\\s?R\\.\\s?(?:C|A|E|Cr)\\.|FRCP|FRAP|FRE\\b|FRCrP|Sup\\.\\s?Ct\\.\\s?R\\.|D\\.\\s?Conn\\.\\s?L\\.\\s?(?:Civ|Cr)))',
    // 7: record cites: docket entries, the complaint, and the appendix, joint
    // appendix, briefs and transcript that appellate filings cite by page
    '(\\b(?:Doc|Dkt|DKT|ECF)\\b|\\b(?:(?:First|Second|Third|Fourth) )?(?:Am(?:ended|\\.) )?(?:Compl(?:aint|\\.)|COMPL\\.)(?=\\s?(?:¶|at\\b|\\(|\\[))|' +
      '\\b(?:C\\.A\\. )?' + APPELLATE_RECORD + '(?=[ \\t]?(?:at[ \\t])?\\d)|(?<![A-Z][\\w\\u0027\\u2019]{0,12}\\.[ \\t]|\\w[ \\t]|\\w)App\\.(?=[ \\t]?(?:at[ \\t])?\\d)(?![ \\t]?\\d{1,2}(?:d|st|nd|rd|th)\\b))',
    // 8 (before the dockets, which would otherwise meet its `No.`): numbered
    // legislative documents, `H.R. Rep. No. 95-595`, `Pub. L. No. 90-351`
    '(\\b(?:H\\.[ \\t]?R\\.|S\\.)[ \\t]?(?:Conf\\.[ \\t]?)?(?:Rep|Doc)\\.[ \\t]?No\\.[ \\t]?(?=\\d)|\\b(?:Pub|Priv)\\.[ \\t]?L\\.[ \\t]?No\\.[ \\t]?(?=\\d)|\\b[SHA]\\.[ \\t]?B\\.[ \\t]?(?:No\\.[ \\t]?)?(?=\\d))',
    // 9: docket numbers
    '(\\b(?:Civil Action |CIVIL ACTION |Civ\\. (?:A\\. )?|Case |Docket )?(?:No|NO|Nos|NOS)\\.\\s?(?=\\d)|(?<![\\w:.-])\\d{1,2}[:-]\\d{2}-?(?:cv|CV|cr|CR|mc|MC)-?\\d)',
  ].join('|'),
  'g',
);

const TRIGGERS: RegExp[] = [];
/** A web (public-domain) citation written with hyphens: `2014-Ohio-1984`, `2022-NCSC-1`, `2009-NMSC-012`. */
const WEB_CITE = /(\d{4})-(Ohio|NCSC|NCCOA|NMSC|NMCA|NMCERT)-(\d{1,6})(?![\w-])/y;

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
/** What a cross-reference within the filing points to: `p. 13`, `pp. 9–11`, `n. 3`, `note 5`, `Part II.A`. */
const CROSS_TARGET =
  /(?:^|[\s(])((?:nn?|notes?|footnotes?|pp?|pages?|[Pp]arts?|[Pp]oints?|[Ss]ections?|§§?|Argument)\.?[ \t]?(?:[\dIVXivx][\w.]*(?:[ \t]?(?:-|\u2013|and|&|,)[ \t]?[\dIVX][\w.]*)*))[,]?[ \t]*$/;
const APPELLATE_RECORD_AT = new RegExp(`(?:C\\.A\\. )?(?:${APPELLATE_RECORD}|App\\.)`, 'y');
/** A record page: `349`, `3a`, `1a-9a`, `236–245`. */
const RECORD_PAGE = /(\d{1,5}[a-z]{0,2})(?:[ \t]?[-\u2013][ \t]?(\d{1,5}[a-z]{0,2}))?(?![\w])/y;

type BaseFields = ReturnType<Scanner['base']>;

/**
 * Completes a base citation in place. Building on the one object (instead of
 * `{ ...base, … }`) keeps V8's fast object layout: spreads that then overwrite
 * `kind` pushed every citation into slow dictionary mode and made scanning and
 * resolution several times slower.
 */
function make<T extends Citation>(b: BaseFields, rest: Omit<T, keyof BaseFields> & { kind: T['kind'] }): T {
  return Object.assign(b, rest) as unknown as T;
}

const VOLUME = /\d{1,5}|\u2014|\u2013|-{1,3}|_{2,}|\[(?:vol|volume|page|pin|_+)\]/y;
/** Drafting placeholders where a volume or page is not yet known: `— U.S. —`, `___`, `[vol]`. */
const PLACEHOLDER = /^(?:\u2014|\u2013|-{1,3}|_{2,}|\[(?:vol|volume|page|pin|_+)\])$/;
const NOMINATIVE = /\(\d{1,3} [A-Z][A-Za-z.']{1,12}(?: [A-Z][A-Za-z.']{1,12})?\)/y;
const BRACKET_PLACEHOLDER = /\[(?:page|pin|_+)\]/y;
const PAGE_TOKEN = /^(?:\d{1,8}|\u2014|\u2013|-{1,3}|_{2,})$/;
const MAX_REPORTER_TOKENS = 6;
/** Words that look like abbreviations but never name a reporter. */
const NOT_REPORTERS = new Set([
  'Sec.', 'No.', 'Nos.', 'Doc.', 'Dkt.', 'Ex.', 'Exh.', 'Exs.', 'Art.', 'Amend.', 'Vol.', 'Pt.', 'Ch.', 'Stat.', 'Pub.',
  'L.', 'Cong.', 'Sess.', 'Reg.', 'Fed.', 'Tit.', 'Tr.', 'Para.', 'App.', 'Supp.', 'Ed.', 'Rev.', 'Cir.', 'Cl.', 'Jan.',
  'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'Mr.', 'Ms.', 'Dr.', 'P.M.', 'A.M.', 'U.S.',
  'Id.', 'Ibid.', 'Rep.', 'Doc.', 'Conf.',
]);

const DOCKET_NUMBER =
  /(?:\d{1,2}[:-]\d{2}[- ]?(?:cv|CV|cr|CR|mc|MC|md|MD|bk|BK)[- ]?[\dl]{1,6}(?:-[A-Z]{2,4}(?![a-z]))*(?:\s?\([A-Z]{2,5}\))?|\d{2,4}-\d{1,6}(?:-[a-z]{2})?(?![\w-])|[A-Z]{2,4}-?(?:CV)?\d{2}-\d{4,8}(?:-[A-Z])?)/y;

interface Segment {
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
  /** True when the segment continues with `at` (a short form). */
  short: boolean;
  pageS: number;
  pageE: number;
  page: string;
  /** Position after the page (or after `at`). */
  end: number;
}

export function scanCitations(n: NormalizedText): Citation[] {
  const s = new Scanner(n);
  try {
    s.scanRange(0, n.text.length, undefined, 0);
  } catch {
    // The scanner is written not to throw; if it ever does, keep what was found.
  }
  return s.finish();
}

class Scanner {
  private readonly t: string;
  private readonly found: Located[] = [];
  /** End of the last top-level citation: names never reach back past it. */
  private floor = 0;
  private pendingHistory: { of: number; phrase: string; at: number } | undefined;

  constructor(private readonly n: NormalizedText) {
    this.t = n.text;
  }

  finish(): Citation[] {
    const found = this.found;
    // Citations are found in text order except where a later parse reaches back
    // (rare); provisional indices are positions in `found`, so only a reorder
    // needs the remapping pass.
    let sorted = true;
    for (let k = 1; k < found.length; k++) {
      if (found[k - 1].ns > found[k].ns || (found[k - 1].ns === found[k].ns && found[k - 1].ne > found[k].ne)) {
        sorted = false;
        break;
      }
    }
    const out = new Array<Citation>(found.length);
    if (sorted) {
      for (let k = 0; k < found.length; k++) out[k] = found[k].c;
      return out;
    }
    const order = found.map((_, k) => k).sort((a, b) => found[a].ns - found[b].ns || found[a].ne - found[b].ne);
    const oldToNew = new Array<number>(found.length);
    order.forEach((old, k) => (oldToNew[old] = k));
    const remap = (v: number | undefined) => (v === undefined ? undefined : oldToNew[v]);
    order.forEach((old, k) => {
      const c = found[old].c;
      c.index = k;
      if (c.nestedIn !== undefined) c.nestedIn = remap(c.nestedIn);
      if (c.historyOf !== undefined) c.historyOf = remap(c.historyOf);
      if (isParallel(c)) c.parallelOf = oldToNew[c.parallelOf];
      if ('parallels' in c) c.parallels = c.parallels.map((p) => oldToNew[p]);
      out[k] = c;
    });
    return out;
  }

  // ---- spans ----

  private span(ns: number, ne: number): Span {
    const start = this.n.map.start(ns);
    // Text read out of order (a footnote block moved after its sentence) never yields a span that ends before it starts.
    return { start, end: Math.max(start, this.n.map.end(ne)) };
  }
  private origText(ns: number, ne: number): string {
    const sp = this.span(ns, ne);
    return this.n.original.slice(sp.start, sp.end);
  }

  // ---- main loop ----

  scanRange(from: number, to: number, nestedIn: number | undefined, depth: number): void {
    const t = this.t;
    // One compiled trigger per nesting depth: each level keeps its own lastIndex,
    // and compiling the expression anew for every parenthetical would dominate the scan.
    const re = TRIGGERS[depth] ?? (TRIGGERS[depth] = new RegExp(TRIGGER.source, 'g'));
    re.lastIndex = from;
    const savedFloor = this.floor;
    if (nestedIn !== undefined) this.floor = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t)) && m.index < to) {
      const i = m.index;
      this.floorAtBarrier(i);
      let end: number | null = null;
      if (m[1] !== undefined) end = this.trySource(i, to, nestedIn) ?? this.tryCase(i, to, nestedIn, depth) ?? this.tryTitledCode(i, to, nestedIn);
      else if (m[2] !== undefined) end = this.tryId(i, to, nestedIn, depth);
      else if (m[3] !== undefined) end = this.trySupra(i, to, nestedIn);
      else if (m[4] !== undefined) end = this.trySection(i, to, nestedIn);
      else if (m[5] !== undefined) end = this.tryConstitution(i, to, nestedIn);
      else if (m[6] !== undefined) end = this.tryRule(i, to, nestedIn);
      else if (m[7] !== undefined) end = this.tryRecord(i, to, nestedIn, depth);
      else if (m[8] !== undefined) end = this.tryNumberedSource(i, to, nestedIn);
      else if (m[9] !== undefined) end = this.tryDocket(i, to, nestedIn, depth);
      if (end !== null && end > i) {
        re.lastIndex = end;
        if (nestedIn === undefined) this.floor = end;
        else this.floor = Math.max(this.floor, end);
      } else {
        re.lastIndex = i + Math.max(1, m[0].length);
      }
    }
    this.floor = nestedIn !== undefined ? savedFloor : this.floor;
  }

  /** Whether the text just before a name carries on a case name: `v.`, a closing bracket, or a lower-case word that is not a signal. */
  private nameContinuesBack(nameStart: number): boolean {
    const t = this.t;
    const e = skipWsBack(t, nameStart, Math.max(0, nameStart - 40));
    const s = tokenStart(t, e, Math.max(0, e - 30));
    const tok = t.slice(s, e);
    if (tok === '' || /[.:;!?]$/.test(tok) && !/^vs?\.$/.test(tok)) return false;
    if (/^vs?\.$/.test(tok) || tok.endsWith(')')) return true;
    return /^[a-z]/.test(tok) && !SIGNALS.includes(tok.replace(/,$/, '').toLowerCase()) && !PROSE_WORDS.has(tok.replace(/,$/, '').toLowerCase());
  }

  /** Whether a full citation earlier in the text names the same volume of the same reporter at or below this page. */
  private citedBefore(seg: Segment): boolean {
    const page = Number(seg.page);
    const key = (seg.edition?.abbr ?? seg.reporterAsWritten.replace(/\s+/g, '')) + ' ' + seg.volume;
    for (let k = this.found.length - 1, n = 0; k >= 0 && n < 2000; k--, n++) {
      const c = this.found[k].c;
      if (c.kind !== 'case') continue;
      if ((c.reporter ?? c.reporterAsWritten.replace(/\s+/g, '')) + ' ' + c.volume !== key) continue;
      if (!Number.isFinite(page) || Number(c.page) <= page) return true;
    }
    return false;
  }

  /** A table entry starts a fresh reading: nothing before it belongs to a citation at `i`. */
  private floorAtBarrier(i: number): void {
    const b = this.n.barriers;
    if (b.length === 0 || b[0] > i) return;
    let lo = 0;
    let hi = b.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (b[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    if (b[lo] > this.floor) this.floor = b[lo];
  }

  private add<T extends Citation>(c: T, ns: number, ne: number): T {
    c.index = this.found.length; // provisional: finish() renumbers if text order differs
    this.found.push({ c, ns, ne });
    return c;
  }

  base(kind: Citation['kind'], ns: number, ne: number, nestedIn: number | undefined) {
    // Every field present from the start, so all citations share one object layout.
    const b: CitationBase = {
      index: 0,
      kind,
      text: this.origText(ns, ne),
      span: this.span(ns, ne),
      signal: undefined,
      sentence: 0,
      nested: nestedIn !== undefined,
      nestedIn,
      historyOf: undefined,
      historyPhrase: undefined,
      parentheticals: [],
      notes: [],
      authority: undefined,
      antecedent: undefined,
      resolution: undefined,
      resolutionReason: undefined,
      candidate: undefined,
    };
    return b;
  }

  private pin(p: RawPin, joiner: Pin['joiner']): Pin {
    const pin: Pin = { text: p.text, span: this.span(p.start, p.end), kind: p.kind, joiner };
    if (p.from !== undefined) pin.from = p.from;
    if (p.to !== undefined) pin.to = p.to;
    if (p.footnote !== undefined) pin.footnote = p.footnote;
    return pin;
  }

  private parens(raw: RawParenthetical[]): Parenthetical[] {
    return raw.map((p) => {
      const out: Parenthetical = {
        text: this.origText(p.start, p.end),
        span: this.span(p.start, p.end),
        kind: p.kind,
        closed: p.closed,
      };
      if (p.court !== undefined) out.court = p.court;
      if (p.courtStart !== undefined && p.courtEnd !== undefined) out.courtSpan = this.span(p.courtStart, p.courtEnd);
      if (p.year !== undefined) out.year = p.year;
      if (p.date !== undefined) out.date = p.date;
      return out;
    });
  }

  /** Scans inside parentheticals for nested citations (`(quoting …)` and the like). */
  private scanInside(raw: RawParenthetical[], owner: number, depth: number): void {
    if (depth >= 4) return;
    for (const p of raw) {
      if (p.kind === 'courtDate' || p.kind === 'weight' || p.kind === 'quotationNote') continue;
      const inner = this.t.slice(p.innerStart, p.innerEnd).trim();
      if (at(DOCKET_NUMBER, inner, 0)?.[0].length === inner.length) continue;
      this.scanRange(p.innerStart, p.innerEnd, owner, depth + 1);
    }
  }

  /** Notes and links subsequent history (`, aff'd, 434 F. App'x 32`) after a citation ending at `j`. */
  private history(j: number, owner: number): void {
    const t = this.t;
    if (t[j] !== ',') return;
    const k = skipWs(t, j + 1);
    const m = HISTORY_PHRASES.exec(t.slice(k, k + 60));
    if (!m) return;
    let e = k + m[0].length;
    if (t[e] === ',') e++;
    this.pendingHistory = { of: owner, phrase: t.slice(k, e).trim(), at: skipWs(t, e) };
  }

  private linkHistory(c: Citation, startNs: number): void {
    const h = this.pendingHistory;
    if (!h) return;
    this.pendingHistory = undefined;
    if (startNs <= h.at + 1 && startNs >= h.at - 1) {
      c.historyOf = h.of;
      c.historyPhrase = h.phrase;
    }
  }

  // ---- reporter segments ----

  /** Reads `volume reporter page` or `volume reporter at` at `i`. */
  private segmentAt(i: number, limit: number): Segment | null {
    const t = this.t;
    const web = at(WEB_CITE, t, i);
    if (web) {
      // `2014-Ohio-1984`: year, court, number, joined by hyphens.
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
    const vm = at(VOLUME, t, i);
    if (!vm) return null;
    const volE = i + vm[0].length;
    if (isWordCh(t.charCodeAt(volE))) return null;
    let j = skipWs(t, volE, limit);
    if (j === volE) return null;
    const repS = j;
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
        return null;
      }
      j = skipWs(t, e, limit);
      if (j === e) return null;
    }
    if (!page || tokens === 0) return null;
    const reporterAsWritten = t.slice(repS, repE);
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
      if (!this.looksLikeReporter(reporterAsWritten)) return null;
      // `4 S.B. 5761, 67th Leg.`: a footnote number before a bill, which the bill trigger reads.
      if (/^(?:[SHA]\.\s?B\.|H\.\s?R\.)$/.test(reporterAsWritten)) return null;
      // `the 2024 Resolution. 12`: a year, a word ending a sentence and a footnote call.
      if (/^(?:1[6-9]|20)\d\d$/.test(vm[0]) && /^[A-Z][a-z]{5,}\.$/.test(reporterAsWritten)) return null;
    }
    const volume = vm[0];
    if (PLACEHOLDER.test(volume) && page.text === '' && !short) return null;
    // A placeholder stands for the volume of a reporter Pincite knows (`— U.S. —`,
    // `__ F. Supp. 2d __`); before anything else a dash is prose: `Incident No. 15 — Approx. 1988`.
    if (PLACEHOLDER.test(volume) && !match) return null;
    // `No. 27 — Mar. 2, 1994`, `No. 61 — Mar. 10. 2003`: a month and a day, not a reporter and a page.
    if (/^(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/.test(reporterAsWritten) && /^\d{1,2}$/.test(page.text) && /^[.,]?\s?(?:1[6-9]|20)\d\d/.test(t.slice(page.e, page.e + 7))) return null;
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
      corrupted,
      commaAt,
      short,
      pageS: page.s,
      pageE: page.e,
      page: page.text,
      end: short ? page.e : page.e,
    };
  }

  /** An unknown reporter must look like one: abbreviations, ordinals, short capitals. */
  private looksLikeReporter(s: string): boolean {
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

  /** Reads pins after a first page (`, 43`, `, 43-44`, `, at *3`, ` at 293`). */
  private pinsAfter(j: number, limit: number, notes: ScanNote[], lead?: RawPin): { pins: RawPin[]; joiners: Pin['joiner'][]; end: number } {
    const t = this.t;
    const pins: RawPin[] = [];
    const joiners: Pin['joiner'][] = [];
    let end = j;
    for (let guard = 0; guard < 20; guard++) {
      let k = end;
      let joiner: Pin['joiner'];
      // A footnote of the last pin: `977, and n. 12`, `65 & n.4`, `1221  n.14` (justified typescript).
      const fn = pins.length > 0 ? /^(?:,?[ \t]*(?:&|and)[ \t]*|[ \t]{2,})nn?\.[ \t]?(\d{1,3}(?:[ \t]?[-\u2013][ \t]?\d{1,3})?)(?![\d\w])/.exec(t.slice(k, k + 24)) : null;
      if (fn) {
        const last = pins[pins.length - 1];
        last.footnote = fn[1];
        last.end = k + fn[0].length;
        last.text = t.slice(last.start, last.end);
        end = last.end;
        continue;
      }
      if (t[k] === ',') {
        k = skipWs(t, k + 1, limit);
        joiner = 'comma';
        if (this.segmentAt(k, limit)) break; // a parallel citation, not a pin
        if (t.startsWith('at ', k) || t.startsWith('at\n', k) || t.startsWith('at*', k)) {
          k = skipWs(t, k + 2, limit);
          joiner = 'at';
        } else if (t[k] === '@') {
          // `@ *3`: a stray at-sign for "at" (CITE075 rewrites it).
          k = skipWs(t, k + 1, limit);
          joiner = 'at';
        }
      } else if (pins.length === 0 && /^[ \t]+at[ \t]+\d/.test(t.slice(k, k + 12))) {
        k = skipWs(t, skipWs(t, k, limit) + 2, limit);
        joiner = 'at';
        notes.push({ code: 'pinWithAt', span: this.span(end, k) });
      } else if (pins.length > 0 && /^[ \t]?&[ \t]?\d/.test(t.slice(k, k + 4))) {
        // `57, 65 & 67`: another page joined with an ampersand.
        k = skipWs(t, t.indexOf('&', k) + 1, limit);
        joiner = 'comma';
      } else break;
      const prev = pins.length > 0 ? pins[pins.length - 1] : lead;
      const p = prev?.kind === 'section' && /^\d/.test(t.slice(k, k + 1)) ? parseSectionListItem(t, k) : parsePin(t, k);
      if (!p || p.end > limit) break;
      // `, 1997` followed by a reporter, or a pin running into a word, is not a pin,
      // nor the year of a web citation (`, 2002-Ohio-5315`).
      if (isWordCh(t.charCodeAt(p.end)) && t[p.end] !== 'n') break;
      if (at(WEB_CITE, t, p.start)) break;
      // `, 1 Trial of the Major War Criminals 253`: the volume of a further publication, not a pin.
      if (joiner === 'comma' && p.kind === 'page' && p.footnote === undefined && /^[ \t]+[A-Z][a-z]{2,}[ \t]/.test(t.slice(p.end, p.end + 16))) break;
      pins.push(p);
      joiners.push(joiner);
      end = p.end;
    }
    return { pins, joiners, end };
  }

  /** Finds the case name, docket and signal before a citation whose first segment starts at `volS`. */
  private nameBefore(volS: number, requireVersusWithoutComma: boolean) {
    const t = this.t;
    const floor = this.floor;
    let e = skipWsBack(t, volS, floor);
    // Ohio's slip-opinion form puts its designation before the web citation:
    // `CitiMortgage, Inc. v. Roznowski, Slip Opinion No. 2014-Ohio-1984`.
    const slip = /,\s*Slip\s+Op(?:inion|\.)\s+No\.$/.exec(t.slice(Math.max(floor, e - 30), e));
    if (slip) e = e - slip[0].length + 1;
    let name: RawName | undefined;
    let docket: { s: number; e: number; text: string } | undefined;
    let missingComma = false;
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

  /** Whether the reading order jumps (a moved footnote block) strictly inside `[s, e)`. */
  private crossesJump(s: number, e: number): boolean {
    const j = this.n.jumps;
    let lo = 0;
    let hi = j.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (j[mid] <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < j.length && j[lo] < e;
  }

  private caseName(raw: RawName): CaseName {
    const n: CaseName = { text: this.origTextClean(raw.start, raw.end), span: this.span(raw.start, raw.end) };
    if (this.crossesJump(raw.start, raw.end) || this.n.original.slice(n.span.start, n.span.end).includes('\f')) n.laidOut = true;
    if (raw.plaintiff !== undefined) n.plaintiff = raw.plaintiff;
    if (raw.defendant !== undefined) n.defendant = raw.defendant;
    if (raw.procedural !== undefined) n.procedural = raw.procedural;
    if (raw.versus !== undefined) n.versus = raw.versus;
    return n;
  }

  /** Normalised text with line breaks collapsed: what a reader sees. */
  private origTextClean(ns: number, ne: number): string {
    const s = this.t.slice(ns, ne);
    return /\s\s|[\n\t]/.test(s) ? s.replace(/\s+/g, ' ') : s;
  }

  // ---- case citations (full, short, parallel, database) ----

  private tryCase(i: number, limit: number, nestedIn: number | undefined, depth: number): number | null {
    const t = this.t;
    const seg = this.segmentAt(i, limit);
    if (!seg) return null;
    const { name, docket, signal, missingComma } = this.nameBefore(i, true);
    const startNs = name ? name.start : i;
    const notes: ScanNote[] = [];
    if (missingComma && name) notes.push({ code: 'missingNameComma', span: this.span(name.end, i) });

    // Lead segment and its pins.
    const segs: Array<{ seg: Segment; pins: RawPin[]; joiners: Pin['joiner'][]; notes: ScanNote[]; end: number }> = [];
    const readPins = (sg: Segment) => {
      const segNotes: ScanNote[] = [];
      if (sg.short) {
        const k = skipWs(t, sg.end, limit);
        const first = parsePin(t, k);
        if (!first) return { pins: [] as RawPin[], joiners: [] as Pin['joiner'][], notes: segNotes, end: sg.end };
        const rest = this.pinsAfter(first.end, limit, segNotes);
        return { pins: [first, ...rest.pins], joiners: ['at' as const, ...rest.joiners], notes: segNotes, end: rest.end };
      }
      const r = this.pinsAfter(sg.pageE, limit, segNotes);
      return { pins: r.pins, joiners: r.joiners, notes: segNotes, end: r.end };
    };
    let r = readPins(seg);
    segs.push({ seg, ...r });
    let j = r.end;
    // Parallel segments: `, 91 S. Ct. 746, 750`.
    while (segs.length < 6 && t[j] === ',') {
      const k = skipWs(t, j + 1, limit);
      const next = this.segmentAt(k, limit);
      if (!next) break;
      r = readPins(next);
      segs.push({ seg: next, ...r });
      j = r.end;
    }
    // Georgia cites the division of an opinion after its first page:
    // `297 Ga. 47 (3) (771 SE2d 879) (2015)`, `17 F3d 538 (II) (B) (2nd Cir. 1994)`.
    // The division is part of the citation, before its parallels and date.
    for (let n = 0; n < 3; n++) {
      const dm = at(/[ \t]*\n?[ \t]*\((?:\d{1,2}|[IVX]{1,5}|[a-hA-H])\)(?=\s*\()/y, t, j);
      if (!dm) break;
      j += dm[0].length;
    }
    // Georgia prints the parallels in brackets: `331 Ga. App. 191 (770 SE2d 279) (2015)`,
    // `469 U.S. 57 (105 SCt 471, 83 LE2d 461) (1984)`; West in square brackets:
    // `518 U.S. 343, 351 [116 S. Ct. 2174, 135 L. Ed. 2d 606] (1996)`.
    const open = skipWs(t, j, limit);
    const close = t[open] === '[' ? ']' : ')';
    if ((t[open] === '(' || t[open] === '[') && /^[([]\d{1,5}\s/.test(t.slice(open, open + 8))) {
      const inner: typeof segs = [];
      let k = open + 1;
      for (;;) {
        const next = this.segmentAt(k, limit);
        if (!next || inner.length + segs.length >= 6) break;
        const rr = readPins(next);
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
    const rawParens = parseParentheticals(t, j, true);
    const endNs = rawParens.length ? rawParens[rawParens.length - 1].end : j;
    const courtDate = rawParens.find((p) => p.kind === 'courtDate');
    for (const p of rawParens) {
      if (!p.closed) notes.push({ code: 'unclosedParenthetical', span: this.span(p.start, p.end) });
      if (p.doubled) notes.push({ code: 'unclosedParenthetical', span: this.span(p.doubled.start, p.doubled.end), detail: 'doubled' });
    }
    let dockets: string | undefined = docket ? docket.text : undefined;
    for (const p of rawParens) {
      const inner = t.slice(p.innerStart, p.innerEnd).trim();
      const dm = at(DOCKET_NUMBER, inner, 0);
      if (dm && dm[0].length === inner.length && !dockets) dockets = inner;
    }

    // One short segment makes the whole group a short form (`Saucier, 150 L. Ed. 2d 272, 121 S. Ct. at 2156`).
    // `Fenton, 233 N.E.2d 219`: a one-party name, a first page and no parenthetical
    // is a short form missing its `at`, not a full citation.
    // A public-domain citation needs no parenthetical, and its short form
    // repeats it with a paragraph (`Pollard, 2016 IL App (5th) 130514, ¶ 26`).
    const neutral = segs.some((x) => x.seg.web || x.seg.edition?.citeType === 'neutral');
    // A one-party name before a first page is a short form missing its `at`
    // (`Fenton, 233 N.E.2d 219`), unless the words before the name show it is
    // the tail of a full name that could not be read whole (`Rosenberger v.
    // Rector and Visi\ntors of Univ. of Va., 515 U. S. 819, 829`) and no case
    // was cited before in that volume.
    const bareShort =
      !!name &&
      !name.versus &&
      !name.procedural &&
      !courtDate &&
      !docket &&
      !neutral &&
      !isDbEdition(seg) &&
      seg.page !== '' &&
      !PLACEHOLDER.test(seg.page) &&
      (this.citedBefore(seg) || !this.nameContinuesBack(name.start));
    const leadIsShort = bareShort || segs.some((x) => x.seg.short);
    const created: Citation[] = [];
    segs.forEach((sg, k) => {
      const isLead = k === 0;
      const segStart = isLead ? startNs : sg.seg.volS;
      const segEnd = isLead && segs.length === 1 ? endNs : sg.end;
      const b = this.base('case', segStart, isLead ? endNs : segEnd, nestedIn);
      if (isLead && signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
      if (isLead) {
        b.parentheticals = this.parens(rawParens);
        b.notes = [...notes, ...sg.notes];
      } else {
        b.notes = sg.notes;
      }
      const s2 = sg.seg;
      if (s2.corrupted) b.notes.push({ code: 'corruptedReporter', span: this.span(s2.repS, s2.repE) });
      if (s2.commaAt) b.notes.push({ code: 'shortCommaBeforeAt', span: this.span(s2.repE, s2.repE + 1) });
      if (!s2.edition) b.notes.push({ code: 'unknownReporter', span: this.span(s2.repS, s2.repE) });
      if (s2.ambiguous) b.notes.push({ code: 'ambiguousReporter', span: this.span(s2.repS, s2.repE) });
      if (PLACEHOLDER.test(s2.volume)) b.notes.push({ code: 'placeholderVolume', span: this.span(s2.volS, s2.volE) });
      if (s2.page && PLACEHOLDER.test(s2.page)) b.notes.push({ code: 'placeholderPage', span: this.span(s2.pageS, s2.pageE) });
      const pins = sg.pins.map((p, q) => this.pin(p, sg.joiners[q] ?? 'comma'));
      const isDb = s2.edition?.courts === 'database';
      const common = {
        volumeSpan: this.span(s2.volS, s2.volE),
        reporter: s2.edition ? s2.edition.abbr : null,
        reporterAsWritten: this.origTextClean(s2.repS, s2.repE),
        reporterSpan: this.span(s2.repS, s2.repE),
      };
      let c: Citation;
      if (isDb && !s2.short) {
        const db = make<DatabaseCitation>(b, {
          kind: 'database',
          year: s2.volume,
          database: common.reporter ?? common.reporterAsWritten,
          databaseAsWritten: common.reporterAsWritten,
          number: s2.page,
          pins,
          parallels: [],
        });
        if (isLead && name) db.caseName = this.caseName(name);
        if (dockets && (isLead || k > 0)) db.docket = dockets;
        if (courtDate?.court) db.court = courtDate.court;
        if (courtDate?.year) db.decisionYear = courtDate.year;
        if (courtDate?.date) db.date = courtDate.date;
        if (pins.some((p) => p.kind === 'star' && p.joiner === 'comma')) {
          db.notes.push({ code: 'starPinWithoutAt', span: pins.find((p) => p.kind === 'star')!.span });
        }
        c = db;
      } else if (s2.short || leadIsShort) {
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
        if (isLead && name) sc.caseName = this.caseName(name);
        c = sc;
      } else {
        const cc = make<CaseCitation>(b, {
          kind: 'case',
          volume: s2.volume,
          ...common,
          page: s2.page,
          pageSpan: this.span(s2.pageS, s2.pageE),
          pins,
          parallels: [],
        });
        if (isLead && name) cc.caseName = this.caseName(name);
        if (courtDate?.court) cc.court = courtDate.court;
        if (courtDate?.year) cc.year = courtDate.year;
        if (courtDate?.date) cc.date = courtDate.date;
        if (dockets) cc.docket = dockets;
        // A public-domain citation carries its year (and names its court): `2018 IL 122008`.
        const neutral = segs.some((x) => (x.seg.web || x.seg.edition?.citeType === 'neutral') && /^(?:1[89]|20)\d\d$/.test(x.seg.volume));
        if (neutral && cc.year === undefined) {
          const n = segs.find((x) => x.seg.web || x.seg.edition?.citeType === 'neutral')!;
          cc.year = Number(n.seg.volume);
        }
        if (isLead && !courtDate && !s2.short && !neutral) {
          cc.notes.push({ code: 'missingCourtDate', span: this.span(s2.pageS, s2.pageE) });
        } else if (isLead && courtDate && courtDate.year === undefined) {
          cc.notes.push({ code: 'missingYear', span: this.span(courtDate.start, courtDate.end) });
        }
        c = cc;
      }
      created.push(this.add(c, segStart, isLead ? endNs : segEnd));
    });
    const lead = created[0];
    this.linkHistory(lead, startNs);
    for (let k = 1; k < created.length; k++) {
      const p = created[k] as CaseCitation | ShortCaseCitation | DatabaseCitation;
      p.parallelOf = lead.index;
      (lead as CaseCitation).parallels.push(p.index);
    }
    this.scanInside(rawParens, lead.index, depth);
    this.history(endNs, lead.index);
    return endNs;
  }

  // ---- Id. ----

  private tryId(i: number, limit: number, nestedIn: number | undefined, depth: number): number | null {
    const t = this.t;
    const m = at(/(?:Id|id|Ibid|ibid)(\.?)/y, t, i);
    if (!m) return null;
    let j = i + m[0].length;
    const notes: ScanNote[] = [];
    if (!m[1]) {
      // Without a period, accept only where a citation clearly continues or ends.
      if (!/^(?:[;,)]|\s+at\b|\s*\(|\s*$|\s*\n)/.test(t.slice(j, j + 6))) return null;
      notes.push({ code: 'idWithoutPeriod', span: this.span(i, j) });
    }
    const pins: RawPin[] = [];
    const joiners: Pin['joiner'][] = [];
    const am = at(/(,?)[ \t]*(?:\n[ \t]*)?at[ \t]*(?:\n[ \t]*)?/y, t, j);
    if (am && am[0].trim() !== ',' && /at/.test(am[0])) {
      if (am[1]) notes.push({ code: 'idCommaBeforeAt', span: this.span(j, j + am[0].length) });
      const p = parsePin(t, j + am[0].length);
      if (p) {
        pins.push(p);
        joiners.push('at');
        const rest = this.pinsAfter(p.end, limit, notes, p);
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
          const rest = this.pinsAfter(p.end, limit, notes, p);
          pins.push(...rest.pins);
          joiners.push(...rest.joiners);
          j = rest.end;
        }
      }
    }
    // Parallel segments written after an Id. pin: `Id. at 694, 98 S. Ct. 2018`.
    const parallelSegments: Array<{ seg: Segment; pins: RawPin[] }> = [];
    while (pins.length > 0 && t[j] === ',' && parallelSegments.length < 4) {
      const k = skipWs(t, j + 1, limit);
      const seg = this.segmentAt(k, limit);
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
    const rawParens = parseParentheticals(t, j, false);
    const endNs = rawParens.length ? rawParens[rawParens.length - 1].end : j;
    const b = this.base('id', i, endNs, nestedIn);
    const signal = findSignal(t, i, this.floor);
    if (signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
    b.notes = notes;
    b.parentheticals = this.parens(rawParens);
    const segs: IdParallel[] = parallelSegments.map(({ seg, pins: sp }) => ({
      volume: seg.volume,
      reporter: seg.edition ? seg.edition.abbr : null,
      reporterAsWritten: this.origTextClean(seg.repS, seg.repE),
      span: this.span(seg.volS, sp.length ? sp[sp.length - 1].end : seg.end),
      pins: sp.map((p) => this.pin(p, seg.short ? 'at' : 'comma')),
    }));
    const c = make<IdCitation>(b, {
      kind: 'id',
      form: t.slice(i, i + m[0].length),
      pins: pins.map((p, q) => this.pin(p, joiners[q] ?? 'comma')),
      parallelSegments: segs,
    });
    this.add(c, i, endNs);
    this.linkHistory(c, i);
    this.scanInside(rawParens, c.index, depth);
    return endNs;
  }

  // ---- supra ----

  private trySupra(i: number, limit: number, nestedIn: number | undefined): number | null {
    const t = this.t;
    const cross = this.tryCrossReference(i, nestedIn);
    if (cross !== null) return cross;
    if (t.startsWith('infra', i)) return null;
    const e = skipWsBack(t, i, this.floor);
    if (t[e - 1] !== ',') return null;
    const name = findCaseName(t, e - 1, this.floor, false);
    if (!name) return null;
    let j = i + 5;
    const nm = at(/,?\s?note\s(\d{1,4})/y, t, j);
    let note: string | undefined;
    if (nm) {
      note = nm[1];
      j += nm[0].length;
    }
    const pins: RawPin[] = [];
    const am = at(/,\s?at\s/y, t, j);
    if (am) {
      const p = parsePin(t, j + am[0].length);
      if (p && p.end <= limit) {
        pins.push(p);
        j = p.end;
      }
    }
    const b = this.base('supra', name.start, j, nestedIn);
    const signal = findSignal(t, name.start, this.floor);
    if (signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
    const c = make<SupraCitation>(b, {
      kind: 'supra',
      name: this.origTextClean(name.start, name.end),
      nameSpan: this.span(name.start, name.end),
      pins: pins.map((p) => this.pin(p, 'at')),
    });
    if (note) c.note = note;
    this.add(c, name.start, j);
    this.linkHistory(c, name.start);
    return j;
  }

  /** `see p. 13, supra`, `n. 3, infra`, `Part II.A, infra`: the filing pointing at itself. */
  private tryCrossReference(i: number, nestedIn: number | undefined): number | null {
    const t = this.t;
    const m = CROSS_TARGET.exec(t.slice(Math.max(this.floor, i - 40), i));
    if (!m) return null;
    const start = i - (m[0].length - m[0].indexOf(m[1]));
    const end = i + 5;
    const b = this.base('crossReference', start, end, nestedIn);
    const signal = findSignal(t, start, this.floor);
    if (signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
    const c = make<CrossReference>(b, {
      kind: 'crossReference',
      target: m[1].replace(/\s+/g, ' '),
      direction: t.startsWith('infra', i) ? 'infra' : 'supra',
    });
    this.add(c, start, end);
    return end;
  }

  // ---- treaties, session laws, the Federal Register and other publications ----

  /** `1465 U.N.T.S. 85`, `82 Stat. 225`, `90 Fed. Reg. 15,041, 15,043`, `119 Cong. Rec. at 24599`. */
  private trySource(i: number, limit: number, nestedIn: number | undefined): number | null {
    const t = this.t;
    const vm = at(/\d{1,5}/y, t, i);
    if (!vm) return null;
    const k = skipWs(t, i + vm[0].length, limit);
    let series: string | undefined;
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
      const journal = this.journalAt(k, limit);
      if (!journal) return null;
      series = journal.abbr;
      j = journal.end;
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
    const { pins, end } = this.sourcePins(pinsFrom, number === undefined);
    if (number === undefined && pins.length === 0) return null;
    return this.finishSource(i, end, nestedIn, { series, volume: vm[0], number: number ?? '', paged: true, pins });
  }

  /** The longest run of words at `k` that names a journal, followed by a page. */
  private journalAt(k: number, limit: number): { abbr: string; end: number } | undefined {
    const t = this.t;
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
  private tryNumberedSource(i: number, _limit: number, nestedIn: number | undefined): number | null {
    const m = at(NUMBERED_SOURCE, this.t, i);
    if (!m) return null;
    const series = m[5] ? `${m[5]}.B.` : m[4] ? `${m[4]}. L. No.` : `${m[1].startsWith('H') ? 'H.R.' : 'S.'} ${m[2] ? 'Conf. ' : ''}${m[3]}. No.`;
    const { pins, end } = this.sourcePins(i + m[0].length, false);
    return this.finishSource(i, end, nestedIn, { series, number: m[6], paged: false, pins });
  }

  /** Pins after a publication's page or number: `, 15,043`, `, at 5`, ` at 24599`. */
  private sourcePins(j: number, atFirst: boolean): { pins: RawPin[]; end: number } {
    const t = this.t;
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

  private finishSource(
    start: number,
    end: number,
    nestedIn: number | undefined,
    parts: { series: string; volume?: string; number: string; paged: boolean; pins: RawPin[] },
  ): number {
    const t = this.t;
    // Only a date belongs to the publication (`(Apr. 8, 2025)`, `(1968)`); what follows is the sentence's.
    const rawParens = parseParentheticals(t, end, true).filter((p) => p.kind === 'courtDate');
    const e = rawParens.length ? rawParens[rawParens.length - 1].end : end;
    const b = this.base('source', start, e, nestedIn);
    const signal = findSignal(t, start, this.floor);
    if (signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
    b.parentheticals = this.parens(rawParens);
    const c = make<SourceCitation>(b, {
      kind: 'source',
      series: parts.series,
      volume: parts.volume,
      number: parts.number,
      paged: parts.paged,
      pins: parts.pins.map((p) => this.pin(p, 'comma')),
    });
    if (parts.volume === undefined) delete c.volume;
    this.add(c, start, e);
    this.linkHistory(c, start);
    return e;
  }

  // ---- statutes, regulations, rules ----

  private static SECTION = new RegExp(
    '(§§?|[Ss]ecs?\\.|[Ss]ections?)?[ \\t]?' +
      '(\\d[0-9A-Za-z]*(?:[.:\\-\\u2013][0-9A-Za-z]+)*(?:\\([0-9A-Za-z]{1,4}\\))*' +
      '(?:[ \\t]?(?:-|\\u2013|to|through)[ \\t]?\\d[0-9A-Za-z]*(?:[.:\\-][0-9A-Za-z]+)*(?:\\([0-9A-Za-z]{1,4}\\))*)?' +
      '(?:,[ \\t]?\\([0-9A-Za-z]{1,4}\\))*(?:[ \\t]et seq\\.)?)',
    'y',
  );

  /** `42 U.S.C. § 1983`, `42 USC 1983`, `29 C.F.R. § 1614.105`: a title number, a code, a section. */
  private tryTitledCode(i: number, limit: number, nestedIn: number | undefined): number | null {
    const t = this.t;
    const vm = at(/\d{1,3}/y, t, i);
    if (!vm) return null;
    let j = skipWs(t, i + vm[0].length, limit);
    // Code tokens up to a section sign, a section word or a digit.
    let best: { code: Code; s: number; e: number } | undefined;
    const codeS = j;
    for (let n = 0; n < 5 && j < limit; n++) {
      const e = tokenEnd(t, j, limit);
      if (e === j) break;
      const tok = t.slice(j, e);
      if (/^(?:§|[Ss]ec|\d)/.test(tok)) break;
      const code = lookupCode(t.slice(codeS, e));
      if (code && code.kind !== 'constitution') best = { code, s: codeS, e };
      j = skipWs(t, e, limit);
    }
    if (!best) return null;
    let start = i;
    const titleWord = /Title\s$/.exec(t.slice(Math.max(this.floor, i - 6), i));
    if (titleWord) start = i - titleWord[0].length;
    return this.finishStatute(start, vm[0], best, limit, nestedIn);
  }

  /** `Conn. Gen. Stat. § 4-165(a)`: a code name before a section sign. */
  private trySection(i: number, limit: number, nestedIn: number | undefined): number | null {
    const t = this.t;
    // Collect up to six tokens before the section sign, on the same line.
    const toks: Array<{ s: number; e: number }> = [];
    let j = i;
    while (toks.length < 6) {
      const e = skipWsBack(t, j, this.floor);
      if (e <= this.floor || t[e - 1] === '\n') break;
      const s = tokenStart(t, e, this.floor);
      if (s === e) break;
      toks.unshift({ s, e });
      j = s;
    }
    for (let k = 0; k < toks.length; k++) {
      const text = t.slice(toks[k].s, toks[toks.length - 1].e);
      const code = lookupCode(text);
      if (!code || code.kind === 'constitution') continue;
      if (k > 0 && /^\d{1,3}$/.test(t.slice(toks[k - 1].s, toks[k - 1].e))) {
        const vs = toks[k - 1].s;
        return this.finishStatute(vs, t.slice(vs, toks[k - 1].e), { code, s: toks[k].s, e: toks[toks.length - 1].e }, limit, nestedIn);
      }
      return this.finishStatute(toks[k].s, undefined, { code, s: toks[k].s, e: toks[toks.length - 1].e }, limit, nestedIn);
    }
    return null;
  }

  private finishStatute(
    start: number,
    title: string | undefined,
    code: { code: Code; s: number; e: number },
    limit: number,
    nestedIn: number | undefined,
  ): number | null {
    const t = this.t;
    const k = skipWs(t, code.e, limit);
    const sm = at(Scanner.SECTION, t, k);
    if (!sm) return null;
    let section = sm[2];
    let secEnd = k + sm[0].length;
    // A sentence's closing period is not part of the section.
    while (section.endsWith('.') && !section.endsWith('seq.')) {
      section = section.slice(0, -1);
      secEnd--;
    }
    const secStart = secEnd - section.length;
    // Trimmed first: three `\s*` in a row split a run of blanks every way (cubic).
    const rawParens = parseParentheticals(t, secEnd, false).filter((p) =>
      /^(?:(?:West|Vernon(?:'s)?|LexisNexis|McKinney|Supp\.|Law\. Co-op\.|Thomson Reuters)[^)]{0,30}?)?\s*(?:(?:1[89]|20)\d\d)?$/.test(
        t.slice(p.innerStart, p.innerEnd).trim(),
      ),
    );
    const end = rawParens.length ? rawParens[rawParens.length - 1].end : secEnd;
    const kind = code.code.kind === 'rule' ? 'rule' : code.code.kind === 'regulation' ? 'regulation' : 'statute';
    const b = this.base(kind, start, end, nestedIn);
    const signal = findSignal(t, start, this.floor);
    if (signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
    b.parentheticals = this.parens(rawParens);
    if (kind === 'rule') {
      const c = make<RuleCitation>(b, {
        kind: 'rule',
        code: code.code.abbr,
        codeAsWritten: this.origTextClean(code.s, code.e),
        codeSpan: this.span(code.s, code.e),
        rule: (sm[1] ? sm[1] + ' ' : '') + section,
        ruleSpan: this.span(secStart, secEnd),
      });
      this.add(c, start, end);
      this.linkHistory(c, start);
      return end;
    }
    const c = make<StatuteCitation>(b, {
      kind,
      code: code.code.abbr,
      codeAsWritten: this.origTextClean(code.s, code.e),
      codeSpan: this.span(code.s, code.e),
      sectionSign: sm[1] ?? '',
      section,
      sectionSpan: this.span(secStart, secEnd),
    });
    if (title !== undefined) c.title = title;
    const yearParen = rawParens.find((p) => /\d{4}/.test(t.slice(p.innerStart, p.innerEnd)));
    if (yearParen) c.year = Number(/(\d{4})/.exec(t.slice(yearParen.innerStart, yearParen.innerEnd))![1]);
    this.add(c, start, end);
    this.linkHistory(c, start);
    return end;
  }

  private tryRule(i: number, limit: number, nestedIn: number | undefined): number | null {
    const t = this.t;
    let j = i;
    let best: { code: Code; s: number; e: number } | undefined;
    for (let n = 0; n < 7 && j < limit; n++) {
      let e = tokenEnd(t, j, limit);
      if (e === j) break;
      if (isDigit(t.charCodeAt(j))) break;
      // `Fed.R.Civ.P.12(b)(6)`: the rule number glued to the abbreviation.
      const glued = /\.(?=\d)/.exec(t.slice(j, e));
      if (glued) e = j + glued.index + 1;
      const code = lookupCode(t.slice(i, e));
      if (code && code.kind === 'rule') best = { code, s: i, e };
      if (glued) break;
      j = skipWs(t, e, limit);
    }
    if (!best) return null;
    const k = skipWs(t, best.e, limit);
    const rm = at(/(\d{1,4}(?:\.\d{1,3})?(?:-\d{1,3})?(?:\([0-9A-Za-z]{1,4}\))*)/y, t, k);
    if (!rm) return null;
    const end = k + rm[0].length;
    const b = this.base('rule', i, end, nestedIn);
    const signal = findSignal(t, i, this.floor);
    if (signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
    const c = make<RuleCitation>(b, {
      kind: 'rule',
      code: best.code.abbr,
      codeAsWritten: this.origTextClean(best.s, best.e),
      codeSpan: this.span(best.s, best.e),
      rule: rm[1],
      ruleSpan: this.span(k, end),
    });
    this.add(c, i, end);
    this.linkHistory(c, i);
    return end;
  }

  // ---- constitutions ----

  private tryConstitution(i: number, _limit: number, nestedIn: number | undefined): number | null {
    const t = this.t;
    // Jurisdiction: one or two abbreviation tokens before `Const` (`U.S.`, `Conn.`, `N.Y.`).
    let s = i;
    let jur = '';
    for (let n = 0; n < 2; n++) {
      const e = skipWsBack(t, s, this.floor);
      if (e === s && n === 0 && t[e - 1] !== '.') break;
      const ts = tokenStart(t, e, this.floor);
      const tok = t.slice(ts, e);
      if (!/^(?:[A-Z][A-Za-z.']*\.|[A-Z]\.)$/.test(tok) || /^(?:See|Cf)\.?$/.test(tok)) break;
      // A second token only completes a spaced initialism (`N. Y. Const.`); otherwise it ends the
      // previous sentence (`against the State. U.S. Const.`).
      if (jur && !(/^[A-Z]\.$/.test(tok) && /^[A-Z]\.$/.test(jur))) break;
      jur = jur ? `${tok} ${jur}` : tok;
      s = ts;
    }
    if (!jur) return null;
    let j = i + 5;
    if (t[j] === '.') j++;
    const pm = at(
      /(,?[ \t]?)((?:amend|Amend|AMEND|art|Art|ART|pmbl|Pmbl)\.?|[Aa]mendment|[Aa]rticle|[Pp]reamble)[ \t]?([IVXLCDM]+|\d{1,3})?(?![\w])/y,
      t,
      j,
    );
    let part = '';
    let partAsWritten = '';
    let number = '';
    let section: string | undefined;
    let clause: string | undefined;
    if (pm) {
      partAsWritten = pm[2];
      part = /^a(?:mend|mendment)/i.test(pm[2]) ? 'amend.' : /^a(?:rt|rticle)/i.test(pm[2]) ? 'art.' : 'pmbl.';
      number = pm[3] ?? '';
      j += pm[0].length;
      const sm = at(/,?[ \t]?(§§?)[ \t]?(\d{1,3})/y, t, j);
      if (sm) {
        section = sm[2];
        j += sm[0].length;
      }
      const cm = at(/,?[ \t]?cl\.[ \t]?(\d{1,2})/y, t, j);
      if (cm) {
        clause = cm[1];
        j += cm[0].length;
      }
    } else if (t[i + 5] !== '.') {
      return null;
    }
    const b = this.base('constitution', s, j, nestedIn);
    const signal = findSignal(t, s, this.floor);
    if (signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
    const c = make<ConstitutionCitation>(b, {
      kind: 'constitution',
      jurisdiction: jur.replace(/\s+/g, ''),
      part,
      partAsWritten,
      number,
    });
    if (section !== undefined) c.section = section;
    if (clause !== undefined) c.clause = clause;
    this.add(c, s, j);
    this.linkHistory(c, s);
    return j;
  }

  // ---- record cites ----

  private tryRecord(i: number, limit: number, nestedIn: number | undefined, depth: number): number | null {
    const t = this.t;
    // The look-ahead reads at most 20 word characters: unbounded, it re-read a long run of them for every number in the list.
    let m = at(
      /(Doc|Dkt|DKT|ECF)\.?[ \t]?(?:(?:Nos?|NOS?|Entry)\.?[ \t]?)?#?[ \t]?(\d{1,5}(?:-\d{1,3})?)((?:[ \t]?(?:,|and|&)[ \t]?#?\d{1,5}(?:-\d{1,3})?(?![\w.]{0,20}\s?(?:[A-Z][a-z]+\.?\s)?(?:U\.S\.|F\.|S\.)))*)(?:[ \t]Ex\.?[ \t]?[A-Z0-9]{1,3}\b)?/y,
      t,
      i,
    );
    let document: string;
    const appellate = m ? null : at(APPELLATE_RECORD_AT, t, i);
    if (appellate) return this.appellateRecord(i, appellate[0], limit, nestedIn, depth);
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
      const rest = this.pinsAfter(first.end, limit, []);
      pins.push(...rest.pins);
      joiners.push(...rest.joiners);
      j = rest.end;
    }
    const rawParens = parseParentheticals(t, j, false);
    const end = rawParens.length ? rawParens[rawParens.length - 1].end : j;
    const b = this.base('record', i, end, nestedIn);
    const signal = findSignal(t, i, this.floor);
    if (signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
    b.parentheticals = this.parens(rawParens);
    const c = make<RecordCitation>(b, {
      kind: 'record',
      document,
      pins: pins.map((p, q) => this.pin(p, joiners[q] ?? 'comma')),
    });
    this.add(c, i, end);
    this.linkHistory(c, i);
    this.scanInside(rawParens, c.index, depth);
    return end;
  }

  /**
   * `Pet. App. 3a-9a`, `J.A. 19, 22`, `App. 349`, `Br. in Opp. 23`: the label,
   * then pages that may carry an appendix letter (`3a`), ranges and lists.
   */
  private appellateRecord(i: number, label: string, limit: number, nestedIn: number | undefined, depth: number): number | null {
    const t = this.t;
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
    const rawParens = parseParentheticals(t, j, false);
    const end = rawParens.length ? rawParens[rawParens.length - 1].end : j;
    const b = this.base('record', i, end, nestedIn);
    const signal = findSignal(t, i, this.floor);
    if (signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
    b.parentheticals = this.parens(rawParens);
    const c = make<RecordCitation>(b, {
      kind: 'record',
      document: label.replace(/\s+/g, ' ').replace(/\u2019/g, "'"),
      pins: pins.map((p) => this.pin(p, am ? 'at' : 'none')),
    });
    this.add(c, i, end);
    this.linkHistory(c, i);
    this.scanInside(rawParens, c.index, depth);
    return end;
  }

  // ---- dockets and slip opinions ----

  private tryDocket(i: number, _limit: number, nestedIn: number | undefined, depth: number): number | null {
    const t = this.t;
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
    const e = skipWsBack(t, i, this.floor);
    if (t[e - 1] === ',') name = findCaseName(t, e - 1, this.floor, false);
    const start = name ? name.start : i;
    const b = this.base('docket', start, end, nestedIn);
    const signal = findSignal(t, start, this.floor);
    if (signal) b.signal = { text: signal.text, span: this.span(signal.start, signal.end) };
    b.parentheticals = this.parens(rawParens);
    const docket = dm[0];
    const judge = /\(([A-Z]{2,5})\)$/.exec(docket)?.[1];
    const c = make<DocketCitation>(b, {
      kind: 'docket',
      docket,
      docketNormalized: normalizeDocket(docket),
      pins: pins.map((p) => this.pin(p, 'at')),
    });
    if (judge) c.judge = judge;
    if (name) c.caseName = this.caseName(name);
    if (courtDate?.court) c.court = courtDate.court;
    if (courtDate?.year) c.year = courtDate.year;
    if (courtDate?.date) c.date = courtDate.date;
    this.add(c, start, end);
    this.linkHistory(c, start);
    this.scanInside(rawParens, c.index, depth);
    this.history(end, c.index);
    return end;
  }
}

function isDbEdition(seg: Segment): boolean {
  return seg.edition?.courts === 'database';
}

/** `3:97cv2380 (JCH)` and `3-97-CV-2380` become `3:97-cv-2380`. */
export function normalizeDocket(d: string): string {
  const m = /^(\d{1,2})[:-](\d{2})[- ]?(cv|cr|mc|md|bk)[- ]?([\dl]{1,6})/i.exec(d);
  if (!m) return d.replace(/\s+/g, ' ').trim();
  const num = m[4].replace(/l/g, '1').replace(/^0+(?=\d)/, '');
  return `${m[1]}:${m[2]}-${m[3].toLowerCase()}-${num}`;
}

export function isUpperStart(s: string): boolean {
  return isUpper(s.charCodeAt(0));
}
