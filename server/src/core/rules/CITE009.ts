// CITE009 — how the court is written inside the date parenthetical. The court
// takes the table's abbreviation and spacing (`D. Conn.`, `Conn. Super. Ct.`,
// `2d Cir.`), ordinals are `2d`/`3d` (never `2nd`/`3rd`), an abbreviation is
// not cut short (`Conn. Super.` is Westlaw's display form), one space separates
// the court from the date, and no stray spaces sit inside the brackets. Every
// fix here only respaces or completes what is already written.

import type { Edit, Rule } from './types';
import type { Citation, Parenthetical } from '../types';
import { readCourt } from '../data/courtForms';
import { minimalEdit } from './edits';

interface Problem {
  what: string;
  edits: Edit[];
}

function courtProblems(text: string, start: number, end: number, padded: boolean, closedOk = false): Problem[] {
  const written = text.slice(start, end);
  const r = readCourt(written, padded);
  if (!r?.problem) return [];
  if (closedOk && r.problem === 'spacing') return []; // `D.Colo.` in West text
  const what =
    r.problem === 'ordinal'
      ? `write the ordinal as "${r.right}", not "${written}"`
      : r.problem === 'incomplete'
        ? `the court is "${r.right}", not "${written}"`
        : `write "${r.right}", not "${written}"`;
  const edit = minimalEdit(start, written, r.right);
  return edit ? [{ what, edits: [edit] }] : [];
}

/**
 * `padded`: the text is justified typescript, where runs of spaces are the
 * layout's; a line break inside the brackets is always the layout's.
 */
function parenProblems(text: string, p: Parenthetical, padded: boolean, closedOk: boolean): Problem[] {
  const out: Problem[] = [];
  const open = p.span.start;
  const close = p.closed ? p.span.end - 1 : p.span.end;
  // Space just inside the brackets: `( 2d Cir. 1988 )`.
  const lead = /^[ \t]+/.exec(text.slice(open + 1, close));
  if (lead) out.push({ what: 'no space after "("', edits: [{ start: open + 1, end: open + 1 + lead[0].length, newText: '' }] });
  if (p.closed) {
    const trail = trailingBlanks(text.slice(open + 1, close));
    if (trail && trail.index > (lead?.[0].length ?? 0)) {
      out.push({ what: 'no space before ")"', edits: [{ start: open + 1 + trail.index, end: close, newText: '' }] });
    }
  }
  if (p.court && p.courtSpan) {
    out.push(...courtProblems(text, p.courtSpan.start, p.courtSpan.end, padded, closedOk));
    // Between the court and the date: exactly one space.
    if (p.year !== undefined) {
      const after = text.slice(p.courtSpan.end, close);
      if (/^[0-9A-Z]/.test(after)) {
        if (closedOk) return out; // `(10th Cir.2008)`: West closes the date up
        out.push({ what: 'one space between the court and the date', edits: [{ start: p.courtSpan.end, end: p.courtSpan.end, newText: ' ' }] });
      } else {
        const gap = /^[ \t]{2,}(?=[0-9A-Z])/.exec(after);
        if (gap && !padded) {
          out.push({
            what: 'one space between the court and the date',
            edits: [{ start: p.courtSpan.end + 1, end: p.courtSpan.end + gap[0].length, newText: '' }],
          });
        }
      }
    }
  }
  return out;
}

/**
 * A first parenthetical the scanner could not read as a court because the
 * court is misspelled (`(2nd Cir.)`): read it as a court here.
 */
function unreadCourt(text: string, c: Citation, padded: boolean): Problem[] {
  if (c.kind !== 'case' && c.kind !== 'database' && c.kind !== 'docket') return [];
  const p = c.parentheticals[0];
  if (!p || p.kind === 'courtDate' || !p.closed || c.parentheticals.some((x) => x.kind === 'courtDate')) return [];
  const innerStart = p.span.start + 1;
  const inner = text.slice(innerStart, p.span.end - 1);
  // The one line between the brackets, blanks trimmed (counted by hand: a pattern for it backtracked over long runs of blanks).
  if (inner.includes('\n')) return [];
  const lead = /^[ \t]*/.exec(inner)![0].length;
  const court = inner.slice(lead, trailingBlanks(inner)?.index ?? inner.length);
  if (court.length === 0 || court.length > 40) return [];
  const r = readCourt(court, padded);
  if (!r?.problem || r.problem === 'spacing') return [];
  return courtProblems(text, innerStart + lead, innerStart + lead + court.length, padded);
}

/** Where the spaces and tabs ending `s` start, if it ends with any. */
function trailingBlanks(s: string): { index: number } | undefined {
  let k = s.length;
  while (k > 0 && (s.charCodeAt(k - 1) === 32 || s.charCodeAt(k - 1) === 9)) k--;
  return k < s.length ? { index: k } : undefined;
}

export const CITE009: Rule = {
  meta: {
    code: 'CITE009',
    title: 'Court abbreviation form in the date parenthetical',
    defaultSeverity: 'warning',
    indigo: 'T9, T1, T3, R7.2',
    bluebook: 'T7, T1, 6.2(b)',
    fix: 'safe',
  },
  check({ cites, text, result, style }) {
    const out = [];
    const padded = result.layout?.justified ?? false;
    const closedOk = style.accepts.has('closedUpCourts');
    for (const c of cites) {
      const paren = c.parentheticals.find((p) => p.kind === 'courtDate');
      const problems = paren ? parenProblems(text, paren, padded, closedOk) : unreadCourt(text, c, padded);
      if (problems.length === 0) continue;
      const span = paren ?? c.parentheticals[0];
      out.push({
        span: span.span,
        citation: c.index,
        message: `Court-and-date parenthetical "${span.text}": ${problems.map((p) => p.what).join('; ')}.`,
        fixes: [{ title: 'Correct the court abbreviation', edits: problems.flatMap((p) => p.edits) }],
      });
    }
    return out;
  },
};
