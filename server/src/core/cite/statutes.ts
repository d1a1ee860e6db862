// Statutes, regulations and court rules: a code's name (with a title number
// before it or not) and a section (`42 U.S.C. § 1983`, `Conn. Gen. Stat.
// § 4-165(a)`, `Fed. R. Civ. P. 12(b)(6)`).

import type { RuleCitation, StatuteCitation } from '../types';
import { lookupCode, type Code } from '../data/codes';
import { at, isDigit, skipWs, skipWsBack, tokenEnd, tokenStart } from './lex';
import { parseParentheticals } from './parentheticals';
import { findSignal } from './caseName';
import { make } from './make';
import type { Scanner } from './scanner';

const SECTION = new RegExp(
  '(§§?|[Ss]ecs?\\.|[Ss]ections?)?[ \\t]?' +
    '(\\d[0-9A-Za-z]*(?:[.:\\-\\u2013][0-9A-Za-z]+)*(?:\\([0-9A-Za-z]{1,4}\\))*' +
    '(?:[ \\t]?(?:-|\\u2013|to|through)[ \\t]?\\d[0-9A-Za-z]*(?:[.:\\-][0-9A-Za-z]+)*(?:\\([0-9A-Za-z]{1,4}\\))*)?' +
    '(?:,[ \\t]?\\([0-9A-Za-z]{1,4}\\))*(?:[ \\t]et seq\\.)?)',
  'y',
);

/** `42 U.S.C. § 1983`, `42 USC 1983`, `29 C.F.R. § 1614.105`: a title number, a code, a section. */
export function tryTitledCode(scan: Scanner, i: number, limit: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
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
  const titleWord = /Title\s$/.exec(t.slice(Math.max(scan.floor, i - 6), i));
  if (titleWord) start = i - titleWord[0].length;
  return finishStatute(scan, start, vm[0], best, limit, nestedIn);
}

/** `Conn. Gen. Stat. § 4-165(a)`: a code name before a section sign. */
export function trySection(scan: Scanner, i: number, limit: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
  // Collect up to six tokens before the section sign, on the same line.
  const toks: Array<{ s: number; e: number }> = [];
  let j = i;
  while (toks.length < 6) {
    const e = skipWsBack(t, j, scan.floor);
    if (e <= scan.floor || t[e - 1] === '\n') break;
    const s = tokenStart(t, e, scan.floor);
    if (s === e) break;
    toks.unshift({ s, e });
    j = s;
  }
  // Massachusetts numbers its General Laws by chapter, then section: `Mass. Gen. Laws ch. 93A, § 11`.
  // The code is the tokens before `ch.`; the chapter is kept with the citation.
  let chapter: string | undefined;
  const n = toks.length;
  if (n >= 3 && /^ch\.$/i.test(t.slice(toks[n - 2].s, toks[n - 2].e))) {
    const ch = /^(\d{1,4}[A-Z]{0,2}),$/.exec(t.slice(toks[n - 1].s, toks[n - 1].e));
    if (!ch) return null;
    chapter = ch[1];
    toks.length = n - 2;
  }
  for (let k = 0; k < toks.length; k++) {
    const text = t.slice(toks[k].s, toks[toks.length - 1].e);
    const code = lookupCode(text);
    if (!code || code.kind === 'constitution') continue;
    // After a chapter, the section sign comes after `ch. N, `: the code's span ends at its last token, the section is read from the sign.
    const from = chapter !== undefined ? i : undefined;
    if (k > 0 && /^\d{1,3}$/.test(t.slice(toks[k - 1].s, toks[k - 1].e))) {
      const vs = toks[k - 1].s;
      return finishStatute(scan, vs, t.slice(vs, toks[k - 1].e), { code, s: toks[k].s, e: toks[toks.length - 1].e }, limit, nestedIn, chapter, from);
    }
    return finishStatute(scan, toks[k].s, undefined, { code, s: toks[k].s, e: toks[toks.length - 1].e }, limit, nestedIn, chapter, from);
  }
  return null;
}

function finishStatute(
  scan: Scanner,
  start: number,
  title: string | undefined,
  code: { code: Code; s: number; e: number },
  limit: number,
  nestedIn: number | undefined,
  chapter?: string,
  sectionFrom?: number,
): number | null {
  const t = scan.t;
  const k = sectionFrom ?? skipWs(t, code.e, limit);
  const sm = at(SECTION, t, k);
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
  const b = scan.base(kind, start, end, nestedIn);
  const signal = findSignal(t, start, scan.floor);
  if (signal) b.signal = { text: signal.text, span: scan.span(signal.start, signal.end) };
  b.parentheticals = scan.parens(rawParens);
  if (kind === 'rule') {
    const c = make<RuleCitation>(b, {
      kind: 'rule',
      code: code.code.abbr,
      codeAsWritten: scan.origTextClean(code.s, code.e),
      codeSpan: scan.span(code.s, code.e),
      rule: (sm[1] ? sm[1] + ' ' : '') + section,
      ruleSpan: scan.span(secStart, secEnd),
    });
    scan.add(c, start, end);
    scan.linkHistory(c, start);
    return end;
  }
  const c = make<StatuteCitation>(b, {
    kind,
    code: code.code.abbr,
    codeAsWritten: scan.origTextClean(code.s, code.e),
    codeSpan: scan.span(code.s, code.e),
    sectionSign: sm[1] ?? '',
    section,
    sectionSpan: scan.span(secStart, secEnd),
  });
  if (title !== undefined) c.title = title;
  if (chapter !== undefined) c.chapter = chapter;
  const yearParen = rawParens.find((p) => /\d{4}/.test(t.slice(p.innerStart, p.innerEnd)));
  if (yearParen) c.year = Number(/(\d{4})/.exec(t.slice(yearParen.innerStart, yearParen.innerEnd))![1]);
  scan.add(c, start, end);
  scan.linkHistory(c, start);
  return end;
}

export function tryRule(scan: Scanner, i: number, limit: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
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
  const b = scan.base('rule', i, end, nestedIn);
  const signal = findSignal(t, i, scan.floor);
  if (signal) b.signal = { text: signal.text, span: scan.span(signal.start, signal.end) };
  const c = make<RuleCitation>(b, {
    kind: 'rule',
    code: best.code.abbr,
    codeAsWritten: scan.origTextClean(best.s, best.e),
    codeSpan: scan.span(best.s, best.e),
    rule: rm[1],
    ruleSpan: scan.span(k, end),
  });
  scan.add(c, i, end);
  scan.linkHistory(c, i);
  return end;
}
