// CITE017 — commas between the elements of a case citation. The case name is
// followed by a comma (`Shay v. Rossi, 253 Conn. 134`); a comma is never
// doubled (`Rossi,, 253`, `134, , 181`); and none separates the citation from
// its parenthetical (`14297, (3:97cv2380 (JCH))`, `1 F.3d 1, (2d Cir. 1993)`).
// Each fix adds or removes one comma where what belongs there is plain.
//
// A doubled or stray comma after the first page stops the scanner there, so
// the parenthetical or pin it separates falls outside the citation's span; the
// finding covers that comma, which sits right at the span's end.

import type { Edit, Rule } from './types';
import type { Citation } from '../types';
import { lookupCourt } from '../data/courts';

/** Does a parenthetical's content read as a citation's own parenthetical? */
function citationParenthetical(inner: string): boolean {
  const s = inner.trim();
  if (/^[^()]{0,60}?\b(?:1[6-9]|20)\d\d\s*$/.test(s.split(')')[0])) return true; // court and date
  if (/^(?:No\.\s?)?\d{1,2}:\d{2}-?[a-z]{2}-?\d/i.test(s)) return true; // docket
  if (
    /^(?:holding|quoting|citing|per curiam|en banc|plurality|internal quotation|emphasis|alteration|stating|finding|noting|explaining|concluding|reasoning|affirming|reversing|dismissing|applying|recognizing|rejecting)\b/i.test(
      s,
    )
  )
    return true;
  const court = /^([^()]{2,40})\)/.exec(s + ')');
  return !!court && !!lookupCourt(court[1].trim());
}

function bodyStart(text: string, c: Citation): number | undefined {
  if (c.kind === 'case' || c.kind === 'shortCase') return c.volumeSpan.start;
  if (c.kind === 'database' && c.caseName) {
    const k = text.indexOf(c.year, c.caseName.span.end);
    return k >= 0 && k < c.span.end ? k : undefined;
  }
  return undefined;
}

export const CITE017: Rule = {
  meta: {
    code: 'CITE017',
    title: 'Commas between citation elements',
    defaultSeverity: 'warning',
    indigo: 'R11.1, R11.2',
    bluebook: '10.1',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'case' && c.kind !== 'shortCase' && c.kind !== 'database') continue;
      const edits: Edit[] = [];
      const what: string[] = [];
      let span: { start: number; end: number } | undefined;
      const body = bodyStart(text, c);
      // The comma after the case name.
      const missing = c.notes.find((n) => n.code === 'missingNameComma');
      if (missing && body !== undefined && c.caseName) {
        let k = body;
        while (k > c.caseName.span.end && /\s/.test(text[k - 1])) k--;
        if (k < body) {
          edits.push({ start: k, end: k, newText: ',' });
          what.push('a comma after the case name');
          span = { start: c.caseName.span.start, end: body };
        }
      } else if (body !== undefined && c.caseName) {
        const gap = text.slice(c.caseName.span.end, body);
        const m = /,([ \t]*,)+/.exec(gap);
        if (m) {
          const s = c.caseName.span.end + m.index + 1;
          edits.push({ start: s, end: s + m[0].length - 1, newText: '' });
          what.push('one comma after the case name');
          span = { start: c.caseName.span.start, end: body };
        }
      }
      // Right after the citation: a doubled comma, or a comma before its parenthetical.
      if (c.parallelOf === undefined) {
        const after = text.slice(c.span.end, c.span.end + 80);
        const doubled = /^,([ \t]*,)+(?=[ \t]*\d)/.exec(after);
        const comma = /^,[ \t]*\(([^\n]*)/.exec(after);
        if (doubled) {
          edits.push({ start: c.span.end + 1, end: c.span.end + doubled[0].length, newText: '' });
          what.push('one comma, not two');
          span = { start: span?.start ?? c.span.end, end: c.span.end + doubled[0].length };
        } else if (comma && citationParenthetical(comma[1])) {
          edits.push({ start: c.span.end, end: c.span.end + 1, newText: '' });
          what.push('no comma before the parenthetical');
          span = { start: span?.start ?? c.span.end, end: c.span.end + 1 };
        }
      }
      if (edits.length === 0 || !span) continue;
      out.push({
        span,
        citation: c.index,
        message: `Punctuation between citation elements: ${what.join('; ')}.`,
        fixes: [{ title: what.length === 1 ? `Write ${what[0]}` : 'Correct the commas', edits }],
      });
    }
    return out;
  },
};
