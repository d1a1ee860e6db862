// CITE083 (opt-in) — a state statute cited without the year of the code
// edition: `Conn. Gen. Stat. § 4-165(a) (2021)`. Strict Bluebook and Indigo
// form want the year; Connecticut and District of Connecticut practice leave
// it out, so the rule is off unless turned on. The year belongs to the edition
// the writer consulted, which Pincite cannot know: no fix.

import type { Rule } from './types';
import { insideQuotation } from '../text/quotes';
import { isStateCode } from '../data/codeTypes';
import { onHeadingLine } from './citeSpans';

export const CITE083: Rule = {
  meta: {
    code: 'CITE083',
    title: 'State code edition year missing',
    defaultSeverity: 'info',
    indigo: 'R17.3',
    bluebook: '12.3.2',
    fix: 'lookup',
    optIn: true,
  },
  check({ cites, text, quoted }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'statute' || c.year !== undefined) continue;
      if (!isStateCode(c.code)) continue;
      // Quotations reproduce their source; a heading names the statute, it does not cite it.
      if (insideQuotation(quoted, c.span) || onHeadingLine(text, c.span.start)) continue;
      // A code named in words in prose is not a citation form.
      const own = new Set(c.code.split(/[\s.]+/));
      const written = text.slice(c.codeSpan.start, c.codeSpan.end);
      if ((written.match(/\b[A-Z][a-z]{3,}\b(?!\.)/g) ?? []).some((w) => !own.has(w))) continue;
      out.push({
        span: c.span,
        citation: c.index,
        message: `Give the year of the ${c.code} edition consulted in a parenthetical after the section, e.g. "(2021)". Pincite cannot know which edition was used.`,
        fixes: [],
      });
    }
    return out;
  },
};
