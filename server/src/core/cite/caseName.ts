// Finds the case name (and the signal before it) by reading backwards from
// the comma before a citation's volume. The walk never passes `floor` (the end
// of the previous citation, or the bracket that opens the parenthetical being
// scanned), so the total work over a document stays linear.

import { isDigit, isLowerCh, isUpper, skipWsBack, tokenStart } from './lex';
import { lookupPlace } from '../data/places';
import { isListedAbbreviation } from '../data/nameWords';
import { COMMON_ABBREVIATIONS, NAME_CONNECTORS, PLAINTIFF_CUTS, PROSE_OPENERS, SIGNALS } from './words';

export interface RawName {
  start: number;
  end: number;
  text: string;
  plaintiff?: string;
  defendant?: string;
  procedural?: string;
  versus?: string;
}

export interface RawSignal {
  start: number;
  end: number;
  text: string;
}

interface Tok {
  start: number;
  end: number;
  s: string;
}

const MAX_NAME_TOKENS = 28;
/** Words after a comma that continue one party: designations, generations, `et al.`, and places' abbreviations. */
const PARTY_CONTINUES = /^(?:Inc|Co|Corp|Ltd|LLC|L\.L\.C|LLP|L\.P|LP|N\.A|S\.A|P\.C|PLLC|PC|FSB|F\.S\.B|Jr|Sr|II|III|IV|et|al|[A-Z]\.(?:[A-Z]\.)+)\.?,?$/;
const VERSUS = /^(?:v\.|vs\.?|v|versus|V\.)$/;
const PROCEDURAL = /^(?:ex|in|matter)$/i;

/** True when a token ending in a period is an abbreviation, not the end of a sentence. */
const LOWER_ABBREVIATIONS = new Set(['rel.', 'al.', 'ex.', 'v.', 'vs.', 'cert.', 'co.', 'inc.', 'corp.']);

function isAbbreviation(tok: string): boolean {
  if (COMMON_ABBREVIATIONS.has(tok) || LOWER_ABBREVIATIONS.has(tok)) return true;
  const core = tok.slice(0, -1);
  if (core.includes('.') || core.includes("'")) return true; // U.S., Dep't.
  if (/^[A-Z]$/.test(core)) return true; // N.
  if (/^[A-Z][a-z]{0,4}$/.test(core)) return true; // Educ., Servs.
  if (/^[A-Z]{2,5}$/.test(core)) return true; // CBS.
  return false;
}

/** Reads tokens backwards from `end` down to `floor`, stopping at bracket/quote/semicolon edges. */
function tokensBack(t: string, end: number, floor: number, max: number): Tok[] {
  const toks: Tok[] = [];
  let j = end;
  while (toks.length < max) {
    const e = skipWsBack(t, j, floor);
    if (e <= floor) break;
    const c = t[e - 1];
    if (c === ';' || c === '(' || c === ')' || c === '[' || c === ']' || c === '"' || c === '\n') break;
    const s = tokenStart(t, e, floor);
    if (s === e) break;
    toks.push({ start: s, end: e, s: t.slice(s, e) });
    j = s;
    if (s > 0 && t[s - 1] === '\n' && s - 2 >= floor && t[s - 2] === '\n') break;
  }
  return toks.reverse();
}

/** The token ending before `end`, or undefined at a bracket, quote, semicolon or paragraph edge. */
function previousToken(t: string, end: number, floor: number): Tok | undefined {
  const e = skipWsBack(t, end, floor);
  if (e <= floor) return undefined;
  const c = t[e - 1];
  if (c === ';' || c === '(' || c === ')' || c === '[' || c === ']' || c === '"' || c === '\n') return undefined;
  const s = tokenStart(t, e, floor);
  if (s === e) return undefined;
  return { start: s, end: e, s: t.slice(s, e) };
}

