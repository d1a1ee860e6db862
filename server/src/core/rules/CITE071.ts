// CITE071 — history that a citation should leave out: a denial of rehearing,
// and a denial of certiorari for a decision more than two years old (unless the
// denial matters to the point, which only the writer can judge — hence info).
// The fix drops the phrase and the citation it introduces.

import type { Citation } from '../types';
import type { Finding, Rule } from './types';
import { historyPhrases } from './a46Helpers';

function decisionYear(c: Citation): number | undefined {
  if (c.kind === 'case') return c.year;
  if (c.kind === 'database') return c.decisionYear;
  if (c.kind === 'docket') return c.year;
  return undefined;
}

export const CITE071: Rule = {
  meta: {
    code: 'CITE071',
    title: 'History to leave out',
    defaultSeverity: 'info',
    indigo: 'R14.2',
    bluebook: '10.7',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    const phrases = historyPhrases(text, cites);
    const thisYear = new Date().getFullYear();
    const hasLaterHistory = new Set([...phrases.values()].map((h) => h.of.index));
    for (const h of phrases.values()) {
      let why: string | undefined;
      if (/^reh'g(?: en banc)? denied$/.test(h.canonical)) {
        why = 'a denial of rehearing is left out of a citation';
      } else if (h.canonical === 'cert. denied') {
        const year = decisionYear(h.of);
        if (year === undefined || thisYear - year <= 2) continue;
        why = `certiorari was denied for a decision from ${year}, more than two years ago; leave the denial out unless it matters to the point`;
      } else continue;
      // Further history after this one would be left dangling: then no fix.
      const next = hasLaterHistory.has(h.cite.index);
      const phraseText = text.slice(h.words[0].start, h.words[h.words.length - 1].end).replace(/[*_]/g, '');
      // The message quotes all the fix would drop, the citation with the phrase.
      const dropped = text.slice(h.words[0].start, h.cite.span.end).replace(/[*_]/g, '').replace(/\s+/g, ' ');
      out.push({
        span: { start: h.words[0].start, end: h.cite.span.end },
        citation: h.cite.index,
        message: `CITE071 "${dropped}": ${why}.`,
        fixes: next ? [] : [{ title: `Drop "${phraseText}" and its citation`, edits: [{ start: h.gap.start, end: h.cite.span.end, newText: '' }] }],
      });
    }
    return out;
  },
};
