// CITE040 — signal capitalisation. A signal that opens a citation sentence
// starts with a capital (`See`, `But see`); one that opens a citation clause
// (after a comma) or follows a semicolon in a string cite is lower-case. Only
// the first letter is judged here: the spelling of the rest is CITE041's.

import type { Finding, Rule } from './types';
import { leadBefore } from './sentencePosition';

export const CITE040: Rule = {
  meta: {
    code: 'CITE040',
    title: 'Signal capitalization',
    defaultSeverity: 'warning',
    indigo: 'R4.5.1, R4.5.2',
    bluebook: '1.2, B1.2',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const c of cites) {
      const sig = c.signal;
      if (!sig) continue;
      const start = sig.span.start;
      const first = text[start];
      if (!/[A-Za-z]/.test(first)) continue;
      const lead = leadBefore(text, start);
      const upper = first === first.toUpperCase();
      const word = sig.text.replace(/[*_]/g, '').trim();
      if ((lead === 'clause' || lead === 'semicolon') && upper) {
        const where = lead === 'semicolon' ? 'after a semicolon' : 'in a citation clause';
        const right = first.toLowerCase();
        out.push({
          span: sig.span,
          citation: c.index,
          message: `A signal ${where} is lower-case: write "${right}${word.slice(1)}", not "${word}".`,
          fixes: [{ title: `Lower-case "${word}"`, edits: [{ start, end: start + 1, newText: right }] }],
        });
      } else if ((lead === 'sentence' || lead === 'paragraph') && !upper) {
        const right = first.toUpperCase();
        out.push({
          span: sig.span,
          citation: c.index,
          message: `A signal that begins a citation sentence is capitalized: write "${right}${word.slice(1)}", not "${word}".`,
          fixes: [{ title: `Capitalize "${word}"`, edits: [{ start, end: start + 1, newText: right }] }],
        });
      }
    }
    return out;
  },
};
