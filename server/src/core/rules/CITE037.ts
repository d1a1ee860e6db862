// CITE037 — a case name that is part of a sentence's prose is spelled out:
// only &, Ass'n, Bros., Co., Corp., Inc., Ltd. and No. are abbreviated there
// (`In Bd. of Regents v. Roth, the Court held` → `In Board of Regents v. Roth,
// …`). Covers names attached to citations that read as prose (`In Bd. of
// Regents v. Roth, 408 U.S. 564 (1972), the Court held`) and names the scanner
// does not attach to any citation: a `X v. Y` phrase followed by the sentence's
// own words, found by one pass over the text. The fix spells out only the
// abbreviations that stand for exactly one word; the others are named in the
// message. A document that abbreviates case names in its prose at least three
// times and never spells out a word the table abbreviates follows a house
// style (Ohio's official style does), which is accepted.

import { abbreviationsOf, wordsFor } from '../data/nameWords';
import { placeByAbbr } from '../data/places';
import { PROSE_OPENERS } from '../cite/words';
import type { Span } from '../types';
import type { Edit, Rule } from './types';
import { caseNameOf, DESIGNATIONS, nameContext, nextSignificant, partiesOf, straight, tokensIn, type Party, type Token } from './caseNameTools';
import { minimalEdit } from './edits';

/** Abbreviations allowed in prose (Indigo R11.4, Bluebook 10.2.1(c)). */
const PROSE_ALLOWED = new Set(['&', "Ass'n", "Ass'ns", 'Bros.', 'Co.', 'Cos.', 'Corp.', 'Corps.', 'Inc.', 'Ltd.', 'No.']);

/** Abbreviations that are as often something else: initials, `St.` (Saint), `Ed.`, `Dr.`, `Rev.`, `U.S.` in company names. */
const NOT_JUDGED = new Set(['St.', 'Ed.', 'Dr.', 'Rev.', 'U.S.', 'Mt.', 'Ft.', 'Jr.', 'Sr.', 'Ind.', 'Or.', 'Me.', 'Mo.', 'La.', 'Miss.', 'Del.', 'Op.', 'Ord.', 'Rep.']);

/** Words of a party that the table abbreviates but the writer spelled out (`Savings`, `Department`). */
function spelledOut(text: string, party: Party | Span): number {
  let n = 0;
  for (const t of tokensIn(text, party.start, party.end)) {
    const w = straight(t.s);
    if (/^[A-Z][a-z]+$/.test(w) && !PROSE_ALLOWED_WORDS.has(w) && abbreviationsOf(w)?.length) n++;
  }
  return n;
}

/** Words whose abbreviations prose keeps (`Company` → `Co.`): spelling them out says nothing. */
const PROSE_ALLOWED_WORDS = new Set([
  'Association',
  'Associations',
  'Brothers',
  'Company',
  'Companies',
  'Corporation',
  'Corporations',
  'Incorporated',
  'Limited',
  'Number',
]);

interface Expansion {
  token: Token;
  words: string[];
}

function expansionOf(s: string): string[] {
  if (PROSE_ALLOWED.has(s) || NOT_JUDGED.has(s) || DESIGNATIONS.test(s)) return [];
  if (/^[A-Z]\.$/.test(s)) return []; // a single letter is as likely an initial
  const place = placeByAbbr(s);
  if (place) return [place.name];
  if (s === 'N.Y.C.') return ['New York City'];
  return wordsFor(s);
}

function overAbbreviated(text: string, party: Party | Span): Expansion[] {
  const out: Expansion[] = [];
  for (const t of tokensIn(text, party.start, party.end)) {
    const words = expansionOf(straight(t.s));
    if (words.length) out.push({ token: t, words });
  }
  return out;
}

/** Connectors that may sit inside a party's name. */
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'for', 'de', 'ex', 'rel.', 'on', 'in', 'du', 'la', 'von', 'van']);

function isNameToken(s: string): boolean {
  return /^[A-Z0-9&]/.test(s) || CONNECTORS.has(s);
}

/** A token ending in a period that does not end the sentence. */
function abbreviationLike(s: string): boolean {
  const b = straight(s);
  if (PROSE_ALLOWED.has(b) || DESIGNATIONS.test(b) || wordsFor(b).length || placeByAbbr(b)) return true;
  return /^[A-Z]\.$/.test(b) || /\..*\./.test(b) || b.includes("'");
}

interface ProseName {
  start: number;
  end: number;
  parties: Span[];
}

/**
 * `X v. Y` phrases in prose not attached to a citation: the words after the
 * name carry on the sentence (`…v. Roth, the Court held`, `…v. Roth held`).
 * Each `v.` reads at most a dozen words either way, so the pass is linear.
 */
