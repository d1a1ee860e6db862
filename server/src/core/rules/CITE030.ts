// CITE030 — the "v." between the parties: always a lower-case v with a period,
// one space on each side. Catches `vs.`, `vs`, `v` without its period, `V.`,
// `versus`, a doubled space around it, and `v.` run into the next word
// (`Roe v.Wade`, which the scanner cannot split into parties, so it is read
// from the text before the citation).

import type { Citation, Span } from '../types';
import type { Edit, Rule } from './types';
import { caseNameOf, versusSpan } from './caseNameTools';
import { minimalEdit } from './edits';

/** Checks the whitespace run between `from` and `to`; returns the edit that makes it one space. */
function spacingEdit(text: string, from: number, to: number, padded: boolean): Edit | 'missing' | undefined {
  const run = text.slice(from, to);
  if (run.includes('\n')) return undefined; // a line break: the wrap is the layout's
  if (run.length === 0) return 'missing';
  if (run.length === 1 || padded) return undefined; // justified typescript pads its spaces
  return { start: from + 1, end: to, newText: '' };
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\n' || ch === '\r';
}

/** The citation a name-less case citation starts after, to bound the look-back. */
function floorOf(cites: Citation[], c: Citation): number {
  let floor = Math.max(0, c.span.start - 160);
  const prev = cites[c.index - 1];
  if (prev && prev.span.end <= c.span.start) floor = Math.max(floor, prev.span.end);
  return floor;
}

export const CITE030: Rule = {
  meta: {
    code: 'CITE030',
    title: 'Form of "v." in a case name',
    defaultSeverity: 'error',
    indigo: 'R11.1, R11.5',
    bluebook: '10.2.1',
    fix: 'safe',
  },
  check({ cites, text, result, style }) {
    const padded = result.layout?.justified ?? false;
    const out = [];
    const seen = new Set<number>();
    for (const c of cites) {
      const name = caseNameOf(c);
      if (!name) {
        if (c.kind !== 'case' && c.kind !== 'database' && c.kind !== 'docket') continue;
        if (c.kind === 'case' && c.parallelOf !== undefined) continue;
        // `Roe v.Wade, 410 U.S. 113`: the period of `v.` runs into the defendant.
        const floor = floorOf(cites, c);
        const window = text.slice(floor, c.span.start);
        const m = /(?:^|[\s*_])(vs?\.)([A-Z][\w'’.&-]*(?:[ \t]+(?:[A-Z&][\w'’.&-]*|of|the|and|for|de|ex|rel\.))*)[*_]*,\s*$/.exec(window);
        if (!m) continue;
        const vStart = floor + m.index + m[0].indexOf(m[1]);
        const vEnd = vStart + m[1].length;
        if (!isSpace(text[vStart - 1]) && text[vStart - 1] !== '*' && text[vStart - 1] !== '_') continue;
        out.push({
          span: { start: vStart, end: vEnd + 1 },
          citation: c.index,
          message: `Write "v." with one space on each side: "${m[1]}${m[2].split(/\s/)[0]}" → "v. ${m[2].split(/\s/)[0]}".`,
          fixes: [{ title: 'Write " v. "', edits: [{ start: vStart, end: vEnd, newText: 'v. ' }] }],
        });
        continue;
      }
      if (!name.versus || seen.has(name.span.start)) continue;
      seen.add(name.span.start);
      const v = versusSpan(text, name);
      if (!v) continue;
      const written = text.slice(v.start, v.end);
      // `Jonathan V. Smith` after a real `v.`: the scanner took a middle initial for the versus.
      if (written === 'V.' && /\sv\.\s/.test(text.slice(Math.max(0, name.span.start - 80), name.span.start))) continue;
      const edits: Edit[] = [];
      const problems: string[] = [];
      // New York's official style writes `v` without its period.
      if (written !== 'v.' && !(written === 'v' && style.accepts.has('versusWithoutPeriod'))) {
        const e = minimalEdit(v.start, written, 'v.');
        if (e) edits.push(e);
        problems.push(`"${written}" is written "v."`);
      }
      // Whitespace before and after the token, over emphasis marks (`*Roe*  v. *Wade*`).
      let b = v.start;
      while (b > name.span.start && isSpace(text[b - 1])) b--;
      let a = v.end;
      while (a < name.span.end && isSpace(text[a])) a++;
      const before = spacingEdit(text, b, v.start, padded);
      const after = spacingEdit(text, v.end, a, padded);
      if (before === 'missing') {
        edits.push({ start: v.start, end: v.start, newText: ' ' });
        problems.push('a space is missing before it');
      } else if (before) {
        edits.push(before);
        problems.push('one space, not several, goes before it');
      }
      if (after === 'missing') {
        edits.push({ start: v.end, end: v.end, newText: ' ' });
        problems.push('a space is missing after it');
      } else if (after) {
        edits.push(after);
        problems.push('one space, not several, goes after it');
      }
      if (!edits.length) continue;
      const span: Span = { start: before ? b : v.start, end: after ? a : v.end };
      out.push({
        span,
        citation: c.index,
        message: `The case name needs " v. ": ${problems.join('; ')}.`,
        fixes: [{ title: 'Write " v. "', edits }],
      });
    }
    return out;
  },
};
