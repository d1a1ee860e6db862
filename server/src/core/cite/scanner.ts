// The citation scanner: one pass over normalised text finds every citation,
// typed, with spans in the original text. It never throws on any input and
// does work linear in the text (every backward look is bounded by the end of
// the previous citation; every forward look by a fixed window).
//
// One global "trigger" expression finds the places a citation can start: a
// volume before a capitalised word, `Id.`, `supra`, `§`, `Const.`, a court-rule
// prefix, a record or docket marker. A reader for that kind then reads the
// citation at the trigger; if it fails, scanning resumes after the trigger.
// The readers live beside this file, one module per family of citations
// (caseCitations.ts, shortForms.ts, sources.ts, statutes.ts, constitutions.ts,
// records.ts, dockets.ts, secondary.ts); the Scanner holds what they share: the text, the
// citations found so far, the floor no name reaches back past, and the steps
// that turn normalised offsets into the public values.

import type { NormalizedText } from '../text/normalize';
import type { CitationBase, CaseName, Citation, Parenthetical, Pin, ScanNote, Span } from '../types';
import { at, isUpper, isWordCh, skipWs } from './lex';
import { parsePin, parseSectionListItem, type RawPin } from './pins';
import type { RawParenthetical } from './parentheticals';
import type { RawName } from './caseName';
import { HISTORY_PHRASES } from './words';
import { isParallel } from './predicates';
import { segmentAt, WEB_CITE } from './segments';
import { tryCase } from './caseCitations';
import { tryId, trySupra } from './shortForms';
import { tryNumberedSource, trySource } from './sources';
import { tryRule, trySection, tryTitledCode } from './statutes';
import { tryConstitution } from './constitutions';
import { APPELLATE_RECORD, tryRecord } from './records';
import { DOCKET_NUMBER, tryDocket } from './dockets';
import { countAtMost } from '../text/sorted';
import { tryBookAtEdition, tryHearing, tryRestatement, trySecondaryAtSection } from './secondary';

/** Normalised-text positions of a citation, kept beside the public value. */
interface Located {
  c: Citation;
  ns: number;
  ne: number;
}

const TRIGGER = new RegExp(
  [
    // 1: a volume (or a placeholder) before a capitalised word, or the year of a
    // web citation (`2014-Ohio-1984`, `2022-NCSC-1`). The blanks after the volume
    // read one way only: `[ \t]*\n?[ \t]*` split a run of spaces every way, quadratic.
    // Also a series written before its number (`T.C. Memo. 2019-233`, `Bankr. L.
    // Rep. (CCH) ¶ 12,345`) and Louisiana's docket form (`2009-1234 (La. App. 1 Cir. 5/10/10)`).
    '((?<![\\w.:/§\\u2010-\\u2014-])(?:\\d{1,5}|\\u2014|\\u2013|-{1,4}|_{2,}|\\[(?:vol|volume)\\])(?=[ \\t]*(?:\\n[ \\t]*)?[A-Z]|-(?:Ohio|NCSC|NCCOA|NMSC|NMCA|NMCERT)-\\d|[ -]\\d{1,5}[ \\t]\\(La\\.)|' +
      '(?<![\\w.])(?:T(?=\\.[ \\t]?C\\.[ \\t]?(?:Memo\\.|Summ))|(?:Bankr|Fed|Lab|Trade)(?=\\.?[ \\t]?(?:L\\.[ \\t]?Rep|Sec\\.[ \\t]?L\\.[ \\t]?Rep|Cas)\\.[ \\t]\\((?:CCH|P-H|BNA)\\)[ \\t]?(?:¶|P)[ \\t]?\\d)))',
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
      '\\b(?:C\\.A\\. )?' +
      APPELLATE_RECORD +
      '(?=[ \\t]?(?:at[ \\t])?\\d)|(?<![A-Z][\\w\\u0027\\u2019]{0,12}\\.[ \\t]|\\w[ \\t]|\\w)App\\.(?=[ \\t]?(?:at[ \\t])?\\d)(?![ \\t]?\\d{1,2}(?:d|st|nd|rd|th)\\b))',
    // 8 (before the dockets, which would otherwise meet its `No.`): numbered
    // legislative documents, `H.R. Rep. No. 95-595`, `Pub. L. No. 90-351`
    '(\\b(?:H\\.[ \\t]?R\\.|S\\.)[ \\t]?(?:Conf\\.[ \\t]?)?(?:Rep|Doc)\\.[ \\t]?No\\.[ \\t]?(?=\\d)|\\b(?:Pub|Priv)\\.[ \\t]?L\\.[ \\t]?No\\.[ \\t]?(?=\\d)|\\b[SHA]\\.[ \\t]?B\\.[ \\t]?(?:No\\.[ \\t]?)?(?=\\d))',
    // 9: docket numbers
    '(\\b(?:Civil Action |CIVIL ACTION |Civ\\. (?:A\\. )?|Case |Docket )?(?:No|NO|Nos|NOS)\\.\\s?(?=\\d)|(?<![\\w:.-])\\d{1,2}[:-]\\d{2}-?(?:cv|CV|cr|CR|mc|MC)-?\\d)',
    // 10: Restatements; 11: congressional hearings (secondary.ts)
    '(\\bRestatement\\b)',
    '(\\bHearings?\\b(?=[ \\t\\n]+(?:on|before|Before)\\b))',
    // 12: an edition parenthetical, which only a book has: a book cited by page (secondary.ts)
    '(\\((?=[^()]{0,60}\\bed\\.,?[ \\t\\n]*(?:1[6-9]|20)\\d\\d\\)))',
  ].join('|'),
  'g',
);

