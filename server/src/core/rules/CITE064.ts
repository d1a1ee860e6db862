// CITE064 — unbalanced parentheses in a citation: a parenthetical that is never
// closed, or a closing bracket too many right after the citation
// (`… due process")).`). Which bracket is wrong needs the writer's eye, so no fix.
// A doubled opening bracket is certainly wrong (an error); a parenthetical that
// runs to the end of its paragraph is a warning, since the rest of it may sit
// after a page break or a footnote the text interleaves.

import type { Rule } from './types';

/**
 * True when an opening bracket before `at` in the same paragraph is still open.
 * In double-spaced text a single blank line is the spacing between lines, not
 * the end of a paragraph.
 */
function openBefore(text: string, at: number, doubleSpaced: boolean): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0 && i > at - 3000; i--) {
    const ch = text[i];
    if (ch === '\n' && /\n[ \t]*$/.test(text.slice(Math.max(0, i - 8), i)) && (!doubleSpaced || /\n[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, i - 16), i)))) break;
    if (ch === ')') depth--;
    else if (ch === '(') {
      depth++;
      if (depth > 0) return true;
    }
  }
  return false;
}

export const CITE064: Rule = {
  meta: {
    code: 'CITE064',
    title: 'Unbalanced parentheses',
    defaultSeverity: 'error',
    indigo: 'R10.2',
    bluebook: '1.5',
    fix: 'none',
  },
  check({ cites, text, result }) {
    const out = [];
    for (const c of cites) {
      let reported = false;
      // A doubled opening bracket (`((Tex. App. 2003, no pet.)`): the extra one is never closed.
      for (const n of c.notes) {
        if (n.code !== 'unclosedParenthetical' || n.detail !== 'doubled') continue;
        reported = true;
        out.push({
          span: n.span,
          citation: c.index,
          message: 'This parenthetical is never closed. Add the closing ")" where it ends.',
          fixes: [],
        });
      }
      for (const p of c.parentheticals) {
        if (p.closed) continue;
        reported = true;
        // Where a parenthetical ends is inferred: a page break or a footnote may
        // carry the rest of it elsewhere in the text. So a warning that says so.
        out.push({
          span: p.span,
          severity: 'warning' as const,
          citation: c.index,
          message:
            'This parenthetical seems never to be closed: Pincite found no ")" for it before its paragraph ends. Add the closing ")" where it ends (if a page break or footnote carries the rest of it, no change is needed).',
          fixes: [],
        });
      }
      if (reported || c.nested || c.parentheticals.length === 0) continue;
      // A `)` right after the citation's last parenthetical with nothing open to close.
      let k = c.span.end;
      while (text[k] === ' ' || text[k] === '\t') k++;
      if (text[k] === ')' && !openBefore(text, c.span.start, !!result.layout?.doubleSpaced)) {
        out.push({
          span: { start: k, end: k + 1 },
          citation: c.index,
          message: 'This ")" closes nothing: the citation\'s parentheticals are already closed. Remove it or add the "(" it belongs to.',
          fixes: [],
        });
      }
    }
    return out;
  },
};
