// CITE013 — how a page span is written. The second number keeps its last two
// digits and drops any other digits it repeats from the first (`911-15`,
// `1061-62`, `45-46`, `99-101`), and a citation never says "p." or "pp.".
// The expanded span is known from what is written, so the fix is safe. A span
// that runs backwards is left to CITE012.

import type { Edit, Rule } from './types';
import { allPins, pageSpanText } from './citeParts';

/** The second number of a span as it should be written. */
export function shortSpanEnd(from: number, to: number): string {
  const f = String(from);
  const t = String(to);
  if (t.length !== f.length) return t;
  let common = 0;
  while (common < f.length && f[common] === t[common]) common++;
  return t.slice(Math.min(common, t.length - 2));
}

export const CITE013: Rule = {
  meta: {
    code: 'CITE013',
    title: 'Page-span form',
    defaultSeverity: 'warning',
    indigo: 'R5.1.1, R5.1.2, R11.7.2',
    bluebook: '3.2(a)',
    fix: 'safe',
  },
  check({ cites, text, style }) {
    const out = [];
    // House styles that write spans in full (`510–511`) or with page words (`at p. 5`).
    const fullSpans = style.accepts.has('fullPageSpans');
    const pageWords = style.accepts.has('pageWords');
    for (const c of cites) {
      if (c.kind !== 'case' && c.kind !== 'shortCase' && c.kind !== 'id') continue;
      const edits: Edit[] = [];
      const what: string[] = [];
      for (const pin of allPins(c)) {
        const s = pageSpanText(text, pin);
        if (!s) continue;
        if (s.pageWord && !pageWords) {
          edits.push({ start: s.start, end: s.fromStart, newText: '' });
          what.push(`drop "${s.pageWord.trim()}"`);
        }
        if (fullSpans || s.to === undefined || pin.kind !== 'range' || pin.from === undefined || pin.to === undefined) continue;
        if (pin.to < pin.from || Number(s.from) !== pin.from) continue;
        const right = shortSpanEnd(pin.from, pin.to);
        if (right === s.to) continue;
        edits.push({ start: s.toStart, end: s.toStart + s.to.length, newText: right });
        what.push(`write "${s.from}${s.dashChar}${right}", not "${s.from}${s.dashChar}${s.to}"`);
      }
      if (edits.length === 0) continue;
      const first = edits[0].start;
      const last = Math.max(...edits.map((e) => e.end));
      out.push({
        span: { start: first, end: last },
        citation: c.index,
        message: `Page span: ${what.join('; ')}. Keep the last two digits of the second page and drop the other repeated ones; no "p." or "pp." in a citation.`,
        fixes: [{ title: 'Correct the page span', edits }],
      });
    }
    return out;
  },
};