function proseNames(text: string, taken: Span[]): ProseName[] {
  const out: ProseName[] = [];
  const re = /(?<=[\s*_])v\.(?=[\s*_])/g;
  let m: RegExpExecArray | null;
  let t = 0;
  while ((m = re.exec(text))) {
    const v = m.index;
    while (t < taken.length && taken[t].end <= v) t++;
    if (t < taken.length && taken[t].start <= v) continue;
    // Cheap tests first: a capital (or emphasis) after `v. `, a name character before ` v.`.
    const after = nextSignificant(text, v + 2, 8);
    if (!/[A-Z0-9]/.test(text[after] ?? '')) continue;
    const beforeV = text[v - 2] ?? '';
    if (!/[A-Za-z.'’*_)]/.test(beforeV)) continue;
    // Backwards: the plaintiff.
    const back = tokensIn(text, Math.max(0, v - 150), v).slice(-12);
    let k = back.length;
    while (k > 0) {
      const tok = back[k - 1];
      const s = tok.s;
      if (tok.comma || /[;:]$/.test(s) || text[tok.end] === ';' || text[tok.end] === ':') break;
      if (!isNameToken(s)) break;
      if (/\n\s*\n/.test(text.slice(tok.end, k < back.length ? back[k].start : v))) break;
      if (s.endsWith('.') && !abbreviationLike(s) && k < back.length) break;
      if (PROSE_OPENERS.has(s) && (k === 1 || !isNameToken(back[k - 2].s) || (back[k - 2].s.endsWith('.') && !abbreviationLike(back[k - 2].s)))) break;
      k--;
    }
    while (k < back.length && CONNECTORS.has(back[k].s)) k++;
    if (k >= back.length) continue;
    if (back[k].s.endsWith('.') && !abbreviationLike(back[k].s)) continue;
    const plaintiff: Span = { start: back[k].start, end: back[back.length - 1].end };
    // Forwards: the defendant, up to a comma, a sentence end or the prose.
    const fwd = tokensIn(text, v + 2, Math.min(text.length, v + 180)).slice(0, 13);
    let j = 0;
    let endTok = -1;
    let follow: 'comma' | 'word' | 'other' = 'other';
    for (; j < fwd.length; j++) {
      const s = fwd[j].s;
      if (/^\d/.test(s) && j > 0) {
        follow = 'other';
        break;
      }
      if (!isNameToken(s)) {
        follow = /^[a-z]/.test(s) ? 'word' : 'other';
        break;
      }
      endTok = j;
      if (fwd[j].comma) {
        follow = 'comma';
        break;
      }
      if (s.endsWith('.') && !abbreviationLike(s)) {
        follow = 'other';
        break;
      }
    }
    while (endTok >= 0 && CONNECTORS.has(fwd[endTok].s)) endTok--;
    if (endTok < 0) continue;
    let prose = follow === 'word';
    if (follow === 'comma') {
      const n = nextSignificant(text, fwd[endTok].end + 1);
      const w = /^[A-Za-z][A-Za-z'’.]*/.exec(text.slice(n, n + 30))?.[0] ?? '';
      prose = /^[a-z]/.test(w) && !/^(?:see|cf\.?|but|accord|quoting|citing|aff'd|rev'd|cert\.|at)$/.test(w);
    }
    if (!prose) continue;
    out.push({ start: plaintiff.start, end: fwd[endTok].end, parties: [plaintiff, { start: fwd[0].start, end: fwd[endTok].end }] });
  }
  return out;
}

function finding(span: Span, found: Expansion[], citation?: number) {
  const edits: Edit[] = [];
  const parts: string[] = [];
  for (const f of found) {
    if (f.words.length === 1) {
      const e = minimalEdit(f.token.start, f.token.s, f.words[0]);
      if (e) edits.push(e);
      parts.push(`"${f.token.s}" → "${f.words[0]}"`);
    } else {
      parts.push(`"${f.token.s}" → ${f.words.map((w) => `"${w}"`).join(' or ')}`);
    }
  }
  return {
    span,
    ...(citation === undefined ? {} : { citation }),
    message: `A case name in the prose of a sentence is spelled out (only &, Ass'n, Bros., Co., Corp., Inc., Ltd. and No. are abbreviated): ${parts.join('; ')}.`,
    fixes: edits.length ? [{ title: 'Spell out the case-name words', edits }] : [],
  };
}

export const CITE037: Rule = {
  meta: {
    code: 'CITE037',
    title: 'Abbreviated case name in prose',
    defaultSeverity: 'warning',
    indigo: 'R11.4',
    bluebook: '10.2.1(c)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    const taken: Span[] = [];
    const seen = new Set<number>();
    // Names in prose that spell out a word the table abbreviates: the writer follows the rule.
    let spelled = 0;
    for (const c of cites) {
      const name = caseNameOf(c);
      if (!name) continue;
      taken.push(name.span);
      if (seen.has(name.span.start)) continue;
      seen.add(name.span.start);
      if (nameContext(text, c) !== 'prose') continue;
      const parties = partiesOf(text, name);
      spelled += parties.reduce((n, p) => n + spelledOut(text, p), 0);
      const found = parties.flatMap((p) => overAbbreviated(text, p));
      if (found.length) out.push(finding(name.span, found, c.index));
    }
    taken.sort((a, b) => a.start - b.start);
    for (const n of proseNames(text, taken)) {
      spelled += n.parties.reduce((k, p) => k + spelledOut(text, p), 0);
      const found = n.parties.flatMap((p) => overAbbreviated(text, p));
      if (found.length) out.push(finding({ start: n.start, end: n.end }, found));
    }
    // A document that abbreviates case names in its prose throughout (as Ohio's
    // official style does) and never spells one out follows a house style of its own.
    if (out.length >= 3 && spelled === 0) return [];
    return out;
  },
};
