// CITE100 — quoted words attributed to an opinion in the library that do not
// appear in it. The quotation is matched the way a cite-checker reads it: past
// line breaks, curly or straight quotes, ellipses, bracketed alterations,
// star-page markers and footnote calls (see library/quotes.ts). Quotations of
// fewer than three words are not checked (a quoted term is not a quotation of
// the opinion), and neither is a quotation shared by a string citation with an
// authority outside the library, since it may come from that authority.

import type { Rule } from './types';
import { quoteWords } from '../library/quotes';

/** Signals that do not claim the cited source says the quoted words. */
const LOOSE_SIGNALS = /^(?:cf\.|but|compare|contra|see generally)/i;

export const MIN_QUOTE_WORDS = 3;

export const CITE100: Rule = {
  meta: {
    code: 'CITE100',
    title: 'Quotation not found in the cited opinion',
    defaultSeverity: 'warning',
    indigo: 'R4.1',
    bluebook: '5.1, 5.3',
    fix: 'none',
    checksQuoted: true,
  },
  check({ cites, library }) {
    if (!library) return [];
    const out = [];
    const reported = new Set<number>();
    const quotations = library.quotations();
    for (const [i, o] of library.designated) {
      const c = cites[i];
      if (c.signal && LOOSE_SIGNALS.test(c.signal.text.replace(/[*_]/g, ''))) continue;
      for (const q of quotations.get(i) ?? []) {
        if (reported.has(q.span.start) || quoteWords(q.words).length < MIN_QUOTE_WORDS) continue;
        if (q.group.some((g) => !library.designated.has(g))) continue;
        // A string citation vouches as a whole: the words may be in any member.
        const sources = new Set(q.group.map((g) => library.designated.get(g)!));
        if ([...sources].some((s) => s.findQuote(q.words))) continue;
        reported.add(q.span.start);
        const shown = q.words
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/[.,;:]+$/, '');
        out.push({
          span: q.span,
          citation: i,
          message: `These quoted words are not in ${o.meta.caption} as the library holds it: "${shown.length > 80 ? shown.slice(0, 77) + '…' : shown}". Check the quotation against the opinion.`,
          fixes: [],
        });
      }
    }
    return out;
  },
};
