// CITE101 — the quoted words are in the cited opinion, but not on the page the
// pin names. The fix sets the pin to the page (or the range, when the
// quotation runs over a page break, or `page n.N` when it is in a footnote)
// where the words are. When the words occur on several other pages the fix is
// offered for each; the writer chooses.

import type { Fix, Rule } from './types';
import type { Citation } from '../types';
import type { QuoteMatch } from '../library/types';
import type { OpinionText } from '../library/library';
import { quoteWords } from '../library/quotes';
import { formatPageRange, opinionPins } from './opinionPins';
import { MIN_QUOTE_WORDS } from './CITE100';

/** The pin that names where a match is: `229`, `228-29`, `230 n.5`. */
function pinFor(t: OpinionText, m: QuoteMatch, dash: string): string | undefined {
  if (m.fromPage === undefined) return undefined;
  const fn = t.pages.footnotes.find((f) => f.start <= m.start && m.end <= f.end);
  if (fn && fn.page !== undefined) return `${fn.page} n.${fn.label}`;
  return formatPageRange(m.fromPage, m.toPage ?? m.fromPage).replace('-', dash);
}

/** The dash the brief writes page ranges with (en dash or hyphen), so the fix matches its style. */
function rangeDash(cites: Citation[]): string {
  for (const c of cites) if ('pins' in c) for (const p of c.pins) if (p.kind === 'range') return p.text.includes('\u2013') ? '\u2013' : '-';
  return '-';
}

function overlaps(m: QuoteMatch, from: number, to: number): boolean {
  if (m.fromPage === undefined) return false;
  return m.fromPage <= to && (m.toPage ?? m.fromPage) >= from;
}

export const CITE101: Rule = {
  meta: {
    code: 'CITE101',
    title: 'Quotation on another page than the pin cite',
    defaultSeverity: 'warning',
    indigo: 'R11.7',
    bluebook: '3.2(a), 5.1',
    fix: 'suggest',
    checksQuoted: true,
  },
  check({ cites, library }) {
    if (!library) return [];
    const out = [];
    const quotations = library.quotations();
    const dash = rangeDash(cites);
    for (const [i, o] of library.designated) {
      const pins = opinionPins(cites, cites[i], o);
      if (!pins.length) continue;
      for (const q of quotations.get(i) ?? []) {
        if (quoteWords(q.words).length < MIN_QUOTE_WORDS) continue;
        // In a string citation the words may belong to another member; the pin is judged only when this opinion alone vouches.
        if (q.group.some((g) => library.designated.get(g) !== o)) continue;
        const found = o.findQuote(q.words, { paginated: true });
        if (!found || !found.matches.some((m) => m.fromPage !== undefined)) continue;
        // Pages the bundled text lacks cannot be judged (CITE102 says so).
        if (pins.some((p) => !o.holdsPage(p.from))) continue;
        if (found.matches.some((m) => pins.some((p) => overlaps(m, p.from, p.to ?? p.from)))) continue;
        const places = [...new Set(found.matches.map((m) => pinFor(found.text, m, dash)).filter((x): x is string => !!x))].slice(0, 3);
        const fixes: Fix[] =
          pins.length === 1
            ? places.map((pin) => ({ title: `Change the pin cite to ${pin}`, edits: [{ start: pins[0].span.start, end: pins[0].span.end, newText: pin }] }))
            : [];
        out.push({
          span: pins[0].span,
          citation: i,
          message: `CITE101 The quoted words are on ${places.length > 1 ? 'pages ' + places.join(', ') : (/[-\u2013n]/.test(places[0]) ? 'pages ' : 'page ') + places[0]} of ${o.meta.caption}, not on ${pins.map((p) => p.text).join(', ')}.`,
          fixes,
        });
        break; // one finding per citation: the pin is wrong once
      }
    }
    return out;
  },
};
