// CITE080 — the section symbol in statute, regulation and constitution
// citations: `§` followed by a space, `§§` before a range of sections, and the
// symbol rather than `sec.` or `section` inside a citation. A hyphen is part
// of many section numbers (`Conn. Gen. Stat. § 4-165`, `42 U.S.C. § 2000e-5`),
// so a range is read from a hyphen only between two plain U.S. Code section
// numbers (`§ 1983-1985`); elsewhere only `to` or `through` marks one.
// The Supreme Court closes the symbol up (`§1983`): accepted in that house style.

import type { CaseCitation, Citation, StatuteCitation } from '../types';
import type { Edit, Rule } from './types';
import { lookupCode } from '../data/codes';

/** A U.S. Code-style range of whole sections: `1983-1985`, `1981 to 1988`. */
function isRange(c: StatuteCitation): boolean {
  if (/^\S.*?\s(?:to|through)\s\S/.test(c.section)) return true;
  if (c.code !== 'U.S.C.' && c.code !== 'U.S.C.A.' && c.code !== 'U.S.C.S.') return false;
  const m = /^(\d+)\s?[-\u2013]\s?(\d+)$/.exec(c.section);
  return !!m && Number(m[2]) > Number(m[1]) && m[2].length >= m[1].length;
}

interface Sign {
  start: number;
  end: number;
  written: string;
}

/** The section sign as written between the code and the section, in the original text. */
function signOf(text: string, from: number, sectionStart: number): Sign | undefined {
  const between = text.slice(from, sectionStart);
  const m = /(§§?|[Ss]ecs?\.|[Ss]ections?)\s*$/.exec(between);
  if (!m) return undefined;
  const start = from + m.index;
  return { start, end: start + m[1].length, written: m[1] };
}

export const CITE080: Rule = {
  meta: {
    code: 'CITE080',
    title: 'Section symbol',
    defaultSeverity: 'warning',
    indigo: 'R5.2.1, R16',
    bluebook: '6.2(c), 3.3',
    fix: 'safe',
  },
  check({ cites, text, style }) {
    const out = [];
    const closedOk = style.accepts.has('sectionNoSpace');
    for (const c of cites) {
      const found =
        c.kind === 'statute' || c.kind === 'regulation'
          ? checkStatute(c, text, closedOk)
          : c.kind === 'constitution'
            ? closedOk
              ? undefined
              : checkConstitution(c, text)
            : c.kind === 'case'
              ? checkMisreadSec(c, text)
              : undefined;
      if (found) out.push({ ...found, citation: c.index });
    }
    return out;
  },
};

function finding(span: { start: number; end: number }, edits: Edit[], problems: string[]) {
  return {
    span,
    message: `Section symbol: ${problems.join('; ')}.`,
    fixes: [{ title: 'Correct the section symbol', edits }],
  };
}

function checkStatute(c: StatuteCitation, text: string, closedOk: boolean) {
  if (!c.sectionSign) return undefined; // no symbol at all is CITE081's (U.S. Code) concern
  const sign = signOf(text, c.codeSpan.end, c.sectionSpan.start);
  if (!sign) return undefined;
  const several = isRange(c) || /^(?:[Ss]ecs\.|[Ss]ections)$/.test(sign.written);
  const right = several ? '§§' : sign.written.startsWith('§') ? sign.written : '§';
  const edits: Edit[] = [];
  const problems: string[] = [];
  if (!sign.written.startsWith('§')) {
    edits.push({ start: sign.start, end: sign.end, newText: right });
    problems.push(`write "${right}", not "${sign.written}"`);
  } else if (several && sign.written === '§') {
    edits.push({ start: sign.end, end: sign.end, newText: '§' });
    problems.push('use "§§" for several sections');
  }
  if (sign.end === c.sectionSpan.start && !closedOk) {
    edits.push({ start: sign.end, end: sign.end, newText: ' ' });
    problems.push(`put a space after "${right}"`);
  }
  if (!edits.length) return undefined;
  return finding({ start: sign.start, end: c.sectionSpan.end }, edits, problems);
}

function checkConstitution(c: Citation, text: string) {
  const written = text.slice(c.span.start, c.span.end);
  const m = /§§?(?=\d)/.exec(written);
  if (!m) return undefined;
  const end = c.span.start + m.index + m[0].length;
  return finding({ start: c.span.start + m.index, end: end + 1 }, [{ start: end, end, newText: ' ' }], [`put a space after "${m[0]}"`]);
}

/** `42 U.S.C. Sec. 1983`: the scanner reads a capitalised `Sec.` as part of an unknown reporter. */
function checkMisreadSec(c: CaseCitation, text: string) {
  if (c.reporter !== null || c.caseName) return undefined;
  const m = /^(.+?)\s+(Secs?\.|Sections?)$/.exec(c.reporterAsWritten);
  if (!m) return undefined;
  const code = lookupCode(m[1]);
  if (!code || (code.kind !== 'statute' && code.kind !== 'regulation')) return undefined;
  const rep = text.slice(c.reporterSpan.start, c.reporterSpan.end);
  const k = rep.lastIndexOf(m[2]);
  if (k < 0) return undefined;
  const start = c.reporterSpan.start + k;
  const end = start + m[2].length;
  const right = /s\.?$/.test(m[2]) ? '§§' : '§';
  const edits: Edit[] = [{ start, end, newText: right }];
  if (end === c.pageSpan.start) edits.push({ start: end, end, newText: ' ' });
  return finding({ start, end: c.pageSpan.end }, edits, [`write "${right}", not "${m[2]}"`]);
}
