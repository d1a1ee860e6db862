// A brief's own tables of contents and authorities: runs of entries ending in
// dot leaders and page lists, which are not running text.

import type { Layout } from './layout';
import type { Line } from './layoutLines';

/**
 * A table-of-authorities or contents line ends in dot leaders and the pages:
 * `Graham v. Connor, 490 U.S. 386 (1989) ........ 6, 7, 9-13`, `Conclusion .... 24`,
 * `28 U.S.C. 1920 ........ 3a`, `... passim`. Items are comma-separated, so a
 * run of digits can be split only one way (no backtracking blow-up).
 */
const PAGE_ITEM = '(?:\\d{1,4}[a-z]?(?:\\s?[-\u2013]\\s?\\d{1,4}[a-z]?)?|[ivxlc]{1,6})';
const LEADER = new RegExp(`[ \t]*(?:\\.[ \t]?){4,}[ \t]*(?:${PAGE_ITEM}(?:,[ \t]?${PAGE_ITEM})*|passim)[ \t]*$`);
const TABLE_HEADING = /^(?:TABLE OF (?:CONTENTS|(?:CITED )?AUTHORITIES|CASES)|INDEX OF AUTHORITIES|AUTHORITIES CITED|Table of (?:Contents|(?:Cited )?Authorities))$/;

/**
 * The brief's own tables: runs of leader lines (with the heading above and the
 * entry lines between them). Each leader and page list is deleted, so an
 * entry reads as its citation, and each entry's first line is a barrier.
 */
export function findTables(text: string, lines: Line[], del: (at: number, end: number) => void, tables: Layout['tables'], barriers: number[]): void {
  const leaderAt = (l: Line): number => {
    const from = Math.max(l.textStart, l.end - 240);
    const m = LEADER.exec(text.slice(from, l.end));
    return m ? from + m.index : -1;
  };
  let k = 0;
  while (k < lines.length) {
    const head = TABLE_HEADING.test(lines[k].content);
    const firstLeader = head ? -1 : leaderAt(lines[k]);
    if (!head && firstLeader < 0) {
      k++;
      continue;
    }
    // A table: from here to the last leader line that follows within a few entry lines.
    const start = lines[k].start;
    let last = head ? -1 : k;
    let sinceLeader = 0;
    let j = head ? k + 1 : k;
    let entryStart = true;
    const entries: number[] = [];
    const leaders: Array<[number, number]> = [];
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (l.content === '' || l.furniture) continue;
      const at = leaderAt(l);
      if (at >= 0) {
        if (entryStart) entries.push(l.textStart);
        leaders.push([at, l.end]);
        last = j;
        sinceLeader = 0;
        entryStart = true;
        continue;
      }
      if (++sinceLeader > 6) break;
      if (entryStart) entries.push(l.textStart);
      // A section label (`Cases:`, `Statutes and rules—Continued: Page`) stands alone.
      entryStart = /:(?:\s*Page)?$|^Page$/.test(l.content);
    }
    if (last < 0 || leaders.length < 2) {
      k = Math.max(k + 1, last + 1);
      continue;
    }
    const end = lines[last].end;
    tables.push({ start, end });
    for (const e of entries) if (e <= end) barriers.push(e);
    for (const [at, e] of leaders) del(at, e);
    k = last + 1;
  }
}
