// CITE031 — procedural phrases in case names: `Ex parte`, `In re`, `ex rel.`,
// exactly so (`Ex Parte Young` → `Ex parte Young`, `In Re`/`In re:` → `In re`,
// `Ex Rel.`/`ex. rel.` → `ex rel.`). The rule reads the whole text, not only
// the names attached to citations, because a case is often named in a sentence
// ("the *Ex parte Young* exception"). Markdown headings and all-capital lines
// are left alone: their capitals are the heading's style.

import type { Citation } from '../types';
import type { Edit, Rule } from './types';
import { caseNameOf } from './caseNameTools';

interface Hit {
  start: number;
  end: number;
  written: string;
  right: string;
  edits: Edit[];
}

/** `Ex Parte`, `Ex. parte`, `Ex. Parte` (a capital E: the phrase opens the name). */
const EX_PARTE = /(?<![A-Za-z])Ex(\.?)(\s+)([Pp])arte(?=[*_]*[ \t\u00a0]+[*_]*[A-Z])/g;
/** Papers and proceedings that are titled `Ex Parte …`, where the phrase is not a case name's. */
const PAPER_AFTER_EX_PARTE =
  /^[*_]*\s+[*_]*(?:Application|Motion|Petition|Request|Order|Communication|Hearing|Relief|Proceedings?|Submission|Notice|Filing|TRO|Temporary)\b/;

/** `In Re`, `In Re:`, `In re:` before a name. */
const IN_RE = /(?<![A-Za-z])In(\s+)(R|r)e(:?)(?=[*_]*[ \t\u00a0]+[*_]*[A-Z0-9"“])/g;
/** `Ex Rel.`, `ex. rel.`, `ex rel` and the like, between a party and the relator. */
const EX_REL = /(?<![A-Za-z])([Ee])x(\.?)(\s+)([Rr])el(\.?)(?=[*_]*[ \t\u00a0]+[*_]*[A-Z])/g;

/** Drops hits on Markdown headings and all-capital lines, reading each line once. */
function outsideHeadings(text: string, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  let lineStart = -1;
  let lineEnd = -1;
  let skip = false;
  for (const h of hits) {
    if (h.start >= lineEnd) {
      let s = h.start;
      const floor = Math.max(0, lineEnd);
      while (s > floor && text[s - 1] !== '\n') s--;
      let e = h.start;
      while (e < text.length && text[e] !== '\n') e++;
      lineStart = s;
      lineEnd = e;
      const line = text.slice(lineStart, lineEnd);
      const letters = line.replace(/[^A-Za-z]/g, '');
      skip = /^\s{0,3}#/.test(line) || (letters.length > 8 && letters === letters.toUpperCase());
    }
    if (!skip) out.push(h);
  }
  return out;
}

function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let m: RegExpExecArray | null;
  EX_PARTE.lastIndex = 0;
  while ((m = EX_PARTE.exec(text))) {
    if (!m[1] && m[3] === 'p') continue;
    // `Ex Parte Application for a TRO`: the title of a motion, not a case name.
    if (PAPER_AFTER_EX_PARTE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const edits: Edit[] = [];
    const dot = m.index + 2;
    if (m[1]) edits.push({ start: dot, end: dot + 1, newText: '' });
    const p = m.index + 2 + m[1].length + m[2].length;
    if (m[3] === 'P') edits.push({ start: p, end: p + 1, newText: 'p' });
    hits.push({ start: m.index, end: m.index + m[0].length, written: m[0], right: 'Ex parte', edits });
  }
  IN_RE.lastIndex = 0;
  while ((m = IN_RE.exec(text))) {
    if (m[2] === 'r' && !m[3]) continue;
    const edits: Edit[] = [];
    const r = m.index + 2 + m[1].length;
    if (m[2] === 'R') edits.push({ start: r, end: r + 1, newText: 'r' });
    if (m[3]) edits.push({ start: r + 2, end: r + 3, newText: '' });
    hits.push({ start: m.index, end: m.index + m[0].length, written: m[0], right: 'In re', edits });
  }
  EX_REL.lastIndex = 0;
  while ((m = EX_REL.exec(text))) {
    if (m[1] === 'e' && !m[2] && m[4] === 'r' && m[5]) continue;
    const edits: Edit[] = [];
    if (m[1] === 'E') edits.push({ start: m.index, end: m.index + 1, newText: 'e' });
    if (m[2]) edits.push({ start: m.index + 2, end: m.index + 3, newText: '' });
    const r = m.index + 2 + m[2].length + m[3].length;
    if (m[4] === 'R') edits.push({ start: r, end: r + 1, newText: 'r' });
    if (!m[5]) edits.push({ start: r + 3, end: r + 3, newText: '.' });
    hits.push({ start: m.index, end: m.index + m[0].length, written: m[0], right: 'ex rel.', edits });
  }
  return outsideHeadings(
    text,
    hits.sort((a, b) => a.start - b.start),
  );
}

/** The citation whose case name holds `pos`, by binary search over names sorted by start. */
function owner(names: Array<{ start: number; end: number; index: number }>, pos: number): number | undefined {
  let lo = 0;
  let hi = names.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].start <= pos) lo = mid + 1;
    else hi = mid - 1;
  }
  if (hi >= 0 && pos < names[hi].end) return names[hi].index;
  return undefined;
}

export const CITE031: Rule = {
  meta: {
    code: 'CITE031',
    title: 'Procedural phrases: Ex parte, In re, ex rel.',
    defaultSeverity: 'error',
    indigo: 'R2.1, R11.5.7',
    bluebook: '10.2.1(b)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const hits = findHits(text);
    if (!hits.length) return [];
    const names = cites
      .map((c: Citation) => ({ name: caseNameOf(c), index: c.index }))
      .filter((n) => n.name)
      .map((n) => ({ start: n.name!.span.start, end: n.name!.span.end, index: n.index }))
      .sort((a, b) => a.start - b.start);
    const out = [];
    const byCite = new Map<number, Hit[]>();
    for (const h of hits) {
      const idx = owner(names, h.start);
      if (idx === undefined) {
        out.push({
          span: { start: h.start, end: h.end },
          message: `Write "${h.right}", not "${h.written.replace(/\s+/g, ' ')}".`,
          fixes: [{ title: `Write "${h.right}"`, edits: h.edits }],
        });
      } else {
        const list = byCite.get(idx) ?? [];
        list.push(h);
        byCite.set(idx, list);
      }
    }
    for (const [idx, list] of byCite) {
      out.push({
        span: { start: list[0].start, end: list[list.length - 1].end },
        citation: idx,
        message: `${list.map((h) => `Write "${h.right}", not "${h.written.replace(/\s+/g, ' ')}"`).join('; ')}.`,
        fixes: [{ title: list.length === 1 ? `Write "${list[0].right}"` : 'Fix the procedural phrases', edits: list.flatMap((h) => h.edits) }],
      });
    }
    return out;
  },
};
