// CITE075 — a pin into a Westlaw or Lexis document is a star page joined by
// "at": `2019 WL 4933517, at *3`. Flags a star pin joined by a bare comma
// (`, *8`), a star parted from its number (`at * 3`), a missing star
// (`, at 3`), and `@` written for "at", in full database citations, their
// short forms and an Id. that resolves to one.

import type { Citation, Pin } from '../types';
import type { Edit, Rule } from './types';
import { minimalEdit } from './edits';

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
        let insert = '';
        // The scanner reads `* 3` and `@ *3` as star pins: repair them in place.
        const spaceInPin = p.kind === 'star' ? /^\*([ \t]+)/.exec(p.text) : null;
        if (spaceInPin) {
          edits.push({ start: p.span.start + 1, end: p.span.start + 1 + spaceInPin[1].length, newText: '' });
          problems.add('no space between the star and the page');
        }
        const atSign = /@([ \t]*)$/.exec(before);
        if (atSign && p.joiner === 'at') {
          const at = p.span.start - atSign[0].length;
          edits.push({ start: at, end: at + 1, newText: 'at' });
          if (atSign[1] === '') edits.push({ start: at + 1, end: at + 1, newText: ' ' });
          problems.add('write "at", not "@"');
        }
        if (spacedStar) {
          starAt = p.span.start - spacedStar[0].length;
          edits.push({ start: starAt + 1, end: p.span.start, newText: '' });
          problems.add('no space between the star and the page');
        } else if ((p.kind === 'page' || p.kind === 'range') && /^\d/.test(p.text)) {
          insert = '*';
          problems.add('a database page is a star page (`*3`)');
        }
        if (k === 0 && p.joiner === 'comma') {
          insert = (text[starAt - 1] === ',' ? ' at ' : 'at ') + insert;
          problems.add('the pin is joined by "at"');
        }
        if (insert) edits.push({ start: starAt, end: starAt, newText: insert });
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
          const from = c.span.end + m[1].length + m[2].length;
          const written = m[3] + m[4] + m[5] + m[6];
          if (m[3] === '@') problems.add('write "at", not "@"');
          if (m[4] === '' && m[3] !== '@') problems.add('a space after "at"');
          if (m[5] === '') problems.add('a database page is a star page (`*3`)');
          if (m[6] !== '') problems.add('no space between the star and the page');
          const e = minimalEdit(from, written, 'at *');
          if (e) edits.push(e);
          span = { start: c.span.end + m[1].length + m[2].length, end: c.span.end + m[0].length };
        }
      }
      if (!edits.length) continue;
      // Point at the pins, not the whole citation.
      const lo = Math.min(...edits.map((e) => e.start), ...pins.map((p) => p.span.start));
      const hi = Math.max(...edits.map((e) => e.end), ...pins.map((p) => p.span.end));
      if (span === c.span) span = { start: Math.max(c.span.start, lo), end: Math.min(c.span.end, hi) };
      out.push({
        span,
        citation: c.index,
        message: `Write a database pin as "at *N" (${[...problems].join('; ')}).`,
        fixes: [{ title: 'Write the pin as "at *N"', edits }],
      });
    }
    return out;
  },
};
