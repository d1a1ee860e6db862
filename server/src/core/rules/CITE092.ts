// CITE092 — a pin beyond the opinion's last page (`158 F. Supp. 2d 214, 250`
// when Russo ends at 242). Pincite knows an opinion's last page only for the
// opinions in its library, so the rule runs on citations that designate one.
// A pin before the first page is CITE012's.

import type { Rule } from './types';
import { opinionPins } from './opinionPins';

export const CITE092: Rule = {
  meta: {
    code: 'CITE092',
    title: "Pin cite beyond the opinion's last page",
    defaultSeverity: 'error',
    indigo: 'R11.7',
    bluebook: '3.2(a)',
    fix: 'none',
    checksQuoted: true,
  },
  check({ cites, library }) {
    if (!library) return [];
    const out = [];
    for (const [i, o] of library.designated) {
      const last = o.meta.lastPage;
      if (last === undefined) continue;
      for (const p of opinionPins(cites, cites[i], o)) {
        const end = p.to ?? p.from;
        if (end <= last) continue;
        out.push({
          span: p.span,
          citation: i,
          message: `Page ${end} is past the end of ${o.meta.caption}, which runs from page ${o.meta.firstPage ?? '?'} to ${last}. Check the pin against the opinion.`,
          fixes: [],
        });
      }
    }
    return out;
  },
};