const TRIGGERS: RegExp[] = [];

export function scanCitations(n: NormalizedText): Citation[] {
  const s = new Scanner(n);
  try {
    s.scanRange(0, n.text.length, undefined, 0);
  } catch {
    // The scanner is written not to throw; if it ever does, keep what was found.
  }
  return s.finish();
}

export class Scanner {
  readonly t: string;
  readonly found: Located[] = [];
  /** End of the last top-level citation: names never reach back past it. */
  floor = 0;
  private pendingHistory: { of: number; phrase: string; at: number } | undefined;

  constructor(readonly n: NormalizedText) {
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

  span(ns: number, ne: number): Span {
    const start = this.n.map.start(ns);
    // Text read out of order (a footnote block moved after its sentence) never yields a span that ends before it starts.
    return { start, end: Math.max(start, this.n.map.end(ne)) };
  }
  origText(ns: number, ne: number): string {
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
      if (m[1] !== undefined) end = trySource(this, i, to, nestedIn) ?? tryCase(this, i, to, nestedIn, depth) ?? tryTitledCode(this, i, to, nestedIn);
      else if (m[2] !== undefined) end = tryId(this, i, to, nestedIn, depth);
      else if (m[3] !== undefined) end = trySupra(this, i, to, nestedIn);
      else if (m[4] !== undefined) end = trySecondaryAtSection(this, i, to, nestedIn) ?? trySection(this, i, to, nestedIn);
      else if (m[5] !== undefined) end = tryConstitution(this, i, to, nestedIn);
      else if (m[6] !== undefined) end = tryRule(this, i, to, nestedIn);
      else if (m[7] !== undefined) end = tryRecord(this, i, to, nestedIn, depth);
      else if (m[8] !== undefined) end = tryNumberedSource(this, i, to, nestedIn);
      else if (m[9] !== undefined) end = tryDocket(this, i, to, nestedIn, depth);
      else if (m[10] !== undefined) end = tryRestatement(this, i, to, nestedIn);
      else if (m[11] !== undefined) end = tryHearing(this, i, to, nestedIn);
      else if (m[12] !== undefined) end = tryBookAtEdition(this, i, to, nestedIn);
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

  add<T extends Citation>(c: T, ns: number, ne: number): T {
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

  pin(p: RawPin, joiner: Pin['joiner']): Pin {
    const pin: Pin = { text: p.text, span: this.span(p.start, p.end), kind: p.kind, joiner };
    if (p.from !== undefined) pin.from = p.from;
    if (p.to !== undefined) pin.to = p.to;
    if (p.footnote !== undefined) pin.footnote = p.footnote;
    return pin;
  }

  parens(raw: RawParenthetical[]): Parenthetical[] {
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
  scanInside(raw: RawParenthetical[], owner: number, depth: number): void {
    if (depth >= 4) return;
    for (const p of raw) {
      if (p.kind === 'courtDate' || p.kind === 'weight' || p.kind === 'quotationNote') continue;
      const inner = this.t.slice(p.innerStart, p.innerEnd).trim();
      if (at(DOCKET_NUMBER, inner, 0)?.[0].length === inner.length) continue;
      this.scanRange(p.innerStart, p.innerEnd, owner, depth + 1);
    }
  }

  /** Notes and links subsequent history (`, aff'd, 434 F. App'x 32`) after a citation ending at `j`. */
  history(j: number, owner: number): void {
    const t = this.t;
    if (t[j] !== ',') return;
    const k = skipWs(t, j + 1);
    const m = HISTORY_PHRASES.exec(t.slice(k, k + 60));
    if (!m) return;
    let e = k + m[0].length;
    if (t[e] === ',') e++;
    this.pendingHistory = { of: owner, phrase: t.slice(k, e).trim(), at: skipWs(t, e) };
  }

  linkHistory(c: Citation, startNs: number): void {
    const h = this.pendingHistory;
    if (!h) return;
    this.pendingHistory = undefined;
    if (startNs <= h.at + 1 && startNs >= h.at - 1) {
      c.historyOf = h.of;
      c.historyPhrase = h.phrase;
    }
  }

  /** Reads pins after a first page (`, 43`, `, 43-44`, `, at *3`, ` at 293`). */
  pinsAfter(j: number, limit: number, notes: ScanNote[], lead?: RawPin): { pins: RawPin[]; joiners: Pin['joiner'][]; end: number } {
    const t = this.t;
    const pins: RawPin[] = [];
    const joiners: Pin['joiner'][] = [];
    let end = j;
    for (let guard = 0; guard < 20; guard++) {
      let k = end;
      let joiner: Pin['joiner'];
      // A footnote of the last pin: `977, and n. 12`, `65 & n.4`, `1221  n.14` (justified typescript).
      const fn =
        pins.length > 0 ? /^(?:,?[ \t]*(?:&|and)[ \t]*|[ \t]{2,})nn?\.[ \t]?(\d{1,3}(?:[ \t]?[-\u2013][ \t]?\d{1,3})?)(?![\d\w])/.exec(t.slice(k, k + 24)) : null;
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
        if (segmentAt(t, k, limit)) break; // a parallel citation, not a pin
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

  /** Whether the reading order jumps (a moved footnote block) strictly inside `[s, e)`. */
  private crossesJump(s: number, e: number): boolean {
    const j = this.n.jumps;
    const next = countAtMost(j, s);
    return next < j.length && j[next] < e;
  }

  caseName(raw: RawName): CaseName {
    const n: CaseName = { text: this.origTextClean(raw.start, raw.end), span: this.span(raw.start, raw.end) };
    if (this.crossesJump(raw.start, raw.end) || this.n.original.slice(n.span.start, n.span.end).includes('\f')) n.laidOut = true;
    if (raw.plaintiff !== undefined) n.plaintiff = raw.plaintiff;
    if (raw.defendant !== undefined) n.defendant = raw.defendant;
    if (raw.procedural !== undefined) n.procedural = raw.procedural;
    if (raw.versus !== undefined) n.versus = raw.versus;
    return n;
  }

  /** Normalised text with line breaks collapsed: what a reader sees. */
  origTextClean(ns: number, ne: number): string {
    const s = this.t.slice(ns, ne);
    return /\s\s|[\n\t]/.test(s) ? s.replace(/\s+/g, ' ') : s;
  }
}

export function isUpperStart(s: string): boolean {
  return isUpper(s.charCodeAt(0));
}