function isNameWord(tok: string): boolean {
  const c = tok.charCodeAt(0);
  if (isUpper(c) || isDigit(c) || c === 38 /* & */ || c === 39 /* ' */) return true;
  // PDF text sets a space before a name's hyphen: `Ingersoll -Rand Co.`.
  if (c === 45 /* - */ && isUpper(tok.charCodeAt(1))) return true;
  // A lone letter left by a lost apostrophe (`Int l`) stays in the name.
  if (/^[a-uw-z],?$/.test(tok)) return true;
  // A name that begins with a lower-case particle joined to it: `al-Kidd`, `d'Alessio`, `bin-Laden`.
  if (/^[a-z]{1,3}[-'\u2019][A-Z]/.test(tok)) return true;
  return NAME_CONNECTORS.has(tok.replace(/,$/, '').toLowerCase());
}

/**
 * True when `tok`, the token just before a name candidate, closes the previous
 * sentence: a lower-case word, a number or a long proper word followed by a period.
 */
function endsSentence(tok: string): boolean {
  const bare = tok.replace(/[,]+$/, '');
  if (!bare.endsWith('.') && !bare.endsWith(':') && !bare.endsWith('?') && !bare.endsWith('!')) return false;
  if (bare.endsWith(':') || bare.endsWith('?') || bare.endsWith('!')) return true;
  return !isAbbreviation(bare);
}

function atLineStart(t: string, i: number): boolean {
  let j = i;
  while (j > 0 && (t[j - 1] === ' ' || t[j - 1] === '\t')) j--;
  return j === 0 || t[j - 1] === '\n';
}

/**
 * Words that can only be the start of a party's name, not prose: capitalised
 * words and connectors, with at least one case-name abbreviation (`Servs.`,
 * `Univ.`, `Med.`) and no prose opener but a leading signal.
 */
function partOfName(toks: Tok[]): boolean {
  let k = 0;
  while (k < toks.length && (SIGNALS.includes(toks[k].s.toLowerCase()) || SIGNALS.includes(toks[k].s.toLowerCase().replace(/,$/, '')))) k++;
  const words = toks.slice(k);
  if (words.length === 0) return false;
  let abbreviated = false;
  for (const w of words) {
    const s = w.s.replace(/,$/, '');
    if (NAME_CONNECTORS.has(s.toLowerCase()) && !PLAINTIFF_CUTS.has(s)) continue;
    if (!isUpper(s.charCodeAt(0)) || PROSE_OPENERS.has(s)) return false;
    if (isListedAbbreviation(s.replace(/\u2019/g, "'"))) abbreviated = true;
  }
  return abbreviated;
}

/** Last words of the signals (lower case): a signal must end in one of these. */
const SIGNAL_ENDS = new Set(SIGNALS.map((sig) => sig.split(' ').pop()!));

/** A `Compare` signal in `before`: at the start, or after a sentence's or clause's end, a bracket or another signal. */
function compareBefore(before: string): boolean {
  const re = /\bcompare\b/gi;
  let m: RegExpExecArray | null;
  let last = -1;
  while ((m = re.exec(before))) last = m.index;
  if (last < 0) return false;
  const lead = before.slice(0, last).replace(/[*_\s]+$/, '');
  return lead === '' || /[.;:([]$/.test(lead) || /\b(?:but|see|cf\.?|e\.g\.,?)$/i.test(lead);
}

export function findSignal(t: string, end: number, floor: number): RawSignal | undefined {
  // Cheap test first: most citations follow a period, a bracket or prose.
  const last = previousToken(t, end, floor);
  if (!last || !SIGNAL_ENDS.has(last.s.toLowerCase())) return undefined;
  const toks = tokensBack(t, end, floor, 4);
  for (let n = Math.min(4, toks.length); n >= 1; n--) {
    const group = toks.slice(toks.length - n);
    const text = t.slice(group[0].start, group[group.length - 1].end);
    const norm = text.toLowerCase().replace(/\s+/g, ' ');
    if (SIGNALS.includes(norm)) {
      // `with` is a signal only as the second half of `Compare … with …`, whose
      // `Compare` opens a citation sentence or clause (not `to compare this case with …`).
      if (norm === 'with' && !compareBefore(t.slice(Math.max(floor, group[0].start - 300), group[0].start))) continue;
      return { start: group[0].start, end: group[group.length - 1].end, text };
    }
  }
  return undefined;
}

/**
 * Extracts the case name that ends at `nameEnd` (the position of the comma, or
 * of the volume when the comma is missing). `requireVersus` demands a `v.` or a
 * procedural phrase, used when the comma is missing.
 */
export function findCaseName(t: string, nameEnd: number, floor: number, requireVersus: boolean): RawName | undefined {
  const { rev, vRev } = nameTokensBack(t, nameEnd, floor);
  if (rev.length === 0) return undefined;
  const kept = rev.reverse();
  const n: NameTokens = { kept, v: vRev >= 0 ? kept.length - 1 - vRev : -1 };
  startAtSignal(n);
  cutProseBeforeName(n);
  dropOpeners(t, n, floor);
  return nameFrom(t, n.kept, n.v, requireVersus);
}

/** The tokens of a name, and the index of its `v.` (-1 when it has none). */
interface NameTokens {
  kept: Tok[];
  v: number;
}

/**
 * The tokens before `nameEnd` that can belong to a name, last first, and the
 * index (in that order) of its `v.`. Reads backwards only as far as they can
 * belong to a name, so the usual two-to-eight-word name costs two to eight tokens.
 */
function nameTokensBack(t: string, nameEnd: number, floor: number): { rev: Tok[]; vRev: number } {
  const rev: Tok[] = [];
  let vRev = -1;
  let j = nameEnd;
  while (rev.length < MAX_NAME_TOKENS) {
    const tok = previousToken(t, j, floor);
    if (!tok) break;
    const s = tok.s;
    // `Nat'l Insts . of Health`: a period set off by a stray space closes the word before it.
    if (s === '.' && rev.length > 0) {
      const word = previousToken(t, tok.start, floor);
      if (word && /^[A-Z][A-Za-z'\u2019]*$/.test(word.s)) {
        rev.push({ start: word.start, end: tok.end, s: word.s + '.' });
        j = word.start;
        continue;
      }
    }
    // `Hollenbach v.South Central Bell`: the space after `v.` was lost.
    const glued = /^(v\.|vs\.)([A-Z].*)$/.exec(s);
    if (glued && rev.length > 0) {
      if (vRev >= 0) break;
      const at = tok.start + glued[1].length;
      rev.push({ start: at, end: tok.end, s: glued[2] });
      vRev = rev.length;
      rev.push({ start: tok.start, end: at, s: glued[1] });
      j = tok.start;
      continue;
    }
    if (VERSUS.test(s)) {
      // A capital `V.` met first may be a middle initial (`United States v. Jonathan V. Smith`):
      // a lower-case `v.` further back is then the real one.
      const initialFirst = vRev >= 0 && rev[vRev].s === 'V.' && s !== 'V.';
      if (vRev >= 0 && !initialFirst) break; // a second `v.`: the earlier one belongs to another name
      vRev = rev.length;
      rev.push(tok);
      j = tok.start;
      continue;
    }
    if (rev.length > 0 && endsSentence(s)) break;
    // `under RICO. See In re …`: a capitalised signal after a period opens a new citation sentence,
    // whatever the period ends (an acronym reads as an abbreviation).
    if (rev.length > 0 && s.endsWith('.') && isUpper(rev[rev.length - 1].s.charCodeAt(0)) && SIGNALS.includes(rev[rev.length - 1].s.toLowerCase())) break;
    if (/^['"]/.test(s) || /["]$/.test(s)) break;
    if (SIGNALS.includes(s.toLowerCase()) && !isUpper(s.charCodeAt(0))) break;
    if (!isNameWord(s)) break;
    rev.push(tok);
    j = tok.start;
    if (tok.start > 1 && t[tok.start - 1] === '\n' && tok.start - 2 >= floor && t[tok.start - 2] === '\n') break;
  }
  return { rev, vRev };
}

/**
 * A signal that opens a citation sentence after the previous one's period
 * starts the name: `… Sosa. See In re S. African Apartheid Litig.`.
 */
function startAtSignal(n: NameTokens): void {
  for (let k = n.kept.length - 1; k >= 1; k--) {
    const w = n.kept[k].s.replace(/,$/, '');
    if (!isUpper(w.charCodeAt(0)) || !SIGNALS.includes(w.toLowerCase()) || !n.kept[k - 1].s.endsWith('.')) continue;
    if (n.v >= 0 && n.v < k) break;
    n.kept = n.kept.slice(k);
    if (n.v >= 0) n.v -= k;
    break;
  }
}

/** Cuts the prose before a name: a preposition before `v.`, or a comma with one plain name after it. */
function cutProseBeforeName(n: NameTokens): void {
  // Before `v.`, a preposition usually belongs to the prose: `the Court in X v. Y`.
  // Not after words a party's name is made of (`Cmty. Legal Servs. in E. Palo Alto v. …`,
  // `Univ. of Tex. Med. Branch at Galveston v. …`, `Jefferson Cnty. By and Through Hollenbach v. …`),
  // which prose does not run to.
  if (n.v > 0) {
    for (let k = n.v - 1; k >= 0; k--) {
      const w = n.kept[k].s.toLowerCase();
      if (w !== 'see' && PLAINTIFF_CUTS.has(w) && partOfName(n.kept.slice(0, k))) break;
      if (PLAINTIFF_CUTS.has(w) && !(w === 'in' && k + 1 < n.v && n.kept[k + 1].s.toLowerCase() === 're')) {
        n.kept = n.kept.slice(k + 1);
        n.v -= k + 1;
        break;
      }
    }
  }
  // A comma inside the first party, with one plain name after it, ends the
  // prose before the name: `a majority of the Court, Young v. Am. Mini
  // Theatres`. A designation (`Allied-Signal, Inc.`), `et al.` or a list run on
  // with `&` (`Chicago, Milwaukee, St. Paul & Pac. R.R.`) keeps the comma's
  // matter in the party.
  if (n.v > 1) {
    for (let k = n.v - 2; k >= 0; k--) {
      if (!n.kept[k].s.endsWith(',')) continue;
      const after = n.kept.slice(k + 1, n.v);
      const plain = after.every((t) => !PARTY_CONTINUES.test(t.s) && t.s !== '&' && t.s !== 'and' && !t.s.includes('&'));
      const place = lookupPlace(after.map((t) => t.s.replace(/,$/, '')).join(' '));
      if (plain && !place && after.length <= 3 && isUpper(after[0].s.charCodeAt(0))) {
        n.kept = n.kept.slice(k + 1);
        n.v -= k + 1;
      }
      break;
    }
  }
  // The same for a name without `v.` (a short form): `construing the ATCA,
  // Sosa, 542 U.S. at 724` names Sosa; `Allied-Signal, Inc.` keeps its designation.
  if (n.v < 0 && n.kept.length > 1) {
    for (let k = n.kept.length - 2; k >= 0; k--) {
      if (!n.kept[k].s.endsWith(',')) continue;
      const after = n.kept.slice(k + 1);
      const plain = after.every((t) => !PARTY_CONTINUES.test(t.s) && t.s !== '&' && t.s !== 'and' && !t.s.includes('&'));
      const place = lookupPlace(after.map((t) => t.s.replace(/,$/, '')).join(' '));
      if (plain && !place && after.length <= 3 && isUpper(after[0].s.charCodeAt(0))) n.kept = n.kept.slice(k + 1);
      break;
    }
  }
}

/**
 * Drops leading connectors and prose openers (`See`, `In`, `Under` …), but keeps `In re` and `Ex parte`,
 * and a word right after a signal that opens the name (`See First Am. Title Co.`, `Cf. Union Pac. R.R.`);
 * and an outline marker opening the line (`B.`, `IV.`, `2.`), which heads a section, not a name.
 */
function dropOpeners(t: string, n: NameTokens, floor: number): void {
  const isSignal = (w: string) => SIGNALS.includes(w.toLowerCase()) || SIGNALS.includes(w.toLowerCase().replace(/,$/, ''));
  while (n.kept.length > 1) {
    const s = n.kept[0].s;
    const next = n.kept[1].s.toLowerCase();
    if ((s === 'In' || s === 'in') && (next === 're' || next === 're:')) break;
    if (/^ex$/i.test(s) && next.startsWith('parte')) break;
    if (PROSE_OPENERS.has(s) && !isSignal(s) && isUpper(n.kept[1].s.charCodeAt(0))) {
      const before = previousToken(t, n.kept[0].start, floor);
      // Not the second word of the signal itself (`See Also`).
      if (before && isSignal(before.s) && !isSignal(`${before.s.replace(/,$/, '')} ${s}`)) break;
    }
    // `Later, Heller, 554 U.S. at 600`: an opener keeps its comma.
    if (isLowerCh(s.charCodeAt(0)) || PROSE_OPENERS.has(s) || PROSE_OPENERS.has(s.replace(/,$/, '')) || SIGNALS.includes(s.toLowerCase())) {
      n.kept = n.kept.slice(1);
      n.v -= 1;
      continue;
    }
    break;
  }
  // An outline marker opening the line (`B.`, `IV.`, `2.`) heads a section, not a name.
  if (n.kept.length > 1 && /^(?:[A-Z]|[IVXL]+|\d{1,2})\.$/.test(n.kept[0].s) && atLineStart(t, n.kept[0].start)) {
    n.kept = n.kept.slice(1);
    n.v -= 1;
  }
}

/** The name the kept tokens make, or undefined when they make none. */
function nameFrom(t: string, kept: Tok[], v: number, requireVersus: boolean): RawName | undefined {
  if (kept.length === 0 || v === 0) return undefined;
  // Pins and numbers alone (`¶¶ 11-12, 14, 425 Ill.Dec. 611`) are no name.
  if (!kept.some((t) => /[A-Za-z]/.test(t.s))) return undefined;
  if (kept.length === 1 && (PROSE_OPENERS.has(kept[0].s) || SIGNALS.includes(kept[0].s.toLowerCase()))) return undefined;
  if (isLowerCh(kept[0].s.charCodeAt(0))) return undefined;

  const start = kept[0].start;
  let end = kept[kept.length - 1].end;
  // The comma before the volume is not part of the name.
  while (end > start && (t[end - 1] === ',' || t[end - 1] === ' ')) end--;
  const text = t.slice(start, end);
  const name: RawName = { start, end, text };
  if (v > 0) {
    name.versus = kept[v].s;
    name.plaintiff = t.slice(start, kept[v - 1].end).replace(/,$/, '');
    name.defendant = t.slice(kept[v].end, end).trim();
    if (name.defendant === '') return undefined;
  } else {
    const s0 = kept[0].s;
    if (PROCEDURAL.test(s0) && kept.length > 1) {
      const two = `${s0} ${kept[1].s}`;
      if (/^(?:ex parte|in re:?|matter of)$/i.test(two)) name.procedural = two;
    }
    if (requireVersus && !name.procedural) return undefined;
    // Without `v.`, a name is short (a short-form name or `Ex parte Young`).
    if (kept.length > 8 && !name.procedural) return undefined;
  }
  return name;
}
