// Sort keys "as courts expect" a table of authorities to run. Each key is a
// string compared with `<`: components joined by a tab (below every printable
// character, so a shorter component sorts first), numbers zero-padded so they
// compare by value, and a number written where a word may be marked with `~`
// so it sorts after every letter.

import { lookupCode } from '../data/codes';

const SEP = '\t';

function pad(n: number): string {
  const s = String(Math.min(Math.max(Math.floor(n), 0), 9_999_999_999));
  return '0'.repeat(10 - s.length) + s;
}

/**
 * Letters lower-cased without accents, punctuation dropped (apostrophes) or a
 * word break, digit runs as `~` and their padded value: `4-165(a)` gives
 * `~0000000004 ~0000000165 a`, after `4-9` and before `4-166`.
 */
export function natural(s: string): string {
  const plain = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain.replace(/\d+/g, (d) => '~' + pad(Number(d)));
}

/** `XIV` → 14, `14` → 14; NaN for anything else. */
export function romanOrNumber(s: string): number {
  const t = s.trim().toUpperCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[IVXLCDM]{1,15}$/.test(t)) return NaN;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const a = v[t[i]];
    const b = i + 1 < t.length ? v[t[i + 1]] : 0;
    n += a < b ? -a : a;
  }
  return n;
}

/** Procedural phrases a case is not alphabetised under (`Ex parte Young` goes under Y). */
const PROCEDURAL_LEAD = /^(?:in re|ex parte|in the matter of|matter of)\s+/i;
const EX_REL = /\bex rel\.?\s*/gi;

/** The words a case is alphabetised by: no leading procedural phrase, `ex rel.` or leading `The`. */
export function caseSortName(name: string): string {
  let s = name.trim().replace(PROCEDURAL_LEAD, '');
  s = s.replace(EX_REL, '');
  s = s.replace(/^the\s+/i, '');
  return s;
}

/** Cases: by name as above (a case with no name by its citation); numbers after letters; then by the rest of the citation. */
export function caseKey(name: string | undefined, text: string): string {
  return natural(caseSortName(name || text)) + SEP + natural(text);
}

/** Constitutions: the United States first, then states by name; preamble, articles, amendments; then number, section, clause. */
export function constitutionKey(c: { jurisdiction: string; part: string; number: string; section?: string; clause?: string }): string {
  const jur = /^U\.?\s?S\.?$/i.test(c.jurisdiction.trim()) ? '0' : '1' + natural(c.jurisdiction);
  const p = c.part.toLowerCase();
  const part = p.startsWith('pmbl') || p.startsWith('preamble') ? '0' : p.startsWith('art') ? '1' : p.startsWith('amend') ? '2' : '3' + natural(p);
  const n = romanOrNumber(c.number);
  const num = Number.isNaN(n) ? '~' + natural(c.number) : pad(n);
  return [jur, part, num, natural(c.section ?? ''), natural(c.clause ?? '')].join(SEP);
}

/** Federal (`us`) codes first, the United States Code before any other; then by code, title and section. */
function codeRank(code: string): string {
  if (/^U\.?\s?S\.?\s?C\.?/.test(code)) return '0';
  const jur = lookupCode(code)?.jurisdiction;
  return (jur === 'us' ? '1' : '2') + natural(code);
}

/** Statutes: U.S.C. by title then section, numerically; then other federal codes; then state codes. */
export function statuteKey(c: { code: string; title?: string; section: string }): string {
  return [codeRank(c.code), natural(c.title ?? ''), natural(c.section)].join(SEP);
}

/** Court rules: federal sets first, then by set, then by rule number. */
export function ruleKey(c: { code: string; rule: string }): string {
  const jur = lookupCode(c.code)?.jurisdiction;
  return [(jur === 'us' || /^Fed\./.test(c.code) ? '0' : '1') + natural(c.code), natural(c.rule)].join(SEP);
}

/** Regulations: codified ones (C.F.R., state codes) as statutes, then the Federal Register and the like by how they read. */
export function regulationKey(c: { code: string; title?: string; section: string } | { name: string }): string {
  return 'code' in c ? '0' + SEP + statuteKey(c) : '1' + SEP + natural(c.name);
}

/** Session laws (`Pub. L. No.`, `Stat.`), after every code. */
export function sourceStatuteKey(text: string): string {
  return '3' + SEP + natural(text);
}

/** Other authorities, legislative materials: alphabetically, as they read. */
export function otherKey(c: { name: string }): string {
  return natural(c.name);
}
