// Helpers shared by the case-name rules (CITE030–CITE037) and the parallel-
// citation rules (CITE020–CITE024): where a case name sits (a citation sentence
// or clause, or the prose of a sentence), its parties and words with offsets
// into the original text. Everything reads a bounded stretch of text around
// one citation, so the rules stay linear.

import { lookupPlace } from '../data/places';
import type { CaseName, Citation, Span } from '../types';

/** A citation that may carry a case name. */
export type NamedCitation = Citation & { caseName?: CaseName };

/** Each case name once, with the citation that carries it (a name can head several segments). */
export function namedCitations(cites: Citation[]): Array<{ c: Citation; name: CaseName }> {
  const out: Array<{ c: Citation; name: CaseName }> = [];
  const seen = new Set<number>();
  for (const c of cites) {
    const name = caseNameOf(c);
    if (!name || seen.has(name.span.start)) continue;
    seen.add(name.span.start);
    out.push({ c, name });
  }
  return out;
}

/** A citation's case name, unless page layout runs through it (its span would take in a running head or a footnote). */
/** Headings of the lists of captions a brief gives as docketed (Sup. Ct. R. 14.1(b)(iii)). */
const CAPTION_LIST =
  /^[ \t]*(?:RELATED PROCEEDINGS|RELATED CASES|STATEMENT OF RELATED CASES|PARTIES TO THE PROCEEDINGS?(?: AND RELATED PROCEEDINGS)?|LIST OF (?:ALL )?(?:PARTIES|PROCEEDINGS))[ \t]*$/gm;
/** A heading in capitals, or a page number in brackets: the end of such a list. */
const NEXT_HEADING = /^[ \t]*(?:[A-Z][A-Z ,'’-]{6,}|\([ivxlc]+\)|\([IVXLC]+\))[ \t]*$/m;

let captionCache: { text: string; ranges: Span[] } | undefined;

/**
 * True when `pos` lies in a brief's list of related proceedings or parties,
 * whose entries are captions as docketed (`State of Texas v. Nuclear
 * Regulatory Commission, No. 21-60743`), not citations in the brief's form.
 */
export function inCaptionList(text: string, pos: number): boolean {
  if (captionCache?.text !== text) {
    const ranges: Span[] = [];
    CAPTION_LIST.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CAPTION_LIST.exec(text))) {
      const start = m.index + m[0].length;
      const rest = text.slice(start, start + 3000);
      const next = NEXT_HEADING.exec(rest);
      ranges.push({ start, end: start + (next ? next.index : rest.length) });
    }
    captionCache = { text, ranges };
  }
  return captionCache.ranges.some((r) => r.start <= pos && pos < r.end);
}

export function caseNameOf(c: Citation): CaseName | undefined {
  const name = (c as NamedCitation).caseName;
  return name && !name.laidOut ? name : undefined;
}

function isEmphasis(ch: string): boolean {
  return ch === '*' || ch === '_';
}

