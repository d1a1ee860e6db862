// CITE102 — a pin to pages of an opinion that its text in the library does not
// hold, so Pincite cannot check the pin or a quotation against it. Russo
// begins at 158 F. Supp. 2d 214, but both bundled copies start at 219: pages
// 214-218 are the reporter's caption, synopsis and headnotes. Information only:
// the pin may well be right.

import type { Rule } from './types';
import { opinionPins } from './opinionPins';

export const CITE102: Rule = {
  meta: {
    code: 'CITE102',
    title: 'Pin cite to pages the bundled text does not hold',
    defaultSeverity: 'info',
    indigo: 'R11.7',
    bluebook: '3.2(a)',
    fix: 'none',
    checksQuoted: true,
  },
  check({ cites, library }) {
    if (!library) return [];
    const out = [];
    for (const [i, o] of library.designated) {
      const first = o.meta.firstPage;
      const last = o.meta.lastPage;
      if (first === undefined || last === undefined || !o.heldPages()) continue;
      for (const p of opinionPins(cites, cites[i], o)) {
        const to = Math.min(p.to ?? p.from, last);
        if (p.from < first || p.from > last) continue; // CITE012 and CITE092 cover those
        const missing: number[] = [];
        for (let page = p.from; page <= to && missing.length < 50; page++) if (!o.holdsPage(page)) missing.push(page);
        if (!missing.length) continue;
        const which = missing.length === 1 ? `page ${missing[0]}` : `pages ${missing[0]}–${missing[missing.length - 1]}`;
        out.push({
          span: p.span,
          citation: i,
          message: `The text of ${o.meta.caption} in the library holds pages ${o.heldPages()}, not ${which}, so this pin and any quotation it supports cannot be checked.`,
          fixes: [],
        });
      }
    }
    return out;
  },
};
