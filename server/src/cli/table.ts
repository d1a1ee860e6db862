// Readable output of `pincite cites` without --json: one line per citation with
// its line:column, kind, text and what it resolves to.

import type { CitationJson } from './citesJson';
import type { Place } from './documents';
import { lineCol } from './position';

function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** `place` gives a Word or PDF brief's paragraph, or page and line, instead of line:column. */
export function formatTable(path: string, text: string, cites: CitationJson[], place?: (offset: number) => Place): string {
  const rows: string[] = [];
  rows.push(`${path}: ${cites.length} citation${cites.length === 1 ? '' : 's'}`);
  cites.forEach((c, k) => {
    const where = place ? place(c.start).label.padEnd(12) : lineColumnAt(text, c.start).padEnd(8);
    const kind = String(c.kind).padEnd(12);
    let tail = '';
    if (c.parallelOf !== undefined) tail = `  parallel of #${c.parallelOf}`;
    else if (c.resolution === 'resolved') tail = `  → #${c.antecedent}`;
    else if (c.resolution) tail = `  ${c.resolution}${c.resolutionReason ? `: ${c.resolutionReason}` : ''}`;
    if (c.nestedIn !== undefined && c.nestedIn !== null) tail += `  (inside #${c.nestedIn})`;
    rows.push(`  #${String(k).padEnd(4)} ${where} ${kind} ${oneLine(c.text, 90)}${tail}`);
  });
  return rows.join('\n') + '\n\n';
}

function lineColumnAt(text: string, offset: number): string {
  const { line, col } = lineCol(text, offset);
  return `${line}:${col}`;
}
