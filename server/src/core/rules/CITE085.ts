// CITE085 — constitution citations: `U.S. Const. amend. XIV, § 1`,
// `U.S. Const. art. I, § 8, cl. 3`, `Conn. Const. art. I, § 11`. The
// subdivision words are lower-case abbreviations (`amend.`, `art.`, `pmbl.`),
// `Const.` takes its period and is followed by a space but no comma,
// amendments and articles are numbered in Roman numerals, and a comma sets off
// the section. Spacing after `§` is CITE080's. The Supreme Court and the
// Solicitor General capitalise the part (`Art. III`, `Amend. II`), and
// California puts a comma after `Const.`: in those house styles that is accepted.

import type { ConstitutionCitation } from '../types';
import type { Edit, Rule } from './types';
import { minimalEdit } from './edits';

const PART =
  /\bConst(\.?)(,?)([ \t]*)(amend|Amend|AMEND|art|Art|ART|pmbl|Pmbl|[Aa]mendment|[Aa]rticle|[Pp]reamble)(\.?)([ \t]*)([IVXLCDM]+|\d{1,3})?(?![\w])(?:(,?)([ \t]*)(?=§))?/;

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

export const CITE085: Rule = {
  meta: {
    code: 'CITE085',
    title: 'Constitution citation form',
    defaultSeverity: 'warning',
    indigo: 'R23.1, R23.3, T13',
    bluebook: '11, T16',
    fix: 'safe',
  },
  check({ cites, text, style }) {
    const out = [];
    const commaOk = style.accepts.has('constitutionComma'); // California: `Cal. Const., art. IV`
    const capitalOk = style.accepts.has('constitutionCapitals'); // the Supreme Court and the SG: `Art. III`, `Amend. II`
    for (const c of cites) {
      if (c.kind !== 'constitution') continue;
      const r = checkOne(c, text, commaOk, capitalOk);
      if (r) out.push({ ...r, citation: c.index });
    }
    return out;
  },
};

function checkOne(c: ConstitutionCitation, text: string, commaOk: boolean, capitalOk: boolean) {
  const written = text.slice(c.span.start, c.span.end);
  const m = PART.exec(written);
  if (!m || !c.part) return undefined;
  const base = c.span.start + m.index;
  let at = base + 'Const'.length;
  const edits: Edit[] = [];
  const problems: string[] = [];
  const push = (e: Edit | undefined, problem: string) => {
    if (!e) return;
    edits.push(e);
    if (!problems.includes(problem)) problems.push(problem);
  };
  const [, period, comma, space1, word, wordPeriod, space2, number, secComma, space3] = m;
  if (period === '') push({ start: at, end: at, newText: '.' }, 'write "Const."');
  at += period.length;
  if (comma && !commaOk) push({ start: at, end: at + 1, newText: '' }, 'no comma after "Const."');
  at += comma.length;
  if (space1 === '') push({ start: at, end: at, newText: ' ' }, 'a space after "Const."');
  at += space1.length;
  const partWritten = word + wordPeriod;
  const capitalised = c.part.charAt(0).toUpperCase() + c.part.slice(1);
  if (!(capitalOk && partWritten === capitalised)) push(minimalEdit(at, partWritten, c.part), `write "${c.part}", not "${partWritten}"`);
  at += partWritten.length;
  if (number !== undefined && space2 === '') push({ start: at, end: at, newText: ' ' }, `a space after "${c.part}"`);
  at += space2.length;
  if (number !== undefined) {
    if (/^\d+$/.test(number) && c.part !== 'pmbl.') {
      const n = Number(number);
      if (n > 0 && n < 100)
        push({ start: at, end: at + number.length, newText: roman(n) }, `number the ${c.part === 'amend.' ? 'amendment' : 'article'} in Roman numerals ("${roman(n)}")`);
    }
    at += number.length;
    if (secComma === '' && space3 !== undefined) push({ start: at, end: at, newText: ',' }, 'a comma before "§"');
    else if (secComma === ',' && space3 === '') push({ start: at + 1, end: at + 1, newText: ' ' }, 'a space after the comma');
  }
  if (!edits.length) return undefined;
  let right = written;
  // Right to left; at one position the later-pushed edit goes first, so an insert
  // and a replacement that start together come out in the order they were made.
  const order = edits.map((e, k) => ({ e, k }));
  order.sort((a, b) => b.e.start - a.e.start || b.k - a.k);
  for (const { e } of order) {
    right = right.slice(0, e.start - c.span.start) + e.newText + right.slice(e.end - c.span.start);
  }
  return {
    span: c.span,
    message: `Write "${right.replace(/\s+/g, ' ')}": ${problems.join('; ')}.`,
    fixes: [{ title: 'Correct the constitution citation', edits }],
  };
}