/** Index of the last character before `i` that is not a space, tab or emphasis mark; -1 at the start. */
export function prevSignificant(text: string, i: number, limit = 200): number {
  let j = i - 1;
  const floor = Math.max(0, i - limit);
  while (j >= floor && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0' || isEmphasis(text[j]))) j--;
  return j < floor ? (floor === 0 ? -1 : floor) : j;
}

/** Index of the first character at or after `i` that is not a space, tab or emphasis mark. */
export function nextSignificant(text: string, i: number, limit = 200): number {
  let j = i;
  const ceil = Math.min(text.length, i + limit);
  while (j < ceil && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0' || isEmphasis(text[j]))) j++;
  return j;
}

/** The word starting at `i` (letters, apostrophes, periods), as written. */
function wordAt(text: string, i: number): string {
  const m = /^[A-Za-z][A-Za-z'’.]*/.exec(text.slice(i, i + 40));
  return m ? m[0] : '';
}

/** Words that, after a comma that closes a citation, continue the citation rather than the prose. */
const CITATION_CONTINUERS =
  /^(?:see|cf\.?|but|accord|contra|compare|e\.g\.|quoting|citing|quoted|cited|discussed|aff'd|aff’d|affd|aff'g|aff’g|rev'd|rev’d|revd|rev'g|rev’g|cert\.|cert|certiorari|vacated|vacating|overruled|overruling|abrogated|abrogating|superseded|modified|amended|remanded|reh'g|reh’g|appeal|petition|withdrawn|enforced|as|sub|at|n\.|nn\.)$/;

/**
 * What follows a citation ending at `end`: `prose` when the sentence goes on
 * with its own words (`…(1972), the Court held`, `…(1971) requires`),
 * `end` when the citation closes the sentence or clause, `unknown` otherwise.
 */
export function afterCitation(text: string, end: number): 'prose' | 'end' | 'unknown' {
  const q = nextSignificant(text, end);
  if (q >= text.length) return 'end';
  const ch = text[q];
  if (ch === ',') {
    const w = nextSignificant(text, q + 1);
    const word = wordAt(text, w);
    if (!word) return 'unknown';
    const lw = word.toLowerCase();
    if (/^[a-z]/.test(word)) return CITATION_CONTINUERS.test(lw) || CITATION_CONTINUERS.test(lw.replace(/\.+$/, '')) ? 'end' : 'prose';
    return 'unknown';
  }
  if (/[a-z]/.test(ch)) {
    const word = wordAt(text, q);
    return CITATION_CONTINUERS.test(word.toLowerCase()) ? 'unknown' : 'prose';
  }
  if (ch === '.' || ch === ';' || ch === '\n' || ch === ')' || ch === ']' || ch === ':') return 'end';
  return 'unknown';
}

export type NameContext = 'citation' | 'prose' | 'unknown';

/** Whether an opening parenthesis in the 400 characters before `i` is still open there. */
function insideParenthesis(text: string, i: number): boolean {
  let depth = 0;
  for (let j = i; j >= Math.max(0, i - 400); j--) {
    if (text[j] === ')') depth--;
    else if (text[j] === '(' && ++depth > 0) return true;
  }
  return false;
}

/**
 * Whether a citation's case name stands in a citation sentence or clause (where
 * case-name words are abbreviated) or in the prose of a textual sentence (where
 * only & Ass'n Bros. Co. Corp. Inc. Ltd. No. are). `unknown` when the text does
 * not say, so neither kind of rule speaks.
 */
export function nameContext(text: string, c: Citation): NameContext {
  const name = caseNameOf(c);
  if (!name) return 'unknown';
  if (c.signal || c.nested || c.historyPhrase !== undefined) return 'citation';
  const after = afterCitation(text, c.span.end);
  let p = prevSignificant(text, name.span.start);
  // A footnote marker (` n5`, `¹`) before the name sits at a sentence boundary: look past it.
  for (let hops = 0; hops < 2 && p >= 0; hops++) {
    let s = p;
    while (s > 0 && /[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(text[s])) s--;
    if (s === p) break;
    if (/[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(text[p]) && /[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(text[s + 1])) p = prevSignificant(text, s + 1);
    else if (text[s] === 'n' && (s === 0 || /\s/.test(text[s - 1]))) p = prevSignificant(text, s);
    // A footnote call glued to the end of a sentence (`question.11 In re …`, `law.”4 Smith v. …`).
    else if (p - s <= 3 && /[.?!"”’]/.test(text[s]) && (text[s] !== '.' || /[A-Za-z)”"’]/.test(text[s - 1] ?? ''))) p = s;
    // A number opening the name (`1256 Hertel Ave. Assocs.`), which the scanner leaves out of it.
    else if (/[\s*_]/.test(text[s]) && /[0-9]/.test(text[p])) p = prevSignificant(text, s + 1);
    else break;
  }
  // A line break inside a paragraph is only where the line wrapped: look past it.
  // So is a blank line after a word that cannot end a sentence (`in\n\nBi v. …`):
  // double-spaced text puts one after every line.
  for (let hops = 0; hops < 4 && p > 0 && text[p] === '\n'; hops++) {
    if (!/\n[ \t]*$/.test(text.slice(Math.max(0, p - 8), p))) {
      p = prevSignificant(text, p);
      continue;
    }
    let q = p;
    let breaks = 0;
    const floor = Math.max(0, p - 200);
    while (q > floor && /[\s]/.test(text[q]) && breaks <= 3) if (text[q--] === '\n') breaks++;
    if (breaks > 3 || !/[a-z,]/.test(text[q])) break;
    p = q;
  }
  if (p < 0 || text[p] === '\n') return after === 'prose' ? 'prose' : 'citation';
  const ch = text[p];
  if ('.?!;:(['.includes(ch)) return after === 'prose' ? 'prose' : after === 'end' ? 'citation' : 'unknown';
  if (ch === '"' || ch === '”' || ch === '’') {
    const before = text[p - 1];
    if (before && '.?!'.includes(before)) return after === 'prose' ? 'prose' : after === 'end' ? 'citation' : 'unknown';
    return 'unknown';
  }
  if (/[A-Za-z]/.test(ch)) {
    // `(citing In re …)`, `Id., quoting State ex rel. White v. …`: a citation clause, whatever precedes it.
    const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, p - 12), p + 1))?.[1].toLowerCase();
    // Outside a parenthetical, with the sentence going on after the citation
    // (`and, citing Gupton v. Duke Univ., 337 N.C. 742 (1994), that …`), the
    // verb belongs to the prose and the name stands in a textual sentence.
    if (word === 'citing' || word === 'quoting') {
      return after === 'prose' && !insideParenthesis(text, p) ? 'prose' : 'citation';
    }
  }
  if (/[A-Za-z0-9]/.test(ch)) return 'prose'; // `in Roe v. Wade`, `held in Roth`
  // After a comma the name may open a citation clause or an appositive in the prose: undecided.
  return 'unknown';
}

/** One party of a case name, with its span in the original text. */
export interface Party {
  start: number;
  end: number;
  text: string;
  side: 'plaintiff' | 'defendant' | 'single';
}

/** Span of the `v.` token inside the name span, when there is one. */
export function versusSpan(text: string, name: CaseName): Span | undefined {
  if (!name.versus) return undefined;
  const s = text.slice(name.span.start, name.span.end);
  const esc = name.versus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[\\s*_])(${esc})(?=$|[\\s*_])`, 'g');
  let m: RegExpExecArray | null;
  let found: Span | undefined;
  while ((m = re.exec(s))) {
    const start = name.span.start + m.index + m[1].length;
    // The scanner takes the last `v.` before the citation: keep the last match.
    found = { start, end: start + m[2].length };
  }
  return found;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s*_,]/.test(text[s])) s++;
  while (e > s && /[\s*_,]/.test(text[e - 1])) e--;
  return [s, e];
}

/** The parties of a case name (a procedural phrase such as `In re` is not part of its party). */
export function partiesOf(text: string, name: CaseName): Party[] {
  const v = versusSpan(text, name);
  const out: Party[] = [];
  const push = (start: number, end: number, side: Party['side']) => {
    const [s, e] = trimSpan(text, start, end);
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), side });
  };
  let start = name.span.start;
  const proc = /^(?:[*_]*)(?:In\s+re:?|Ex\s+parte|Matter\s+of)\s+/i.exec(text.slice(start, name.span.end));
  if (proc && !v) start += proc[0].length;
  if (v) {
    push(start, v.start, 'plaintiff');
    push(v.end, name.span.end, 'defendant');
  } else {
    push(start, name.span.end, 'single');
  }
  return out;
}

/** A whitespace-separated token with emphasis and outer punctuation removed. */
export interface Token {
  start: number;
  end: number;
  /** The token without emphasis marks and without a trailing comma. */
  s: string;
  /** True when a comma follows the token (before any emphasis mark). */
  comma: boolean;
}

/** Tokens of `text` between `start` and `end`. */
export function tokensIn(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s]+/g;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    let s = start + m.index;
    let e = s + m[0].length;
    while (s < e && /[*_("“]/.test(text[s])) s++;
    while (e > s && /[*_)"”]/.test(text[e - 1])) e--;
    let comma = false;
    while (e > s && (text[e - 1] === ',' || text[e - 1] === ';' || text[e - 1] === ':')) {
      comma = comma || text[e - 1] === ',';
      e--;
    }
    while (e > s && /[*_]/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, s: text.slice(s, e), comma });
  }
  return out;
}

/** Normalises curly apostrophes for comparisons. */
export function straight(s: string): string {
  return s.replace(/’/g, "'");
}

/** Business designations (Bluebook 10.2.1(h), Indigo R11.5.6). */
export const DESIGNATIONS =
  /^(?:Inc\.|Ltd\.|L\.L\.C\.|LLC|L\.L\.P\.|LLP|L\.P\.|LP|N\.A\.|F\.S\.B\.|P\.C\.|P\.A\.|PLC|P\.L\.C\.|S\.A\.|GmbH|AG|Co\.|Corp\.|Jr\.|Sr\.|II|III|IV)$/;

/** Words that show a party is a business firm, so a further designation is redundant. */
export const FIRM_WORDS = /^(?:Co\.|Corp\.|Ass'n|Ass’n|Bros\.|R\.R\.|Ry\.|Company|Corporation|Association|Brothers|Railroad|Railway)$/;

/** CITE036: units whose own name follows `of` (`City of New York`): the phrase is the name. */
const GEO_UNIT_OF = /^(?:City|Town|County|Cnty\.|Cty\.|Village|Vill\.|Township|Twp\.|Borough|Parish|State|Commonwealth|People|Territory|District|Dist\.)$/;

/** Institutions and firms whose names carry their place (`Univ. of Conn.`, `Bank of N.Y.`). */
// A tribe's or nation's place is part of its name (`Coeur d'Alene Tribe of Idaho`).
const INSTITUTION =
  /^(?:Univ\.|University|Coll\.|College|Sch\.|School|Acad\.|Academy|Inst\.|Institute|Bank|Church|Museum|Libr\.|Library|Hosp\.|Hospital|Co\.|Corp\.|Inc\.|Ass'n|Association|Bar|Soc'y|Society|Union|Court|Ct\.|Diocese|Archdiocese|Club|Found\.|Foundation|Tr\.|Trust|Tribe|Tribes|Nation|Band)$/;

/** A place phrase: a state, the United States, or a unit named by its place (`the City of New York`). */
function isPlacePhrase(words: string[]): boolean {
  const w = words[0] === 'the' ? words.slice(1) : words;
  if (!w.length) return false;
  const joined = w.join(' ');
  if (lookupPlace(joined) || joined === 'United States' || joined === 'United States of America') return true;
  return w.length >= 3 && /^(?:City|Town|County|Village|Township|Borough|State|Commonwealth)$/.test(w[0]) && w[1] === 'of' && /^[A-Z]/.test(w[2]);
}

/** A place phrase closing a party name (`of Florida`, `, Michigan`), for CITE036 (and CITE032, which leaves it alone). */
export interface GeoPhrase {
  start: number;
  end: number;
  phrase: string;
  kept: string;
}

export function geography(text: string, party: Party): GeoPhrase | undefined {
  const tokens = tokensIn(text, party.start, party.end);
  if (tokens.length < 2) return undefined;
  const words = tokens.map((t) => straight(t.s));
  const keptText = (k: number) => text.slice(party.start, tokens[k].end).replace(/[*_]/g, '').replace(/\s+/g, ' ');
  const content = (k: number) => words.slice(0, k).filter((w) => w !== 'the' && w !== 'of' && w !== 'The').length;
  // A place after a comma at the end: `City of West Branch, Michigan`.
  for (let k = 1; k < tokens.length; k++) {
    if (!tokens[k - 1].comma) continue;
    if (isPlacePhrase(words.slice(k)) && content(k) >= 2) {
      return { start: tokens[k - 1].end, end: party.end, phrase: text.slice(tokens[k - 1].end, party.end).replace(/^[,\s]+/, ''), kept: keptText(k - 1) };
    }
  }
  // A closing `of <place>` phrase.
  for (let k = 1; k < tokens.length - 1; k++) {
    if (words[k] !== 'of') continue;
    const before = words[k - 1];
    if (GEO_UNIT_OF.test(before)) return undefined; // the rest is the unit's own name
    if (INSTITUTION.test(before)) continue;
    if (tokens.slice(k).some((t) => t.comma)) continue;
    if (!isPlacePhrase(words.slice(k + 1))) continue;
    if (content(k) < 2) return undefined; // `Regents of Florida` would leave one word
    return { start: tokens[k - 1].end, end: party.end, phrase: text.slice(tokens[k].start, party.end), kept: keptText(k - 1) };
  }
  return undefined;
}
