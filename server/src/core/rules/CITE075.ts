// CITE075 — a pin into a Westlaw or Lexis document is a star page joined by
// "at": `2019 WL 4933517, at *3`. Flags a star pin joined by a bare comma
// (`, *8`), a star parted from its number (`at * 3`), a missing star
// (`, at 3`), and `@` written for "at", in full database citations, their
// short forms and an Id. that resolves to one.

import type { Citation, Pin } from '../types';
import type { Edit, Rule } from './types';

/** A pin the scanner did not read after a citation: `, @ *3`, `, at*3`. */
const UNREAD_PIN = /^(,?)([ \t]*)(@|at)([ \t]*)(\*?)([ \t]*)(\d{1,6})(?![\d\w])/;

export const CITE075: Rule = {
  meta: {
    code: 'CITE075',
    title: 'Database pin form',
    defaultSeverity: 'error',
    indigo: 'R12.4.1',
    bluebook: '10.8.1(a), 18.3.1',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    const isDb = (c: Citation | undefined) => c?.kind === 'database';
    for (const c of cites) {
      let pins: Pin[];
      if (c.kind === 'database') pins = c.pins;
      else if (c.kind === 'id' && c.resolution === 'resolved' && c.antecedent != null && isDb(cites[c.antecedent])) pins = c.pins;
      else continue;
      const edits: Edit[] = [];
      const problems = new Set<string>();
      pins.forEach((p, k) => {
        const before = text.slice(Math.max(c.span.start, p.span.start - 8), p.span.start);
        const spacedStar = /\*[ \t]+$/.exec(before);
        let starAt = p.span.start; // where the star is, or where it belongs
        if (spacedStar) {
          starAt = p.span.start - spacedStar[0].length;
          edits.push({ start: starAt + 1, end: p.span.start, newText: '' });
          problems.add('no space between the star and the page');
        } else if (p.kind !== 'star' && (p.kind === 'page' || p.kind === 'range') && /^\d/.test(p.text)) {
          edits.push({ start: p.span.start, end: p.span.start, newText: '*' });
          problems.add('a database page is a star page (`*3`)');
        }
        if (k === 0 && p.joiner === 'comma') {
          edits.push({ start: starAt, end: starAt, newText: text[starAt - 1] === ',' ? ' at ' : 'at ' });
          problems.add('the pin is joined by "at"');
        }
      });
      // `@ *3` and `at*3` end the scanner's reading: look just past the citation.
      let span = c.span;
      if (pins.length === 0 && c.parentheticals.length === 0) {
        const m = UNREAD_PIN.exec(text.slice(c.span.end, c.span.end + 24));
        if (m && (m[3] === '@' || m[5] === '*') && (m[3] === '@' || m[4] === '' || m[6] !== '')) {
          if (c.kind === 'database' && m[1] === '') {
            edits.push({ start: c.span.end, end: c.span.end, newText: ',' });
            problems.add('a comma before "at"');
          }
          let at = c.span.end + m[1].length + m[2].length;
          if (m[3] === '@') {
            edits.push({ start: at, end: at + 1, newText: 'at' });
            problems.add('write "at", not "@"');
          }
          at += m[3].length;
          if (m[4] === '') {
            edits.push({ start: at, end: at, newText: ' ' });
            problems.add('a space after "at"');
          }
          at += m[4].length;
          if (m[5] === '') {
            edits.push({ start: at, end: at, newText: '*' });
            problems.add('a database page is a star page (`*3`)');
          }
          at += m[5].length;
          if (m[6] !== '') {
            edits.push({ start: at, end: at + m[6].length, newText: '' });
            problems.add('no space between the star and the page');
          }
          span = { start: c.span.start, end: c.span.end + m[0].length };
        }
      }
      if (!edits.length) continue;
      out.push({
        span,
        citation: c.index,
        message: `CITE075 Write a database pin as "at *N" (${[...problems].join('; ')}).`,
        fixes: [{ title: 'Write the pin as "at *N"', edits }],
      });
    }
    return out;
  },
};
