// Page numbers from the rendered brief. A Markdown brief has no pages until
// Pandoc (or a word processor) lays it out, so its table can only name
// headings. Given the text of the rendered brief (`pdftotext -layout
// brief.pdf`, whose pages end in form feeds and print their numbers), each
// entry takes the pages its authority is cited on there: the same authority
// has the same key in both texts, since keys are built from what is cited
// (`case:355 U.S. 41`, `statute:42 U.S.C. § 1983`), not from where.

import type { ScanResult } from '../types';
import { analyzeText } from '../analyze';
import type { Toa, ToaOptions } from './types';

/** The table title alone on a line: the page holding the rendered table itself, whose citations count for nothing. */
const TABLE_TITLE = /^[ \t]*\**TABLE OF AUTHORITIES\**[ \t]*$/im;

/**
 * `toa` with each entry's locations replaced by the pages of `pages` (the
 * rendered brief's text) on which
 * its authority is cited, or undefined when `pages` marks no page.
 * `build` makes a table of the rendered text (buildToa, passed in to keep this
 * module free of a cycle with build.ts).
 */
export function withRenderedPages(toa: Toa, pages: string, options: ToaOptions, build: (text: string, result: ScanResult) => Toa): Toa | undefined {
  // The rendered table lists every authority: a page whose text holds the table's title alone on a line is blanked.
  const text = pages
    .split('\f')
    .map((page) => (TABLE_TITLE.test(page) ? page.replace(/[^\r\n]/g, ' ') : page))
    .join('\f');
  const rendered = build(text, analyzeText(text));
  if (rendered.locationKind !== 'pages') return undefined;
  const byKey = new Map(rendered.sections.flatMap((s) => s.entries).map((e) => [e.authority, e.locations]));
  return {
    locationKind: 'pages',
    sections: toa.sections.map((s) => ({
      ...s,
      entries: s.entries.map((e) => {
        const locations = byKey.get(e.authority) ?? [];
        return { ...e, locations, passim: locations.length > options.passim };
      }),
    })),
  };
}
