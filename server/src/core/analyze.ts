// The core's front door: text in, citations and authorities out. Pure: no I/O,
// no editor types. The language server and the command-line tool both call this,
// so what the CLI prints is what the editor shows.

import { normalize } from './text/normalize';
import { scanCitations } from './cite/scanner';
import { resolve } from './resolve/resolve';
import { blankToaRegions } from './toa/regions';
import type { Citation, ScanResult, Span } from './types';

export function analyzeText(text: string): ScanResult {
  // A generated table of authorities repeats the brief's citations: blanked
  // (offsets kept), they never count, draw findings or become antecedents.
  const scanned = blankToaRegions(text);
  const n = normalize(scanned);
  const citations = scanCitations(n);
  markTableEntries(citations, n.tables);
  const authorities = resolve(citations, scanned);
  return { citations, authorities, pageMarkers: n.pageMarkers, layout: n.layout };
}

/** Citations inside the brief's own table of authorities or contents. */
function markTableEntries(citations: Citation[], tables: Span[]): void {
  if (tables.length === 0) return;
  let t = 0;
  for (const c of citations) {
    while (t < tables.length && tables[t].end <= c.span.start) t++;
    if (t === tables.length) break;
    if (c.span.start >= tables[t].start) c.inTable = true;
  }
}

export * from './types';
