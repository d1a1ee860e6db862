// CITE071 — history that a citation should leave out: a denial of rehearing,
// and a denial of certiorari for a decision more than two years old (unless the
// denial matters to the point, which only the writer can judge — hence info).
// Two years are counted to the year the document was written (the latest year
// it cites or dates), not to today. The fix drops the phrase and the citation it
// introduces, unless further history follows it.

import type { Citation } from '../types';
import type { Finding, Rule } from './types';
import { historyPhrases } from './historyPhrases';

function decisionYear(c: Citation): number | undefined {
  if (c.kind === 'case') return c.year;
  if (c.kind === 'database') return c.decisionYear;
  if (c.kind === 'docket') return c.year;
  return undefined;
}

const FULL_DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, ((?:19|20)\d\d)\b/g;

/**
 * The year the document was written, as far as it tells: the latest year it
 * dates (`March 9, 1993` in an opinion's caption) or cites besides the case
 * being judged and its history (an opinion of 1993 cites nothing later), never
 * after the current year. A document with no other date is taken to be current.
 */
function writtenIn(text: string, cites: Citation[], now: number): (excluded: number[]) => number {
  const dated: Array<{ year: number; index: number }> = [];
  for (const c of cites) {
    const y = decisionYear(c) ?? ('year' in c && typeof c.year === 'number' ? c.year : undefined);
    if (y !== undefined && y <= now) dated.push({ year: y, index: c.index });
  }
  FULL_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FULL_DATE.exec(text))) if (Number(m[1]) <= now) dated.push({ year: Number(m[1]), index: -1 });
  dated.sort((a, b) => b.year - a.year);
  return (excluded) => dated.find((d) => !excluded.includes(d.index))?.year ?? now;
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
    // "Two years old" when the document was written: no earlier than the latest year it cites.
    const yearWritten = writtenIn(text, cites, new Date().getFullYear());
    const hasLaterHistory = new Set([...phrases.values()].map((h) => h.of.index));
    for (const h of phrases.values()) {
      let why: string | undefined;
      if (/^reh'g(?: en banc)? denied$/.test(h.canonical)) {
        why = 'a denial of rehearing is left out of a citation';
      } else if (h.canonical === 'cert. denied') {
        const year = decisionYear(h.of);
        const group = [h.of.index, h.cite.index, ...('parallels' in h.of ? h.of.parallels : []), ...('parallels' in h.cite ? h.cite.parallels : [])];
        if (year === undefined || yearWritten(group) - year <= 2) continue;
        why = `certiorari was denied for a decision from ${year}, more than two years ago; leave the denial out unless it matters to the point`;
      } else continue;
      // Further history after this one would be left dangling: then no fix.
      // So would history of the same decision written after it (`, and overruled on other grounds by …`).
      const next = hasLaterHistory.has(h.cite.index) || /^[\s*_]*,[\s*_]*[a-z]/.test(text.slice(h.cite.span.end, h.cite.span.end + 40));
      const phraseText = text.slice(h.words[0].start, h.words[h.words.length - 1].end).replace(/[*_]/g, '');
      // The message quotes all the fix would drop, the citation with the phrase.
      const dropped = text.slice(h.words[0].start, h.cite.span.end).replace(/[*_]/g, '').replace(/\s+/g, ' ');
      out.push({
        span: { start: h.words[0].start, end: h.cite.span.end },
        citation: h.cite.index,
        message: `"${dropped}": ${why}.`,
        fixes: next ? [] : [{ title: `Drop "${phraseText}" and its citation`, edits: [{ start: h.gap.start, end: h.cite.span.end, newText: '' }] }],
      });
    }
    return out;
  },
};
